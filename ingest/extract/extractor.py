"""The extraction stage: RawDocument -> DocumentClaims.

A document's layout (ingest.extract.layout: its blocks, their sections and what each section
means) says where to look: its header for what it is (ingest.extract.front_page), its people
lists for who took part (ingest.extract.people_blocks, ingest.extract.structure), its learning
sections for what was learned; its prose goes through the spaCy pipeline (ingest.extract.nlp:
senter + ner + qkg's components) for everything said in sentences (ingest.extract.prose).
Every claim keeps the sentence or list entry it came from, with character offsets.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokens import Doc

from graph.model import DocumentClaims, Label
from graph.reference.gazetteer import Gazetteer, load_gazetteer
from ingest.extract.claims import ClaimSet
from ingest.extract.factories import BLOCK_STARTS
from ingest.extract.front_page import read_header
from ingest.extract.known_people import KNOWN_PEOPLE, KnownPeople
from ingest.extract.layout import Layout
from ingest.extract.learning import learning_claims
from ingest.extract.meetings import meeting_body
from ingest.extract.own_citation import own_citations
from ingest.extract.people_blocks import Listed, people_in
from ingest.extract.prose import ProseReader
from ingest.extract.quoted import quoted_speakers
from ingest.extract.sections import Role
from ingest.extract.sentences import ents_of, keep_text
from ingest.extract.short_forms import merge_given_names, merge_short_forms
from ingest.extract.structure import (
    directory_claims,
    front_matter_people,
    listed_claims,
    subject_of,
)
from ingest.extract.titles import document_title
from ingest.extract.turns import speakers
from ingest.types import DocumentKind, RawDocument

log = logging.getLogger(__name__)


# A longer text goes through spaCy in chunks of whole blocks of about LONG_CHUNK_CHARS: the
# model's peak memory grows with a chunk's tokens (its NER step took 290 MB more for 95,000
# characters of prose and 360 MB for 86,000 characters of names, measured 2026-12-07).
CHUNK_CHARS = 40_000
LONG_CHUNK_CHARS = 20_000
DOCUMENT_STEPS = ("qkg_entities", "qkg_affiliations")  # steps that need the whole text


def _split_long(text: str, cuts: list[int]) -> list[int]:
    """`cuts` with one more cut inside the first span longer than a chunk, at a space."""
    bounds = [*cuts, len(text)]
    for a, b in itertools.pairwise(bounds):
        if b - a > LONG_CHUNK_CHARS:
            at = text.rfind(" ", a + 1, a + LONG_CHUNK_CHARS)
            at = at + 1 if at > a else a + LONG_CHUNK_CHARS
            return sorted({*cuts, at})
    return cuts


class Extractor:
    """Turns documents into claims. `pipe` streams many through spaCy, optionally on 2+ cores."""

    def __init__(self, nlp: Any = None, gazetteer: Gazetteer | None = None) -> None:
        self._nlp = nlp
        self._given_gazetteer = gazetteer
        self.gaz = gazetteer or load_gazetteer()
        self.prose = ProseReader(self.gaz)

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            from ingest.extract.nlp import load_nlp

            self._nlp = load_nlp(self._given_gazetteer)
        return self._nlp

    def __call__(self, raw: RawDocument) -> DocumentClaims:
        return next(iter(self.pipe([raw])))

    def pipe(
        self,
        raws: Iterable[RawDocument],
        n_process: int = 1,
        batch_size: int = 32,
        known: KnownPeople | None = None,
    ) -> Iterator[DocumentClaims]:
        """Claims for each document, in the order given. With n_process > 1, whole documents
        are extracted in worker processes and only their claims come back (a Doc is far
        larger to send than its claims). `known`: people known by name before these documents
        (ingest.extract.known_people)."""
        if n_process > 1:
            yield from _parallel(self, list(raws), n_process, known)
            return
        pending: list[RawDocument] = list(raws)
        prose = (
            (self._doc(raw, known), i)
            for i, raw in enumerate(pending)
            if raw.kind != DocumentKind.DIRECTORY and len(raw.text) <= CHUNK_CHARS
        )
        docs: Iterator[tuple[Doc, int]] = self.nlp.pipe(
            prose, as_tuples=True, batch_size=batch_size
        )
        for i, raw in enumerate(pending):
            if raw.kind == DocumentKind.DIRECTORY:
                yield self.claims_for(raw, None)
                continue
            if len(raw.text) > CHUNK_CHARS:
                yield self.claims_for(raw, self._long_doc(raw, known))
                continue
            doc, index = next(docs)
            if index != i:  # nlp.pipe keeps order; a mismatch would attach facts to the wrong file
                raise RuntimeError(f"spaCy returned document {index} where {i} was expected")
            yield self.claims_for(raw, doc)

    def _doc(
        self,
        raw: RawDocument,
        known: KnownPeople | None,
        start: int = 0,
        end: int | None = None,
    ) -> Doc:
        """The document's text (or text[start:end]) made a spaCy Doc that knows where its
        blocks start and who is known by name."""
        end = len(raw.text) if end is None else end
        text = raw.text[start:end]
        doc = self.nlp.make_doc(text)
        keep_text(doc, text)
        doc.user_data[BLOCK_STARTS] = frozenset(
            b.start - start for b in raw.blocks if start <= b.start < end
        )
        doc.user_data[KNOWN_PEOPLE] = known
        return doc

    def _long_doc(self, raw: RawDocument, known: KnownPeople | None) -> Doc:
        """A long text: the model's steps run on chunks of whole blocks, one at a time (so
        spaCy's memory stays that of one chunk), the chunks are joined into one Doc with the
        same text and offsets, and qkg's document-level steps (names known from earlier in
        the document, affiliations) then run on the whole of it."""
        cuts = [0]
        for block in raw.blocks:
            if block.start - cuts[-1] >= LONG_CHUNK_CHARS:
                cuts.append(block.start)
        while len(raw.text) - cuts[-1] > LONG_CHUNK_CHARS or any(
            b - a > LONG_CHUNK_CHARS for a, b in itertools.pairwise(cuts)
        ):  # a block longer than a chunk: cut it at a space too
            cuts = _split_long(raw.text, cuts)
        bounds = [*cuts, len(raw.text)]
        whole = [name for name in self.nlp.pipe_names if name in DOCUMENT_STEPS]
        with self.nlp.select_pipes(disable=whole):
            parts = list(
                self.nlp.pipe(
                    (self._doc(raw, known, a, b) for a, b in itertools.pairwise(bounds) if b > a),
                    batch_size=1,
                )
            )
        doc = Doc.from_docs(parts, ensure_whitespace=False, exclude=["user_data"])  # type: ignore[call-arg]
        if doc.text != raw.text:  # pragma: no cover - chunks are cut from the text itself
            raise RuntimeError(f"{raw.doc_id}: chunks do not join back into the text")
        doc.user_data[BLOCK_STARTS] = frozenset(b.start for b in raw.blocks)
        doc.user_data[KNOWN_PEOPLE] = known
        keep_text(doc, raw.text)
        for name in whole:
            doc = self.nlp.get_pipe(name)(doc)
        return doc

    def claims_for(self, raw: RawDocument, doc: Doc | None) -> DocumentClaims:
        claims = ClaimSet(raw)
        if raw.kind == DocumentKind.DIRECTORY:
            directory_claims(raw, claims, self.gaz)
            return claims.result()
        layout = Layout.of(raw)
        raw.title, kind = document_title(raw, self.gaz, layout.front)
        header = read_header(raw, self.gaz, layout.sections, layout.front)
        header.kind = header.kind or kind
        refs = self.prose.entities(doc, claims, layout) if doc is not None else {}
        subject = subject_of(raw, claims, self.gaz, header, _venue(doc, refs, header, layout))
        listed = front_matter_people(raw, self.gaz) + people_in(raw, self.gaz, layout)
        listed += own_citations(raw, self.gaz, layout)  # "How to cite this report: Owusu, A., …"
        if raw.kind == DocumentKind.WORKSHOP:  # who spoke, was quoted or posted took part
            listed += quoted_speakers(layout, self.gaz)
            listed += [
                Listed(entry, Role.ATTENDANCE, turn.start, turn.end, False)
                for turn, entry in speakers(raw, self.gaz)
            ]
        members = meeting_body(raw.title, doc) if raw.kind == DocumentKind.WORKSHOP else ""
        listed_claims(raw, claims, self.gaz, listed, subject, header.publisher, members)
        learnings = learning_claims(raw, claims, layout, subject, header)
        if doc is not None:
            self.prose.read(doc, claims, layout, refs, subject, header, learnings)
        merge_short_forms(claims, self.gaz)
        merge_given_names(claims)
        return claims.result()


def _venue(doc: Doc | None, refs: dict[Any, Any], header: Any, layout: Layout) -> str:
    """The place a workshop was held: the first place named where its venue or date is given,
    else in its title."""
    if doc is None:
        return ""
    title = layout.raw.blocks[0] if layout.raw.blocks else None
    for spans in (header.venue, [(title.start, title.end)] if title else []):
        for ent in ents_of(doc):
            ref = refs.get((ent.start, ent.end))
            if ref and ref[0] == Label.PLACE and any(s <= ent.start_char < e for s, e in spans):
                return str(ref[1])
    return ""


# -- worker processes -------------------------------------------------------------------------

PARALLEL_CHUNK = 4  # documents per task: small enough to balance, large enough to batch
_WORKER: Extractor | None = None
_WORKER_KNOWN: KnownPeople | None = None


def _start_worker() -> None:
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)  # one BLAS thread per worker: the workers already fill the cores


def _extract_chunk(raws: list[RawDocument]) -> list[DocumentClaims]:
    if _WORKER is None:  # pragma: no cover - set in the parent before the workers fork
        raise RuntimeError("no extractor in this worker")
    return list(_WORKER.pipe(raws, known=_WORKER_KNOWN))


def _parallel(
    extractor: Extractor, raws: list[RawDocument], n_process: int, known: KnownPeople | None
) -> Iterator[DocumentClaims]:
    """Extract in forked workers that inherit `extractor` (its pipeline and gazetteer, loaded
    here first so the workers share the memory), so what was passed in is what runs."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _WORKER, _WORKER_KNOWN
    chunks = [raws[i : i + PARALLEL_CHUNK] for i in range(0, len(raws), PARALLEL_CHUNK)]
    if len(chunks) <= 1:
        yield from extractor.pipe(raws, known=known)
        return
    _ = extractor.nlp
    _WORKER, _WORKER_KNOWN = extractor, known
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(n_process, mp_context=context, initializer=_start_worker) as pool:
        for claims in pool.map(_extract_chunk, chunks):
            yield from claims
