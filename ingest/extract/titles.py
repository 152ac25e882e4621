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
from ingest.extract.banners import (
    DOCUMENT_TYPES,
    EXPORT,
    SLUG,
    VERSION,
    VERSION_NOTE,
    agenda_line,
    breadcrumb,
    date_only,
    identifiers_only,
    issue_line,
    journal_banner,
    kind_banner,
    numbered_kind,
    only_types,
    running_head,
    section_banner,
    series_banner,
    unit_banner,
)
from ingest.extract.body_banners import (
    area_line,
    bodies_banner,
    known_body,
    named_with_short_form,
    places_line,
    unit_line,
)
from ingest.extract.dates import dates_in
from ingest.extract.front_page import value_of
from ingest.extract.headline_lines import (
    FIELD_WORDS,
    body_over_headline,
    headline_under,
    named_as_body,
    title_pair_below,
    wrapped_on,
)
from ingest.extract.languages import english_beside
from ingest.extract.stated_titles import (
    coded_subtitle,
    salutation,
    stated_title,
    title_over_authors,
)
from ingest.extract.status_lines import status_banner
from ingest.extract.title_case import sentence_case
from ingest.extract.title_fields import (
    WORK_TITLE_WORDS,
    contents_label,
    named_by_trail,
    under_trail,
)
from ingest.types import Block, BlockKind, RawDocument


def document_title(raw: RawDocument, gaz: Gazetteer, front: set[int]) -> tuple[str, str]:
    """(title, document type) of a document whose title came from its first line (in English
    where a Welsh title page sets the English under the Welsh)."""
    title, kind = _read_title(raw, gaz, front)
    return english_beside(raw, title), kind


