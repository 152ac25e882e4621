"""The graph as RDF: people (FOAF, schema.org), organisations and memberships (W3C org),
topics (SKOS), evidence (DCTERMS, schema.org) and provenance (PROV-O).

Each relationship is written twice: as the plain triple (`person org:memberOf organisation`),
and as an `rdf:Statement` that carries the relationship's properties and is
`prov:wasDerivedFrom` the documents and the quoted passages (`qkg:Quote`, a `prov:Entity`
that `prov:wasQuotedFrom` its document, with character offsets) that state it. Facts that come
from qkg's own gazetteers are derived from `{base}source/reference` instead.

Consent (graph.privacy): only people who consent to be contacted are exported, each with their
e-mail address (`schema:email`, `qkg:consentToContact true`); nothing of anyone withheld is
written — not their pseudonym, not their relationships — and their names are already
"[name withheld]" in the graph's quotes. Every other literal has its contact details masked.
Forgotten documents are not in the graph, so nothing of theirs is here.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from typing import Any

import networkx as nx
from pydantic import BaseModel
from rdflib import BNode, Graph, Literal, URIRef

from graph.derive.build import REFERENCE
from graph.errors import InputError
from graph.model import Label, Provenance, Rel, node_key
from graph.privacy import mask_contacts, withheld
from graph.rdf.vocab import (
    CLASSES,
    DCTERMS,
    FOAF,
    NAME_PREDICATE,
    ORG,
    PERSONAL,
    PREDICATES,
    PROPERTY_PREDICATES,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    STRUCTURAL,
    TOPIC_SCHEME,
    digest,
    qkg_ns,
    slug,
)

Triple = tuple[URIRef | BNode, URIRef, URIRef | BNode | Literal]

FORMATS = {"turtle": "turtle", "ttl": "turtle", "json-ld": "json-ld", "jsonld": "json-ld"}
FORMATS["nt"] = FORMATS["ntriples"] = "nt"
VOCAB_LABELS = (Label.TOPIC, Label.SECTOR, Label.PROFESSION)  # names are SKOS-style labels

PREFIXES = {
    "rdf": RDF,
    "rdfs": RDFS,
    "foaf": FOAF,
    "org": ORG,
    "schema": SDO,
    "skos": SKOS,
    "dct": DCTERMS,
    "prov": PROV,
    "topic": "https://w3id.org/qkg/topic/",
}


class ExportResult(BaseModel):
    """What `qkg export` wrote."""

    format: str
    base: str
    triples: int
    nodes: int
    relationships: int
    out: str | None
    seconds: float


def check_format(fmt: str) -> str:
    """The rdflib name of an export format, or an InputError naming the field."""
    key = fmt.strip().lower()
    if key not in FORMATS:
        raise InputError(
            f"--format {fmt!r}: expected turtle, json-ld or nt (RDF), or gexf or graphml"
        )
    return FORMATS[key]


def check_base(base: str) -> str:
    if not base.startswith(("http://", "https://")) or not base.endswith(("/", "#")):
        raise InputError(f"base IRI {base!r}: must be an http(s) IRI ending in '/' or '#'")
    if any(ch in base for ch in ' <>"{}|\\^`'):
        raise InputError(f"base IRI {base!r}: contains characters not allowed in an IRI")
    return base


class Exporter:
    """Turns the derived networkx graph into triples under one base IRI."""

    def __init__(self, graph: nx.MultiDiGraph, base: str) -> None:
        self.graph = graph
        self.base = check_base(base)
        self.qkg = qkg_ns(self.base)
        self.reference = URIRef(f"{self.base}source/{REFERENCE}")
        self._iri: dict[str, URIRef] = {}
        self._seen: set[URIRef] = set()

    # -- IRIs ------------------------------------------------------------------------------------

    def iri(self, key: str) -> URIRef:
        """The stable IRI of a node: the topic's own IRI, else {base}{label}/{slug of name}."""
        if key not in self._iri:
            data = self.graph.nodes[key]
            given = data.get("iri")
            if given:
                self._iri[key] = URIRef(given)
            else:
                self._iri[key] = URIRef(f"{self.base}{data['label'].lower()}/{slug(data['name'])}")
        return self._iri[key]

    def doc_iri(self, doc_id: str) -> URIRef:
        key = node_key(Label.DOCUMENT, doc_id)
        return self.iri(key) if key in self.graph else URIRef(f"{self.base}document/{slug(doc_id)}")

    # -- triples ---------------------------------------------------------------------------------

    def triples(self) -> Iterator[Triple]:
        yield (TOPIC_SCHEME, RDF.type, SKOS.ConceptScheme)
        yield (self.reference, RDF.type, PROV.Entity)
        yield (self.reference, RDFS.label, Literal("qkg reference data: gazetteers and topics"))
        hidden = {k for k, data in self.graph.nodes(data=True) if withheld(data)}
        for key, data in self.graph.nodes(data=True):
            if key not in hidden:
                yield from _masked(self._node(key, data))
        for source, target, rel, data in self.graph.edges(keys=True, data=True):
            if source not in hidden and target not in hidden:
                yield from _masked(self._edge(source, target, Rel(rel), data))

    def _node(self, key: str, data: dict[str, Any]) -> Iterator[Triple]:
        label = Label(data["label"])
        node = self.iri(key)
        name = str(data["name"])
        yield (node, RDF.type, self.qkg[label.value])
        for cls in CLASSES[label]:
            yield (node, RDF.type, cls)
        yield (node, RDFS.label, Literal(name))
        english = label in VOCAB_LABELS
        yield (node, NAME_PREDICATE[label], Literal(name, lang="en" if english else None))
        if label == Label.EVIDENCE and not data.get("title"):  # stored before titles were kept
            yield (node, DCTERMS.title, Literal(name))
        alias_predicate = SKOS.altLabel if english else SDO.alternateName
        for alias in sorted(data.get("aliases", ())):
            yield (node, alias_predicate, Literal(alias, lang="en" if english else None))
        if label == Label.TOPIC:
            yield (node, SKOS.inScheme, TOPIC_SCHEME)
        for prop, value in sorted(data.items()):
            if prop in STRUCTURAL or prop in PERSONAL or value in (None, "", [], ()):
                continue
            predicate = PROPERTY_PREDICATES.get(prop) or self.qkg[prop]
            for item in value if isinstance(value, list | tuple | set) else [value]:
                english = prop in ("definition", "hidden_labels")
                yield (node, predicate, Literal(item, lang="en" if english else None))
        if label == Label.PERSON:
            if "consent" in data:
                yield (node, self.qkg.consentToContact, Literal(bool(data["consent"])))
            if data.get("consent") is True and data.get("email"):
                yield (node, SDO.email, Literal(str(data["email"])))
        mentioned: set[URIRef] = set()
        for prov in data.get("provenance", ()):
            quote = yield from self._quote(prov)
            if quote not in mentioned:  # the same quote may be recorded twice
                mentioned.add(quote)
                yield (quote, SDO.mentions, node)

    def _quote(self, prov: Provenance) -> Generator[Triple, None, URIRef]:
        """The quoted passage as a prov:Entity; returns its IRI (its triples once only)."""
        text = prov.quote
        ident = f"{prov.doc_id}|{prov.start}|{prov.end}|{prov.extractor}|{prov.confidence}|{text}"
        quote = URIRef(f"{self.base}quote/{digest(ident, 24)}")
        if quote in self._seen:
            return quote
        self._seen.add(quote)
        yield (quote, RDF.type, PROV.Entity)
        yield (quote, RDF.type, self.qkg.Quote)
        yield (quote, PROV.value, Literal(text))
        yield (quote, PROV.wasQuotedFrom, self.doc_iri(prov.doc_id))
        yield (quote, self.qkg.startOffset, Literal(prov.start))
        yield (quote, self.qkg.endOffset, Literal(prov.end))
        yield (quote, self.qkg.extractor, Literal(prov.extractor))
        yield (quote, self.qkg.confidence, Literal(float(prov.confidence)))
        return quote

    def _edge(self, source: str, target: str, rel: Rel, data: dict[str, Any]) -> Iterator[Triple]:
        predicate, inverted = PREDICATES[rel]
        subject, obj = self.iri(source), self.iri(target)
        if inverted:
            subject, obj = obj, subject
        yield (subject, predicate, obj)
        if rel == Rel.MENTIONS:  # the mention's quotes hang on the entity (quote schema:mentions)
            return
        if rel == Rel.BROADER:
            yield (obj, SKOS.narrower, subject)
        statement = URIRef(f"{self.base}statement/{digest(f'{source}|{rel.value}|{target}', 24)}")
        yield (statement, RDF.type, RDF.Statement)
        yield (statement, RDF.type, PROV.Entity)
        yield (statement, RDF.subject, subject)
        yield (statement, RDF.predicate, predicate)
        yield (statement, RDF.object, obj)
        for prop, value in sorted(data.items()):
            if prop not in ("rel", "provenance", "docs", "origin") and value not in (None, ""):
                yield (statement, self.qkg[prop], Literal(value))
        if rel == Rel.WORKS_AT:
            yield from self._membership(source, target, data.get("role"))
        provenance = data.get("provenance", ())
        if data.get("origin") == REFERENCE or not provenance:
            yield (statement, PROV.wasDerivedFrom, self.reference)
        for doc_id in sorted(data.get("docs", ())):
            yield (statement, PROV.wasDerivedFrom, self.doc_iri(doc_id))
        derived: set[URIRef] = set()
        for prov in provenance:
            quote = yield from self._quote(prov)
            if quote not in derived:  # the same quote may be recorded twice
                derived.add(quote)
                yield (statement, PROV.wasDerivedFrom, quote)

    def _membership(self, person: str, org: str, role: Any) -> Iterator[Triple]:
        membership = URIRef(f"{self.base}membership/{digest(f'{person}|{org}', 24)}")
        yield (membership, RDF.type, ORG.Membership)
        yield (membership, ORG.member, self.iri(person))
        yield (membership, ORG.organization, self.iri(org))
        if role:
            role_iri = URIRef(f"{self.base}role/{slug(str(role))}")
            yield (membership, ORG.role, role_iri)
            if role_iri not in self._seen:
                self._seen.add(role_iri)
                yield (role_iri, RDF.type, ORG.Role)
                yield (role_iri, RDFS.label, Literal(str(role)))


