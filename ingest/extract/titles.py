"""A document's title when it came from its first line (ingest.extract.front_page reads the
rest of its header): the lines at the top that name no document (ingest.extract.banners: a
publisher's or a kind's banner, a section banner or breadcrumb, a record's numbers) are
passed over for the headline under them, and the kind such a line names is the document's
type. A letter's title is its subject, set over its salutation under the letterhead; a short
label in capitals keeps the headline set under it ("Chart of the week: How many …?").
"""

from __future__ import annotations

import re

from graph.model import fold
from graph.reference.gazetteer import Gazetteer
from graph.reference.names import POSTCODE
from ingest.extract.absence_words import SALUTATION
from ingest.extract.banners import (
    DOCUMENT_TYPES,
    EXPORT,
    PARTS,
    SLUG,
    VERSION,
    VERSION_NOTE,
    agenda_line,
    breadcrumb,
    date_only,
    identifiers_only,
    journal_banner,
    kind_banner,
    only_types,
    running_head,
    section_banner,
    series_banner,
    unit_banner,
)
from ingest.extract.body_banners import (
    area_line,
    bodies_banner,
    body_name,
    known_body,
    unit_line,
)
from ingest.extract.dates import dates_in
from ingest.extract.front_page import value_of
from ingest.extract.people_lines import parse_line
from ingest.extract.title_case import sentence_case
from ingest.extract.title_fields import (
    WORK_FIELDS,
    WORK_TITLE_WORDS,
    contents_label,
    title_field,
)
from ingest.readers.line_shapes import is_capitals
from ingest.types import Block, BlockKind, DocumentKind, RawDocument


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
    if headline >= 0 and contents_label(raw.text[blocks[headline].start : blocks[headline].end]):
        headline = next(  # "In this issue" over a newsletter's items: the first item's heading
            (i for i, b in enumerate(blocks) if i > headline and b.kind == BlockKind.HEADING),
            headline,
        )
    if raw.fmt == "html" and headline >= 0:  # a web page's headline (its <h1>), under a
        # breadcrumb or not: its <title> adds its site ("Title | News | Site") or is written
        # for search engines, not for its readers
        blocks = blocks[headline:]
        raw_title = first = raw.text[blocks[0].start : blocks[0].end]
    else:
        raw_title = raw.title
    if SLUG.match(raw_title.strip()):  # a notebook's or repository's file name over its title
        named = _under_slug(raw, raw_title.strip())
        if named:
            return named, kind
    if not blocks or " ".join(raw_title.split()) != " ".join(first.split()):
        return raw_title, _type_of(raw_title)
    for n, block in enumerate(blocks):  # an e-mail's subject, a record's headline field
        if block.kind == BlockKind.METADATA and title_field(block.key):
            _at, value = value_of(raw, block)
            sent = _report_in_mail(raw, gaz, blocks, n) if raw.kind == DocumentKind.EVIDENCE else ""
            if sent or value.strip():
                return sent or value.strip(), kind
        if block.kind == BlockKind.LIST_ITEM:  # a form's numbered box: "1. Project title" /
            words = raw.text[block.start : block.end].split()  # "   Chilblains in older …"
            for k in (3, 2, 1):
                if title_field(" ".join(words[:k])) and len(words) - k >= WORK_TITLE_WORDS:
                    return " ".join(words[k:]), kind
        if block.kind == BlockKind.METADATA and block.key.lower() in WORK_FIELDS:
            _at, value = value_of(raw, block)  # "REPORT: Evaluation of the MMR catch-up …"
            if (
                len(value.split()) >= WORK_TITLE_WORDS
                and not date_only(value)
                and not parse_line(value, gaz)  # "Evaluation   Dr A (University, lead)"
            ):
                return " ".join(value.split()), kind
        below = blocks[n + 1] if n + 1 < len(blocks) else None
        if (  # a form's field set as a heading over its value: "Title" / "  Eye pressure …"
            block.kind == BlockKind.HEADING
            and title_field(raw.text[block.start : block.end].strip(" :"))
            and below is not None
            and below.kind in (BlockKind.PARAGRAPH, BlockKind.METADATA)
        ):
            return " ".join(raw.text[below.start : below.end].split()), kind
    subject = "" if raw.fmt == "html" and headline >= 0 else _letter_subject(raw, gaz)
    if subject:  # (a web page's headline is its title, a letter on it or not)
        return subject, kind
    note = False  # inside a bracketed note
    for n, block in enumerate(blocks):
        if block.kind not in (BlockKind.TITLE, BlockKind.HEADING, BlockKind.PARAGRAPH) and not (
            block.kind == BlockKind.METADATA
            and (len(block.key.split()) >= TITLE_KEY_WORDS or _kind_key(block.key))
            and not date_only(value_of(raw, block)[1])  # "For immediate release: 4 March"
            and not identifiers_only(value_of(raw, block)[1])  # "Social research number: 19/2026"
        ):  # "Health literacy in Wales: what the survey tells us" is a title, no field; so is
            continue  # "Huddle notes: Nutrition and Hydration Week, day 2"
        text = raw.text[block.start : block.end].strip()
        folded = " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
        if only_types(folded):
            kind = kind or (text.capitalize() if folded in DOCUMENT_TYPES else "")
            continue
        if kind_banner(text) or series_banner(text):  # "Advice trends report", "QUICK
            continue  # REFERENCE GUIDE · RG-27", "… audit · Report no. 2025/03 · June 2025"
        if note or text.startswith("["):  # an editor's note on the copy, over one line or
            note = not text.endswith("]")  # more: "[Plain-text export from the publisher …]"
            continue
        if _dated_line(text):  # "Published online 19 May 2025 | Open access"
            continue
        if identifiers_only(text) or date_only(text) or SLUG.match(text) or agenda_line(text):
            continue  # "ISRCTN48213907 https://doi.org/…", a repository's "long-covid-referrals"
        label, colon, value = text.partition(":")
        if (
            colon
            and len(label.split()) <= FIELD_WORDS
            and value.strip()
            and (identifiers_only(value) or date_only(value))
        ):
            continue  # a cover's field: "SOCIAL RESEARCH NUMBER: 19/2026", "Published: May"
        if (
            VERSION.match(_unbracketed(folded, text))
            or VERSION_NOTE.match(folded)
            or EXPORT.match(text)
        ):
            continue  # "Easy read version", "Board export (CSV)": the form it takes, not it
        if section := section_banner(text) or journal_banner(text):  # a news page's "NEWS |
            # NORTH WALES | HEALTH", a journal's "… JOURNAL (UK) - ORIGINAL RESEARCH"
            kind = kind or section
            continue
        if running_head(text) or breadcrumb(text):  # "FOOD TRAIN | EATING AT HOME SURVEY
            continue  # 2025 | DUMFRIES …", "nhs.uk > Find a service > … > Ratings and reviews"
        if known_body(text, gaz) or unit_banner(text, gaz) or unit_line(text):
            continue  # the publisher, or one of its units: "NHS Education for Scotland · Library"
        if area_line(text, gaz):  # a unit and the area it serves: "Dermatology Nursing -
            continue  # South West Wales"
        if bodies_banner(text, gaz):  # "CARDIFF UNIVERSITY SCHOOL OF MEDICINE | SWANSEA …"
            continue
        if _body_over_headline(raw, blocks, n, text):  # "PATIENT CLIENT COUNCIL" / "Waiting …"
            continue
        if _named_as_body(raw, text):  # "SCOTTISH WOMEN'S AID" over the report, whose people
            continue  # are "…, Coordinator, Scottish Women's Aid"
        if block.kind == BlockKind.PARAGRAPH and (len(text) > 150 or text.endswith(".")):
            break
        pair = _title_pair_below(raw, blocks, n)
        if pair:  # "CLYDESIDE HOUSING LAW CENTRE" over "BREACHES OF …:" / "A REVIEW OF 40 …"
            return sentence_case(pair, gaz, raw.text), kind or _type_of(text)
        under = _headline_under(raw, text, blocks[n + 1] if n + 1 < len(blocks) else None)
        if under:  # "CHART OF THE WEEK" over "How many people does each nurse look after?"
            under += _wrapped_on(raw, blocks[n + 2] if n + 2 < len(blocks) else None)
            said = sentence_case(text.rstrip(": "), gaz, raw.text)
            return f"{said}: {under}", kind
        text += _wrapped_on(raw, blocks[n + 1] if n + 1 < len(blocks) else None, text)
        return sentence_case(text, gaz, raw.text), kind or _type_of(text)
    return raw_title, kind


