"""Short forms of a topic a document defines: "cognitive behavioural therapy for insomnia
(CBT-I)" makes every later "CBT-I" a mention of insomnia. The short form's capitals are the
initials of the words before the bracket (joiners such as "for" and "of" skipped), and the
topic is the one those words end on, so a statement that only says "a taper offered alongside
CBT-I" is about insomnia as the document defines it."""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span

from ingest.extract.sentences import doc_text

_DEFINED = re.compile(r"\(([A-Z][A-Za-z]{0,8}(?:-[A-Z][a-z]?)?)\)")
_WORD = re.compile(r"[A-Za-z][\w'’]*")
_JOINERS = frozenset({"of", "for", "and", "the", "in", "on", "to", "with", "&", "a"})
_REACH = 120  # characters before the bracket the full form may take
MAX_FORMS = 50  # short forms of topics one document may define


def _expansion_start(text: str, bracket: int, capitals: list[str]) -> int | None:
    """Where the words the capitals stand for begin, ending just before `bracket`."""
    window_start = max(0, bracket - _REACH)
    words = list(_WORD.finditer(text, window_start, bracket))
    if not words or text[words[-1].end() : bracket].strip():
        return None  # something other than space between the last word and the bracket
    wanted = list(capitals)
    for word in reversed(words):
        if not wanted:
            break
        if word.group().lower() in _JOINERS:
            continue
        if word.group()[0].upper() != wanted[-1]:
            return None
        wanted.pop()
        if not wanted:
            return word.start()
    return None


def defined_topic_forms(doc: Doc, spans: list[Span]) -> list[Span]:
    """Topic spans for each later use of a short form the document defines after words
    ending on a topic ("… for insomnia (CBT-I)"): labelled as that topic. The first
    definition of a form holds; at most MAX_FORMS forms, found in one pass over the text."""
    topics = sorted((s for s in spans if s.label_.startswith("TOPIC|")), key=lambda s: s.start_char)
    if not topics or "(" not in doc_text(doc):
        return []
    starts = [s.start_char for s in topics]
    text = doc_text(doc)
    defined: dict[str, tuple[str, int]] = {}  # short form -> (topic label, where defined)
    for found in _DEFINED.finditer(text):
        short = found.group(1)
        capitals = [c for c in short if c.isupper()]
        if short in defined or len(capitals) < 2:
            continue
        start = _expansion_start(text, found.start(), capitals)
        if start is None:
            continue
        inside = topics[bisect_left(starts, start) : bisect_left(starts, found.start())]
        ending = [s for s in inside if s.end_char <= found.start()]
        if ending:
            topic = max(ending, key=lambda s: (s.end_char, s.end_char - s.start_char))
            defined[short] = (topic.label_, found.start(1))
            if len(defined) >= MAX_FORMS:
                break
    if not defined:
        return []
    forms = "|".join(re.escape(f) for f in sorted(defined, key=len, reverse=True))
    out: list[Span] = []
    for used in re.finditer(r"(?<![\w-])(?:" + forms + r")(?![\w-])", text):
        label, at = defined[used.group()]
        span = doc.char_span(used.start(), used.end()) if used.start() != at else None
        if span is not None:
            out.append(Span(doc, span.start, span.end, label=label))
    return out
