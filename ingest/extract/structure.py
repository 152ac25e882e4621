"""Facts a document states by its structure rather than its prose: people directories, the
workshop or evidence item it describes (its header: ingest.extract.front_page), the people it
lists and what being listed means (ingest.extract.people_blocks). Its learning statements:
ingest.extract.learning.

Listed people: each becomes a person with their organisations (WORKS_AT, unless the role has
ended; someone listed with a role and no organisation, as attendee, author or contact, works at
the organisation whose paper or meeting it is, when the document names one), their profession
when their role names one, and their place. Then, by what the list means: in workshop notes the
attendees, speakers, chairs and facilitators ATTENDED (with their part as the role: what their
role, or else their label, says they led) and CONTRIBUTED_TO its challenge, and so did the one
who wrote the notes up; in evidence the authors AUTHORED it (and the contact on its front page),
and everyone else it lists outside its apologies and references (a panel, who took part, a
contact box) is NAMED_IN it. In workshop notes, apologies, contacts, acknowledgements and other
lists state only who works where. A directory's profession is `listed`: graph.derive.sides
believes it over a role's.
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
from ingest.extract.listed import label_role
from ingest.extract.meetings import member_of_meeting
from ingest.extract.nlp import NOTE_MARKS
from ingest.extract.people_blocks import Listed
from ingest.extract.people_lists import footnote_affiliations, parse_people
from ingest.extract.people_names import Notes
from ingest.extract.sections import NOT_NAMED, Role
from ingest.extract.took_part import part_in_post
from ingest.types import DocumentKind, RawDocument

SUMMARY_CHARS = 1500  # the start of an evidence document, kept for text similarity
HOSTED = frozenset({Role.ATTENDANCE, Role.AUTHORS, Role.CONTACTS})


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


_NO_PROFESSION = frozenset({"n/a", "na", "none", "unknown", "other", "not known", "-", "tbc"})
STATED_WORDS = 6  # a directory's profession no list knows, this short, is one of its own


def stated_profession(value: str | None) -> str | None:
    """A directory's profession that no list knows ("sleep practitioner", "manager"): a
    profession of its own, so that across-profession questions compare it with the others
    instead of counting the person's profession unknown.

    >>> stated_profession("Sleep Practitioner"), stated_profession("n/a")
    ('sleep practitioner', None)
    """
    text = " ".join((value or "").split()).lower()
    words = text.split()
    if not words or text in _NO_PROFESSION or len(words) > STATED_WORDS:
        return None
    return text if all(w.replace("-", "").isalpha() for w in words) else None


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
        profession = (  # the directory's own word for it, before one its role suggests
            profession_in(gaz, row.profession)
            or stated_profession(row.profession)
            or profession_in(gaz, row.role)
        )
        if profession:  # listed: the directory's word for it (graph.derive.sides)
            claims.relation(
                person,
                Rel.HAS_PROFESSION,
                claims.entity(Label.PROFESSION, profession),
                prov,
                listed=True,
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
    labels = as_list(meta.get("topics") or meta.get("topic") or meta.get("tags"))
    for label in [*labels, *_named_in(gaz, str(meta.get("site") or ""))]:
        topic = gaz.topic(label)
        if topic is not None:
            claims.relation(
                subject, Rel.ADDRESSES, claims.entity(Label.TOPIC, topic.label, prov), prov
            )
    return subject


def _named_in(gaz: Gazetteer, name: str) -> list[str]:
    """The topics a site's or series' name names, longest first and not inside a longer one
    ("Menopause Cafés Ceredigion": menopause cafés, not menopause as well): the subject of
    every page on it."""
    words = name.split()
    found: list[str] = []
    taken: set[int] = set()
    for size in range(min(len(words), 4), 0, -1):
        for at in range(len(words) - size + 1):
            span = set(range(at, at + size))
            phrase = " ".join(words[at : at + size])
            if not span & taken and gaz.topic(phrase) is not None:
                found.append(phrase)
                taken |= span
    return found


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


FRONT_MATTER_ROLES = frozenset(
    {Role.ATTENDANCE, Role.AUTHORS, Role.APOLOGIES, Role.CONTACTS, Role.ACKNOWLEDGEMENTS}
)


_MARKED = re.compile(NOTE_MARKS)  # a name's footnote mark
NOTES_REACH = 12  # blocks at the top that hold a title block's affiliation notes
CITATION_KEYS = {"citation_author": Role.AUTHORS}  # a page's Highwire tag no label reads


AFFILIATION_KEYS = ("affiliations", "affiliation", "institutions", "organisations")


def _paired_affiliations(raw: RawDocument, authors: int) -> list[str]:
    """The bodies a front matter lists beside its authors, one for each in the same order
    (`authors = ["A", "B"]` and `affiliations = ["NHS Education for Scotland", "Fife
    Council"]`); [] when the lists do not pair up."""
    for key in AFFILIATION_KEYS:
        value = raw.metadata.get(key)
        if isinstance(value, list) and len(value) == authors > 1:
            return [" ".join(str(v).split()) for v in value]
    return []


def front_matter_people(raw: RawDocument, gaz: Gazetteer) -> list[Listed]:
    """People a file's front matter lists (`attendees`, `authors`, `facilitator`…), meaning
    what the key says. Front matter is never quoted: their facts carry no quote."""
    found = []
    notes: dict[str, Notes] | None = None  # the affiliation notes under marked authors
    for key in raw.metadata:  # a key means what the same label means ("attendees", "notes_by")
        role = CITATION_KEYS.get(key) or label_role(str(key).replace("_", " ").replace("-", " "))
        if role not in FRONT_MATTER_ROLES:  # "notes_by", "apologies", "chair": as the key says
            continue
        values = as_list(raw.metadata.get(key), separators=";\n")
        bodies = _paired_affiliations(raw, len(values)) if role == Role.AUTHORS else []
        for k, value in enumerate(values):
            if notes is None and _MARKED.search(value):  # a Pandoc title block's "Ann Bell¹"
                top = raw.blocks[:NOTES_REACH]  # over "¹ Clinical Audit, Belfast Trust"
                notes = footnote_affiliations([raw.text[b.start : b.end] for b in top], gaz)
            for entry in parse_people(value, gaz, notes or None):
                if key.startswith("facilitator") and not entry.role:
                    entry = replace(entry, role="facilitator")
                if bodies and not entry.organisations:  # authors = […] over affiliations = […]
                    entry = replace(entry, organisations=(bodies[k],))
                found.append(Listed(entry, role, 0, 0, True))
    return found


def listed_claims(
    raw: RawDocument,
    claims: ClaimSet,
    gaz: Gazetteer,
    listed: list[Listed],
    subject: Ref | None,
    host: str = "",
    members: str = "",
) -> None:
    """The facts of each listed person (see the module docstring). `host` is the organisation
    whose paper or meeting the document is: someone listed there with a role and no
    organisation of their own works at it. `members` is the body whose meeting it is
    (ingest.extract.meetings): those present, with no organisation of their own, sit on it."""
    challenge = next((r.ref for r in claims.entities(Label.CHALLENGE)), None)
    workshop = raw.kind == DocumentKind.WORKSHOP
    # one listed as sending apologies was not there, whatever a grid of the series says
    # ("Apologies | Colm …" over "Colm … | ✓ | ✓ | ✓ | apol.")
    away = {clean_person(i.entry.name).lower() for i in listed if i.meaning == Role.APOLOGIES}
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
        member = members and item.meaning == Role.ATTENDANCE and member_of_meeting(entry.role)
        own = (host,) if hosted else (members,) if member else ()
        if not entry.former:
            for name in entry.organisations or own:
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
        if item.meaning == Role.APOLOGIES:  # (a sentence of the same row or line saying
            claims.away.setdefault(person, []).append(item.start)  # they spoke is no part)
        if part == Rel.ATTENDED and clean_person(entry.name).lower() in away:
            part = None
        if subject is None or part is None:
            continue
        claims.relation(person, part, subject, prov, role=part_in_post(entry.role) or item.part)
        if part == Rel.ATTENDED and challenge is not None:
            claims.relation(person, Rel.CONTRIBUTED_TO, challenge, prov)


def _took_part(item: Listed, workshop: bool) -> Rel | None:
    """What being listed says of someone's part: in workshop notes, a list of people under no
    heading that says otherwise (a "Team" table), or under its team's or contacts' heading (not
    a press office), is who took part, wherever it stands; in
    evidence the authors, a front page's people and its named contact made it (not a press
    office, which is no one to connect), and anyone else listed outside its apologies and
    references is named in it with no part stated."""
    meaning = item.meaning
    if workshop:  # a workshop's team ("The team", "Project team") worked in it
        team = meaning == Role.CONTACTS and not _PRESS.search(item.entry.role)
        took = meaning in (Role.ATTENDANCE, Role.AUTHORS, Role.PEOPLE) or team
        return Rel.ATTENDED if took else None
    if meaning == Role.AUTHORS or (meaning == Role.PEOPLE and item.front):
        return Rel.AUTHORED
    if meaning == Role.CONTACTS and _PRESS.search(item.entry.role):
        return None
    if meaning == Role.CONTACTS and item.front:
        return Rel.AUTHORED
    return None if meaning in NOT_NAMED else Rel.NAMED_IN


_PRESS = re.compile(r"\b(?:press|media|communications?|comms|enquir|helpdesk)", re.IGNORECASE)


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
