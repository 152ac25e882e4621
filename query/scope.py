"""Shared machinery of the questions: a backend with its caches, name look-up with "did you mean",
and resolving a CHALLENGE_OR_TOPIC argument to weighted topics through the vocabulary.

Topic weights (why): the topic asked about counts 1.0; a narrower topic (more specific, so
still about it) 0.8; the directly broader topic 0.4 (related, but wider than asked). A challenge
counts its own links 1.0 and each of its topics as if asked about that topic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from rapidfuzz import fuzz, process

from graph.errors import InputError, NotFoundError
from graph.model import NATIONS, Provenance, fold
from graph.reference.topics import narrower_of, taken_in
from query.backend import ChallengeInfo, NameEntry, QueryBackend, TopicInfo
from query.types import Quote, Scope, TopicMatch

SAME, NARROWER, BROADER = 1.0, 0.8, 0.4
SEARCH_CUTOFF = 60.0
NATION_WORDS = {
    "england": "England",
    "english": "England",
    "scotland": "Scotland",
    "scottish": "Scotland",
    "wales": "Wales",
    "welsh": "Wales",
    "northern ireland": "Northern Ireland",
    "northern irish": "Northern Ireland",
    "ni": "Northern Ireland",
    "uk": "UK",
    "united kingdom": "UK",
    "uk wide": "UK",
}


@dataclass
class Resolved:
    """A question's scope: topic/challenge key -> (weight, relation, name)."""

    scope: Scope
    weights: dict[str, tuple[float, str, str]] = field(default_factory=dict)
    text: str = ""  # words for text similarity

    @property
    def keys(self) -> list[str]:
        return sorted(self.weights)

    @property
    def in_scope(self) -> set[str]:
        """The keys that are about what was asked: itself, its narrower topics, a challenge's
        topics (weight 0.8 or more), not the broader topic (0.4), which would widen the scope
        to a whole branch. Coverage, gaps and analytics count these."""
        return {key for key, (weight, _r, _n) in self.weights.items() if weight >= NARROWER}


def quote(prov: Provenance | None) -> Quote | None:
    if prov is None:
        return None
    return Quote(
        document=prov.doc_id,
        text=prov.quote,
        start=prov.start,
        end=prov.end,
        extractor=prov.extractor,
    )


def nation_name(value: str) -> str:
    """'scottish' / 'Scotland' / 'NI' -> the nation's name, else a one-line error."""
    found = NATION_WORDS.get(fold(value))
    if found is None:
        raise InputError(f"{value!r} is not a nation (use one of {', '.join(NATIONS)})")
    return found