MAIL_HEAD = 6  # blocks under an e-mail's subject that may hold the report it sends


def _report_in_mail(raw: RawDocument, gaz: Gazetteer, blocks: list[Block], n: int) -> str:
    """A report sent in an e-mail's body: its title in capitals, the first heading under the
    greeting ("Subject: Full report - laxative review …" / "Dear colleagues," / … /
    "LAXATIVE PRESCRIBING AND CONSTIPATION IN LOTHIAN CARE HOMES: A" / "PHARMACIST-LED
    REVIEW"); '' when the e-mail sends none."""
    greeted = False
    for k in range(n + 1, min(n + MAIL_HEAD, len(blocks))):
        block = blocks[k]
        greeted = greeted or _salutation(raw.text[block.start : block.end].strip())
        if block.kind != BlockKind.HEADING or not greeted:
            continue
        text = " ".join(raw.text[block.start : block.end].split())
        if not is_capitals(text) or len(text.split()) < PAIR_WORDS:
            return ""
        text += _wrapped_on(raw, blocks[k + 1] if k + 1 < len(blocks) else None, text)
        return sentence_case(text, gaz, raw.text)
    return ""


LETTER_HEAD = 30  # blocks of letterhead, addresses, references and date over a salutation


def _salutation(line: str) -> bool:
    """A line that only greets: "Dear Cabinet Secretary,", "Annwyl Weinidog"."""
    return SALUTATION.match(line) is not None and len(line) <= SALUTATION_CHARS


