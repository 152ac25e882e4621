"""A document's learning statements.

Every statement under a heading that means learning (ingest.extract.sections): each list
item (the prose of a section with a list only introduces it), else each sentence of its
paragraphs, of four words or more; the cells of a table's learning columns ("What it means
for us"; ingest.extract.learning_tables); a labelled finding ("What it found: …"); in
workshop notes also sentences of the discussion that say what was learned ("we learned that
…", "the main lesson was …"), and in workshop notes with none of these, every sentence and
list item of their own prose (not their top, nor a section of another meaning), as the
weakest statements (0.5). Actions,
decisions, next steps, plans, requests, thanks and credit lines are never learning.
Each statement keeps a `strength`, how plainly the document presents it as learning: 1.0 for an
item under "What we learned" or "Key insights" in workshop notes, 0.85 under findings, results
or "What we heard" and anything a report gives as its findings, times 0.9 for a sentence of
prose or a table row its own first cell labels as learning, 0.85 for a cue sentence of the
discussion, 0.7 for a statement that mostly gives figures (a percentage, two numbers or
more); a "statement" of fewer than four words besides its numbers (a table's row of figures)
is none. Statements are dated with their workshop
(else their report's year), never a date the software stamped on the file.
"""

from __future__ import annotations

import re

from graph.model import Label, Rel
from graph.reference.names import TITLE_BEFORE
from ingest.extract.claims import ClaimSet, Ref
from ingest.extract.front_page import Header
from ingest.extract.layout import Layout
from ingest.extract.learning_tables import (
    FIGURE_CELL,
    counted_tables,
    labelled_row,
    learning_columns,
    row_statements,
)
from ingest.extract.quoted import ATTRIBUTED
from ingest.extract.row_types import action_log
from ingest.extract.sections import Role, learning_strength, recommends, role_of_heading
from ingest.extract.turns import said_from
from ingest.types import BlockKind, DocumentKind, RawDocument

