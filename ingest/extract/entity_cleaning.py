"""The `qkg_entities` step: model entities + gazetteer matches -> clean PERSON/ORG/NATION/PLACE.

Fixes the model's typical errors on UK health prose: leading "the" and trailing "'s",
titles in person names, two organisations merged into one span, professions and programmes
tagged ORG, NHS bodies tagged LOC or missed, places missed, persons missed (given-name rule).
Gazetteer spans carry the canonical name in `kb_id_`; `id_` says which extractor found them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from graph.model import fold
from graph.reference.gazetteer import Gazetteer
from graph.reference.names import PARTICLES, TITLES, name_words
from ingest.extract.area_bodies import area_bodies
from ingest.extract.defined_names import acronym_mentions
from ingest.extract.gazetteer_matcher import GAZ_KEY
from ingest.extract.name_parts import (
    before_role,
    extended,
    hyphen_tail,
    joint_names,
    name_end,
    named_nations,
    names_another_body,
    particle_tail,
)
from ingest.extract.org_shape import STREET, STREET_OR_NAME
from ingest.extract.sentences import token_texts

ORG_HEADS = frozenset(
    """trust board boards council councils university foundation fund service services agency
    network alliance society association partnership partnerships department institute centre
    center college commission executive authority group forum collaborative consortium charity
    coalition federation union company ltd limited cic practice hospital hospitals hospice
    inspectorate observatory government assembly parliament office school academy lab laboratory
    unit confederation providers voices ministry bureau cymru healthwatch committee panel
    directorate team trustees cooperative co-operative club project""".split()
)
STRIP_LEADING = frozenset({"the", "The", "a", "an", "our", "Our", "its"})
TRAILING = frozenset({"'s", "’s", "'", "’", ",", ".", ";", ":", ")", "(", "-", "–", "—"})
CONNECTORS = frozenset({"and", "&", ",", "the", "The"})
LANGUAGE_USES = frozenset(
    """teacher teachers language lessons speakers speaking literature class classes
    translation version""".split()
)
NOT_A_NOUN = frozenset(  # after "Welsh" used as a noun: "in Welsh and English", "as English"
    "and or as but to in on at for with is are was were than by nor".split()
)


def trim(span: Span, person: bool = False) -> Span | None:
    """Drop leading articles (and titles for persons) and trailing possessives/punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (
        doc[start].text in STRIP_LEADING
        or doc[start].is_punct
        or (person and doc[start].lower_.rstrip(".") in {t.rstrip(".") for t in TITLES})
        or (person and doc[start].text == ".")
    ):
        start += 1
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


def _is_title_case(text: str) -> bool:
    return (bool(text) and text[0].isupper() and not text.isupper()) or text in {"O'", "Mc"}


