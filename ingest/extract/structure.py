"""Facts a document states by its structure rather than its prose: people directories, the
workshop or evidence item it describes (its header: ingest.extract.front_page), the people it
lists and what being listed means (ingest.extract.people_blocks), and its learning sections.

Listed people: each becomes a person with their organisations (WORKS_AT, unless the role has
ended; someone listed with a role and no organisation, as attendee, author or contact, works
at the organisation whose paper or meeting it is, when the document names one), their
profession when their role names one, and their place. Then, by what the list
means: in workshop notes the attendees, speakers, chairs and facilitators ATTENDED (with their
part as the role) and CONTRIBUTED_TO its challenge, and so did the one who wrote the notes up;
in evidence the authors AUTHORED it. Apologies, contacts, acknowledgements and other lists
state only who works where.

Learning: every statement under a heading that means learning (ingest.extract.sections):
each list item (the prose of a section with a list only introduces it), else each sentence of
its paragraphs, of four words or more; in workshop notes
also sentences of the discussion that say what was learned ("we learned that …", "the main
lesson was …"). Actions, decisions and next steps are never learning. Each statement keeps a
`strength`, how plainly the document presents it as learning: 1.0 for an item under "What we
learned" or "Key insights" in workshop notes, 0.85 under findings, results or "What we heard"
and anything a report gives as its findings, times 0.9 for a sentence of prose, 0.85 for a cue
sentence of the discussion. Statements are dated with their workshop (else their report's
year), never a date the software stamped on the file.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from graph.model import NATIONS, Label, Rel, fold
from graph.privacy import contact_tag, mask_contacts
from graph.reference.gazetteer import Gazetteer
from graph.reference.names import clean_org, clean_person
from ingest.extract.claims import ClaimSet, Ref
from ingest.extract.front_page import Header
from ingest.extract.layout import Layout
from ingest.extract.people_blocks import Listed
from ingest.extract.people_lists import parse_people
from ingest.extract.sections import Role, learning_strength, role_of_heading
from ingest.extract.turns import said_from
from ingest.types import BlockKind, DocumentKind, RawDocument

SUMMARY_CHARS = 1500  # the start of an evidence document, kept for text similarity
MIN_STATEMENT_WORDS = 4
IN_PROSE = 0.9  # a sentence of a learning section's prose, against a listed statement
CUED = 0.85  # a sentence of the discussion that says what was learned
HOSTED = frozenset({Role.ATTENDANCE, Role.AUTHORS, Role.CONTACTS})
SPEAKING = frozenset(
    "speaker speakers presenter presenters chair co-chair chairs facilitator facilitators host "
    "panellist panelist keynote lead convenor convener moderator".split()
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"‘'(])")
_ANNOUNCES = re.compile(  # "Three insights came through from both groups.", "Key themes were:"
    r"^(?:\w+\s+){0,3}(?:insights?|themes?|lessons?|findings?|points?|messages?|learnings?|"
    r"things|issues)\s+(?:\w+\s+){0,2}(?:came through|came out|emerged|stood out|were|are|"
    r"included|arose)\b[^.:;]{0,40}[.:]?$",
    re.IGNORECASE,
)
_COURTESY = re.compile(  # a letter's requests and thanks, a credit line: not something learned
    r"^(?:(?:prepared|written|compiled|produced|edited|photographs?|illustrations?)\s+by\b|please|thank\s+you|thanks|many\s+thanks|do\s+(?:get\s+in\s+touch|contact)|"
    r"if\s+you\s+(?:have|would\s+like|need)|feel\s+free|i\s+look\s+forward|we\s+look\s+forward|"
    r"(?:we|i)\s+(?:will|shall|plan\s+to|intend\s+to|are\s+going\s+to)\s+(?:publish|send|share|"
    r"circulate|write|report|be\s+in\s+touch))\b",
    re.IGNORECASE,
)
_PLANS = re.compile(  # what someone will do next, or has been asked to: an action, not learning
    r"\b(?:will|shall|is going to|are going to|plans? to|intends? to)\s+(?:now\s+|also\s+|then\s+)?"
    r"(?:trial|pilot|test|publish|share|send|set up|run|hold|meet|write|circulate|draft|prepare|"
    r"launch|roll out|extend|arrange|invite|present|report back|bring|look into|explore)\b"
    r"|\basked (?:us|everyone|members|each of us)(?: all)? to\b",
    re.IGNORECASE,
)
_LEARNED = re.compile(
    r"\b(?:we|they|i|the group|participants|teams?|staff|members|colleagues|people)\s+"
    r"(?:have\s+)?(?:learned|learnt|found|realised|realized|discovered|noticed)\b"
    r"|\b(?:key|main|biggest|important|clear|clearest|greatest|first|second|other|big|one)\s+"
    r"(?:lesson|learning|insight|finding|message|takeaway)s?\b"
    r"|\blessons?\s+(?:is|was|were|for)\b|\bwhat (?:worked|helped|made the difference)\b",
    re.IGNORECASE,
)


def profession_in(gaz: Gazetteer, role: str) -> str | None:
    """The profession a role names: the whole role, else the longest profession phrase in it.

    "Charge Nurse" -> "nurse"; "Senior Lecturer in Public Health" -> None unless listed.
    """
    if not role.strip():
        return None
    entry = gaz.profession(role)
    if entry is not None:
        return entry.name
    words = fold(role).split()
    for size in range(min(len(words), 5), 0, -1):
        for start in range(len(words) - size + 1):
            entry = gaz.profession(" ".join(words[start : start + size]))
            if entry is not None:
                return entry.name
    return None


def nation_of(gaz: Gazetteer, value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    if value.strip() in NATIONS:
        return value.strip()
    return gaz.nation(value)


def directory_claims(raw: RawDocument, claims: ClaimSet, gaz: Gazetteer) -> None:
    """One Person per row, with organisation, profession, sector, nation and consent. Rows that
    share a name but not an e-mail address or organisation are different people, named with
    their organisation (else e-mail address) until a curator says they are one."""
    rows_named: dict[str, list[Any]] = {}
    for row in raw.rows:
        rows_named.setdefault(fold(clean_person(row.name)), []).append(row)
    for row in raw.rows:
        quote = ", ".join(
            part
            for part in (
                row.name,
                row.role,
                row.organisation,
                row.profession,
                row.sector,
                row.nation,
            )
            if part
        )
        prov = claims.provenance(row.line, row.line, "directory", quote=f"line {row.line}: {quote}")
        person = claims.entity(
            Label.PERSON,
            _qualified(row, rows_named[fold(clean_person(row.name))]),
            prov,
            role=row.role,
            email=row.email,
            consent=row.consent,
            consent_source=raw.doc_id if row.consent is not None else "",
        )
        if row.organisation:
            org = claims.entity(Label.ORGANISATION, clean_org(row.organisation), prov)
            claims.relation(person, Rel.WORKS_AT, org, prov, role=row.role)
            sector = gaz.sector(row.sector) if row.sector else None
            if sector and gaz.org(row.organisation) is None:
                claims.relation(org, Rel.IN_SECTOR, claims.entity(Label.SECTOR, sector), prov)
        profession = profession_in(gaz, row.profession) or profession_in(gaz, row.role)
        if profession:
            claims.relation(
                person, Rel.HAS_PROFESSION, claims.entity(Label.PROFESSION, profession), prov
            )
        sector = gaz.sector(row.sector) if row.sector else None
        if sector:
            claims.relation(person, Rel.IN_SECTOR, claims.entity(Label.SECTOR, sector), prov)
        nation = nation_of(gaz, row.nation)
        if nation:
            claims.relation(person, Rel.BASED_IN, claims.entity(Label.NATION, nation), prov)
        for label in _expertise(gaz, row.expertise):
            topic = claims.entity(Label.TOPIC, label, prov)
            claims.relation(person, Rel.INTERESTED_IN, topic, prov, listed=True)


def _summary(text: str) -> str:
    """The start of the text, its contact details masked (also one the cut would halve)."""
    head = " ".join(text[:SUMMARY_CHARS].split())
    return mask_contacts(" ".join(text[: SUMMARY_CHARS + 40].split()))[: len(head)]


def _expertise(gaz: Gazetteer, value: str) -> list[str]:
    """The vocabulary's topics a directory's expertise cell names ("peer support; carers")."""
    found = []
    for part in re.split(r"\s*(?:[,;/|]|\band\b)\s*", value):
        topic = gaz.topic(part.strip()) if part.strip() else None
        if topic is not None and topic.label not in found:
            found.append(topic.label)
    return found


def _qualified(row: Any, namesakes: list[Any]) -> str:
    """A row's person's name, with their organisation (else a tag of their e-mail address,
    which is not shown) when another row of the directory names someone else the same."""
    name = clean_person(row.name)
    others = {(r.email.lower(), fold(r.organisation)) for r in namesakes}
    if len(others) < 2:
        return name
    qualifier = clean_org(row.organisation) if row.organisation else ""
    qualifier = qualifier or (contact_tag(row.email) if row.email else f"row {row.line}")
    return f"{name} ({qualifier})"


def identity(title: str, *parts: str | None) -> str:
    """The name a workshop or evidence item is known by: its title with what tells it apart
    from another of the same title (a workshop's date and place, a report's publisher and
    year), so notes of different meetings with one title are different workshops.

    >>> identity("Peer support network", "2024-03-05", "Cardiff")
    'Peer support network (2024-03-05, Cardiff)'
    >>> identity("Cardiff peer support day", "2024-03-05", "Cardiff")
    'Cardiff peer support day (2024-03-05)'
    >>> identity("Rapid review", "", None)
    'Rapid review'
    """
    shown = [p for p in parts if p and fold(p) not in fold(title)]
    return f"{title} ({', '.join(shown)})" if shown else title


def subject_of(
    raw: RawDocument, claims: ClaimSet, gaz: Gazetteer, header: Header, place: str
) -> Ref | None:
    """The Workshop or Evidence node a document describes, with its header's facts."""
    meta = raw.metadata
    prov = claims.provenance(0, 0, "front-matter", quote="")
    if raw.kind == DocumentKind.WORKSHOP:
        subject = claims.entity(
            Label.WORKSHOP,
            identity(raw.title, header.date, place),
            prov,
            title=raw.title,
            date=header.date or None,
            doc_id=raw.doc_id,
        )
    elif raw.kind == DocumentKind.EVIDENCE:
        publisher = clean_org(header.publisher) if header.publisher else ""
        subject = claims.entity(
            Label.EVIDENCE,
            identity(raw.title, publisher, str(header.year or "")),
            prov,
            title=raw.title,
            year=header.year,
            publisher=publisher,
            evidence_type=str(meta.get("type") or meta.get("evidence_type") or header.kind or ""),
            summary=_summary(raw.text),
            doc_id=raw.doc_id,
        )
        if publisher:
            org = claims.entity(Label.ORGANISATION, publisher, prov)
            claims.relation(org, Rel.PUBLISHED, subject, prov)
    else:
        return None
    if subject is None:
        return None
    _front_matter_places(raw, claims, gaz, subject)
    challenge = _challenge(raw, claims, gaz)
    claims.relation(subject, Rel.ADDRESSES, challenge, prov)
    for label in as_list(meta.get("topics") or meta.get("topic") or meta.get("tags")):
        topic = gaz.topic(label)
        if topic is not None:
            claims.relation(
                subject, Rel.ADDRESSES, claims.entity(Label.TOPIC, topic.label, prov), prov
            )
    return subject


