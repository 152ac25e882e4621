"""Cues in and around a people list that change what one of its entries means or holds (used
by ingest.extract.people_blocks): a part headed by a person's name that says someone else sent
apologies, an entry left unticked in a checklist whose others are ticked, a signature line that
ends the document, a name set as a heading over its own role and organisation (a card),
labels inside one field's value that say what the people after them are, and a group's
members listed in one run with its notes.
"""

from __future__ import annotations

import itertools
import re

from graph.reference.gazetteer import Gazetteer
from ingest.extract.absence_words import says_apologies
from ingest.extract.host_lists import valediction
from ingest.extract.listed import SHORT, Listed, key_role, listed, text_of
from ingest.extract.own_initials import initialled_starts
from ingest.extract.people_affiliations import person_shaped
from ingest.extract.people_lists import PersonEntry, parse_people
from ingest.extract.people_tables import SENTENCE_END, SHARE
from ingest.extract.sections import Role
from ingest.types import BlockKind, DocumentKind, RawDocument

_SUBJECT = re.compile(r"((?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+)\b")  # a clause's opening name


def own_apologies(said: list[str], heading: str, gaz: Gazetteer) -> bool:
    """Whether a part headed by a person's name says that they sent apologies ("Dr Marcus
    Bello" over "Marcus sent apologies on the day"), not that someone else the part opens a
    clause with did ("Eileen Cushnahan-Boyd" over "Stroke Association" / "Ruairí
    Devlin-Magowan, Support Coordinator …, sent his apologies")."""
    own = {word.lower() for entry in parse_people(heading, gaz) for word in entry.name.split()}
    for clause in (c for text in said for c in re.split(r"(?<=[.;!?])\s+", text)):
        if not says_apologies(clause):
            continue
        subject = _SUBJECT.match(clause)
        words = subject.group(1).split() if subject else []
        if not (person_shaped(" ".join(words)) and own.isdisjoint(w.lower() for w in words)):
            return True
    return False


_TICKED = re.compile(r"\s*(?:\[[xX✓✔]\]|[☑✅])")
_UNTICKED = re.compile(r"\s*(?:\[ \]|☐)")


_MARK_LEGEND = re.compile(
    r"^[ \t]*([*†‡])[ \t]*(?:[=:–-][ \t]*)?(?:attended|present|in attendance|denotes attendance)\b",
    re.IGNORECASE | re.MULTILINE,
)


def mark_legend(text: str) -> str:
    """The mark a legend says stands for being there ("*attended", "* = present"); ''."""
    found = _MARK_LEGEND.search(text)
    return found.group(1) if found else ""


def unmarked(texts: list[str], legend: str) -> set[int]:
    """The entries of a run a mark says were not there: left unticked in a checklist whose
    others are ticked ("[ ] Kathleen Isbister …" under "[x] Sheena Corsie …"), or without the
    mark a legend says stands for being there ("Ross Dunnett" beside "*Bob Munro" under
    "*attended"). Worked out once per run.

    >>> sorted(unmarked(["[x] Al Bo", "[ ] Cy Do", "Ed Fo"], "")), unmarked(["[ ] Cy Do"], "")
    ([1], set())
    >>> sorted(unmarked(["*Al Bo", "Cy Do"], "*")), unmarked(["Al Bo", "Cy Do"], "*")
    ([1], set())
    """
    ticked = any(_TICKED.match(t) for t in texts)
    marked = bool(legend) and any(t.lstrip().startswith(legend) for t in texts)
    return {
        k
        for k, t in enumerate(texts)
        if (ticked and _UNTICKED.match(t)) or (marked and not t.lstrip().startswith(legend))
    }


def signature(raw: RawDocument, gaz: Gazetteer, i: int, text: str) -> bool:
    """A short line that ends the document with one person's name, role and organisation (a
    signature under "Cheers, Bríd"): who wrote it, in notes one who was there."""
    if i != len(raw.blocks) - 1:
        return False
    entries = parse_people(text, gaz)
    return (
        len(entries) == 1
        and entries[0].name_start <= 3
        and bool(entries[0].role or entries[0].organisations)
    )


