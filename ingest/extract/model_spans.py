"""The model's entities made clean spans: what the `qkg_entities` step (ingest.extract.
entity_cleaning) keeps of each PERSON, ORG, GPE, LOC, FAC or NORP span the model tags.

A span the gazetteers know as something else takes that label (a nation, a place, a known
body; a profession or a programme is dropped); a "person" with an organisation's head word is
an organisation, one with lower-case words (not particles), numbers or a street's last word is
none; an ORG span around gazetteer names keeps the parts they leave ("the Health Foundation and
Lanarkshire Carers"); two bodies joined by "and" are two; NHS bodies tagged as places are
organisations. The span primitives (trimming "the" and "'s", an index of spans by token) live
here too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from graph.model import fold
from graph.reference.gazetteer import Gazetteer
from graph.reference.names import BARE_TITLES, PARTICLES, name_words
from ingest.extract.name_bodies import placed_body
from ingest.extract.name_parts import (
    ROLE_HEADS,
    before_role,
    hyphen_tail,
    name_end,
    names_another_body,
    particle_tail,
)
from ingest.extract.org_shape import STREET, STREET_OR_NAME
from ingest.extract.own_initials import initials_avatar

WELSH_HEADS = frozenset(  # "Prifysgol Bangor", "Ymddiriedolaeth Natur": the Welsh body heads
    # of name_words.csv's org-head
    name_words()["org-head"]
    & set(
        "prifysgol ymddiriedolaeth cyngor bwrdd llywodraeth cymdeithas canolfan coleg gwasanaeth "
        "elusen sefydliad partneriaeth rhwydwaith pwyllgor comisiwn awdurdod ysbyty "
        "meddygfa ysgol cwmni".split()
    )
)
ORG_HEADS = (
    frozenset(
        """trust board boards council councils university foundation fund service services agency
    network alliance society association partnership partnerships department institute centre
    center college commission executive authority group forum collaborative consortium charity
    coalition federation union company ltd limited cic practice hospital hospitals hospice
    inspectorate observatory government assembly parliament office school academy lab laboratory
    unit confederation providers voices ministry bureau cymru healthwatch committee panel
    directorate team trustees cooperative co-operative club project infirmary hmp hmyoi
    cluster""".split()
    )
    | WELSH_HEADS
)
SCHEMES = frozenset(  # heads of a scheme's name that no surname is
    "scheme schemes programme programmes program initiative campaign strategy framework "
    "pathway toolkit fellowship helpline".split()
)
WARD_TITLES = frozenset({"Sister", "Matron"})  # a nurse's title the model takes for a body's
STRIP_LEADING = frozenset({"the", "The", "a", "an", "our", "Our", "its"})
TRAILING = frozenset({"'s", "’s", "'", "’", ",", ".", ";", ":", ")", "(", "-", "–", "—"})
CONNECTORS = frozenset({"and", "&", ",", "the", "The"})
ENDS_NO_NAME = frozenset({"in", "of", "for", "at", "to", "on", "by", "with", "from", "across"})


def trim(span: Span, person: bool = False) -> Span | None:
    """Drop leading articles (and titles for persons), a job title set before a body with a
    comma ("Chair, Social Prescribing Network Cymru"), and trailing possessives/punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (
        doc[start].text in STRIP_LEADING
        or doc[start].is_punct
        or (person and doc[start].lower_.rstrip(".") in BARE_TITLES)
        or (person and doc[start].text == ".")
        or initials_avatar(doc, start)
    ):
        start += 1
    if (
        not person
        and start + 2 < end
        and doc[start + 1].text == ","
        and doc[start].lower_ in ROLE_HEADS
    ):
        start += 2
    if person:  # "Orla Kennedy - Speech and Language Therapist"
        end = name_end(doc, start, end)
    while end > start and (doc[end - 1].text in TRAILING or doc[end - 1].is_space):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=span.label_, kb_id=span.kb_id_, span_id=span.id_)


class SpanIndex:
    """Spans by the tokens they cover, so "which of these spans touch this one" costs the
    span's length, not the number of spans (a long document has thousands)."""

    def __init__(self, spans: list[Span]) -> None:
        self.at: dict[int, list[Span]] = {}
        for span in spans:
            for i in range(span.start, span.end):
                self.at.setdefault(i, []).append(span)

    def touching(self, span: Span) -> list[Span]:
        seen: dict[tuple[int, int, str], Span] = {}
        for i in range(span.start, span.end):
            for other in self.at.get(i, ()):
                seen.setdefault((other.start, other.end, other.label_), other)
        return sorted(seen.values(), key=lambda s: (s.start, s.end))