class Context:
    """A backend plus what the questions cache about it (names, vocabulary, TF-IDF)."""

    def __init__(self, backend: QueryBackend) -> None:
        self.backend = backend

    @cached_property
    def topics(self) -> dict[str, TopicInfo]:
        return {t.key: t for t in self.backend.topics()}

    @cached_property
    def narrower(self) -> dict[str, list[str]]:
        return narrower_of({t.key: t.broader for t in self.topics.values()})

    @cached_property
    def challenges(self) -> dict[str, ChallengeInfo]:
        return {c.key: c for c in self.backend.challenges()}

    @cached_property
    def names(self) -> list[NameEntry]:
        return self.backend.names()

    @cached_property
    def _by_key(self) -> dict[str, NameEntry]:
        return {e.key: e for e in self.names}

    def name_of(self, key: str) -> str:
        entry = self._by_key.get(key)
        return entry.name if entry else key

    def label_of(self, key: str) -> str:
        entry = self._by_key.get(key)
        return entry.label if entry else ""

    @cached_property
    def _forms(self) -> tuple[list[str], list[NameEntry]]:
        """Every folded name and alias, with the entry it names (for search)."""
        forms, owners = [], []
        for entry in self.names:
            for form in {entry.name, *entry.aliases}:
                forms.append(fold(form))
                owners.append(entry)
        return forms, owners

    @cached_property
    def _exact(self) -> dict[str, list[NameEntry]]:
        index: dict[str, list[NameEntry]] = {}
        for form, entry in zip(*self._forms, strict=True):
            index.setdefault(form, []).append(entry)
        return index

    # -- names -----------------------------------------------------------------------------------

    def search(self, text: str, labels: tuple[str, ...] = (), limit: int = 10) -> list[Any]:
        """(entry, score, matched form): fuzzy over names and aliases; initials understood."""
        target = fold(text)
        if not target:
            return []
        forms, owners = self._forms
        best: dict[str, tuple[NameEntry, float, str]] = {}
        for entry in self._exact.get(target, []):
            best[entry.key] = (entry, 100.0, entry.name)
        for form, score, i in process.extract(
            target, forms, scorer=fuzz.WRatio, limit=limit * 5, score_cutoff=SEARCH_CUTOFF
        ):
            entry = owners[i]
            if entry.key not in best or best[entry.key][1] < score:
                best[entry.key] = (entry, float(score), form)
        for entry, score in self._initials(target):
            if entry.key not in best or best[entry.key][1] < score:
                best[entry.key] = (entry, score, entry.name)
        hits = [h for h in best.values() if not labels or h[0].label in labels]
        return sorted(hits, key=lambda h: (-h[1], h[0].name))[:limit]

    def _initials(self, target: str) -> list[tuple[NameEntry, float]]:
        """'a murray' or 'a j murray' finds persons whose given names start with those letters."""
        parts = target.split()
        if len(parts) < 2 or not all(len(p) == 1 for p in parts[:-1]):
            return []
        out = []
        for entry in self.names:
            if entry.label != "Person":
                continue
            words = fold(entry.name).split()
            if (
                len(words) >= 2
                and words[-1] == parts[-1]
                and all(
                    i < len(words) - 1 and words[i].startswith(p) for i, p in enumerate(parts[:-1])
                )
            ):
                out.append((entry, 95.0))
        return out

    def find(self, name: str, labels: tuple[str, ...]) -> NameEntry:
        """The one entity `name` means, or NotFoundError with suggestions."""
        exact = [e for e in self._exact.get(fold(name), []) if e.label in labels]
        if exact:
            return sorted(exact, key=lambda e: (labels.index(e.label), e.key))[0]
        hits = self.search(name, labels, limit=5)
        if hits and hits[0][1] >= 95 and (len(hits) == 1 or hits[1][1] < hits[0][1]):
            entry: NameEntry = hits[0][0]
            return entry
        kinds = " or ".join(label.lower() for label in labels)
        raise NotFoundError(f"no {kinds} named {name!r}", [f"{h[0].name}" for h in hits[:5]])

    # -- scope -----------------------------------------------------------------------------------

    def resolve(self, asked: str) -> Resolved:
        """A challenge (id, title or alias), a topic (label or alias), or text naming topics."""
        key = fold(asked)
        if not key:
            raise InputError("say which challenge or topic")
        raw = asked.strip().lower()
        for challenge in self.challenges.values():  # an id or title as written: "peer-support"
            if raw in {challenge.name.lower(), *(a.lower() for a in challenge.aliases)}:
                return self._challenge(asked, challenge)
        for topic in self.topics.values():
            if key in {fold(topic.name), *map(fold, topic.aliases)}:
                return self._topic(asked, [topic.key])
        for challenge in self.challenges.values():
            if key in {fold(challenge.name), *map(fold, challenge.aliases)}:
                return self._challenge(asked, challenge)
        found = [
            t.key
            for t in self.topics.values()
            if any(_phrase_in(fold(f), key) for f in (t.name, *t.aliases))
        ]
        if found:
            return self._topic(asked, found)
        candidates: dict[str, TopicInfo | ChallengeInfo] = {t.name: t for t in self.topics.values()}
        candidates.update({c.name: c for c in self.challenges.values()})
        hits = process.extract(
            asked, list(candidates), scorer=fuzz.WRatio, limit=5, score_cutoff=SEARCH_CUTOFF
        )
        if hits and hits[0][1] >= 90:
            best = candidates[hits[0][0]]
            if isinstance(best, ChallengeInfo):
                return self._challenge(asked, best)
            return self._topic(asked, [best.key])
        raise NotFoundError(f"no challenge or topic matches {asked!r}", [h[0] for h in hits])

    def _topic(self, asked: str, keys: list[str]) -> Resolved:
        weights: dict[str, tuple[float, str, str]] = {}

        def put(key: str, weight: float, relation: str) -> None:
            if key in self.topics and weights.get(key, (0.0,))[0] < weight:
                weights[key] = (weight, relation, self.topics[key].name)

        for key in keys:
            put(key, SAME, "same")
            for child in sorted(taken_in(self.narrower, key) - {key}):
                put(child, NARROWER, "narrower")
            for parent in self.topics[key].broader:
                put(parent, BROADER, "broader")
        scope = Scope(asked=asked, topics=_matches(weights))
        return Resolved(scope, weights, " ".join([asked, *(w[2] for w in weights.values())]))

    def _challenge(self, asked: str, challenge: ChallengeInfo) -> Resolved:
        resolved = self._topic(asked, [k for k in challenge.topics if k in self.topics])
        resolved.weights = {k: v for k, v in resolved.weights.items() if v[1] != "broader"}
        resolved.weights[challenge.key] = (SAME, "challenge", challenge.name)
        resolved.scope = Scope(
            asked=asked, challenge=challenge.name, topics=_matches(resolved.weights)
        )
        resolved.text = " ".join([challenge.name, *(w[2] for w in resolved.weights.values())])
        return resolved


def _matches(weights: dict[str, tuple[float, str, str]]) -> list[TopicMatch]:
    return [
        TopicMatch(topic=name, relation=relation, weight=weight)  # type: ignore[arg-type]
        for weight, relation, name in sorted(weights.values(), key=lambda w: (-w[0], w[2]))
    ]


def _phrase_in(phrase: str, text: str) -> bool:
    return bool(phrase) and re.search(rf"\b{re.escape(phrase)}s?\b", text) is not None
