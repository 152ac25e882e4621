"""The extraction stage: RawDocument -> DocumentClaims.

Prose runs through the spaCy pipeline (ingest.extract.nlp: senter + ner + qkg's components);
structure (directories, front matter, attendee lists, learning sections, evidence metadata) through
ingest.extract.structure. Every claim keeps the sentence it came from, with character offsets.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokens import Doc, Span

from graph.model import DocumentClaims, Label, Rel, fold
from graph.reference.gazetteer import Gazetteer, load_gazetteer
from graph.reference.names import PersonName, clean_org, clean_person
from ingest.extract.claims import ClaimSet, Ref
from ingest.extract.line_rules import acronym_definitions
from ingest.extract.sentences import sentence_of
from ingest.extract.structure import (
    attendee_claims,
    directory_claims,
    learning_claims,
    subject_of,
)
from ingest.types import DocumentKind, RawDocument

log = logging.getLogger(__name__)

PROFESSION_WINDOW = 6  # tokens after a person's name in which "a GP", "a nurse" names theirs


class Extractor:
    """Turns documents into claims. `pipe` streams many through spaCy, optionally on 2+ cores."""

    def __init__(self, nlp: Any = None, gazetteer: Gazetteer | None = None) -> None:
        self._nlp = nlp
        self._given_gazetteer = gazetteer
        self.gaz = gazetteer or load_gazetteer()

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            from ingest.extract.nlp import load_nlp

            self._nlp = load_nlp(self._given_gazetteer)
        return self._nlp

    def __call__(self, raw: RawDocument) -> DocumentClaims:
        return next(iter(self.pipe([raw])))

    def pipe(
        self, raws: Iterable[RawDocument], n_process: int = 1, batch_size: int = 32
    ) -> Iterator[DocumentClaims]:
        """Claims for each document, in the order given. With n_process > 1, whole documents
        are extracted in worker processes and only their claims come back (a Doc is far
        larger to send than its claims)."""
        if n_process > 1:
            yield from _parallel(self, list(raws), n_process)
            return
        pending: list[RawDocument] = list(raws)
        prose = [
            (raw.text, i) for i, raw in enumerate(pending) if raw.kind != DocumentKind.DIRECTORY
        ]
        docs: Iterator[tuple[Doc, int]] = iter(())
        if prose:
            docs = self.nlp.pipe(prose, as_tuples=True, n_process=n_process, batch_size=batch_size)
        for i, raw in enumerate(pending):
            if raw.kind == DocumentKind.DIRECTORY:
                yield self.claims_for(raw, None)
                continue
            doc, index = next(docs)
            if index != i:  # nlp.pipe keeps order; a mismatch would attach facts to the wrong file
                raise RuntimeError(f"spaCy returned document {index} where {i} was expected")
            yield self.claims_for(raw, doc)

    def claims_for(self, raw: RawDocument, doc: Doc | None) -> DocumentClaims:
        claims = ClaimSet(raw)
        if raw.kind == DocumentKind.DIRECTORY:
            directory_claims(raw, claims, self.gaz)
            return claims.result()
        subject = subject_of(raw, claims, self.gaz)
        attendee_claims(raw, claims, self.gaz, subject)
        learnings = learning_claims(raw, claims, subject)
        if doc is not None:
            self._prose(raw, doc, claims, subject, learnings)
        return claims.result()

    # -- prose ------------------------------------------------------------------------------

    def _prose(
        self,
        raw: RawDocument,
        doc: Doc,
        claims: ClaimSet,
        subject: Ref | None,
        learnings: list[tuple[Ref, Any]],
    ) -> None:
        claims.acronyms.update(acronym_definitions(raw.text))
        refs: dict[tuple[int, int], Ref | None] = {}
        persons_by_sent: dict[int, list[Ref]] = {}
        full_names = self._full_names(doc, claims)
        header_end = _header_end(raw.text)
        for sent in doc.sents:
            for start, end in _lines_of(raw.text, sent.start_char, sent.end_char):
                claims.passage(start, end)
        for ent in doc.ents:
            ref = self._entity(ent, claims, full_names)
            refs[(ent.start, ent.end)] = ref
            if ref is None:
                continue
            if ref[0] == Label.PERSON:
                persons_by_sent.setdefault(sentence_of(ent).start, []).append(ref)
            in_title_block = ent.start_char < header_end  # what the document is about
            if subject is not None and ref[0] in (Label.NATION, Label.PLACE) and in_title_block:
                claims.relation(subject, Rel.COVERS, ref, _sentence_prov(claims, ent))
        for p_start, p_end, o_start, o_end, rule in doc._.qkg_affiliations or []:
            person, org = refs.get((p_start, p_end)), refs.get((o_start, o_end))
            if person and org and person[0] == Label.PERSON and org[0] == Label.ORGANISATION:
                span = doc[min(p_start, o_start) : max(p_end, o_end)]
                claims.relation(person, Rel.WORKS_AT, org, _sentence_prov(claims, span, rule))
        self._topics(doc, claims, subject, learnings, persons_by_sent)
        self._professions(doc, claims, refs)

    @staticmethod
    def _full_names(doc: Doc, claims: ClaimSet) -> dict[str, str]:
        """Folded given name -> the one full name of the document with it ("" when several)."""
        names = {clean_person(e.text) for e in doc.ents if e.label_ == "PERSON"}
        names |= {e.name for e in claims.entities(Label.PERSON)}
        out: dict[str, str] = {}
        for name in names:
            parsed = PersonName.parse(name)
            if parsed.is_full:
                first = parsed.given[0]
                out[first] = name if out.get(first, name) == name else ""
        return out

    def _entity(self, ent: Span, claims: ClaimSet, full_names: dict[str, str]) -> Ref | None:
        source = ent.id_ or "ner"
        prov = _sentence_prov(
            claims, ent, source.split(":")[0] if source.startswith("gov") else source
        )
        if ent.label_ == "PERSON":
            name = clean_person(ent.text)
            if " " not in name:  # "Declan" in notes that name Declan Murphy once in full
                name = full_names.get(fold(name)) or name
            return claims.entity(Label.PERSON, name, prov)
        if ent.label_ == "ORG":
            name = clean_org(ent.text)
            name = claims.acronyms.get(name, name)
            ref = claims.entity(Label.ORGANISATION, name, prov)
            if source.startswith("gov:"):
                nation = claims.entity(Label.NATION, source[4:], prov, via="government")
                claims.relation(ref, Rel.BASED_IN, nation, prov)
            return ref
        if ent.label_ == "NATION":
            return claims.entity(Label.NATION, ent.kb_id_ or ent.text, prov)
        if ent.label_ == "PLACE":
            return claims.entity(Label.PLACE, clean_org(ent.text), prov)
        return None

    def _topics(
        self,
        doc: Doc,
        claims: ClaimSet,
        subject: Ref | None,
        learnings: list[tuple[Ref, Any]],
        persons_by_sent: dict[int, list[Ref]],
    ) -> None:
        for span in doc.spans.get("qkg_topics", []):
            prov = _sentence_prov(claims, span, "gazetteer")
            topic = claims.entity(Label.TOPIC, span.kb_id_, prov)
            claims.relation(subject, Rel.ADDRESSES, topic, prov)
            for learning, line in learnings:
                if line.start <= span.start_char < line.end:
                    claims.relation(learning, Rel.ABOUT, topic, prov)
            for person in persons_by_sent.get(sentence_of(span).start, []):
                claims.relation(
                    person, Rel.INTERESTED_IN, topic, _sentence_prov(claims, span, "rule:sentence")
                )

    def _professions(
        self, doc: Doc, claims: ClaimSet, refs: dict[tuple[int, int], Ref | None]
    ) -> None:
        """ "Jane Smith, a GP at ..." / "GP Jane Smith": the profession next to a person's name."""
        persons = [e for e in doc.ents if e.label_ == "PERSON" and refs.get((e.start, e.end))]
        for span in doc.spans.get("qkg_professions", []):
            entry = self.gaz.profession(span.text) or self.gaz.profession(_singular(span.text))
            if entry is None:
                continue
            for person in persons:
                after = 0 < span.start - person.end <= PROFESSION_WINDOW
                before = 0 <= person.start - span.end <= 1
                if not (after or before):
                    continue
                after = after and doc[person.end].text in (",", "(")
                gap = doc[person.end : span.start] if after else doc[span.end : person.start]
                if (after or before) and not any(t.text in (".", ";") or t.ent_type_ for t in gap):
                    ref = refs[(person.start, person.end)]
                    prov = _sentence_prov(claims, span, "rule:profession")
                    profession = claims.entity(Label.PROFESSION, entry.name, prov)
                    claims.relation(ref, Rel.HAS_PROFESSION, profession, prov)


