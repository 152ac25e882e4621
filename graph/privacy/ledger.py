"""What a store keeps of a document's claims: every text masked of contact details, and nothing of
the people the directories list without consent but a pseudonym, their consent and the facts
the questions count them by.

`admit` is the one door into a store (both stores call it in `apply`). A person a directory lists
without consent ("no", or left blank with no "yes" elsewhere) is *withheld*: their directory row
is kept under a pseudonym with the hashes of their name forms (so that a later mention can be
recognised without the name being kept), their consent and the relationships the questions
count them by (organisation, profession, sector, nation, listed expertise); their e-mail
address, job title and the row's text are dropped. Any document's mention of them (by their
name, their first given name and surname, or their initial and surname; in that document, by
their surname or first given name alone) becomes the same pseudonym, with no quote, and their
name is replaced by "[name withheld]" in every text of the document. When a directory later
says someone is withheld, the documents already stored are scrubbed the same way, so the order
of ingest does not matter. A directory's e-mail address is kept only for a person who consents.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from graph.model import DocumentClaims, EntityClaim, Label, Provenance, Rel, RelationClaim, fold
from graph.privacy.contacts import mask_contacts
from graph.privacy.names import (
    NameRedactor,
    form_hash,
    is_pseudonym,
    name_forms,
    name_parts,
    pseudonym,
)
from graph.reference.names import PersonName

PRIVACY_FORMAT = 1  # DocumentClaims.privacy: the claims were admitted under this rule
QUALIFIED = re.compile(r"^(?P<base>.+?) \((?P<qualifier>[^()]+)\)$")  # as graph.derive.resolve
# properties that name things rather than say them: never rewritten
IDENTIFIERS = frozenset(
    {"doc_id", "consent_source", "challenge_id", "iri", "date", "recorded", "kind", "forms"}
    | {"email"}  # a consenting person's own address; anyone else's is dropped
)
WITHHELD_PROPS = ("consent", "consent_source", "forms")  # what a withheld person's claim keeps


@dataclass(frozen=True, slots=True)
class Register:
    """The people the directories list without consent: pseudonym by name-form hash."""

    forms: Mapping[str, str] = field(default_factory=dict)
    people: frozenset[str] = frozenset()  # their pseudonyms
    shared: frozenset[str] = frozenset()  # form hashes someone who consents has too

    def named(self, form: str) -> bool:
        """Does this (folded) name belong to someone withheld, and to no one who consents?"""
        digest = form_hash(form)
        return digest in self.forms and digest not in self.shared


def _listed(entity: EntityClaim) -> bool:
    """A directory's person (or an imported one that carries consent)."""
    return (
        "consent" in entity.props
        or "forms" in entity.props
        or any(p.extractor == "directory" for p in entity.provenance)
    )


def lists_people(doc: DocumentClaims) -> bool:
    """Is the document a directory (does it list people, with or without their consent)?"""
    return any(e.label == Label.PERSON and _listed(e) for e in doc.entities)


def _base(name: str) -> str:
    match = QUALIFIED.match(name)
    return match["base"] if match else name


@lru_cache(maxsize=65_536)
def _mention_forms(name: str) -> tuple[str, ...]:
    """How a mention is matched: as written, and by its first given name and surname (never by
    an initial it was not written with: "Kate Doyle" is not "K. Doyle")."""
    parsed = PersonName.parse(_base(name))
    forms = [fold(name), fold(_base(name))]
    if parsed.is_full:
        forms.append(f"{parsed.given[0]} {parsed.surname}")
    return tuple(f for f in dict.fromkeys(forms) if " " in f)


def _identity(entity: EntityClaim) -> tuple[str, set[str]]:
    """(pseudonym, name-form hashes) of a directory's person."""
    if is_pseudonym(entity.name):
        return entity.name, set(entity.props.get("forms", ()))
    forms = name_forms(_base(entity.name)) | {fold(entity.name)}
    return pseudonym(fold(entity.name)), {form_hash(f) for f in forms if f}