class EntityMerger:
    def __init__(self, gazetteer: Gazetteer) -> None:
        from ingest.extract.affiliations import ROLE_WORDS
        from ingest.extract.document_entities import DocumentFixer

        self.gaz = gazetteer
        self.role_heads = name_words()["role-head"]
        self.governments = {fold(name): nation for name, nation in gazetteer.governments.items()}
        self.branch_heads = _branch_heads(gazetteer)
        self.fixer = DocumentFixer(gazetteer, ORG_HEADS, ROLE_WORDS - {"of", "and", "for"})

    def __call__(self, doc: Doc) -> Doc:
        gaz_spans = list(doc.spans.get(GAZ_KEY, []))
        programmes = [s for s in gaz_spans if s.label_ == "PROGRAMME"]
        strong = [
            self._gaz_entity(s)
            for s in gaz_spans
            if s.label_ in ("ORG", "GOV", "NATION") and _stands_alone(s, programmes)
        ] + [
            self._gaz_entity(s)
            for s in gaz_spans
            if s.label_ == "PLACE" and fold(s.text) not in self.gaz.ambiguous_places
        ]
        strong = [extended(s) if s.label_ == "ORG" else s for s in strong]
        strong = self._local_branches(doc, strong, gaz_spans)
        orgs = SpanIndex([s for s in strong if s.label_ == "ORG"])
        strong = filter_spans(
            [  # "the UK Government": the government, not "the UK"
                s
                for s in strong
                if s.label_ == "ORG" or not any(o.end > s.end for o in orgs.touching(s))
            ]
        )
        final: list[Span] = list(strong)
        strong_at = SpanIndex(strong)
        for ent in doc.ents:
            for piece in _split_lines(ent):
                final.extend(self._from_model(piece, strong_at))
        final = named_nations(filter_spans(final))
        final.extend(self._nation_adjectives(gaz_spans, final))
        final.extend(self._given_name_persons(doc, filter_spans(final)))
        fixed = self.fixer(doc, joint_names(filter_spans(final), self.gaz))
        fixed = area_bodies(doc, fixed, ORG_HEADS.__contains__, self.role_heads.__contains__)
        doc.ents = acronym_mentions(doc, fixed)
        ents = list(doc.ents)
        orgs = SpanIndex([e for e in ents if e.label_ == "ORG"])
        topics = [  # a topic inside an organisation's name is not a mention (but see prose)
            Span(doc, s.start, s.end, label="TOPIC", kb_id=s.label_.split("|", 1)[1])
            for s in filter_spans([s for s in gaz_spans if s.label_.startswith("TOPIC|")])
        ]
        inside = [
            any(o.start <= s.start and s.end <= o.end for o in orgs.touching(s)) for s in topics
        ]
        doc.spans["qkg_topics"] = [s for s, named in zip(topics, inside, strict=True) if not named]
        doc.spans["qkg_org_topics"] = [s for s, named in zip(topics, inside, strict=True) if named]
        named = SpanIndex([e for e in ents if e.label_ in ("ORG", "PERSON")])
        doc.spans["qkg_professions"] = [
            s
            for s in filter_spans([s for s in gaz_spans if s.label_ == "PROFESSION"])
            if not named.touching(s)
        ]
        return doc

    # -- gazetteer spans ----------------------------------------------------------------------

    def _gaz_entity(self, span: Span) -> Span:
        doc, label = span.doc, span.label_
        if label in ("ORG", "GOV"):
            entry = self.gaz.org(span.text)
            canonical = entry.name if entry else span.text
            nation = self.governments.get(fold(span.text), "")
            return Span(
                doc,
                span.start,
                span.end,
                label="ORG",
                kb_id=canonical,
                span_id=f"gov:{nation}" if nation else "gazetteer",
            )
        if label == "PLACE":
            place = self.gaz.place(span.text)
            return Span(
                doc,
                span.start,
                span.end,
                label="PLACE",
                kb_id=place.name if place else span.text,
                span_id="gazetteer",
            )
        nation = self.gaz.nation(span.text) or span.text
        return Span(doc, span.start, span.end, label="NATION", kb_id=nation, span_id="gazetteer")

    def _local_branches(self, doc: Doc, strong: list[Span], gaz_spans: list[Span]) -> list[Span]:
        """A place joined to a charity or a body's head word names a local body: "York Mind",
        "Healthwatch Surrey" (one organisation, not a place and another organisation)."""
        places = [s for s in gaz_spans if s.label_ == "PLACE"]
        if not places:
            return strong  # the longer branch wins over its parts in the filter_spans after
        charities = {
            s.start: s
            for s in strong
            if s.label_ == "ORG" and (entry := self.gaz.org(s.text)) and entry.kind == "charity"
        }
        out = list(strong)
        for place in places:
            branch = None
            charity = charities.get(place.end)
            if charity is not None and place[-1].whitespace_:
                branch = (place.start, charity.end)
            elif place.start > 0:
                head = doc[place.start - 1]
                if (
                    head.text[:1].isupper()
                    and head.lower_ in self.branch_heads
                    and head.whitespace_
                ):
                    branch = (place.start - 1, place.end)
            if branch is not None:
                start, end = branch
                name = doc[start:end].text
                out.append(Span(doc, start, end, label="ORG", kb_id=name, span_id="rule:branch"))
        return out

    def _nation_adjectives(self, gaz_spans: list[Span], final: list[Span]) -> list[Span]:
        out = []
        taken = SpanIndex(final)
        for span in gaz_spans:
            if span.label_ != "NATION_ADJ" or taken.touching(span):
                continue
            nxt = span.doc[span.end] if span.end < len(span.doc) else None
            if nxt is None or not nxt.is_alpha or nxt.lower_ in LANGUAGE_USES | NOT_A_NOUN:
                continue  # "a former English teacher", "held in Welsh and English": languages
            nation = self.gaz.nation(span.text)
            if nation:
                out.append(
                    Span(
                        span.doc,
                        span.start,
                        span.end,
                        label="NATION",
                        kb_id=nation,
                        span_id="gazetteer",
                    )
                )
        return out

    # -- model spans ----------------------------------------------------------------------------

    def _from_model(self, ent: Span, strong: SpanIndex) -> list[Span]:
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
            if label == "ORG":
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
                if piece is not None and _looks_like_org(piece) and len(piece) >= 2:
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
        words = [t for t in span if not t.is_punct]
        if not words or len(words) > 5 or any(t.like_num for t in span):
            return []
        if any(t.lower_ in ORG_HEADS or t.text == "NHS" for t in words):
            return self._org(span)
        if any(not (t.text[0].isupper() or t.lower_ in PARTICLES) for t in words):
            return []
        if words[-1].lower_ in STREET or (
            words[-1].lower_ in STREET_OR_NAME and fold(words[0].text) not in self.gaz.given_names
        ):
            return []  # "Douglas Tilbe House", "Hall Grove": an address, not a person
        if len(words) == 1 and words[0].text.isupper():
            return []
        return [self._relabel(span, "PERSON", None)]

    def _org(self, span: Span) -> list[Span]:
        span = before_role(span)  # "Department of Health Permanent | Secretary"
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

    def _location(self, span: Span) -> list[Span]:
        known = self._classify_known(span)
        if known is not None:
            return known
        if span[0].text == "NHS" or any(t.lower_ in ORG_HEADS for t in span):
            return [self._relabel(span, "ORG", None)]
        if len(span) == 1 and span.text.isupper() and span.text.isalpha() and len(span.text) >= 4:
            return [self._relabel(span, "ORG", None)]  # "sponsored by the DHSSPS"
        return []

    # -- persons the model missed ---------------------------------------------------------------

    def _given_name_persons(self, doc: Doc, final: list[Span]) -> list[Span]:
        taken = {i for s in final for i in range(s.start, s.end)}
        words = token_texts(doc)
        out = []
        i = 0
        while i < len(doc) - 1:
            if not (words[i][:1].isupper() and words[i + 1][:1].isupper()):
                i += 1
                continue
            token, nxt = doc[i], doc[i + 1]
            if (
                i not in taken
                and i + 1 not in taken
                and fold(token.text) in self.gaz.given_names
                and _is_title_case(token.text)
                and _is_title_case(nxt.text)
                and nxt.is_alpha | ("'" in nxt.text) | ("’" in nxt.text) | ("-" in nxt.text)
                and nxt.lower_ not in ORG_HEADS
                and self.gaz.place(nxt.text) is None
                and self.gaz.nation(nxt.text) is None
                and not self.gaz.is_stopped(f"{token.text} {nxt.text}", "PERSON")
            ):
                end = i + 2
                third = doc[end] if end < len(doc) else None
                if (
                    third is not None
                    and end not in taken
                    and fold(nxt.text) in self.gaz.given_names
                    and _is_title_case(third.text)
                    and third.is_alpha
                    and third.lower_ not in ORG_HEADS
                    and self.gaz.place(third.text) is None
                ):
                    end += 1  # "Anne Marie Rafferty": two given names and the surname
                end = hyphen_tail(doc, particle_tail(doc, end))
                out.append(
                    Span(
                        doc,
                        i,
                        end,
                        label="PERSON",
                        kb_id=doc[i:end].text,
                        span_id="rule:given-name",
                    )
                )
                i = end
                continue
            i += 1
        return out


