"""How qkg's labels, relationships and properties map onto well-known RDF vocabularies.

One table per direction of use: the exporter reads them forwards, the importer backwards, so
the two can never disagree. Terms with no good standard counterpart live under `qkg:`
(`{base}ns#`), a small namespace of our own.
"""

from __future__ import annotations

import re
from hashlib import blake2b
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, SKOS

from graph.model import Label, Rel, fold

ORG = Namespace("http://www.w3.org/ns/org#")
SDO = Namespace("https://schema.org/")
TOPIC_SCHEME = URIRef(
    "https://w3id.org/qkg/topic/scheme"
)  # the scheme of graph/reference/data/topics.ttl

DEFAULT_BASE = "https://w3id.org/qkg/"  # a placeholder: no w3id.org redirect is registered yet

__all__ = ["DCTERMS", "FOAF", "ORG", "PROV", "RDF", "RDFS", "SDO", "SKOS"]


def qkg_ns(base: str) -> Namespace:
    """qkg's own terms (classes such as qkg:Person, properties such as qkg:startOffset)."""
    return Namespace(f"{base}ns#")


# Every node gets qkg:<Label> (which the importer reads) and these standard classes.
CLASSES: dict[Label, tuple[URIRef, ...]] = {
    Label.PERSON: (FOAF.Person, SDO.Person),
    Label.ORGANISATION: (ORG.Organization, FOAF.Organization),
    Label.NATION: (SDO.Country,),
    Label.PLACE: (SDO.Place,),
    Label.SECTOR: (SKOS.Concept,),
    Label.PROFESSION: (SDO.Occupation, ORG.Role),
    Label.TOPIC: (SKOS.Concept,),
    Label.CHALLENGE: (SDO.Project,),
    Label.EVIDENCE: (SDO.CreativeWork, DCTERMS.BibliographicResource),
    Label.WORKSHOP: (SDO.Event,),
    Label.LEARNING: (PROV.Entity,),
    Label.DOCUMENT: (FOAF.Document, PROV.Entity),
}

# The name of a node, besides rdfs:label (which every node has and the importer reads).
NAME_PREDICATE: dict[Label, URIRef] = {
    Label.PERSON: FOAF.name,
    Label.ORGANISATION: FOAF.name,
    Label.TOPIC: SKOS.prefLabel,
    Label.SECTOR: SKOS.prefLabel,
    Label.PROFESSION: SDO.name,
    Label.EVIDENCE: SDO.name,  # its title (dct:title) is the `title` property
    Label.WORKSHOP: SDO.name,
    Label.CHALLENGE: SDO.name,
    Label.NATION: SDO.name,
    Label.PLACE: SDO.name,
    Label.LEARNING: SDO.text,
    Label.DOCUMENT: DCTERMS.identifier,
}

# Relationship -> (predicate, inverted). Inverted: the triple is written object -> subject,
# because the standard property points the other way (an event has attendees).
PREDICATES: dict[Rel, tuple[URIRef, bool]] = {
    Rel.WORKS_AT: (ORG.memberOf, False),
    Rel.HAS_PROFESSION: (SDO.hasOccupation, False),
    Rel.IN_SECTOR: (ORG.classification, False),
    Rel.BASED_IN: (SDO.location, False),
    Rel.LOCATED_IN: (SDO.containedInPlace, False),
    Rel.INTERESTED_IN: (FOAF.topic_interest, False),
    Rel.ATTENDED: (SDO.attendee, True),
    Rel.CONTRIBUTED_TO: (SDO.contributor, True),
    Rel.AUTHORED: (DCTERMS.creator, True),
    Rel.NAMED_IN: (DCTERMS.relation, True),
    Rel.PUBLISHED: (DCTERMS.publisher, True),
    Rel.ADDRESSES: (DCTERMS.subject, False),
    Rel.ABOUT: (SDO.about, False),
    Rel.FROM: (DCTERMS.source, False),
    Rel.MENTIONS: (SDO.mentions, False),
    Rel.DESCRIBES: (FOAF.primaryTopic, False),
    Rel.BROADER: (SKOS.broader, False),
    Rel.COVERS: (DCTERMS.spatial, False),
}
REL_BY_PREDICATE: dict[URIRef, tuple[Rel, bool]] = {
    p: (r, inv) for r, (p, inv) in PREDICATES.items()
}

# Node properties with a standard predicate; every other property becomes qkg:<name>.
PROPERTY_PREDICATES: dict[str, URIRef] = {
    "role": SDO.jobTitle,
    "definition": SKOS.definition,
    "hidden_labels": SKOS.hiddenLabel,
    "summary": SDO.abstract,
    "date": SDO.startDate,
    "title": DCTERMS.title,
    "path": PROV.atLocation,
    "fmt": DCTERMS["format"],
    "challenge_id": DCTERMS.identifier,
    "year": DCTERMS.date,
    "recorded": DCTERMS.created,
}
# Node attributes that are structure, not properties: handled on their own or derived.
STRUCTURAL = frozenset(
    {"label", "name", "aliases", "docs", "provenance", "mentions", "iri", "passages", "subject"}
)
PERSONAL = frozenset({"email", "consent"})  # exported only under the consent rule

_UNSAFE = re.compile(r"[^a-z0-9-]")


def slug(text: str) -> str:
    """A safe IRI path segment for a name: folded, hyphenated, percent-encoded if need be.

    >>> slug("Siobhán O'Neill")
    'siobhan-oneill'
    >>> slug("東京")[:2]
    'x-'
    """
    folded = fold(text).replace(" ", "-")
    if not folded:  # a name with no Latin letters or digits: keep it unique by its hash
        return "x-" + digest(text, 12)
    return quote(folded, safe="-") if _UNSAFE.search(folded) else folded


def digest(text: str, size: int = 16) -> str:
    return blake2b(text.encode("utf-8"), digest_size=size // 2 + size % 2).hexdigest()[:size]


def label_of(cls: object, base: str) -> Label | None:
    """The qkg label a qkg class IRI stands for."""
    ns = str(qkg_ns(base))
    text = str(cls)
    if not text.startswith(ns):
        return None
    try:
        return Label(text[len(ns) :])
    except ValueError:
        return None
