"""Facts a document states in structure rather than prose: people directories, front matter,
attendee lists, learning sections and evidence metadata.

Each function takes the document and its ClaimSet and adds claims; none needs spaCy.
"""

from __future__ import annotations

from typing import Any

from graph.model import NATIONS, Label, Rel, fold
from graph.reference.gazetteer import Gazetteer
from graph.reference.names import clean_org, clean_person
from ingest.extract.claims import ClaimSet, Ref
from ingest.extract.line_rules import (
    Line,
    attendee_lines,
    evidence_metadata,
    learning_statements,
    parse_attendee,
)
from ingest.types import DocumentKind, RawDocument

SUMMARY_CHARS = 1500  # the start of an evidence document, kept for text similarity


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
    """One Person per row, with organisation, profession, sector, nation and consent."""
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
            clean_person(row.name),
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


def subject_of(raw: RawDocument, claims: ClaimSet, gaz: Gazetteer) -> Ref | None:
    """The Workshop or Evidence node a document describes, with its metadata facts."""
    meta = raw.metadata
    prov = claims.provenance(0, 0, "front-matter", quote=f"title: {raw.title}")
    if raw.kind == DocumentKind.WORKSHOP:
        date = _iso(meta.get("date"))
        places = _as_list(meta.get("place") or meta.get("places"))
        subject = claims.entity(
            Label.WORKSHOP,
            identity(raw.title, date, *places[:1]),
            prov,
            title=raw.title,
            date=date,
            doc_id=raw.doc_id,
        )
    elif raw.kind == DocumentKind.EVIDENCE:
        info = evidence_metadata(raw.text, meta)
        publisher = clean_org(info.publisher) if info.publisher else ""
        subject = claims.entity(
            Label.EVIDENCE,
            identity(raw.title, publisher, str(info.year or "")),
            prov,
            title=raw.title,
            year=info.year,
            publisher=publisher,
            authors=[clean_person(a) for a in info.authors],
            evidence_type=str(meta.get("type") or meta.get("evidence_type") or ""),
            summary=" ".join(raw.text[:SUMMARY_CHARS].split()),
            doc_id=raw.doc_id,
        )
        meta_prov = claims.provenance(0, 0, "rule:evidence-meta", quote=_meta_quote(info))
        for author in info.authors:
            person = claims.entity(Label.PERSON, clean_person(author), meta_prov)
            claims.relation(person, Rel.AUTHORED, subject, meta_prov)
        if info.publisher:
            org = claims.entity(Label.ORGANISATION, clean_org(info.publisher), meta_prov)
            claims.relation(org, Rel.PUBLISHED, subject, meta_prov)
    else:
        return None
    if subject is None:
        return None
    _front_matter_places(raw, claims, gaz, subject)
    challenge = _challenge(raw, claims, gaz)
    claims.relation(subject, Rel.ADDRESSES, challenge, prov)
    for label in _as_list(meta.get("topics") or meta.get("topic")):
        topic = gaz.topic(label)
        if topic is not None:
            fm = claims.provenance(0, 0, "front-matter", quote=f"topics: {label}")
            claims.relation(subject, Rel.ADDRESSES, claims.entity(Label.TOPIC, topic.label, fm), fm)
    return subject


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


def _front_matter_places(raw: RawDocument, claims: ClaimSet, gaz: Gazetteer, subject: Ref) -> None:
    meta = raw.metadata
    for value in _as_list(meta.get("nation") or meta.get("nations")):
        nation = nation_of(gaz, value)
        if nation:
            prov = claims.provenance(0, 0, "front-matter", quote=f"nation: {value}")
            claims.relation(subject, Rel.COVERS, claims.entity(Label.NATION, nation, prov), prov)
    for value in _as_list(meta.get("place") or meta.get("places")):
        prov = claims.provenance(0, 0, "front-matter", quote=f"place: {value}")
        entry = gaz.place(value)
        place = claims.entity(Label.PLACE, entry.name if entry else value, prov)
        claims.relation(subject, Rel.COVERS, place, prov)


def _challenge(raw: RawDocument, claims: ClaimSet, gaz: Gazetteer) -> Ref | None:
    value = raw.metadata.get("challenge")
    if not isinstance(value, str) or not value.strip():
        return None
    prov = claims.provenance(0, 0, "front-matter", quote=f"challenge: {value}")
    for challenge in gaz.challenges:
        if fold(value) in {
            fold(challenge.id),
            fold(challenge.title),
            *map(fold, challenge.aliases),
        }:
            return claims.entity(Label.CHALLENGE, challenge.title, prov, challenge_id=challenge.id)
    return claims.entity(Label.CHALLENGE, value.strip(), prov)


def attendee_claims(
    raw: RawDocument, claims: ClaimSet, gaz: Gazetteer, subject: Ref | None
) -> None:
    """Attendee lists in front matter and under an "Attendees" heading: who, role, where."""
    found: list[tuple[Any, tuple[str, str, str]]] = []
    for key in ("attendees", "participants", "facilitator", "facilitators"):
        for value in _as_list(raw.metadata.get(key), separators=";\n"):
            parsed = parse_attendee(value)
            if parsed:
                found.append(
                    (claims.provenance(0, 0, "front-matter", quote=f"{key}: {value}"), parsed)
                )
    for line, parsed in attendee_lines(raw.text):
        found.append((claims.provenance(line.start, line.end, "rule:attendee"), parsed))
    challenge = next((r.ref for r in claims.entities(Label.CHALLENGE)), None)
    for prov, (name, role, organisation) in found:
        person = claims.entity(Label.PERSON, clean_person(name), prov, role=role)
        if organisation:
            org = claims.entity(Label.ORGANISATION, clean_org(organisation), prov)
            claims.relation(person, Rel.WORKS_AT, org, prov, role=role)
        profession = profession_in(gaz, role)
        if profession:
            claims.relation(
                person, Rel.HAS_PROFESSION, claims.entity(Label.PROFESSION, profession), prov
            )
        if subject is not None and subject[0] == Label.WORKSHOP:
            claims.relation(person, Rel.ATTENDED, subject, prov)
        if challenge is not None:
            claims.relation(person, Rel.CONTRIBUTED_TO, challenge, prov)


def learning_claims(
    raw: RawDocument, claims: ClaimSet, subject: Ref | None
) -> list[tuple[Ref, Line]]:
    """Statements under "What we learned" / "Key insights" / "Key findings" headings."""
    out = []
    meta = raw.metadata
    for line in learning_statements(raw.text):
        prov = claims.provenance(line.start, line.end, "rule:learning")
        learning = claims.entity(
            Label.LEARNING,
            line.text,
            prov,
            recorded=_iso(meta.get("date")) or "",
            source_title=raw.title,
        )
        if learning is None:
            continue
        claims.relation(learning, Rel.FROM, subject, prov)
        out.append((learning, line))
    return out


def _meta_quote(info: Any) -> str:
    parts = []
    if info.authors:
        parts.append("authors: " + ", ".join(info.authors))
    if info.year:
        parts.append(f"year: {info.year}")
    if info.publisher:
        parts.append(f"publisher: {info.publisher}")
    return "; ".join(parts)


def _as_list(value: Any, separators: str = ";,") -> list[str]:
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


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return str(value)[:10]
