"""Who took part in a workshop, or is behind an evidence item, as its prose says: people
listed under attendance or led in by a clause ("round the table were: …", "Our speakers were
A, …, and B, …"), said to act at the workshop ("Ms Carlin presented …"), the part they led kept
("speaker", "presenter"); someone any sentence says could not come did not attend, whatever
list names them. In an evidence item, someone said to have led or written the work ("…, who
led the study, said") is one of its authors. A document whose lists and labels link no one
names in full in its own prose (an evidence item: at its top) the people who took part or made
it, besides those its phrasings say acted, unless the sentence cites them or says they could
not come. The phrasings live in
ingest.extract.took_part.

Everyone else an evidence item names in full, outside its references and apologies and not in
a sentence that cites them, is NAMED_IN it: a weak link that says the item names them with no
part stated (the statistician in a release's contact box, a member of the steering group thanked
at the end); so is everyone its lists name (ingest.extract.structure), unless a sentence says
they stood down or could not come. Workshop notes get no such link: people they name with no
part stated are as often those who did not come, or people talked about.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from graph.model import Label, Rel
from graph.reference.names import TITLE_BEFORE
from ingest.extract.absence_words import came_in_place_of
from ingest.extract.claims import ClaimSet, Ref
from ingest.extract.layout import Layout
from ingest.extract.listed import label_role
from ingest.extract.made_it import led_the_work, made_by, made_with
from ingest.extract.sections import NOT_NAMED, Role, apologies_in, role_of_heading, says_apologies
from ingest.extract.sentences import apologises, doc_text, ents_of, provenance, sentence_of
from ingest.extract.took_part import (
    REACH,
    absent_before,
    acted_as,
    acted_by,
    among_us,
    cited,
    speaking,
)
from ingest.types import BlockKind, DocumentKind

NOT_SAID = frozenset({Role.ACTIONS, Role.AGENDA, Role.APOLOGIES, Role.REFERENCES})
NOT_TAKING_PART = NOT_SAID | {Role.ACKNOWLEDGEMENTS, Role.CONTACTS}
Refs = dict[tuple[int, int], Ref | None]
ENTRIES = frozenset({BlockKind.LIST_ITEM, BlockKind.TABLE_ROW, BlockKind.METADATA})


def _persons(doc: Doc, refs: Refs) -> Iterator[tuple[Span, Ref]]:
    """The document's entities that are people, with their refs."""
    for ent in ents_of(doc):
        ref = refs.get((ent.start, ent.end))
        if ref and ref[0] == Label.PERSON:
            yield ent, ref


def _set_apart(doc: Doc, ent: Span) -> bool:
    """Whether the sentence naming `ent` says someone could not come, or cites their work
    ("Bell (2019) found"): no sign that they took part."""
    sent = sentence_of(ent)
    said = doc_text(doc)[sent.start_char : sent.end_char]
    return apologises(sent) or cited(said, ent.end_char - sent.start_char)


def _sentence(doc: Doc, ent: Span) -> tuple[str, int]:
    """The sentence naming `ent`, sliced from the doc's text (not rebuilt token by token),
    and where the name ends in it."""
    sent = sentence_of(ent)
    return doc_text(doc)[sent.start_char : sent.end_char], ent.end_char - sent.start_char


def people_in_prose(doc: Doc, claims: ClaimSet, layout: Layout, refs: Refs, subject: Ref) -> None:
    """The ATTENDED (workshop) or AUTHORED (evidence) links the document's prose states."""
    workshop = claims.raw.kind == DocumentKind.WORKSHOP
    rel = Rel.ATTENDED if workshop else Rel.AUTHORED
    listed = claims.linked(rel, subject)  # by a list or label (ingest.extract.structure)
    if workshop:
        _took_part(doc, claims, layout, refs, subject)
    elif claims.raw.kind == DocumentKind.EVIDENCE:
        _made_it(doc, claims, layout, refs, subject)
    else:
        return
    if not listed:  # no list or label says who: who it names
        _named_only(doc, claims, layout, refs, subject, rel, claims.linked(rel, subject))
    if workshop:
        claims.drop(Rel.ATTENDED, _absent(doc, refs, claims, layout))  # absence wins
    else:
        _named_in(doc, claims, layout, refs, subject)
        # a list names them, a sentence says they stood down or could not come: no part
        claims.drop(Rel.NAMED_IN, _absent(doc, refs, claims, layout))


