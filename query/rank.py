"""Ranking the candidates of connect and organisations from the ranking index rows
(graph.derive.ranking) a store returns: who is left out and why, each one's score, the best few.

The score and its weights are explained in query.connect.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import repeat
from typing import Any

from graph.derive.sides import same_side
from query.backend import TopicLink
from query.scope import Context, Resolved
from query.types import Boundary, ConnectAnswer

PERSON_KINDS = {
    "wrote": 3.0,
    "spoke at": 2.0,
    "listed expertise": 2.0,
    "contributed to": 2.0,
    "said about": 1.5,
    "attended": 1.0,
    "named in": 0.5,
}
ORG_KINDS = {"published": 3.0, "works with": 1.0}
SAME_SOURCE = 0.85  # each person already listed from the same document scales a score by this
POOL = 2  # connect ranks this many times its limit before spreading the list over documents
_NEW = object()  # not seen yet


def _score_counts(
    counts: list[tuple[str, str, int]], resolved: Resolved, kinds: dict[str, float]
) -> float:
    """The score from (kind, topic, number of distinct vias): within one kind the n-th
    strongest link counts 1/n; the kinds add up (in name order, so any store's order of
    links gives the same figure)."""
    by_kind: dict[str, list[float]] = defaultdict(list)
    for kind, topic, n in counts:
        by_kind[kind] += [kinds[kind] * resolved.weights[topic][0]] * n
    return round(
        sum(
            w / (i + 1)
            for kind in sorted(by_kind)
            for i, w in enumerate(sorted(by_kind[kind], reverse=True))
        ),
        4,
    )


def rank_people(
    ctx: Context,
    resolved: Resolved,
    origin_key: str | None,
    origin_side: set[str],
    boundary: Boundary | None,
    limit: int,
    answer: ConnectAnswer,
) -> list[tuple[float, str, str]]:
    """The best `limit` people as (-score, name, key); counts those left out on `answer`."""
    unknown = same = withheld = 0
    seen: dict[str, Any] = {}  # person -> their (kind, topic, vias), or None if left out
    for topic, people, sides in ctx.backend.person_ranking(resolved.keys, boundary):
        for row, theirs in zip(people, sides if sides is not None else repeat([]), strict=False):
            key = row[0]
            counts = seen.get(key, _NEW)
            if counts is _NEW:  # the same checks, in the same order, for everyone
                counts = None
                if key == origin_key:
                    pass
                elif boundary and not theirs:
                    unknown += 1
                elif boundary and same_side(origin_side, theirs):
                    same += 1
                elif row[1] is not True:
                    withheld += 1
                else:
                    counts = []
                seen[key] = counts
            if counts is None:
                continue
            if len(row) == 4:  # one kind of link: most rows
                counts.append((row[2], topic, row[3]))
            else:
                counts.extend((row[j], topic, row[j + 1]) for j in range(2, len(row), 2))
    ranked = []
    alone: dict[tuple[str, str, int], float] = {}  # the score of one lone link
    for key, counts in seen.items():
        if counts is None:
            continue
        if len(counts) == 1:  # most people: one kind of link to one topic
            score = alone.get(counts[0])
            if score is None:
                score = alone[counts[0]] = _score_counts(counts, resolved, PERSON_KINDS)
        else:
            score = _score_counts(counts, resolved, PERSON_KINDS)
        ranked.append((_wider_only((t for _k, t, _n in counts), resolved), -score, key))
    answer.excluded_unknown_side, answer.excluded_same_side = unknown, same
    answer.withheld_no_consent = withheld
    return _top(ctx, ranked, limit)


def rank_organisations(
    ctx: Context,
    resolved: Resolved,
    origin_side: set[str],
    boundary: Boundary | None,
    limit: int,
) -> list[tuple[float, str, str]]:
    """The best `limit` organisations as (-score, name, key)."""
    counts: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for topic, works_at, orgs, sides in ctx.backend.org_ranking(resolved.keys, boundary):
        staff = Counter(org for at in works_at for org in at)  # its distinct people on it
        for i, (org, published) in enumerate(orgs):
            if boundary:
                theirs = sides[i] if sides is not None else []
                if not theirs or same_side(origin_side, theirs):
                    continue  # (an organisation's side is the same under every topic)
            if published:
                counts[org].append(("published", topic, published))
            if staff[org]:
                counts[org].append(("works with", topic, staff[org]))
    ranked = [
        (
            _wider_only((t for _k, t, _n in found), resolved),
            -_score_counts(found, resolved, ORG_KINDS),
            key,
        )
        for key, found in counts.items()
    ]
    return _top(ctx, ranked, limit)


def _wider_only(topics: Iterable[str], resolved: Resolved) -> bool:
    """Whether every link is to a topic broader than the one asked: such a candidate ranks
    below everyone linked to the topic itself (or a narrower one), whatever the scores (three
    reports on "patient safety" say less about falls than one falls huddle attended)."""
    return all(resolved.weights[topic][1] == "broader" for topic in topics)


def _top(
    ctx: Context, ranked: list[tuple[bool, float, str]], limit: int
) -> list[tuple[float, str, str]]:
    """The `limit` best of (only wider, -score, key): those linked to the topic itself first,
    then by score, ties by name then key, as (-score, name, key); the names are looked up
    only for those that can make the cut."""
    if not ranked or limit <= 0:
        return []
    cut = heapq.nsmallest(limit, ((w, s) for w, s, _k in ranked))[-1]
    best = sorted((w, s, ctx.name_of(k), k) for w, s, k in ranked if (w, s) <= cut)
    return [(s, name, k) for _w, s, name, k in best[:limit]]


def source_of(links: list[TopicLink], resolved: Resolved) -> tuple[str, str] | None:
    """The piece of work (key, name) behind a person's strongest link: the evidence they
    wrote, the workshop they attended...; None when that link is to the topic itself (a
    quoted sentence, a directory's expertise)."""
    best = max(links, key=lambda k: (PERSON_KINDS[k.kind] * resolved.weights[k.topic][0], k.via))
    return None if best.via == best.topic else (best.via, best.via_name)


def spread(
    shown: list[tuple[float, str, str]],
    links: dict[str, list[TopicLink]],
    resolved: Resolved,
    limit: int,
) -> list[tuple[float, str, str, int, str]]:
    """The best `limit` of `shown` (ranked), spread over the documents they come from: each
    person already picked from the same document scales a score by SAME_SOURCE, so ten
    authors of one report are not ten of the top ten, and people of equal score from
    different pieces of work come before a name-ordered run from one. Whoever is linked to the
    topic itself still comes before anyone linked only through a broader topic. Gives
    (-score, name, key, how many were picked from the same piece of work before, its name)."""
    pool = [
        (
            _wider_only((link.topic for link in links[key]), resolved),
            i,
            s,
            name,
            key,
            source_of(links[key], resolved),
        )
        for i, (s, name, key) in enumerate(shown)
        if links[key]
    ]
    used: Counter[tuple[str, str] | None] = Counter()
    picked: list[tuple[float, str, str, int, str]] = []
    while pool and len(picked) < limit:
        best = min(pool, key=lambda c: (c[0], c[2] * SAME_SOURCE ** used[c[5]], c[1]))
        pool.remove(best)
        source = best[5]
        picked.append((best[2], best[3], best[4], used[source], source[1] if source else ""))
        if source is not None:
            used[source] += 1
    return picked
