"""Lines at the top of a document naming the bodies that made it, not the document (used by
ingest.extract.titles beside ingest.extract.banners): several bodies set apart by bars, a
letterhead of a body and where it is, a body's name in two languages, a unit line under the
publisher's banner, and a unit with the area it serves.
"""

from __future__ import annotations

import re

from graph.reference.gazetteer import Gazetteer
from graph.reference.names import name_words
from ingest.extract.org_shape import STREET, STREET_OR_NAME

_BODY_HEADS = frozenset(
    w for kind in ("org-head", "org-head-weak", "org-unit") for w in name_words()[kind]
)
_STREETS = (STREET | STREET_OR_NAME) - {"house", "city", "lounge", "suite", "unit", "ward"}
BANNER_PARTS = re.compile(r"\s+[|·•]\s+")  # fields of a line parted by bars or dots
_PARTS_APART = re.compile(r"\s+[|·•]\s+|\s{3,}")


def bodies_banner(text: str, gaz: Gazetteer) -> bool:
    """Whether a line only names bodies, two or more set apart by " | " or " · ", each one the
    gazetteer knows or ending in a body's word ("CARDIFF UNIVERSITY SCHOOL OF MEDICINE  |
    SWANSEA UNIVERSITY MEDICAL SCHOOL"), or a letterhead in capitals: a body and where it is,
    set apart by commas ("NORTHSIDE FAMILY PRACTICE, SHANTALLOW HEALTH CENTRE, DERRY"): the
    publishers' banner, no title; so is a body's name in two languages, one of them known
    ("BWRDD IECHYD PRIFYSGOL BAE ABERTAWE / SWANSEA BAY UNIVERSITY HEALTH BOARD"); and a
    known body with its motto beside it ("Patient and Client Council | Your Voice")."""
    halves = [p.strip() for p in re.split(r"\s+/\s+", text.strip())]
    if len(halves) == 2 and any(
        known_body(h, gaz) or (text.isupper() and body_name(h)) for h in halves
    ):
        return True  # (in capitals, one half a body's name: "CYNGOR SIR DDINBYCH / …
        # COUNTY COUNCIL")
    parts = [p for p in _PARTS_APART.split(text.strip()) if p]  # or set wide apart, as the
    if len(parts) >= 2 and all(  # logos of a cover page: "NHS … Board      University of …"
        gaz.org(part) or gaz.org(part.title()) or body_name(part) for part in parts
    ):
        return True
    if len(parts) == 2 and known_body(parts[0], gaz) and _strapline(parts[1]):
        return True  # "Patient and Client Council          Your Voice": a body and its motto
    parts = [p.strip() for p in text.split(",")]
    return (
        text.isupper()
        and len(parts) >= 2
        and body_name(parts[0])
        and all(
            body_name(p)
            or gaz.place(p.title())
            or gaz.place(p.replace("~", "/").title())
            or p.split()[-1].lower() in _STREETS  # "…, EAST PARK ROAD, LEICESTER"
            for p in parts[1:]
        )
    )


STRAPLINE_WORDS = 5


def _strapline(text: str) -> bool:
    """A few words of a body's motto beside its name: no figures, no sentence."""
    words = text.split()
    return 0 < len(words) <= STRAPLINE_WORDS and not re.search(r"[\d:.;]", text)


def known_body(text: str, gaz: Gazetteer) -> bool:
    """Whether the gazetteer knows the words as a body or a government, in any case
    ("NHS FIFE", "Llywodraeth Cymru")."""
    return bool(gaz.org(text) or gaz.org(text.title()) or gaz.government(text))


def body_name(text: str) -> bool:
    """A body's name in a few words: capitalised but for joiners, one of them a body's word
    ("Swansea University Medical School", "CARDIFF UNIVERSITY SCHOOL OF MEDICINE")."""
    words = text.split()
    return (
        len(words) <= BODY_NAME_WORDS
        and all(w[:1].isupper() or w.lower() in _JOINING for w in words)
        and any(w.lower() in _BODY_HEADS for w in words)
    )


BODY_NAME_WORDS = 7  # a body's name in a banner of several is this short
_JOINING = frozenset({"of", "and", "for", "the", "&"})


_NAMED_SHORT = re.compile(r"([A-Z][\w'’&-]*(?:\s+[\w'’&-]+){1,7})\s+\(([A-Z][A-Za-z&]{1,7})\)")


def named_with_short_form(text: str) -> bool:
    """A line that is only a name and the short form it goes by, made of its capitals
    ("Personal and Public Involvement (PPI)"): a programme's or a unit's name under the
    publisher's banner, no title.

    >>> named_with_short_form("Personal and Public Involvement (PPI)")
    True
    >>> named_with_short_form("Waiting well in Wales (a survey)")
    False
    """
    found = _NAMED_SHORT.fullmatch(text.strip())
    if found is None:
        return False
    capitals = "".join(w[0] for w in found.group(1).split() if w[0].isupper())
    return found.group(2).replace("&", "").upper() == capitals.upper()


