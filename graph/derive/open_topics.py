"""Topics from the documents' own words: the phrases worth proposing to a curator, and the ones
a curator accepted, made topics of the graph.

**Proposed** (`proposals`): phrases of one to three words from the documents' passages and the
titles of their workshops and evidence (graph.reference.words.runs: no function words, no
capitalised names) that
- recur: used by at least two documents, and by at most half of them (a word every document
  uses names nothing in particular);
- say something: a single word is not a general one (graph/reference/data/generic_words.txt)
  and is in some workshop's or evidence item's title; a longer phrase has at least one word
  that is not general and is in a title or used by three documents; no word is a number or
  ends in "-ly", and the last one does not end in "-ed" (with no tagger to tell nouns, these
  keep out most verbs and adverbs);
- are not a topic already (a label or alternative label of the vocabulary, or accepted) and
  were not rejected;
- are not swallowed by a longer phrase: a phrase that occurs almost only inside a longer
  candidate ("frailty index" inside "electronic frailty index") is left to it (the C-value
  idea of Frantzi, Ananiadou and Mima, 2000).
They are ranked by how many documents use them, then how often, then how long they are.

**Accepted** (`add_accepted`): each becomes a Topic node (`status: accepted`, under the broader
topic the curator named), linked by the rule the questions use for words the vocabulary lacks
(graph.derive.text_match): a workshop or evidence item whose title or one of whose headings
matches, or two of whose passages do, ADDRESSES it; a person named in a matching passage is
INTERESTED_IN it; a learning statement a matching passage is part of, or recorded in an item
that addresses it, is ABOUT it. Each link quotes the matching passage (titles and headings are
never quoted).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import networkx as nx

from graph.derive.text_match import TextIndex
from graph.model import Label, Provenance, Rel, ResolutionDecision, node_key
from graph.privacy import unmarked
from graph.reference.words import runs, terms

GENERIC_WORDS = Path(__file__).resolve().parents[1] / "reference" / "data" / "generic_words.txt"
MIN_DOCUMENTS = 2
MAX_SHARE = 0.5  # of the documents
NESTED_SHARE = 0.8  # a phrase seen this much inside one longer candidate is left to it
EXTRACTOR = "open-topic"


@dataclass(frozen=True, slots=True)
class Proposal:
    phrase: str
    documents: int
    occurrences: int
    example: str  # a passage using it


@dataclass(frozen=True, slots=True)
class Passage:
    doc_id: str
    subject: str
    start: int
    end: int
    text: str
    people: tuple[str, ...]
    learning: tuple[str, ...]
    heading: bool = False  # one of the document's headings: about it, never quoted


@lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    lines = GENERIC_WORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


def passages_of(graph: nx.MultiDiGraph) -> list[Passage]:
    """Every Document node's passages (graph.derive.passages), in document order."""
    return [
        Passage(
            str(d["name"]), str(d.get("subject") or ""), s, e, text, tuple(p), tuple(ls), bool(rest)
        )
        for _k, d in sorted(graph.nodes(data=True))
        if d["label"] == Label.DOCUMENT.value
        for s, e, text, p, ls, *rest in d.get("passages") or ()
    ]


def topic_forms(graph: nx.MultiDiGraph) -> set[str]:
    """Every topic's label and alternative labels, as compared (terms joined by spaces)."""
    return {
        " ".join(terms(form))
        for _k, d in graph.nodes(data=True)
        if d["label"] == Label.TOPIC.value
        for form in (d["name"], *d.get("aliases", ()))
    }


def proposals(
    graph: nx.MultiDiGraph, decisions: Sequence[ResolutionDecision] = (), limit: int = 30
) -> list[Proposal]:
    """The phrases worth proposing as topics (see the module docstring), best first."""
    uses: dict[str, set[str]] = defaultdict(set)
    in_title: set[str] = set()
    count: Counter[str] = Counter()
    inside: dict[str, Counter[str]] = defaultdict(Counter)  # phrase -> longer phrase -> times
    example: dict[str, str] = {}
    titles = {
        k: (str(d.get("doc_id") or ""), str(d.get("title") or d["name"]))
        for k, d in graph.nodes(data=True)
        if d["label"] in (Label.WORKSHOP.value, Label.EVIDENCE.value)
    }
    texts = [(p.doc_id, unmarked(p.text), True) for p in passages_of(graph) if not p.heading]
    texts += [(doc, title, False) for doc, title in titles.values() if doc]
    for doc_id, text, quotable in texts:
        for run in runs(text):
            for size in (3, 2, 1):
                for i in range(len(run) - size + 1):
                    phrase = " ".join(run[i : i + size])
                    uses[phrase].add(doc_id)
                    count[phrase] += 1
                    if quotable:
                        example.setdefault(phrase, text)
                    else:
                        in_title.add(phrase)
                    for longer in _longer(run, i, size):
                        inside[phrase][longer] += 1
    documents = len({doc for doc, _t, _q in texts})
    known = topic_forms(graph) | {_form(d.a) for d in decisions if d.label == Label.TOPIC}
    generic = generic_words()
    candidates = {
        phrase
        for phrase, docs in uses.items()
        if MIN_DOCUMENTS <= len(docs) <= max(MIN_DOCUMENTS, MAX_SHARE * documents)
        and phrase not in known
        and not all(word in generic for word in phrase.split())
        and _says_something(phrase, phrase in in_title, len(docs))
    }
    kept = [
        p
        for p in candidates
        if not any(
            longer in candidates and n >= NESTED_SHARE * count[p] for longer, n in inside[p].items()
        )
    ]
    kept.sort(key=lambda p: (-len(uses[p]), -count[p], -len(p.split()), p))
    return [Proposal(p, len(uses[p]), count[p], example.get(p, "")) for p in kept[:limit]]


