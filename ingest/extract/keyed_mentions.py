"""Initials a document keys to a person, wherever its prose then writes them (a step of
ingest.extract.document_entities).

A write-up that names its own people by initials spells them out once in a key ("NK —
Nasreen Khaliq-Rahman, Infant Feeding Lead, …", "KS = Kiran Sandhu, …"; see
ingest.extract.initials_key, which reads the key and the labelled fields that use it). The
prose uses the same letters ("Facilitated by NK and TB", "written up by TB", "… (NK)"): each
is that person, named there, so what the sentence says of them (that they facilitated, took
the notes) is said of the person the key spells out. Letters no key entry fits (a name whose
initials they are not) stay letters: "TB" keyed to no one is tuberculosis.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from graph.model import fold
from graph.reference.gazetteer import Gazetteer
from graph.reference.names import initials_fit
from ingest.extract.initials_key import KEY_MARK, NAME_AFTER_MARK
from ingest.extract.listed import parse_lenient
from ingest.extract.own_initials import KEY_SIGNS
from ingest.extract.sentences import doc_text


def keyed_mentions(doc: Doc, ents: list[Span], gaz: Gazetteer) -> list[Span]:
    """`ents` with a PERSON span (its kb_id the full name) for each word that is initials the
    document's key spells out, where no entity covers it and it is not the key's own entry."""
    key = _key(doc_text(doc), gaz) | _bracketed(doc, ents) | _handles(doc, ents)
    if not key:
        return ents
    ents = [e for e in ents if e.text not in key]  # "TB" the model made a body
    covered = {i for e in ents for i in range(e.start, e.end)}
    added: list[Span] = []
    for found in _KEYED.finditer(doc_text(doc)):  # each word that may be a key's, looked up
        word, start = found.group(), found.start()
        if word not in key and word[1:] in key:  # "@DrJamieFraser": the handle's name
            word, start = word[1:], start + 1
        if word not in key:
            continue
        span = doc.char_span(start, found.end(), alignment_mode="expand")
        if span is None or any(i in covered for i in range(span.start, span.end)):
            continue  # ("JG-O" is three tokens)
        if span.end < len(doc) and doc[span.end].text in KEY_SIGNS:
            continue  # the key's own entry
        name = key[word]
        added.append(Span(doc, span.start, span.end, "PERSON", kb_id=name, span_id="rule:keyed"))
    return sorted([*ents, *added], key=lambda e: e.start) if added else ents


_KEYED = re.compile(r"(?<![\w&'’.@-])@?[A-Za-z](?:[\w.-]*\w)?(?![\w-])")  # "MF", "JG-O", "@ronan.d"


def _key(text: str, gaz: Gazetteer) -> dict[str, str]:
    """Letters (or a handle) -> the full name a line of the text keys them to ("NK — Nasreen
    …", a board's "@ronan.d | Ronan Devine | Community Pharmacist")."""
    key: dict[str, str] = {}
    for line in text.splitlines():
        mark = KEY_MARK.match(line.lstrip()) or _HANDLE_KEY.match(line.lstrip())
        if mark is None or mark.group(1) in key:
            continue
        entries = parse_lenient(line.lstrip()[mark.end() :].split(";")[0], gaz)
        fits = entries and entries[0].start <= NAME_AFTER_MARK
        letters = mark.group(1)
        if fits and (
            initials_fit(letters, entries[0].name) or _handle_of(letters, entries[0].name)
        ):
            key[letters] = entries[0].name
    return key


_HANDLE_KEY = re.compile(r"(@[\w.]*\w)\s*[|=:–—]\s+(?=\S)")  # "@ronan.d | Ronan Devine"


def _handle_of(handle: str, name: str) -> bool:
    """Whether a handle is made from the name: a run of three letters or more of it begins
    or holds one of the name's words ("@tunde.aq": Babatunde, "@sineadmcc": Sinéad).

    >>> _handle_of("@sineadmcc", "Sinéad McCrystal"), _handle_of("@pat.h", "Ronan Devine")
    (True, False)
    """
    if not handle.startswith("@"):
        return False
    words = [fold(w) for w in re.split(r"[\s'’-]+", name) if len(w) >= 3]
    runs = re.findall(r"[a-z]{3,}", fold(handle))
    return any(r.startswith(w) or w.startswith(r) or r in w for r in runs for w in words)


_HANDLE = re.compile(r"(?:Dr|Prof|Cllr)?(?P<name>[A-Z][a-z]+(?:[A-Z][a-z'’]+){1,2})")


def _handles(doc: Doc, ents: list[Span]) -> dict[str, str]:
    """Handle -> the full name it runs together ("DrJamieFraser": "Jamie Fraser"), for the
    persons the document names in full."""
    names = {
        re.sub(r"[\s'’-]", "", e.text).lower(): " ".join(e.text.split())
        for e in ents
        if e.label_ == "PERSON" and len(e) >= 2
    }
    out: dict[str, str] = {}
    for token in doc:
        found = _HANDLE.fullmatch(token.text)
        if found and (name := names.get(found["name"].lower())) and token.text != name:
            out[token.text] = name
    return out


def _bracketed(doc: Doc, ents: list[Span]) -> dict[str, str]:
    """Letters -> the person named just before them in brackets, where they are that
    person's initials ("Gillian Ashworth-Pyke (GAP)", "Harjinder Bassi-Rowe, Chair (HBR)")."""
    out: dict[str, str] = {}
    for e in ents:
        if e.label_ != "PERSON" or len(e) < 2:
            continue
        window = doc[e.end : e.end + 8]
        opened = next((t.i for t in window if t.text == "("), None)
        if opened is None or opened + 2 >= len(doc) or doc[opened + 2].text != ")":
            continue
        if any(t.text in (".", ";", ")") for t in doc[e.end : opened]):
            continue
        letters = doc[opened + 1].text
        if letters not in out and initials_fit(letters, e.text):
            out[letters] = " ".join(e.text.split())
    return out
