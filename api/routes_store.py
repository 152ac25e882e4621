"""The store endpoints: statistics, the ledger and one document's quotes, uploading documents
for ingest, forgetting one, and merge/split decisions."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, Form, Path, Query, Request, UploadFile
from pydantic import BaseModel, Field

from api import uploads
from api.hardening import without_server_paths
from api.problems import responses
from api.routes_questions import MAX_LIMIT, Page
from api.security import ReadRole, WriteRole
from graph.errors import InputError, NotFoundError
from graph.model import Decision, Label
from query.types import Quote

router = APIRouter(prefix="/api", tags=["store"], responses=responses(401, 403, 422))
MAX_QUOTES = 500


class Stats(BaseModel):
    store: str
    location: str
    documents: int
    words: int = 0
    nodes: dict[str, int]
    relationships: dict[str, int]
    decisions: int = 0
    persons: int = 0


class DocumentEntry(BaseModel):
    document: str = Field(description="the document's id in the ledger")
    kind: str
    sha256: str
    ingested_at: str


class DocumentList(BaseModel):
    results: list[DocumentEntry]
    total: int
    page: Page


class DocumentView(BaseModel):
    """An ingested document: where it came from and the sentences qkg quotes from it."""

    document: str
    title: str
    kind: str
    path: str
    sha256: str
    ingested_at: str
    words: int
    quotes: list[Quote] = Field(description="distinct quoted sentences, in document order")


class Forgotten(BaseModel):
    forgot: str


class DecisionIn(BaseModel):
    a: str = Field(min_length=1, max_length=200)
    b: str = Field(min_length=1, max_length=200)
    decision: Literal["same", "not-same"]
    label: Literal["person", "organisation", "place", "profession"] | None = None
    note: str = Field(default="", max_length=500)


class DecisionOut(BaseModel):
    label: str
    a: str
    b: str
    decision: Literal["same", "not-same", "accept-topic", "reject-topic"]
    note: str = ""


def _service(request: Request) -> Any:
    return request.app.state.service


@router.get("/stats")
def stats(_role: ReadRole, request: Request) -> Stats:
    """Documents, entities and relationships by type."""
    figures = _service(request).store().stats()
    # the data directory by its name only: the API names no server path
    return Stats.model_validate(figures | {"location": without_server_paths(figures["location"])})


@router.get("/documents")
def documents(
    _role: ReadRole,
    request: Request,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> DocumentList:
    """The ledger: every ingested document with its kind and content hash, by id."""
    ledger = list(_service(request).store().ledger().values())
    shown = ledger[offset : offset + limit]
    more = len(ledger) > offset + limit
    return DocumentList(
        results=[
            DocumentEntry(
                document=e.doc_id, kind=e.kind, sha256=e.content_hash, ingested_at=e.ingested_at
            )
            for e in shown
        ],
        total=len(ledger),
        page=Page(
            limit=limit,
            offset=offset,
            returned=len(shown),
            has_more=more,
            next_offset=offset + limit if more else None,
        ),
    )


DocumentId = Annotated[str, Path(min_length=1, max_length=1000, description="a ledger id")]


@router.get("/documents/{document:path}", responses=responses(404))
def document(_role: ReadRole, request: Request, document: DocumentId) -> DocumentView:
    """One ingested document (only documents in the ledger): its name, path and quotes."""
    from ingest.pipeline import find_document

    store = _service(request).store()
    doc_id = find_document(store.ledger(), document)
    claims = store.claims(doc_id)
    if claims is None:  # forgotten in between
        raise NotFoundError(f"no ingested document {document!r}")
    seen: dict[tuple[int, int, str], Quote] = {}
    for claim in [*claims.entities, *claims.relations]:
        for prov in claim.provenance:
            if prov.doc_id == doc_id and prov.quote:
                seen.setdefault(
                    (prov.start, prov.end, prov.quote),
                    Quote(document=doc_id, text=prov.quote, start=prov.start, end=prov.end),
                )
    quotes = [seen[k] for k in sorted(seen)][:MAX_QUOTES]
    return DocumentView(
        document=doc_id,
        title=claims.title,
        kind=claims.kind,
        path=claims.path,
        sha256=claims.content_hash,
        ingested_at=claims.ingested_at,
        words=claims.words,
        quotes=quotes,
    )


@router.post("/documents", responses=responses(400, 413, 415, 503))
def upload(
    _role: WriteRole,
    request: Request,
    files: Annotated[list[UploadFile], File(description="documents to ingest")],
    kind: Annotated[
        Literal["workshop", "evidence", "directory"] | None,
        Form(description="treat every file as this kind"),
    ] = None,
) -> uploads.IngestResult:
    """Ingest uploaded documents. A bad file is one line naming it; the others go on."""
    return uploads.ingest_uploads(_service(request), files, kind)


@router.delete("/documents/{document:path}", responses=responses(404, 503))
def forget(_role: WriteRole, request: Request, document: DocumentId) -> Forgotten:
    """Remove one document's facts (facts other documents also support stay)."""
    from ingest.pipeline import forget as run_forget

    with _service(request).writing() as store:
        return Forgotten(forgot=run_forget(store, document))


@router.get("/decisions")
def decisions(_role: ReadRole, request: Request) -> list[DecisionOut]:
    """The recorded decisions: same / not-same, and topics accepted or rejected."""
    return [DecisionOut.model_validate(d.to_dict()) for d in _service(request).store().decisions()]


@router.post("/decisions", responses=responses(400, 404, 503))
def decide(_role: WriteRole, request: Request, body: DecisionIn) -> DecisionOut:
    """Record that two names are the same entity (merge) or different ones (split)."""
    from graph.stores.decisions import decide as record

    label = None
    if body.label is not None:
        label = next((lb for lb in Label if lb.value.lower() == body.label), None)
        if label is None:
            raise InputError(f"{body.label!r} is not a label")
    with _service(request).writing() as store:
        ruling = record(store, body.a, body.b, Decision(body.decision), label, body.note)
    return DecisionOut.model_validate(ruling.to_dict())
