"""Names made of other names (used by ingest.extract.entity_cleaning):

- **joint names**: two places joined by "and" before a body's head are one body ("Sandwell and
  West Birmingham NHS Trust", "Wigan and Leigh Hospice");
- **a known name and more**: "Guy's & St Thomas' Foundation", "Sue Ryder Wheatfields Hospice"
  name another body than the known one they open with;
- **a hyphenated surname** is one name: "Armstrong", "-", "Child" as spaCy cuts it, and its
  tail taken alone after a title and a given name is the whole name's ("Dr Ravinder Oduya-Sands");
- **a surname with particles** is one name: "Hein le Roux", "Anouk van der Berg";
- **a name inside an Act's title** is no body: "Trade Union" and "Labour Relations" in the
  "Trade Union and Labour Relations (Consolidation) Act 1992";
- **a nation inside another name** is not the nation: a body's branch ("RCN Northern
  Ireland") or an award's title ("Northern Ireland Nurse of the Year Awards").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from graph.reference.gazetteer import Gazetteer
from graph.reference.names import PARTICLES, PERSON_TITLES, SURNAME_PARTICLES, name_words
from graph.reference.words import singular
from ingest.extract.org_shape import BODY_HEADS, PROGRAMME_HEADS, UNIT_HEADS

OPENING_PARTICLES = SURNAME_PARTICLES | {"ó", "ní", "nic", "mhic", "uí", "ua", "giolla", "gille"}
AWARD_HEADS = PROGRAMME_HEADS - {"service", "project"}
ROLE_HEADS = frozenset(name_words()["role-head"])
ROLE_MODIFIERS = frozenset(  # the words before a job title's head: "Chief", "Medical" Director
    "chief medical clinical finance financial permanent deputy interim acting executive nursing "
    "operating managing general senior associate assistant principal non-executive vice joint "
    "co".split()
)
JOINT_HEADS = BODY_HEADS | UNIT_HEADS | {"ft", "uhb", "icb", "hospitals", "nhs", "trust", "hospice"}


def hyphen_tail(doc: Doc, end: int) -> int:
    """The end of a name whose last word goes on past a hyphen with no space either side
    ("Trish Armstrong-Child"): two tokens more, else `end`."""
    if (
        end > 0
        and end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end + 1].text[:1].isupper()
        and not doc[end + 1].text[1:].isupper()
    ):
        return end + 2
    return end


def is_title(token_text: str) -> bool:
    """ "Dr", "Mr.", "Cllr": a title before a person's name (capitalised)."""
    return token_text.lower().rstrip(".") in PERSON_TITLES and token_text[:1].isupper()


def titled_head(doc: Doc, start: int) -> int:
    """The start of a titled person's name whose hyphenated surname's tail the model took
    alone ("Dr Ravinder Oduya-" before "Sands"): after the title, else `start`."""
    k = start - 2
    if not (
        k >= 1
        and doc[k + 1].text == "-"
        and not doc[k].whitespace_
        and not doc[k + 1].whitespace_
        and doc[k].is_alpha
        and doc[k].text[:1].isupper()
    ):
        return start
    while k > 0 and start - k < 5 and doc[k - 1].is_alpha and doc[k - 1].is_title:
        if is_title(doc[k - 1].text):
            return k
        k -= 1  # a given name or two between the title and the surname
    return k if k > 0 and is_title(doc[k - 1].text) else start


def particle_tail(doc: Doc, end: int) -> int:
    """The end of a name whose surname opens with lower-case particles ("Hein" + "le Roux",
    "Anouk" + "van der Berg"): past the particles and the capitalised word, else `end`."""
    while (  # a name cut after a particle set capitalised ("Conall Mac", "Niamh Ó"): on
        end < len(doc)  # to the surname ("Conall Mac Giolla Bhríde", "Niamh Ó Floinn")
        and doc[end - 1].lower_ in OPENING_PARTICLES
        and doc[end - 1].whitespace_
        and doc[end].is_alpha
        and doc[end].is_title
    ):
        end += 1
    k = end
    while k < len(doc) and k - end < 2 and doc[k - 1].whitespace_:
        if doc[k].text in PARTICLES:
            k += 1
        elif doc[k].text + doc[k + 1 : k + 2].text in PARTICLES and not doc[k].whitespace_:
            k += 2  # "Mac a' Phearsain": the tokenizer splits "a'" in two
        else:
            break
    if k > end and k < len(doc) and doc[k].is_alpha and doc[k].is_title:
        return k + 1
    return end


