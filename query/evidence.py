"""What evidence bears on a challenge or topic (with nation coverage and gaps), and what was
already learned elsewhere.

Evidence score (why), each part 0..1:
  0.6 × topic overlap — the topics in scope that the evidence addresses, each at its topic
        weight, the n-th counting 1/n, divided by the best such sum among the results;
  0.25 × text similarity — TF-IDF cosine between the question (the words asked, the topic
        and challenge names) and the evidence's title and opening text;
  0.15 × recency — halves every 5 years before the newest evidence in the graph.
Evidence with no topic link still appears when its text similarity is at least 0.15.
Coverage counts the items about what was asked (`Resolved.in_scope`: the topic and its narrower
topics, not the broader one nor an item found only by its TF-IDF similarity; for words naming
no topic, every item whose passages say them: query.text_scope) by the nations they cover
(graph.derive.sides.coverage_of: stated, or its places' nations, else its publishers'); the
gaps are the four nations with none. UK-wide evidence counts as UK. `qkg gaps` counts the
same items in the same nations.

Learning score: the weight of the best topic in scope it is about (times 0.9 when it has that
topic only from its section or document, not its own words), times the statement's strength
(how plainly its document presents it as learning: ingest.extract.structure), plus 0.1 ×
recency.
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property
from typing import Any

import numpy as np

from graph.derive.tfidf import TfidfModel
from graph.model import NATIONS
from graph.nogc import no_gc
from query.backend import EvidenceRow
from query.scope import Context, first_showing, nation_name, quote
from query.types import (
    EvidenceAnswer,
    EvidenceItem,
    LearningAnswer,
    LearningItem,
    Quote,
    TopicMatch,
)

W_TOPIC, W_TEXT, W_RECENCY = 0.6, 0.25, 0.15
INHERITED = 0.9  # a learning statement about a topic only through its section or document
TEXT_ONLY_CUTOFF = 0.15
HALF_LIFE_YEARS = 5.0
SAME_SOURCE = 0.85  # each further statement from one workshop or report counts this much less
FOUR_NATIONS = NATIONS[:4]


class TextIndex:
    """TF-IDF over every evidence item's title and opening text (graph.derive.tfidf)."""

    def __init__(self, model: TfidfModel) -> None:
        self.model = model
        self.keys = model.keys
        self.position = {key: i for i, key in enumerate(self.keys)}

    def scores(self, text: str) -> TextScores:
        return TextScores(self, self.model.similarities(text))


class TextScores:
    """One question's cosine similarity to every evidence item, read only where needed (a
    common word can touch most of the items)."""

    def __init__(self, index: TextIndex, sims: Any) -> None:
        self.index, self.sims = index, sims

    def get(self, key: str, default: float = 0.0) -> float:
        i = self.index.position.get(key)  # None for no such item (always, with no items)
        return default if i is None else float(self.sims[i])

    def at_least(self, cutoff: float) -> list[str]:
        return [self.index.keys[i] for i in np.flatnonzero(self.sims >= cutoff)]


