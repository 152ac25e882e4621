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
from graph.reference.words import terms
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
    text_parts: list[str] = field(default_factory=list)  # parts of the question naming no topic

    def add_text(self, found: list[Any]) -> None:
        """Give the text topics these parts matched (query.text_scope.TextTopic) their weights,
        and say in the scope what was matched how."""
        from query.text_scope import ABOUT, MENTIONS

        for topic in found:
            self.weights[topic.key] = (ABOUT, "text", topic.part)
            if topic.mentions:
                self.weights[topic.mention_key] = (MENTIONS, "text", f"{topic.part} (mentioned)")
        matched = {t.part for t in found}
        notes = [
            f"“{part}” is not in the topic vocabulary: "
            + (
                "matched in the documents' text"
                if part in matched
                else "no document's text matches it either"
            )
            for part in self.text_parts
        ]
        self.scope = self.scope.model_copy(
            update={"topics": topic_matches(self.weights), "note": "; ".join(notes)}
        )

    @property
    def keys(self) -> list[str]:
        return sorted(self.weights)

    @property
    def in_scope(self) -> set[str]:
        """The keys that are about what was asked: itself, its narrower topics, a challenge's
        topics (weight 0.8 or more), not the broader topic (0.4), which would widen the scope
        to a whole branch; and every text topic, items that only mention the words asked
        included (they rank lower, but they are about those very words: an open topic has no
        other evidence of where it is studied). Coverage, gaps and analytics count these."""
        return {
            key
            for key, (weight, relation, _n) in self.weights.items()
            if weight >= NARROWER or relation == "text"
        }


def quote(prov: Provenance | None) -> Quote | None:
    """A provenance as shown; None for one with no quote (a title, heading, metadata or
    front-matter line is never quoted)."""
    if prov is None or not prov.quote:
        return None
    return Quote(
        document=prov.doc_id,
        text=prov.quote,
        start=prov.start,
        end=prov.end,
        extractor=prov.extractor,
    )