class ModelSpans:
    """Clean spans from the model's entities (see the module docstring)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer

    def __call__(self, ent: Span, strong: SpanIndex) -> list[Span]:
        """The clean spans of one model entity, given the gazetteer spans it may touch."""
        label = {
            "PERSON": "PERSON",
            "ORG": "ORG",
            "GPE": "LOC",
            "LOC": "LOC",
            "FAC": "LOC",
            "NORP": "NORP",
        }.get(ent.label_)
        if label is None:
            return []
        span = trim(ent, person=label == "PERSON")
        if span is None:
            return []
        hits = strong.touching(span)
        if hits:
            if label == "ORG" or _body_at_place(span, hits):
                return self._org_around_gazetteer(span, hits)
            return []
        if label == "PERSON":
            return self._person(span)
        if label == "ORG":
            return self._org(span)
        if label == "LOC":
            return self._location(span)
        nation = self.gaz.nation(span.text)
        return [self._relabel(span, "NATION", nation)] if nation else []

    def _org_around_gazetteer(self, span: Span, hits: list[Span]) -> list[Span]:
        doc = span.doc
        if all(h.label_ in ("PLACE", "NATION") for h in hits) and len(span) > sum(map(len, hits)):
            # "NHS Lothian"-style names the gazetteer lacks: the model's ORG wins over the place
            listed = any(  # "at Wansbeck, North Tyneside and Hexham": places in a list
                h.end == span.end and h.start > span.start and doc[h.start - 1].text == ","
                for h in hits
            )
            if (
                _looks_like_org(span)
                and not listed
                and not any(h.start <= span.start and h.end >= span.end for h in hits)
            ):
                return [self._relabel(span, "ORG", None, "ner")]
            return []
        if any(
            h.label_ == "ORG" and h.end < span.end and _possessive(doc, h.end) for h in hits
        ):  # "Barnardo’s Inner Resilience and Development": the owner and its programme
            return []
        if names_another_body(span, hits):  # "Guy's & St Thomas' Foundation"
            return [self._relabel(span, "ORG", None, "ner")]
        # leftover parts of a merged span ("the Health Foundation and Lanarkshire Carers")
        covered = {i for h in hits for i in range(h.start, h.end)}
        out: list[Span] = []
        run: list[int] = []
        for i in [*range(span.start, span.end), -1]:
            if i != -1 and i not in covered and doc[i].text not in CONNECTORS:
                run.append(i)
                continue
            if run:
                piece = trim(Span(doc, run[0], run[-1] + 1, label="ORG"))
                if (
                    piece is not None
                    and _looks_like_org(piece)
                    and len(piece) >= 2
                    and piece[-1].lower_ not in ENDS_NO_NAME  # "ENDOMETRIOSIS CARE IN" of
                ):  # "… CARE IN NHS SCOTLAND": the words before a body, not a body
                    out.extend(self._org(piece))
            run = []
        return out

    def _relabel(self, span: Span, label: str, canonical: str | None, source: str = "ner") -> Span:
        return Span(
            span.doc,
            span.start,
            span.end,
            label=label,
            kb_id=canonical or span.text,
            span_id=source,
        )

    def _classify_known(self, span: Span) -> list[Span] | None:
        """A span the gazetteers already know as something else; None when unknown."""
        text = span.text
        if self.gaz.is_stopped(text, span.label_) or fold(text) in self.gaz.programme_folds:
            return []
        if self.gaz.profession(text) is not None:
            return []
        nation = self.gaz.nation(text)
        if nation:
            return [self._relabel(span, "NATION", nation)]
        place = self.gaz.place(text)
        if place:
            return [self._relabel(span, "PLACE", place.name)]
        org = self.gaz.org(text)
        if org:
            return [self._relabel(span, "ORG", org.name)]
        return None

    def _person(self, span: Span) -> list[Span]:
        span = _whole_surname(span)  # "Owain Tudor" of "Owain Tudor-Williams"
        known = self._classify_known(span)
        if known is not None:
            return known
        if self.gaz.topic(span.text) is not None:
            return []  # "Green Gym for people waiting …": a topic, in capitals
        words = [t for t in span if not t.is_punct]
        if not words or len(words) > 5 or any(t.like_num for t in span):
            return []
        if any(t.lower_ in ORG_HEADS or t.text == "NHS" for t in words):
            return self._org(span)
        if len(words) >= 3 and words[-1].lower_ in SCHEMES:  # "Nithsdale Volunteer Car Scheme"
            return self._org(span)
        if placed_body([t.text for t in words], self.gaz):
            return []  # "Repair Highland" of "Care and Repair Highland": no one's name
        if any(not (t.text[0].isupper() or t.lower_ in PARTICLES) for t in words):
            return []
        if words[-1].lower_ in STREET or (
            words[-1].lower_ in STREET_OR_NAME
            and (not self.gaz.given_name(words[0].text) or len(words) >= 3)
        ):  # (or "Colin Glen Forest Park": three words and a park)
            return []  # "Douglas Tilbe House", "Hall Grove": an address, not a person
        if len(words) == 1 and words[0].text.isupper():
            return []
        return [self._relabel(span, "PERSON", None)]

    def _org(self, span: Span) -> list[Span]:
        person = self._named_as_body(span)
        if person is not None:  # "notes by Alison Threave, Scheme Coordinator" tagged ORG
            return self._person(person)
        span = before_role(span)  # "Department of Health Permanent | Secretary"
        span = _before_publication(span)  # "Severn Hospice | Quality Account"
        known = self._classify_known(span)
        if known is not None:
            return known
        text = span.text
        if not any(ch.isupper() for ch in text) or len(text) < 2:
            return []
        if any(t.like_num for t in span) and not _looks_like_org(span):
            return []
        for i, token in enumerate(span):
            if token.text in ("and", "&") and 0 < i < len(span) - 1:
                left = trim(span.doc[span.start : span.start + i])
                right = trim(span.doc[span.start + i + 1 : span.end])
                if (
                    left is not None
                    and right is not None
                    and _looks_like_org(left)
                    and _looks_like_org(right)
                    and _head_of(left)
                ):
                    return self._org(left) + self._org(right)
        return [self._relabel(span, "ORG", None)]

    def _named_as_body(self, span: Span) -> Span | None:
        """The person of an ORG span that is a known given name and one more capitalised word,
        alone or before a comma ("Alison Threave", "Alison Threave, Scheme Coordinator"): a
        surname the model did not know, not a body (unless the gazetteer knows it as one); a
        ward's title before it ("Sister Morven Duthie-Gray") and a hyphenated surname too."""
        doc = span.doc
        start = span.start + (span[0].text in WARD_TITLES and len(span) > 2)
        end = min(hyphen_tail(doc, start + 2), span.end)  # "Duthie-Gray"
        if end - start < 2 or (end < span.end and doc[end].text != ","):
            return None
        first, second = doc[start], doc[start + 1]
        if not (
            self.gaz.given_name(first.text)
            and first.text[:1].isupper()
            and second.text[:1].isupper()
            and second.text[1:].islower()
            and second.is_alpha
            and second.lower_ not in ORG_HEADS
            and self.gaz.place(second.text) is None
        ):
            return None
        person = doc[start:end]
        return None if self._classify_known(person) is not None else person

    def _location(self, span: Span) -> list[Span]:
        known = self._classify_known(span)
        if known is not None:
            return known
        if span[0].text == "NHS" or any(t.lower_ in ORG_HEADS for t in span):
            return [self._relabel(span, "ORG", None)]
        if len(span) == 1 and span.text.isupper() and span.text.isalpha() and len(span.text) >= 4:
            return [self._relabel(span, "ORG", None)]  # "sponsored by the DHSSPS"
        return []