def _front_matter_places(raw: RawDocument, claims: ClaimSet, gaz: Gazetteer, subject: Ref) -> None:
    meta = raw.metadata
    prov = claims.provenance(0, 0, "front-matter", quote="")
    for value in as_list(meta.get("nation") or meta.get("nations")):
        nation = nation_of(gaz, value)
        if nation:
            claims.relation(subject, Rel.COVERS, claims.entity(Label.NATION, nation, prov), prov)
    for value in as_list(meta.get("place") or meta.get("places")):
        entry = gaz.place(value)
        place = claims.entity(Label.PLACE, entry.name if entry else value, prov)
        claims.relation(subject, Rel.COVERS, place, prov)


def _challenge(raw: RawDocument, claims: ClaimSet, gaz: Gazetteer) -> Ref | None:
    value = raw.metadata.get("challenge")
    if not isinstance(value, str) or not value.strip():
        return None
    prov = claims.provenance(0, 0, "front-matter", quote="")
    for challenge in gaz.challenges:
        if fold(value) in {
            fold(challenge.id),
            fold(challenge.title),
            *map(fold, challenge.aliases),
        }:
            return claims.entity(Label.CHALLENGE, challenge.title, prov, challenge_id=challenge.id)
    return claims.entity(Label.CHALLENGE, value.strip(), prov)