def first_showing(quotes: list[Quote], seen: set[tuple[str, str]]) -> list[Quote]:
    """`quotes` less any already shown in this answer (`seen`, which it extends): one
    sentence that gives two reasons (an author line naming the topic) is quoted once."""
    out = []
    for q in quotes:
        key = (q.document, " ".join(q.text.split()))
        if key not in seen:
            seen.add(key)
            out.append(q)
    return out


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
            best = sorted(
                {e.key: e for e in exact}.values(), key=lambda e: (labels.index(e.label), e.key)
            )
            same = [e for e in best if e.label == best[0].label]
            if len(same) > 1 and all(fold(e.name) == fold(name) for e in same):
                shown = sorted(a for e in same for a in e.aliases if fold(a) != fold(name))
                raise NotFoundError(
                    f"{len(same)} {same[0].label.lower()}s are named {name!r}: say which", shown
                )
            return best[0]
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
            if key in {fold(label) for label in topic.labels}:
                return self._topic(asked, [topic.key])
        for challenge in self.challenges.values():
            if key in {fold(challenge.name), *map(fold, challenge.aliases)}:
                return self._challenge(asked, challenge)
        found, text_parts = self._topics_and_parts(fold(re.sub(r"[,;/]+", " and ", asked)))
        if found or text_parts:
            resolved = self._topic(asked, sorted(set(found)))
            resolved.text_parts = text_parts
            return resolved
        raise self._not_found(asked)

    def _not_found(self, asked: str) -> NotFoundError:
        hits = process.extract(
            asked, list(self._fuzzy_names), scorer=fuzz.WRatio, limit=5, score_cutoff=SEARCH_CUTOFF
        )
        return NotFoundError(f"no challenge or topic matches {asked!r}", [h[0] for h in hits])

    @cached_property
    def _fuzzy_names(self) -> dict[str, TopicInfo | ChallengeInfo]:
        candidates: dict[str, TopicInfo | ChallengeInfo] = {t.name: t for t in self.topics.values()}
        candidates.update({c.name: c for c in self.challenges.values()})
        return candidates

    def _fuzzy(self, asked: str) -> Resolved | None:
        """A topic or challenge the words are a near-miss of ("peer suport"), if any."""
        hits = process.extract(
            asked, list(self._fuzzy_names), scorer=fuzz.WRatio, limit=1, score_cutoff=90
        )
        if not hits:
            return None
        best = self._fuzzy_names[hits[0][0]]
        if isinstance(best, ChallengeInfo):
            return self._challenge(asked, best)
        return self._topic(asked, [best.key])

    @cached_property
    def _label_forms(self) -> list[tuple[str, str]]:
        """(folded label, alias or hidden label, topic key), longest first: a longer label wins
        its words. A hidden label is for search (SKOS): "e-cigarettes" asked is vaping."""
        forms = {(fold(f), t.key) for t in self.topics.values() for f in t.labels}
        return sorted(((f, k) for f, k in forms if f), key=lambda fk: (-len(fk[0]), fk))

    def _topics_and_parts(self, text: str) -> tuple[list[str], list[str]]:
        """(topic keys, parts naming no topic) of folded `text`. Each span of words goes to the
        longest label or alias that fits it ("peer support" is one topic, not also "support");
        the text is then cut into parts at "and", "or", commas and the like (never inside a
        label: "children and young people"), and a part with no topic in it is matched in the
        documents' text instead. An alternative label names its topic ("breast feeding" is
        breastfeeding, "social isolation" loneliness): a narrower subject has a concept of its
        own in the vocabulary ("breastfeeding" under "infant feeding")."""
        taken = [False] * len(text)
        spans = []
        for form, key in self._label_forms:
            for match in re.finditer(rf"\b{re.escape(form)}s?\b", text):
                if not any(taken[match.start() : match.end()]):
                    taken[match.start() : match.end()] = [True] * (match.end() - match.start())
                    spans.append((match.start(), key))
        cuts = [m for m in PART_BREAK.finditer(text) if not taken[m.start()]]
        bounds = [0, *(x for m in cuts for x in (m.start(), m.end())), len(text)]
        found: list[str] = []
        parts: list[str] = []
        for start, end in zip(bounds[::2], bounds[1::2], strict=True):
            inside = [key for at, key in spans if start <= at < end]
            found += [key for key in inside if key]
            if not any(inside) and terms(text[start:end]):
                parts.append(text[start:end].strip())  # no topic
        return sorted(set(found)), parts

    def ask(self, asked: str) -> tuple[Context, Resolved]:
        """(context, scope) for a question: topics and challenges from the vocabulary, and
        the parts that name none matched in the documents' text (query.text_scope)."""
        from query.text_scope import overlay
        from query.widen import widened

        resolved = widened(self, self.resolve(asked))
        ctx, resolved = overlay(self, resolved)
        if not resolved.weights:
            fuzzy = self._fuzzy(asked)
            if fuzzy is None:
                raise self._not_found(asked)
            return self, fuzzy
        return ctx, resolved

    def topic_scope(self, asked: str) -> Resolved:
        """The scope of topics and challenges alone (for analytics over the graph): parts
        naming no topic are left out, and with no topic at all it is an error."""
        from query.widen import widened

        resolved = widened(self, self.resolve(asked))
        if resolved.weights:
            return resolved
        fuzzy = self._fuzzy(asked)
        if fuzzy is None:
            raise self._not_found(asked)
        return fuzzy

    @cached_property
    def text_index(self) -> Any:
        from query.text_scope import TextIndex, subject_titles

        return TextIndex.build(self.backend.passages(), subject_titles(self))

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
        scope = Scope(asked=asked, topics=topic_matches(weights))
        return Resolved(scope, weights, " ".join([asked, *(w[2] for w in weights.values())]))

    def _challenge(self, asked: str, challenge: ChallengeInfo) -> Resolved:
        resolved = self._topic(asked, [k for k in challenge.topics if k in self.topics])
        resolved.weights = {k: v for k, v in resolved.weights.items() if v[1] != "broader"}
        resolved.weights[challenge.key] = (SAME, "challenge", challenge.name)
        resolved.scope = Scope(
            asked=asked, challenge=challenge.name, topics=topic_matches(resolved.weights)
        )
        resolved.text = " ".join([challenge.name, *(w[2] for w in resolved.weights.values())])
        return resolved


def topic_matches(weights: dict[str, tuple[float, str, str]]) -> list[TopicMatch]:
    return [
        TopicMatch(topic=name, relation=relation, weight=weight)  # type: ignore[arg-type]
        for weight, relation, name in sorted(weights.values(), key=lambda w: (-w[0], w[2]))
    ]


PART_BREAK = re.compile(r"\s+(?:and|or|plus|versus|vs)\s+")  # in folded text
