"""The derived graph as it may be shown: people without consent made opaque, every text masked.

The last step of `graph.derive.build.build_graph`, so both stores, the Neo4j graph, the RDF export,
the analytics and every question see the same. A person is *withheld* unless they consent to be
contacted (a directory says "yes", and none "no"): people a directory lists as "no" or leaves
blank, and people no directory lists. A withheld person's node keeps what the questions need to
count them and withhold them: an opaque key and name (their pseudonym), `withheld: true`, their
consent, the documents that mention them, the offsets of those mentions (no quotes), and their
relationships (organisation, nation, profession, sector, topics, workshops, evidence; their
job title is dropped). Their names are replaced by "[name withheld]" in every quote, passage,
learning statement and title; contact details are masked in every text (again: the store
already did, but a store written by an older qkg may hold them).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graph.model import Label, Provenance, fold, node_key
from graph.privacy.contacts import mask_contacts
from graph.privacy.names import (
    NAME_MASK,
    NameRedactor,
    is_pseudonym,
    name_forms,
    name_parts,
    pseudonym,
)

KEEP = frozenset({"label", "name", "consent", "docs", "provenance", "mentions"})
TEXT_PROPS = ("title", "summary", "definition", "source_title")
RENAMED_LABELS = frozenset({Label.LEARNING.value, Label.WORKSHOP.value, Label.EVIDENCE.value})
SHOWN_LABELS = frozenset(
    {Label.ORGANISATION.value, Label.PLACE.value, Label.NATION.value, Label.CHALLENGE.value}
)  # whose names (and aliases) a text may always show
REFERENCE_LABELS = frozenset(
    {Label.NATION.value, Label.SECTOR.value, Label.TOPIC.value, Label.CHALLENGE.value}
)


def consents(consent: Any) -> bool:
    """The one consent rule: only a directory's "yes" (and no "no" anywhere) is consent."""
    return consent is True


def withheld(data: dict[str, Any]) -> bool:
    """Is this node a person the graph must not show?"""
    return data.get("label") == Label.PERSON.value and (
        bool(data.get("withheld")) or not consents(data.get("consent"))
    )


@dataclass
class Withholding:
    """What `withhold` decided, for deriving one more document's rows alone (graph.derive.
    increment): the new key of every renamed node, the rewriter's name sets, the single words
    of each withheld person, and every text it read (before rewriting)."""

    mapping: dict[str, str]
    rewrite: Rewriter
    singles: dict[str, frozenset[str]]  # withheld person's (new) key -> their single words
    texts: set[str] = field(default_factory=set)


def withhold(graph: nx.MultiDiGraph) -> Withholding:
    """Make every person without consent opaque, and redact their names and all contact
    details from the graph's texts (in place; nodes may get new keys)."""
    people = [k for k, d in graph.nodes(data=True) if d["label"] == Label.PERSON.value]
    hidden = {k for k in people if withheld(graph.nodes[k])}
    rewrite = Rewriter.of(graph, people, hidden)
    singles = {k: rewrite.singles.get(k, frozenset()) for k in hidden}
    mapping: dict[str, str] = {}
    for key in hidden:
        new_key = hide(key, graph.nodes[key])
        if new_key != key:
            mapping[key] = new_key
    for key, data in graph.nodes(data=True):
        if key in hidden:
            continue
        new = show(data, rewrite)
        if new is not None:
            mapping[key] = _free_key(graph, mapping, data["label"], new)
    for u, v, rel, data in graph.edges(keys=True, data=True):
        show_edge(rel, data, rewrite, u in hidden or v in hidden)
    if mapping:
        _rekey(graph, mapping)
    return Withholding(
        mapping, rewrite, {mapping.get(k, k): w for k, w in singles.items()}, rewrite.read
    )


def words_of(names: Iterable[str]) -> tuple[set[str], frozenset[str]]:
    """A withheld person's name forms of two or more words, and the single words they may be
    called by (their one-word names, first given names and surnames)."""
    names = list(names)
    full: set[str] = set()
    words = {fold(n) for n in names if fold(n) and " " not in fold(n)}
    for name in names:
        full.update(f for f in name_forms(name) | {fold(name)} if " " in f)
        words |= name_parts(name) if " " in fold(name) else set()
    return full, frozenset(words)