def _named_only(
    doc: Doc,
    claims: ClaimSet,
    layout: Layout,
    refs: Refs,
    subject: Ref,
    rel: Rel,
    phrased: bool,
) -> None:
    """A document that links no one by any list or label: the people it names in full in its
    own prose (an evidence item's: at its top) took part in it or made it, unless the sentence
    cites them or says they could not come. When its phrasing already says who acted
    (`phrased`), only those it sets out as entries (list items, table rows, "Key: value"
    lines) join them: a paragraph's other names are as often people talked about ("the
    leaflets were printed by …", "commissioned by …")."""
    for ent, ref in _persons(doc, refs):
        if " " not in ref[1]:
            continue
        i = layout.block_at(ent.start_char)
        if i < 0 or layout.role_at(i) in NOT_TAKING_PART:
            continue
        if phrased and layout.raw.blocks[i].kind not in ENTRIES:
            continue
        if (rel == Rel.AUTHORED and i not in layout.front) or _set_apart(doc, ent):
            continue
        claims.relation(ref, rel, subject, provenance(claims, layout, ent, "rule:named-only"))


def _named_in(doc: Doc, claims: ClaimSet, layout: Layout, refs: Refs, subject: Ref) -> None:
    """NAMED_IN for the people an evidence item names in full and no list, label or phrasing
    links to it: not those it names anywhere in its references or apologies, or in a sentence
    that cites them or says they could not come."""
    left_out = claims.sources(Rel.AUTHORED, subject)
    named: dict[Ref, Span] = {}  # each person's first mention
    for ent, ref in _persons(doc, refs):
        if " " not in ref[1] or ref in left_out:
            continue
        i = layout.block_at(ent.start_char)
        if (i >= 0 and layout.role_at(i) in NOT_NAMED) or _set_apart(doc, ent):
            left_out.add(ref)
            continue
        named.setdefault(ref, ent)
    for ref, ent in named.items():
        if ref not in left_out:  # the line that names them is quoted, whatever block it is
            sent = sentence_of(ent)
            start, end = layout.clip(sent.start_char, sent.end_char, ent.start_char)
            claims.relation(ref, Rel.NAMED_IN, subject, claims.provenance(start, end, "rule:named"))


def _made_it(doc: Doc, claims: ClaimSet, layout: Layout, refs: Refs, subject: Ref) -> None:
    """People an evidence item says led or wrote the work it reports ("…, who led the study",
    "The review was led by A, …, with B")."""
    maker: Span | None = None  # the last person named as a maker, for the next joined on
    for ent, ref in _persons(doc, refs):
        i = layout.block_at(ent.start_char)
        clause = layout.led_in_clause(i, ent.start_char) if i >= 0 else None
        said, end = _sentence(doc, ent)
        start = end - len(ent.text)
        joined = (
            maker is not None
            and _same_sentence(maker, ent)
            and made_with(doc_text(doc)[maker.end_char : ent.start_char])
        )
        if (
            led_the_work(said, end)
            or made_by(said, start)
            or joined
            or (
                clause is not None
                and (_AUTHORING.search(clause) is not None or label_role(clause) == Role.AUTHORS)
            )  # "… Figures by A. Dental public health advice: Dr B (…)"
        ):
            maker = ent
            # "This expert is Fiona Dalgleish, …", "Our guest author this month is …"
            prov = provenance(claims, layout, ent, "rule:led-work")
            claims.relation(ref, Rel.AUTHORED, subject, prov)