MIN_STATEMENT_WORDS = 4
TERSE_WORDS = 5  # a list item this short, with no full stop, heads a point
IN_PROSE = 0.9  # a sentence of a learning section's prose, against a listed statement
CUED = 0.85  # a sentence of the discussion that says what was learned
FALLBACK = 0.5  # in notes where nothing is headed or cued as learning, a point of their prose
FALLBACK_WORDS = 8  # such a point says something: not a question, not a turn of a conversation
FIGURE = 0.7  # a statement that mostly gives figures: a finding more than a lesson
_NUMBER = re.compile(r"(?<![\w.])\(?\d[\d,.]*%?\)?(?![\w])")
_LABELLED = re.compile(  # the number of a named thing, no figure: "tier 2", "week 12", "lot 3"
    r"\b(?:tier|week|lot|type|stage|phase|level|band|step|year|wave|round|ward|grade|item|"
    r"class|group|unit|bay|module|session|cohort|day)\s+$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def _words(text: str) -> int:
    """The words of a statement, not its numbers: "Course completed 52 (90%) 53 (72%)" has 2."""
    return len(_WORD.findall(text))


def _figure(text: str) -> bool:
    """Whether a statement mostly gives figures: a percentage, or two numbers or more.

    >>> _figure("About 19% of households are in fuel poverty."), _figure("Buses decide it.")
    (True, False)
    >>> _figure("People in a tier 2 group stay to week 12."), _figure("Of 40 people, 12 left.")
    (False, True)
    >>> _figure("Asking in the first 48 hours would have moved most of these 14 cases weeks "
    ...     "earlier, because the wait starts on the day of admission.")
    False
    """
    figures = [m for m in _NUMBER.finditer(text) if not _LABELLED.search(text, 0, m.start())]
    many = len(figures) >= 2 and len(text.split()) < WORDS_PER_FIGURE * len(figures)
    return "%" in text or many or bool(FIGURE_CELL.search(text))


WORDS_PER_FIGURE = 8  # a statement with fewer words than this for each of its numbers gives
# figures ("Of 40 people, 12 left."); a longer one uses them in a lesson ("asking in the first
# 48 hours would have moved most of these 14 cases weeks earlier")


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"‘'(])")
_ANNOUNCES = re.compile(  # "Three insights came through from both groups.", "Key themes were:"
    r"^(?:\w+\s+){0,3}(?:insights?|themes?|lessons?|findings?|points?|messages?|learnings?|"
    r"things|issues)\s+(?:\w+\s+){0,2}(?:came through|came out|emerged|stood out|were|are|"
    r"included|arose)\b[^.:;]{0,40}[.:]?$",
    re.IGNORECASE,
)
_COURTESY = re.compile(  # a letter's requests and thanks, a credit line: not something learned
    r"^(?:(?:(?:this\s+|the\s+)?(?:report|paper|summary|briefing|note|notes|document|audit)\s+)?"
    r"(?:prepared|written|compiled|produced|edited|photographs?|illustrations?)\s+by\b|"
    r"please|thank\s+you|thanks|many\s+thanks|do\s+(?:get\s+in\s+touch|contact)|"
    r"(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:thanked|welcomed)\s+(?!news\b|the\s+chance\b)|"
    r"if\s+you\s+(?:have|would\s+like|need)|feel\s+free|i\s+look\s+forward|we\s+look\s+forward|"
    r"(?:we|i)\s+(?:will|shall|plan\s+to|intend\s+to|are\s+going\s+to)\s+(?:publish|send|share|"
    r"circulate|write|report|be\s+in\s+touch))\b",
    re.IGNORECASE,
)
_PLANS = re.compile(  # what someone will do next, or has been asked to: an action, not learning
    r"(?<!who )(?<!which )(?<!that )"  # not a relative clause: "the nurse who will run it"
    r"\b(?:will|shall|is going to|are going to|plans? to|intends? to)\s+(?:now\s+|also\s+|then\s+)?"
    r"(?:trial|pilot|test|publish|share|send|set up|run|hold|meet|write|circulate|draft|prepare|"
    r"book|launch|roll out|extend|arrange|invite|present|report back|bring|look into|explore)\b"
    r"|\basked (?:us|everyone|members|each of us)(?: all)? to\b",
    re.IGNORECASE,
)
_TALLY = re.compile(  # a count, not a statement: "Letters in large print ........ 19",
    # "Scottish service evaluations (1,902)", "Parking: 4 votes"
    r"(?:\.{2,}|…|\s{3,})\s*\d[\d,.]*%?(?:\s+(?:votes?|dots?|responses?|people))?$"
    r"|^(?:[\w'’-]+\s+){0,5}[\w'’-]+\s*\(\s*(?:n\s*=\s*)?\d[\d,.]*\s*\)$"
    r"|^(?:[\w'’-]+\s+){0,5}[\w'’-]+:\s*\d[\d,.]*%?(?:\s+(?:votes?|dots?|responses?|people))?$",
    re.IGNORECASE,
)
VOICED = 0.8  # weight of a statement that is only a quotation ('"Stop weighing me in front of …"')
_VOICED = re.compile(r"[\"“‘'][^\"“”]{8,}[\"”’']\.?")
_NUMBERED = re.compile(r"(?:\d{1,2}(?:\.\d{1,2}){0,3}|[a-z]\))\.?\s+(?=[A-Z\"“])")
_LEARNED = re.compile(
    r"\b(?:we|they|i|the group|participants|teams?|staff|members|colleagues|people)\s+"
    r"(?:have\s+)?(?:learned|learnt|found|realised|realized|discovered|noticed)\b"
    r"|\b(?:key|main|biggest|important|clear|clearest|greatest|first|second|other|big|one)\s+"
    r"(?:lesson|learning|insight|finding|message|takeaway)s?\b"
    r"|\blessons?\s+(?:is|was|were|for)\b|\bwhat (?:worked|helped|made the difference)\b"
    r"|\bwhat (?:i|we) (?:want|would like) (?:you|people|everyone) to take away\b"
    r"|\b(?:would|want to|wish to) pass on\b",
    re.IGNORECASE,
)