def hide(key: str, data: dict[str, Any]) -> str:
    """Make a withheld person's node opaque (in place); returns its new key."""
    # the pseudonym of their folded name (the key's), as the store's (graph.privacy.ledger)
    name = data["name"] if is_pseudonym(data["name"]) else pseudonym(_folded(key))
    for prop in [p for p in data if p not in KEEP]:
        del data[prop]
    data.update(name=name, aliases=set(), withheld=True)
    data["provenance"] = [p.quoting("") for p in data["provenance"]]
    return node_key(Label.PERSON, name)


def show(data: dict[str, Any], rewrite: Rewriter) -> str | None:
    """Rewrite the texts of a node that may be shown (in place); returns its new name when
    the rewriting renamed it (a learning statement naming someone withheld), else None."""
    data["provenance"] = rewrite.all(data["provenance"])
    texts = rewrite.text_rewrite()
    for prop in TEXT_PROPS:
        if isinstance(data.get(prop), str):
            data[prop] = texts(data[prop])
    if data["label"] in REFERENCE_LABELS or data["label"] == Label.PERSON.value:
        return None
    renamed = None
    if data["label"] in RENAMED_LABELS:
        data["aliases"] = {texts(a) for a in data.get("aliases", ())}
        new = texts(str(data["name"]))
        if new != data["name"]:
            data["name"] = renamed = new
    if data.get("passages"):
        doc = str(data["name"])
        data["passages"] = [  # (rest: a heading's marker)
            [s, e, rewrite.at(doc, s, e)(t), p, ls, *rest]
            for s, e, t, p, ls, *rest in data["passages"]
        ]
    return renamed


def show_edge(rel: str, data: dict[str, Any], rewrite: Rewriter, theirs: bool) -> None:
    """Rewrite a relationship's quotes (in place); `theirs`: it touches someone withheld."""
    if theirs and rel == "WORKS_AT":
        data.pop("role", None)  # their job title
    data["provenance"] = (
        [p.quoting("") for p in data["provenance"]] if theirs else rewrite.all(data["provenance"])
    )


_RUN_TOGETHER = re.compile(r"[\s'’.-]")  # what a handle leaves out of a name
_HANDLE = re.compile(  # a word that runs two or three capitalised names together
    r"(?<![\w@])@?(?:Dr|Prof|Cllr)?(?P<name>[A-Z][a-z'’-]+(?:[A-Z][a-z'’-]+){1,2})\b"
)


class _Sentences:
    """The sentences of one document where withheld people were found, with their words,
    looked up by the span of a quote: only sentences that start near it are read (a document
    of thousands of quotes and sentences is not read once per quote)."""

    SHORT = 2_000  # characters; the few longer sentences are read for every quote

    def __init__(self, found: Iterable[tuple[int, int, str]]) -> None:
        words: dict[tuple[int, int], set[str]] = defaultdict(set)
        for start, end, word in found:
            words[start, end].add(word)
        self.short = sorted(
            (s, e, frozenset(w)) for (s, e), w in words.items() if e - s <= self.SHORT
        )
        self.starts = [s for s, _e, _w in self.short]
        self.long = [(s, e, frozenset(w)) for (s, e), w in words.items() if e - s > self.SHORT]

    def words_over(self, start: int, end: int) -> Iterator[str]:
        """The words of the sentences that overlap text[start:end]."""
        first = bisect.bisect_left(self.starts, start - self.SHORT)
        last = bisect.bisect_left(self.starts, end)
        for s, e, words in itertools.chain(self.short[first:last], self.long):
            if s < end and start < e:
                yield from words


