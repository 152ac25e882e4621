"""What the questions need from a store: a few traversals returning plain records.

The ranking code in query/ only calls this contract. `query.backends.embedded.EmbeddedBackend`
answers it from the networkx graph with indexes built once per graph; `query.backends.neo4j`
answers it with parameterised Cypher. Keys are the stable node keys of graph.model.node_key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from graph.derive.sides import SIDE_FIELDS
from graph.derive.tfidf import TfidfModel
from graph.model import Provenance


@dataclass(frozen=True, slots=True)
class TopicInfo:
    key: str
    name: str
    aliases: tuple[str, ...]
    broader: tuple[str, ...]  # keys
    hidden: tuple[str, ...] = ()  # labels for search only (SKOS hiddenLabel): "e-cigarette"

    @property
    def labels(self) -> tuple[str, ...]:
        """Every form a question may name it by: its name, alternative and hidden labels."""
        return (self.name, *self.aliases, *self.hidden)


@dataclass(frozen=True, slots=True)
class ChallengeInfo:
    key: str
    name: str
    aliases: tuple[str, ...]
    topics: tuple[str, ...]  # keys


@dataclass(slots=True)
class TopicLink:
    """An entity linked to a topic (or challenge): who, how, through what, said where."""

    entity: str  # person or organisation key
    topic: str  # topic or challenge key
    kind: str  # wrote | attended | contributed to | said about | published | works with
    via: str  # key of the evidence, workshop, challenge or topic the link runs through
    via_name: str
    quotes: list[Provenance] = field(default_factory=list)


@dataclass(slots=True)
class Facets:
    """What side of each boundary an entity is on."""

    key: str
    label: str
    name: str
    roles: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    nations: list[str] = field(default_factory=list)
    professions: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    consent: bool | None = None
    email: str = ""


@dataclass(slots=True)
class EvidenceRow:
    key: str
    title: str
    year: int | None
    publisher: str
    authors: list[str]
    nations: list[str]
    document: str
    topics: dict[str, list[Provenance]]  # topic key -> the sentences that mention it


@dataclass(slots=True)
class LearningRow:
    key: str
    statement: str
    source: str
    source_kind: str
    date: str
    places: list[str]
    nations: list[str]
    topics: list[str]  # keys
    quote: Provenance | None
    inherited: list[str] = field(default_factory=list)  # topics it has from its section or
    # document only, not its own words
    strength: float = 1.0  # how plainly its document presents it as learning


@dataclass(slots=True)
class Edge:
    source: str  # key
    rel: str
    target: str  # key
    quote: Provenance | None


@dataclass(frozen=True, slots=True)
class PassageRow:
    """A sentence of a document's prose (graph.derive.passages), with what it is tied to."""

    doc_id: str
    subject: str  # key of the document's workshop or evidence item, or ""
    start: int
    end: int
    text: str
    people: tuple[str, ...]  # keys of the people named in it
    learning: tuple[str, ...]  # keys of the learning statements it is part of
    heading: bool = False  # one of the document's headings: about it, never quoted


@dataclass(frozen=True, slots=True)
class NameEntry:
    key: str
    label: str
    name: str
    aliases: tuple[str, ...]


class QueryBackend(Protocol):
    def topics(self) -> list[TopicInfo]: ...

    def challenges(self) -> list[ChallengeInfo]: ...

    def topic_links(self, keys: list[str], label: str, entities: list[str]) -> list[TopicLink]:
        """The links of these entities with `label` (Person or Organisation) to these topics
        or challenges, with their quotes: for the few results an answer shows (ranking reads
        `person_ranking` and `org_ranking`)."""
        ...

    def facets(self, keys: list[str]) -> dict[str, Facets]: ...

    def person_ranking(self, keys: list[str], boundary: str | None) -> list[RankRows]:
        """Every person linked to these topics or challenges, as the ranking needs them: the
        topics' rows of the ranking index (graph.derive.ranking), in key order."""
        ...

    def org_ranking(self, keys: list[str], boundary: str | None) -> list[OrgRankRows]:
        """Every organisation linked to these topics or challenges, as the ranking needs
        them: the topics' rows of the ranking index, in key order."""
        ...

    def evidence(self, topic_keys: list[str]) -> list[EvidenceRow]:
        """Evidence that addresses any of these topics (or challenges), for ranking: a store
        may leave the quotes of `EvidenceRow.topics` empty, its topics outside these, and its
        publisher, authors and document (the results shown are read with `evidence_by_keys`)."""
        ...

    def evidence_by_keys(self, keys: list[str], quotes: bool = True) -> list[EvidenceRow]:
        """These evidence items. With `quotes=False` (items found by their text alone, none
        of whose topics is in scope, for ranking) a store may leave out their quotes and
        topics, publisher, authors and document."""
        ...

    def evidence_texts(self) -> dict[str, str]:
        """Every evidence item's title and opening text, for text similarity."""
        ...

    def evidence_model(self) -> TfidfModel:
        """TF-IDF over `evidence_texts` (graph.derive.tfidf), for text similarity."""
        ...

    def learning(self, topic_keys: list[str]) -> list[LearningRow]: ...

    def learning_of(self, keys: list[str], sources: list[str]) -> list[LearningRow]:
        """These learning statements, and those recorded in these workshops or evidence items
        (without topics: a question about words the vocabulary lacks gives them its own)."""
        ...

    def passages(self) -> list[PassageRow]:
        """Every document's passages, in document and offset order (cached per graph)."""
        ...

    def subject_links(self, subjects: list[str]) -> list[tuple[str, str, str]]:
        """(entity, AUTHORED | ATTENDED | SPOKE | PUBLISHED, subject) into these workshops and
        evidence items, sorted (SPOKE: an ATTENDED link naming the part the person led, see
        `spoke`)."""
        ...

    def names(self) -> list[NameEntry]:
        """Every nameable node (not documents or learning statements)."""
        ...

    def node(self, key: str) -> dict[str, object] | None: ...

    def neighbours(self, key: str) -> list[Edge]: ...

    def neighbours_of(self, keys: list[str]) -> dict[str, list[Edge]]:
        """`neighbours` of several nodes at once."""
        ...

    def shortest_paths(self, source: str, target: str, limit: int) -> list[list[Edge]]: ...

    def graph_version(self) -> str:
        """Changes whenever the graph changes (cache key)."""
        ...


def side_of(facets: Facets, boundary: str | None) -> list[str]:
    """The entity's side of a boundary (nation, profession, organisation, sector)."""
    if boundary is None:
        return []
    found: list[str] = getattr(facets, SIDE_FIELDS[boundary])
    return found


# the ranking index row of one topic or challenge (graph.derive.ranking.ranking_index): its key, its
# people as [person, consent, kind, vias, kind, vias, ...], and their sides of the boundary
# asked about (same order), or None when none was asked about
RankRows = tuple[str, list[list[Any]], list[list[str]] | None]
# the same for organisations: the topic's key, the organisations each of its people WORKS_AT,
# its organisations as [organisation, evidence items it published on the topic], and their
# sides of the boundary asked about (same order), or None
OrgRankRows = tuple[str, list[list[str]], list[list[Any]], list[list[str]] | None]


def spoke(rel: str, data: dict[str, Any]) -> str:
    """SPOKE for an ATTENDED link that names the part the person led ("speaker", "chair"), as
    the ranking index counts it for a topic (graph.derive.ranking), else the relation."""
    return "SPOKE" if rel == "ATTENDED" and data.get("role") else rel
