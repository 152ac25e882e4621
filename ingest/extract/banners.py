"""The lines at the top of a document that name no document (ingest.extract.titles passes
over them for the headline under them): a banner naming its publisher or one of its units,
its kind ("PRESS RELEASE", "Advice trends report"), a site's section banner or breadcrumb
trail, a running head, a record's numbers and links, a date alone, the form the document
takes ("Easy read version"), a tool's name for its export, or a board paper's agenda line.
Lines naming the bodies that made it are in ingest.extract.body_banners.
"""

from __future__ import annotations

import re

from graph.model import fold
from graph.reference.gazetteer import Gazetteer
from ingest.extract.body_banners import UNIT_PARTS
from ingest.extract.dates import dates_in
from ingest.extract.untagged_bodies import HEADS as BODY_HEADS

DOCUMENT_TYPES = frozenset(
    {
        "press release",
        "media release",
        "news release",
        "news",
        "case study",
        "case studies",
        "evidence outline",
        "evidence summary",
        "evidence review",
        "rapid review",
        "briefing",
        "briefing paper",
        "policy briefing",
        "research report",
        "social research",  # the Government Social Research series, and its Welsh cover:
        "ymchwil gymdeithasol",  # "Ymchwil gymdeithasol" / "Social research"
        "ymchwil",
        "adroddiad",
        "adroddiad ymchwil",
        "crynodeb",
        "report",
        "annual report",
        "annual review",
        "impact report",
        "evaluation report",
        "insight report",
        "blog",
        "minutes",
        "meeting notes",
        "notes",
        "summary",
        "board paper",
        "paper",
        "research briefing",
        "learning note",
        "think piece",
        "long read",
        "guidance",
        "discussion paper",
        "position statement",
        "consultation response",
        "factsheet",
        "data briefing",
        "statistical bulletin",
        "statistics",
        "official statistics",
        "experimental statistics",
        "bulletin",
        "newsletter",
        "digest",
        "draft",
        "final",
        "final report",
        "confidential",
        "official",
        "official sensitive",
        "opinion",  # a news site's sections: "OPINION | NURSING PRACTICE"
        "comment",
        "analysis",
        "feature",
        "interview",
        "editorial",
        "casebook",
        "case summary",
        "research article",  # a journal's article types
        "original research",
        "original article",
        "review article",
        "short report",
        "research letter",
    }
)


_SERIAL_NUMBER = re.compile(r"\s+(\d{4})[/-](\d{1,3})\s*$")  # "EVALUATION NOTE 2025/07"


def numbered_kind(text: str) -> bool:
    """Whether a line names a kind of document and its number in a series ("EVALUATION NOTE
    2025/07"), not a year's report ("PPI MONITORING REPORT 2024/25" names that report).

    >>> numbered_kind("EVALUATION NOTE 2025/07"), numbered_kind("MONITORING REPORT 2024/25")
    (True, False)
    """
    number = _SERIAL_NUMBER.search(text)
    if number is None:
        return False
    year, serial = int(number.group(1)), int(number.group(2))
    if len(number.group(2)) == 2 and serial == (year + 1) % 100:
        return False  # a year's span: "2024/25"
    return kind_banner(text[: number.start()])


def issue_line(text: str) -> bool:
    """Whether a line gives a periodical's issue: short parts set apart by commas, bars or
    dots, one of them a volume, issue or number, or a date ("Volume 11, Issue 1, January
    2026", "Service profiles | Vaccination | January 2026"): the line over it is the
    periodical's name, not the article's title.

    >>> issue_line("Volume 11, Issue 1, January 2026")
    True
    >>> issue_line("Service profiles | Vaccination | January 2026")
    True
    >>> issue_line("Falls in Fife, 2019 to 2024"), issue_line("Peer support, Cardiff, May 2025")
    (False, False)
    >>> issue_line("Quality and Safety Committee, 25 March 2025 · Agenda item 4.2")
    False
    """
    parts = [p.strip() for p in _ISSUE_PARTS.split(text.strip()) if p.strip()]
    if not 2 <= len(parts) <= 5 or any(len(p.split()) > 4 for p in parts):
        return False
    numbered = sum(1 for p in parts if _ISSUE_PART.match(p))
    barred = re.search(r"[|·•]", text) is not None  # (commas alone: "Falls, Fife, May 2025")
    return numbered >= 1 or (barred and len(parts) >= 3 and date_only(parts[-1]))