_SUMS_UP = re.compile(  # a speaker summing up what was learned, the points to follow
    r"\b(?:pull|bring|draw)\s+(?:it\s+|this\s+|that\s+|things\s+)?together\s+what\s+(?:we|you|I)\b"
    r"|\b(?:sum|summ?ari[sz]e)\s+(?:up\s+)?what\s+(?:we|you|I)(?:['’]ve|\s+have)?\s+"
    r"(?:learn(?:ed|t)|heard|found|took\s+away)\b"
    r"|\bwhat\s+(?:we|I)(?:['’]ve|\s+have)\s+learn(?:ed|t)\s+(?:today|this\s+\w+|from\s+\w+)\W*$",
    re.IGNORECASE,
)
_MOVES_ON = re.compile(  # the summary of learning is over: the actions, or the close
    r"\W*(?:\w+,\s+)?(?:actions?|next\s+steps?|to\s+do|any\s+other\s+business|AOB|thanks?|"
    r"thank\s+you)\b",
    re.IGNORECASE,
)


def learning_claims(
    raw: RawDocument, claims: ClaimSet, layout: Layout, subject: Ref | None, header: Header
) -> list[tuple[Ref, int, int, int]]:
    """(learning, start, end, section heading) for every learning statement."""
    out = []
    found: list[tuple[int, int, int, float, str]] = []  # block, span, strength, text
    opened = said_from(raw)
    heads = layout.header_rows
    tabled = learning_columns(raw, heads)
    counted = counted_tables(raw, heads) | {  # tables of figures: their rows are data under
        # a learning heading, unless the header names a learning column ("Area | Dots | …");
        raw.blocks[h].table  # and action logs ("Action | Owner | By"): what is to be done
        for h in heads
        if action_log(list(raw.blocks[h].cells))
    }
    rows, logs = layout.typed  # a log's rows typed "Lesson"; the logs' tables
    typed = {i: {t.text: t.label} for i, t in rows.items() if t.role == Role.LEARNING}
    date = header.date or (str(header.year) if header.year else "")
    listed = {  # sections whose list says what was learned (not a slide's terse bullets)
        layout.heading_of[i]
        for i, b in enumerate(raw.blocks)
        if b.kind == BlockKind.LIST_ITEM and not _terse(layout.text(i))
    }
    named = {  # the words of the names of the document's people
        word for e in claims.entities(Label.PERSON) for word in e.name.split() if word[:1].isupper()
    }

    def scan(fallback: bool) -> None:
        """Collect the statements into `found`; with `fallback`, every sentence and list item
        of the notes' own prose (a section of no other meaning; a paragraph below their top)
        ending as a sentence does is one, weaker than any a heading or a cue says."""
        summing = False  # inside a spoken summary of what was learned (fallback only)
        for i, block in enumerate(raw.blocks):
            if fallback and block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
                said = layout.text(i)
                if _SUMS_UP.search(said):
                    summing = True  # "Let me try and pull together what we've learned today."
                    continue
                if summing and _MOVES_ON.match(said):
                    summing = False  # "Actions then. …": the summary is over
            role = layout.role[i]
            # a section with a list: its items (the prose introduces them)
            kinds = (
                (BlockKind.LIST_ITEM,)
                if layout.heading_of[i] in listed
                else (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH)
            )
            columns = None  # a table whose header names learning columns: those cells only
            row_label = False  # the row's own first cell says it (a grid's "What we noticed")
            if block.kind == BlockKind.TABLE_ROW and i not in heads:
                own_label = None if i in tabled else labelled_row(block)
                row_label = own_label is not None
                columns = tabled[i] if i in tabled else own_label or typed.get(i)
                if columns is None and block.table in logs:
                    continue  # a row of a typed log whose type is not learning ("Issue", "Action")
            label, labelled = layout.label(i)  # "**What it found:** Crews who used …"
            if labelled >= 0:
                own = role_of_heading(label)  # "Findings: …" says; "Citation: …" files
                role = own or (layout.role_at(i) if _lead_in(label) else Role.PROSE)
            learned = columns is not None or (
                role == Role.LEARNING
                and (
                    block.kind in kinds
                    or (
                        block.kind == BlockKind.TABLE_ROW
                        and i not in heads
                        and block.table not in counted
                    )
                    or labelled >= 0
                )
            )
            cued = (
                raw.kind == DocumentKind.WORKSHOP
                and role == Role.PROSE
                and (
                    block.kind == BlockKind.PARAGRAPH
                    or (fallback and block.kind == BlockKind.LIST_ITEM)
                )
                and not (fallback and i in layout.front and block.kind == BlockKind.PARAGRAPH)
            )
            if not (learned or cued) or layout.heading_of[i] == i or _caption(raw, i):
                continue  # (a line that heads its own part: "- So what?" over its sub-points)
            if ATTRIBUTED.match(layout.text(i)):
                continue  # a pull quote: what someone said, not what was learned from it
            by = layout.said_by[i]  # "What we heard", not its sub-heading "From parents"
            said = label if labelled >= 0 else layout.text(by) if by >= 0 else ""
            # the words start after a byline, or after a label
            words_at = opened.get(block.start, max(block.start, labelled))
            boxed = block.kind == BlockKind.TABLE_ROW and len(block.cells) <= 1 and labelled >= 0
            spans = (  # a table's row by its cells; a one-cell box led by a run-in head as prose
                row_statements(raw.text, block, columns, said)
                if block.kind == BlockKind.TABLE_ROW and not boxed
                else [
                    (a, b, said)
                    for a, b in _statements(
                        raw.text, words_at, block.end, BlockKind.PARAGRAPH if boxed else block.kind
                    )
                ]
            )
            for start, end, meant in spans:  # meant: the heading or column that says it is learning
                numbered = _NUMBERED.match(raw.text, start, end)  # "3.2 Several people said …"
                start = numbered.end() if numbered else start
                strength = (
                    (FALLBACK if fallback and not summing else CUED)
                    if cued
                    else learning_strength(meant, raw.kind == DocumentKind.EVIDENCE)
                )
                if (block.kind == BlockKind.PARAGRAPH and not cued) or row_label:
                    strength *= IN_PROSE  # a sentence of prose, or a row of a grid its first
                    # cell labels: said less plainly than under a heading of its own
                text = raw.text[start:end]
                if _VOICED.fullmatch(text.strip()):
                    strength *= VOICED  # a quotation whole: someone's voice more than a lesson
                if _figure(text):
                    strength *= FIGURE  # "About 19% of households …": a figure, not a lesson
                if (
                    _words(text) < MIN_STATEMENT_WORDS  # "Course completed 52 (90%) 53 (72%)"
                    or (cued and not fallback and not _LEARNED.search(text))
                    or (fallback and not text.rstrip().endswith((".", "!")))
                    or (fallback and _words(text) < FALLBACK_WORDS)
                ):
                    continue
                if (
                    _TALLY.search(text.strip())
                    or _ANNOUNCES.match(text.strip())
                    or _COURTESY.match(text.strip())
                    or _PLANS.search(text)
                    or _assigned(text, named)
                ):
                    continue  # it introduces the statements, asks, thanks or assigns: not one
                found.append((i, start, end, strength, text))

    scan(fallback=False)
    if not found and raw.kind == DocumentKind.WORKSHOP:
        scan(fallback=True)  # notes that head nothing as learning: what their prose says
    advised = [_recommends(layout, i) for i, *_ in found]
    if not all(advised):  # a report's recommendations are its lessons only when it states none
        found = [f for f, advice in zip(found, advised, strict=True) if not advice]
    for i, start, end, strength, text in found:
        prov = claims.provenance(start, end, "rule:learning")
        learning = claims.entity(
            Label.LEARNING,
            text,
            prov,
            recorded=date or "",
            source_title=raw.title,
            strength=round(strength, 3),
        )
        if learning is None:
            continue
        claims.relation(learning, Rel.FROM, subject, prov)
        out.append((learning, start, end, layout.heading_of[i]))
    return out


