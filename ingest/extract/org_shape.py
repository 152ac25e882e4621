"""Whether a span the model tagged ORG names an organisation, read from the words it is made of.

A name's head word says what kind of thing it names (the kinds of
graph/reference/data/name_words.csv):

- **body** (`org-head`: Trust, Council, University, Charity, Hospital, Network…): an
  organisation ("Mental Health Foundation").
- **unit** (`org-unit` and the weak heads: Committee, Group, Team, Panel, Board, Forum,
  Centre, Office, Directorate…): a part of a body, so an organisation only with an *anchor*
  ("Scottish Drugs Forum", "HSC Safety Forum", "Tower Hamlets GP Care Group") or when the
  document is its own (its name opens a line: the minutes of the "Health and Wellbeing
  Board"); never after "a"/"an" ("reports to an Oversight Group").
- **programme** (`programme-head`: Programme, Fund, Award, Scheme, Screening, Event…): never
  ("Health and Wellbeing Fund", "Keyworker Awards 2023"); a Project or Service only with an
  anchor ("Bristol Drugs Project", but not "Peer Support Project").
- **role** (`role-head`: Officer, Director, Lead, Councillors…): a job title, never.
- **none** ("Healthcare Science", "Business & Enterprise", "Unscheduled Care"): an
  organisation only with a *proper core*: a word that is not a role word, a head word, a
  generic word or a topic word, and that the document never writes in lower case.

An anchor is a word no common noun phrase has: a place or nation the gazetteer knows, a known
organisation, "NHS", an acronym, a digit (not a year) or an inner capital ("LifeLine").
A name right after a job title and "of"/"for" ("Head of Quality Improvement") is the title's
portfolio unless it has a body head or an anchor; a name whose words are all places
("Carmarthenshire and Pembrokeshire") is not an organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from graph.derive.open_topics import generic_words
from graph.model import fold
from graph.reference.gazetteer import Gazetteer
from graph.reference.names import name_words
from graph.reference.words import singular
from ingest.extract.acronyms import acronym_definitions
from ingest.extract.sentences import doc_text

WORDS = name_words()
UNIT_HEADS = WORDS["org-unit"] | {
    "group",
    "board",
    "forum",
    "centre",
    "center",
    "office",
    "lab",
    "laboratory",
    "hub",
    "club",
    "panel",
}
SOFT_PROGRAMME_HEADS = frozenset({"project", "service"})  # "Bristol Drugs Project"
PROGRAMME_HEADS = WORDS["programme-head"] | SOFT_PROGRAMME_HEADS
ROLE_HEADS = WORDS["role-head"]
BODY_HEADS = (WORDS["org-head"] | {"practice", "surgery", "collaborative"}) - UNIT_HEADS
VENUE_HEADS = WORDS["venue"]
HEAD_KINDS = (
    ("venue", VENUE_HEADS),
    ("body", BODY_HEADS),
    ("unit", UNIT_HEADS),
    ("programme", PROGRAMME_HEADS),
    ("role", ROLE_HEADS),
)
PRACTICE_HEADS = frozenset({"health centre", "medical centre", "medical practice"})  # GP practices
MEMBERSHIP = WORDS["membership"]
# a name ending in one of these is an address or a room ("Discharge Lounge"), not a person
BODY_END = re.compile(r"\s*[(,;]|\s+[–—-]\s+")  # where a body's name gives way to its unit
# or address: "NHS Tayside, Cardiac Rehabilitation (…)", "the PHA (…), 12–22 Linenhall Street"
STREET = frozenset(
    "house road street avenue city drive crescent terrace lounge suite unit quay wharf parade "
    "esplanade embankment boulevard room rooms".split()
)
STREET_OR_NAME = frozenset(  # or surnames
    "grove lane park close way place square gardens ward".split()
)
TEAM_NOUNS = frozenset(
    {"team", "unit", "department", "directorate", "division", "function"}
)  # "member of Speak Up Thanet": a body, not a portfolio
JOINERS = frozenset({"of", "for", "and", "&", "the", "in", "on", "to", "at", "with", "'s", "’s"})
ANCHOR_LABELS = frozenset({"PLACE", "NATION", "NATION_ADJ", "ORG", "GOV"})
_WORD_BEFORE = re.compile(r"[A-Za-z][\w'’-]*")
_YEAR = re.compile(r"(?:19|20)\d\d")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*(?![\w'’-])")
HEADING_WORDS = 16  # a longer line is prose
_KEY = "qkg_org_shape"
_DEFINED = "qkg_acronyms"


@dataclass(frozen=True, slots=True)
class DocWords:
    """What the shape rules need to know about the whole document, computed once."""

    lower: frozenset[str]  # words the document writes in lower case
    anchors: frozenset[int]  # tokens inside a gazetteer place, nation or organisation
    places: frozenset[int]  # tokens inside a gazetteer place or nation
    nation_words: frozenset[int]  # tokens inside a nation or its adjective


TRAIL_MARKS = frozenset({">", "›", "»", "|"})  # between a trail's or a banner's parts


def doc_words(doc: Doc, gaz_spans: list[Span]) -> DocWords:
    found = doc.user_data.get(_KEY)
    if found is None:
        anchors = {i for s in gaz_spans if s.label_ in ANCHOR_LABELS for i in range(s.start, s.end)}
        places = {
            i
            for s in gaz_spans
            if s.label_ in ("PLACE", "NATION", "NATION_ADJ")
            for i in range(s.start, s.end)
        }
        nations = {
            i
            for s in gaz_spans
            if s.label_ in ("NATION", "NATION_ADJ")
            for i in range(s.start, s.end)
        }
        found = DocWords(
            frozenset(_LOWER_WORD.findall(doc_text(doc))),
            frozenset(anchors),
            frozenset(places),
            frozenset(nations),
        )
        doc.user_data[_KEY] = found
    return found


def _definitions(doc: Doc) -> dict[str, str]:
    found = doc.user_data.get(_DEFINED)
    if found is None:
        found = acronym_definitions(doc_text(doc))
        doc.user_data[_DEFINED] = found
    return found


def release(doc: Doc) -> None:
    doc.user_data.pop(_KEY, None)
    doc.user_data.pop(_DEFINED, None)


class OrgShape:
    """Decides, for a span not in the gazetteer, whether its words make an organisation's name."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        topic_words = {
            w
            for t in gaz.topics
            for form in (t.label, *t.alt_labels)
            for w in re.findall(r"[a-z]+", form.lower())
        }
        self.generic = generic_words()
        self.common = (
            WORDS["role-word"]
            | ROLE_HEADS
            | WORDS["not-name"]
            | PROGRAMME_HEADS
            | UNIT_HEADS
            | generic_words()
            | topic_words
        )

    def head(self, span: Span, known: DocWords) -> tuple[str, bool]:
        """The kind of the span's head word (body, unit, programme, role or none) and whether
        the head comes first ("Department of Health", "Centre for Mental Health"). A place or
        nation at the end is not the head ("Breast Test Wales", "Healthwatch Surrey"), even
        one the gazetteer step passed over as the end of a name, or as also a word or a name
        ("Healthwatch Cornwall's board", "Healthwatch Kent")."""
        words = [t for t in span if t.is_alpha or "-" in t.text]
        while len(words) > 1 and (
            words[-1].i in known.places
            or words[-1].text == "Cymru"
            or (words[-1].text[:1].isupper() and self._place_word(words[-1].text))
        ):
            words.pop()
        cut = next((k for k, t in enumerate(words) if t.lower_ in ("of", "for")), len(words))
        parts = [(words[:cut], cut < len(words)), (words[cut:], False)]
        for part, first in parts:  # "University of X": the part before "of" decides first
            named = [t for t in part if t.lower_ not in JOINERS]
            if not named:
                continue
            last = named[-1].lower_
            pair = " ".join(t.lower_ for t in named[-2:])
            if pair in PRACTICE_HEADS:
                return "body", False
            for word in (last, singular(last)):
                for kind, heads in HEAD_KINDS:
                    if word in heads:
                        return kind, first
            if not first:
                break
        return "none", False

    def _place_word(self, word: str) -> bool:
        return fold(word) in self.gaz.ambiguous_places or self.gaz.place(word) is not None

    def anchored(self, span: Span, known: DocWords) -> bool:
        """A word no common noun phrase has: a known place, nation or organisation, NHS, an
        acronym, a digit that is not a year, an inner capital."""
        for token in span:
            text = token.text
            if token.i in known.anchors or text in ("NHS", "HSC", "Cymru"):
                return True
            if text.isupper() and len(text) >= 2 and text.isalpha():
                return True
            if any(ch.isdigit() for ch in text) and not _YEAR.fullmatch(text):
                return True
            if text[:1].isupper() and any(ch.isupper() for ch in text[1:]) and not text.isupper():
                return True
        return False

    def has_core(self, span: Span, known: DocWords) -> bool:
        """A title-case word that is none of the common kinds and never written in lower case."""
        for token in span:
            if not token.is_alpha or not token.text[:1].isupper():
                continue
            low = token.lower_
            if low in JOINERS or low in self.common or singular(low) in self.common:
                continue
            if low in known.lower:
                continue
            return True
        return False

    def all_places(self, span: Span, known: DocWords) -> bool:
        words = [t for t in span if t.is_alpha and t.lower_ not in JOINERS]
        return bool(words) and all(t.i in known.places for t in words)

    def verdict(self, span: Span, known: DocWords, own: bool = False) -> str:
        """ "org" when the span's shape names an organisation, "no" when it cannot, "weak" when
        only a proper core is missing (a list of organisations may still vouch for it: "with
        Family Action, Healthy London Partnership and ..."). `own`: the document is the
        body's own (its name opens a line, or a sentence says what body it is)."""
        if self.gaz.org(span.text) is not None:
            return "org"
        if any(t.text in TRAIL_MARKS for t in span):
            return "no"  # "> Audiology > Ratings": parts of a breadcrumb trail or a banner
        if self.all_places(span, known):
            return "no"
        doc = span.doc
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        kind, head_first = self.head(span, known)
        anchored = self.anchored(span, known)
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        if kind in ("none", "unit") and singular(after) in PROGRAMME_HEADS:
            return "no"  # "the Continuity of Midwifery Care model", "the Keyworker scheme"
        if kind == "none" and not anchored and singular(after) in TEAM_NOUNS:
            return "no"  # "the Press and Public Affairs team", "the Bluestone unit"
        if (
            kind == "venue"
            and len(span) >= 2
            and (after in WORDS["role-word"] or after in ROLE_HEADS)
        ):
            return "org"  # "Grove House chief executive, Mark Lister": a body with staff
        if kind in ("role", "venue"):
            return "no"
        if kind == "programme" and own:
            return "org"  # "the Commonwealth Fund, a Foundation based in New York"
        if kind == "programme":
            last = singular(next(t.lower_ for t in reversed(span) if t.is_alpha))
            soft = last in SOFT_PROGRAMME_HEADS and anchored and before not in ("a", "an")
            return "org" if soft else "no"
        if kind == "unit":  # "Department of Health" alone; not "the University's School of X"
            named = head_first and not _part_of(span)
            return "org" if before not in ("a", "an") and (anchored or own or named) else "no"
        if _after_role(span, ROLE_HEADS):
            named = self.has_core(span, known) and _before_person(span)
            return "org" if kind == "body" or anchored or named else "no"
        if kind == "body" and not anchored and not own and self._generic_only(span):
            return "no"  # "Local Healthwatch", "Acute Trust": a kind of body, not a name
        if kind == "body" and self._nhs_kind(span):
            return "no"  # "NHS Trust", "HSC Trust", "NHS Foundation Trust": the kind itself
        if kind == "body" and self._kinds_of_body(span, known):
            return "no"  # "NHS Trusts", "Scottish Health Boards", "Royal Colleges"
        if kind == "body" or anchored or own or self.has_core(span, known):
            return "org"
        return "weak"

    def _kinds_of_body(self, span: Span, known: DocWords) -> bool:
        """A plural head with nothing but NHS or a nation to name it: bodies of a kind."""
        named = [t for t in span if t.is_alpha and t.lower_ not in JOINERS]
        last = named[-1].lower_ if named else ""
        if not named or singular(last) == last:
            return False
        return not any(
            t.text not in ("NHS", "HSC") and (t.i in known.places or t.text.isupper())
            for t in named
            if t.i not in known.nation_words
        ) and not self.has_core(span, known)

    def _nhs_kind(self, span: Span) -> bool:
        words = [t for t in span if t.is_alpha and t.lower_ not in JOINERS]
        return (
            any(t.text in ("NHS", "HSC") for t in words)
            and any(t.lower_ in BODY_HEADS and t.text not in ("NHS", "HSC") for t in words)
            and all(
                t.text in ("NHS", "HSC") or t.lower_ in BODY_HEADS or t.lower_ in self.generic
                for t in words
            )
        )

    def _generic_only(self, span: Span) -> bool:
        words = [t.lower_ for t in span if t.is_alpha and t.lower_ not in JOINERS]
        return all(w in self.generic or w in BODY_HEADS or singular(w) in BODY_HEADS for w in words)

    def expansion(self, span: Span) -> Span | None:
        """What the text says an acronym stands for: the full name's span ("Vaccine Preventable
        Disease Programme (VPDP)"); an empty span when it stands for common words ("a
        disclosable pecuniary interest (DPI)") or names a programme or service ("(BIRD)
        Service"); None when the text does not say."""
        doc = span.doc
        acronym = span.text
        text = doc_text(doc)
        for match in re.finditer(r"\(" + re.escape(acronym) + r"\)\s*([A-Za-z]*)", text):
            if singular(match.group(1).lower()) in PROGRAMME_HEADS:
                return doc[0:0]
            words = _WORD_BEFORE.findall(text[max(0, match.start() - 200) : match.start()])
            tail = words[-len(acronym) :]
            if (
                len(tail) == len(acronym)
                and all(w[0].islower() for w in tail)
                and "".join(w[0] for w in tail).upper() == acronym
            ):
                return doc[0:0]
        full = _definitions(doc).get(acronym)
        if full is None:
            return None
        at = text.find(f"{full} ({acronym})")
        found = doc.char_span(at, at + len(full), alignment_mode="expand") if at >= 0 else None
        return found if found is not None and len(found) else None

    def own_names(self, doc: Doc, orgs: list[Span]) -> frozenset[str]:
        """Names the document treats as a body's own: opening a line (a title, a heading, a
        meeting's header) or said to be a body ("X is a partnership between ...", "X, a
        charity")."""
        heads = _line_heads(doc_text(doc))
        own = set()
        for span in orgs:
            name = span.text.lower()
            if name in heads or _defined_as_body(span):
                own.add(name)
        return frozenset(own)


