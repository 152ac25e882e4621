"""Questions about words the vocabulary lacks, answered from the documents' text.

When part of what was asked names no topic or challenge ("menopause support at work", "oral
health and mouth care"), that part is matched against every document's passages (its prose,
sentence by sentence: graph.derive.passages) and the titles of its workshops and evidence:

- a passage (or title) **matches** a part when it has the part's most distinctive word and
  words making up at least half of the part's weight; each word weighs the square of its
  inverse document frequency over all passages, so in "menopause support at work" the rare
  "menopause" carries the part and the common "support" and "work" add little; both words
  of a two-word part ("hearing loss", "glaucoma monitoring") are needed (graph.derive.
  text_match);
- a workshop or evidence item is **about** it when its title or one of its headings matches
  (a heading is matched, never quoted) or at least two of its passages do; it only
  **mentions** it when one passage does.

Each part then acts as a topic of its own, named by the words asked (relation "text"): the
items about it weigh 1.0, those that only mention it 0.5 (so they rank lower, but still count
in nation coverage: an open topic has no other evidence of where it is studied). People link
to it as they do to a topic: they *wrote* evidence about it, *attended* (or *spoke at*) a
workshop about it, or were *quoted* in a passage that matches it; those who wrote or attended
an item that only mentions it link at half the weight. Learning recorded in a
matching passage, or in a workshop or evidence item about it, is about it. The answer's
scope says which words were matched in the text and how. Organisations rank only by what they
published about it (who works with them is not read).
"""

from __future__ import annotations

import copy
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from graph.derive.text_match import TextIndex
from graph.model import Label, Provenance, fold
from query.backend import EvidenceRow, LearningRow, PassageRow, QueryBackend, TopicLink

ABOUT, MENTIONS = 1.0, 0.5
TEXT_PREFIX = "text:"
MENTION_SUFFIX = "~"  # a text topic's key for the items that only mention it
KINDS_OF = {
    "AUTHORED": "wrote",
    "ATTENDED": "attended",
    "SPOKE": "spoke at",
    "NAMED_IN": "named in",
    "PUBLISHED": "published",
}


@dataclass
class TextTopic:
    """What one part of the question matched: its keys, items about it and mentioning it."""

    part: str
    key: str  # about it (weight ABOUT)
    mention_key: str  # only mentions it (weight MENTIONS)
    passages: list[PassageRow]
    about: list[str]  # subject keys
    mentions: list[str]


def only_mentions(key: str) -> bool:
    """Whether a topic key is a text topic's mention key (its items only mention it)."""
    return key.startswith(TEXT_PREFIX) and key.endswith(MENTION_SUFFIX)


def part_key(part: str) -> str:
    return TEXT_PREFIX + fold(part).replace(" ", "-")


def find(index: TextIndex, part: str) -> TextTopic | None:
    matched = index.matched(part)
    if matched is None:
        return None
    key = part_key(part)
    return TextTopic(
        part, key, key + MENTION_SUFFIX, matched.passages, matched.about, matched.mentions
    )


