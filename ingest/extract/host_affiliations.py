"""The page's own organisation for people given a role and no organisation (used by
ingest.extract.affiliations).

A news release, a bio or an awards write-up on an organisation's page introduces its own staff
by their job titles alone:

    Chief Executive Jane Roe said ...            current chairman, Professor Jane Roe
    Jane Roe (Phlebotomy Lead): stressed ...     Jane Roe, a Non-Executive Director on our Board
    Jane Roe is our Director of Nursing.         Infant Mental Health Key Worker, Jane Roe, won
    Director of nursing – Jane Roe, currently Westbay nursing director

The page's organisation (the host) is the organisation named in the document's first block (its
title, or its first line): "Westbay Trust staff honoured at awards" (of several there, the one
the page names most, by name or as "the trust"); when the title
names none, the organisation that opens the next block, the subject of the page's first
sentence ("Westbay Hospice has announced their acting chief executive, ..."). A person so
introduced, for whom no other rule found an organisation anywhere in the document, works at
the host. A list line that opens with the role and a dash ("Director of nursing – Jane Roe, ...")
names the post on the host's list, so it holds even when the line goes on to a current post
elsewhere. On a trust's or a health board's page about its staff (an awards night for "staff
from across the Westbay Trust"), someone placed at one of its sites only (a hospital, a
practice, a centre: "Ann Box, Respiratory Nurse Specialist, Westbay Hospital") works at the host
as well. Roles that hold an office elsewhere are not the host's (ministers, MPs,
councillors), nor are past roles ("former chief executive").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from graph.model import fold
from graph.reference.names import TITLES, name_words
from ingest.extract.factories import BLOCK_STARTS
from ingest.extract.host_lists import (
    SignOffs,
    assessing,
    keyed,
    lead_field,
    left,
    on_board,
    own_people_page,
)
from ingest.extract.sentences import doc_text, ents_of, sentence_of

WORDS = name_words()
ROLE_HEADS = WORDS["role-head"]
OFFICE = frozenset(
    """minister ministers secretary mp mps msp msps mla mlas ms councillor councillors cllr
    mayor shadow convener convenor lord baroness patient patients student students carer
    carers member members visitor supporter supporters""".split()
)  # offices held elsewhere (or no post at all): never the page's staff
PAST = frozenset({"former", "formerly", "previous", "previously", "ex", "late", "retired"})
ROLE_GLUE = frozenset({"of", "and", "&", "for", "-", "–", "non"})
LEADING = frozenset(
    {"current", "currently", "new", "our", "their", "its", "the", "a", "an", "now", "trust"}
)
SAYING = frozenset({"said", "says", "added", "explained", "commented", "stressed"})
LINKING = frozenset({"is", "has", "been", "will", "be", "remains", "serves", "as"})
BETWEEN = frozenset({"by", "with", "at", "in", "to", "on", "from", "the", "a", "an", "as"})
GENERIC = frozenset({"nhs", "the nhs"})
DASHES = frozenset({"–", "—", "-", ":"})
SITES = frozenset(
    "hospital infirmary practice surgery centre center clinic unit ward".split()
)  # the places a trust runs, not bodies of their own standing
EVENTS = frozenset("event events workshop conference summit session".split())
HOSTS_WITH_SITES = frozenset({"trust", "board"})  # NHS trusts, HSC trusts, health boards
OWNING = frozenset({"the", "this", "our", "its"})
STAFF = frozenset("staff colleagues employees workforce nurses".split())
LIST_ROLE_WORDS = 12  # a longer run before the dash is prose, not a role
Found = tuple[Span, Span, str]


def host_of(doc: Doc) -> Span | None:
    """The organisation a record's lead-organisation field names at its top (host_lists.
    lead_field), else the organisation named in the document's first block (title or first
    line), else the one that opens the first sentence of prose under it ("The Trust's board …",
    "This year Barnardo's Scotland worked with …", "Welcome to RQIA's annual report"). When the
    first block names several, the host is the one the page goes on to talk about most (by
    name, or as "the trust", "the hospice"), a body before one of the sites a trust runs: "Ann
    Roe, former chief executive of Westshire Council, is the new chair of Eastmere NHS Trust" is
    a page of the trust's."""
    text = doc_text(doc)
    start, end = lead_field(text)
    named = [e for e in ents_of(doc) if e.label_ == "ORG" and _named(e)]
    stated = next((e for e in named if start <= e.start_char < end), None) if end else None
    if stated is not None:
        return stated
    starts = sorted(s for s in doc.user_data.get(BLOCK_STARTS) or () if s > 0)
    line_end = text.find("\n")
    end = min([*starts[:1], line_end if line_end > 0 else len(text)])
    named = [e for e in named if e.start_char < end]
    if named:
        mentions = _mentions(doc, text)
        return max(named, key=lambda org: (_body(org), mentions(org), -org.start))
    opening = len(text) - len(text[end:].lstrip())  # where the second block's text starts
    for start in dict.fromkeys((opening, _prose_start(text, opening))):  # (or the prose's)
        ent = next((e for e in ents_of(doc) if e.start_char >= start), None)
        lead = text[start : ent.start_char].strip().lower() if ent is not None else ""
        if (
            ent is not None
            and ent.label_ == "ORG"
            and _named(ent)
            and _SUBJECT_LEAD.fullmatch(lead)
        ):
            return ent
    return None