_ISSUE_PARTS = re.compile(r"\s*[,|·•]\s*")


def only_types(folded: str) -> bool:
    """Whether a banner is made only of document types and stamps ("DATA BRIEFING    Official
    statistics", "DRAFT – CONFIDENTIAL"): it names no document.

    >>> only_types("data briefing official statistics"), only_types("data on smoking")
    (True, False)
    """
    words = folded.split()
    ends = {0}  # word positions a run of whole types reaches
    for i in range(len(words)):
        if i in ends:
            for j in range(i + 1, len(words) + 1):
                if " ".join(words[i:j]) in DOCUMENT_TYPES:
                    ends.add(j)
    return bool(words) and len(words) in ends


KIND_HEADS = frozenset(  # not a bulletin's or newsletter's: its name is its title
    {"report", "guide", "guideline", "briefing", "factsheet", "leaflet", "summary", "casebook"}
    | {"note", "insight"}  # "Trial results note No. 7", a series' "Data Insight"
    | {"details", "overview", "information"}  # a page's label: "Decision details"
)
KIND_WORDS = 4  # a banner naming a kind of document is this short
_BRACKETED = re.compile(r"\([^()]*\)")  # "(extract)", "(draft)"
PARTS = re.compile(r"\s+[·|]\s+")  # a banner's parts: "QUICK REFERENCE GUIDE · RG-27"


def unit_banner(text: str, gaz: Gazetteer) -> bool:
    """Whether a line names a known body and a unit of it, set apart by " · ", " | " or a
    spaced dash ("NHS Education for Scotland · Knowledge Services", "PUBLIC HEALTH AGENCY -
    DRUGS AND ALCOHOL COMMISSIONING"): the publisher's banner.

    >>> from graph.reference.gazetteer import load_gazetteer
    >>> unit_banner("NHS GREATER GLASGOW AND CLYDE -- REGIONAL SERVICES DIRECTORATE",
    ...     load_gazetteer())
    True
    >>> unit_banner("Alzheimer Scotland – Annual Review (extract)", load_gazetteer())
    False
    >>> unit_banner("BLACKBURN WITH DARWEN BOROUGH COUNCIL - PUBLIC HEALTH", load_gazetteer())
    True
    >>> unit_banner("EYST WALES - ETHNIC MINORITIES AND YOUTH SUPPORT TEAM WALES", load_gazetteer())
    True
    >>> unit_banner("NHS HIGHLAND | PUBLIC HEALTH with THE HIGHLAND COUNCIL | HOUSING AND "
    ...     "PROPERTY", load_gazetteer())
    True
    """
    partners = _PARTNERED.split(text.strip())  # "NHS HIGHLAND | PUBLIC HEALTH" / "with THE
    if len(partners) > 1:  # HIGHLAND COUNCIL | HOUSING AND PROPERTY", read as one line
        return all(unit_banner(part, gaz) for part in partners)
    parts = UNIT_PARTS.split(_THE.sub("", text.strip()))
    kinds = [fold(_BRACKETED.sub("", part)) for part in parts[1:]]
    if all(kind and only_types(kind) for kind in kinds):
        return False  # the body and the kind of document: "Alzheimer Scotland – Annual Review"
    if text.isupper() and _spelled_out(parts):
        return True
    return (
        len(parts) > 1
        and (
            (gaz.org(parts[0]) or gaz.org(parts[0].title())) is not None
            or (text.isupper() and _body_shaped(parts[0]))  # (in capitals: a banner, not
        )  # "Ferguslie Growing Space CIC — Social Accounts 2024/25", a title)
        and all(  # a banner set in capitals may add its form's code: "… FUND FORM RTF/AR1",
            # a unit its site after a comma: "NHS LOTHIAN - RED CELL SERVICE, ROYAL INFIRMARY …"
            len(part.split(",")[0].split()) <= KIND_WORDS + (2 if text.isupper() else 0)
            for part in parts[1:]
        )
    )


_PARTNERED = re.compile(r"\s+(?:in\s+partnership\s+with|with)\s+(?=[A-Z]{2})")
_THE = re.compile(r"^THE\s+(?=[A-Z]{2})")