SIKH_NAMES = frozenset({"Kaur", "Singh"})  # a second name that a family name often follows


def sikh_tail(doc: Doc, end: int) -> int:
    """The end of a name tagged up to "Kaur" or "Singh" when a family name follows it
    ("Gurpreet Kaur" + "Dhillon"), else `end`."""
    if (
        end < len(doc)
        and doc[end - 1].text in SIKH_NAMES
        and doc[end - 1].whitespace_
        and doc[end].is_alpha
        and doc[end].is_title
        and not doc[end].is_stop
        and doc[end].ent_type_ in ("", "PERSON")
    ):
        return end + 1
    return end


IRISH_PREFIX = re.compile(r"^(?:O|D|Mc|Mac)['’][A-Z][a-z]+$")  # "O’Reilly", "D'Arcy"


def apostrophe_tail(doc: Doc, end: int) -> int:
    """The end of a name the model stopped before a surname with an apostrophe ("Anne" +
    "O’Reilly", which it reads with a straight one but not a curly one), else `end`.

    >>> import spacy
    >>> doc = spacy.blank("en")("Ms Anne O’Reilly will chair it")
    >>> apostrophe_tail(doc, 2), apostrophe_tail(doc, 3)
    (3, 3)
    """
    if end < len(doc) and doc[end - 1].whitespace_ and IRISH_PREFIX.match(doc[end].text):
        return end + 1
    return end


def hyphenated(token_i: int, doc: Doc) -> bool:
    """The token is the part of a name after a hyphen ("Child" in "Armstrong-Child")."""
    return token_i > 1 and doc[token_i - 1].text == "-" and not doc[token_i - 2].whitespace_


def named_nations(spans: list[Span]) -> list[Span]:
    """A nation inside another name is not the nation: a body's branch right after the body
    ("RCN Northern Ireland", "Director RCN Scotland") or the opening of an award's or a
    programme's title ("Northern Ireland Nurse of the Year Awards")."""
    org_ends = {s.end for s in spans if s.label_ == "ORG"}
    out = []
    for span in spans:
        if span.label_ == "NATION" and (span.start in org_ends or _titles_award(span)):
            continue
        out.append(span)
    return out


LEGISLATION = frozenset({"act", "bill", "acts", "bills"})


def in_act_title(span: Span) -> bool:
    """The title-case run the span stands in ends in "Act" or "Bill" (brackets and joiners
    allowed: "Trade Union and Labour Relations (Consolidation) Act 1992")."""
    for token in span.doc[span.end : span.end + 10]:
        if token.lower_ in ("of", "the", "and", "&", "for", "(", ")"):
            continue
        if not token.is_alpha or not token.text[:1].isupper():
            return False
        if token.lower_ in LEGISLATION:
            return True
    return False


def _titles_award(span: Span) -> bool:
    doc = span.doc
    for token in doc[span.end : span.end + 7]:
        if token.lower_ in ("of", "the", "and", "for"):
            continue
        if not token.is_alpha or not token.text[:1].isupper():
            return False
        if singular(token.lower_) in AWARD_HEADS:
            return True
    return False


def joint_names(spans: list[Span], gaz: Gazetteer) -> list[Span]:
    """Places joined by "and" (or listed with commas) before a body's head name one body:
    "Sandwell and West Birmingham NHS Trust", "Wigan and Leigh Hospice", "York and Scarborough
    Teaching Hospitals FT", "Barnet, Enfield and Haringey Mental Health NHS Trust" (the model
    tags the first place apart), with a title-case word before the place ("Royal Liverpool and
    Broadgreen University Hospitals NHS Trust"); and "NIHR Cambridge BRC"."""
    places = {s.end: s for s in spans if s.label_ == "PLACE"}
    taken = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    joined: set[int] = set()
    for span in reversed(spans):  # from the end: "Enfield and ..." first, then "Barnet, "
        if span.label_ == "PLACE" and span.start in joined:
            continue
        while (start := _joint_start(span, places.get(span.start - 1), taken, gaz)) is not None:
            joined |= {p.start for p in places.values() if start <= p.start < span.start}
            name = span.doc[start : span.end].text
            span = Span(span.doc, start, span.end, label="ORG", kb_id=name, span_id="rule:joint")
        out.append(span)
    out.reverse()
    return _placed_acronyms([s for s in out if not (s.label_ == "PLACE" and s.start in joined)])


