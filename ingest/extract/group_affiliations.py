"""Affiliations stated once for several people, or for the writer (used by
ingest.extract.affiliations). Each rule reads a family of phrasings:

- **a team and its people**: an organisation's team, staff or members, then a list of
  names: "The wider Improvement Analytics Unit team also includes A, B, … and C", "the team
  at O: A and B", "O trustees are A and B";
- **a delegation**: people in one sentence separated by semicolons, each with a role, one
  organisation named among them: "Denise Coia, the chair of HIS; Robbie Pearson, chief
  executive; and Dr Brian Robson, medical director";
- **staff named by their roles**: a sentence about an organisation's staff, then people
  introduced by their job titles in it or the next sentence (which names no other
  organisation): "Three members of staff from the Northern Trust were among the winners …
  Lead Nurse for Palliative Care Joanne Currie was named …, and midwife Kirsty Deal …";
- **members**: "P is a Q member", "P, …, and a Q member since 2018", "Q member P";
- **the writer**: the person a piece is by ("By P", "Written by P", "P shares …" at the top)
  and the organisation the writer says is theirs: "our work at the Health Foundation",
  "When I joined Q", "I work for O".

Each rule yields (person, organisation, rule name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise

from spacy.tokens import Doc, Span

from graph.model import fold
from graph.reference.names import TITLES, name_words
from ingest.extract.sentences import doc_text, ents_of, sentence_at, sentence_of, starting

WORDS = name_words()
LIST_GLUE = frozenset({",", "and", "&"})
GROUP_NOUNS = frozenset(
    {"team", "teams", "staff", "members", "colleagues", "trustees", "board", "panel", "group"}
)
LIST_VERBS = frozenset(
    {"includes", "include", "included", "including", "comprises", "comprise", "comprised"}
    | {"are", "were", "is", "was", ":"}
)
TEAM_WINDOW = GROUP_NOUNS | LIST_VERBS | {"wider", "also", "core", "whole", "the", "'s", "’s"}
TEAM_WINDOW |= {"of", "at", "from", "our", "its", "made", "up", "now", "currently"}
STAFF = frozenset({"staff", "colleagues", "employees", "nurses", "doctors", "members", "team"})
AWARD_VERBS = frozenset(
    """won win wins scooped received receive awarded runner runner-up shortlisted finalist finalists
    celebrating commended""".split()
)
MEMBERSHIP = WORDS["membership"]
FIRST_PERSON = frozenset({"i", "we", "our", "my", "us"})
WRITER_VERBS = frozenset(
    """shares share reflects reflect writes write explains explain discusses discuss tells
    describes describe blogs looks considers argues introduces""".split()
)
BYLINE = re.compile(  # "By P", "Blog | Q community | Posted by P" (a page's parts before it)
    r"^\s*(?:[^|·\n]{0,40}[|·]\s*){0,4}(?:(?:blog\s+|written\s+|posted\s+)?by\s+|author:\s*)",
    re.IGNORECASE,
)
WRITER_WINDOW = frozenset(
    """work works worked working role job post team teams colleagues colleague and i me we us
    my our within in at the here based employed am are is was were have has been joined join
    joining as a an when since currently now also both where for""".split()
)
OTHERS = frozenset({"partners", "partner", "funders", "funder", "friends", "hosts", "supporters"})
FUNCTION_WORDS = frozenset(
    """and or but than while whereas against versus vs alongside between across to before
    until""".split()
)
WRITER_TOP = 400  # characters: a writer is named at the top of the piece

Found = tuple[Span, Span, str]


class GroupAffiliations:
    """The rules above over one document's entities."""

    def __init__(self, is_role: Callable[[str], bool], block: frozenset[str]) -> None:
        self.is_role = is_role
        self.block = block
        self.verbs = block - FUNCTION_WORDS

    def __call__(self, doc: Doc, pronouns: Sequence[Span] = ()) -> list[Found]:
        """`pronouns`: "He"/"She" read as persons, for the members rule ("She chairs … and
        is a Q member")."""
        persons = [e for e in ents_of(doc) if e.label_ == "PERSON"]
        orgs = [e for e in ents_of(doc) if e.label_ == "ORG"]
        if not persons or not orgs:
            return []
        subjects = sorted([*persons, *pronouns], key=lambda e: e.start)
        return [
            *self._teams(doc, persons, orgs),
            *self._delegations(doc, persons, orgs),
            *self._staff(doc, persons, orgs),
            *self._members(doc, subjects, persons, orgs),
            *self._writer(doc, persons, orgs),
        ]

    # -- a team and its people ------------------------------------------------------------

    def _teams(self, doc: Doc, persons: list[Span], orgs: list[Span]) -> Iterator[Found]:
        for chain in _chains(persons):
            first = chain[0]
            sent = sentence_of(first)
            before = _inside(orgs, sent.start, first.start)
            if not before:
                continue
            org = before[-1]
            window = [t for t in doc[org.end : first.start] if not t.is_space]
            words = {t.lower_ for t in window}
            if (
                0 < len(window) <= 6
                and words <= TEAM_WINDOW
                and words & GROUP_NOUNS
                and words & LIST_VERBS
            ):
                for person in chain:
                    yield person, org, "rule:team-includes"

    # -- a delegation ---------------------------------------------------------------------

    def _delegations(self, doc: Doc, persons: list[Span], orgs: list[Span]) -> Iterator[Found]:
        seen: set[int] = set()
        for person in persons:
            sent = sentence_of(person)
            if sent.start in seen:
                continue
            seen.add(sent.start)
            cuts = [t.i for t in sent if t.text == ";"]
            if len(cuts) < 1:
                continue
            bounds = list(pairwise([sent.start, *cuts, sent.end]))
            in_sent = starting(orgs, sent.start, sent.end)
            named = {fold(o.text) for o in in_sent}
            if len(named) != 1:
                continue
            org = in_sent[0]
            segments = []
            for a, b in bounds:
                inside = _inside(persons, a, b)
                if len(inside) != 1 or inside[0].end >= b or doc[inside[0].end].text != ",":
                    continue
                segments.append((inside[0], doc[inside[0].end + 1 : b]))
            if len(segments) < 2 or org.start >= segments[0][1].end:
                continue  # the body named by the first of them, or before them: a body named
                # by a later one is only theirs ("…; and Pat Housley, a Healthwatch volunteer")
            for who, role in segments:
                if any(o is not org for o in _inside(orgs, role.start, role.end)):
                    continue
                if all(self._role_word(t.lower_) or not t.is_alpha for t in role):
                    yield who, org, "rule:delegation"

    def _role_word(self, word: str) -> bool:
        return self.is_role(word) or word in ("the", "a", "an", "of", "for", "and", "in")

    # -- staff named by their roles -------------------------------------------------------

    def _staff(self, doc: Doc, persons: list[Span], orgs: list[Span]) -> Iterator[Found]:
        for org in orgs:
            k = org.start - 1
            if k > 0 and doc[k].lower_ == "the":
                k -= 1
            after = doc[org.end].lower_ if org.end < len(doc) else ""
            if after in STAFF:  # "Four Belfast Trust nurses have received awards"
                yield from self._winners(doc, persons, orgs, org)
                continue
            if (
                k < 1
                or doc[k].lower_ not in ("from", "at", "of", "in")
                or doc[k - 1].lower_ not in STAFF
            ):
                continue
            if k > 1 and doc[k - 2].lower_ in ("her", "his", "their"):
                continue  # "her team at O": one person's team, said of someone else
            yield from self._winners(doc, persons, orgs, org)
            sent = sentence_of(org)
            nxt = sentence_at(doc, sent.end) if sent.end < len(doc) else sent
            if any(fold(o.text) != fold(org.text) for o in _inside(orgs, nxt.start, nxt.end)):
                nxt = sent
            for person in starting(persons, sent.start, nxt.end):
                if self._titled(person):
                    yield person, org, "rule:staff-by-role"

    def _winners(
        self, doc: Doc, persons: list[Span], orgs: list[Span], org: Span
    ) -> Iterator[Found]:
        """ "Six members of staff from O have won awards ... P, from Banbridge, won the
        Leadership Award ... P was runner-up": the staff a piece says won, named after it,
        until another body's staff are spoken of."""
        sent = sentence_of(org)
        if not any(t.lower_ in AWARD_VERBS for t in sent):
            return
        for person in starting(persons, sent.end, len(doc)):
            there = sentence_of(person)
            words = {t.lower_ for t in there}
            if any(
                fold(o.text) != fold(org.text) and _staff_of(o)
                for o in _inside(orgs, there.start, there.end)
            ):
                return  # another body's staff
            first = starting(persons, there.start, there.end)[:1]
            if (words & AWARD_VERBS and first and first[0].start == person.start) or (
                words & AWARD_VERBS and _coordinated(first, person)
            ):
                yield person, org, "rule:staff-won"

    def _titled(self, person: Span) -> bool:
        """Introduced by a job title: "Lead Nurse for Palliative Care Joanne Currie",
        "midwife Kirsty Deal"."""
        doc = person.doc
        i = person.start - 1
        while i >= 0 and doc[i].lower_.rstrip(".") in TITLES:
            i -= 1
        word = doc[i].lower_ if i >= 0 else ""
        return (
            i >= 0
            and not doc[i].ent_type_
            and doc[i].is_alpha
            and word not in ("and", "of", "for", "the")
            and self.is_role(word)
        )

    # -- members --------------------------------------------------------------------------

    def _members(
        self, doc: Doc, subjects: list[Span], persons: list[Span], orgs: list[Span]
    ) -> Iterator[Found]:
        """`subjects`: the persons and the pronouns read as persons; `persons`: the named."""
        for org in orgs:
            if org.end >= len(doc) or doc[org.end].lower_ not in MEMBERSHIP:
                continue
            after = org.end + 1
            if after < len(doc) and doc[after].text in (":", ","):
                after += 1
            named = starting(subjects, after, after + 1)
            if named:  # "Q member Ewan Stirling", "Being a Q member: Ruth Jordan"
                yield named[0], org, "rule:org-member-person"
                continue
            if org.start < 1 or doc[org.start - 1].lower_ not in ("a", "an", "and"):
                continue  # ("…, Belfast Trust, and Q member since 2019": one of her parts)
            sent = sentence_of(org)
            ahead = starting(subjects, sent.start, org.start)
            subject = ahead[0] if ahead else None
            if subject is None and _SELF_MEMBER.search(doc[sent.start : org.start].text):
                writer = _writer_of(doc, persons)  # "I have been a Q member since 2018"
                if writer is not None:
                    yield writer, org, "rule:writer-is-org-member"
                continue
            between = doc[subject.end : org.start] if subject is not None else None
            if (
                subject is not None
                and between is not None
                and not any(t.lower_ in self.block or t.text in (";", ":") for t in between)
                and len(ahead) == 1
            ):  # "P is a Q member", "P, Associate Director at X, and a Q member since 2018"
                yield subject, org, "rule:person-is-org-member"

    # -- the writer -----------------------------------------------------------------------

    def _writer(self, doc: Doc, persons: list[Span], orgs: list[Span]) -> Iterator[Found]:
        writer = _writer_of(doc, persons)
        if writer is None:
            return
        for org in orgs:
            sent = sentence_of(org)
            window = list(doc[max(sent.start, org.start - 10) : org.start])
            mine = next((k for k, t in enumerate(window) if t.lower_ in FIRST_PERSON), None)
            if mine is None or (org.end < len(doc) and doc[org.end].text in ("'s", "’s")):
                continue
            said = window[mine:]
            if any(t.lower_ in OTHERS for t in said) or not all(
                t.lower_ in WRITER_WINDOW
                or self.is_role(t.lower_)
                or (t.text[:1].isupper() and not t.ent_type_)
                for t in said
            ):  # "our work at O", not "we held a workshop at O", "our partners at O"
                continue
            last = [t.lower_ for t in said if t.lower_ != "the"][-1:]
            if last and last[0] in ("at", "joined", "join", "joining", "within", "for"):
                yield writer, org, "rule:writer-org"


