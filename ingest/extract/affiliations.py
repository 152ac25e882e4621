"""The `qkg_affiliations` step: person -> organisation affiliations stated in a sentence.

Patterns (P = person, O = organisation, R = role words such as "chief executive"):
    P, a R at O        P (O)        P, O, said        P – R, O (attendee lines)
    P from/of/at O     P, who leads O        O's P        O's R, P        O R P
    R of O, P, said    P and P from O (both)
Each found pair is stored on `doc._.qkg_affiliations` as
(person_start, person_end, org_start, org_end, rule) in token offsets.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from graph.reference.gazetteer import Gazetteer
from graph.reference.names import POST_NOMINALS, TITLES
from ingest.extract.affiliation_words import (
    APPOINTED,
    APPOINTING,
    BEING,
    BLOCK,
    CLOSERS,
    DASHES,
    GLUE,
    NOT_STAFF,
    NOW,
    OPENERS,
    PASSIVE_OK,
    ROLE_WORDS,
    SPEAKING,
    TAKING_UP,
    WORDS,
    WORKING,
)
from ingest.extract.appointments import (
    Appointments,
    former_frame,
    joining_clauses,
    pronoun_persons,
)
from ingest.extract.group_affiliations import GroupAffiliations
from ingest.extract.host_affiliations import HostAffiliations
from ingest.extract.joining_lists import joining_lists
from ingest.extract.line_affiliations import LineAffiliations
from ingest.extract.meetings import members_in_prose
from ingest.extract.org_shape import release as release_shape
from ingest.extract.predicates import POSSESSIVES, RolePredicates
from ingest.extract.references import Antecedents
from ingest.extract.sentences import doc_text, ents_of, same_sentence
from ingest.extract.succession import successions, taking_up

if not Doc.has_extension("qkg_affiliations"):
    Doc.set_extension("qkg_affiliations", default=None)


AREAS = frozenset({"NATION", "PLACE", "GPE", "LOC"})  # the area a role covers, inside it
MOVING = frozenset(
    "join joins joined joining move moves moved moving transfers transferred".split()
)


class AffiliationFinder:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gaz = gazetteer
        self.role_words = (
            ROLE_WORDS
            | TITLES
            | {
                w
                for p in gazetteer.professions
                for f in (p.name, *p.aliases)
                for w in f.lower().split()
            }
        )
        self.antecedents = Antecedents(gazetteer, self.role_words.__contains__, BLOCK - {"and"})
        self.groups = GroupAffiliations(self.role_words.__contains__, BLOCK - {"and"})
        self.appointments = Appointments(BLOCK - {"and"})
        self.lines = LineAffiliations(self.role_words.__contains__, WORDS["role-head"])
        self.hosts = HostAffiliations(self.role_words.__contains__)
        self.predicates = RolePredicates(self.role_words.__contains__, WORDS["role-head"])

    def __call__(self, doc: Doc) -> Doc:
        ents = [e for e in ents_of(doc) if e.label_ in ("PERSON", "ORG")]
        stands_for = {
            p.start: person
            for p, person in pronoun_persons(doc, [e for e in ents if e.label_ == "PERSON"])
        }
        if stands_for:  # "He is currently the chief executive at O": the pronoun read as P
            pronouns = [Span(doc, i, i + 1, label="PERSON") for i in stands_for]
            ents = sorted([*ents, *pronouns], key=lambda e: e.start)
        found: dict[tuple[int, int, int, int], str] = {}
        for i, first in enumerate(ents):
            if i + 1 >= len(ents):
                break
            second = ents[i + 1]
            if not _same_sentence(first, second):
                continue
            between = doc[first.end : second.start]
            rule = None
            if first.label_ == "PERSON" and second.label_ == "ORG":
                rule = self._person_org(between) or self.predicates.possessed(between, second)
                person, org = first, second
                if rule is not None and _appointer(first, between):
                    rule = None  # "appointed by P, the Cabinet Secretary, as Chair of O"
            elif first.label_ == "ORG" and second.label_ == "PERSON":
                rule = (
                    self._org_person(first, between, second)
                    or self.predicates.where(between)
                    or self.predicates.introduced(first, between, second)
                )
                person, org = second, first
            if rule is None or (person.start in stands_for and not self._working(between)):
                continue
            if former_frame(person, org):  # "Before joining O1 she worked for O2"
                continue
            found[(person.start, person.end, org.start, org.end)] = rule
            if person is first and i + 2 < len(ents) and self._next_role(org, ents[i + 2]):
                nxt = ents[i + 2]  # "P, R at O1 and R of O2"
                found[(person.start, person.end, nxt.start, nxt.end)] = rule + "+and"
            if person is second and i > 0 and _within(ents[i - 1], org):
                o1 = ents[i - 1]  # "O1, part of O2, where ward manager P …": O1 too
                found[(person.start, person.end, o1.start, o1.end)] = rule + "+part"
            step = -1 if person is first else 1  # "P and P from O" / "O's P and P"
            j = i - 1 if person is first else i + 2
            while (
                0 <= j < len(ents) and ents[j].label_ == "PERSON" and _same_sentence(ents[j], org)
            ):
                near = ents[j + 1] if step < 0 else ents[j - 1]
                gap = doc[min(near.end, ents[j].end) : max(near.start, ents[j].start)]
                if not gap or any(t.text not in (",", "and", "&") for t in gap):
                    break
                found[(ents[j].start, ents[j].end, org.start, org.end)] = rule + "+coord"
                j += step
        for person, org, rule in [
            *self._past_apposition(ents),
            *self.antecedents(doc),
            *self.groups(doc, [e for e in ents if e.start in stands_for]),
            *self.appointments(doc),
            *joining_clauses(ents),
            *self.predicates(ents),
            *self.lines(doc),
            *joining_lists(doc),
        ]:
            found.setdefault((person.start, person.end, org.start, org.end), rule)
        named = {start: person for start, person in stands_for.items()}  # pronoun -> name
        persons = [(e, named.get(e.start, e)) for e in ents if e.label_ == "PERSON"]
        appointed = [  # the posts people are appointed to or take up: what a successor takes
            (named.get(k[0], doc[k[0] : k[1]]), doc[k[2] : k[3]])  # over
            for k, rule in found.items()
            if "appoint" in rule or taking_up(doc[min(k[1], k[3]) : max(k[0], k[2])])
        ]
        for person, org, rule in successions(doc, persons, appointed):
            found.setdefault((person.start, person.end, org.start, org.end), rule)
        linked = [doc[key[0] : key[1]] for key in found]
        linked += [stands_for[k[0]] for k in found if k[0] in stands_for and k[1] == k[0] + 1]
        members = members_in_prose(doc, linked)
        linked += [person for person, _, _ in members]
        pairs = [(doc[k[0] : k[1]], doc[k[2] : k[3]]) for k in found]
        hosted = self.hosts(doc, linked, pairs)  # last: the unlinked, and those at sites
        for person, org, rule in [*members, *hosted]:
            found.setdefault((person.start, person.end, org.start, org.end), rule)
        if stands_for:
            found = {
                _as_named(key, stands_for): rule
                for key, rule in sorted(found.items(), reverse=True)
            }
        doc._.qkg_affiliations = [(*k, v) for k, v in sorted(found.items())]
        # the sentence starts, text and token texts stay cached on the doc: the claims read
        # from it next ask for them again (it is dropped once they are read)
        release_shape(doc)
        return doc

    def _past_apposition(self, ents: list[Span]) -> list[tuple[Span, Span, str]]:
        """ "P, the current chief executive of HIS (HIS), has been appointed interim chief
        executive of NHS 24": past an apposition between commas, an appointment to O."""
        out = []
        for i, person in enumerate(ents):
            if person.label_ != "PERSON" or person.end >= len(person.doc):
                continue
            if person.doc[person.end].text != ",":
                continue
            for org in ents[i + 2 : i + 5]:
                if org.label_ != "ORG" or not _same_sentence(person, org):
                    continue
                tokens = [t for t in person.doc[person.end : org.start] if not t.is_space]
                commas = [k for k, t in enumerate(tokens) if t.text == ","]
                tail = tokens[commas[-1] + 1 :] if len(commas) >= 2 else []
                if tail and tail[-1].lower_ == "the":
                    tail.pop()
                if (
                    2 <= len(tail) <= 12  # "has been elected as one of two new Vice Presidents of"
                    and tail[0].lower_ in ("has", "have", "was", "is", "will", "had")
                    and any(t.lower_ in APPOINTED for t in tail)
                    and tail[-1].lower_ in ("of", "at", "for", "to")
                    and not any(t.lower_ in BLOCK - {"and", "to"} for t in tail)
                ):
                    out.append((person, org, "rule:person,apposition,appointed"))
        return out

    def _working(self, between: Span) -> bool:
        """A pronoun's sentence says a role or work: "He is currently the chief executive
        at", "She has worked for" (not "He has a track record of leading change within")."""
        return any(
            (t.lower_ in self.role_words and t.lower_ not in GLUE) or t.lower_ in WORKING
            for t in between
        )

    def _next_role(self, org: Span, nxt: Span) -> bool:
        """ "P, chief executive of O1 and chair of O2", "P is R at O1 and has worked for O2":
        a second organisation after "and" and role words; "P, Director of O1 at O2"."""
        if nxt.label_ != "ORG" or not _same_sentence(org, nxt):
            return False
        tokens = [t for t in org.doc[org.end : nxt.start] if not t.is_space and t.text != ","]
        if len(tokens) > 1 and tokens[-1].lower_ == "the":
            tokens.pop()
        if [t.lower_ for t in tokens] == ["at"] and org.doc[org.start - 1].lower_ in ("of", "for"):
            return True  # "P, Managing Director of O1 at O2": O1 is part of O2's work
        if _within(org, nxt):
            return True  # "P is Head of Improvement at O1, part of O2": O1 is within O2
        return (
            2 <= len(tokens) <= 8
            and tokens[0].lower_ == "and"
            and tokens[-1].lower_ in CLOSERS - {",", "(", "by"}
            and not any(t.lower_ in BLOCK - {"and"} or t.text in (".", ";", ":") for t in tokens)
            and not any(t.lower_ in POSSESSIVES for t in tokens)  # "and leads its work with"
            and all(
                t.lower_ in self.role_words or t.is_lower or t.text in DASHES for t in tokens[1:]
            )
        )

    def _person_org(self, between: Span) -> str | None:
        tokens = [t for t in between if not t.is_space]
        while tokens and tokens[0].text in POST_NOMINALS:  # "P OBE, Chief Executive of O"
            tokens.pop(0)
        if len(tokens) > 1 and tokens[-1].lower_ == "the":  # "a researcher at the University of X"
            tokens.pop()
        if not tokens:
            return None
        if tokens[0].text == "," and len(tokens) > 1 and all(t.lower_ in NOW for t in tokens[1:]):
            return "rule:person,org"  # "P, currently O's chief financial officer"
        if (
            tokens[0].text == ","
            and len(tokens) > 1
            and all(t.text[:1].isupper() and t.lower_ in self.role_words for t in tokens[1:])
            and tokens[-1].lower_ in WORDS["role-head"]
        ):
            return "rule:person,role-org"  # "Rita Devlin, Director RCN Northern Ireland"
        blocked = BLOCK - {"and"}
        if any(t.lower_ in APPOINTED for t in tokens):  # "appointed to the post of R in O"
            blocked = blocked - {"to"}
        if len(tokens) > 14 or any(
            t.lower_ in blocked
            and not (t.lower_ == "to" and n.lower_ in TAKING_UP)
            and not (t.lower_ in PASSIVE_OK and p.lower_ in BEING)
            for p, t, n in zip(
                [tokens[0], *tokens], tokens, [*tokens[1:], tokens[-1]], strict=False
            )
        ):
            return None
        ands = [k for k, t in enumerate(tokens) if t.lower_ == "and"]
        if (
            ands
            and (tokens[0].text != "," or tokens[1].lower_ in ("and", "who"))
            and not all(self._inside_role(tokens, k) for k in ands)
        ):  # "and" only inside a role: "P, GP and clinical lead for X, O", "P is Professor of
            return None  # Health Policy and Primary Care at O"
        if any(t.lower_ in NOT_STAFF and n.lower_ in CLOSERS for t, n in pairwise(tokens)):
            return None
        first, last = tokens[0], tokens[-1]
        if first.lower_ not in OPENERS or last.lower_ not in CLOSERS:
            return None
        if last.lower_ == "from" and any(t.lower_ in MOVING for t in tokens):
            return None  # "P, who joins us from O", "P moved from O": where they were before
        if any(t.text in (".", ";", ":", "?", "!", '"', "“", "”") for t in tokens):
            return None
        if first.text == "(" and len(tokens) == 1:
            return "rule:person-(org)"
        if first.text == "," and len(tokens) == 1:
            return "rule:person,org"
        if first.text in DASHES:
            return "rule:attendee"
        return "rule:person-role-org"

    def _inside_role(self, tokens: list[Token], k: int) -> bool:
        """The "and" at `k` joins two parts of a job title ("Director of Strategy and
        Transformation", "Professor of Health Policy and Primary Care")."""
        if not 0 < k < len(tokens) - 1:
            return False
        return all(
            (t.is_alpha and t.text[:1].isupper() and not t.ent_type_) or t.lower_ in self.role_words
            for t in (tokens[k - 1], tokens[k + 1])
        )

    def _org_person(self, org: Span, between: Span, person: Span) -> str | None:
        tokens = [t for t in between if not t.is_space and t.text not in ("-", "–")]
        doc = org.doc
        if org.start > 0 and doc[org.start - 1].lower_ in ("former", "ex"):
            return None  # "former NHS chief executive P"
        role = all(t.lower_ in self.role_words for t in tokens[1:]) or all(  # "and" inside
            0 < k < len(tokens) - 1 and tokens[k - 1].is_title and tokens[k + 1].is_title
            for k, t in enumerate(tokens)  # a role: "Director of Unscheduled and Acute Care"
            if t.lower_ == "and"
        )
        if any(t.lower_ in BLOCK - ({"and"} if role else set()) for t in tokens):
            return None
        if not tokens or len(tokens) > (12 if tokens[0].text in ("'s", "’s") else 8):
            return None
        if "\n" in between.text_with_ws or any(t.lower_ in NOT_STAFF for t in tokens):
            return None
        if tokens[0].text in ("'s", "’s", "'", "’"):
            rest = tokens[1:]
            if all(t.text == "," or t.lower_ in self.role_words for t in rest):
                return "rule:org's-person"
            while rest and rest[-1].lower_.rstrip(".") in TITLES:
                rest = rest[:-1]  # "..., Cllr P"
            if (  # "Leeds City Council's cabinet member for adult social care, Cllr P"
                len(rest) > 1
                and any(t.lower_ in WORDS["role-head"] for t in rest)
                and rest[-1].text == ","
                and all(
                    t.text == ","
                    or t.lower_ in self.role_words
                    or t.is_lower
                    or t.ent_type_ in AREAS  # "Q's Northern Ireland community lead, P"
                    for t in rest
                )
            ):
                return "rule:org's-role,person"
            if (  # "The Belfast Trust's Director of Unscheduled and Acute Care, P"
                len(rest) > 3
                and rest[0].lower_ in WORDS["role-head"]
                and rest[1].lower_ in ("of", "for")
                and rest[-1].text == ","
                and all(t.is_title or t.lower_ in GLUE for t in rest[2:-1])
            ):
                return "rule:org's-role,person"
            return None
        if all(t.lower_ in self.role_words for t in tokens) or (
            len(tokens) > 1
            and tokens[-1].text == ","
            and all(t.lower_ in self.role_words for t in tokens[:-1])
        ):  # "Grove House chief executive, Mark Lister, said"
            return "rule:org-role-person"
        words = {t.lower_ for t in tokens}
        if words & APPOINTED and words <= APPOINTED | APPOINTING:
            return "rule:org-appointed-person"  # "NHS Fife has appointed Jane Smith"
        if [t.text for t in tokens] == [","] and org.start >= 2:
            before = doc[org.start - 1]
            if (
                before.lower_ in ("of", "at", "for")
                and doc[org.start - 2].lower_ in self.role_words
            ):
                return "rule:role-of-org,person"
            k = org.start - 2 if before.lower_ == "the" else org.start - 1
            if k >= 1 and (
                (doc[k].lower_ == "for" and doc[k - 1].lower_ in SPEAKING)
                or doc[k - 1 : k + 1].text.lower() == "behalf of"
            ):
                return "rule:speaking-for-org,person"  # "Speaking for the RCN, Pat Cullen said"
        return None


