"""The domain model: node labels, relationship types, stable keys and provenance.

A fact in qkg is a *claim* made by one document: an entity it mentions, or a relationship it
states. Claims carry provenance (document, quoted sentence with character offsets, extractor,
confidence). The graph is derived from all claims, so a document's facts can be replaced or
forgotten exactly, and the same claims in any order give the same graph.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Any


class Label(StrEnum):
    PERSON = "Person"
    ORGANISATION = "Organisation"
    NATION = "Nation"
    PLACE = "Place"
    SECTOR = "Sector"
    PROFESSION = "Profession"
    TOPIC = "Topic"
    CHALLENGE = "Challenge"
    EVIDENCE = "Evidence"
    WORKSHOP = "Workshop"
    LEARNING = "Learning"
    DOCUMENT = "Document"


class Rel(StrEnum):
    WORKS_AT = "WORKS_AT"  # Person -> Organisation
    HAS_PROFESSION = "HAS_PROFESSION"  # Person -> Profession
    IN_SECTOR = "IN_SECTOR"  # Person | Organisation -> Sector
    BASED_IN = "BASED_IN"  # Person | Organisation -> Nation | Place
    LOCATED_IN = "LOCATED_IN"  # Place -> Nation, Workshop -> Place | Nation
    INTERESTED_IN = "INTERESTED_IN"  # Person | Organisation -> Topic
    ATTENDED = "ATTENDED"  # Person -> Workshop
    CONTRIBUTED_TO = "CONTRIBUTED_TO"  # Person | Organisation -> Challenge
    AUTHORED = "AUTHORED"  # Person -> Evidence
    NAMED_IN = "NAMED_IN"  # Person -> Evidence that names them with no part stated
    PUBLISHED = "PUBLISHED"  # Organisation -> Evidence
    ADDRESSES = "ADDRESSES"  # Evidence | Workshop -> Topic | Challenge
    ABOUT = "ABOUT"  # Learning -> Topic | Challenge
    FROM = "FROM"  # Learning -> Workshop | Evidence
    MENTIONS = "MENTIONS"  # Document -> anything
    DESCRIBES = "DESCRIBES"  # Document -> the Workshop or Evidence it is
    BROADER = "BROADER"  # Topic -> broader Topic
    COVERS = "COVERS"  # Evidence | Workshop -> Nation | Place it is about or took place in


NATIONS: tuple[str, ...] = ("England", "Scotland", "Wales", "Northern Ireland", "UK")
# a person's links to an evidence item or workshop, through which they reach its topics
ITEM_LINKS: tuple[str, ...] = (Rel.AUTHORED.value, Rel.ATTENDED.value, Rel.NAMED_IN.value)
# the same with an organisation's (PUBLISHED): everything that makes someone a source of an item
SOURCE_LINKS: tuple[str, ...] = (*ITEM_LINKS, Rel.PUBLISHED.value)

_TITLE_RE = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=262_144)
def fold(text: str) -> str:
    """Lower-case, strip accents and punctuation: the comparison form of a name.

    >>> fold("Siobhán O'Neill")
    'siobhan oneill'
    >>> fold("Ayrshire & Arran")
    'ayrshire and arran'
    """
    if not text.isascii():  # (ASCII has no accents to strip: most names, and the fast way)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("&", " and ").replace("'", "").replace("\u2019", "").lower()
    return " ".join(_TITLE_RE.sub(" ", text).split())


def node_key(label: Label | str, name: str) -> str:
    """The stable key of a node: its label and folded name.

    >>> node_key(Label.ORGANISATION, "NHS Lothian")
    'organisation:nhs-lothian'
    """
    return f"{Label(label).value.lower()}:{fold(name).replace(' ', '-')}"


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a claim came from: a document, the quoted sentence and its offsets."""

    doc_id: str
    quote: str
    start: int  # character offsets of the quote in the document's text
    end: int
    extractor: str  # e.g. "ner", "gazetteer", "rule:affiliation", "front-matter", "directory"
    confidence: float

    def quoting(self, quote: str) -> Provenance:
        """The same place with another quote (`dataclasses.replace` costs several times more,
        and the privacy rules rewrite every quote of a graph).

        >>> p = Provenance("a.md", "Ailsa Bevan spoke.", 0, 18, "ner", 0.8)
        >>> p.quoting("") == Provenance("a.md", "", 0, 18, "ner", 0.8), p.quoting(p.quote) is p
        (True, True)
        """
        if quote == self.quote:
            return self
        return Provenance(self.doc_id, quote, self.start, self.end, self.extractor, self.confidence)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "extractor": self.extractor,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Provenance:
        return cls(**data)


