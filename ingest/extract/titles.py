"""A document's title when it came from its first line (ingest.extract.front_page reads the
rest of its header): the lines at the top that name no document are passed over for the
headline under them — a banner naming its publisher ("NORTHERN HEALTH AND SOCIAL CARE
TRUST") or its kind ("PRESS RELEASE", "Case study"), a record's number and DOI
("ISRCTN48213907 https://doi.org/…"), a site's section banner ("NEWS | NORTH WALES |
HEALTH") — and the kind such a line names is the document's type.
"""

from __future__ import annotations

import re

from graph.model import fold
from graph.reference.gazetteer import Gazetteer
from ingest.extract.front_page import dates_in, value_of
from ingest.types import Block, BlockKind, RawDocument

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
        "report",
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
    }
)


def _only_types(folded: str) -> bool:
    """Whether a banner is made only of document types and stamps ("DATA BRIEFING    Official
    statistics", "DRAFT – CONFIDENTIAL"): it names no document.

    >>> _only_types("data briefing official statistics"), _only_types("data on smoking")
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
    | {"details", "overview", "information"}  # a page's label: "Decision details"
)
KIND_WORDS = 4  # a banner naming a kind of document is this short
_PARTS = re.compile(r"\s+[·|]\s+")  # a banner's parts: "QUICK REFERENCE GUIDE · RG-27"
_UNIT_PARTS = re.compile(r"\s+[·|–—-]\s+")  # "PUBLIC HEALTH AGENCY - DRUGS AND ALCOHOL"


def _unit_banner(text: str, gaz: Gazetteer) -> bool:
    """Whether a line names a known body and a unit of it, set apart by " · ", " | " or a
    spaced dash ("NHS Education for Scotland · Knowledge Services", "PUBLIC HEALTH AGENCY -
    DRUGS AND ALCOHOL COMMISSIONING"): the publisher's banner."""
    parts = _UNIT_PARTS.split(text.strip())
    return (
        len(parts) > 1
        and (gaz.org(parts[0]) or gaz.org(parts[0].title())) is not None
        and all(  # a banner set in capitals may add its form's code: "… FUND FORM RTF/AR1"
            len(part.split()) <= KIND_WORDS + (2 if text.isupper() else 0) for part in parts[1:]
        )
    )


def _kind_banner(text: str) -> bool:
    """Whether a line only says what kind of document this is, in a few words ending with the
    kind ("Advice trends report", "QUICK REFERENCE GUIDE · REGIONAL GUIDELINE RG-27"), each
    part set apart by " · " or " | ", codes and numbers aside.

    >>> _kind_banner("Advice trends report"), _kind_banner("Falls in care homes: a report")
    (True, False)
    """
    for part in _PARTS.split(text.strip()):
        words = [w for w in part.split() if not _IDENTIFIER.fullmatch(w) and w.isalpha()]
        if not words or len(words) > KIND_WORDS or words[-1].lower() not in KIND_HEADS:
            return False
    return True


KEEP_CAPS = frozenset(
    {"NHS", "UK", "HSC", "GP", "GPS", "COPD", "ICB", "IJB", "PHA", "NHSCT", "HSCP"}
)


def document_title(raw: RawDocument, gaz: Gazetteer, front: set[int]) -> tuple[str, str]:
    """(title, document type) of a document whose title came from its first line: a banner
    naming its publisher ("NORTHERN HEALTH AND SOCIAL CARE TRUST") or its kind ("PRESS
    RELEASE", "Case study") is passed over for the headline under it, and the kind it names is
    the document's type. A title stated in metadata (front matter, document properties) stands.
    """
    kind = ""
    blocks = raw.blocks[: max(max(front, default=0) + 2, TITLE_SEARCH)]  # the top and after it
    first = raw.text[blocks[0].start : blocks[0].end] if blocks else ""
    headline = next((i for i, b in enumerate(blocks) if b.kind == BlockKind.TITLE), -1)
    if raw.fmt == "html" and headline >= 0:  # a web page's headline (its <h1>), under a
        # breadcrumb or not: its <title> adds its site ("Title | News | Site") or is written
        # for search engines, not for its readers
        blocks = blocks[headline:]
        raw_title = first = raw.text[blocks[0].start : blocks[0].end]
    else:
        raw_title = raw.title
    if _SLUG.match(raw_title.strip()):  # a notebook's or repository's file name over its title
        named = _under_slug(raw, raw_title.strip())
        if named:
            return named, kind
    if not blocks or " ".join(raw_title.split()) != " ".join(first.split()):
        return raw_title, _type_of(raw_title)
    for block in blocks:  # an e-mail's subject
        if block.kind == BlockKind.METADATA and block.key.lower() in ("subject", "re", "title"):
            _at, value = value_of(raw, block)
            if value.strip():
                return value.strip(), kind
    subject = _letter_subject(raw, gaz)
    if subject:
        return subject, kind
    for n, block in enumerate(blocks):
        if block.kind not in (BlockKind.TITLE, BlockKind.HEADING, BlockKind.PARAGRAPH) and not (
            block.kind == BlockKind.METADATA
            and len(block.key.split()) >= TITLE_KEY_WORDS
            and not _date_only(value_of(raw, block)[1])  # "For immediate release: 4 March"
        ):  # "Health literacy in Wales: what the survey tells us" is a title, no field
            continue
        text = raw.text[block.start : block.end].strip()
        folded = " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
        if _only_types(folded):
            kind = kind or (text.capitalize() if folded in DOCUMENT_TYPES else "")
            continue
        if _kind_banner(text):  # "Advice trends report", "QUICK REFERENCE GUIDE · RG-27"
            continue
        if _identifiers_only(text) or _date_only(text) or _SLUG.match(text):
            continue  # "ISRCTN48213907 https://doi.org/…", a repository's "long-covid-referrals"
        if _VERSION.match(_unbracketed(folded, text)) or _EXPORT.match(text):  # "Easy read version", "Board
            continue  # export (CSV)": the form the document takes, not what it is
        if section := _section_banner(text):  # a news page's "NEWS | NORTH WALES | HEALTH"
            kind = kind or section
            continue
        if _running_head(text):  # "FOOD TRAIN | EATING AT HOME SURVEY 2025 | DUMFRIES …"
            continue
        if gaz.org(text) or gaz.org(text.title()) or _unit_banner(text, gaz):
            continue  # the publisher, or one of its units: "NHS Education for Scotland · Library"
        if block.kind == BlockKind.PARAGRAPH and (len(text) > 150 or text.endswith(".")):
            break
        headline = _headline_under(raw, text, blocks[n + 1] if n + 1 < len(blocks) else None)
        if headline:  # "CHART OF THE WEEK" over "How many people does each nurse look after?"
            return f"{_sentence_case(text, gaz)}: {headline}", kind
        return _sentence_case(text, gaz), kind or _type_of(text)
    return raw_title, kind


_SALUTATION = re.compile(r"^Dear\s+\S.{0,60}[,:]?$")
LETTER_HEAD = 30  # blocks of letterhead, addresses, references and date over a salutation
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")


def _letter_subject(raw: RawDocument, gaz: Gazetteer) -> str:
    """A letter's subject: the line set over its salutation ("Pulmonary rehabilitation in
    Wales: waiting times and access" / "Dear Cabinet Secretary,"), under the letterhead, the
    addresses and the date, none of which names the letter; '' for any other document, or a
    letter whose line over "Dear …" is an address, a body, a date or a field."""
    blocks = raw.blocks[:LETTER_HEAD]
    at = next(
        (i for i, b in enumerate(blocks) if _SALUTATION.match(raw.text[b.start : b.end].strip())),
        0,
    )
    if at < 2:  # no salutation, or nothing over it but the first line
        return ""
    above = blocks[at - 1]
    text = " ".join(raw.text[above.start : above.end].split())
    titled = above.kind in (BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.TITLE) or (
        above.kind == BlockKind.METADATA and len(above.key.split()) >= TITLE_KEY_WORDS
    )
    words = len(text.split())
    if (
        not titled
        or not 3 <= words <= MAX_SUBJECT_WORDS
        or text.endswith((".", ","))
        or _POSTCODE.search(text)
        or _date_only(text)
        or gaz.org(text)
    ):
        return ""
    return _sentence_case(text, gaz)


MAX_SUBJECT_WORDS = 25


LABEL_WORDS = 5  # a label in capitals over a headline is this short
HEADLINE_WORDS = (5, 25)  # a headline under such a label


def _headline_under(raw: RawDocument, label: str, below: Block | None) -> str:
    """The headline set under a short label in capitals ("CHART OF THE WEEK" over "How many
    people does each Parkinson's nurse look after in Scotland?", "FALLS IN CARE HOMES" over
    "What residents and staff told us"): a heading or short paragraph in mixed case that
    ends no sentence, which the title keeps with its label; '' when the line under the label
    is anything else (prose, a date, a field, a byline, an aside, a banner)."""
    letters = [c for c in label if c.isalpha()]
    if (
        below is None
        or not letters
        or any(c.islower() for c in letters)
        or len(label.split()) > LABEL_WORDS
        or ":" in label
        or below.kind not in (BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.TITLE)
    ):
        return ""
    text = " ".join(raw.text[below.start : below.end].split())
    low, high = HEADLINE_WORDS
    if (
        not low <= len(text.split()) <= high
        or text.endswith((".", ",", ";", ":"))
        or text.startswith("(")  # an aside on the label: "(a support group for …)"
        or _PARTS.search(text)  # an issue's banner: "Round-up | Spring 2024 | Issue 31"
        or text.isupper()
        or dates_in(text)
        or _BYLINE.match(text)
    ):
        return ""
    return text


_BYLINE = re.compile(r"^(?:by|written by|from|posted by|published)\b", re.IGNORECASE)


def _unbracketed(folded: str, text: str) -> str:
    """A line folded without what it says in brackets: "Text-only version of this page (for
    screen readers and printing)" -> "text only version of this page"."""
    if "(" not in text:
        return folded
    bare = re.sub(r"\([^)]*\)", " ", text)
    return " ".join(re.sub(r"[^\w\s]", " ", bare.lower()).split())


def _under_slug(raw: RawDocument, slug: str) -> str:
    """The headline under a title that is only a file's name ("lymphoedema_referrals_gm" over
    "Referrals to lymphoedema services after breast cancer treatment …"): the next heading or
    short paragraph that does not end a sentence; '' when there is none."""
    at = next((i for i, b in enumerate(raw.blocks) if raw.text[b.start : b.end] == slug), -1)
    for block in raw.blocks[at + 1 : at + 3] if at >= 0 else []:
        text = raw.text[block.start : block.end].strip()
        kinds = (BlockKind.HEADING, BlockKind.PARAGRAPH)
        if block.kind in kinds and len(text.split()) >= 3 and len(text) < MAX_TITLE:
            return "" if text.endswith(".") else text
    return ""


TITLE_KEY_WORDS = 3  # a "Key: value" line whose key is this long is a title and subtitle
MAX_TITLE = 200  # characters of a headline under a file name
TITLE_SEARCH = 8  # blocks searched for a title under banners, a case header and its fields
_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)+$")  # a file's or repository's name
_VERSION = re.compile(  # a line naming the form a document takes, not the document
    r"^(?:(?:text|plain|accessible|easy|read|large|print|printable|audio|braille|bsl|welsh|"
    r"english|gaelic|irish|language|web|online|full|short|alternative|only)\s+){1,3}"
    r"(?:version|edition|format|transcript)(?:\s+of\s+(?:the\s+|this\s+|an?\s+|our\s+)?"
    r"(?:\w+\s+)?(?:infographic|poster|leaflet|report|document|video|podcast|webinar|slides|"
    r"presentation|summary|guide|booklet|animation|film|page|strategy|plan|survey|this))?$"
)
_EXPORT = re.compile(  # a tool's name for its export: "Board export (CSV)", "Chat export"
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


def _date_only(text: str) -> bool:
    """Whether a line is only a date, as a chat export's or a diary's day banner is ("---
    Tuesday, March 18th, 2025 ---"): it dates the document but does not name it.

    >>> _date_only("--- Tuesday, March 18th, 2025 ---"), _date_only("Huddle, 18 March 2025")
    (True, False)
    """
    found = dates_in(text)
    rest = text
    for _iso, start, end in reversed(found):  # the line without its dates
        rest = rest[:start] + rest[end:]
    return bool(found) and not _WEEKDAY.sub("", rest).strip()


_CRUMB = re.compile(r"\s+[|›»>]\s+")


def _identifiers_only(text: str) -> bool:
    """Whether a line is only numbers, codes and links: a record's number and DOI name it but
    are not its title.

    >>> _identifiers_only("ISRCTN48213907 https://doi.org/10.1186/ISRCTN48213907")
    True
    >>> _identifiers_only("COVID-19 vaccination in care homes 2021")
    False
    """
    words = text.split()
    return bool(words) and all(_IDENTIFIER.fullmatch(w.strip("()[],;")) for w in words)


def _section_banner(text: str) -> str:
    """The document type of a site's section banner or breadcrumb ("NEWS | NORTH WALES |
    HEALTH", "Home > News > Health"): short parts between bars or arrows, one of them a
    document type; "" for any other line (a title with its site: "Going home | Nuffield Trust").

    >>> _section_banner("NEWS | NORTH WALES | HEALTH"), _section_banner("Falls | Age UK")
    ('News', '')
    >>> _section_banner("Parkinson's UK Scotland > Blog > Chart of the week")
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


def _running_head(text: str) -> bool:
    """Whether a line is a running head in capitals, three or more parts set apart by bars
    or dots (publisher | series | place) over the document's own title.

    >>> _running_head("FOOD TRAIN  |  EATING AT HOME SURVEY 2025  |  DUMFRIES AND GALLOWAY")
    True
    >>> _running_head("Going home | Nuffield Trust"), _running_head("Falls in Fife: a review")
    (False, False)
    """
    parts = [p for p in _PARTS.split(text.strip()) if p]
    letters = [c for c in text if c.isalpha()]
    return len(parts) >= RUNNING_HEAD_PARTS and bool(letters) and all(c.isupper() for c in letters)


RUNNING_HEAD_PARTS = 3


def _type_of(title: str) -> str:
    """'Case study: supervised toothbrushing' -> 'Case study'."""
    head = title.split(":", 1)[0].strip()
    return head.capitalize() if ":" in title and head.lower() in DOCUMENT_TYPES else ""


def _sentence_case(text: str, gaz: Gazetteer | None = None) -> str:
    """A title set in capitals, in sentence case, names of nations and places kept
    ('HOME MONITORING SAVES NHS TIME' -> 'Home monitoring saves NHS time', '… IN NHS
    SCOTLAND' -> '… in NHS Scotland'); any other title as it is."""
    letters = [c for c in text if c.isalpha()]
    if not letters or any(c.islower() for c in letters) or len(text.split()) < 3:
        return text
    out = []
    for word in text.split():
        bare = word.strip(",.:;?!()")
        named = gaz is not None and (
            gaz.nation(bare.title())
            or (gaz.place(bare.title()) and fold(bare) not in gaz.ambiguous_places)
        )
        if bare in KEEP_CAPS:
            out.append(word)
        elif named:
            out.append(word.replace(bare, bare.title()))
        else:
            out.append(word.lower())
    out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out)
