"""A large synthetic corpus as document claims, for the query and store benchmarks.

At scale 1.0: 50,000 people, 5,000 organisations, 20,000 evidence items, 500 topics (the
vocabulary's own plus generated ones under them), 1,000 workshops, with the link shapes the
extractor produces (directories, authorship, attendance, topic mentions, learning). Names are
generated from syllables; every person is invented. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from graph.model import (
    NATIONS,
    DocumentClaims,
    EntityClaim,
    Label,
    Provenance,
    Rel,
    RelationClaim,
)
from graph.reference.gazetteer import load_gazetteer

SYLLABLES = (
    "an bel cor dan el fin gar hal is jon kel lor mar nor ol per quin ros sul tam ur".split()
)
PROFESSIONS = [
    "nurse",
    "GP",
    "social worker",
    "pharmacist",
    "researcher",
    "peer support worker",
    "commissioner",
    "paramedic",
    "psychologist",
    "care worker",
    "midwife",
    "manager",
]
ORG_KINDS = ["Trust", "Council", "University", "Foundation", "Network"]
SECTORS = ["NHS", "social care", "voluntary", "academic", "government", "patients and public"]


@dataclass
class Sizes:
    people: int
    organisations: int
    evidence: int
    topics: int
    workshops: int

    @classmethod
    def at(cls, scale: float) -> Sizes:
        return cls(
            int(50_000 * scale),
            int(5_000 * scale),
            int(20_000 * scale),
            max(60, int(500 * scale)),
            int(1_000 * scale),
        )


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


class _Doc:
    def __init__(self, doc_id: str, kind: str) -> None:
        self.claims = DocumentClaims(
            doc_id,
            doc_id,
            f"hash-{doc_id}",
            "txt",
            kind,
            "flag",
            doc_id,
            "2026-01-01T00:00:00+00:00",
        )
        self.prov = Provenance(doc_id, f"A sentence of {doc_id}.", 0, 20, "synthetic", 0.9)

    def entity(self, label: Label, name: str, **props: object) -> tuple[Label, str]:
        self.claims.entities.append(EntityClaim(label, name, dict(props), [self.prov]))
        return (label, name)

    def rel(self, a: tuple[Label, str], rel: Rel, b: tuple[Label, str]) -> None:
        self.claims.relations.append(RelationClaim(a, rel, b, {}, [self.prov]))


def generate(
    scale: float = 1.0, seed: int = 11
) -> tuple[list[DocumentClaims], dict[str, list[str]]]:
    """(claims, samples): samples hold names to ask about (topics, people, organisations)."""
    rng = random.Random(seed)
    sizes = Sizes.at(scale)
    vocabulary = [t.label for t in load_gazetteer().topics]
    topics = list(vocabulary)
    docs: list[DocumentClaims] = []
    reference = _Doc("synthetic/vocabulary.ttl", "evidence")
    while len(topics) < sizes.topics:
        name = f"{_name(rng, 2).lower()} {rng.choice(vocabulary)}"
        if name not in topics:
            reference.rel(
                reference.entity(Label.TOPIC, name),
                Rel.BROADER,
                (Label.TOPIC, rng.choice(vocabulary)),
            )
            topics.append(name)
    docs.append(reference.claims)
    orgs = [f"{_name(rng, 2)} {rng.choice(ORG_KINDS)} {i}" for i in range(sizes.organisations)]
    org_nation = {o: rng.choice(NATIONS) for o in orgs}
    people: list[str] = []
    person_nation: dict[str, str] = {}
    per_directory = 2_000
    for start in range(0, sizes.people, per_directory):
        d = _Doc(f"synthetic/directory-{start // per_directory:03d}.csv", "directory")
        for i in range(start, min(start + per_directory, sizes.people)):
            name = f"{_name(rng, 2)} {_name(rng, 3)}"
            org = rng.choice(orgs)
            person = d.entity(
                Label.PERSON, name, consent=rng.random() < 0.7, email=f"p{i}@example.org"
            )
            d.rel(person, Rel.WORKS_AT, d.entity(Label.ORGANISATION, org))
            nation = org_nation[org] if rng.random() < 0.9 else rng.choice(NATIONS)
            d.rel(person, Rel.BASED_IN, (Label.NATION, nation))
            d.rel(person, Rel.HAS_PROFESSION, d.entity(Label.PROFESSION, rng.choice(PROFESSIONS)))
            d.rel(person, Rel.IN_SECTOR, (Label.SECTOR, rng.choice(SECTORS)))
            for _ in range(rng.choice((0, 1, 1, 2))):
                d.rel(person, Rel.INTERESTED_IN, d.entity(Label.TOPIC, rng.choice(topics)))
            people.append(name)
            person_nation[name] = nation
        for org in orgs[start // 20 : (start + per_directory) // 20]:
            d.rel((Label.ORGANISATION, org), Rel.BASED_IN, (Label.NATION, org_nation[org]))
            d.rel((Label.ORGANISATION, org), Rel.IN_SECTOR, (Label.SECTOR, rng.choice(SECTORS)))
        docs.append(d.claims)
    for i in range(sizes.evidence):
        d = _Doc(f"synthetic/evidence-{i:05d}.txt", "evidence")
        on = rng.sample(topics, rng.randint(1, 4))
        title = f"{_name(rng, 3)} study of {on[0]} {i}"
        item = d.entity(
            Label.EVIDENCE,
            title,
            year=rng.randint(2010, 2025),
            summary=f"{title}. Findings on {' and '.join(on)}.",
        )
        for author in rng.sample(people, rng.randint(1, 3)):
            d.rel(d.entity(Label.PERSON, author), Rel.AUTHORED, item)
        for topic in on:
            d.rel(item, Rel.ADDRESSES, d.entity(Label.TOPIC, topic))
        d.rel(item, Rel.COVERS, (Label.NATION, rng.choice(NATIONS)))
        d.rel(d.entity(Label.ORGANISATION, rng.choice(orgs)), Rel.PUBLISHED, item)
        lesson = d.entity(Label.LEARNING, f"Lesson {i} on {on[0]}")
        d.rel(lesson, Rel.FROM, item)
        d.rel(lesson, Rel.ABOUT, (Label.TOPIC, on[0]))
        docs.append(d.claims)
    for i in range(sizes.workshops):
        d = _Doc(f"synthetic/workshop-{i:04d}.md", "workshop")
        event = d.entity(Label.WORKSHOP, f"Workshop {i}", date=f"20{rng.randint(15, 25)}-05-01")
        for topic in rng.sample(topics, 2):
            d.rel(event, Rel.ADDRESSES, d.entity(Label.TOPIC, topic))
        d.rel(event, Rel.COVERS, (Label.NATION, rng.choice(NATIONS[:4])))
        for person in rng.sample(people, 20):
            d.rel(d.entity(Label.PERSON, person), Rel.ATTENDED, event)
        docs.append(d.claims)
    samples = {
        "topics": rng.sample(topics, 50),
        "people": rng.sample(people, 50),
        "organisations": rng.sample(orgs, 20),
    }
    return docs, samples
