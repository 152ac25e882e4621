"""Bodies a document defines by an acronym the model tags while leaving the full name untagged
(used by ingest.extract.document_entities):

    The North West Coast Academic Health Science Network (NWC AHSN) is leading ...

The model tags "NWC" and "AHSN" as two organisations and reads "North West Coast" as a place;
the text says the acronym stands for the full name, so the full name is the organisation and
the acronym's words are one name ("NWC AHSN"), which resolution then joins to the full name.

Once defined, the acronym names the body wherever it is written alone: "West Suffolk NHS
Foundation Trust (WSFT) ... Jan Roe, director of workforce at WSFT, said" (`acronym_mentions`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from graph.model import fold
from ingest.extract.acronyms import acronym_definitions
from ingest.extract.sentences import doc_text


def defined_bodies(doc: Doc, ents: list[Span], is_org: Callable[[Span], bool]) -> list[Span]:
    """ORG spans for the full names of acronyms tagged ORG (or a word of them), and for an
    acronym of several words tagged word by word; `is_org` vets a full name (not a programme
    or common words)."""
    text = doc_text(doc)
    tagged = {e.text for e in ents if e.label_ == "ORG"}
    out: list[Span] = []
    for acronym, full in acronym_definitions(text).items():
        parts = acronym.split()
        if acronym not in tagged and not any(p in tagged for p in parts):
            continue
        at = text.find(f"{full} ({acronym})")
        span = doc.char_span(at, at + len(full), alignment_mode="contract") if at >= 0 else None
        if span is None or not len(span):
            continue
        inside = any(e.label_ == "ORG" and e.start <= span.start <= span.end <= e.end for e in ents)
        if not inside and is_org(span):
            out.append(Span(doc, span.start, span.end, label="ORG", span_id="rule:defined"))
        if len(parts) > 1:
            out.extend(_joined(doc, acronym))
    return out


def _joined(doc: Doc, acronym: str) -> list[Span]:
    """Each place the acronym of several words is written: one ORG span."""
    text = doc_text(doc)
    out = []
    at = text.find(acronym)
    while at >= 0:
        span = doc.char_span(at, at + len(acronym))
        if span is not None:
            out.append(Span(doc, span.start, span.end, label="ORG", span_id="rule:defined"))
        at = text.find(acronym, at + 1)
    return out


def acronym_mentions(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` with an ORG span for each word that is the acronym of an organisation the text
    defines ("Full Name (ACR)", the full name tagged ORG) and that no entity covers yet."""
    orgs = {fold(e.text) for e in ents if e.label_ == "ORG"}
    acronyms = {
        acronym
        for acronym, full in acronym_definitions(doc_text(doc)).items()
        if fold(full) in orgs and " " not in acronym and len(acronym) > 1
    }
    if not acronyms:
        return ents
    covered = {i for e in ents for i in range(e.start, e.end)}
    added = [
        Span(doc, t.i, t.i + 1, label="ORG", span_id="rule:defined")
        for t in doc
        if t.text in acronyms and t.i not in covered
    ]
    return sorted([*ents, *added], key=lambda e: e.start) if added else ents


def defined_full_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` with each organisation that opens a longer name the text defines by its
    initials made that whole name: "Swansea Council for Voluntary Service (SCVS)" is not the
    known "Swansea Council" and some words after it."""
    text = doc_text(doc)
    defined = acronym_definitions(text)
    if not defined:
        return ents
    by_word: dict[str, list[tuple[str, str]]] = {}  # first word -> (full name, acronym)
    for acronym, full in defined.items():
        by_word.setdefault(full.split()[0], []).append((full, acronym))
    grown = []  # each organisation grown to the defined full name it opens
    for ent in ents:
        for full, acronym in by_word.get(ent[0].text, []) if ent.label_ == "ORG" else []:
            span = None
            if text.startswith(f"{full} ({acronym})", ent.start_char):
                span = doc.char_span(ent.start_char, ent.start_char + len(full))
            if span is not None and span.end > ent.end:
                grown.append(Span(doc, span.start, span.end, label="ORG", span_id="rule:defined"))
                break
    if not grown:
        return ents
    covered = {i for span in grown for i in range(span.start, span.end)}
    kept = [e for e in ents if covered.isdisjoint(range(e.start, e.end))]
    return sorted([*kept, *grown], key=lambda e: e.start)