def _branch_heads(gaz: Gazetteer) -> frozenset[str]:
    """Head words that name a body with a nation ("Healthwatch England"), so with a place
    they name a local one ("Healthwatch Surrey")."""
    out = set()
    for org in gaz.organisations:
        words = org.name.split()
        if len(words) == 2 and words[0].lower() in ORG_HEADS and gaz.nation(words[1]):
            out.add(words[0].lower())
    return frozenset(out)


def _stands_alone(span: Span, programmes: list[Span]) -> bool:
    """A known name is a mention when it is not part of a longer programme name ("Q Exchange")
    and, if it is a letter or two ("Q"), is a word on its own: not glued to a hyphen
    ("Q-municate") nor a question's label ("Q: What is ...")."""
    if any(p.start <= span.start and span.end <= p.end and len(p) > len(span) for p in programmes):
        return False
    if len(span.text) > 2:
        return True
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return after is None or not (
        after.text in (":", ".", ")") or (after.text in ("-", "–") and not span[-1].whitespace_)
    )


def _possessive(doc: Doc, end: int) -> bool:
    """The name ending before token `end` is a possessive ("Barnardo’s X", "the Trust's X")."""
    return doc[end - 1].text in ("'s", "’s") or doc[end].text in ("'s", "’s", "'", "’")


def _split_lines(ent: Span) -> list[Span]:
    """An entity never spans a line break ("Nadia Hussain\\nAttendees"): split it there."""
    doc, pieces, start = ent.doc, [], ent.start
    for i in range(ent.start, ent.end + 1):
        if i == ent.end or "\n" in doc[i].text:
            if i > start:
                pieces.append(Span(doc, start, i, label=ent.label_))
            start = i + 1
    if len(pieces) > 1:  # a heading word glued to a name ("Findings Readmission"): drop it
        pieces = [p for p in pieces if len(p) > 1 or p.text.isupper()]
    return pieces


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
    return span if end == span.end else Span(doc, span.start, end, label=span.label_)