def register_of(docs: Iterable[DocumentClaims]) -> Register:
    """Who is withheld: every directory entry of theirs is blank, or one says "no"."""
    said: dict[str, list[Any]] = defaultdict(list)
    forms: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        for entity in doc.entities:
            if entity.label == Label.PERSON and _listed(entity):
                person, hashes = _identity(entity)
                said[person].append(entity.props.get("consent"))
                forms[person] |= hashes
    people = frozenset(p for p, values in said.items() if False in values or True not in values)
    by_form: dict[str, str] = {}
    for person in sorted(people):
        for digest in forms[person]:
            by_form.setdefault(digest, person)
    consenting = {d for p in said if p not in people for d in forms[p]}
    return Register(by_form, people, frozenset(consenting & by_form.keys()))


def admit(
    stored: Mapping[str, DocumentClaims],
    upserts: Sequence[DocumentClaims],
    forget: Sequence[str] = (),
) -> tuple[dict[str, DocumentClaims], list[DocumentClaims]]:
    """(every document the store holds after this write, the ones it must write): the new ones
    scrubbed, and the stored ones scrubbed again when who is withheld changed (or when an older
    qkg stored them). A stored document that names, by pseudonym, someone no longer withheld
    (they consented, or their directory was forgotten) cannot get the name back: its content
    hash is cleared, so that the next `qkg ingest` reads the file again."""
    docs = {k: v for k, v in stored.items() if k not in set(forget)}
    for doc in upserts:
        docs[doc.doc_id] = doc
    register = register_of(docs.values())
    changed = register != register_of(stored.values())
    upserted = {doc.doc_id for doc in upserts}
    written = []
    for doc_id in sorted(docs):
        doc = docs[doc_id]
        new = doc_id in upserted
        if new or changed or doc.privacy < PRIVACY_FORMAT:
            scrubbed = scrub(doc, register)
            if not new and _stale(scrubbed, register):
                scrubbed = replace(scrubbed, content_hash="")
            if new or scrubbed != doc:
                docs[doc_id] = scrubbed
                written.append(scrubbed)
    return docs, written


def _stale(doc: DocumentClaims, register: Register) -> bool:
    return any(
        e.label == Label.PERSON and is_pseudonym(e.name) and e.name not in register.people
        for e in doc.entities
    )


def scrub(doc: DocumentClaims, register: Register) -> DocumentClaims:
    """The document's claims as a store may keep them (see the module's docstring)."""
    return _Scrub(doc, register).result()