class Rewriter:
    """Redacts withheld names and masks contact details. A withheld person's name is redacted
    wherever it is written in full; their first given name or surname alone, or a one-word
    name, only in the sentences where they were found (a name found by mistake, "Antimicrobial
    Pharmacist", must not take the word out of every title). What the graph shows by name is
    never redacted: a consenting person's name (which a withheld namesake may share), an
    organisation's or place's ("Aneurin Bevan University Health Board", "Norwich")."""

    def __init__(
        self,
        full: Iterable[str],
        kept: Iterable[str],
        spans: dict[str, list[tuple[int, int, str]]],
        active: bool,
    ) -> None:
        """`full`: every withheld person's name forms of two or more words; `kept`: what the
        graph shows by name; `spans`: {document: [(start, end, single word)]} where a withheld
        person was found there."""
        self.full = frozenset(full)
        self.handles = frozenset(_RUN_TOGETHER.sub("", form) for form in self.full)
        self.words = frozenset(w for form in self.full for w in form.split())
        self.kept = frozenset(kept)
        self.spans = {doc_id: _Sentences(found) for doc_id, found in spans.items()}
        self.active = active
        self.singles: dict[str, frozenset[str]] = {}
        self.read: set[str] = set()  # every text rewritten (see Withholding)
        self._redactors: dict[frozenset[str], Callable[[str], str]] = {}
        self._quotes: dict[Provenance, Provenance] = {}

    @classmethod
    def of(cls, graph: nx.MultiDiGraph, people: list[str], hidden: set[str]) -> Rewriter:
        full: set[str] = set()
        kept: set[str] = {
            fold(n)
            for _k, d in graph.nodes(data=True)
            if d["label"] in SHOWN_LABELS
            for n in (d["name"], *d.get("aliases", ()))
        }
        spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        singles: dict[str, frozenset[str]] = {}
        for key in people:
            data = graph.nodes[key]
            names = [n for n in (data["name"], *data.get("aliases", ())) if not is_pseudonym(n)]
            if key not in hidden:
                kept.update(fold(n) for n in names if " " in fold(n))
                continue
            forms, words = words_of(names)
            full |= forms
            singles[key] = frozenset(words)
            for prov in data["provenance"]:
                if prov.end > prov.start:  # (0, 0): metadata, not a sentence
                    spans[prov.doc_id] += [(prov.start, prov.end, w) for w in words]
        rewrite = cls(full, kept, spans, bool(hidden))
        rewrite.singles = singles
        return rewrite

    def text_rewrite(self, words: Iterable[str] = ()) -> Callable[[str], str]:
        """The rewrite of a text (that may name someone withheld by one of these `words`)."""
        key = frozenset(words)
        if key not in self._redactors:
            if not self.active:

                def plain(text: str) -> str:
                    self.read.add(text)
                    return mask_contacts(text)

                self._redactors[key] = plain
            else:
                redact = NameRedactor(self.full.__contains__, key, self.kept, words=self.words)
                cache: dict[str, str] = {}

                def rewrite(text: str, redact: NameRedactor = redact) -> str:
                    self.read.add(text)
                    if text not in cache:
                        cache[text] = self.handles_masked(redact(mask_contacts(text)))
                    return cache[text]

                self._redactors[key] = rewrite
        return self._redactors[key]

    def handles_masked(self, text: str) -> str:
        """`text` with each handle that runs a withheld name together masked ("@DrJamieFraser",
        "JamieFraser" for a withheld Jamie Fraser): a handle names its person as plainly."""
        if not self.handles or not _HANDLE.search(text):
            return text
        return _HANDLE.sub(
            lambda m: NAME_MASK if fold(m["name"]) in self.handles else m.group(0), text
        )

    def at(self, doc_id: str, start: int, end: int) -> Callable[[str], str]:
        """The rewrite of the sentence at text[start:end] of a document."""
        found = self.spans.get(doc_id)
        return self.text_rewrite(found.words_over(start, end) if found else ())

    def all(self, provenance: list[Provenance]) -> list[Provenance]:
        out = []
        for prov in provenance:
            if prov not in self._quotes:
                self.read.add(prov.quote)
                quote = self.at(prov.doc_id, prov.start, prov.end)(prov.quote)
                self._quotes[prov] = prov.quoting(quote)
            out.append(self._quotes[prov])
        return out


def _free_key(graph: nx.MultiDiGraph, mapping: dict[str, str], label: str, name: str) -> str:
    key = node_key(label, name)
    taken = set(mapping.values())
    n = 2
    while key in graph or key in taken:
        key = f"{node_key(label, name)}-{n}"
        n += 1
    return key


def _rekey(graph: nx.MultiDiGraph, mapping: dict[str, str]) -> None:
    """New keys for renamed nodes, and for the keys Document nodes hold (passages, subject)."""
    for _key, data in graph.nodes(data=True):
        if data["label"] != Label.DOCUMENT.value:
            continue
        if data.get("subject") in mapping:
            data["subject"] = mapping[data["subject"]]
        if data.get("passages"):
            data["passages"] = [
                [s, e, t, _mapped(p, mapping), _mapped(ls, mapping), *rest]
                for s, e, t, p, ls, *rest in data["passages"]
            ]
    nx.relabel_nodes(graph, mapping, copy=False)


def _mapped(keys: list[str], mapping: dict[str, str]) -> list[str]:
    return sorted(mapping.get(k, k) for k in keys)


def _folded(key: str) -> str:
    """A node's folded name from its key (graph.model.node_key)."""
    return key.split(":", 1)[1].replace("-", " ")