_ASSIGNED = re.compile(  # "Eoin to price two bays", "Dr Ann Bell and Tom to write …": names
    # in capitals (only the title's case is free), then "to" and a verb
    "^(?i:" + TITLE_BEFORE + r")?([A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2}"
    r"(?:\s+(?:and|&)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s+to\s+[a-z]"
)


def _caption(raw: RawDocument, i: int) -> bool:
    """A line set over a table that does not end as a sentence does ("How long people said
    they waited for the TIA clinic (show of hands, 27 people)"): the table's title."""
    block = raw.blocks[i]
    return (
        block.kind == BlockKind.PARAGRAPH
        and i + 1 < len(raw.blocks)
        and raw.blocks[i + 1].kind == BlockKind.TABLE_ROW
        and not raw.text[block.start : block.end].rstrip().endswith((".", "!", "?", ":"))
    )


def _assigned(text: str, named: set[str]) -> bool:
    """Whether a statement gives one of the document's people something to do ("Eoin to price
    two reserved bays"): an action, whatever heading it stands under.

    >>> _assigned("Eoin to price two bays.", {"Eoin"}), _assigned("DR Ann Bell and Tom to "
    ...     "write it.", {"Ann"}), _assigned("Eoin needs time to rest before clinic.", {"Eoin"})
    (True, True, False)
    """
    found = _ASSIGNED.match(text.strip())
    return found is not None and found.group(1) in named