_SUBJECT_LEAD = re.compile(  # words before a page's body opening its first sentence
    r"(?:(?:this|last)\s+year,?|in\s+\d{4}(?:[/-]\d{2,4})?,?|welcome\s+to)?\s*(?:the)?"
)
HEADING_WORDS = 10  # a line of more words, or ending a sentence, is prose


def _prose_start(text: str, at: int) -> int:
    """Where the first line of prose from `at` starts: past short heading lines ("Statement
    from the Chief Executive")."""
    for _ in range(3):
        line_end = text.find("\n", at)
        line = text[at : line_end if line_end >= 0 else len(text)].strip()
        if line_end < 0 or len(line.split()) > HEADING_WORDS or line.endswith((".", ":", "?", "!")):
            return at
        at = len(text) - len(text[line_end:].lstrip())
    return at


def _top_lines(doc: Doc) -> str:
    """The page's title line and the heading line under it, if short: "Humber and North
    Yorkshire Health and Care Partnership" / "Integrated Care Partnership – membership"."""
    lines = [line for line in doc_text(doc)[:400].split("\n") if line.strip()][:2]
    return " / ".join(lines[:1] + [line for line in lines[1:] if len(line.split()) <= 10])


def _body(org: Span) -> bool:
    """Not one of the sites a trust runs (a hospital, a practice, a centre)."""
    return org[-1].lower_ not in SITES


def _mentions(doc: Doc, text: str) -> Callable[[Span], int]:
    """How often the document names an organisation, or refers to it by its kind word ("the
    Trust"): each name and kind word counted once for the document, not once per org asked."""
    by_name = Counter(fold(e.text) for e in ents_of(doc) if e.label_ == "ORG")
    by_kind: dict[str, int] = {}

    def count(org: Span) -> int:
        head = org[-1].lower_
        if not head.isalpha():
            return by_name[fold(org.text)]
        if head not in by_kind:
            pattern = re.compile(rf"\bthe {re.escape(head)}\b", re.IGNORECASE)
            by_kind[head] = len(pattern.findall(text))
        return by_name[fold(org.text)] + by_kind[head]

    return count


def _named(org: Span) -> bool:
    """A proper name, not "NHS" alone or one title-case word ("Winners")."""
    words = org.text.split()
    if fold(org.text) in GENERIC or org[-1].lower_ in EVENTS:
        return False  # (an event is no body: "Rapid Improvement Event report-out: …")
    return len(words) > 1 or (org.text.isupper() and len(org.text) > 1)