def front_matter_people(raw: RawDocument, gaz: Gazetteer) -> list[Listed]:
    """People a file's front matter lists (`attendees`, `authors`, `facilitator`…), meaning
    what the key says. Front matter is never quoted: their facts carry no quote."""
    meaning = {
        "attendees": Role.ATTENDANCE,
        "participants": Role.ATTENDANCE,
        "facilitator": Role.ATTENDANCE,
        "facilitators": Role.ATTENDANCE,
        "speakers": Role.ATTENDANCE,
        "authors": Role.AUTHORS,
        "author": Role.AUTHORS,
        "citation_author": Role.AUTHORS,
    }
    found = []
    for key, role in meaning.items():
        for value in as_list(raw.metadata.get(key), separators=";\n"):
            for entry in parse_people(value, gaz):
                if key.startswith("facilitator") and not entry.role:
                    entry = replace(entry, role="facilitator")
                found.append(Listed(entry, role, 0, 0, True))
    return found


def listed_claims(
    raw: RawDocument,
    claims: ClaimSet,
    gaz: Gazetteer,
    listed: list[Listed],
    subject: Ref | None,
    host: str = "",
) -> None:
    """The facts of each listed person (see the module docstring). `host` is the organisation
    whose paper or meeting the document is: someone listed there with a role and no
    organisation of their own works at it."""
    challenge = next((r.ref for r in claims.entities(Label.CHALLENGE)), None)
    workshop = raw.kind == DocumentKind.WORKSHOP
    for item in listed:
        entry = item.entry
        prov = (
            claims.provenance(item.start, item.end, "rule:people-list")
            if item.end > item.start
            else claims.provenance(0, 0, "front-matter", quote="")
        )
        person = claims.entity(Label.PERSON, clean_person(entry.name), prov, role=entry.role)
        if person is None:
            continue
        hosted = host and entry.role and not entry.organisations and item.meaning in HOSTED
        if not entry.former:
            for name in entry.organisations or ((host,) if hosted else ()):
                org = claims.entity(Label.ORGANISATION, clean_org(name), prov)
                claims.relation(person, Rel.WORKS_AT, org, prov, role=entry.role)
        profession = profession_in(gaz, entry.role)
        if profession:
            claims.relation(
                person, Rel.HAS_PROFESSION, claims.entity(Label.PROFESSION, profession), prov
            )
        if entry.place and (place := gaz.place(entry.place)) is not None:
            claims.relation(
                person, Rel.BASED_IN, claims.entity(Label.PLACE, place.name, prov), prov
            )
        part = _took_part(item, workshop)
        if subject is None or part is None:
            continue
        claims.relation(person, part, subject, prov, role=_speaking(entry.role))
        if part == Rel.ATTENDED and challenge is not None:
            claims.relation(person, Rel.CONTRIBUTED_TO, challenge, prov)