SALUTATION_CHARS = 70


def a_letter(raw: RawDocument) -> bool:
    """Whether the document is a letter: a salutation ("Dear Minister,") under its letterhead.
    A letter is one piece of correspondence whatever its headings ("The position in Northern
    Ireland", "What we ask"), never a collection of items."""
    return any(_salutation(raw.text[b.start : b.end].strip()) for b in raw.blocks[:LETTER_HEAD])


def _letter_subject(raw: RawDocument, gaz: Gazetteer) -> str:
    """A letter's subject: a heading set under its salutation, or the line set over it
    ("Pulmonary rehabilitation in Wales: waiting times and access" / "Dear Cabinet
    Secretary,"), under the letterhead, the
    addresses and the date, none of which names the letter; '' for any other document, or a
    letter whose line over "Dear …" is an address, a body, a date or a field."""
    blocks = raw.blocks[:LETTER_HEAD]
    at = next(
        (i for i, b in enumerate(blocks) if _salutation(raw.text[b.start : b.end].strip())),
        0,
    )
    if at < 2:  # no salutation, or nothing over it but the first line
        return ""
    below = blocks[at + 1] if at + 1 < len(blocks) else None
    if below is not None and below.kind == BlockKind.HEADING:  # "Dear Elfed," / the subject
        text = " ".join(raw.text[below.start : below.end].split())  # set as a heading under it
        if 3 <= len(text.split()) <= MAX_SUBJECT_WORDS and not text.endswith((".", ",")):
            return sentence_case(text, gaz)
    while at > 2 and _dated_line(raw.text[blocks[at - 1].start : blocks[at - 1].end].strip()):
        at -= 1  # "Published 3 April 2025" over "Dear Editor," dates the letter, not names it
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
        or POSTCODE.search(text)
        or date_only(text)
        or gaz.org(text)
    ):
        return ""
    return sentence_case(text, gaz)


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
        or ":" in label.rstrip(": ")  # "WATCHING JUSTICE:" asks for the line under it
        or below.kind not in (BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.TITLE)
    ):
        return ""
    text = " ".join(raw.text[below.start : below.end].split())
    low, high = HEADLINE_WORDS
    if (
        not low <= len(text.split()) <= high
        or text.endswith((".", ",", ";", ":"))
        or text.startswith("(")  # an aside on the label: "(a support group for …)"
        or PARTS.search(text)  # an issue's banner: "Round-up | Spring 2024 | Issue 31"
        or unit_line(text)  # the body's unit: "Homelessness Services -- Research Unit"
        or text.isupper()
        or dates_in(text)
        or _BYLINE.match(text)
    ):
        return ""
    return text