_AUTHORING = re.compile(  # a clause leading in to the people who wrote an evidence item
    r"\b(?:authors?|writers?|experts?|columnists?|contributors?|guest\s+\w+|editors?|"
    r"researchers?)$",
    re.IGNORECASE,
)


_NEXT_IN_LIST = re.compile(r"(?:,|;|\band)\s*" + TITLE_BEFORE + "?$")  # "…; Mrs B"


def _led_on(doc: Doc, led: tuple[int, Role, int, str], ent: Span) -> bool:
    """Whether `ent` is the next name of the led-in list before it in its sentence ("Our
    speakers were Tariq Mahroof, …, who showed us …, and Maggie Hollowell, …"): it follows a
    comma, a semicolon or "and"."""
    if led[0] != sentence_of(ent).start_char:
        return False
    return bool(_NEXT_IN_LIST.search(doc_text(doc)[led[2] : ent.start_char]))


def _same_sentence(a: Span, b: Span) -> bool:
    return sentence_of(a).start_char == sentence_of(b).start_char


def _took_part(doc: Doc, claims: ClaimSet, layout: Layout, refs: Refs, subject: Ref) -> None:
    """Who the workshop's prose says took part: people listed under attendance, led in
    by a clause ("round the table were: …", "Our speakers were A, …, and B"), or said to
    act at it; the part they led ("speaker", "presenter") kept on the link."""
    led: tuple[int, Role, int, str] | None = None  # a led-in list: sentence, role, last, part
    by: tuple[Span, str] | None = None  # the last person said to act, and the part
    for ent, ref in _persons(doc, refs):
        i = layout.block_at(ent.start_char)
        own = layout.role_at(i) if i >= 0 else Role.PROSE
        role, part = own, ""
        said, end = _sentence(doc, ent)
        start = end - len(ent.text)
        if own == Role.PROSE and i >= 0:
            clause = layout.led_in_clause(i, ent.start_char)
            if clause is not None:  # "Six of us did: …" says who as well as a heading would
                among = Role.ATTENDANCE if among_us(said, start) else own
                role, part = role_of_heading(clause) or among, speaking(clause)
            elif led is not None and _led_on(doc, led, ent):
                role, part = led[1], led[3]
            elif among_us(said, start):  # "eight of us, including A, …"
                role = Role.ATTENDANCE
        elif own == Role.ACKNOWLEDGEMENTS and among_us(said, start):  # under "With thanks to":
            role = Role.ATTENDANCE  # "Everyone who came …: A and B (…); C from …" were there
        block = layout.raw.blocks[i] if i >= 0 else None
        if block is not None and claims.away_in(ref, block.start, block.end):
            continue  # the row of a register that marks them away ("… | Apols")
        if (
            role in NOT_TAKING_PART
            or _labelled_away(layout, i)
            or _cell_away(layout, i, ent.start_char)
        ):
            continue  # (a row or field of people saying they were "Not at the wrap-up")
        if doc_text(doc)[ent.end_char : ent.end_char + 2] in ("'s", "’s"):
            continue  # "Dr A's e-mail said …": something of theirs was there, not them
        if role != own:
            led = (sentence_of(ent).start_char, role, ent.end_char, part)
        if role == Role.ATTENDANCE and apologises(sentence_of(ent)):
            continue  # "… and me. Lorraine Gilmour is on leave."
        if role == own == Role.ATTENDANCE and _in_a_place_column(layout, i, ent.start_char):
            continue  # "Mustard Tree" in a table of who came, under "Based at"
        acted = acted_as(said, end)  # the part they led ('' for none; None: not said to act)
        if acted is None:  # "The day was chaired by Dr A, …"
            acted = acted_by(said, start)
        if acted is None and by is not None and _same_sentence(by[0], ent):
            acted = by[1] if made_with(doc_text(doc)[by[0].end_char : ent.start_char]) else None
        if acted is not None:  # "facilitated by A, …, with Dr B, …": B too
            by = (ent, acted)
        wrote_it = role == Role.AUTHORS and not cited(said, end)  # "Report by the rapporteur, A"
        if role == Role.ATTENDANCE or wrote_it or acted is not None:
            prov = provenance(claims, layout, ent, "rule:took-part")
            claims.relation(ref, Rel.ATTENDED, subject, prov, role=part or acted or "")


