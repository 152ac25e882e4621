"""Bylines that are not lists: who a document or a part of it says made it, in the prose at
its top or in a section about its people.

- an opening paragraph that starts with its authors ("A, Analyst, Public Health Wales; B,
  Nurse Lead. With thanks to …");
- a paragraph led by who made it ("Typed up by Aisha Karim (…) from photos of …");
- prose under "About the authors" or "Who came" whose sentences open with a person ("Iona
  Fairlie is a physiotherapist and lecturer at …").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from graph.reference.gazetteer import Gazetteer
from graph.reference.names import TITLE_BEFORE
from ingest.extract.listed import (
    SHORT,
    Listed,
    label_role,
    listed,
    parse_lenient,
    shift,
    text_of,
)
from ingest.extract.name_bodies import opens_body
from ingest.extract.people_lines import PersonEntry, parse_line
from ingest.extract.sections import Role, opens_with_apologies
from ingest.types import Block, BlockKind, RawDocument

_FIRST_OF = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")  # where a paragraph's next sentence starts
_FIRST_SENTENCE = re.compile(r"(.{10,300}?[a-z)])\.\s+(?=[A-Z])")
_MADE_BY = re.compile(  # up to three words may say what was made: "Written evidence submitted by"
    r"(?:[A-Za-z]+\s+){0,3}?"
    r"((?:typed|written|notes?\s+taken|minutes?\s+taken|minuted|compiled|prepared|facilitated|"
    r"chaired|hosted|led|analysis|analysed|analyzed|research|review|reviewed|evaluation|"
    r"evaluated|edited|authored|fieldwork|interviews|report|submitted|presented|developed|"
    r"posted|write-?\s?up|words)"
    r"(?:\s+up)?)(?:\s+(?:the|that|same|next|following|evening|day|morning|afternoon|week|"
    r"later|afterwards|on|from|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}|(?:19|20)\d\d|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,?)){0,4}\s+(?:by|with)\s+"
    # "Posted 21 November 2025 by", "the same
    # evening by", "Prepared with Dominic Pryce, …" (a co-author)
    r"(?:(?:the|our|its|their)\s+(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*,\s+)?"  # "the rapporteur,"
    r"(?=[A-Z])"
    # or a credit's label: "Economic analysis: B, …", "Fieldwork: C" (not "Report: Lounge, …")
    r"|(?:[A-Za-z]+\s+){0,2}?(analysis|fieldwork|interviews|editing|peer\s+review)\s*:\s+"
    r"(?=[A-Z])",
    re.IGNORECASE,
)
_MORE = re.compile(  # "…, with Tariq Osman, Officer at …", "(…) and Dr Bo Li"; not "Policy and …"
    r",\s+(?:with|and|&)\s+(?=[A-Z])|\s+with\s+(?=[A-Z])|(?<=\))\s+(?:and|&)\s+(?=[A-Z])"
)
BYLINE_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.TITLE, BlockKind.HEADING})
MAX_MADE_BY = 4  # people one byline names
BYLINE_SEEK = 200  # characters of a paragraph in which a byline may open a sentence
CLOSING_BLOCKS = 3  # the last blocks of a document, where a web page signs off "Written by …"
_NAMES_END = re.compile(r"\s+(?:from|on|at|in|with|for|after|using|during)\s+|[,.;:]\s|$")
_BIO = re.compile(  # a sentence that opens with who it is about: "Iona Fairlie is a …"
    r"(?:^|(?<=[.!?]\s))(" + TITLE_BEFORE + r"?[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+){1,3})\s+(?:is|was|has|had|leads|led|works|worked|joined|heads|"
    r"chairs|manages|holds|brings|became)\b"
)


def _front_paragraphs(
    raw: RawDocument, blocks: list[int], front: set[int]
) -> Iterator[tuple[int, Block, str]]:
    """(index, block, text) of the paragraphs among `blocks` at the top of the document."""
    for i in blocks:
        block = raw.blocks[i]
        if i in front and block.kind == BlockKind.PARAGRAPH:
            yield i, block, text_of(raw, block)


def opening_bylines(
    raw: RawDocument, gaz: Gazetteer, blocks: list[int], front: set[int]
) -> Iterator[Listed]:
    """At the top of a document, a long paragraph that opens with a people line and goes on
    in prose ("A, Analyst, Public Health Wales; B, Nurse Lead, Public Health Agency. With
    thanks to …"): the people of its first sentence."""
    for i, block, text in _front_paragraphs(raw, blocks, front):
        if block.end - block.start <= SHORT:
            continue
        first = _FIRST_SENTENCE.match(text)
        if first is None:
            continue
        for entry in parse_lenient(first.group(1), gaz):
            yield listed(raw, block, entry, Role.PEOPLE, front, i)


def closing_blocks(raw: RawDocument) -> set[int]:
    """The last CLOSING_BLOCKS blocks of a document, where a web page signs off."""
    return set(range(max(0, len(raw.blocks) - CLOSING_BLOCKS), len(raw.blocks)))


def led_bylines(
    raw: RawDocument, gaz: Gazetteer, blocks: list[int], front: set[int]
) -> Iterator[Listed]:
    """A paragraph led by who made it, then prose, at the top of a document or closing it:
    "Typed up by Aisha Karim (IRIS Advocate Educator, Harbour) from photos of the flipcharts
    …", "Written by Ann Bell, Area Manager, with figures from the data team.": the people
    named after the lead."""
    closing = closing_blocks(raw)
    for i in blocks:
        block = raw.blocks[i]
        field = block.kind == BlockKind.METADATA  # "Chapter lead: A, …. Prepared with B, …":
        # its value is read as a field, the sentences after it as prose
        if (i not in front and i not in closing) or (block.kind not in BYLINE_KINDS and not field):
            continue
        text = text_of(raw, block)
        starts = [0] * (not field) + [m.end() for m in _FIRST_OF.finditer(text, 0, BYLINE_SEEK)]
        # "Thackray Museum, Leeds. Notes typed up the same evening by …": its second sentence;
        # "Prepared by A, …. Economic analysis: B, …": each sentence so led
        for lead in filter(None, (_MADE_BY.match(text, at) for at in starts)):
            meaning = label_role((lead.group(1) or lead.group(2)) + " by")
            if meaning is None:
                continue
            for a, b in _named(text, lead.end()):
                for entry in parse_lenient(text[a:b], gaz):
                    yield listed(raw, block, shift(entry, a), meaning, front, i)


def _named(text: str, at: int) -> list[tuple[int, int]]:
    """Spans of the people a byline names from `at`: each a name with its bracketed or
    comma-set role ("Conor Rafferty (Research Officer, Dunlewey)", "Dr Efa Brangwyn, Research
    Analyst at SCIE"), the next joined by "with" or "and"; the prose after them left out.

    >>> t = "By Ann Bell (GP, NHS Fife) with Dr Bo Li, Nurse at NHS Fife, from notes."
    >>> [t[a:b] for a, b in _named(t, 3)]
    ['Ann Bell (GP, NHS Fife)', 'Dr Bo Li, Nurse at NHS Fife']
    >>> t = "Written up by Dr Jo Li, Psychologist and lead · supervision held Tuesday"
    >>> [t[a:b] for a, b in _named(t, 14)]
    ['Dr Jo Li, Psychologist and lead']
    >>> t = "Written by Dr Jo Li, Fellow at Stirling, and Bo Li of Age Scotland, where he works."
    >>> [t[a:b] for a, b in _named(t, 11)]
    ['Dr Jo Li, Fellow at Stirling', 'Bo Li of Age Scotland']
    >>> t = "Prepared with Bo Li, Officer (Midlands), Transport Association. Approved by X."
    >>> [t[a:b] for a, b in _named(t, 14)]
    ['Bo Li, Officer (Midlands), Transport Association']
    """
    out: list[tuple[int, int]] = []
    while len(out) < MAX_MADE_BY:
        rest = text[at:]
        if "(" in rest[:60]:
            cut = rest.find(")") + 1
            if cut and rest[cut : cut + 2] == ", " and not _MORE.match(rest, cut):
                cut = _role_end(rest, cut)  # "A, Officer (Midlands), Community Transport …"
        else:
            ends = _NAMES_END.search(rest)
            cut = ends.start() if ends else len(rest)
            comma = rest[cut : cut + 2] == ", "  # a role after a comma: to the next joiner
            if comma and (more := _MORE.search(rest, cut)) and "." not in rest[cut : more.start()]:
                cut = more.start()
            elif comma:
                cut = _role_end(rest, cut)
        while cut > 0 and rest[cut - 1] in ",;: ":
            cut -= 1
        if cut <= 0:
            break
        out.append((at, at + cut))
        more = _MORE.match(rest, cut)
        if more is None:
            break
        at += more.end()
    return out


def _role_end(rest: str, cut: int) -> int:
    """Where a role and organisation set after a comma end: at the sentence's end or the
    prose after them ("…, Nurse at NHS Fife, from notes.", "…, Sands Derby, of our listening
    event on …")."""
    stop = re.search(
        r"\.\s|\.$|\s+(?:from|on|using|during|after)\s+|,\s+of\s+(?:our|the|this|that|a|an)\s"
        r"|\s[·|•]\s"  # "…, Clinical Psychologist · supervision held Tuesday …"
        r"|,\s+(?:where|who|whose|which)\s",  # "… of Care and Repair Scotland, where he is …"
        rest[cut:],
    )
    return cut + stop.start() if stop else len(rest)


def bios(
    raw: RawDocument, gaz: Gazetteer, blocks: list[int], role: Role, front: set[int]
) -> Iterator[Listed]:
    """Under "About the authors" or "Who came", prose that introduces each person ("Iona
    Fairlie is a physiotherapist and lecturer at …. Jamie Nisbet leads …"): the people its
    sentences open with."""
    for i in blocks:
        block = raw.blocks[i]
        if block.kind != BlockKind.PARAGRAPH:
            continue
        text = text_of(raw, block)
        said = role  # a paragraph that opens "We missed two people." names who did not come
        if role == Role.ATTENDANCE and opens_with_apologies(text):
            said = Role.APOLOGIES
        for opened in _BIO.finditer(text):  # the sentence vouches for a name it opens with
            for entry in parse_line(opened.group(1), gaz, trusted=True):
                yield listed(raw, block, shift(entry, opened.start(1)), said, front, i)


_CARD = re.compile(  # a profile card: a name run into its headline "Role at Organisation"
    # ("… Manager at NHS Lothian | …", "… IPC Nurse Specialist · NHS Tayside Jun 4, 2025")
    "(" + TITLE_BEFORE + r"?([A-Z][\w'’-]+)\s+[A-Z][\w'’-]+)\s+"
    r"((?:[A-Z][\w'’&-]*\s+){0,5}[A-Z][\w'’&-]*)\s+(?:at|@|·)\s+"
    r"([A-Z][^|·•\n]{2,80}?)\s*(?:[|·•]|$|\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|"
    r"Dec)[a-z]*\.?\s+\d|\s\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
)


def author_cards(
    raw: RawDocument, gaz: Gazetteer, blocks: list[int], front: set[int]
) -> Iterator[Listed]:
    """At the top of a document, a line that opens with a name run into its headline
    ("Shona Laidlaw Volunteer Services Manager at NHS Lothian | Helping people give their time
    | 1,482 followers", a post's "Lorna Guthrie IPC Nurse Specialist · NHS Tayside Jun 4"), as
    article pages and posts show their author: the author (in workshop notes, one who took
    part), with role and organisation. The given name must be one the gazetteer knows."""
    for i, block, text in _front_paragraphs(raw, blocks, front):
        card = _CARD.match(text)
        if card is None or not gaz.given_name(card.group(2)):
            continue
        if opens_body(text[card.start(1) :], len(card.group(1).split()), gaz):
            continue  # "Aneurin Bevan University Health Board · …": a body, no author
        entry = PersonEntry(
            card.group(1),
            role=card.group(3),
            organisations=(card.group(4).strip(),),
            start=card.start(1),
            end=card.end(4),
            name_start=card.start(1),
            name_end=card.end(1),
        )
        yield listed(raw, block, entry, Role.AUTHORS, front, i)


_RUN_IN_LABEL = re.compile(  # "Report authors. A, …", "Speakers · A — Role, Org · B — …"
    r"([A-Z][^.!?:\n·•]{2,40}?)(?:\.|\s+[·•])\s+(?=[A-Z])"
)


def run_in_lists(
    raw: RawDocument, gaz: Gazetteer, blocks: list[int], front: set[int]
) -> Iterator[Listed]:
    """A paragraph led by a run-in label that means a list of people ("Report authors.
    Professor A, Audit Lead, University of Birmingham; B, Nurse Consultant, …", "Present.
    A, B"): its people, meaning what the label says."""
    for i in blocks:
        block = raw.blocks[i]
        if block.kind != BlockKind.PARAGRAPH:
            continue
        text = text_of(raw, block)
        label = _RUN_IN_LABEL.match(text)
        meaning = label_role(label.group(1)) if label else None
        if label is None or meaning not in LISTING:
            continue
        for entry in parse_lenient(text[label.end() :], gaz):
            yield listed(raw, block, shift(entry, label.end()), meaning, front, i)


LISTING = frozenset({Role.ATTENDANCE, Role.APOLOGIES, Role.AUTHORS})


BYLINE_LEADS = frozenset({"by", "by:", "gan", "written by", "prepared by", "compiled by"})


def by_alone(raw: RawDocument, gaz: Gazetteer, front: set[int]) -> Iterator[Listed]:
    """A line that is only "by" over a line of names (a thesis's or a report's title page:
    "by" / "Ross Dunnachie-Fraser BSc MSc"): those people made the document."""
    for i, block in enumerate(raw.blocks[:-1]):
        if text_of(raw, block).strip().lower() not in BYLINE_LEADS:
            continue
        under = raw.blocks[i + 1]
        for entry in parse_lenient(text_of(raw, under), gaz):
            yield listed(raw, under, entry, Role.AUTHORS, front, i + 1)
