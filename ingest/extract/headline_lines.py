"""The lines around a document's first line that make its headline (used by
ingest.extract.titles): a label in capitals over a headline ("CHART OF THE WEEK" / "How many
…"), a body's banner in capitals over a headline or a quotation, a capitals title set over two
lines a little below, and a headline's last line typeset under it, or the subtitle under a
quoted title.
"""

from __future__ import annotations

import re

from graph.reference.gazetteer import Gazetteer
from ingest.extract.banners import PARTS
from ingest.extract.body_banners import body_name, places_line, unit_line
from ingest.extract.bylines import BYLINE_LEADS
from ingest.extract.dates import dates_in
from ingest.readers.line_shapes import is_capitals
from ingest.types import Block, BlockKind, RawDocument

BYLINE = re.compile(r"^(?:by|written by|from|posted by|published)\b", re.IGNORECASE)
LABEL_WORDS = 5  # a label in capitals over a headline is this short
HEADLINE_WORDS = (5, 25)  # a headline under such a label


def headline_under(raw: RawDocument, label: str, below: Block | None) -> str:
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
        or BYLINE.match(text)
    ):
        return ""
    return text


BANNER_WORDS = 6  # a body's name in capitals this long, alone on its line, may be a banner


def body_over_headline(
    raw: RawDocument, blocks: list[Block], n: int, line: str, gaz: Gazetteer
) -> bool:
    """Whether a line in capitals that is a body's name ("PATIENT CLIENT COUNCIL") stands over
    a headline set in ordinary case, or over the places its teams serve ("Elgin and Forres
    localities"): the publisher's banner, not the title. Over another line in capitals ("NORTH
    WALES SIGHT LOSS PARTNERSHIP" / "PRIORITY-SETTING AFTERNOON - DOT VOTING RESULTS") the two
    are read as they always were."""
    if not (line.isupper() and len(line.split()) <= BANNER_WORDS and body_name(line)):
        return False
    below = blocks[n + 1] if n + 1 < len(blocks) else None
    if below is None:
        return False
    text = raw.text[below.start : below.end].strip()  # a headline: long, in ordinary case (or
    if places_line(text, gaz):
        return True
    quoted = text[:1] in "\"“‘'"  # a quotation in capitals: '"WE JUST GET ON WITH IT"'), no
    return (  # date line ("Kirkcaldy, 6 March 2025" under the forum's name is no headline)
        (quoted or not is_capitals(text))
        and len(text.split()) >= (QUOTED_WORDS if quoted else BANNER_WORDS)
        and not dates_in(text)
    )


def named_as_body(raw: RawDocument, line: str) -> bool:
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


def title_pair_below(raw: RawDocument, blocks: list[Block], n: int) -> str:
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
            and tail == tail.upper()  # (a subtitle of any length: the reader joined it)
            and not tail.endswith((".", ":"))
        ):
            second = blocks[k + 1] if k + 1 < len(blocks) else None
            return top + wrapped_on(raw, second, top)  # "… IRELAND: FINDINGS FROM THE" / "2025 …"
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


def wrapped_on(raw: RawDocument, block: Block | None, above: str = "") -> str:
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
    cut = cut or (  # a headline in capitals run on before its joining word: "… ON LENGTH" /
        is_capitals(above) and is_capitals(text) and text.split()[0].lower() in CUT_AFTER
    )  # "OF STAY AND INDEPENDENCE AT DISCHARGE"
    if len(text.split()) > WRAP_WORDS + 4 * cut or text.endswith("."):
        return ""
    if not cut and (not text[:1].islower() or text.endswith(":")):
        return ""
    if text.lower() in BYLINE_LEADS:
        return ""  # "by" on its own line: the author's name is under it, not more title
    return " " + text


_QUOTED = re.compile(r"[\"“‘'][^\"“”]+[\"”’']")  # a title that is one quotation
CUT_AFTER = frozenset("in of and for the to with on at a an about from by".split())


WRAP_WORDS = 8  # the words of a headline's last line set under it