def _took_part(item: Listed, workshop: bool) -> Rel | None:
    if item.meaning == Role.ATTENDANCE or (
        workshop and (item.meaning == Role.AUTHORS or (item.meaning == Role.PEOPLE and item.front))
    ):
        return Rel.ATTENDED if workshop else None
    if not workshop and (
        item.meaning == Role.AUTHORS or (item.meaning == Role.PEOPLE and item.front)
    ):
        return Rel.AUTHORED
    if (  # the named contact on a report's front page is one of the people behind it
        not workshop
        and item.meaning == Role.CONTACTS
        and item.front
        and not _PRESS.search(item.entry.role)
    ):
        return Rel.AUTHORED
    return None


_PRESS = re.compile(r"\b(?:press|media|communications?|comms|enquir|helpdesk)", re.IGNORECASE)


def _speaking(role: str) -> str:
    """'speaker', 'chair', 'facilitator'… when the role says the person led a part."""
    words = set(fold(role).replace("-", " ").split()) | {fold(role)}
    found = sorted(words & SPEAKING)
    return found[0] if found else ""


def learning_claims(
    raw: RawDocument, claims: ClaimSet, layout: Layout, subject: Ref | None, header: Header
) -> list[tuple[Ref, int, int, int]]:
    """(learning, start, end, section heading) for every learning statement."""
    out = []
    opened = said_from(raw)
    tabled = _learning_columns(raw)
    date = header.date or (str(header.year) if header.year else "")
    listed = {
        layout.heading_of[i] for i, b in enumerate(raw.blocks) if b.kind == BlockKind.LIST_ITEM
    }
    for i, block in enumerate(raw.blocks):
        role = layout.role[i]
        kinds = (
            (BlockKind.LIST_ITEM,)  # a section with a list: its items (the prose introduces them)
            if layout.heading_of[i] in listed
            else (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH)
        )
        columns = None  # a table whose header names learning columns: those cells
        if block.kind == BlockKind.TABLE_ROW and not block.header and role != Role.LEARNING:
            columns, column_said = tabled.get(block.table, (None, ""))
        labelled = layout.labelled_prose(i)  # "**What it found:** Crews who used …"
        if labelled >= 0:
            own = role_of_heading(block.key)  # "Findings: …" says; "Citation: …" files
            role = own or (layout.role_at(i) if _lead_in(block.key) else Role.PROSE)
        learned = columns is not None or (
            role == Role.LEARNING
            and (
                block.kind in kinds
                or (block.kind == BlockKind.TABLE_ROW and not block.header)
                or labelled >= 0
            )
        )
        cued = (
            raw.kind == DocumentKind.WORKSHOP
            and role == Role.PROSE
            and block.kind == BlockKind.PARAGRAPH
        )
        if not (learned or cued) or layout.heading_of[i] == i:
            continue  # (a line that heads its own part: "- So what?" over its sub-points)
        by = layout.said_by[i]  # "What we heard", not its sub-heading "From parents"
        said = block.key if labelled >= 0 else layout.text(by) if by >= 0 else ""
        if columns is not None:
            said = column_said
        strength = CUED if cued else learning_strength(said, raw.kind == DocumentKind.EVIDENCE)
        if block.kind == BlockKind.PARAGRAPH and not cued:
            strength *= IN_PROSE
        words_at = opened.get(block.start, max(block.start, labelled))  # after a byline, a label
        spans = (
            _row_statements(raw.text, block, columns)
            if block.kind == BlockKind.TABLE_ROW
            else _statements(raw.text, words_at, block.end, block.kind)
        )
        for start, end in spans:
            text = raw.text[start:end]
            if len(text.split()) < MIN_STATEMENT_WORDS or (cued and not _LEARNED.search(text)):
                continue
            if (
                _ANNOUNCES.match(text.strip())
                or _COURTESY.match(text.strip())
                or _PLANS.search(text)
            ):
                continue  # it introduces the statements, or asks or thanks: it is not one
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