class HostAffiliations:
    """Finds (person, host organisation, rule) for persons introduced by a bare role."""

    def __init__(self, is_role: Callable[[str], bool]) -> None:
        self.is_role = is_role

    def __call__(
        self, doc: Doc, linked: Iterable[Span], pairs: Iterable[tuple[Span, Span]] = ()
    ) -> list[Found]:
        host = host_of(doc)
        signing = self._signing(doc, host)
        if host is None:
            return signing
        taken = {_key(p) for p in linked}
        pairs = list(pairs)
        out: list[Found] = _at_sites(host, pairs) + _in_units(host, pairs) + signing
        signers = {p.start for p, _, _ in signing}
        org_starts = [e.start_char for e in ents_of(doc) if e.label_ == "ORG"]  # in order
        team = own_people_page(_top_lines(doc))
        for person in (e for e in ents_of(doc) if e.label_ == "PERSON"):
            if len(person.text.split()) < 2 or person.start in signers or assessing(person):
                continue
            rule = _listed(person) or on_board(person) or keyed(person, host, org_starts)
            if rule is None and team and not left(person):
                rule = "rule:host,team-page"
            if rule is None and _councillor(person, host):
                rule = "rule:host,councillor"
            if rule is None and _key(person) not in taken:
                rule = self._before(person) or self._after(person)
            if rule is not None:
                out.append((person, host, rule))
        return out

    def _signing(self, doc: Doc, host: Span | None) -> list[Found]:
        """Who signs the page off (ingest.extract.host_lists.SignOffs): the body named on the
        sign-off's last line, else the host."""
        out: list[Found] = []
        orgs = [e for e in ents_of(doc) if e.label_ == "ORG"]
        sign_offs = SignOffs(doc_text(doc))
        for person in (e for e in ents_of(doc) if e.label_ == "PERSON"):
            last = sign_offs.signed(person, self.is_role) if len(person.text.split()) > 1 else None
            if last is None:
                continue
            named = next((o for o in orgs if o.start == last.start and o.end == last.end), None)
            if named is not None:
                out.append((person, named, "rule:signature,body"))
            elif host is not None:
                out.append((person, host, "rule:host,signature"))
        return out

    def _role(self, tokens: list[Token]) -> bool:
        """Role words with a head ("Chief Executive", "director of nursing"), no office held
        elsewhere, no past, no name in them."""
        words = [t.lower_ for t in tokens]
        return (
            bool(words)
            and words[-1] not in ROLE_GLUE
            and any(w in ROLE_HEADS for w in words)
            and not any(w in OFFICE or w in PAST for w in words)
            and not any(t.ent_type_ in ("PERSON", "ORG", "GPE", "LOC") for t in tokens)
        )

    def _in_role(self, token: Token) -> bool:
        """A word of a job title: a role word, glue, or a title-case word of its specialty
        ("Infant Mental Health Key Worker")."""
        return (
            self.is_role(token.lower_)
            or token.lower_ in ROLE_GLUE
            or (token.is_alpha and token.is_title and not token.ent_type_)
        ) and not (token.lower_.rstrip(".") in TITLES or token.lower_ in BETWEEN)

    def _before(self, person: Span) -> str | None:
        """ "Chief Executive Jane Roe said", "current chairman, Professor Jane Roe"."""
        doc, sent = person.doc, sentence_of(person)
        i = person.start - 1
        while i >= sent.start and doc[i].lower_.rstrip(".") in TITLES:
            i -= 1
        if i >= sent.start and doc[i].text == ",":
            i -= 1
        j = i
        while j >= sent.start and self._in_role(doc[j]):
            j -= 1
        if j == i or not self._role(list(doc[j + 1 : i + 1])):
            return None
        if j >= sent.start and not (
            doc[j].lower_ in LEADING
            or doc[j].is_punct
            or doc[j].is_space
            or doc[j].lower_ in ("by", "with")
            or doc[j].lower_ in SAYING  # '"…," says staff nurse P'
        ):
            return None  # "Westbay Trust Chair P" (another rule) or "X's director P"
        if j >= sent.start and doc[j].lower_ in LEADING:
            k = j
            while k >= sent.start and doc[k].lower_ in LEADING:
                k -= 1
            if k >= sent.start and (doc[k].lower_ in PAST or doc[k].ent_type_ == "ORG"):
                return None
        return "rule:host,role-person"

    def _after(self, person: Span) -> str | None:
        """ "P (Role):", "P, Role, said", "P, a Role on our Board,", "P is our Role."."""
        doc, sent = person.doc, sentence_of(person)
        i = person.end
        if i >= sent.end:
            return None
        opener = doc[i].lower_
        if opener not in (",", "(") and opener not in LINKING:
            return None
        i += 1
        while i < sent.end and (doc[i].lower_ in LEADING or doc[i].lower_ in LINKING):
            i += 1
        j = i
        while j < sent.end and (self._in_role(doc[j]) or _specialty(doc, j, sent.end)):
            j += 1
        role = list(doc[i:j])
        j = _its_part(doc, i, j, sent.end)  # "clinical lead for the unit"
        if j > i + len(role):
            role.pop()  # its "for"
        if j == i or not self._role(role):
            return None
        if j + 2 < sent.end and [t.lower_ for t in doc[j : j + 3]] == ["on", "our", "board"]:
            j += 3  # "a Non-Executive Director on our Board"
        closer = doc[j] if j < sent.end else None
        if closer is None or closer.text in (".", ":", ";"):
            return "rule:host,person-role"
        if opener == "(" and closer.text.startswith(")"):  # spaCy keeps "):" one token
            return "rule:host,person-(role)"
        if closer.text == "," and j + 1 < sent.end and doc[j + 1].lower_ in SAYING:
            return "rule:host,person-role-said"
        if opener == "," and closer.lower_ in SAYING:  # "P, Lead Consultant in X said:"
            return "rule:host,person-role-said"
        if opener != "(" and closer.text == "," and j + 1 < sent.end and doc[j + 1].is_lower:
            return "rule:host,person-role"
        return None