def _sentence_prov(claims: ClaimSet, span: Span, extractor: str = "ner") -> Any:
    """The sentence around `span`, cut to its line when the sentence runs over line breaks
    (titles and headings have no full stop, so the splitter often joins them to what follows)."""
    sent = sentence_of(span)
    start, end = sent.start_char, sent.end_char
    text = claims.raw.text  # the text the doc was made from (Doc.text rebuilds it each call)
    if "\n" in text[start:end]:
        start = max(start, text.rfind("\n", 0, span.start_char) + 1)
        line_end = text.find("\n", span.end_char)
        end = min(end, line_end) if line_end != -1 else end
    return claims.provenance(start, end, extractor)


def _lines_of(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-blank lines of text[start:end] as (start, end) offsets."""
    out = []
    for line in text[start:end].split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((start + lead, start + len(line.rstrip())))
        start += len(line) + 1
    return out


def _header_end(text: str) -> int:
    """Characters of the title block: the first three non-empty lines."""
    seen = 0
    for i, line in enumerate(text.splitlines(keepends=True)):
        if line.strip():
            seen += 1
        if seen >= 3:
            return sum(len(x) for x in text.splitlines(keepends=True)[: i + 1])
    return len(text)


def _singular(text: str) -> str:
    if text.endswith("ies"):
        return text[:-3] + "y"
    return text[:-1] if text.endswith("s") else text


# -- worker processes -------------------------------------------------------------------------

PARALLEL_CHUNK = 4  # documents per task: small enough to balance, large enough to batch
_WORKER: Extractor | None = None


def _start_worker() -> None:
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)  # one BLAS thread per worker: the workers already fill the cores


def _extract_chunk(raws: list[RawDocument]) -> list[DocumentClaims]:
    if _WORKER is None:  # pragma: no cover - set in the parent before the workers fork
        raise RuntimeError("no extractor in this worker")
    return list(_WORKER.pipe(raws))


def _parallel(
    extractor: Extractor, raws: list[RawDocument], n_process: int
) -> Iterator[DocumentClaims]:
    """Extract in forked workers that inherit `extractor` (its pipeline and gazetteer, loaded
    here first so the workers share the memory), so what was passed in is what runs."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _WORKER
    chunks = [raws[i : i + PARALLEL_CHUNK] for i in range(0, len(raws), PARALLEL_CHUNK)]
    if len(chunks) <= 1:
        yield from extractor.pipe(raws)
        return
    _ = extractor.nlp
    _WORKER = extractor
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(n_process, mp_context=context, initializer=_start_worker) as pool:
        for claims in pool.map(_extract_chunk, chunks):
            yield from claims