@dataclass(slots=True)
class EntityClaim:
    """A document says this entity exists (and, optionally, some of its properties)."""

    label: Label
    name: str
    props: dict[str, Any] = field(default_factory=dict)
    provenance: list[Provenance] = field(default_factory=list)

    @property
    def ref(self) -> tuple[Label, str]:
        return (self.label, self.name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label.value,
            "name": self.name,
            "props": self.props,
            "provenance": [p.to_dict() for p in self.provenance],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EntityClaim:
        return cls(
            label=Label(data["label"]),
            name=data["name"],
            props=dict(data.get("props", {})),
            provenance=[Provenance.from_dict(p) for p in data.get("provenance", [])],
        )


@dataclass(slots=True)
class RelationClaim:
    """A document states a relationship between two entities it mentions."""

    source: tuple[Label, str]
    rel: Rel
    target: tuple[Label, str]
    props: dict[str, Any] = field(default_factory=dict)
    provenance: list[Provenance] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": [self.source[0].value, self.source[1]],
            "rel": self.rel.value,
            "target": [self.target[0].value, self.target[1]],
            "props": self.props,
            "provenance": [p.to_dict() for p in self.provenance],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RelationClaim:
        return cls(
            source=(Label(data["source"][0]), data["source"][1]),
            rel=Rel(data["rel"]),
            target=(Label(data["target"][0]), data["target"][1]),
            props=dict(data.get("props", {})),
            provenance=[Provenance.from_dict(p) for p in data.get("provenance", [])],
        )


@dataclass(slots=True)
class DocumentClaims:
    """Everything one document contributes to the graph. The unit of replace and forget."""

    doc_id: str
    path: str
    content_hash: str
    fmt: str
    kind: str
    kind_source: str
    title: str
    ingested_at: str
    metadata: dict[str, Any] = field(default_factory=dict)
    entities: list[EntityClaim] = field(default_factory=list)
    relations: list[RelationClaim] = field(default_factory=list)
    acronyms: dict[str, str] = field(default_factory=dict)  # acronym -> full name, as defined
    words: int = 0
    # the document's prose, sentence by sentence, as (start, end, text) with contact details
    # masked: what a question about a topic the vocabulary lacks is matched against
    passages: list[tuple[int, int, str]] = field(default_factory=list)
    # the starts of passages that tie no one to what they say (a sentence saying who could
    # not come names people who said nothing): matched for their words, never "said about"
    untied: list[int] = field(default_factory=list)
    # the starts of passages that are the document's headings: matched as its own titles are
    # (a part a heading names is what the document is about), never quoted
    headed: list[int] = field(default_factory=list)
    # where the file really is on the machine that read it (symlinks resolved): how the same
    # file is known however it is named. Kept in the store only; never in the graph or output.
    source: str = ""
    privacy: int = 0  # the graph.privacy rule these claims were admitted under (0: none yet)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "path": self.path,
            "source": self.source,
            "content_hash": self.content_hash,
            "fmt": self.fmt,
            "kind": self.kind,
            "kind_source": self.kind_source,
            "title": self.title,
            "ingested_at": self.ingested_at,
            "metadata": self.metadata,
            "entities": [e.to_dict() for e in self.entities],
            "relations": [r.to_dict() for r in self.relations],
            "acronyms": self.acronyms,
            "words": self.words,
            "passages": [list(p) for p in self.passages],
            "untied": list(self.untied),
            "headed": list(self.headed),
            "privacy": self.privacy,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentClaims:
        return cls(
            doc_id=data["doc_id"],
            path=data["path"],
            content_hash=data["content_hash"],
            fmt=data["fmt"],
            kind=data["kind"],
            kind_source=data["kind_source"],
            title=data["title"],
            ingested_at=data["ingested_at"],
            metadata=dict(data.get("metadata", {})),
            entities=[EntityClaim.from_dict(e) for e in data.get("entities", [])],
            relations=[RelationClaim.from_dict(r) for r in data.get("relations", [])],
            acronyms=dict(data.get("acronyms", {})),
            words=int(data.get("words", 0)),
            passages=[(int(s), int(e), str(x)) for s, e, x in data.get("passages", [])],
            untied=[int(s) for s in data.get("untied", [])],
            headed=[int(s) for s in data.get("headed", [])],
            source=str(data.get("source") or ""),
            privacy=int(data.get("privacy", 0)),
        )


class Decision(StrEnum):
    SAME = "same"
    NOT_SAME = "not-same"
    ACCEPT_TOPIC = "accept-topic"  # a phrase of the documents becomes a topic (a = the phrase,
    REJECT_TOPIC = "reject-topic"  # b = its broader topic or ""); rejected: never proposed


@dataclass(frozen=True, slots=True)
class ResolutionDecision:
    """A person's ruling that two names are (or are not) the same entity. Survives re-ingest."""

    label: Label
    a: str
    b: str
    decision: Decision
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label.value,
            "a": self.a,
            "b": self.b,
            "decision": self.decision.value,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ResolutionDecision:
        return cls(
            label=Label(data["label"]),
            a=str(data["a"]),
            b=str(data["b"]),
            decision=Decision(data["decision"]),
            note=str(data.get("note", "")),
        )
