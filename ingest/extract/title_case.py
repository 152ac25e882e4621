"""Titles set in capitals, put in sentence case (ingest.extract.titles): names of nations
and places kept, months and days, the initialisms of KEEP_CAPS, and the words the document
writes capitalised in mid-sentence and never in lower case (its own names)."""

from __future__ import annotations

import re

from graph.model import fold
from graph.reference.gazetteer import Gazetteer

__all__ = ["KEEP_CAPS", "proper_words", "sentence_case"]

KEEP_CAPS = frozenset(
    {"NHS", "UK", "HSC", "GP", "GPS", "COPD", "ICB", "IJB", "PHA", "NHSCT", "HSCP"}
)


def _named(gaz: Gazetteer, words: str) -> bool:
    """Whether words in capitals name a nation or a place that is no common word."""
    return bool(
        gaz.nation(words.title())
        or (gaz.place(words.title()) and fold(words) not in gaz.ambiguous_places)
    )


_CALENDAR = frozenset(  # months and days keep their capital in sentence case
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


_MID_CAPITAL = re.compile(r"(?<=[a-z,;] )([A-Z][a-z]+)\b")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")


def proper_words(text: str) -> frozenset[str]:
    """The words a text writes capitalised in mid-sentence and never in lower case: its
    names ("Tenant Engagement Manager, Tai Tarian" -> Tai, Tarian; not "Digital", which it
    also writes "digital").

    >>> sorted(proper_words("We met Tai Tarian staff. The Digital hub and digital skills."))
    ['Tai', 'Tarian']
    """
    lower = set(_LOWER_WORD.findall(text))
    return frozenset(w for w in _MID_CAPITAL.findall(text) if w.lower() not in lower)


_SHORT_FORM = re.compile(r"\(([A-Z]{2,8})\)")


def sentence_case(text: str, gaz: Gazetteer | None = None, source: str = "") -> str:
    """A title set in capitals, in sentence case, names of nations and places kept
    ('HOME MONITORING SAVES NHS TIME' -> 'Home monitoring saves NHS time', '… IN NHS
    SCOTLAND' -> '… in NHS Scotland', months and days too, and the names the document's
    text `source` writes capitalised: proper_words); any other title as it is.

    >>> sentence_case("SICKNESS ABSENCE: EXCEPTION REPORT, OCTOBER 2025")
    'Sickness absence: exception report, October 2025'
    >>> sentence_case("WHAT MAY HELP: MAY 2025")
    'What may help: May 2025'
    """
    letters = [c for c in text if c.isalpha()]
    if not letters or any(c.islower() for c in letters) or len(text.split()) < 3:
        return text
    names = proper_words(source) if source else frozenset()
    short = set(_SHORT_FORM.findall(source))  # "(PPI)": a short form the text defines
    out = []
    words = text.split()
    bares = [word.strip(",.:;?!()") for word in words]
    paired = {  # the words of a two-word nation or place: "NORTHERN IRELAND", "ST ASAPH"
        j
        for i in range(len(bares) - 1)
        if gaz is not None and _named(gaz, f"{bares[i]} {bares[i + 1]}")
        for j in (i, i + 1)
    }
    for k, (word, bare) in enumerate(zip(words, bares, strict=True)):
        dated = bare.lower() in _CALENDAR and (  # "may" only before a year: "MAY 2025"
            bare.lower() != "may" or (k + 1 < len(bares) and bares[k + 1].isdigit())
        )
        named = (
            k in paired or dated or bare.title() in names or (gaz is not None and _named(gaz, bare))
        )
        if bare in KEEP_CAPS or bare in short:
            out.append(word)
        elif named:
            out.append(word.replace(bare, bare.title()))
        else:
            out.append(word.lower())
    out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out)