def _within(o1: Span, o2: Span) -> bool:
    """ "O1, part of O2", "O1, a part of the O2": O1 is within O2."""
    words = [t.lower_ for t in o1.doc[o1.end : o2.start] if not t.is_space and t.text != ","]
    if words[-1:] == ["the"]:
        words.pop()
    return o1.label_ == "ORG" and words in (["part", "of"], ["a", "part", "of"])


def _appointer(person: Span, between: Span) -> bool:
    """The person appoints rather than is appointed: "appointed by P, the R, as R of O"."""
    doc = person.doc
    return (
        person.start > 0
        and doc[person.start - 1].lower_ == "by"
        and any(t.lower_ == "as" for t in between)
    )


def _as_named(
    key: tuple[int, int, int, int], stands_for: dict[int, Span]
) -> tuple[int, int, int, int]:
    """A pair found for a pronoun, given for the person it stands for."""
    person = stands_for.get(key[0]) if key[1] == key[0] + 1 else None
    return key if person is None else (person.start, person.end, key[2], key[3])


def _same_sentence(a: Span, b: Span) -> bool:
    doc = a.doc
    # the text between them (doc[a.end : b.start].text_with_ws) runs over a blank line
    if a.end < b.start and "\n\n" in doc_text(doc)[doc[a.end].idx : doc[b.start].idx]:
        return False
    if not doc.has_annotation("SENT_START"):
        return True
    return same_sentence(doc, a.start, b.start)
