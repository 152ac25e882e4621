"""Who made a piece of work, as an evidence item's prose says it (used by
ingest.extract.prose_people): "Dr A, Senior Lecturer at Swansea University, who led the
study, said …", "The review, carried out by B, …", and the next maker joined to the first
("…, with the Public Health Agency's Dr C"). Who took part in a workshop is
ingest.extract.took_part's."""

from __future__ import annotations

import re
from dataclasses import replace

from graph.reference.gazetteer import Gazetteer
from graph.reference.names import TITLE_BEFORE
from ingest.extract.people_lists import PersonEntry, parse_people
from ingest.extract.sections import Role
from ingest.extract.took_part import CITED, ending

_LED_WORK = re.compile(  # "Dr Elin Rhisiart, Senior Lecturer at Swansea University, who led the
    # study, said", "Ann Bell (Public Health Wales) conducted the evaluation"
    r"\s*(?:\([^()]{0,80}\)\s*)?(?:,[^.;:]{2,90}?,?\s*)?(?:who\s+(?:also\s+)?)?"
    r"(?:co-?led|led|leads|conducted|carried out|ran|directed|designed|wrote|authored|"
    r"co-authored|drafted|compiled|reviewed|checked|peer-reviewed)\s+(?:the|this|our|a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:study|research|evaluation|review|audit|project|trial|analysis|survey|pilot|report|"
    r"paper|briefing|summary)\b",
    re.IGNORECASE,
)


_AUTHOR_APPOSITION = re.compile(  # "Dr A, consultant at the Trust and a co-author, said"
    r"\s*(?:\([^()]{0,120}\)|,[^.;:]{0,120}?)\b(?:a\s+|the\s+)?(?:co-?authors?|lead\s+author|"
    r"principal\s+investigator|chief\s+investigator|co-?investigator)\b",
    re.IGNORECASE,
)


def led_the_work(text: str, end: int) -> bool:
    """Whether the person named just before `end` in `text` (a sentence of an evidence item)
    is said to have led or written the work it reports: one of the people behind it.

    >>> led_the_work("Dr Elin Rhisiart, Senior Lecturer at Swansea University, who led the "
    ...     "study, said: it helped.", 16)
    True
    >>> led_the_work("Jo Bell said the study was useful.", 7)
    False
    """
    found = _LED_WORK.match(text, end) or _AUTHOR_APPOSITION.match(text, end)
    return found is not None and not CITED.search(text[end : found.end()])


_MADE_BY_WORK = re.compile(  # "The review, carried out by", "The review was led by Dr",
    # "An independent evaluation by": the work named, then who did it (never who paid for it)
    r"\b(?:study|research|evaluation|review|audit|project|trial|analysis|survey|pilot|report|"
    r"paper|briefing|inquiry|fieldwork|interviews|results|data|findings|figures|responses)\b"
    r"(?:,\s*|\s+(?:was|were|is|are|has\s+been|have\s+been)\s+|\s+)?"
    r"(?:\w+ly\s+)?"  # "independently"
    r"(?:carried\s+out|co-?led|led|conducted|undertaken|written|co-authored|authored|prepared|"
    r"done|completed|run|evaluated|reviewed|analysed|analyzed|audited|compiled|produced)?"
    r"\s*by\s+(?:the\s+)?" + TITLE_BEFORE + "?$",
    re.IGNORECASE,
)
_WITH_NEXT = re.compile(  # (an aside in brackets first: "A (Practitioner, Trust) and B"; a
    # list set apart by semicolons: "A, Officer, Org; Professor B of Univ; and the pilot's
    # clinical lead, Dr C")
    r"^(?:\s*\([^()]{0,160}\))?(?:(?:,|\s+(?:of|at|from)\b)[^.;:()]{0,120}?)?"
    r"(?:,?\s+(?:with|and)|;(?:\s+(?:with|and))?)\s+"
    r"(?:(?:the|our|its|their)\s+[^.;:,()]{1,50},\s+|(?:our|their|its)\s+own\s+"
    r"|(?:the\s+)?(?:[A-Z][\w&'’-]*\s+(?:(?:of|and|for)\s+)?){0,6}[A-Z][\w&-]*['’]s\s+)?"  # "with
    + TITLE_BEFORE  # the Public Health Agency's Dr A": someone of a body, named after it
    + "?$",
    re.IGNORECASE,
)


def made_by(text: str, start: int) -> bool:
    """Whether the person named from `start` in `text` (a sentence of an evidence item) is
    the one the work it names was done by.

    >>> s = "The review, carried out by Manon Pritchard, Officer at Care & Repair Cymru, found …"
    >>> made_by(s, 27), made_by("It was commissioned by Ann Bell.", 23)
    (True, False)
    >>> made_by("An independent evaluation by Dr Lewis Carmichael, Lecturer, found …", 32)
    True
    >>> made_by("The project was independently evaluated by Dr Pip Sowerby, …", 46)
    True
    """
    return ending(_MADE_BY_WORK, text, start) is not None


def made_with(between: str) -> bool:
    """Whether `between`, the text from one maker's name to the next person's, joins that
    person to the work too ("…, Consultant Neurologist at Swansea Bay, with Mali Treharne").

    >>> made_with(", Consultant at Swansea Bay University Health Board, with "), made_with(" said ")
    (True, False)
    >>> made_with(", Officer, Improvement Cymru; Professor "), made_with(
    ...     " of the University of South Wales; and the pilot's clinical lead, Dr ")
    (True, True)
    >>> made_with(", the Trust's Midwife, with the Public Health Agency's Dr "), made_with(
    ...     ", Improvement Advisor with Healthcare Improvement Scotland, with our own Dr ")
    (True, True)
    """
    return _WITH_NEXT.match(between) is not None


_POST_AFTER = re.compile(r"\(([^()]{3,160})\)\s*\.?\s*$")  # "… (Senior Fellow, University of Bath)"


def what_they_did(entry: PersonEntry, cells: list[str], gaz: Gazetteer) -> tuple[Role, PersonEntry]:
    """A row of a table of who did what ("Dr A | led the evaluation and wrote this report
    (Senior Research Fellow, University of Bath)"): its maker, when a cell says they led or
    wrote the work, with the post in brackets after what they did."""
    made = any(led_the_work(cell, 0) for cell in cells)
    if not entry.organisations:
        for cell in cells:
            post = _POST_AFTER.search(cell)
            read = parse_people(f"{entry.name} ({post.group(1)})", gaz) if post else []
            if read and read[0].organisations:
                entry = replace(
                    entry, role=entry.role or read[0].role, organisations=read[0].organisations
                )
                break
    return (Role.AUTHORS if made else Role.PEOPLE), entry