NUMBERS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred thousand million first second third half quarter""".split()
)


def _says_something(phrase: str, titled: bool, documents: int) -> bool:
    words = phrase.split()
    if any(w in NUMBERS or w.endswith("ly") or w.isdigit() for w in words):
        return False
    if words[-1].endswith("ed"):
        return False
    if len(words) == 1:
        return titled and len(phrase) >= 4
    return titled or documents >= 3


def _longer(run: list[str], i: int, size: int) -> Iterable[str]:
    """The phrases one word longer than run[i:i+size] that contain it, up to three words."""
    if size >= 3:
        return []
    found = []
    if i > 0:
        found.append(" ".join(run[i - 1 : i + size]))
    if i + size < len(run):
        found.append(" ".join(run[i : i + size + 1]))
    return found


def _form(phrase: str) -> str:
    return " ".join(terms(phrase))


def accepted(decisions: Sequence[ResolutionDecision]) -> list[ResolutionDecision]:
    """The accepted topic decisions still standing (a later rejection takes one back)."""
    latest: dict[str, ResolutionDecision] = {}
    for d in decisions:
        if d.label == Label.TOPIC:
            latest[_form(d.a)] = d
    return [d for d in latest.values() if d.decision.value == "accept-topic"]


def add_accepted(graph: nx.MultiDiGraph, decisions: Sequence[ResolutionDecision]) -> None:
    """Make each accepted phrase a topic and link it by the text rule (module docstring)."""
    chosen = accepted(decisions)
    if not chosen:
        return
    passages = passages_of(graph)
    titles = {
        k: str(d.get("title") or d["name"])
        for k, d in graph.nodes(data=True)
        if d["label"] in (Label.WORKSHOP.value, Label.EVIDENCE.value)
    }
    index = TextIndex.build(passages, titles)
    for decision in sorted(chosen, key=lambda d: d.a):
        key = node_key(Label.TOPIC, decision.a)
        if key not in graph:
            graph.add_node(
                key,
                label=Label.TOPIC.value,
                name=decision.a,
                aliases=set(),
                docs=set(),
                provenance=[],
                mentions=0,
            )
        graph.nodes[key]["status"] = "accepted"
        broader = node_key(Label.TOPIC, decision.b) if decision.b else ""
        if broader in graph and broader != key:
            _link(graph, key, Rel.BROADER, broader, None)
        _link_text(graph, index, key, decision.a)


def _link_text(graph: nx.MultiDiGraph, index: TextIndex, topic: str, phrase: str) -> None:
    matched = index.matched(phrase)
    if matched is None:
        return
    first: dict[str, Passage] = {}
    for p in matched.passages:
        first.setdefault(p.subject, p)
        for person in p.people:
            _link(graph, person, Rel.INTERESTED_IN, topic, p)
        for learning in p.learning:
            _link(graph, learning, Rel.ABOUT, topic, p)
    for subject in matched.about:
        _link(graph, subject, Rel.ADDRESSES, topic, first.get(subject))
        for learning, _s, rel in graph.in_edges(subject, keys=True):
            if rel == Rel.FROM.value:
                _link(graph, learning, Rel.ABOUT, topic, first.get(subject))


def _link(
    graph: nx.MultiDiGraph, source: str, rel: Rel, target: str, passage: Passage | None
) -> None:
    if source not in graph or target not in graph:
        return
    if not graph.has_edge(source, target, key=rel.value):
        graph.add_edge(source, target, key=rel.value, rel=rel.value, provenance=[], docs=set())
    data = graph.edges[source, target, rel.value]
    if passage is not None:
        prov = Provenance(passage.doc_id, passage.text, passage.start, passage.end, EXTRACTOR, 0.6)
        if prov not in data["provenance"]:
            data["provenance"].append(prov)
            data["docs"].add(passage.doc_id)


@dataclass(frozen=True, slots=True)
class TopicEntry:
    name: str
    status: str  # "vocabulary" (packaged or imported) or "accepted" (from the documents' text)
    broader: tuple[str, ...]
    aliases: tuple[str, ...]


def topic_list(graph: nx.MultiDiGraph) -> list[TopicEntry]:
    """Every topic of the graph: the vocabulary and the accepted phrases, by name."""
    found = []
    for key, data in graph.nodes(data=True):
        if data["label"] != Label.TOPIC.value:
            continue
        broader = sorted(
            graph.nodes[t]["name"] for _s, t, k in graph.out_edges(key, keys=True) if k == "BROADER"
        )
        found.append(
            TopicEntry(
                str(data["name"]),
                str(data.get("status") or "vocabulary"),
                tuple(broader),
                tuple(sorted(data.get("aliases", ()))),
            )
        )
    return sorted(found, key=lambda t: t.name.lower())