def _masked(triples: Iterator[Triple]) -> Iterator[Triple]:
    """The triples with contact details masked in every literal but a consenting person's own
    e-mail address."""
    for s, p, o in triples:
        if isinstance(o, Literal) and isinstance(o.value, str) and p != SDO.email:
            text = mask_contacts(str(o))
            if text != str(o):
                o = Literal(text, lang=o.language, datatype=o.datatype)
        yield s, p, o


def to_rdf(graph: nx.MultiDiGraph, base: str) -> Graph:
    """The whole graph as an rdflib Graph, with the usual prefixes bound."""
    rdf = Graph()
    exporter = Exporter(graph, base)
    for prefix, namespace in PREFIXES.items():
        rdf.bind(prefix, namespace)
    rdf.bind("qkg", exporter.qkg)
    for triple in exporter.triples():
        rdf.add(triple)
    return rdf


def write_ntriples(graph: nx.MultiDiGraph, base: str, handle: Any) -> int:
    """Stream N-Triples without building an rdflib Graph (for large graphs); returns the count.

    Each triple is written once: the exporter never repeats one. Subjects are always IRIs.
    """
    count = 0
    for s, p, o in Exporter(graph, base).triples():
        handle.write(f"<{s}> <{p}> {_nt_term(o)} .\n")
        count += 1
    return count


_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nt_term(term: Any) -> str:
    """A term as N-Triples writes it (one line; no Turtle short forms)."""
    if not isinstance(term, Literal):  # minted IRIs are safe: slugs, a checked base
        return f"<{term}>"
    text = f'"{str(term).translate(_NT_ESCAPES)}"'
    if term.language:
        return f"{text}@{term.language}"
    return f"{text}^^<{term.datatype}>" if term.datatype else text