def _read_title(raw: RawDocument, gaz: Gazetteer, front: set[int]) -> tuple[str, str]:
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
    if contents_label(raw_title) and blocks:  # "## Contents" under a title page set in bold
        raw_title = first  # lines: read the page from its top
    trailed = named_by_trail(raw, blocks, TITLE_SEARCH)
    if trailed <= 0 and not (raw.fmt == "html" and headline >= 0):
        trailed = under_trail(raw, blocks)  # "UKRI Gateway to Research" / "Home > Projects > …"
    if trailed > 0:  # "Reports library" / "All reports / Minority ethnic …" / "## Minority …":
        blocks = blocks[trailed:]  # the title is read from the heading the trail names down
        raw_title = first = raw.text[blocks[0].start : blocks[0].end]
    if SLUG.match(raw_title.strip()):  # a notebook's or repository's file name over its title
        named = _under_slug(raw, raw_title.strip())
        if named:
            return named, kind
    if not blocks or " ".join(raw_title.split()) != " ".join(first.split()):
        if kind_banner(raw_title) and (
            stated := stated_title(raw, gaz, blocks) or coded_subtitle(raw, blocks)
        ):
            return stated, raw_title.strip().capitalize()  # "# End of grant report" over
        return raw_title, _type_of(raw_title)  # its form's "Title of project: …" field
    stated = stated_title(raw, gaz, blocks)
    if stated:
        return stated, kind
    subject = "" if raw.fmt == "html" and headline >= 0 else _letter_subject(raw, gaz)
    if subject:  # (a web page's headline is its title, a letter on it or not)
        return subject, kind
    note = False  # inside a bracketed note
    for n, block in enumerate(blocks):
        under_kind = block.kind == BlockKind.LIST_ITEM and n > 0 and _kind_only(raw, blocks[n - 1])
        if (
            block.kind not in (BlockKind.TITLE, BlockKind.HEADING, BlockKind.PARAGRAPH)
            and not (
                block.kind == BlockKind.METADATA
                and (len(block.key.split()) >= TITLE_KEY_WORDS or _kind_key(block.key))
                and not _no_words(value_of(raw, block)[1])  # not "For immediate release: 4 March"
            )
            and not under_kind
        ):  # "Health literacy in Wales: what the survey tells us" is a title,
            continue  # no field; so is "Huddle notes: Nutrition and Hydration Week, day 2"; and
            # so is the line under "RAPID REVIEW" that a reader took for a list's first item
        text = raw.text[block.start : block.end].strip()
        folded = _folded_line(text)
        if only_types(folded):
            kind = kind or (text.capitalize() if folded in DOCUMENT_TYPES else "")
            continue
        if kind_banner(text) or series_banner(text) or status_banner(text) or numbered_kind(text):
            continue  # "Advice trends report", "… · Report no. 2025/03 · June 2025", "PREPRINT -",
            # "EVALUATION NOTE 2025/07"
        if note or text.startswith("["):  # an editor's note on the copy, over one line or
            note = not text.endswith("]")  # more: "[Plain-text export from the publisher …]"
            continue
        if _dated_line(text) or issue_line(text):  # "Published online 19 May 2025 | Open
            continue  # access", "Volume 11, Issue 1, January 2026"
        if _masthead(raw, blocks, n, text):  # a periodical's name over its issue, over an
            continue  # article's headline: "Journal of … Nursing" / "Volume …" / "Nurse-led …"
        if _no_words(text) or SLUG.match(text) or agenda_line(text):
            continue  # "ISRCTN48213907 https://doi.org/…", a repository's "long-covid-referrals"
        label, colon, value = text.partition(":")
        if colon and len(label.split()) <= FIELD_WORDS and value.strip() and _no_words(value):
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
        if area_line(text, gaz) or places_line(text, gaz):  # a unit and the area it serves:
            continue  # "Dermatology Nursing - South West Wales", "Elgin and Forres localities"
        if bodies_banner(text, gaz) or named_with_short_form(text):  # "CARDIFF UNIVERSITY
            continue  # SCHOOL OF MEDICINE | SWANSEA …", "Personal and Public Involvement (PPI)"
        if body_over_headline(raw, blocks, n, text, gaz):  # "PATIENT CLIENT COUNCIL" / "Waiting …"
            continue
        if named_as_body(raw, text):  # "SCOTTISH WOMEN'S AID" over the report, whose people
            continue  # are "…, Coordinator, Scottish Women's Aid"
        if _name_over_kind(raw, blocks, n, text):  # "Urgent and Emergency Care Programme" /
            continue  # "RAPID REVIEW" / "Ambulance patient handover at …"
        if block.kind == BlockKind.PARAGRAPH and (len(text) > 150 or text.endswith(".")):
            break
        abstract = title_over_authors(raw, blocks, n)
        if abstract:  # an abstract book's running heads over the abstract's title
            return sentence_case(abstract, gaz, raw.text), kind
        pair = title_pair_below(raw, blocks, n)
        if pair:  # "CLYDESIDE HOUSING LAW CENTRE" over "BREACHES OF …:" / "A REVIEW OF 40 …"
            return sentence_case(pair, gaz, raw.text), kind or _type_of(text)
        under = headline_under(raw, text, blocks[n + 1] if n + 1 < len(blocks) else None)
        if under:  # "CHART OF THE WEEK" over "How many people does each nurse look after?"
            under += wrapped_on(raw, blocks[n + 2] if n + 2 < len(blocks) else None)
            said = sentence_case(text.rstrip(": "), gaz, raw.text)
            return f"{said}: {under}", kind
        text += wrapped_on(raw, blocks[n + 1] if n + 1 < len(blocks) else None, text)
        return sentence_case(text, gaz, raw.text), kind or _type_of(text)
    return raw_title, kind


MASTHEAD_WORDS = 8  # a periodical's name over the line giving its issue