def _staff_of(org: Span) -> bool:
    """ "nurses from O", "staff in the O", "O nurses": the organisation's staff spoken of."""
    doc = org.doc
    k = org.start - 1
    if k > 0 and doc[k].lower_ == "the":
        k -= 1
    after = doc[org.end].lower_ if org.end < len(doc) else ""
    return after in STAFF or (
        k >= 1 and doc[k].lower_ in ("from", "at", "of", "in") and doc[k - 1].lower_ in STAFF
    )


def _coordinated(first: list[Span], person: Span) -> bool:
    """ "Linda Grubb and Angela Owens ... won": the person joins the sentence's first one."""
    if not first or first[0].end >= person.start:
        return False
    gap = person.doc[first[0].end : person.start]
    return len(gap) <= 2 and all(t.text in LIST_GLUE for t in gap)


def _inside(spans: list[Span], a: int, b: int) -> list[Span]:
    return [s for s in starting(spans, a, b) if s.end <= b]


def _chains(persons: list[Span]) -> list[list[Span]]:
    """Runs of persons joined by commas and "and" ("A, B, … and C")."""
    chains: list[list[Span]] = []
    for person in persons:
        if chains:
            last = chains[-1][-1]
            gap = person.doc[last.end : person.start]
            if all(t.text in LIST_GLUE or t.lower_.rstrip(".") in TITLES for t in gap):
                chains[-1].append(person)
                continue
        chains.append([person])
    return chains