def letters_signed(
    raw: RawDocument, gaz: Gazetteer, blocks: list[int], front: set[int]
) -> list[Listed]:
    """The signatures of letters among `blocks` (a section read for nothing else: a letter
    signed off under its "Questions for the committee"): the words that close a letter ("With
    best wishes and thanks again,") over the writer's name line ("Dr Harjinder Kaur Sangha BDS
    MFDS") and their role's lines make that name its writer wherever the letter ends (in notes,
    one who was there); the people under "cc:" after them are named, no more."""
    found: list[Listed] = []
    for at, i in enumerate(blocks[:-1]):
        block = raw.blocks[i]
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or not valediction(
            text_of(raw, block)
        ):  # ("Yours," set in the list style of the lines under it)
            continue
        first = raw.blocks[blocks[at + 1]]
        entry = first.kind == BlockKind.LIST_ITEM or (
            first.kind == BlockKind.PARAGRAPH and first.end - first.start <= SHORT
        )
        if blocks[at + 1] != i + 1 or not entry:
            continue
        run = [i + 1]
        for j in blocks[at + 2 :]:
            kind = raw.blocks[j].kind
            if j != run[-1] + 1 or kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
                break
            run.append(j)
        found += _signature(raw, gaz, run, [text_of(raw, raw.blocks[j]) for j in run], front)
    return found


_COPIED = re.compile(r"^\W*(?:cc|bcc|copy\s+to|copies\s+to|copied\s+to)\s*:?\s*$", re.IGNORECASE)


def _signature(
    raw: RawDocument, gaz: Gazetteer, run: list[int], texts: list[str], front: set[int]
) -> list[Listed]:
    """The writer of a run that opens with a name line under a letter's closing words, and
    the people it copies in; [] when its first line is not one name opening the line."""
    writer = parse_people(texts[0], gaz)
    if len(writer) != 1 or writer[0].name_start > 4:  # ("Dr " at most before the name)
        return []
    copied = next((k + 1 for k, text in enumerate(texts) if _COPIED.match(text)), len(texts))
    signed = Role.ATTENDANCE if raw.kind == DocumentKind.WORKSHOP else Role.PEOPLE
    found = [listed(raw, raw.blocks[run[0]], writer[0], signed, front, run[0])]
    for k in range(copied, len(run)):
        for entry in parse_people(texts[k], gaz):
            found.append(listed(raw, raw.blocks[run[k]], entry, Role.NAMED, front, run[k]))
    return found


def cards(
    raw: RawDocument, gaz: Gazetteer, run: list[int], texts: list[str]
) -> dict[int, list[PersonEntry]]:
    """A name set as a heading over a line that holds only its role and organisation, or over
    its role and then its organisation (a panel's or a team's cards: "<h3>Eileen
    Cushnahan-Boyd</h3>" / "Stroke Association"; a contact box's "Ann Bell" / "Development
    Manager" / "Food Train, Dumfries"): the person read with those lines, as "Name, Role,
    Organisation" would be. Each entry keeps the heading's span."""
    out: dict[int, list[PersonEntry]] = {}
    for k in range(len(run) - 1):
        if raw.blocks[run[k]].kind != BlockKind.HEADING:
            continue
        lines: list[str] = []
        for j in range(k + 1, min(k + 1 + CARD_LINES, len(run))):
            line = texts[j]
            if run[j] != run[k] + j - k or SENTENCE_END.search(line) or parse_people(line, gaz):
                break  # not under it, prose, or the next card's name
            lines.append(line)
            entries = parse_people(", ".join([texts[k], *lines]), gaz)
            if len(entries) == 1 and entries[0].organisations:
                out[run[k]] = entries
                break
    return out


CARD_LINES = 2  # under a card's name: its role and organisation, on one line or two


_INNER_LABEL = re.compile(r"(?<=[\s,;.)])([A-Z][A-Za-z]+(?:\s+[a-z]+){0,2}):\s+")


def labelled_parts(value: str) -> list[tuple[int, int, Role | None]]:
    """The stretches of a field's value that labels inside it set apart, each with what its
    label says its people are (a run-on "Present: Chair: Dr A (CNB), Consultant … Minutes: B
    (TAG), Administrator In attendance: C … Apologies: D"); the whole value (None) when no
    label of people is in it.

    >>> v = " Chair: Ann Bell, GP Minutes: Bo Li In attendance: Cy Ng Apologies: Di Ho"
    >>> [(v[a:b].strip(), r and r.value) for a, b, r in labelled_parts(v)]
    [('Ann Bell, GP', 'attendance'), ('Bo Li', 'attendance'), ('Cy Ng', 'attendance'), \
('Di Ho', 'apologies')]
    """
    cuts = [
        (m.start(1), m.end(), role)
        for m in _INNER_LABEL.finditer(value)
        if (role := key_role(m.group(1))) is not None
    ]
    if not cuts:
        return _entries_apart(value, [(0, len(value), None)])
    lead = value[: cuts[0][0]].strip()
    parts: list[tuple[int, int, Role | None]] = [(0, cuts[0][0], None)] if lead else []
    stops = [start for start, _, _ in cuts[1:]] + [len(value)]
    parts.extend((body, stop, role) for (_, body, role), stop in zip(cuts, stops, strict=True))
    return _entries_apart(value, parts)