def _labelled_away(layout: Layout, i: int) -> bool:
    """Whether block i is a field or a labelled row whose label says its people did not come
    ("Not at the wrap-up | Dr A, GP, …", "Apologies: B"), or a row of a table of people one of
    whose cells says so ("… | NHS Highland | Apologies"), whatever the section it is in."""
    if i < 0:
        return False
    block = layout.raw.blocks[i]
    label = block.key if block.kind == BlockKind.METADATA else ""
    if i in layout.apology_rows:  # under a row across the table: "Apologies"
        return True
    if block.kind == BlockKind.TABLE_ROW and not block.header:
        if len(block.cells) > 2 and any(says_apologies(c) for c in block.cells[1:]):
            return True  # "Euan Tulloch | Podiatry Lead | NHS Highland | Apologies"
        label = block.cells[0] if len(block.cells) == 2 else ""
    return bool(label) and label_role(label) == Role.APOLOGIES


PLACE_COLUMN = re.compile(  # a column of where each person is from, never of who they are
    r"^(?:based\s+(?:at|in)|organi[sz]ations?|employer|from|where(?:\s+from)?|place|venue|"
    r"service|team|practice|base|location|site|came\s+from)\b",
    re.IGNORECASE,
)


def _cell_away(layout: Layout, i: int, at: int) -> bool:
    """Whether offset `at` is in a table cell that says its person did not come ("Harjit
    Sohal, Chair | Not attending: Craig Lumb, Chief Operating Officer")."""
    block = layout.raw.blocks[i] if i >= 0 else None
    if block is None or block.kind != BlockKind.TABLE_ROW:
        return False
    spans = block.cell_spans(layout.raw.text)
    return any(
        span is not None and span[0] <= at < span[1] and says_apologies(cell)
        for span, cell in zip(spans, block.cells, strict=False)
    )


def _in_a_place_column(layout: Layout, i: int, at: int) -> bool:
    """Whether offset `at` is in a table row's cell under a header naming where people are
    from ("Based at", "Organisation"): a name the model took for a person there is a body's."""
    block = layout.raw.blocks[i]
    if block.kind != BlockKind.TABLE_ROW:
        return False
    header = layout.table_headers.get(block.table)
    if header is None or header is block:
        return False
    k = layout.raw.text[block.start : at].count(" | ")  # rows are their cells joined so
    return k < len(header.cells) and PLACE_COLUMN.match(header.cells[k].strip()) is not None


_JOINED = re.compile(  # names listed together: "A and B", "A, B", "A (GP) & Dr B"
    r"\s*(?:\([^()]{0,80}\))?\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)" + TITLE_BEFORE + "?$"
)


def _nearest(said: str, people: list[tuple[int, int, Ref]], name_end: int, absence: int) -> bool:
    """Whether no other person is named between a name and the absence said after it, or
    only people listed with it ("Gareth stepped in for Cllr Llinos Gwilt, …, who withdrew":
    Llinos, not Gareth; "Jo Bell and Ann Cole sent apologies": both)."""
    after = sorted((a, b) for a, b, _r in people if name_end <= a and b <= absence)
    end = name_end
    for a, b in after:
        if not _JOINED.fullmatch(said[end:a]):
            return False
        end = b
    return True


_SESSION = re.compile(  # one meeting of a course or series: "Session 4, 5 March: meals"
    r"^\W*(?:session|week|day|module|class|meeting|visit|round|evening)\s+"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE,
)


