"""People on one line joined otherwise than by commas and semicolons (used by
ingest.extract.people_lists before it reads a line's entries): entries parted by middle dots,
each opening with a name, even after a lower-case lead-in ("… · analysis by Dr C, …"), and a
second person joined by "with" ("A, Role, Body, with B (Role, Body), who produced it"). Each
is rewritten as entries parted by semicolons, its offsets kept.
"""

from __future__ import annotations

import itertools
import re

from graph.reference.gazetteer import Gazetteer
from ingest.extract.people_lines import parse_line

MAX_DOTTED = 2000  # a longer "line" is prose: never read for dotted or "with" entries


_DOT = re.compile(r" [·•] ")  # "A, GP, NHS Fife · B — Nurse, HEIW": entries set apart by dots
_LABEL = re.compile(r"\s*[A-Z][a-z]+(?: [a-z]+){0,2}\s*")  # "Speakers", "On the panel"
_BY_LEAD = re.compile(r"\s*[a-z]+(?: [a-z]+)? by (?=[A-Z])")  # "· analysis by Dr C"


def dotted_entries(text: str, gaz: Gazetteer) -> str:
    """A line of people set apart by middle dots, each part opening with a name ("Dr A,
    Psychologist, ABUHB · B — Project Manager, HEIW · analysis by Dr C, Cardiff University"),
    a semicolon for each dot and a part's lower-case lead-in ("analysis by"), the offsets
    kept; any other line as it is (a dot also parts a name from its role: "Ann Bell ·
    GP").

    >>> from graph.reference.gazetteer import load_gazetteer
    >>> dotted_entries("Dr Ann Bell, GP · Bo Li — Nurse · analysis by Cy Roe, Lecturer",
    ...                 load_gazetteer())
    'Dr Ann Bell, GP ; Bo Li — Nurse             ; Cy Roe, Lecturer'
    >>> dotted_entries("Speakers · Ann Bell, GP · Bo Li — Nurse", load_gazetteer())
    'Speakers:  Ann Bell, GP ; Bo Li — Nurse'
    >>> dotted_entries("Ann Bell · GP · NHS Fife", load_gazetteer())
    'Ann Bell · GP · NHS Fife'
    """
    dots = [m.start() for m in _DOT.finditer(text)] if len(text) < MAX_DOTTED else []
    if not dots:
        return text
    bounds = [-3, *dots, len(text)]
    parts = [text[a + 3 : b] for a, b in itertools.pairwise(bounds)]
    leads = [_BY_LEAD.match(part) for part in parts]
    bare = [part[lead.end() :] if lead else part for part, lead in zip(parts, leads, strict=True)]
    named = [
        bool(found) and found[0].start == 0 for found in (parse_line(part, gaz) for part in bare)
    ]
    labelled = not named[0] and sum(named) >= 2 and _LABEL.fullmatch(parts[0]) is not None
    if sum(named) < 2 or not (named[0] or labelled):
        return text
    out = list(text)
    if labelled:  # "Speakers · A — Role, Org · B …": the first dot ends a label
        out[dots[0] : dots[0] + 3] = ":  "
    for k, at in enumerate(dots, start=1):
        lead = leads[k]
        if named[k] and not (labelled and k == 1):  # the dot, and the lead-in after it,
            # become spaces before a semicolon
            width = 3 + (lead.end() if lead else 0)
            out[at : at + width] = " " * (width - 2) + "; "
    return "".join(out)


_WITH = re.compile(r"(?:,\s*|(?<=\))\s*|\s)with\s+(?=[A-Z])")
_WHO_CLAUSE = re.compile(r",\s+who\s+[a-z][^;()]{0,80}$")  # ", who produced the dashboard"


def with_entries(text: str, gaz: Gazetteer) -> str:
    """A second person joined by "with" ("Roisin Devlin-Maguire, Regional Antimicrobial
    Pharmacist, Public Health Agency, with Conall Mulgrew (Information Analyst, Business
    Services Organisation), who produced the dashboard"): "with" read as a semicolon and a
    closing "who" clause dropped, offsets kept, when a name opens the line and the part after
    "with"; any other line as it is ("Nurse Specialist with NHS Fife").

    >>> from graph.reference.gazetteer import load_gazetteer
    >>> with_entries("Ann Bell, GP, NHS Fife, with Bo Li (Nurse), who ran it", load_gazetteer())
    'Ann Bell, GP, NHS Fife     ; Bo Li (Nurse)            '
    >>> with_entries("Ann Bell, Nurse Specialist with NHS Fife", load_gazetteer())
    'Ann Bell, Nurse Specialist with NHS Fife'
    """
    if len(text) > MAX_DOTTED or "with" not in text:
        return text
    found = [m for m in _WITH.finditer(text) if _opens_with_name(text[m.end() :], gaz)]
    if not found or not _opens_with_name(text[: found[0].start()], gaz):
        return text
    out = list(text)
    for m in found:
        out[m.start() : m.end()] = " " * (m.end() - m.start() - 2) + "; "
    clause = _WHO_CLAUSE.search(text, found[-1].end())
    if clause:
        out[clause.start() : clause.end()] = " " * (clause.end() - clause.start())
    return "".join(out)


def _opens_with_name(part: str, gaz: Gazetteer) -> bool:
    found = parse_line(_WHO_CLAUSE.sub("", part), gaz)
    return bool(found) and found[0].start == len(part) - len(part.lstrip())