class EvidenceQuestions:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    @cached_property
    def text_index(self) -> TextIndex:
        return TextIndex(self.ctx.backend.evidence_model())

    def evidence(self, asked: str, nation: str | None = None, limit: int = 10) -> EvidenceAnswer:
        with no_gc():  # thousands of candidate rows, all dropped before the block ends
            return self._evidence(asked, nation, limit)

    def _evidence(self, asked: str, nation: str | None, limit: int) -> EvidenceAnswer:
        ctx, resolved = self.ctx.ask(asked)
        wanted = nation_name(nation) if nation else None
        rows = {row.key: row for row in ctx.backend.evidence(resolved.keys)}
        text = self.text_index.scores(resolved.text)
        extra = [k for k in text.at_least(TEXT_ONLY_CUTOFF) if k not in rows]
        if extra:
            rows.update({r.key: r for r in ctx.backend.evidence_by_keys(extra, quotes=False)})
        topic_raw = {k: _topic_sum(row, resolved.weights) for k, row in rows.items()}
        best = max(topic_raw.values(), default=0.0) or 1.0
        newest = max((r.year for r in rows.values() if r.year), default=None)
        coverage = {n: 0 for n in NATIONS}
        ranked = []
        in_scope = resolved.in_scope
        for key, row in rows.items():
            if not in_scope.isdisjoint(row.topics):  # about what was asked, not only related
                for n in row.nations:
                    coverage[n] = coverage.get(n, 0) + 1
            if wanted and wanted not in row.nations and "UK" not in row.nations:
                continue
            recency = _recency(row.year, newest)
            topic_score = topic_raw[key] / best
            score = W_TOPIC * topic_score + W_TEXT * text.get(key, 0.0) + W_RECENCY * recency
            ranked.append((-round(score, 4), row.title, key, topic_score, recency))
        ranked.sort()
        shown = [key for _n, _t, key, _ts, _r in ranked[:limit]]
        rows.update({r.key: r for r in ctx.backend.evidence_by_keys(shown)})  # with quotes
        items = [
            _item(rows[key], resolved.weights, -neg, topic_score, text.get(key, 0.0), recency)
            for neg, _title, key, topic_score, recency in ranked[:limit]
        ]
        return EvidenceAnswer(
            scope=resolved.scope,
            nation=wanted,
            results=items,
            coverage=coverage,
            gaps=[n for n in FOUR_NATIONS if not coverage[n]],
        )

    def learning(self, asked: str, not_from: str | None = None, limit: int = 10) -> LearningAnswer:
        ctx, resolved = self.ctx.ask(asked)
        excluded = nation_name(not_from) if not_from else None
        rows = ctx.backend.learning(resolved.keys)
        years = [_when(r.date) for r in rows]
        newest = max((y for y in years if y), default=None)
        answer = LearningAnswer(scope=resolved.scope, not_from=excluded, results=[])
        for row, year in zip(rows, years, strict=True):
            if excluded and set(row.nations) - {"UK"} == {excluded}:  # recorded only there
                answer.excluded_from_nation += 1
                continue
            topics = [resolved.weights[t] for t in row.topics if t in resolved.weights]
            own = [
                resolved.weights[t][0] * (INHERITED if t in row.inherited else 1.0)
                for t in row.topics
                if t in resolved.weights
            ]
            score = max(own) * row.strength + 0.1 * _recency(year, newest)
            answer.results.append(
                LearningItem(
                    statement=row.statement,
                    source=row.source,
                    source_kind=row.source_kind,
                    date=row.date,
                    places=row.places,
                    nations=row.nations,
                    topics=[
                        TopicMatch(topic=n, relation=r, weight=w)  # type: ignore[arg-type]
                        for w, r, n in sorted(topics, key=lambda t: (-t[0], t[2]))
                    ],
                    score=round(score, 4),
                    quote=quote(row.quote),
                )
            )
        at = {r.statement: (r.quote.start if r.quote else 0) for r in rows}  # where it is said
        answer.results.sort(  # ties: newer first, then in the order its document gives them
            key=lambda i: (-i.score, _newest_first(i.date), i.source, at.get(i.statement, 0))
        )
        answer.results = _spread(answer.results)[:limit]
        return answer


def _spread(items: list[LearningItem]) -> list[LearningItem]:
    """The same order, except that a source's second, third… statement counts SAME_SOURCE,
    SAME_SOURCE², … of its score when placed: what was learned in several places comes
    before the whole of one workshop's list. Scores shown stay each statement's own."""
    placed: list[LearningItem] = []
    taken: dict[str, int] = {}
    waiting = list(items)
    while waiting:
        best = max(
            range(len(waiting)),
            key=lambda k: (waiting[k].score * SAME_SOURCE ** taken.get(waiting[k].source, 0), -k),
        )
        item = waiting.pop(best)
        taken[item.source] = taken.get(item.source, 0) + 1
        placed.append(item)
    return placed


def _newest_first(date: str) -> str:
    """A sort key putting later ISO dates first (an empty date last)."""
    return "".join(chr(0x10FFFF - ord(c)) for c in date) if date else "\U0010ffff"


def _topic_sum(row: EvidenceRow, weights: dict[str, tuple[float, str, str]]) -> float:
    found = sorted((weights[t][0] for t in row.topics if t in weights), reverse=True)
    return sum(w / (i + 1) for i, w in enumerate(found))


def _recency(year: float | None, newest: float | None) -> float:
    if not year or not newest:
        return 0.0
    return float(0.5 ** (max(0, newest - year) / HALF_LIFE_YEARS))


def _when(value: Any) -> float | None:
    """A date as a year with its fraction ("2024-04-16" -> 2024.29), or a bare year."""
    text = str(value or "")
    year = _year(text)
    if year is None:
        return None
    try:
        day = dt.date.fromisoformat(text[:10]).timetuple().tm_yday
    except ValueError:
        return float(year)
    return year + (day - 1) / 366


def _year(value: Any) -> int | None:
    text = str(value or "")[:4]
    return int(text) if text.isdigit() else None


def _item(
    row: EvidenceRow,
    weights: dict[str, tuple[float, str, str]],
    score: float,
    topic: float,
    text: float,
    recency: float,
) -> EvidenceItem:
    matched = sorted((weights[t] for t in row.topics if t in weights), key=lambda w: (-w[0], w[2]))
    quotes: list[Quote] = []
    seen: set[tuple[str, str]] = set()
    for t in sorted(row.topics, key=lambda t: (-weights.get(t, (0.0,))[0], t)):
        said = [q for q in map(quote, row.topics[t]) if q is not None]
        quotes += first_showing(said, seen)[:1]  # each topic's first sentence not yet shown
    quotes = quotes[:3]
    return EvidenceItem(
        title=row.title,
        year=row.year,
        publisher=row.publisher,
        authors=row.authors,
        nations=row.nations,
        document=row.document,
        score=score,
        topic_score=round(topic, 4),
        text_score=round(text, 4),
        recency_score=round(recency, 4),
        topics=[TopicMatch(topic=n, relation=r, weight=w) for w, r, n in matched],  # type: ignore[arg-type]
        quotes=quotes,
    )