def unit_line(text: str) -> bool:
    """A short line naming a part of the publisher by its kind of unit, under its banner, in
    capitals or as a service and its unit set apart by a dash ("NATIONAL SERVICES DIVISION",
    "MID AND WEST WALES REGION", "Homelessness Services -- Research Unit"): no title.

    >>> unit_line("Homelessness Services -- Research Unit"), unit_line("The Stroke Unit")
    (True, False)
    >>> unit_line("Tenant Engagement Team"), unit_line("How the Team Works")
    (True, False)
    >>> unit_line("Ophthalmology Department - Clinical Governance")
    True
    >>> unit_line("Economy and Place Directorate - Highways and Environmental Infrastructure")
    True
    """
    words = [w for w in text.split() if w.strip("-–—·|/")]
    named = _capitalised(words)
    parted = UNIT_PARTS.search(text) and named
    short = named and len(words) <= UNIT_NAME_WORDS and words[0].lower() not in ("the", "our")
    ends = [part.split()[-1].lower() for part in UNIT_PARTS.split(text) if part.split()]
    if _unit_at_site(text):
        return True
    return (
        bool(text.isupper() or parted or short)
        and (len(words) <= UNIT_LINE_WORDS or bool(parted and len(words) <= 2 * UNIT_LINE_WORDS))
        and (words[-1].lower() in UNIT_LINE_HEADS or bool(parted and ends[0] in UNIT_LINE_HEADS))
    )  # (or the unit first, then what it does there: "Ophthalmology Department - Clinical
    # Governance")


def _unit_at_site(text: str) -> bool:
    """A unit, then the site and the place it is at, set apart by commas: "Acute Frailty
    Unit, Morriston Hospital, Swansea".

    >>> _unit_at_site("Acute Frailty Unit, Morriston Hospital, Swansea")
    True
    >>> _unit_at_site("Falls, frailty and the Acute Unit")
    False
    """
    parts = [part.split() for part in text.split(",")]
    return (
        2 <= len(parts) <= 3
        and all(0 < len(part) <= UNIT_NAME_WORDS and _capitalised(part) for part in parts)
        and parts[0][-1].lower() in UNIT_LINE_HEADS
    )


UNIT_PARTS = re.compile(r"\s+(?:--|[·|–—/-])\s+")  # a body or unit and its part: "NHS GGC --
# REGIONAL SERVICES", "Homelessness Services -- Research Unit", "… Services / … Team"


def area_line(text: str, gaz: Gazetteer) -> bool:
    """A service and the area it serves set apart by a dash, under the publisher's banner
    ("Dermatology Nursing - South West Wales"): a unit line, no title. The area ends in a
    place or nation the gazetteer knows.

    >>> from graph.reference.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> area_line("Dermatology Nursing - South West Wales", gaz)
    True
    >>> area_line("Why we stopped - a year on", gaz), area_line("Dermatology Nursing", gaz)
    (False, False)
    """
    parts = UNIT_PARTS.split(text.strip())
    if len(parts) != 2 or not all(0 < len(p.split()) <= 4 for p in parts):
        return False
    words = " ".join(parts).split()
    tail = parts[1].split()
    return _capitalised(words) and any(
        gaz.place(" ".join(tail[k:])) or gaz.nation(" ".join(tail[k:])) for k in range(len(tail))
    )


def _capitalised(words: list[str]) -> bool:
    """Each word capitalised but for a joiner: a unit's or a service's name."""
    return all(w[0].isupper() or w in ("and", "of") for w in words)


UNIT_LINE_WORDS = 6
UNIT_NAME_WORDS = 5  # a unit named in mixed case with no dash is this short
UNIT_LINE_HEADS = frozenset(
    {"division", "directorate", "department", "unit", "branch", "office", "region", "team"}
)


_AREA_NOUNS = frozenset(
    "locality localities area areas district districts team teams patch patches cluster "
    "clusters region".split()
)


def places_line(text: str, gaz: Gazetteer) -> bool:
    """A short line naming only the places a body's teams serve, under its banner ("Elgin and
    Forres localities", "Dumfries and Stranraer teams"): every word a place the gazetteer
    knows, a joiner, or an area's noun; no title.

    >>> from graph.reference.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> places_line("Elgin and Forres localities", gaz), places_line("Falls in Elgin", gaz)
    (True, False)
    """
    words = text.replace(",", " ").split()
    if not 1 <= len(words) <= PLACES_WORDS:
        return False
    names = " ".join(w if w.lower() not in _AREA_NOUNS | {"and", "&"} else "|" for w in words)
    parts = [p.strip() for p in names.split("|") if p.strip()]
    return bool(parts) and all(gaz.place(p) or gaz.nation(p) for p in parts)


PLACES_WORDS = 6