def _placed_acronyms(spans: list[Span]) -> list[Span]:
    """A body's acronym, a place and another acronym in a row name one body: "NIHR Cambridge
    BRC", "NIHR Leeds CRF" (a centre of the national body in that place)."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    skip: set[int] = set()
    for i, span in enumerate(spans):
        if i in skip:
            continue
        place = spans[i + 1] if i + 1 < len(spans) else None
        end = place.end if place is not None else 0
        doc = span.doc
        if (
            place is not None
            and span.label_ == "ORG"
            and place.label_ == "PLACE"
            and span.end == place.start
            and _acronym(span)
            and end < len(doc)
            and 2 <= len(doc[end].text) <= 5
            and doc[end].text.isupper()
            and doc[end].is_alpha
        ):
            nxt = spans[i + 2] if i + 2 < len(spans) else None
            if nxt is not None and (nxt.start, nxt.end) == (end, end + 1):
                skip.add(i + 2)
            elif end in taken:
                out.append(span)
                continue
            name = doc[span.start : end + 1].text
            out.append(
                Span(doc, span.start, end + 1, label="ORG", kb_id=name, span_id="rule:joint")
            )
            skip.add(i + 1)
            continue
        out.append(span)
    return out


def placed_acronym(text: str, gaz: Gazetteer) -> bool:
    """The same name as written text: "NIHR Cambridge BRC" (a known acronym, a place, an
    acronym)."""
    words = text.split()
    return (
        len(words) == 3
        and words[0].isupper()
        and gaz.org(words[0]) is not None
        and gaz.place(words[1]) is not None
        and 2 <= len(words[2]) <= 5
        and words[2].isupper()
        and words[2].isalpha()
    )


def _acronym(span: Span) -> bool:
    return len(span) == 1 and span.text.isupper() and span.text.isalpha()


def _joint_start(span: Span, place: Span | None, taken: set[int], gaz: Gazetteer) -> int | None:
    """Where a body's name starts when the place before it is its first part, else None."""
    doc = span.doc
    glue = doc[span.start - 1].text if span.start else ""
    listed = glue == "," and any(t.text in ("and", "&") for t in span)
    if not (
        span.label_ == "ORG"
        and place is not None
        and (glue in ("and", "&") or listed)
        and span[0].text[:1].isupper()
        and span[0].text not in ("NHS", "HSC")
        and span[-1].lower_ in JOINT_HEADS
        and gaz.org(span.text) is None
    ):
        return None
    start = place.start
    if (
        start > 0
        and start - 1 not in taken
        and doc[start - 1].is_title
        and not doc[start - 1].is_stop
    ):
        start -= 1  # "Royal" Liverpool
    if start > 0 and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_stop:
        return None
    return start


def names_another_body(span: Span, hits: list[Span]) -> bool:
    """A known name and then title-case words ending in a body's head word name another body:
    "Guy's & St Thomas' Foundation", "King's College Hospital", "Sue Ryder Wheatfields
    Hospice"."""
    if len(hits) != 1 or hits[0].label_ != "ORG" or hits[0].start != span.start:
        return False
    rest = span.doc[hits[0].end : span.end]
    return (
        1 <= len(rest) <= 3
        and all(t.is_alpha and t.text[:1].isupper() for t in rest)
        and rest[-1].lower_ in BODY_HEADS
    )


def extended(span: Span) -> Span:
    """A known organisation's name followed by title-case words and a body's head word is
    another body's name: "Sue Ryder Wheatfields Hospice" (not Sue Ryder)."""
    doc = span.doc
    for k in (1, 2, 3):
        end = span.end + k
        rest = doc[span.end : end]
        if end > len(doc) or not all(t.is_alpha and t.text[:1].isupper() for t in rest):
            break
        if rest[-1].lower_ in BODY_HEADS and doc[span.end - 1].whitespace_:
            return Span(
                doc,
                span.start,
                end,
                label="ORG",
                kb_id=doc[span.start : end].text,
                span_id="rule:named-body",
            )
    return span