def _spelled_out(parts: list[str]) -> bool:
    """A body's short name and its name in full: "EYST WALES - ETHNIC MINORITIES AND YOUTH
    SUPPORT TEAM WALES" (the letters of EYST are the initials of the words after it, in
    order)."""
    short = parts[0].split()[0] if parts[0].split() else ""
    if len(parts) != 2 or len(short) < 3 or not short.isalpha():
        return False
    initials = iter(w[0] for w in parts[1].split() if w[:1].isalpha())
    return all(letter in initials for letter in short)


def _body_shaped(part: str) -> bool:
    """A name a body of standing has, known or not: title-case or capital words ending in its
    head word ("BLACKBURN WITH DARWEN BOROUGH COUNCIL", "Tamar Valley Hospice")."""
    words = part.split()
    return (
        len(words) >= 2
        and words[-1].lower() in BODY_HEADS
        and all(w[:1].isupper() or w.lower() in ("of", "and", "with", "for", "&") for w in words)
    )


def series_banner(text: str) -> bool:
    """Whether a line of parts set apart by " · " or " | " gives a series number and a month
    or year among them ("Student-led education audit · Report no. 2025/03 · June 2025"): the
    series line over a report's title, not its title.

    >>> series_banner("Student-led education audit · Report no. 2025/03 · June 2025")
    True
    >>> series_banner("Peer support review"), series_banner("Falls · what we found")
    (False, False)
    >>> series_banner("Dental Public Health -- Data Note 3/2025")
    True
    >>> series_banner("Falls -- what we found in 2024"), series_banner("Data Note 3/2025")
    (False, False)
    >>> series_banner("EYE HEALTH FORUM NI -- MEMBER SURVEY REPORT 2025/2")
    True
    """
    dashed = _DASHED.split(text.strip())
    if len(dashed) >= 2 and _numbered_kind(dashed[-1]):
        return True  # "Dental Public Health -- Data Note 3/2025": a unit's numbered series
    parts = PARTS.split(text.strip())
    return (
        len(parts) >= 2
        and any(_SERIAL.search(part) for part in parts)
        and any(_MONTH_YEAR.fullmatch(part.strip()) for part in parts)
    )


_DASHED = re.compile(r"\s+(?:[·|–—]|--?)\s+")  # parts set apart by a dot, bar or dash
_NUMBERED = re.compile(
    r"^((?:[A-Za-z-]+\s+){0,3}[A-Za-z-]+)\s+(?:no\.?\s*)?"
    r"(?:\d{1,3}(?:/\d{2,4})?|(?:19|20)\d\d/\d{1,2})$",  # "3/2025", "2025/2": year and issue
    re.I,
)


def _numbered_kind(part: str) -> bool:
    """ "Data Note 3/2025", "Briefing No. 12": a kind of document with its number."""
    found = _NUMBERED.match(part.strip())
    return found is not None and found.group(1).split()[-1].lower() in KIND_HEADS


_MONTH_YEAR = re.compile(  # "June 2025", "Spring 2025", "2025"
    r"(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|spring|summer|"
    r"autumn|winter)[a-z]*\.?,?\s+(?:19|20)\d\d|(?:19|20)\d\d",
    re.IGNORECASE,
)


def kind_banner(text: str) -> bool:
    """Whether a line only says what kind of document this is, in a few words ending with the
    kind ("Advice trends report", "QUICK REFERENCE GUIDE · REGIONAL GUIDELINE RG-27"), each
    part set apart by " · " or " | ", codes and numbers aside.

    >>> kind_banner("Advice trends report"), kind_banner("Falls in care homes: a report")
    (True, False)
    >>> kind_banner("TRIAL RESULTS NOTE No. 7 May 2025"), kind_banner("Briefing, Issue 4, 2025")
    (True, True)
    >>> kind_banner("EVIDENCE APPRAISAL REPORT - SUMMARY   EAR 061 | March 2026")
    True
    >>> kind_banner("RESEARCH BRIEFING 2026/02 | MARCH 2026"), kind_banner("MARCH 2026")
    (True, False)

    """
    kinds = 0
    for part in PARTS.split(text.strip()):
        if date_only(part):
            continue  # "… · June 2025", "| MARCH 2026": when, beside the kind
        part = _CODE.sub(" ", _SERIAL.sub(" ", part))
        words = [
            w for w in part.split() if not _IDENTIFIER.fullmatch(w) and w.replace("-", "").isalpha()
        ]
        if not words and kinds and not part.strip():
            continue  # the kind's code set apart: "… | EAR 061"
        if not words or len(words) > KIND_WORDS or words[-1].lower() not in KIND_HEADS:
            return False
        kinds += 1
    return kinds > 0