class TextBackend:
    """A backend that also answers for the text topics of one question (keys starting with
    "text:"), delegating everything else to the store's own backend."""

    def __init__(self, base: QueryBackend, found: list[TextTopic]) -> None:
        self.base = base
        self.found = {t.key: t for t in found}
        self.mentioned = {t.mention_key: t for t in found}

    def __getattr__(self, name: str) -> Any:
        return getattr(self.base, name)

    def _split(self, keys: list[str]) -> tuple[list[str], list[TextTopic], list[TextTopic]]:
        real = [k for k in keys if not k.startswith(TEXT_PREFIX)]
        return (
            real,
            [self.found[k] for k in keys if k in self.found],
            [self.mentioned[k] for k in keys if k in self.mentioned],
        )

    def _keyed(
        self, found: list[TextTopic], mentioned: list[TextTopic]
    ) -> list[tuple[str, TextTopic]]:
        """(key, topic) of each text topic asked: its items about it, then those mentioning it."""
        return [(t.key, t) for t in found] + [(t.mention_key, t) for t in mentioned]

    @cached_property
    def _links(self) -> dict[str, list[tuple[str, str, str]]]:
        """text key -> (entity, kind, via) for every person and organisation linked to it: by
        the items about it (and the passages quoting them) under its key, by the items that
        only mention it under its mention key (half the weight)."""
        subjects = sorted({s for t in self.found.values() for s in (*t.about, *t.mentions)})
        into: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for entity, rel, subject in self.base.subject_links(subjects):
            into[subject].append((entity, KINDS_OF[rel]))
        out: dict[str, list[tuple[str, str, str]]] = {}
        for key, topic in self.found.items():
            links = {(e, kind, s) for s in topic.about for e, kind in into[s]}
            links |= {(p, "said about", key) for row in topic.passages for p in row.people}
            out[key] = sorted(links)
            out[topic.mention_key] = sorted(
                {(e, kind, s) for s in topic.mentions for e, kind in into[s]}
            )
        return out

    def _quotes(self, topic: TextTopic, person: str | None, subject: str | None) -> list[Any]:
        return [
            _provenance(row)
            for row in topic.passages  # (headings are not among them: never quoted)
            if (person is None or person in row.people)
            and (subject is None or row.subject == subject)
        ][:2]

    # -- ranking ----------------------------------------------------------------------------

    def person_ranking(self, keys: list[str], boundary: str | None) -> list[Any]:
        real, found, mentioned = self._split(keys)
        rows = list(self.base.person_ranking(real, boundary))
        for key, _topic in self._keyed(found, mentioned):
            by_person: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
            for entity, kind, via in self._links[key]:
                if kind != "published":
                    by_person[entity][kind].add(via)
            people = sorted(by_person)
            facets = self.base.facets(people)
            found_rows, sides = [], []
            for person in people:
                card = facets.get(person)
                row: list[Any] = [person, card.consent if card else None]
                for kind in sorted(by_person[person]):
                    row += [kind, len(by_person[person][kind])]
                found_rows.append(row)
                if boundary:
                    sides.append(_side(card, boundary))
            rows.append((key, found_rows, sides if boundary else None))
        return rows

    def org_ranking(self, keys: list[str], boundary: str | None) -> list[Any]:
        real, found, mentioned = self._split(keys)
        rows = list(self.base.org_ranking(real, boundary))
        for key, _topic in self._keyed(found, mentioned):
            published: dict[str, set[str]] = defaultdict(set)
            for entity, kind, via in self._links[key]:
                if kind == "published":
                    published[entity].add(via)
            orgs = sorted(published)
            facets = self.base.facets(orgs)
            rows.append(
                (
                    key,
                    [],
                    [[org, len(published[org])] for org in orgs],
                    [_side(facets.get(o), boundary) for o in orgs] if boundary else None,
                )
            )
        return rows

    def topic_links(self, keys: list[str], label: str, entities: list[str]) -> list[TopicLink]:
        real, found, mentioned = self._split(keys)
        links = list(self.base.topic_links(real, label, entities))
        wanted = set(entities)
        for key, topic in self._keyed(found, mentioned):
            for entity, kind, via in self._links[key]:
                if entity not in wanted or (kind == "published") != (label == "Organisation"):
                    continue
                if kind == "said about":
                    quotes = self._quotes(topic, entity, None)
                    via_name = topic.part
                else:
                    quotes = self._quotes(topic, None, via)
                    via_name = self._name(via)
                links.append(TopicLink(entity, key, kind, via, via_name, quotes))
        return links

    def _name(self, key: str) -> str:
        node = self.base.node(key)
        return str(node.get("name")) if node else key

    # -- evidence and learning --------------------------------------------------------------

    def _with_text(self, rows: list[EvidenceRow]) -> list[EvidenceRow]:
        """The rows with their text topics (and the passages that match) among their topics."""
        for row in rows:
            for topic in self.found.values():
                if row.key in topic.about:
                    row.topics[topic.key] = self._quotes(topic, None, row.key)
                elif row.key in topic.mentions:
                    row.topics[topic.mention_key] = self._quotes(topic, None, row.key)
        return rows

    def evidence(self, topic_keys: list[str]) -> list[EvidenceRow]:
        real, found, mentioned = self._split(topic_keys)
        rows = {r.key: r for r in self.base.evidence(real)}
        extra = sorted(
            {s for t in found for s in t.about} | {s for t in mentioned for s in t.mentions}
        )
        extra = [k for k in extra if k not in rows]
        rows.update({r.key: r for r in self.base.evidence_by_keys(extra)} if extra else {})
        return self._with_text(sorted(rows.values(), key=lambda r: r.key))

    def evidence_by_keys(self, keys: list[str], quotes: bool = True) -> list[EvidenceRow]:
        return self._with_text(list(self.base.evidence_by_keys(keys, quotes)))

    def learning(self, topic_keys: list[str]) -> list[LearningRow]:
        real, found, _ = self._split(topic_keys)
        rows = {r.key: r for r in self.base.learning(real)}
        for topic in found:
            keys = sorted({k for p in topic.passages for k in p.learning})
            said = set(keys)  # statements whose own words match; the rest have it from their
            for row in self.base.learning_of(keys, topic.about):  # workshop or report
                have = rows.setdefault(row.key, row)
                have.topics = sorted({*have.topics, topic.key})
                if row.key not in said:
                    have.inherited = sorted({*have.inherited, topic.key})
        return sorted(rows.values(), key=lambda r: r.key)


def _side(card: Any, boundary: str) -> list[str]:
    from graph.derive.sides import SIDE_FIELDS

    return list(getattr(card, SIDE_FIELDS[boundary])) if card else []


def _provenance(row: PassageRow) -> Provenance:
    return Provenance(row.doc_id, row.text, row.start, row.end, "text", 0.6)


def overlay(ctx: Any, resolved: Any) -> tuple[Any, Any]:
    """(context, resolved) for a question: when parts of it name no topic, a copy of the
    context whose backend also answers for the text topics those parts match."""
    parts = list(getattr(resolved, "text_parts", []))
    if not parts:
        return ctx, resolved
    index = ctx.text_index
    found = [t for t in (find(index, part) for part in parts) if t is not None]
    resolved.add_text(found)
    if not found:
        return ctx, resolved
    twin = copy.copy(ctx)
    twin.backend = TextBackend(ctx.backend, found)
    return twin, resolved


def subject_titles(ctx: Any) -> dict[str, str]:
    """Workshop and evidence titles by key, for the text index."""
    return {
        e.key: e.name for e in ctx.names if e.label in (Label.WORKSHOP.value, Label.EVIDENCE.value)
    }
