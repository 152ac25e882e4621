"""Reading RDF back in: a SKOS topic vocabulary, or a previous `qkg export`.

Both become ordinary document claims, stored through the store's `apply()`, so provenance,
replace and `qkg forget` work on them like on any ingested file:

- a **SKOS vocabulary** becomes one document `vocabulary/<file name>` (kind `vocabulary`)
  that mentions each concept as a Topic (prefLabel, altLabels, definition, IRI) and states its
  skos:broader / skos:narrower links. The questions then know those topics (names, aliases,
  broader and narrower). `qkg forget vocabulary/<file name>` removes them again.
- a **previous export** becomes one DocumentClaims per exported document: its metadata, the
  entities it mentions (with their properties and the quotes that mention them) and the
  relationships derived from it (with their quotes). Rebuilding the graph from those claims
  gives the same graph, so exporting again gives an isomorphic RDF graph.

Limits: resolution decisions, a document's defined acronyms and front-matter metadata are not
in an export, so they are not restored; list-valued properties come back sorted; e-mail
addresses of people who did not consent were never exported, so they stay absent.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF

from graph.errors import InputError, ReadError
from graph.model import DocumentClaims, EntityClaim, Label, Provenance, Rel, RelationClaim
from graph.rdf.vocab import (
    NAME_PREDICATE,
    PROPERTY_PREDICATES,
    PROV,
    RDF,
    RDFS,
    REL_BY_PREDICATE,
    SDO,
    SKOS,
    label_of,
)

SUFFIX_FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".xml": "xml",
}
LIST_PROPS = frozenset({"authors"})  # properties that are lists even with one value
PROP_BY_PREDICATE = {str(p): name for name, p in PROPERTY_PREDICATES.items()}
IGNORED = {str(p) for p in (RDFS.label, SKOS.altLabel, SDO.alternateName, SKOS.inScheme)}


class ImportResult(BaseModel):
    """What `qkg import` stored."""

    file: str
    kind: str  # "vocabulary" or "export"
    documents: list[str]
    topics: int
    entities: int
    relations: int


def read_rdf(path: Path) -> Graph:
    """Parse an RDF file (format from its suffix); one InputError line naming it on failure."""
    fmt = SUFFIX_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown RDF format {path.suffix!r} (use .ttl, .nt or .jsonld)")
    if not path.is_file():
        raise ReadError(path, "no such file")
    if fmt == "json-ld":
        _refuse_remote_contexts(path)
    rdf = Graph()
    try:
        rdf.parse(path, format=fmt)
    except Exception as e:  # rdflib's parsers raise many unrelated types
        reason = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise ReadError(path, f"not valid {fmt} ({reason[:200]})") from e
    return rdf


def _refuse_remote_contexts(path: Path) -> None:
    """qkg runs offline: a JSON-LD @context given by URL would be fetched, so refuse it."""
    import json

    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise ReadError(path, f"not valid JSON ({e})") from e
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            context = item.get("@context")
            contexts = context if isinstance(context, list) else [context]
            if any(isinstance(c, str) for c in contexts):
                raise ReadError(path, "a remote JSON-LD @context (by URL) is not fetched offline")
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def qkg_namespace(rdf: Graph) -> str | None:
    """The `{base}ns#` namespace of a qkg export, found through its Document class."""
    for doc in rdf.subjects(RDF.type, FOAF.Document):
        for cls in rdf.objects(doc, RDF.type):
            if str(cls).endswith("ns#Document"):
                return str(cls)[: -len("Document")]
    return None


def import_file(path: Path, store: Any) -> ImportResult:
    """Load a SKOS vocabulary or a previous export into `store` (all or nothing)."""
    rdf = read_rdf(path)
    namespace = qkg_namespace(rdf)
    if namespace is not None:
        docs = claims_from_export(rdf, namespace)
        kind = "export"
    elif any(rdf.subjects(RDF.type, SKOS.Concept)):
        docs = [vocabulary_claims(path, store)]
        kind = "vocabulary"
    else:
        raise InputError(f"{path}: neither a qkg export nor a SKOS vocabulary (no skos:Concept)")
    store.apply(docs)
    return ImportResult(
        file=str(path),
        kind=kind,
        documents=[d.doc_id for d in docs],
        topics=sum(e.label == Label.TOPIC for d in docs for e in d.entities),
        entities=sum(len(d.entities) for d in docs),
        relations=sum(len(d.relations) for d in docs),
    )


# -- a SKOS vocabulary ----------------------------------------------------------------------------


def vocabulary_claims(path: Path, store: Any) -> DocumentClaims:
    from graph.reference.gazetteer import read_topics

    try:
        topics = read_topics(path)
    except Exception as e:
        raise InputError(str(e).splitlines()[0]) from e
    if not topics:
        raise InputError(f"{path}: no skos:Concept with an English prefLabel")
    doc_id = f"vocabulary/{path.name}"
    by_iri = {t.iri: t.label for t in topics}
    known = getattr(getattr(store, "gazetteer", None), "topic_by_iri", {})
    entities, relations = [], []
    for topic in topics:
        quote = f"{topic.label} <{topic.iri}>"
        prov = Provenance(doc_id, quote, 0, 0, "skos", 1.0)
        props: dict[str, Any] = {"iri": topic.iri, "aliases": list(topic.alt_labels)}
        if topic.definition:
            props["definition"] = topic.definition
        entities.append(EntityClaim(Label.TOPIC, topic.label, props, [prov]))
        for parent in topic.broader:
            parent_label = by_iri.get(parent) or (known[parent].label if parent in known else None)
            if parent_label is None:
                continue  # a broader concept neither here nor in qkg's vocabulary
            stated = Provenance(doc_id, f"{quote} skos:broader <{parent}>", 0, 0, "skos", 1.0)
            relations.append(
                RelationClaim(
                    (Label.TOPIC, topic.label),
                    Rel.BROADER,
                    (Label.TOPIC, parent_label),
                    {},
                    [stated],
                )
            )
    content = path.read_bytes()
    return DocumentClaims(
        doc_id=doc_id,
        path=str(path),
        content_hash=hashlib.sha256(content).hexdigest(),
        fmt="ttl",
        kind="vocabulary",
        kind_source="qkg import",
        title=f"SKOS vocabulary {path.name}",
        ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
        entities=entities,
        relations=relations,
    )


# -- a previous export ----------------------------------------------------------------------------


class _ExportReader:
    def __init__(self, rdf: Graph, namespace: str) -> None:
        self.rdf = rdf
        self.ns = namespace
        self.base = namespace[: -len("ns#")]
        self.nodes: dict[Any, tuple[Label, str]] = {}
        for subject, cls in rdf.subject_objects(RDF.type):
            label = label_of(cls, self.base)
            name = rdf.value(subject, RDFS.label)
            if label is not None and name is not None and isinstance(subject, URIRef):
                self.nodes[subject] = (label, str(name))
        self.quotes: dict[Any, Provenance] = {}
        for quote in rdf.subjects(RDF.type, URIRef(f"{namespace}Quote")):
            self.quotes[quote] = self._provenance(quote)

    def _value(self, subject: Any, local: str) -> Any:
        value = self.rdf.value(subject, URIRef(f"{self.ns}{local}"))
        return value.toPython() if isinstance(value, Literal) else value

    def _provenance(self, quote: Any) -> Provenance:
        doc = self.rdf.value(quote, PROV.wasQuotedFrom)
        if doc not in self.nodes:
            raise InputError(f"quote {quote} names no exported document")
        return Provenance(
            doc_id=self.nodes[doc][1],
            quote=str(self.rdf.value(quote, PROV.value) or ""),
            start=int(self._value(quote, "startOffset") or 0),
            end=int(self._value(quote, "endOffset") or 0),
            extractor=str(self._value(quote, "extractor") or ""),
            confidence=float(self._value(quote, "confidence") or 0.0),
        )

    def props(self, node: URIRef, label: Label) -> dict[str, Any]:
        """A node's properties, as the claims that made it carried them."""
        props: dict[str, list[Any]] = defaultdict(list)
        skip = IGNORED | {str(NAME_PREDICATE[label])}
        for predicate, value in self.rdf.predicate_objects(node):
            if not isinstance(value, Literal) or str(predicate) in skip:
                continue
            if str(predicate) in PROP_BY_PREDICATE:
                name = PROP_BY_PREDICATE[str(predicate)]
            elif str(predicate) == str(SDO.email):
                name = "email"
            elif str(predicate).startswith(self.ns):
                name = str(predicate)[len(self.ns) :]
                name = "consent" if name == "consentToContact" else name
            else:
                continue
            props[name].append(value.toPython())
        flat: dict[str, Any] = {
            k: sorted(v, key=str) if k in LIST_PROPS or len(v) > 1 else v[0]
            for k, v in props.items()
        }
        aliases = [
            str(a) for p in (SKOS.altLabel, SDO.alternateName) for a in self.rdf.objects(node, p)
        ]
        if aliases:
            flat["aliases"] = sorted(aliases)
        if label == Label.TOPIC:
            flat["iri"] = str(node)
        return flat

    def documents(self) -> list[DocumentClaims]:
        docs: dict[str, DocumentClaims] = {}
        for node, (label, name) in self.nodes.items():
            if label != Label.DOCUMENT:
                continue
            p = self.props(node, label)
            docs[name] = DocumentClaims(
                doc_id=name,
                path=str(p.get("path", name)),
                content_hash=str(p.get("content_hash", "")),
                fmt=str(p.get("fmt", "")),
                kind=str(p.get("kind", "")),
                kind_source=str(p.get("kind_source", "")),
                title=str(p.get("title", "")),
                ingested_at=str(p.get("ingested_at", "")),
                words=int(p.get("words", 0)),
            )
            for entity in self.rdf.objects(node, SDO.mentions):
                if entity in self.nodes and self.nodes[entity][0] != Label.DOCUMENT:
                    docs[name].entities.append(self._entity(entity, name))
        for statement in self.rdf.subjects(RDF.type, RDF.Statement):
            self._relation(statement, docs)
        return [docs[k] for k in sorted(docs)]

    def _entity(self, node: Any, doc_id: str) -> EntityClaim:
        label, name = self.nodes[node]
        provenance = [
            self.quotes[q]
            for q in self.rdf.subjects(SDO.mentions, node)
            if q in self.quotes and self.quotes[q].doc_id == doc_id
        ]
        provenance.sort(key=lambda p: (p.start, p.end, p.extractor, p.quote))
        return EntityClaim(label, name, self.props(node, label), provenance)

    def _relation(self, statement: Any, docs: dict[str, DocumentClaims]) -> None:
        subject = self.rdf.value(statement, RDF.subject)
        predicate = self.rdf.value(statement, RDF.predicate)
        obj = self.rdf.value(statement, RDF.object)
        if predicate not in REL_BY_PREDICATE or subject not in self.nodes or obj not in self.nodes:
            raise InputError(f"statement {statement}: unknown predicate or endpoint")
        rel, inverted = REL_BY_PREDICATE[predicate]
        source, target = (obj, subject) if inverted else (subject, obj)
        props = {
            str(p)[len(self.ns) :]: v.toPython()
            for p, v in self.rdf.predicate_objects(statement)
            if isinstance(v, Literal) and str(p).startswith(self.ns)
        }
        by_doc: dict[str, list[Provenance]] = defaultdict(list)
        for quote in self.rdf.objects(statement, PROV.wasDerivedFrom):
            if quote in self.quotes:
                prov = self.quotes[quote]
                by_doc[prov.doc_id].append(prov)
        for doc_id, provenance in sorted(by_doc.items()):
            if doc_id not in docs:
                raise InputError(f"statement {statement}: derived from unknown document {doc_id}")
            provenance.sort(key=lambda p: (p.start, p.end, p.extractor, p.quote))
            docs[doc_id].relations.append(
                RelationClaim(
                    self.nodes[source],
                    rel,
                    self.nodes[target],
                    dict(props),
                    provenance,
                )
            )


def claims_from_export(rdf: Graph, namespace: str) -> list[DocumentClaims]:
    """One DocumentClaims per exported document, rebuilt from the export's provenance."""
    return _ExportReader(rdf, namespace).documents()
