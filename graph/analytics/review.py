"""The pairs resolution was unsure about, for a person to rule on (the review screen).

graph.derive.resolve joins names it is sure of and leaves apart the ones it is not. What it
left apart but that may be one entity, read from the derived graph:
- **people** with one surname whose given names may be one: the same name kept apart as two
  directory entries ("Anne Morrison (NHS Fife)" / "Anne Morrison (NHS Lothian)"), an initial
  that fits ("J. Smith" left apart because two full names fit it), or given names close but
  under the resolver's threshold ("Jon" / "John");
- **organisations** sharing their first word whose names are close (token-sort ratio from
  REVIEW_FLOOR up to the resolver's own threshold) or one's words all in the other's.
A pair someone has already ruled on (same or not the same) is never offered again. Each side
comes with its sources: the directories that list it, its organisations, roles, nations and
professions, its documents and up to three quotes.

Consent (graph.privacy): only people who consent to be contacted are offered; the derived
graph has already made everyone else opaque, and they are never a side of a pair.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from itertools import combinations
from typing import Any, Literal

import networkx as nx
from pydantic import BaseModel, Field
from rapidfuzz import fuzz

from graph.derive.resolve import ORG_FUZZY_THRESHOLD, QUALIFIED
from graph.derive.sides import facets_of
from graph.model import Label, ResolutionDecision, fold, node_key
from graph.privacy import mask_contacts, withheld
from graph.reference.gazetteer import load_gazetteer
from graph.reference.names import PersonName

REVIEW_FLOOR = 80.0  # organisations closer than this, but not joined, are worth a look
GIVEN_FLOOR = 60.0  # given names closer than this (same initial), but not joined
MAX_QUOTES = 3
LINE_REF = re.compile(r"^(line|row) \d+$")  # a directory row's provenance: not a quote


class Source(BaseModel):
    document: str
    kind: str
    title: str


class Side(BaseModel):
    """One name of a pair, with what qkg knows of it and where from."""

    key: str
    name: str
    ruling_name: str = Field(
        description="the name a ruling on it gives (for namesakes, the "
        "directory's form with its organisation)"
    )
    aliases: list[str]
    organisations: list[str]
    roles: list[str]
    nations: list[str]
    professions: list[str]
    sectors: list[str]
    directories: list[str] = Field(description="directories that list it")
    documents: list[Source]
    quotes: list[str]


class Candidate(BaseModel):
    label: Literal["person", "organisation"]
    a: Side
    b: Side
    reason: str
    score: float = Field(description="how alike the names are, 0-100")


class ReviewAnswer(BaseModel):
    candidates: list[Candidate]
    decided: int = Field(description="pairs already ruled on (not offered)")


def _ruled(decisions: Iterable[ResolutionDecision]) -> set[tuple[str, frozenset[str]]]:
    return {
        (d.label.value, frozenset((fold(d.a), fold(d.b))))
        for d in decisions
        if d.decision in ("same", "not-same")
    }


def _forms(data: dict[str, Any]) -> set[str]:
    return {fold(n) for n in (data["name"], *data.get("aliases", ())) if fold(n)}


def _base(name: str) -> str:
    match = QUALIFIED.match(name)
    return match["base"] if match else name


def _person_reason(a: str, b: str) -> tuple[str, float] | None:
    """Why two people's names may be one person's, or None."""
    base_a, base_b = _base(a), _base(b)
    if fold(base_a) == fold(base_b):
        return "the same name, kept apart as two directory entries", 100.0
    pa, pb = PersonName.parse(base_a), PersonName.parse(base_b)
    if not pa.surname or pa.surname != pb.surname or not pa.given or not pb.given:
        return None
    ga, gb = pa.given[0], pb.given[0]
    if ga[0] != gb[0]:
        return None
    if not pa.is_full or not pb.is_full:
        return "an initial that fits, left apart: more than one full name fits it", 75.0
    score = fuzz.ratio(ga, gb)
    if score >= GIVEN_FLOOR:
        return f"given names “{ga}” and “{gb}” alike, under the joining threshold", score
    return None


def _org_reason(a: str, b: str, known: frozenset[str] = frozenset()) -> tuple[str, float] | None:
    """Why two organisations' names may be one body's, or None. Two bodies the gazetteer
    (`known`: its folded names) lists apart are two."""
    fa, fb = fold(a), fold(b)
    if fa.split()[0] != fb.split()[0] or (fa in known and fb in known):
        return None
    score = fuzz.token_sort_ratio(fa, fb)
    if REVIEW_FLOOR <= score < ORG_FUZZY_THRESHOLD:
        return "names alike, under the joining threshold", score
    short, long = sorted((set(fa.split()), set(fb.split())), key=len)
    if len(short) >= 2 and short < long and len(long - short) <= 2:
        return "one name's words are all in the other's", score
    return None


def _side(graph: nx.MultiDiGraph, key: str, facets: dict[str, dict[str, Any]]) -> Side:
    data = graph.nodes[key]
    docs = sorted(data.get("docs", ()))
    sources = []
    for doc in docs:
        node = graph.nodes.get(node_key(Label.DOCUMENT, doc)) or {}
        sources.append(
            Source(
                document=doc,
                kind=str(node.get("kind") or ""),
                title=mask_contacts(str(node.get("title") or doc)),
            )
        )
    quotes: list[str] = []
    for prov in data.get("provenance", ()):
        quote = mask_contacts(prov.quote.strip())
        if quote and not LINE_REF.match(quote) and quote not in quotes and len(quotes) < MAX_QUOTES:
            quotes.append(quote)
    facet = facets.get(key, {})
    forms = (data["name"], *sorted(data.get("aliases", ())))
    label = data["label"]
    return Side(
        key=key,
        name=data["name"],
        ruling_name=next((f for f in forms if node_key(label, f) == key), data["name"]),
        aliases=sorted(data.get("aliases", ())),
        organisations=list(facet.get("organisations", ())),
        roles=list(facet.get("roles", ())),
        nations=list(facet.get("nations", ())),
        professions=list(facet.get("professions", ())),
        sectors=list(facet.get("sectors", ())),
        directories=[s.document for s in sources if s.kind == "directory"],
        documents=sources,
        quotes=quotes,
    )


def review_candidates(
    graph: nx.MultiDiGraph, decisions: Iterable[ResolutionDecision] = (), limit: int = 50
) -> ReviewAnswer:
    """The pairs to review, most alike first."""
    ruled = _ruled(decisions)
    known = frozenset(load_gazetteer().org_by_fold)
    facets = facets_of(graph)
    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, data in graph.nodes(data=True):
        if data["label"] == Label.PERSON.value and not withheld(data):
            surname = PersonName.parse(_base(data["name"])).surname
            if surname:
                blocks[("person", surname)].append(key)
        elif data["label"] == Label.ORGANISATION.value and fold(data["name"]):
            blocks[("organisation", fold(data["name"]).split()[0])].append(key)
    found: list[Candidate] = []
    decided = 0
    for (kind, _block), keys in sorted(blocks.items()):
        label = Label.PERSON if kind == "person" else Label.ORGANISATION
        for a, b in combinations(sorted(keys), 2):
            na, nb = graph.nodes[a], graph.nodes[b]
            why = (
                _person_reason(na["name"], nb["name"])
                if kind == "person"
                else _org_reason(na["name"], nb["name"], known)
            )
            if why is None:
                continue
            pairs = {frozenset((x, y)) for x in _forms(na) for y in _forms(nb)}
            if any((label.value, p) in ruled for p in pairs):
                decided += 1
                continue
            found.append(
                Candidate(
                    label=kind,  # type: ignore[arg-type]
                    a=_side(graph, a, facets),
                    b=_side(graph, b, facets),
                    reason=why[0],
                    score=round(why[1], 1),
                )
            )
    found.sort(key=lambda c: (-c.score, c.label, c.a.name, c.b.name))
    return ReviewAnswer(candidates=found[:limit], decided=decided)
