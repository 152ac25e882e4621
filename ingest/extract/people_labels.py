"""What a label, a column or a heading says about the people under it, where no vocabulary
of section meanings does (ingest.extract.people_blocks reads the lists): a label naming some
part ("Co-debriefer:", "Supported by |") unless it says whom the document went to or denies
a part; a presence column ("At study meeting | Yes"); a heading naming the group the title
says made the report; and whether names under such a label name people at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from graph.model import fold
from graph.reference.gazetteer import Gazetteer
from graph.reference.names import clean_person
from ingest.extract.people_lines import PersonEntry
from ingest.extract.sections import Role, says_apologies
from ingest.types import DocumentKind, RawDocument

ADDRESSED = frozenset(  # labels of whom a document went to, not who took part or wrote it
    {"to", "cc", "bcc", "distribution", "circulation", "recipients", "copy to", "sent to", "for"}
)
_NEGATED = re.compile(
    r"\b(?:not|no|never|absent|unable|missing|without|couldn['’]?t|didn['’]?t|can['’]?t|cannot)\b",
    re.IGNORECASE,
)


def a_part(key: str) -> bool:
    """Whether a label no vocabulary knows may name someone's part in the document
    ("Co-debriefer", "Timekeeper", "Table 2"): not whom it went to ("To", "Distribution") nor
    a part denied ("Not at the kick-off")."""
    return fold(key) not in ADDRESSED and not _NEGATED.search(key) and not says_apologies(key)


PRESENCE = re.compile(  # a column saying who was there: "Present", "At study meeting", "At brief?"
    r"^(?:present|attended|attending|attendance|in attendance|here|came|joined|there|"
    r"checked[ -]in|signed[ -]in)\??$"
    r"|^(?:at|attended|attending|present at)\s+(?:the\s+)?(?:\w+\s+)?(?:meeting|session|workshop|"
    r"event|huddle|call|day|visit|brief|briefing|debrief|round|class|walk|panel|forum|clinic)\??$",
    re.IGNORECASE,
)


def present(cell: str) -> Role | None:
    """What a presence cell says: "Yes", "✓", "Present" -> attendance; "No …", "✗", "Absent",
    "Apologies" -> apologies; anything else (blank, "Part") -> None.

    >>> present("✓ online"), present("✗"), present("Part")
    (<Role.ATTENDANCE: 'attendance'>, <Role.APOLOGIES: 'apologies'>, None)
    >>> present("Apols"), present("❌ sent apols"), present("✅ (Teams)")
    (<Role.APOLOGIES: 'apologies'>, <Role.APOLOGIES: 'apologies'>, <Role.ATTENDANCE: 'attendance'>)
    """
    word = cell.strip().lower()
    if re.match(r"(?:(?:yes|y|x|present|attended|in person|online)\b|[✓✔✅☑])", word):
        return Role.ATTENDANCE
    if re.match(r"(?:(?:no|n|absent|apologies|apols?|did not|didn['’]t)\b|[✗✘❌✖])", word):
        return Role.APOLOGIES
    return None


def named_people(entries: list[PersonEntry], gaz: Gazetteer, text: str) -> list[PersonEntry]:
    """The entries under a label no vocabulary knows that name people: by a given name the
    gazetteer knows, or by words the document never writes in lower case ("Peadar Conlon,
    Pharmacist"), not a place ("Discharge Lounge, …" where "the discharge lounge" is said)."""
    out = []
    for entry in entries:
        words = clean_person(entry.name).split()
        common = all(_written_lower(w.lower(), text) for w in words)
        if words and (gaz.given_name(words[0]) or not common):
            out.append(entry)
    return out


def _written_lower(word: str, text: str) -> bool:
    """Whether `word` (lower case) stands as a whole word in `text` as written."""
    if _WORD.fullmatch(word):
        return word in _words(text)
    return re.search(rf"\b{re.escape(word)}\b", text) is not None  # "o'neill", "tudor-price"


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _words(text: str) -> frozenset[str]:
    """The words of a document as written, read once per document (not a scan of the whole
    text for each word of each name)."""
    return frozenset(_WORD.findall(text))


_GROUP = re.compile(
    r"\b(?:team|group|panel|committee|board|network|collaborative|taskforce|task force|"
    r"forum|partnership|steering group|working group)$",
    re.IGNORECASE,
)


def the_makers(raw: RawDocument, heading: str) -> bool:
    """Whether a heading names the group an evidence item's title says made it ("1. Outbreak
    Control Team" in "…: report of the Outbreak Control Team"), or its membership ("Membership
    of the group", "Committee members"): its people list is who wrote it."""
    if raw.kind != DocumentKind.EVIDENCE:
        return False
    if _MEMBERSHIP.search(heading):
        return True
    name = fold(re.sub(r"^\s*[\d.]+\s+|\s*(?:members(?:hip)?|:)\s*$", "", heading))
    return bool(_GROUP.search(name)) and len(name.split()) >= 2 and name in fold(raw.title)


_MEMBERSHIP = re.compile(  # "Membership of the group", "Panel members", "Committee membership"
    r"^\s*(?:[\d.]+\s+)?(?:(?:the\s+)?(?:committee|panel|group|board|review team|steering "
    r"group|task and finish group|working group)\s+)?members(?:hip)?\b(?:\s+of\s+the\s+\w+"
    r"(?:\s+\w+){0,4})?\s*:?\s*$",
    re.IGNORECASE,
)