_SERIAL = re.compile(  # a series number and date after the kind: "No. 7 May 2025", "Issue 4, 2025"
    r"[,\s]*\b(?:no|number|issue|vol|volume|edition)\.?\s*\d+\b(?:[,\s]+(?:\d{1,2}\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)?(?:[,\s]+(?:19|20)\d\d)?",
    re.IGNORECASE,
)
_CODE = re.compile(r"\b[A-Z]{2,6}[ -]?\d{1,4}[a-z]?\b")  # a report's own code: "EAR 061"


SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")  # a file's or repository's name
VERSION = re.compile(  # a line naming the form a document takes, not the document
    r"^(?:(?:text|plain|accessible|easy|read|large|print|printable|audio|braille|bsl|welsh|"
    r"english|gaelic|irish|language|web|online|full|short|alternative|only)\s+){1,3}"
    r"(?:version|edition|format|transcript)(?:\s+of\s+(?:the\s+|this\s+|an?\s+|our\s+)?"
    r"(?:\w+\s+)?(?:infographic|poster|leaflet|report|document|video|podcast|webinar|slides|"
    r"presentation|summary|guide|booklet|animation|film|page|strategy|plan|survey|this))?$"
)
VERSION_NOTE = re.compile(  # a sentence on the form this copy takes: "Plain text version for
    # screen readers. The designed PDF has the same words with charts."
    r"^(?:(?:text|plain|accessible|easy|read|large|print|printable|audio|web|online|"
    r"alternative|only)\s+){1,3}version\s+(?:for|of)\b"
)
EXPORT = re.compile(  # a tool's name for its export: "Board export (CSV)", "Chat export"
    r"^(?:[\w-]+\s+){0,2}export(?:ed)?"
    r"(?:\s*\((?:csv|json|xlsx?|txt|text|markdown|md|pdf|html)\))?$",
    re.IGNORECASE,
)
_IDENTIFIER = re.compile(
    r"(?:https?://|www\.|doi:)\S+|10\.\d{4,}/\S+|[A-Za-z]{0,12}[-:/]?\d[\w./:-]{4,}", re.I
)
_WEEKDAY = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:on|the|of)\b|[^\w]+", re.IGNORECASE
)


def date_only(text: str) -> bool:
    """Whether a line is only a date, as a chat export's or a diary's day banner is ("---
    Tuesday, March 18th, 2025 ---"): it dates the document but does not name it.

    >>> date_only("--- Tuesday, March 18th, 2025 ---"), date_only("Huddle, 18 March 2025")
    (True, False)
    """
    if _MONTH_YEAR.fullmatch(text.strip()):
        return True  # "March 2026", "Spring 2025"
    found = dates_in(text)
    rest = text
    for _iso, start, end in reversed(found):  # the line without its dates
        rest = rest[:start] + rest[end:]
    return bool(found) and not _WEEKDAY.sub("", rest).strip()


_CRUMB = re.compile(r"\s+[|›»>]\s+")


def identifiers_only(text: str) -> bool:
    """Whether a line is only numbers, codes and links: a record's number and DOI name it but
    are not its title.

    >>> identifiers_only("ISRCTN48213907 https://doi.org/10.1186/ISRCTN48213907")
    True
    >>> identifiers_only("COVID-19 vaccination in care homes 2021")
    False
    """
    words = text.split()
    return bool(words) and all(_IDENTIFIER.fullmatch(w.strip("()[],;")) for w in words)


_AGENDA_REF = re.compile(
    r"\bagenda\s+item\s*:?\s*[\dA-Z]|\b(?:item|paper|enclosure)\s*(?:no\.?\s*)?"
    r":?\s*[\dA-Z][\d.]*[a-z]?\s*$",
    re.IGNORECASE,
)


def agenda_line(text: str) -> bool:
    """Whether a short line over a board paper gives where the paper goes, its agenda item or
    paper number ("PEOPLE AND CULTURE COMMITTEE    Agenda item 4.2", "Board, 3 June: Paper
    12"), not what the paper is.

    >>> agenda_line("PEOPLE AND CULTURE COMMITTEE Agenda item 4.2"), agenda_line("Paper 12")
    (True, True)
    >>> agenda_line("Agenda items for the next meeting of the group were agreed by all")
    False
    >>> agenda_line("Sickness absence: performance exception report")
    False
    """
    return len(text.split()) <= 12 and _AGENDA_REF.search(text) is not None