COUNCILLOR = frozenset({"councillor", "cllr", "cllr."})


def _councillor(person: Span, host: Span) -> bool:
    """ "Councillor P" on a council's own page: a member of the council (a councillor named on
    another body's page holds an office elsewhere)."""
    doc = person.doc
    return (
        host[-1].lower_ in ("council", "councils")
        and person.start > 0
        and doc[person.start - 1].lower_ in COUNCILLOR
        and not (person.start > 1 and doc[person.start - 2].lower_ in PAST)
    )


def _its_part(doc: Doc, i: int, j: int, end: int) -> int:
    """Past a role's own part of the body in lower case ("Consultant Geriatrician and clinical
    lead for the unit", "lead for the service"): where the role ends."""
    if not (i < j < end and doc[j - 1].lower_ in ("for", "of") and doc[j].lower_ in OWNING):
        return j
    k = j + 1
    while k < min(end, j + 4) and doc[k].is_lower and doc[k].is_alpha:
        k += 1
    return k if k > j + 1 else j


def _specialty(doc: Doc, i: int, end: int) -> bool:
    """ "in" inside a job title, before its title-case specialty: "Consultant in Palliative
    Care"."""
    return (
        doc[i].lower_ == "in"
        and i + 1 < end
        and doc[i + 1].is_title
        and not doc[i + 1].ent_type_
        and i > 0
        and doc[i - 1].is_title
    )


def _at_sites(host: Span, pairs: Iterable[tuple[Span, Span]]) -> list[Found]:
    """Those the other rules place at sites only (`pairs` of person and organisation), when
    the host is a body that runs sites."""
    if host[-1].lower_ not in HOSTS_WITH_SITES:
        return []
    opening = host.doc[: host.sent.end] if host.doc.has_annotation("SENT_START") else host
    if not any(t.lower_ in STAFF for t in opening):
        return []  # a page about the trust's work: its consultant works at the hospital
    return [
        (person, host, "rule:host,site")
        for person in _placed_only(pairs, lambda org: org[-1].lower_ in SITES)
    ]


def _placed_only(pairs: Iterable[tuple[Span, Span]], where: Callable[[Span], bool]) -> list[Span]:
    """The persons (of full names: not a pronoun standing for one, nor a bare name) every
    organisation of whose `pairs` is `where` says."""
    places: dict[str, list[Span]] = {}
    persons: dict[str, Span] = {}
    for person, org in pairs:
        if len(person.text.split()) < 2:
            continue
        persons.setdefault(_key(person), person)
        places.setdefault(_key(person), []).append(org)
    return [persons[key] for key, orgs in places.items() if all(map(where, orgs))]


UNIT_OPENERS = frozenset({"faculty", "school", "department", "dept", "division", "directorate"})


def _in_units(host: Span, pairs: Iterable[tuple[Span, Span]]) -> list[Found]:
    """Those the other rules place in units only that name no body of their own ("the
    study's principal investigator in the School of Nursing and Midwifery" on a university's
    page): they work at the host, the body the unit is part of."""
    if host[0].lower_ in UNIT_OPENERS:
        return []
    return [
        (person, host, "rule:host,unit")
        for person in _placed_only(
            pairs, lambda org: org[0].lower_ in UNIT_OPENERS and " at " not in org.text
        )
    ]


def _listed(person: Span) -> str | None:
    """ "Director of nursing – Jane Roe, currently ...": a line that opens with a role (a role
    head, no office held elsewhere, no past, no name) and a dash before the person."""
    doc = person.doc
    if person.start < 2 or doc[person.start - 1].text not in DASHES:
        return None
    line_start = doc_text(doc).rfind("\n", 0, person.start_char) + 1
    role = [t for t in doc[: person.start - 1] if t.idx >= line_start and not t.is_space]
    if not role or len(role) > LIST_ROLE_WORDS or not role[0].is_title:
        return None
    words = {w for t in role for w in t.lower_.split("/")}
    if not words & ROLE_HEADS or words & (OFFICE | PAST):
        return None
    if any(t.ent_type_ in ("PERSON", "ORG") for t in role):
        return None
    return "rule:host,role-list"


def _key(person: Span) -> str:
    return fold(person.text)