_WELSH = frozenset(
    "yn y yr gyda mae roedd bod ddim ein eich sy'n wedi hefyd mewn i'r o'r a'r".split()
)
_ENGLISH = frozenset(
    "the and to of in is are was were for with that this it on by be people their they we "
    "our from at not more".split()
)


def _lead_in(key: str) -> bool:
    """Whether a paragraph's label may lead in to what it says ("What it found", "Carers
    notice first"), not file it ("Citation", "Setting", "Suggested citation", "DOI")."""
    words = key.split()
    return len(words) >= 2 and not _FILING.search(key)


_FILING = re.compile(
    r"\b(?:citation|cite|doi|isbn|funding|funder|keywords?|setting|published|licen[cs]e|"
    r"copyright|contact|authors?|date|reference)\b",
    re.IGNORECASE,
)


def _learning_columns(raw: RawDocument) -> dict[int, tuple[frozenset[int], str]]:
    """Tables whose header names a column as learning ("Theme | What we heard | What it
    means for us", "Insight | So what?"): table -> (those columns, the first one's header)."""
    found: dict[int, tuple[frozenset[int], str]] = {}
    for block in raw.blocks:
        if block.kind != BlockKind.TABLE_ROW or not block.header or block.table in found:
            continue
        columns = [i for i, c in enumerate(block.cells) if role_of_heading(c) == Role.LEARNING]
        if columns:
            found[block.table] = (frozenset(columns), block.cells[columns[0]])
    return found


def _row_statements(
    text: str, block: Any, columns: frozenset[int] | None = None
) -> list[tuple[int, int]]:
    """A learning table's row (or its `columns`): each cell a statement, except a
    translation beside its English ("Roedd sgwrs yn Gymraeg … | Being able to talk to a nurse
    in Welsh …")."""
    row = text[block.start : block.end]
    indexed = [(i, c) for i, c in enumerate(block.cells) if c.strip()] or [(0, row)]
    cells = [c for _i, c in indexed]
    out, at = [], 0
    for index, cell in indexed:
        where = row.find(cell, at)
        if where < 0:
            continue
        at = where + len(cell)
        if columns is not None and index not in columns:
            continue
        words = [w.lower().strip(".,;:") for w in cell.split()]
        welsh = sum(w in _WELSH for w in words)
        if len(cells) > 1 and welsh >= 2 and not any(w in _ENGLISH for w in words):
            continue  # the same statement in Welsh, beside its English
        out.append((block.start + where, block.start + where + len(cell)))
    return out


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


def as_list(value: Any, separators: str = ";,") -> list[str]:
    """A front-matter value as a list: YAML lists as they are, strings split on a separator."""
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    text = str(value).strip()
    for sep in separators:
        if sep in text:
            return [part.strip() for part in text.split(sep) if part.strip()]
    return [text] if text else []