def section_banner(text: str) -> str:
    """The document type of a site's section banner or breadcrumb ("NEWS | NORTH WALES |
    HEALTH", "Home > News > Health"): short parts between bars or arrows, one of them a
    document type; "" for any other line (a title with its site: "Going home | Nuffield Trust").

    >>> section_banner("NEWS | NORTH WALES | HEALTH"), section_banner("Falls | Age UK")
    ('News', '')
    >>> section_banner("Parkinson's UK Scotland > Blog > Chart of the week")
    'Blog'
    """
    parts = [p.strip() for p in _CRUMB.split(text.strip())]
    trail = len(parts) >= TRAIL_PARTS and not re.search(r"\s\|\s", text)  # "A > B > C"
    longest = TRAIL_PART_WORDS if trail else BANNER_PART_WORDS
    if len(parts) < 2 or any(not p or len(p.split()) > longest for p in parts):
        return ""
    folded = [" ".join(re.sub(r"[^\w\s]", " ", p.lower()).split()) for p in parts]
    found = next((f for f in folded if f in DOCUMENT_TYPES), "")
    return found.capitalize()


BANNER_PART_WORDS = 3  # each part of a section banner between bars
TRAIL_PARTS, TRAIL_PART_WORDS = 3, 5  # a breadcrumb trail between arrows: "Site > Blog > …"
_ARROW = re.compile(r"\s+[›»>]\s+")


def breadcrumb(text: str) -> bool:
    """A site's breadcrumb trail, whatever its parts: TRAIL_PARTS short parts or more between
    arrows ("nhs.uk > Find a service > Royal Derby Hospital > Audiology > Ratings and
    reviews"). Where the page sits, never its title.

    >>> breadcrumb("nhs.uk > Find a service > Audiology"), breadcrumb("Before > after")
    (True, False)
    """
    parts = [p.strip() for p in _ARROW.split(text.strip())]
    return len(parts) >= TRAIL_PARTS and all(
        p and len(p.split()) <= TRAIL_PART_WORDS for p in parts
    )


def journal_banner(text: str) -> str:
    """The article type a journal's banner ends with, after its name and a spaced dash or
    bar ("JOURNAL OF WOMEN'S HEALTH (UK) - ORIGINAL RESEARCH"); "" for any other line.

    >>> journal_banner("EXAMPLE JOURNAL OF NURSING - ORIGINAL RESEARCH")
    'Original research'
    >>> journal_banner("Falls in care homes - a review of the evidence")
    ''
    """
    parts = UNIT_PARTS.split(text.strip())
    last = " ".join(re.sub(r"[^\w\s]", " ", parts[-1].lower()).split())
    return last.capitalize() if len(parts) > 1 and last in ARTICLE_TYPES else ""


ARTICLE_TYPES = frozenset(  # a journal's, after its name: not a note's "LEARNING WALK - NOTES"
    {"research article", "original research", "original article", "review article"}
    | {"short report", "research letter", "editorial", "commentary"}
)


def running_head(text: str) -> bool:
    """Whether a line is a running head in capitals, three or more parts set apart by bars
    or dots (publisher | series | place) over the document's own title.

    >>> running_head("FOOD TRAIN  |  EATING AT HOME SURVEY 2025  |  DUMFRIES AND GALLOWAY")
    True
    >>> running_head("Going home | Nuffield Trust"), running_head("Falls in Fife: a review")
    (False, False)

    A journal's or newsletter's running head in any case names its issue: a volume, issue or
    pages, or a date, in at least two of its parts.

    >>> running_head("The Example Medical Journal | Volume 94, Issue 2 | May 2025 | pp. 61-63")
    True
    """
    parts = [p for p in PARTS.split(text.strip()) if p]
    letters = [c for c in text if c.isalpha()]
    if len(parts) < RUNNING_HEAD_PARTS or not letters:
        return False
    issue = [p for p in parts if _ISSUE_PART.match(p) or date_only(p)]
    return all(c.isupper() for c in letters) or len(issue) >= 2


RUNNING_HEAD_PARTS = 3
_ISSUE_PART = re.compile(
    r"^(?:vol(?:ume)?\.?|issue|no\.|number|pp?\.|pages?|edition)\s*\d", re.IGNORECASE
)