def _masthead(raw: RawDocument, blocks: list[Block], n: int, text: str) -> bool:
    """Whether line n is a periodical's name over the line giving its issue, with an article's
    headline further down ("Journal of Coloproctology Nursing" / "Volume 11, Issue 1, …" /
    "Original Article" / "Nurse-led haemorrhoid banding clinic …"); a bulletin's name over its
    issue and its opening sentence is the bulletin's title."""
    if n + 1 >= len(blocks) or len(text.split()) > MASTHEAD_WORDS or text.endswith("."):
        return False
    if not issue_line(raw.text[blocks[n + 1].start : blocks[n + 1].end]):
        return False
    for block in blocks[n + 2 : n + 2 + MASTHEAD_REACH]:
        line = " ".join(raw.text[block.start : block.end].split())
        if only_types(_folded_line(line)) or kind_banner(line):
            continue  # "Original Article"
        return WORK_TITLE_WORDS <= len(line.split()) <= HEADLINE_WORDS and not line.endswith(".")
    return False


MASTHEAD_REACH = 3  # lines under an issue line that may hold the article's headline
HEADLINE_WORDS = 30
LETTER_HEAD = 30  # blocks of letterhead, addresses, references and date over a salutation


def a_letter(raw: RawDocument) -> bool:
    """Whether the document is a letter: a salutation ("Dear Minister,") under its letterhead.
    A letter is one piece of correspondence whatever its headings ("The position in Northern
    Ireland", "What we ask"), never a collection of items."""
    return any(salutation(raw.text[b.start : b.end].strip()) for b in raw.blocks[:LETTER_HEAD])


def _letter_subject(raw: RawDocument, gaz: Gazetteer) -> str:
    """A letter's subject: a heading set under its salutation, or the line set over it
    ("Pulmonary rehabilitation in Wales: waiting times and access" / "Dear Cabinet
    Secretary,"), under the letterhead, the
    addresses and the date, none of which names the letter; '' for any other document, or a
    letter whose line over "Dear …" is an address, a body, a date or a field."""
    blocks = raw.blocks[:LETTER_HEAD]
    at = next(
        (i for i, b in enumerate(blocks) if salutation(raw.text[b.start : b.end].strip())),
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


def _no_words(text: str) -> bool:
    """Only numbers, codes and links, or a date: a record's number, a cover's "19/2026" or "4
    March", which name or date a document but are not its title."""
    return identifiers_only(text) or date_only(text)


NAME_WORDS = 8  # a programme's or a unit's name set over a kind's line is this short
KIND_LINE_CHARS = 80  # a line naming only a kind of document is this short
_NAME_JOINERS = frozenset({"and", "of", "for", "the", "in", "&"})


def _name_over_kind(raw: RawDocument, blocks: list[Block], n: int, text: str) -> bool:
    """Whether line n is a name in title case (a programme's, a unit's) set over a line that
    only names the document's kind, itself over a headline: "Urgent and Emergency Care
    Programme" / "RAPID REVIEW" / "Ambulance patient handover at …"."""
    words = text.split()
    if n + 2 >= len(blocks) or not 0 < len(words) <= NAME_WORDS:
        return False
    if not all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words):
        return False
    headline = raw.text[blocks[n + 2].start : blocks[n + 2].end].strip()
    return (
        _kind_only(raw, blocks[n + 1])
        and len(headline.split()) >= WORK_TITLE_WORDS
        and not headline.endswith(".")
        and not _dated_line(headline)
    )


def _kind_only(raw: RawDocument, block: Block) -> bool:
    """A line that only names a kind of document, its number or not: "RAPID REVIEW", "Case
    study", "EVALUATION NOTE 2025/07"."""
    if block.end - block.start > KIND_LINE_CHARS:
        return False  # (a paragraph, however long, is no kind's name)
    text = raw.text[block.start : block.end]
    return only_types(_folded_line(text)) or numbered_kind(text)  # "EVALUATION NOTE 2025/07"


def _folded_line(text: str) -> str:
    """A line in lower case, its punctuation spaces: the form its document types are read in."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _dated_line(text: str) -> bool:
    """A line that dates the document: "Published online 19 May 2025 | Open access"."""
    return bool(_DATED.match(text) and dates_in(text))


_DATED = re.compile(  # a line that dates the document
    r"^(?:first\s+|last\s+)?(?:published|posted|updated|issued|released|accepted|received)\b",
    re.IGNORECASE,
)


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