def _part_of(span: Span) -> bool:
    """ "the University's School of Clinical Medicine", "Evaluation Team at NHS England": the
    span is a unit of another body. In a nation or region it is where the body is, not whose
    ("the Department of Health in Northern Ireland")."""
    doc = span.doc
    before = doc[span.start - 1].text if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    nxt = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if after == "in" and nxt is not None and nxt.ent_type_ in _WHERE:
        return False
    return before in ("'s", "’s") or (
        after in ("at", "of", "in", "within", ",") and nxt is not None and bool(nxt.ent_type_)
    )


_WHERE = frozenset({"GPE", "LOC", "NATION", "PLACE"})


def _after_role(span: Span, role_heads: frozenset[str]) -> bool:
    """ "Head of Quality Improvement", "Pro-Vice-Chancellor for Business & Enterprise",
    "Director for Unscheduled Care": the span follows a role head and of/for/in."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in ("of", "for", "in"):
        return False
    head = doc[span.start - 2].lower_
    if doc[span.start - 1].lower_ == "of" and (head in MEMBERSHIP or singular(head) in MEMBERSHIP):
        return False  # "member of Speak Up Thanet"; but "Member for Adult Care"
    return head in role_heads or singular(head) in role_heads


def _before_person(span: Span) -> bool:
    """ "Chief Executive Officer of Mental Health Matters, Jane Hughes said": a name of its
    own between a job title and the person who holds it."""
    doc = span.doc
    return (
        span.end + 1 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].ent_type_ == "PERSON"
    )


BODY_NOUNS = BODY_HEADS | {"organisation", "organization", "body", "collaboration", "enterprise"}


def _defined_as_body(span: Span) -> bool:
    """ "The Improvement Analytics Unit is a partnership between ...", "X, a charity that ..."."""
    doc = span.doc
    i = span.end
    if i + 1 >= len(doc) or doc[i].lower_ not in ("is", ","):
        return False
    if doc[i + 1].lower_ not in ("a", "an"):
        return False
    for token in doc[i + 2 : i + 6]:
        if token.lower_ in BODY_NOUNS:
            return True
        if token.is_punct:
            return False
    return False


def _line_heads(text: str, most: int = 8) -> frozenset[str]:
    """The first one to `most` words of every line, lower case: a name that opens a line (a
    title, a heading, "Health and Wellbeing Board - Tuesday, 18 June 2013") is the document's
    own body."""
    heads = set()
    for line in text.lower().splitlines():
        words = line.split()
        if len(words) > HEADING_WORDS or line.rstrip().endswith((".", "?", "!", '"', "”")):
            continue  # a sentence of prose, not a title or a heading
        if words and words[0] == "the":
            words = words[1:]
        for k in range(1, min(most, len(words)) + 1):
            heads.add(" ".join(words[:k]))
    return frozenset(heads)


def alone_on_line(span: Span) -> bool:
    """Nothing but punctuation shares the span's line ("ANNOUNCEMENTS", "Background")."""
    doc = span.doc
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[line_start : span.start_char] + text[span.end_char : line_end]
    return not any(ch.isalnum() for ch in rest)
