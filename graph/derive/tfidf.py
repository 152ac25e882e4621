"""TF-IDF over every evidence item's title and opening text, for the evidence question's text
similarity (query.evidence).

The model is fitted as scikit-learn's `TfidfVectorizer` fits it (spaCy's English stop words,
sublinear term frequency, smoothed idf, l2 norm; checked against it in tests) and kept as plain
arrays: the vocabulary, the idf, the stop words and the fitted matrix by term. A question is
turned into its vector and scored here with NumPy alone — tokens as scikit-learn's default
pattern finds them in the lowercased text, 1 + log(count) times the term's idf, normalised — so
a process that only asks a question never imports scikit-learn (about a second on its own). The
embedded store keeps the model's arrays beside the derived graph (graph.stores.derived_rows),
fitted once per write.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np
import orjson

TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern


@cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words, imported only to fit (importing spaCy costs a question
    half a second; a fitted model carries its own stop words)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def evidence_text(data: dict[str, Any]) -> str:
    """What an evidence item's similarity is measured on: its title and opening text."""
    return f"{data['name']}. {data.get('summary', '')}"


@dataclass
class TfidfModel:
    keys: list[str]  # the evidence items, in key order (the matrix's rows)
    terms: list[str]  # the vocabulary, in column order
    idf: np.ndarray
    stop: frozenset[str]
    indptr: np.ndarray  # the fitted matrix by column: column j's rows are
    rows: np.ndarray  # rows[indptr[j]:indptr[j + 1]], with those values
    values: np.ndarray
    column: dict[str, int] = field(init=False)

    def __post_init__(self) -> None:
        self.column = {term: i for i, term in enumerate(self.terms)}

    def vector(self, text: str) -> dict[int, float]:
        """The question's TF-IDF vector: {column: weight}, l2-normalised."""
        counts = Counter(t for t in TOKEN.findall(text.lower()) if t not in self.stop)
        weights = {
            self.column[t]: (1.0 + math.log(n)) * float(self.idf[self.column[t]])
            for t, n in counts.items()
            if t in self.column
        }
        norm = math.sqrt(sum(w * w for w in weights.values()))
        return {j: w / norm for j, w in sorted(weights.items())} if norm else {}

    def similarities(self, text: str) -> np.ndarray:
        """Cosine similarity of `text` to every item, in `keys` order."""
        sims = np.zeros(len(self.keys))
        for j, weight in self.vector(text).items():
            lo, hi = self.indptr[j], self.indptr[j + 1]
            sims[self.rows[lo:hi]] += weight * self.values[lo:hi]
        return sims

    def to_bytes(self) -> bytes:
        head = orjson.dumps({"keys": self.keys, "terms": self.terms, "stop": sorted(self.stop)})
        arrays = [self.idf, self.indptr, self.rows, self.values]
        sizes = orjson.dumps([len(head), *(a.nbytes for a in arrays)])
        return b"".join([len(sizes).to_bytes(4, "little"), sizes, head, *map(_bytes, arrays)])

    @classmethod
    def from_bytes(cls, blob: bytes) -> TfidfModel:
        first = int.from_bytes(blob[:4], "little")
        sizes = orjson.loads(blob[4 : 4 + first])
        at = 4 + first
        parts = []
        for size in sizes:
            parts.append(blob[at : at + size])
            at += size
        head = orjson.loads(parts[0])
        idf, values = (np.frombuffer(parts[i], dtype=np.float64) for i in (1, 4))
        indptr, rows = (np.frombuffer(parts[i], dtype=np.int64) for i in (2, 3))
        return cls(head["keys"], head["terms"], idf, frozenset(head["stop"]), indptr, rows, values)


def _bytes(array: np.ndarray) -> bytes:
    return array.tobytes()


def fit(texts: dict[str, str]) -> TfidfModel:
    """The model of these texts ({evidence key: text}), fitted here with NumPy as scikit-learn's
    TfidfVectorizer(stop_words=stop_words(), sublinear_tf=True) fits it (tests/test_tfidf.py
    checks the two agree): importing scikit-learn would cost every ingest a few seconds."""
    keys = sorted(texts)
    empty = np.zeros(0)
    stop = stop_words()
    docs = [Counter(t for t in TOKEN.findall(texts[k].lower()) if t not in stop) for k in keys]
    terms = sorted({t for counts in docs for t in counts})
    if not terms:  # no texts, or no word left to weigh (all empty or stop words)
        return TfidfModel(keys, [], empty, stop, np.zeros(1, dtype=np.int64), empty, empty)
    column = {t: j for j, t in enumerate(terms)}
    df = np.zeros(len(terms))
    for counts in docs:
        for t in counts:
            df[column[t]] += 1
    idf = np.log((1 + len(keys)) / (1 + df)) + 1.0  # smoothed
    by_column: list[list[tuple[int, float]]] = [[] for _ in terms]
    for row, counts in enumerate(docs):
        weights = {column[t]: (1.0 + math.log(n)) * idf[column[t]] for t, n in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        for j, w in weights.items():
            by_column[j].append((row, w / norm))
    indptr = np.zeros(len(terms) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(c) for c in by_column])
    rows = np.array([r for c in by_column for r, _w in c], dtype=np.int64)
    values = np.array([w for c in by_column for _r, w in c], dtype=np.float64)
    return TfidfModel(keys, terms, idf, stop, indptr, rows, values)