def _recommends(layout: Layout, i: int) -> bool:
    """Whether block i is in a report's recommendations (ingest.extract.sections)."""
    h = layout.heading_of[i]
    return h >= 0 and recommends(layout.text(h))


def _terse(text: str) -> bool:
    """A bullet that names a point rather than saying it ("Bladder diary lesson", "Night
    checks"): a slide's headline, which its notes or the prose around it explain."""
    return len(text.split()) <= TERSE_WORDS and not text.rstrip().endswith((".", "!", "?"))


def _lead_in(key: str) -> bool:
    """Whether a paragraph's label may lead in to what it says ("What it found", "Carers
    notice first"), not file it ("Citation", "Setting", "Suggested citation", "DOI")."""
    words = key.split()
    commentary = key.strip().lower() in _COMMENTARY  # a slide's "Notes:", "Discussion:"
    return (len(words) >= 2 or commentary) and not _FILING.search(key)


_COMMENTARY = frozenset(
    {"notes", "speaker notes", "note", "comment", "comments", "discussion", "detail", "narrative"}
)
_FILING = re.compile(
    r"\b(?:citation|cite|doi|isbn|funding|funder|keywords?|setting|published|licen[cs]e|"
    r"copyright|contact|authors?|date|reference)\b",
    re.IGNORECASE,
)


def _statements(text: str, start: int, end: int, kind: BlockKind) -> list[tuple[int, int]]:
    """A list item whole; a paragraph sentence by sentence."""
    if kind == BlockKind.LIST_ITEM:
        return [(start, end)]
    out, at = [], start
    for piece in _SENTENCE.split(text[start:end]):
        where = text.find(piece, at, end)
        if where < 0:
            continue
        out.append((where, where + len(piece)))
        at = where + len(piece)
    return out
