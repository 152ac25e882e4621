"""What the spaCy pipeline finds in a document, made claims with the sentence each came from.

Sentences never cross a block (ingest.extract.nlp sets a sentence start at every block), and
only prose, list items and table rows are quoted (ingest.extract.layout): an entity named in a
title, heading or "Key: value" line is claimed with its offsets and no quote.

- **People, organisations, nations, places** (the entity step's PERSON, ORG, NATION, PLACE);
  a lone given name becomes the one full name the document gives it.
- **Works at**: the affiliation rules' pairs (ingest.extract.affiliations).
- **Took part**: in workshop notes, a person named in the prose of a section that says who
  took part ("Who came", "Joining us were …") ATTENDED.
- **Topics** (the gazetteer's topic matches): the document ADDRESSES a topic named in its
  title (also inside the name of the body it comes from), a heading or its front matter, or in
  two sentences of its prose (one sentence, for a topic with no narrower ones in the
  vocabulary, such as malnutrition or hand hygiene); a
  person named in a sentence about a topic is INTERESTED_IN it ("said about"), except in
  actions, agenda, apologies and references; a learning statement is ABOUT the topics it
  names, those of its section's heading and those the document addresses, each link saying
  which.
- **Covers**: the places and nations a document is set in (ingest.extract.coverage).
- **Professions**: "Jane Smith, a GP at …", "GP Jane Smith".
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from spacy.tokens import Doc, Span

from graph.model import Label, Rel, fold
from graph.reference.gazetteer import Gazetteer
from graph.reference.names import clean_org, clean_person
from graph.reference.topics import broader_than
from ingest.extract.aboutness import describes_itself
from ingest.extract.absence_words import IN_PLACE_REACH, came_in_place_of
from ingest.extract.acronyms import acronym_definitions
from ingest.extract.claims import ClaimSet, Ref
from ingest.extract.coverage import Coverage, Mention
from ingest.extract.front_page import Header
from ingest.extract.items import split_items
from ingest.extract.layout import Layout
from ingest.extract.prose_people import NOT_SAID, people_in_prose
from ingest.extract.section_topics import SectionTopics, section_topics
from ingest.extract.sections import Role, apologies_in
from ingest.extract.sentences import (
    apologises,
    doc_text,
    ents_of,
    provenance,
    sentence_of,
    starting,
)
from ingest.extract.short_forms import full_names_by_word
from ingest.types import BlockKind

ROLE_CHARS = 120  # how far back a role's opening bracket may be
PROFESSION_WINDOW = 6  # tokens after a person's name in which "a GP", "a nurse" names theirs


PLACE_COLUMNS = frozenset(  # a table column of where people are, never of people
    {
        "setting",
        "settings",
        "site",
        "sites",
        "venue",
        "location",
        "locality",
        "area",
        "place",
        "school",
        "practice",
        "nursery",
        "organisation",
        "organization",
        "service",
        "provider",
    }
)


class ProseReader:
    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.coverage = Coverage(gaz)
        self.methods = frozenset(t.label for t in gaz.topics if t.method)
        # topic -> its broader topics, less the vocabulary's groupings (no broader topic and
        # no label but the name: "conditions and diseases", a heading, never a subject)
        label = {
            t.iri: t.label
            for t in gaz.topics
            if t.broader or t.alt_labels or t.hidden_labels or t.method
        }
        self.broader = {
            t.label: tuple(label[b] for b in t.broader if b in label) for t in gaz.topics
        }
        wider = {b for bs in self.broader.values() for b in bs}  # topics with narrower ones
        self.leaves = frozenset(t.label for t in gaz.topics if t.label not in wider)

    def entities(
        self, doc: Doc, claims: ClaimSet, layout: Layout
    ) -> dict[tuple[int, int], Ref | None]:
        """Every entity of the document, claimed; (token start, end) -> its ref."""
        claims.acronyms.update(acronym_definitions(claims.raw.text))
        full_names = self._full_names(doc, claims)
        refs: dict[tuple[int, int], Ref | None] = {}
        for ent in ents_of(doc):
            refs[(ent.start, ent.end)] = self._entity(ent, claims, layout, full_names)
        for sent in doc.sents:
            i = layout.block_at(sent.start_char)
            if not layout.raw.blocks or (layout.quotable(i) and layout.role[i] != Role.REFERENCES):
                start, end = layout.clip(sent.start_char, sent.end_char, sent.start_char)
                label_end = layout.labelled_prose(i) if i >= 0 else -1
                if start < label_end < end:
                    start = label_end  # the sentence, not its label
                claims.passage(start, end, ties=not apologises(sent))  # who could
                # not come said nothing there, though the words still say what it was about
        for block in layout.raw.blocks:  # a part a heading names is what the document is about
            if block.kind == BlockKind.HEADING:
                claims.passage(block.start, block.end, heading=True)
        return refs

    def read(
        self,
        doc: Doc,
        claims: ClaimSet,
        layout: Layout,
        refs: dict[tuple[int, int], Ref | None],
        subject: Ref | None,
        header: Header,
        learnings: Sequence[tuple[Ref, int, int, int]],
    ) -> None:
        for p_start, p_end, o_start, o_end, rule in doc._.qkg_affiliations or []:
            person, org = refs.get((p_start, p_end)), refs.get((o_start, o_end))
            if person and org and person[0] == Label.PERSON and org[0] == Label.ORGANISATION:
                span = doc[min(p_start, o_start) : max(p_end, o_end)]
                claims.relation(person, Rel.WORKS_AT, org, provenance(claims, layout, span, rule))
        if subject is not None:
            people_in_prose(doc, claims, layout, refs, subject)
        mentions = self.coverage.read(doc, claims, layout, refs, subject, header) if subject else []
        self._topics(doc, claims, layout, refs, subject, learnings, mentions)
        self._professions(doc, claims, layout, refs)

    # -- entities ---------------------------------------------------------------------------

    @staticmethod
    def _full_names(doc: Doc, claims: ClaimSet) -> dict[str, str]:
        """Folded given name or surname -> the one full name of the document with it."""
        names = {clean_person(e.text) for e in ents_of(doc) if e.label_ == "PERSON"}
        return full_names_by_word(names | {e.name for e in claims.entities(Label.PERSON)})

    def _entity(
        self, ent: Span, claims: ClaimSet, layout: Layout, full_names: dict[str, str]
    ) -> Ref | None:
        source = ent.id_ or "ner"
        prov = provenance(
            claims, layout, ent, source.split(":")[0] if source.startswith("gov") else source
        )
        if ent.label_ == "PERSON":
            if layout.column_head(ent.start_char) in PLACE_COLUMNS:
                return None  # "Little Acorns Day Nursery, Small Heath" under "Setting"
            name = ent.kb_id_ if source == "rule:keyed" else clean_person(ent.text)  # "NK"
            if " " not in name:  # "Declan" (or "Dr Murphy") in notes naming Declan Murphy
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

    # -- topics -----------------------------------------------------------------------------

    def _topics(
        self,
        doc: Doc,
        claims: ClaimSet,
        layout: Layout,
        refs: dict[tuple[int, int], Ref | None],
        subject: Ref | None,
        learnings: Sequence[tuple[Ref, int, int, int]],
        places: Sequence[Mention],
    ) -> None:
        persons: dict[int, list[Ref]] = defaultdict(list)  # sentence start -> people in it
        ends: dict[int, Ref] = {}  # where a person's name ends -> the person
        for ent in ents_of(doc):
            ref = refs.get((ent.start, ent.end))
            if ref and ref[0] == Label.PERSON:
                ends[ent.end_char] = ref
                before = doc_text(doc)[max(0, ent.start_char - IN_PLACE_REACH) : ent.start_char]
                if not came_in_place_of(before):  # "B, deputising for A": A said nothing
                    persons[sentence_of(ent).start].append(ref)
        sentences: dict[Ref, set[int]] = defaultdict(set)
        stated: dict[Ref, Any] = {}  # topics of a title or heading -> a provenance
        under_heading: dict[int, list[Ref]] = defaultdict(list)  # heading block -> topics
        mentions: list[tuple[Ref, int, int]] = []  # (topic, block, sentence) in prose
        org_names = {e.text for e in ents_of(doc) if e.label_ == "ORG"}
        for span in doc.spans.get("qkg_topics", []):
            topic = claims.entity(
                Label.TOPIC, span.kb_id_, provenance(claims, layout, span, "gazetteer")
            )
            if topic is None:
                continue
            i = layout.block_at(span.start_char)
            prov = provenance(claims, layout, span, "gazetteer")
            if i >= 0 and not layout.quotable(i):
                stated.setdefault(topic, prov)
                under_heading[i].append(topic)
                continue
            if i >= 0 and layout.role_at(i) in NOT_SAID:  # "Not able to join: A, who …"
                continue
            sentence = sentence_of(span).start
            sentences[topic].add(sentence)
            mentions.append((topic, i, sentence))
            owner = _role_of(doc_text(doc), span.start_char, ends)  # "Ffion (… Service Lead)"
            speakers = [owner] if owner else persons.get(sentence, [])
            row = layout.raw.blocks[i] if i >= 0 else None
            if row is not None and row.kind == BlockKind.TABLE_ROW:  # a register's row of one
                speakers = [  # who sent apologies: "Siobhra … | Early Years – the
                    p  # organisation for young children | Apols"
                    for p in speakers
                    if not claims.away_in(p, row.start, row.end)
                ]
            if speakers and (
                (owner and _owner_absent(doc_text(doc), sentence_of(span), owner, ends))
                or (
                    not owner
                    and (
                        _in_a_name(doc_text(doc), span.start_char, span.end_char, org_names)
                        or apologises(sentence_of(span))
                    )
                )
            ):
                speakers = []  # "Aled of Rural Health and Care Wales", "… was unable to travel",
                # "A (sexual health improvement) … pulled out": not what they took part in
            for person in speakers:
                said = provenance(claims, layout, span, "rule:sentence")
                claims.relation(person, Rel.INTERESTED_IN, topic, said)
            for learning, start, end, _h in learnings:
                if start <= span.start_char < end:
                    claims.relation(learning, Rel.ABOUT, topic, prov)
            # two sentences, a heading, or where it says what it is about ("The pack is about …")
            if (
                len(sentences[topic]) >= 2
                or topic in stated
                or describes_itself(sentence_of(span).text)
                or span.kb_id_ in self.leaves  # a specific topic: once is enough ("assessed
                # Mr K as at high risk of malnutrition", "staff were audited on hand hygiene")
            ):
                stated.setdefault(topic, prov)
            # a narrower topic's sentences are the broader one's too: "anorexia" in one and
            # "binge eating" in another make two sentences on eating disorders
            for wider in sorted(broader_than(self.broader, span.kb_id_)):
                sentences[(Label.TOPIC, wider)].add(sentence)
                if len(sentences[(Label.TOPIC, wider)]) >= 2:
                    ref = claims.entity(Label.TOPIC, wider, prov)
                    if ref is not None:
                        stated.setdefault(ref, prov)
        for span in _in_the_title(doc, layout):  # "Northern Ireland Multiple Sclerosis
            # Network: minutes of the quarterly meeting": the body's own topic is the subject
            topic = claims.entity(
                Label.TOPIC, span.kb_id_, provenance(claims, layout, span, "gazetteer")
            )
            if topic is not None:
                stated.setdefault(topic, provenance(claims, layout, span, "rule:title-body"))
                under_heading[layout.block_at(span.start_char)].append(topic)
        front = {
            topic
            for i, topics in under_heading.items()
            if i in layout.front or layout.block(i).kind == BlockKind.TITLE
            for topic in topics
        }
        for ref in claims.targets(subject, Rel.ADDRESSES) if subject else []:
            stated.setdefault(ref, claims.provenance(0, 0, "front-matter", quote=""))
            front.add(ref)
        if subject is None:
            return
        front.update(_title_lines(layout, mentions))
        parts = section_topics(layout, under_heading, mentions, self.methods)
        for h, topics in parts.found.items():
            at = layout.block(h)  # the part's heading: where the part says what it is about
            for topic in topics:
                prov = claims.provenance(at.start, at.end, "rule:section-topic", quote="")
                stated.setdefault(topic, prov)
        if not any(t[0] == Label.TOPIC for t in stated):  # no topic twice, in a heading or
            # said to be its subject: the topics it names most, once each at least
            named = {t: n for t, n in sentences.items() if t[0] == Label.TOPIC and n}
            most = max((len(n) for n in named.values()), default=0)
            for topic in (t for t, n in named.items() if len(n) == most):
                stated[topic] = claims.provenance(0, 0, "rule:most-named", quote="")
        for topic, prov in stated.items():
            if topic[0] == Label.TOPIC:
                claims.relation(subject, Rel.ADDRESSES, topic, prov)
        self._inherit(claims, layout, learnings, parts, front, set(stated))
        split_items(claims, layout, subject, parts, places)  # a collection's items

    @staticmethod
    def _inherit(
        claims: ClaimSet,
        layout: Layout,
        learnings: Sequence[tuple[Ref, int, int, int]],
        parts: SectionTopics,
        front: set[Ref],
        stated: set[Ref],
    ) -> None:
        """Learning takes the topics of its part of the document (its headings', or found in
        its part's prose) and of the whole document that it does not name itself, each link
        saying where it came from (`inherited`). In a collection of items about different
        topics, a statement of an item with topics of its own takes only its item's and those
        of the document's title and front matter."""
        for learning, start, end, _heading in learnings:
            direct = set(claims.targets(learning, Rel.ABOUT))
            quote = claims.provenance(start, end, "inherited:section")
            own = parts.of_block(layout, layout.block_at(start))
            for topic in own:
                if topic not in direct:
                    claims.relation(learning, Rel.ABOUT, topic, quote, inherited="section")
                    direct.add(topic)
            document = claims.provenance(start, end, "inherited:document")
            for topic in sorted(front if parts.collection and own else stated):
                if topic[0] == Label.TOPIC and topic not in direct:
                    claims.relation(learning, Rel.ABOUT, topic, document, inherited="document")

    # -- professions ------------------------------------------------------------------------

    def _professions(
        self, doc: Doc, claims: ClaimSet, layout: Layout, refs: dict[tuple[int, int], Ref | None]
    ) -> None:
        """ "Jane Smith, a GP at ...", "GP Jane Smith", "Physiotherapist Dr Ann Bell": the
        profession next to a person's name; a key before a name ("Trainer ...... Carys …") is
        the part they played there, not their profession."""
        persons = [e for e in ents_of(doc) if e.label_ == "PERSON" and refs.get((e.start, e.end))]
        for span in doc.spans.get("qkg_professions", []):
            entry = self.gaz.profession(span.text) or self.gaz.profession(_singular(span.text))
            if entry is None:
                continue
            near = starting(persons, span.start - PROFESSION_WINDOW - 12, span.end + 2)
            for person in near:
                after = 0 < span.start - person.end <= PROFESSION_WINDOW
                before = 0 <= person.start - span.end <= 1
                if not (after or before):
                    continue
                after = after and doc[person.end].text in (",", "(")
                gap = doc[person.end : span.start] if after else doc[span.end : person.start]
                if before and any(_KEY_MARK.fullmatch(t.text) for t in gap):
                    continue  # "Trainer ...... Carys", "Chair: Ann": the part played there
                if (after or before) and not any(  # nor a line's end: the next row's
                    t.text in (".", ";") or t.ent_type_ or "\n" in t.text for t in gap
                ):
                    ref = refs[(person.start, person.end)]
                    prov = provenance(claims, layout, span, "rule:profession")
                    profession = claims.entity(Label.PROFESSION, entry.name, prov)
                    claims.relation(ref, Rel.HAS_PROFESSION, profession, prov)


_KEY_MARK = re.compile(r":|[.…]{2,}")  # what ends a key before its value


def _in_a_name(text: str, start: int, end: int, names: Iterable[str]) -> bool:
    """Whether text[start:end] (a topic's words) is part of an organisation's name that the
    document gives somewhere ("Rural Health and Care Wales"): there it names a body, and the
    sentence says nothing on the topic."""
    words = text[start:end]
    for name in names:
        at = name.find(words)
        if at >= 0 and text.startswith(name, start - at):
            return True
    return False


def _role_of(text: str, at: int, ends: dict[int, Ref]) -> Ref | None:
    """The person whose role in brackets holds `at` ("Ffion Gwilym (Neurodevelopmental
    Service Lead, …)"): a topic named in someone's role is theirs, not their neighbours'."""
    opened = text.rfind("(", max(0, at - ROLE_CHARS), at)
    if opened < 0 or ")" in text[opened:at]:
        return None
    before = len(text[:opened].rstrip())
    return ends.get(before)


def _owner_absent(text: str, sent: Span, owner: Ref, ends: dict[int, Ref]) -> bool:
    """Whether the sentence says the person whose role it gives could not come: they are the
    last person named before it says so ("A (sexual health improvement) … pulled out"; not
    "A (Service Lead), …, and B (Council), who could not come")."""
    if not apologises(sent):
        return False
    said = text[sent.start_char : sent.end_char]
    for at, _end in apologies_in(said):
        named = [end for end in ends if sent.start_char <= end <= sent.start_char + at]
        if named and ends[max(named)] == owner:
            return True
    return False


def _singular(text: str) -> str:
    if text.endswith("ies"):
        return text[:-3] + "y"
    return text[:-1] if text.endswith("s") else text


def _in_the_title(doc: Doc, layout: Layout) -> list[Span]:
    """The topics named inside an organisation's name in the document's title."""
    lines = set(layout.title_blocks())
    spans = doc.spans.get("qkg_org_topics", []) if layout.raw.title else []
    return [span for span in spans if layout.block_at(span.start_char) in lines]


def _title_lines(layout: Layout, mentions: Sequence[tuple[Ref, int, int]]) -> set[Ref]:
    """The topics of the front's lines that are no sentence, a second title line ("Call and
    recall for childhood immunisations: training morning notes"), but not of a list of
    contents (lines repeating the document's headings)."""

    def folded(i: int) -> str:
        return " ".join(layout.text(i).casefold().split())

    headed = {folded(i) for i, b in enumerate(layout.raw.blocks) if b.kind == BlockKind.HEADING}
    return {
        topic
        for topic, i, _ in mentions
        if i in layout.front
        and not layout.text(i).rstrip().endswith((".", "!", "?"))
        and folded(i) not in headed
    }