PUBLICATIONS = frozenset(
    "account accounts report reports review newsletter bulletin magazine prospectus".split()
)
PUBLICATION_KINDS = frozenset("quality annual impact interim final progress".split())


def _before_publication(span: Span) -> Span:
    """A body's name without the publication of its named after it: "Severn Hospice Quality
    Account", "Healthwatch Cornwall Annual Report 2023/24" (a body's head word before them)."""
    doc = span.doc
    end = span.end
    while end - span.start > 1 and (doc[end - 1].like_num or doc[end - 1].text in ("/", "-")):
        end -= 1
    if end - span.start < 3 or doc[end - 1].lower_ not in PUBLICATIONS:
        return span
    end -= 1
    while end - span.start > 1 and doc[end - 1].lower_ in PUBLICATION_KINDS:
        end -= 1
    return doc[span.start : end] if doc[end - 1].lower_ in ORG_HEADS else span


def _possessive(doc: Doc, end: int) -> bool:
    """The name ending before token `end` is a possessive ("Barnardo’s X", "the Trust's X")."""
    return doc[end - 1].text in ("'s", "’s") or doc[end].text in ("'s", "’s", "'", "’")


def _body_at_place(span: Span, hits: list[Span]) -> bool:
    """A "person" or "place" around a place's name with a body's head word: a body named for
    where it is ("North Devon District Hospital", "Healthwatch Kent"), as if tagged ORG."""
    return all(h.label_ in ("PLACE", "NATION") for h in hits) and any(
        t.lower_ in ORG_HEADS for t in span
    )


def _head_of(span: Span) -> bool:
    return span[-1].lower_ in ORG_HEADS


def _looks_like_org(span: Span) -> bool:
    words = [t for t in span if t.is_alpha or t.text in ("'s", "’s")]
    if not words:
        return False
    capitalised = sum(1 for t in words if t.text[0].isupper())
    return (
        _head_of(span)
        or span[0].text == "NHS"
        or (capitalised >= 2 and capitalised >= len(words) - 1)
        or (len(words) == 1 and words[0].text.isupper() and len(words[0]) >= 2)
    )


def _whole_surname(span: Span) -> Span:
    """A person's name cut at a hyphen of their surname ("Owain Tudor" of "Owain
    Tudor-Williams MCSP"), run on to its end."""
    doc, end = span.doc, span.end
    while (
        end + 1 < len(doc)
        and doc[end].text in ("-", "‐")
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].text[:1].isupper()
        and doc[end + 1].is_alpha
    ):
        end += 2
    end = particle_tail(doc, end)  # "Ruairidh Mac" of "Ruairidh Mac a' Phearsain"
    return span if end == span.end else Span(doc, span.start, end, label=span.label_)
