"""The people a document lists, and what being listed there means, from its blocks.

Every people list goes through the one parser (ingest.extract.people_lists); this module finds
the lists and says what each means (ingest.extract.sections.Role):
- a "Key: value" line whose key names a part ("Present:", "Apologies:", "Chair:",
  "Facilitators:", "Authors:", "By", "Signed:", "Note taker:") means that part;
- a table of people means its label column ("Present | …", then rows with the label cell
  merged away) or, with none, the section it is in; tables are read by their header (Name |
  Role | Organisation, in any order) or by their cells;
- list items, short paragraphs and lines under a heading that means a part (attendance,
  apologies, authors, contacts, acknowledgements) mean that part;
- elsewhere, a run of list items or lines most of which are people lines is a PEOPLE list:
  at the top of evidence it is its authors (with affiliations from footnote lines under it:
  "¹ Bangor University"), at the top of workshop notes its attendees, anywhere else people
  and where they work;
- references and agenda sections are passed over (cited authors took no part in this).

Each entry keeps its own span in the document's text: that span, never a metadata line or a
heading, is what its facts quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from graph.reference.gazetteer import Gazetteer
from ingest.extract.absence_words import SALUTATION, came_in_place_of
from ingest.extract.bylines import (
    author_cards,
    bios,
    by_alone,
    closing_blocks,
    led_bylines,
    opening_bylines,
    run_in_lists,
)
from ingest.extract.front_page import value_of
from ingest.extract.group_labels import group_body, in_body, labels_group, stated_body
from ingest.extract.initials_key import keyed_people
from ingest.extract.interests import declarations, profile_roles
from ingest.extract.layout import Layout
from ingest.extract.list_cues import (
    cards,
    labelled_parts,
    leader_parts,
    letters_signed,
    mark_legend,
    members_apart,
    own_apologies,
    signature,
    unmarked,
)
from ingest.extract.listed import (
    JOINED,
    SHORT,
    Listed,
    key_role,
    label_role,
    listed,
    parse_lenient,
    run_in_label,
    shift,
    text_of,
)
from ingest.extract.people_affiliations import person_shaped
from ingest.extract.people_labels import a_part, named_people, the_makers
from ingest.extract.people_lines import PersonEntry
from ingest.extract.people_lists import (
    footnote_affiliations,
    parse_people,
    people_share,
)
from ingest.extract.people_names import Notes
from ingest.extract.people_tables import (
    MAIL_KEYS,
    PEOPLE_ROLES,
    SENTENCE_END,
    SHARE,
    SKIPPED,
    agenda_leads,
    named_rows,
    tables,
    typed_table,
)
from ingest.extract.sections import Role, says_apologies
from ingest.readers.marks import SUP_LETTERS
from ingest.types import Block, BlockKind, DocumentKind, RawDocument

HEADINGS = frozenset({BlockKind.TITLE, BlockKind.HEADING})
_MARKS = frozenset("¹²³⁴⁵⁶⁷⁸⁹*†‡" + SUP_LETTERS)
_SUPERSCRIPT = re.compile(r"\w[¹²³⁴⁵⁶⁷⁸⁹]")
_FOOTNOTE_BREAK = re.compile(r";\s*(?=[0-9¹²³⁴⁵⁶⁷⁸⁹*†‡])")
_BYLINE_BREAK = re.compile(r"\s+[·|•]\s+")
BYLINE_LINES = 3  # names and their affiliations under a part's heading


def people_in(raw: RawDocument, gaz: Gazetteer, layout: Layout) -> list[Listed]:
    """Every listed person of the document, with what the list means."""
    found: list[Listed] = []
    front = layout.front
    typed, _ = layout.typed  # a board export's "Who's here" rows, wherever they stand
    found.extend(typed_table(raw, gaz, typed, front))
    headings = [i for i in sorted(front) if raw.blocks[i].kind in HEADINGS]
    found.extend(led_bylines(raw, gaz, headings, front))  # "Written evidence submitted by …"
    found.extend(by_alone(raw, gaz, front))  # "by" / "Ross Dunnachie-Fraser BSc MSc"
    legend = mark_legend(raw.text)  # "*attended": the names without the mark were not there
    for section in layout.sections:
        blocks = list(section.blocks)
        if section.role == Role.AGENDA and raw.kind == DocumentKind.WORKSHOP:
            found.extend(agenda_leads(raw, gaz, blocks))  # "Time | Part | Led by"
        if section.role in SKIPPED:  # the top is read whatever it is under: a byline under a
            # title "… what the audit found"; and so is a web page's sign-off read after its
            # last section ("Report prepared by A, …" from its footer)
            found.extend(led_bylines(raw, gaz, [i for i in blocks if i not in front], front))
            signed = sorted(closing_blocks(raw).intersection(blocks) - front)
            found.extend(_metadata(raw, gaz, signed, front, Role.PEOPLE))  # "Chapter lead: A"
            found.extend(letters_signed(raw, gaz, blocks, front))  # under "Questions for …"
            if section.role == Role.LEARNING:  # "Table and host | The question | What we heard"
                hosts = named_rows(raw, [i for i in blocks if i not in front])
                found.extend(tables(raw, gaz, hosts, Role.PEOPLE, front, typed, set()))
            blocks = [i for i in blocks if i in front]
            if not blocks:
                continue
        said = [layout.text(j) for j in section.blocks]
        entries = [layout.text(j) for j in blocks if raw.blocks[j].kind != BlockKind.METADATA]
        grouped = labels_group(section, entries, gaz)  # a group's label is no one's name
        mark = len(found)
        if (
            not grouped
            and section.heading >= 0
            and _people_heading(raw, raw.blocks[section.heading], gaz)
        ):
            if own_apologies(said, layout.text(section.heading), gaz):
                found.extend(_named_part(raw, gaz, section.heading, front))
            else:
                blocks.insert(0, section.heading)  # a name line set as a heading (a byline)
        role = section.role
        if section.heading >= 0 and the_makers(raw, layout.text(section.heading)):
            role = Role.AUTHORS  # "1. Outbreak Control Team" in "…: report of the OCT"
        found.extend(_metadata(raw, gaz, blocks, front, role))
        found.extend(declarations(raw, gaz, blocks))  # "Remuneration: Trustee, Fife College"
        found.extend(tables(raw, gaz, blocks, role, front, typed, layout.apology_rows))
        found.extend(
            _lines(raw, gaz, blocks, section.role, front, section.heading, legend, layout.role)
        )
        found.extend(opening_bylines(raw, gaz, blocks, front))
        found.extend(author_cards(raw, gaz, blocks, front))
        found.extend(run_in_lists(raw, gaz, blocks, front))
        found.extend(led_bylines(raw, gaz, blocks, front))
        if section.role in (Role.AUTHORS, Role.ATTENDANCE):
            found.extend(bios(raw, gaz, blocks, section.role, front))
        title = [layout.text(section.heading)] if section.heading >= 0 else []
        body = group_body(title[0], gaz) if grouped else stated_body([*title, *said], gaz)
        found[mark:] = in_body(found[mark:], body)  # "NHS Fife" over them, "All from …"
    found.extend(profile_roles(raw, gaz, layout.sections))  # a profile's "Other appointments"
    return keyed_people(raw, gaz, found, front)  # "Present | HB, KS" with "HB = Helen B…"


def _named_part(
    raw: RawDocument, gaz: Gazetteer, heading: int, front: set[int]
) -> Iterator[Listed]:
    """A part headed by a person's name (a speaker's accordion, a profile, a post) whose text
    says they sent apologies: that person sent apologies ("Marcus sent apologies on the
    day", "Sorry to miss Tuesday's huddle")."""
    block = raw.blocks[heading]
    for entry in parse_lenient(text_of(raw, block), gaz):
        yield listed(raw, block, entry, Role.APOLOGIES, front, heading)


def _people_heading(raw: RawDocument, block: Block, gaz: Gazetteer) -> bool:
    return block.kind == BlockKind.HEADING and bool(parse_people(text_of(raw, block), gaz))


def _metadata(
    raw: RawDocument, gaz: Gazetteer, blocks: list[int], front: set[int], role: Role
) -> Iterator[Listed]:
    keys = {i: raw.blocks[i].key for i in blocks if raw.blocks[i].kind == BlockKind.METADATA}
    run_in = {  # "Present. A, Role; B …", "Written by A, …": a label the paragraph runs in from
        i: label
        for i in blocks
        if raw.blocks[i].kind == BlockKind.PARAGRAPH
        and (label := run_in_label(text_of(raw, raw.blocks[i])))
    }
    keyed = sorted(keys.keys() | run_in.keys())
    keys |= run_in
    meanings = {
        i: Role.AUTHORS if _sender(raw, i) else _typed(raw, i) or key_role(keys[i]) for i in keyed
    }
    named = {i: _named_key(keys[i], gaz) for i in keyed if meanings[i] is None}
    vouched = "strong" in named.values()  # a list of names, not of headings
    for i in keyed:
        block = raw.blocks[i]
        meaning = meanings[i]
        if named.get(i) == "strong" or (named.get(i) == "weak" and vouched):
            # "Chloe Hutchinson: Project Manager"
            entries = parse_lenient(text_of(raw, block), gaz)[:1]
            entries = entries or [PersonEntry(keys[i], name_end=len(keys[i]))]
            meant = role if role in PEOPLE_ROLES else Role.PEOPLE
            for entry in entries:
                yield listed(raw, block, entry, meant, front, i)
            continue
        if meaning in SKIPPED or (meaning is None and not a_part(keys[i])):
            continue
        text = text_of(raw, block)
        at = len(keys[i]) + 1 if i in run_in else text.find(":") + 1  # the value: whatever
        # words the key has ("Sent apologies")
        ends = SENTENCE_END.search(text, at)  # "Who came: A, B and me. C didn't reply …"
        # a label no vocabulary knows over people ("Co-debriefer: …", "Facilitated: …",
        # "Table 1: A (Role, Org); B (…)"): people the document lists, as under no heading
        value = text[at : ends.start() if ends else len(text)]
        notes = _notes_after(raw, gaz, i) or None
        under = role if role in PEOPLE_ROLES else Role.PEOPLE  # "Credits" / "Words: A, …"
        for a, b, inner in labelled_parts(value):  # "Present: Chair: A … Apologies: B"
            part = value[a:b]
            entries = parse_lenient(part, gaz, notes)
            if meaning is None and inner is None:
                entries = named_people(entries, gaz, raw.text)
            nexts = [e.start for e in entries[1:]] + [len(part)] if entries else []
            for entry, end in zip(entries, nexts, strict=True):
                joint = JOINED.search(part, entry.end)  # up to the next person, or the next
                # ";", "with" or ", for" ("A, Role, for B (on leave)": B was away, not A)
                stop = joint.start() if joint else end
                own = part[entry.start : max(min(end, stop), entry.end)]
                away = says_apologies(own) or came_in_place_of(part[: entry.start])
                said = Role.APOLOGIES if away else inner or meaning  # "Discussant:
                # Dr A, GP (unable to attend on the day)"; "Team: A (Lead); B - OFF SICK"
                yield listed(raw, block, shift(entry, at + a), said or under, front, i)


NOTE_BLOCKS = 4  # affiliation notes under an "Authors:" line: a block or a few


def _notes_after(raw: RawDocument, gaz: Gazetteer, i: int) -> dict[str, Notes]:
    """The affiliation notes in the blocks right under a key line ("Authors: A*, B†" over
    "* Leeds and York Partnership NHS Foundation Trust" / "† Leeds Beckett University")."""
    lines: list[str] = []
    starred = "*" in text_of(raw, raw.blocks[i])
    for k, block in enumerate(raw.blocks[i + 1 : i + 1 + NOTE_BLOCKS]):
        text = text_of(raw, block).strip()
        if k == 0 and starred and block.kind == BlockKind.LIST_ITEM and text[:1] not in _MARKS:
            text = f"* {text}"  # "* Leeds and York …": a note the reader took for a bullet
        if not text or (text[0] not in _MARKS and not text[0].isdigit()):
            break
        lines.extend(text.split("\n"))
    return footnote_affiliations(lines, gaz) if lines else {}


_TYPE_KEYS = frozenset({"type", "type(s)", "types", "role", "role(s)", "contact type"})
_NAME_KEYS = frozenset({"name", "contact name", "full name", "contact"})


def _typed(raw: RawDocument, i: int) -> Role | None:
    """A record's name line read with the type the line above gives it ("Type(s): Principal
    Investigator" over "Contact name: Dr Ann Example": an investigator, not just a contact)."""
    if i < 1 or raw.blocks[i].key.lower() not in _NAME_KEYS:
        return None
    above = raw.blocks[i - 1]
    if above.kind != BlockKind.METADATA or above.key.lower() not in _TYPE_KEYS:
        return None
    return label_role(value_of(raw, above)[1])


def _named_key(key: str, gaz: Gazetteer) -> str:
    """Whether a "Key: value" line's key is a person's name (a `<dt>` naming a participant):
    "strong" (a name by itself), "weak" (shaped like one: only beside a strong one), ""."""
    if not key or len(key.split()) > 5:
        return ""
    found = parse_people(key, gaz)
    if found:
        return "strong" if len(found) == 1 and found[0].end >= len(key.rstrip()) - 1 else ""
    return "weak" if person_shaped(key) else ""


def _sender(raw: RawDocument, i: int) -> bool:
    """Whether block i is the "From:" line of an e-mail's header ("Sent:", "To:", "Subject:"
    beside it): who wrote that message."""
    if raw.blocks[i].key.lower() != "from":
        return False
    near = raw.blocks[max(0, i - 3) : i + 4]
    return any(b.kind == BlockKind.METADATA and b.key.lower() in MAIL_KEYS for b in near)


def _lines(
    raw: RawDocument,
    gaz: Gazetteer,
    blocks: list[int],
    role: Role,
    front: set[int],
    heading: int = -1,
    legend: str = "",
    roles: Sequence[Role] = (),
) -> Iterator[Listed]:
    """List items, short paragraphs and name lines set as headings, in runs; `legend`: the
    mark that says someone was there, if a legend gives one; `roles`: each block's meaning,
    which a lead-in over a run gives it ("Names on the sheet (…):" over a numbered list)."""
    section_role = role
    for run in (
        part
        for whole in _runs(raw, blocks)
        for part in (
            [whole]
            if (roles[whole[0]] if roles else section_role) in PEOPLE_ROLES
            else members_apart(gaz, whole, [text_of(raw, raw.blocks[i]) for i in whole])
        )
    ):
        led = roles[run[0]] if roles else section_role
        role = led if led in PEOPLE_ROLES else section_role
        texts = [text_of(raw, raw.blocks[i]) for i in run]
        if signature(raw, gaz, run[-1], texts[-1]):  # "Cheers, Bríd" / "Bríd M…, Role, Org"
            signed = Role.ATTENDANCE if raw.kind == DocumentKind.WORKSHOP else Role.PEOPLE
            for entry in parse_people(texts[-1], gaz):
                yield listed(raw, raw.blocks[run[-1]], entry, signed, front, run[-1])
            run, texts = run[:-1], texts[:-1]
            if not run:
                continue
        notes = [part for text in texts for part in _FOOTNOTE_BREAK.split(text)]
        footnotes = footnote_affiliations(notes, gaz) or _numbered_notes(raw, run, texts, gaz)
        if (
            footnotes
            and raw.kind == DocumentKind.EVIDENCE
            and role not in PEOPLE_ROLES
            and not _marked_authors(texts, footnotes, gaz)
        ):
            k = next(  # "The corrected author list is:" over "Seren Awbery¹, Gwilym …" / "¹ …"
                (
                    k
                    for k in range(1, len(texts))
                    if texts[k][:1] not in _MARKS
                    and _SUPERSCRIPT.search(texts[k])  # marks set as marks: "Trefor²"
                    and _marked_authors(texts[k:], footnotes, gaz)
                ),
                0,
            )
            run, texts = run[k:], texts[k:]
        after = [*run[1:], run[-1] + 1]  # the blocks after each of the run's
        addressed = any(
            k < len(raw.blocks) and SALUTATION.match(text_of(raw, raw.blocks[k])) for k in after
        )
        front_run = any(i in front for i in run)
        carded: dict[int, list[PersonEntry]] | None = None  # worked out once, when needed
        if role in PEOPLE_ROLES:
            meaning = role
        elif raw.kind == DocumentKind.EVIDENCE and _marked_authors(texts, footnotes, gaz):
            meaning = Role.AUTHORS  # names marked with their affiliations' notes: the authors
        elif _part_byline(raw, gaz, run, texts, heading):
            meaning = Role.AUTHORS
        elif (
            people_share(texts, gaz) >= SHARE
            or (len(run) <= 3 and front_run)
            or _marked_authors(texts, footnotes, gaz)
            or (front_run and (carded := cards(raw, gaz, run, texts)))
        ):  # (a title page's author set as a heading over their role and body: a card)
            meaning = Role.PEOPLE
        elif addressed and front_run:  # a letter's addressee: the host of
            # a visit it reports took part in it; a report's addressee did not write it
            meaning = Role.PEOPLE if raw.kind == DocumentKind.WORKSHOP else Role.ACKNOWLEDGEMENTS
        else:
            continue
        if carded is None:
            carded = cards(raw, gaz, run, texts)
        away = unmarked(texts, legend)  # "[ ] Kathleen …"; "Ross D…" under "*attended"
        for k, (i, text) in enumerate(zip(run, texts, strict=True)):
            block = raw.blocks[i]
            absent = says_apologies(text) or k in away  # "Ciara sent apologies"
            said = Role.APOLOGIES if absent else meaning
            if i in carded:
                yield from (listed(raw, block, entry, said, front, i) for entry in carded[i])
                continue
            for at, part in leader_parts(text, gaz) or _segments(text, i in front):
                for entry in parse_lenient(part, gaz, footnotes or None):
                    yield listed(raw, block, shift(entry, at), said, front, i)


def _marked_authors(texts: list[str], footnotes: dict[str, Notes], gaz: Gazetteer) -> bool:
    """A run that opens with a line of names whose footnote marks the notes under it resolve
    ("Laura Imrie¹, Sandeep Gill²" / "¹ University of Aberdeen" / "² NHS Grampian" / "doi: …"):
    a title page's (or a corrected author list's) authors, however many other lines the run
    holds."""
    if not footnotes:
        return False
    entries = parse_people(texts[0], gaz, footnotes)
    return sum(1 for entry in entries if entry.organisations) >= min(2, len(entries)) > 0


def _part_byline(
    raw: RawDocument, gaz: Gazetteer, run: list[int], texts: list[str], heading: int
) -> bool:
    """A part's byline: a few short lines right under its heading, before its prose, the
    first of them naming people ("B13  A walking football league" / "Carys Jenkins" / "Cwm
    Taf Morgannwg University Health Board"): those people wrote the part (an abstract, a
    chapter) or, in workshop notes, led it."""
    if heading < 0 or run[0] != heading + 1 or len(run) > BYLINE_LINES:
        return False
    if any(raw.blocks[i].kind == BlockKind.HEADING for i in run):
        return False
    if any(text.rstrip().endswith((".", "!", "?")) or len(text) > SHORT // 2 for text in texts):
        return False
    return bool(parse_people(texts[0], gaz))


def _numbered_notes(
    raw: RawDocument, run: list[int], texts: list[str], gaz: Gazetteer
) -> dict[str, Notes]:
    """The affiliations of an author line whose numbered notes the reader took for a list
    ("(1) School of Health Sciences, University of Dundee" under "Elspeth Rintoul(1), …", a
    web page's numbered list under "Mali Eifion-Hart¹, …"): the list's items in order are
    notes 1, 2, …."""
    items = [
        t for i, t in zip(run, texts, strict=True) if raw.blocks[i].kind == BlockKind.LIST_ITEM
    ]
    if (
        not items
        or len(items) == len(run)
        or not re.search(r"\(\d\)|\w\d\b|\w[¹²³⁴⁵⁶⁷⁸⁹]", texts[0])
    ):
        return {}
    return footnote_affiliations([f"{k} {text}" for k, text in enumerate(items, 1)], gaz)


def _segments(text: str, front: bool) -> list[tuple[int, str]]:
    """(offset, text) of a line's parts: the whole line, or at the top of a document the
    parts of a byline set apart by " · " or " | " ("By A, Lead · 25 October 2023")."""
    if not front or not _BYLINE_BREAK.search(text):
        return [(0, text)]
    out, at = [], 0
    for part in _BYLINE_BREAK.split(text):
        out.append((text.find(part, at), part))
        at = out[-1][0] + len(part)
    return out


def _runs(raw: RawDocument, blocks: list[int]) -> Iterator[list[int]]:
    """Runs of consecutive list items, short paragraphs (or notes opening with a footnote
    mark) and headings (no metadata, tables, nor a paragraph run in from a label: "Present.
    A, …", read as the label says)."""
    run: list[int] = []
    for i in blocks:
        block = raw.blocks[i]
        fits = block.kind in (BlockKind.LIST_ITEM, BlockKind.HEADING) or (
            block.kind == BlockKind.PARAGRAPH
            and (block.end - block.start <= SHORT or text_of(raw, block)[:1] in _MARKS)
            and not run_in_label(text_of(raw, block))
        )  # affiliation notes run long on one line: "¹ Cwm Taf … · ² School of …"
        if fits and (not run or i == run[-1] + 1):
            run.append(i)
            continue
        if run:
            yield run
        run = [i] if fits else []
    if run:
        yield run