class _Scrub:
    def __init__(self, doc: DocumentClaims, register: Register) -> None:
        self.doc = doc
        people = [e for e in doc.entities if e.label == Label.PERSON]
        self.renamed: dict[str, str] = {}  # a person's name here -> their pseudonym
        organisations = [fold(e.name) for e in doc.entities if e.label == Label.ORGANISATION]
        for entity in people:
            found = self._withheld(entity, register, organisations)
            if found:
                self.renamed[entity.name] = found
        parts = {
            part: person
            for name, person in sorted(self.renamed.items())
            if not is_pseudonym(name)
            for part in name_parts(_base(name))
        }
        for entity in people:
            if entity.name not in self.renamed and fold(entity.name) in parts:
                self.renamed[entity.name] = parts[fold(entity.name)]  # "Quarrington said"
        withheld_forms = {f for name in self.renamed for f in name_forms(_base(name))}

        def withheld(form: str) -> bool:
            return form in withheld_forms or register.named(form)

        # with no one withheld in the store or here, no name can be: texts are left unread
        nobody = not register.forms and not withheld_forms and not parts
        self.redact = NameRedactor(
            withheld,
            words=frozenset() if nobody else None,
            single=set(parts),
            # what else the document names stays (an organisation named like a withheld
            # person is them, tagged as one, and does not)
            kept={
                name
                for e in doc.entities
                if e.label != Label.PERSON and not withheld(name := fold(e.name))
            },
            others={fold(e.name) for e in people if e.name not in self.renamed},
        )
        # a withheld person's directory row: its text is theirs, only the line number stays
        self.rows = {
            p
            for e in people
            if e.name in self.renamed and _listed(e)
            for p in e.provenance
            if p.extractor == "directory"
        }
        self._texts: dict[str, str] = {}

    @staticmethod
    def _withheld(entity: EntityClaim, register: Register, organisations: list[str]) -> str | None:
        """The pseudonym this person is withheld under here, if they are. A name someone who
        consents shares ("Anne Morrison" of NHS Fife, and of Causeway Carers Forum) is theirs
        only where the document names their organisation (as graph.derive.resolve decides);
        elsewhere it is left to the derived graph, which withholds whoever it is not shown."""
        if is_pseudonym(entity.name):
            return None
        if _listed(entity):
            person, _forms = _identity(entity)
            return person if person in register.people else None
        for form in _mention_forms(entity.name):
            digest = form_hash(form)
            if digest not in register.forms:
                continue
            if digest not in register.shared:
                return register.forms[digest]
            for org in organisations:
                found = register.forms.get(form_hash(f"{form} {org}"))
                if found:
                    return found
        return None

    def text(self, value: str) -> str:
        if value not in self._texts:
            self._texts[value] = self.redact(mask_contacts(value))
        return self._texts[value]

    def value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.value(v) for v in value]
        if isinstance(value, dict):
            return {k: v if k in IDENTIFIERS else self.value(v) for k, v in value.items()}
        return value

    def name(self, label: Label, name: str) -> str:
        if label == Label.PERSON:
            return self.renamed.get(name, mask_contacts(name))
        return self.text(name)

    def provenance(self, prov: Provenance, theirs: bool = False) -> Provenance:
        if theirs:
            quote = ""
        elif prov in self.rows:
            quote = f"line {prov.start}"
        else:
            quote = self.text(prov.quote)
        return prov.quoting(quote)

    def result(self) -> DocumentClaims:
        doc = self.doc
        entities: dict[tuple[Label, str], EntityClaim] = {}
        for entity in doc.entities:
            theirs = entity.label == Label.PERSON and entity.name in self.renamed
            name = self.name(entity.label, entity.name)
            if theirs:
                props = {k: entity.props[k] for k in WITHHELD_PROPS if k in entity.props}
                if _listed(entity):
                    props["forms"] = sorted(_identity(entity)[1] | set(props.get("forms", ())))
            else:
                props = self.value(entity.props)
                if props.get("email") and props.get("consent") is not True:
                    del props["email"]  # an address is kept only to contact someone who agreed
            provenance = [self.provenance(p, theirs) for p in entity.provenance]
            _merge(entities, EntityClaim(entity.label, name, props, provenance))
        relations: dict[tuple[Any, ...], RelationClaim] = {}
        for relation in doc.relations:
            source = (relation.source[0], self.name(*relation.source))
            target = (relation.target[0], self.name(*relation.target))
            if source == target:
                continue
            theirs = any(
                label == Label.PERSON and raw in self.renamed
                for label, raw in (relation.source, relation.target)
            )
            props = self.value(relation.props)
            if theirs and relation.rel == Rel.WORKS_AT:
                props.pop("role", None)  # their job title
            provenance = [self.provenance(p, theirs) for p in relation.provenance]
            _merge(relations, RelationClaim(source, relation.rel, target, props, provenance))
        return replace(
            doc,
            title=self.text(doc.title),
            metadata=self.value(doc.metadata),
            entities=list(entities.values()),
            relations=list(relations.values()),
            acronyms={self.text(k): self.text(v) for k, v in doc.acronyms.items()},
            passages=[(s, e, self.text(t)) for s, e, t in doc.passages],
            privacy=PRIVACY_FORMAT,
        )


def _merge(into: dict[Any, Any], claim: EntityClaim | RelationClaim) -> None:
    """Keep one claim per entity (or relation) when two names became one pseudonym."""
    if isinstance(claim, EntityClaim):
        key: Any = (claim.label, fold(claim.name))
    else:
        key = (claim.source[0], fold(claim.source[1]), claim.rel, *claim.target)
    found = into.get(key)
    if found is None:
        into[key] = claim
        return
    for prop, value in claim.props.items():
        found.props.setdefault(prop, value)
    found.provenance.extend(p for p in claim.provenance if p not in found.provenance)