def before_role(span: Span) -> Span:
    """An organisation's name without the words of the job title it runs into ("Department
    of Health Permanent | Secretary", "Westbay Health Board's Medical | Director"): trailing
    role words and a possessive, when a capitalised role head follows."""
    doc = span.doc
    if span.end >= len(doc):
        return span
    head = doc[span.end]
    if not head.text[:1].isupper() or singular(head.lower_) not in ROLE_HEADS:
        return span
    end = span.end
    while end - span.start > 1 and (
        doc[end - 1].lower_ in ROLE_MODIFIERS or doc[end - 1].text in ("'s", "’s", "'", "’")
    ):
        end -= 1
    return doc[span.start : end] if end < span.end else span


SAINT = frozenset({"St", "St.", "Saint"})


def saints_body(doc: Doc, start: int, end: int, heads: frozenset[str]) -> tuple[int, int]:
    """An organisation's span [start, end) with the saint its name opens with: the model tags
    "Elowen Hospice" in "St Elowen Hospice", or stops "St Brannock's Hospice" at the saint's
    name ("St Brannock" and "'s Hospice, Truro").

    >>> import spacy
    >>> doc = spacy.blank("en")("Chair, St Brannock's Hospice, Truro")
    >>> saints_body(doc, 2, 4, frozenset({"hospice"}))
    (2, 6)
    """
    if start > 0 and doc[start - 1].text in SAINT and not doc[start - 1].ent_type_:
        start -= 1
    if doc[start].text not in SAINT or end - start > 3 or end + 1 >= len(doc):
        return start, end
    if doc[end].text not in ("'s", "’s") or not doc[end + 1].is_title:
        return start, end
    stop = end + 1
    while stop < len(doc) and stop - end <= 4 and doc[stop].is_title:
        stop += 1
        if doc[stop - 1].lower_ in heads:
            return start, stop
    return start, end


SPACED_DASHES = frozenset({"-", "–", "—", "--"})


def relabel(span: Span, label: str, source: str) -> Span:
    """`span` as an entity of `label` found by `source`; a person's name ends at a spaced
    dash (name_end)."""
    end = name_end(span.doc, span.start, span.end) if label == "PERSON" else span.end
    kept = span.doc[span.start : end]
    return Span(span.doc, kept.start, kept.end, label=label, kb_id=kept.text, span_id=source)


def name_end(doc: Doc, start: int, end: int) -> int:
    """Where a person's name from `start` ends: at a dash with a space before it, if any
    ("Orla Kennedy - Speech and Language Therapist"); a double-barrelled name has none."""
    return next(
        (
            k
            for k in range(start + 1, end)
            if doc[k].text in SPACED_DASHES and doc[k - 1].whitespace_
        ),
        end,
    )


APPOSITIVE_WORDS = 6  # words of a role set after a name and a comma, up to "at" or "of"
_APPOSITIVE_END = frozenset({",", "at", "of", "for", "with", "in", ".", "(", ";", ":", "-", "–"})


def role_follows(doc: Doc, end: int) -> bool:
    """Whether a span ending at token `end` is followed by a comma and a job title ending in a
    role's head word ("…, Community Engagement Lead at Foyle Hospice", "…, Hearing
    Therapist", "…, a postural stability instructor employed by …"): a person's name, as a
    body's never is."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    start = end + 1
    if start < len(doc) and doc[start].lower_ in ("a", "an"):  # ", a postural stability
        said: list[str] = []  # instructor employed by …": a role, whatever follows it
        for token in doc[start + 1 : start + 1 + APPOSITIVE_WORDS]:
            if not token.is_alpha or token.is_sent_start:
                break
            said.append(token.text)
            if job_title(said):
                return True
        return False
    words = []
    for token in doc[start : start + APPOSITIVE_WORDS]:
        if token.lower_ in _APPOSITIVE_END or token.is_space or token.is_sent_start:
            break  # the role ends at "at", "of", a comma, or the end of its line
        words.append(token)
    return bool(words) and words[0].text[:1].isupper() and job_title([t.text for t in words])


def job_title(words: list[str]) -> bool:
    """Whether a few words end in a role's head word ("Community Engagement Lead",
    "Pharmacists"): a job title."""
    last = words[-1].lower().strip(".,") if words else ""
    return last in ROLE_HEADS or last.rstrip("s") in ROLE_HEADS