BANNER_WORDS = 6  # a body's name in capitals this long, alone on its line, may be a banner


def _body_over_headline(raw: RawDocument, blocks: list[Block], n: int, line: str) -> bool:
    """Whether a line in capitals that is a body's name ("PATIENT CLIENT COUNCIL") stands over
    a headline set in ordinary case: the publisher's banner, not the title. Over another line
    in capitals ("NORTH WALES SIGHT LOSS PARTNERSHIP" / "PRIORITY-SETTING AFTERNOON - DOT
    VOTING RESULTS") the two are read as they always were."""
    if not (line.isupper() and len(line.split()) <= BANNER_WORDS and body_name(line)):
        return False
    below = blocks[n + 1] if n + 1 < len(blocks) else None
    if below is None:
        return False
    text = raw.text[below.start : below.end].strip()  # a headline: long, in ordinary case (or
    quoted = text[:1] in "\"“‘'"  # a quotation in capitals: '"WE JUST GET ON WITH IT"'), no
    return (  # date line ("Kirkcaldy, 6 March 2025" under the forum's name is no headline)
        (quoted or not is_capitals(text))
        and len(text.split()) >= (QUOTED_WORDS if quoted else BANNER_WORDS)
        and not dates_in(text)
    )


def _named_as_body(raw: RawDocument, line: str) -> bool:
    """Whether a short line in capitals names a body the document gives as someone's
    organisation or the publisher: written again in mixed case after a comma, "at", "of",
    "from" or "by" ("Rhona Dalgleish, Court Observation Coordinator, Scottish Women's Aid")."""
    words = line.split()
    letters = [c for c in line if c.isalpha()]
    if not letters or any(c.islower() for c in letters) or not 2 <= len(words) <= BODY_WORDS:
        return False
    spelled = r"\s+".join(re.escape(w) for w in words)
    for found in re.finditer(rf"(?:,|\b(?:at|of|from|by))\s+({spelled})\b", raw.text, re.I):
        name = found.group(1)
        if any(c.islower() for c in name) and all(w[:1].isupper() for w in name.split()):
            return True
    return False


BODY_WORDS = 6  # a publisher's banner is this short
FIELD_WORDS = 4  # a field's label on a cover is this short
QUOTED_WORDS = 3  # a quotation under a banner this long is a headline


