"""The `qkg_entities` step: model entities + gazetteer matches -> clean PERSON/ORG/NATION/PLACE.

Fixes the model's typical errors on UK health prose: leading "the" and trailing "'s",
titles in person names, two organisations merged into one span, professions and programmes
tagged ORG, NHS bodies tagged LOC or missed, places missed, persons missed (given-name rule).
Gazetteer spans carry the canonical name in `kb_id_`; `id_` says which extractor found them.
Each model span is cleaned by ingest.extract.model_spans; this step puts them together with the
gazetteer's and the document-level fixes.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from graph.model import fold
from graph.reference.gazetteer import Gazetteer
from graph.reference.names import capitalised, name_words
from ingest.extract.area_bodies import area_bodies
from ingest.extract.defined_names import acronym_mentions, defined_full_names
from ingest.extract.gazetteer_matcher import GAZ_KEY
from ingest.extract.model_spans import ORG_HEADS, ModelSpans, SpanIndex
from ingest.extract.name_parts import (
    extended,
    hyphen_tail,
    joint_names,
    named_nations,
    particle_tail,
)
from ingest.extract.org_shape import STREET
from ingest.extract.sentences import ents_of, set_ents, token_texts

LANGUAGE_USES = frozenset(
    """teacher teachers language lessons speakers speaking literature class classes
    translation version""".split()
)
NOT_A_NOUN = frozenset(  # after "Welsh" used as a noun: "in Welsh and English", "as English"
    "and or as but to in on at for with is are was were than by nor".split()
)


_SITE_HEAD = re.compile(
    r"\b(?:Centre|Center|Hospital|Surgery|Practice|School|Library|Hall|Clinic|Church|Park|Road|"
    r"Street|Lane|House|Court|Estate|Primary|Leisure|Panel|Forum|Association|Society|Network)\b"
)
SITE_REACH = 120  # characters before a site's head word a name opening it may start
SITE_WORDS = 4  # a name opening a site's name ends at most this many words before its head
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'’-]*\s+)+$")
_TITLED = r"\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Cllr)\.?\s+"


def _not_site_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Without the persons whose name, elsewhere in the document, opens the name of a site
    ("for Plas Madoc and Cefn Mawr" where "Plas Madoc Flying Start Centre" is the venue, "Albyn
    Tenants" of "Albyn Tenants' Panel"): a place's name the model took for a person's, never
    titled ("Dr …") there."""
    text = doc.text
    openings: set[str] = set()  # the names that could open a site's name, in one pass
    for head in _SITE_HEAD.finditer(text):
        run = _CAPITALISED_RUN.search(text, max(0, head.start() - SITE_REACH), head.start())
        if run is None:
            continue
        words = [w.removesuffix("'s").rstrip("'") for w in run.group(0).replace("’", "'").split()]
        for j in range(max(len(words) - SITE_WORDS, 0), len(words)):  # up to 3 words after it
            for i in range(max(j - 3, 0), j):  # names of 2 to 4 words
                openings.add(" ".join(words[i : j + 1]))
    if not openings:
        return spans
    return [
        span
        for span in spans
        if not (
            span.label_ == "PERSON"
            and span.text.replace("’", "'") in openings
            and not re.search(_TITLED + re.escape(span.text), text)
        )
    ]


_ROUTE = re.compile(  # "from Glen Nevis to Fort William", "between Ben Lawers and Killin"
    r"\b(?:from|between)\s+(?P<end>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:to|and)\s+"
    r"(?P<other>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)


def _not_route_ends(doc: Doc, spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """Without the persons whose name, somewhere in the document, is one end of a route whose
    other end is a known place ("the route from Glen Nevis to Fort William"): a place's name
    the model took for a person's, wherever else it is written."""
    ends: set[str] = set()
    for found in _ROUTE.finditer(doc.text):
        other = found.group("other").split()
        if any(gaz.place(" ".join(other[:k])) for k in range(len(other), 0, -1)):
            ends.add(found.group("end"))
    if not ends:
        return spans
    return [s for s in spans if not (s.label_ == "PERSON" and s.text in ends)]


def _is_title_case(text: str) -> bool:
    return capitalised(text) or text in {"O'", "Mc"}


class EntityMerger:
    def __init__(self, gazetteer: Gazetteer) -> None:
        from ingest.extract.affiliation_words import ROLE_WORDS
        from ingest.extract.document_entities import DocumentFixer

        self.gaz = gazetteer
        self.role_heads = name_words()["role-head"]
        self.branch_heads = _branch_heads(gazetteer)
        self.fixer = DocumentFixer(gazetteer, ORG_HEADS, ROLE_WORDS - {"of", "and", "for"})
        self.model_spans = ModelSpans(gazetteer)

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
                final.extend(self.model_spans(piece, strong_at))
        final = named_nations(filter_spans(final))
        final.extend(self._nation_adjectives(gaz_spans, final))
        final.extend(self._given_name_persons(doc, filter_spans(final)))
        fixed = self.fixer(doc, joint_names(filter_spans(final), self.gaz))
        fixed = _not_route_ends(doc, _not_site_names(doc, fixed), self.gaz)
        fixed = area_bodies(doc, fixed, ORG_HEADS.__contains__, self.role_heads.__contains__)
        set_ents(doc, acronym_mentions(doc, defined_full_names(doc, fixed)))
        ents = list(ents_of(doc))
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
            nation = self.gaz.government(span.text) or ""
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
        "Healthwatch Surrey", "Age UK Leeds" (one organisation, not a place and another
        organisation)."""
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
        at = {p.start: p for p in places}
        for charity in charities.values():  # "Age UK Leeds", "Citizens Advice Brighton & Hove"
            end = charity.end
            while end in at and doc[end - 1].whitespace_:  # "… Swansea Neath Port Talbot"
                end = at[end].end
            if end > charity.end:
                name = doc[charity.start : end].text
                out.append(
                    Span(doc, charity.start, end, label="ORG", kb_id=name, span_id="rule:branch")
                )
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
            if span.start > 0 and span.doc[span.start - 1].lower_ == "plain":
                continue  # "a Plain English summary": the language
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
                and self.gaz.given_name(token.text)
                and _is_title_case(token.text)
                and _is_title_case(nxt.text)
                and nxt.is_alpha | ("'" in nxt.text) | ("’" in nxt.text) | ("-" in nxt.text)
                and nxt.lower_ not in ORG_HEADS
                and nxt.lower_ not in STREET  # "Victoria Quay", "Albert Road": an address
                and self.gaz.place(nxt.text) is None
                and self.gaz.nation(nxt.text) is None
                and not self.gaz.is_stopped(f"{token.text} {nxt.text}", "PERSON")
            ):
                end = i + 2
                third = doc[end] if end < len(doc) else None
                if (
                    third is not None
                    and end not in taken
                    and self.gaz.given_name(nxt.text)
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