def _entries_apart(
    value: str, parts: list[tuple[int, int, Role | None]]
) -> list[tuple[int, int, Role | None]]:
    """Each part cut again before every name keyed by its own initials, when the part runs
    such entries on with nothing between them ("Dr A Bell (AB), Consultant B Li (BL), …")."""
    out: list[tuple[int, int, Role | None]] = []
    for a, b, role in parts:
        starts = [a + k for k in initialled_starts(value[a:b])]
        edges = [a, *starts[1:], b] if starts else [a, b]
        out.extend((x, y, role) for x, y in itertools.pairwise(edges))
    return out


_LEADER = re.compile(r"\s(?:\.\s?){3,}\s*")  # "Mater Hospital . . . . Fergal …", "Minutes ……"
_RUN_ON = re.compile(  # the next entry where a wrapped roll call ran it on: "… (chairing) Dr
    # Ann Bell, Consultant", "… Senior Occupational Therapist Orlaith Quinn, Social Worker"
    r"(?<=[a-z)])\s+(?=(?P<title>(?:Dr|Prof|Professor|Cllr|Mr|Mrs|Ms|Miss|Mx)\.?\s+)?"
    r"(?P<given>[A-Z][^\W\d_]+)\s+(?:[A-Z]|Mc|Mac|O['’]|N[ií]\s)[\w'’-]+,)"
)


def leader_parts(text: str, gaz: Gazetteer) -> list[tuple[int, str]] | None:
    """The entries after a dot leader ("Royal Victoria Hospital . . . Caoimhe Bell, Discharge
    Coordinator (chairing) Dr Ann Rao, Consultant", a roll call by site whose wrapped lines
    ran two entries on): (offset, text) of each, cut before a name that opens the next (a
    title, or a given name the gazetteer knows, then a surname and a comma); None when the
    line has no leader or a person's name before it. The label before the leader is left out
    (a site, a part).

    >>> from graph.reference.gazetteer import load_gazetteer
    >>> t = "Mater Hospital . . . Jo Bell, Senior Therapist Orla Quinn, Social Worker"
    >>> [p for _, p in leader_parts(t, load_gazetteer())]
    ['Jo Bell, Senior Therapist', 'Orla Quinn, Social Worker']
    >>> leader_parts("Jo Bell, Nurse", load_gazetteer()), leader_parts(
    ...     "Ms J. Bell .... Officer, Paths for All", load_gazetteer())
    (None, None)
    """
    leader = _LEADER.search(text)
    if leader is None or leader.start() == 0 or parse_people(text[: leader.start()], gaz):
        return None  # (a person's name before the leader: "Ms I. Bell .... Officer, …")
    out: list[tuple[int, str]] = []
    at = leader.end()
    for cut in _RUN_ON.finditer(text, at):
        if cut.group("title") or gaz.given_name(cut.group("given")):
            out.append((at, text[at : cut.start()]))
            at = cut.end()
    out.append((at, text[at:]))
    return [(a, part) for a, part in out if part.strip()]


_NOTE_END = re.compile(r"[.!?][\"”’')]*\s*$")  # a group's note is a sentence
MEMBERS_LEAST = 2  # people lines in a row that list a group's members among its notes


def members_apart(gaz: Gazetteer, run: list[int], texts: list[str]) -> list[list[int]]:
    """A run of lines that lists groups' members each over the group's notes ("FOUR A Lesley
    Haddow (Practice Nurse, …)" / "Parveen Akhtar-Neill (…)" / "- Women who had a painful
    first smear do not come back." / "FOUR B …"), cut where people lines give way to other
    lines and back, so each stretch of members is read as a list although the run as a whole
    is mostly notes; the run whole when most of it names people, when no stretch does, or when
    it holds no notes ("Human factors: Dr A, …" among "Chair: Dr B": a list the whole run's
    reader reads)."""
    if len(run) < 2 * MEMBERS_LEAST:
        return [run]
    people = [bool(parse_people(text, gaz)) for text in texts]
    if sum(people) >= SHARE * len(people):
        return [run]
    if not any(not p and _NOTE_END.search(t) for p, t in zip(people, texts, strict=True)):
        return [run]
    cuts = [k for k in range(1, len(run)) if people[k] != people[k - 1]]
    parts = [run[a:b] for a, b in itertools.pairwise([0, *cuts, len(run)])]
    if not any(people[run.index(p[0])] and len(p) >= MEMBERS_LEAST for p in parts):
        return [run]
    return parts