def _writer_of(doc: Doc, persons: list[Span]) -> Span | None:
    """The person the piece is by: on a byline ("By P", "Written by P") near the top, or the
    subject of a telling verb in its first lines ("Anna Markland shares more about ...")."""
    text = doc_text(doc)
    for person in persons:
        if person.start_char > WRITER_TOP:
            break
        line = text[text.rfind("\n", 0, person.start_char) + 1 : person.start_char]
        if BYLINE.match(line):
            return person
        sent = sentence_of(person)
        if any(t.lower_ in WRITER_VERBS for t in doc[person.end : min(sent.end, person.end + 3)]):
            return person
    return _profiled(text, persons)


_SELF_MEMBER = re.compile(  # the writer says they are a member: "I have been a", "As a"
    r"(?:\b(?:I|I[’']m)(?:\s+(?:am|have|had|been|was|became|also|now|proudly|proud\s+to\s+be))*"
    r"|^\s*(?:and\s+)?as)\s+an?\s*$",
    re.IGNORECASE,
)
FIRST_PERSON_TEXT = re.compile(r"(?:^|[\s“\"'‘])(?:I am|I’m|I'm|I work|I joined|I lead)\b")


def _profiled(text: str, persons: list[Span]) -> Span | None:
    """A profile or blog whose title line names one person and whose text then speaks as "I"
    ("KHPeople: Prof Dame X" ... "I am also a governor at O"): that person writes it."""
    first = text.find("\n")
    first = len(text) if first < 0 else first
    titled = [p for p in persons if p.end_char <= first]
    if len({p.text for p in titled}) != 1 or not FIRST_PERSON_TEXT.search(text, first):
        return None
    return titled[0]
