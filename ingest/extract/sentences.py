"""Finding the sentence around a token in O(log n), and the provenance it gives a claim.

spaCy's `Span.sent` walks the document's sentences on every call, which made provenance
quadratic in document length; this keeps the sentence starts once per doc and bisects.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Any

from spacy.attrs import IDX, LOWER, ORTH
from spacy.tokens import Doc, Span

from ingest.extract.absence_words import says_apologies

if TYPE_CHECKING:
    from ingest.extract.claims import ClaimSet
    from ingest.extract.layout import Layout

_KEY = "qkg_sentence_starts"


_TEXT = "qkg_text"


def doc_text(doc: Doc) -> str:
    """The doc's text, kept once: spaCy's `Doc.text` joins every token on each call, which
    made a rule that reads it per entity cost seconds per document."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return str(text)


_ENTS = "qkg_ents"


def set_ents(doc: Doc, spans: list[Span]) -> None:
    """Set the doc's final entities (qkg_entities does, once) and keep them: spaCy's
    `Doc.ents` builds a Span per entity on every read, and a dozen later rules read them."""
    doc.ents = spans
    doc.user_data[_ENTS] = tuple(doc.ents)


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """The doc's entities: as kept by `set_ents`, else as spaCy gives them."""
    kept = doc.user_data.get(_ENTS)
    return tuple(doc.ents) if kept is None else tuple(kept)


def sentence_starts(doc: Doc) -> list[int]:
    """The first token of each sentence, in order (read once per doc)."""
    starts = doc.user_data.get(_KEY)
    if starts is None:
        starts = [sent.start for sent in doc.sents] if len(doc) else [0]
        doc.user_data[_KEY] = starts
    return starts


def same_sentence(doc: Doc, a: int, b: int) -> bool:
    """Is no sentence started by any of the tokens a+1 .. b?"""
    starts = sentence_starts(doc)
    return bisect_right(starts, b) <= bisect_right(starts, a)


def sentence_at(doc: Doc, index: int) -> Span:
    """The sentence containing token `index`."""
    starts = sentence_starts(doc)
    k = max(0, bisect_right(starts, index) - 1)
    end = starts[k + 1] if k + 1 < len(starts) else len(doc)
    return Span(doc, starts[k], end)  # as doc[start:end], without re-checking the bounds


def sentence_of(span: Span) -> Span:
    return sentence_at(span.doc, span.start)


_APOLOGIES = "qkg_sentence_apologies"


def apologises(sent: Span) -> bool:
    """Whether a sentence of the doc says someone could not come (`says_apologies`), read
    once per sentence: the passages, topics and people rules all ask of the same ones."""
    seen = sent.doc.user_data.setdefault(_APOLOGIES, {})
    said = seen.get(sent.start_char)
    if said is None:
        said = seen[sent.start_char] = says_apologies(
            doc_text(sent.doc)[sent.start_char : sent.end_char]
        )
    return bool(said)


def _token_strings(doc: Doc, attr: int, key: str) -> list[str]:
    """One string attribute of every token, computed once per doc (indexing `doc[i]` builds a
    Token each time)."""
    found = doc.user_data.get(key)
    if found is None:
        strings = doc.vocab.strings
        found = doc.user_data[key] = [strings[k] for k in doc.to_array(attr).tolist()]
    return found


def token_texts(doc: Doc) -> list[str]:
    """Every token's text, computed once per doc."""
    return _token_strings(doc, ORTH, "qkg_token_texts")


def token_lowers(doc: Doc) -> list[str]:
    """Every token's lower-case text, computed once per doc."""
    return _token_strings(doc, LOWER, "qkg_token_lowers")


def token_starts(doc: Doc) -> list[int]:
    """Every token's first character offset, computed once per doc."""
    found = doc.user_data.get("qkg_token_starts")
    if found is None:
        found = doc.user_data["qkg_token_starts"] = doc.to_array(IDX).tolist()
    return found


def keep_text(doc: Doc, text: str) -> None:
    """Cache the text `doc` was made from (spaCy's Doc.text gives it back, token by token)."""
    doc.user_data[_TEXT] = text


def starting(spans: list[Span], a: int, b: int) -> list[Span]:
    """The spans (sorted by start, as a Doc's entities are) that start in tokens [a, b):
    found by bisection, so a long document's thousands of entities cost no more per look."""
    i = bisect_left(spans, a, key=lambda s: s.start)
    j = bisect_left(spans, b, lo=i, key=lambda s: s.start)
    return spans[i:j]


def provenance(claims: ClaimSet, layout: Layout, span: Span, extractor: str = "ner") -> Any:
    """The sentence around `span`, cut to its block; quoted only in prose, list items and
    table rows (a title, heading or metadata line keeps its offsets and no quote)."""
    sent = sentence_of(span)
    start, end = layout.clip(sent.start_char, sent.end_char, span.start_char)
    i = layout.block_at(span.start_char)
    if layout.raw.blocks and not layout.quotable(i):
        return claims.provenance(start, end, extractor, quote="")
    return claims.provenance(start, end, extractor)