def _one_session(layout: Layout) -> set[int]:
    """The blocks under the headings of a course's or series' sessions ("Session 4, 5 March",
    "Week 2"), when there are two or more: an absence said there is from that one."""
    blocks = layout.raw.blocks
    heads = {
        h
        for h, b in enumerate(blocks)
        if b.kind == BlockKind.HEADING and _SESSION.match(layout.text(h))
    }
    if len(heads) < 2:
        return set()
    return {i for i in range(len(blocks)) if i in heads or layout.heading_of[i] in heads}


_PRONOUN = re.compile(r"\b(?:she|he)\b", re.IGNORECASE)


_SUPPOSED = re.compile(r"\b(?:when|whenever|if|while|in case)\b", re.IGNORECASE)


def _asked_or_supposed(said: str, at: int) -> bool:
    """Whether a sentence saying someone is away asks a question or supposes it ("Who covers
    the clinic when Nicola is on leave?", "If Ann is off sick, …"): no one's absence."""
    return said.rstrip().endswith("?") or _SUPPOSED.search(said, 0, at) is not None


def _absent(doc: Doc, refs: Refs, claims: ClaimSet, layout: Layout) -> set[Ref]:
    """The people a sentence of the document says could not come ("Note: Helen Carbery
    is no longer able to speak on the day"), whatever list names them elsewhere; not an
    absence from one session of a course ("Malcolm off sick" in its log of session 4)."""
    text, out = doc_text(doc), set()
    sessions = _one_session(layout)
    full: dict[str, set[Ref]] = {}  # surname -> the people of the document who have it
    for person in claims.entities(Label.PERSON):  # named in prose, a list or a table
        if " " in person.name:
            full.setdefault(person.name.split()[-1].lower(), set()).add(person.ref)
    persons = sorted(
        (((ent.start_char, ent.end_char), ref) for ent, ref in _persons(doc, refs)),
        key=lambda found: found[0],
    )
    firsts = [span[0] for span, _ref in persons]
    before: tuple[int, Ref] | None = None  # the block and first person of the last sentence
    for sent in doc.sents:  # (Span.ents walks every entity of the doc, for each sentence)
        said = text[sent.start_char : sent.end_char]
        block = layout.block_at(sent.start_char)
        if sessions and block in sessions:
            continue
        spans = apologies_in(said)
        people = [
            (a - sent.start_char, b - sent.start_char, ref)
            for (a, b), ref in persons[
                bisect_left(firsts, sent.start_char) : bisect_left(firsts, sent.end_char)
            ]
            if b <= sent.end_char
        ]
        # "Kiera, attending for Greg": someone came in Greg's place
        out |= {ref for a, _b, ref in people if came_in_place_of(said[max(0, a - REACH) : a])}
        said_of = before
        before = (block, people[0][2]) if people else None
        if spans and not people and said_of and said_of[0] == block:
            pronoun = _PRONOUN.search(said)  # "A, …, declared an interest. … she stood down
            if pronoun and pronoun.start() < spans[0][0]:  # and did not attend": A did not
                out.add(said_of[1])
        if not spans or _asked_or_supposed(said, spans[0][0]):
            continue  # "Who covers the triage when Nicola is on leave?": no absence
        for k, (a, b, ref) in enumerate(people):
            if any(  # "A … could not come"; "we had hoped to welcome A, but …"
                (absent_before(said, b, at, k > 0) and _nearest(said, people, b, at))
                or at < a < b <= end
                for at, end in spans
            ):
                out.add(ref)
                named = full.get(ref[1].lower(), set()) if " " not in ref[1] else set()
                if len({n[1][0].lower() for n in named}) == 1:  # "Dr Stirrat … did not come":
                    out |= named  # Dr Ewan Stirrat (and "E. Stirrat"), if no one else has it
    return out