def _title_pair_below(raw: RawDocument, blocks: list[Block], n: int) -> str:
    """A title and subtitle in capitals set over two lines a little below the line chosen so
    far (a banner: "EYE CARE TODAY - CPD ZONE", "CLYDESIDE HOUSING LAW CENTRE"), the first
    line ending in a colon ("SHARED CARE FOR WET AMD IN NORTHERN IRELAND:" / "WHAT THE FIRST
    TWO YEARS SHOWED"): the document's title, joined; '' when there is no such pair."""
    for k in range(n + 1, min(n + PAIR_SEARCH, len(blocks))):
        first = blocks[k]
        top = " ".join(raw.text[first.start : first.end].split())
        head, colon, tail = top.partition(": ")
        if (  # the pair read as one heading already (ingest.readers.lines joins them)
            first.kind == BlockKind.HEADING
            and colon
            and len(head.split()) >= PAIR_WORDS
            and is_capitals(head)
            and is_capitals(tail)
            and not tail.endswith((".", ":"))
        ):
            second = blocks[k + 1] if k + 1 < len(blocks) else None
            return top + _wrapped_on(raw, second, top)  # "… IRELAND: FINDINGS FROM THE" / "2025 …"
        second = blocks[k + 1] if k + 1 < len(blocks) else None
        if first.kind != BlockKind.HEADING or second is None or second.kind != BlockKind.HEADING:
            continue
        below = " ".join(raw.text[second.start : second.end].split())
        if (
            top.endswith(":")
            and len(top.split()) >= PAIR_WORDS
            and is_capitals(top)
            and is_capitals(below)
            and not below.endswith((".", ":"))
        ):
            return f"{top} {below}"
    return ""


PAIR_SEARCH = 6  # blocks below the first line searched for a title set over two lines
PAIR_WORDS = 4  # the words at least of the first of them


def _wrapped_on(raw: RawDocument, block: Block | None, above: str = "") -> str:
    """The end of a headline typeset over one more line ("What volunteer observers saw at …
    trials" / "in three sheriff courts"): a short line that opens in lower case and ends no
    sentence, or any short line under a headline cut after a joining word ("ROUTINE ENQUIRY
    ABOUT … IN" / "PRIMARY CARE: PATIENT AND STAFF SURVEY RESULTS, 2025"), with a space
    before it; '' for any other line."""
    if block is None or block.kind not in (BlockKind.HEADING, BlockKind.PARAGRAPH):
        return ""
    text = " ".join(raw.text[block.start : block.end].split())
    if _QUOTED.fullmatch(above.strip()) and text[:1].isupper() and not text.endswith("."):
        return ": " + text  # a quotation over what it is about: '"WE JUST GET ON WITH IT"' /
        # "Racial harassment of migrant health and social care workers …"
    cut = above.split()[-1].lower() in CUT_AFTER if above.split() else False
    if len(text.split()) > WRAP_WORDS + 4 * cut or text.endswith("."):
        return ""
    if not cut and (not text[:1].islower() or text.endswith(":")):
        return ""
    return " " + text


_QUOTED = re.compile(r"[\"“‘'][^\"“”]+[\"”’']")  # a title that is one quotation
CUT_AFTER = frozenset("in of and for the to with on at a an about from by".split())


WRAP_WORDS = 8  # the words of a headline's last line set under it


def _dated_line(text: str) -> bool:
    """A line that dates the document: "Published online 19 May 2025 | Open access"."""
    return bool(_DATED.match(text) and dates_in(text))


_DATED = re.compile(  # a line that dates the document
    r"^(?:first\s+|last\s+)?(?:published|posted|updated|issued|released|accepted|received)\b",
    re.IGNORECASE,
)
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


def _kind_key(key: str) -> bool:
    """A key of two words or more naming a kind of document: "Huddle notes", "Visit record"
    (not "Notes", who took them)."""
    words = fold(key).split()
    return len(words) >= 2 and words[-1] in DOCUMENT_TYPES


MAX_TITLE = 200  # characters of a headline under a file name
TITLE_SEARCH = 8  # blocks searched for a title under banners, a case header and its fields


def _type_of(title: str) -> str:
    """'Case study: supervised toothbrushing' -> 'Case study'."""
    head = title.split(":", 1)[0].strip()
    return head.capitalize() if ":" in title and head.lower() in DOCUMENT_TYPES else ""
