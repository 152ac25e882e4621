"""A role stated as what a person is, far from the name (used by ingest.extract.affiliations):

    He has written a column for the Westbay Gazette for seven years, and is both a visiting
    fellow at the Northvale Fund and a visiting professor at Eastbury University.

An organisation that closes "is [both|also|currently|now] [a|an|the] ROLE at|of|for|with O"
(the role has a role word: "visiting professor", "director of operations") is where the
sentence's person works, and so is the one closing "and a|an|the ROLE at O" right after such a
predicate, or "has been a ROLE of O since 2019" (held still); so is one the person joined ("who
has been deputy director since joining O in 2015", "Jane Roe, who trained in Leeds, joined O in
May"). The person is the nearest one named (or the pronoun standing for one) before the verb in
that sentence. Past forms ("was", "has been" without "since") are left out: a former post
gives nothing.

A body's own post after a link verb is the person's too: "Jolene is Q's Community Manager for
Northern Ireland", "P has been the RCN's lead for …" (`possessed`); so is a role in a clause
about the body: "O, where ward manager P introduced …" (`where`); and a post taken in a body
named first: "At NHS 24, P becomes …", "O has a new head of patient safety: P" (`introduced`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from graph.reference.names import TITLES
from ingest.extract.affiliation_words import GLUE
from ingest.extract.sentences import sentence_of

LINKS = frozenset({"is", "are", "remains", "becomes"})
ADVERBS = frozenset({"both", "also", "currently", "now", "still", "presently", "already"})
ARTICLES = frozenset({"a", "an", "the"})
POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "your"})
PREPOSITIONS = frozenset({"at", "of", "for", "with"})
ROLE_WORDS_MOST = 5
POSSESSED_LINKS = (["is"], ["has", "been"], ["became"], ["becomes"], ["remains"])  # not "was"
JOINING = frozenset({"joined", "joining", "joins", "join"})
PAST = frozenset({"former", "previous", "ex", "late", "outgoing"})
Found = tuple[Span, Span, str]
WHERE = frozenset({"PLACE", "GPE", "LOC"})  # a site named by where it is
TAKING = frozenset({"becomes", "is", "joins", "takes", "has", "will", "leads", "heads", "chairs"})


class RolePredicates:
    def __init__(self, is_role: Callable[[str], bool], role_heads: frozenset[str]) -> None:
        self.is_role = is_role
        self.role_heads = role_heads

    def __call__(self, ents: list[Span]) -> list[Found]:
        out: list[Found] = []
        stated: set[int] = set()  # sentences (by start) with a predicate found so far
        for org in (e for e in ents if e.label_ == "ORG"):
            verb = self._predicate(org, stated)
            if verb is None:
                continue
            sent = sentence_of(org)
            before = [e for e in ents if e.label_ == "PERSON" and sent.start <= e.start < verb]
            if before:
                stated.add(sent.start)
                out.append((before[-1], org, "rule:person-is-role-org"))
        return out

    def possessed(self, between: Span, org: Span) -> str | None:
        """ "P is O's Community Manager": `between` (P to O) is a link verb, and O's possessive
        is followed by a role with a head ("manager", "lead"; not "P is Q's most active
        member" without one)."""
        words = [t.lower_ for t in between if not t.is_space]
        if words[-1:] == ["the"]:
            words.pop()
        if words not in POSSESSED_LINKS:
            return None
        after = [t for t in org.doc[org.end : org.end + 6] if not t.is_space]
        if len(after) < 2 or after[0].text not in ("'s", "’s"):
            return None
        role = next((t for t in after[1:] if t.lower_ not in GLUE and not t.like_num), None)
        if role is None or not self.is_role(role.lower_):
            return None
        if not any(t.lower_ in self.role_heads for t in after[1:]):
            return None
        return "rule:person-is-org's-role"

    def where(self, between: Span) -> str | None:
        """ "O, where ward manager P introduced …", "O's community hospital in Brecon, where
        nurse consultant P led …": a clause about a body, opened by "where" and a role (a role
        head last: not "where patient P"), names who works there. `between` runs from O to P."""
        tokens = [t for t in between if not t.is_space]
        k = next((k for k, t in enumerate(tokens) if t.lower_ == "where"), 0)
        if k == 0 or tokens[k - 1].text != ",":
            return None
        role = [t.lower_ for t in tokens[k + 1 :] if t.lower_.rstrip(".") not in TITLES]
        if not 1 <= len(role) <= ROLE_WORDS_MOST or role[-1] not in self.role_heads:
            return None
        if not all(self.is_role(w) or w in GLUE for w in role):
            return None
        about = tokens[: k - 1]  # the body's own site: "'s community hospital in Brecon"
        if len(about) > 6 or any(
            not (t.text in ("'s", "’s") or t.is_lower or t.ent_type_ in WHERE) for t in about
        ):
            return None
        return "rule:org,where-role-person"

    def introduced(self, org: Span, between: Span, person: Span) -> str | None:
        """ "At NHS 24, P becomes director of nursing", "Improvement Cymru has a new head of
        patient safety: P": a body named first, then who takes a post in it."""
        doc = org.doc
        tokens = [t for t in between if not t.is_space]
        words = [t.lower_ for t in tokens]
        if words == [","]:
            at = org.start - 1
            opens = at >= 0 and doc[at].lower_ == "at" and doc[at].is_sent_start
            after = doc[person.end].lower_ if person.end < len(doc) else ""
            return "rule:at-org,person-takes" if opens and after in TAKING else None
        if len(words) < 4 or words[:3] not in (["has", "a", "new"], ["have", "a", "new"]):
            return None
        role = words[3:-1]
        if words[-1] not in (":", ",") or not role or role[-1] in GLUE:
            return None
        if all(self.is_role(w) or w in GLUE for w in role) and any(
            w in self.role_heads for w in role
        ):
            return "rule:org-has-new-role,person"
        return None

    def _predicate(self, org: Span, stated: set[int]) -> int | None:
        """The index of the verb (or of "and" after a predicate) that states the role."""
        doc, sent = org.doc, sentence_of(org)
        k = org.start - 1
        if k > sent.start and doc[k].lower_ == "the":
            k -= 1
        if k > sent.start and doc[k].lower_ in JOINING:
            return k
        if k <= sent.start or doc[k].lower_ not in PREPOSITIONS:
            return None
        k -= 1
        words: list[str] = []
        while k > sent.start and len(words) < ROLE_WORDS_MOST and doc[k].lower_ not in ARTICLES:
            token = doc[k]
            if not token.is_alpha or token.lower_ in LINKS | ADVERBS | {"and"}:
                break
            if token.lower_ in POSSESSIVES:
                return None  # "and leads its partnership with O": the body's work, no post
            words.append(token.lower_)
            k -= 1
        if not any(w in self.role_heads for w in words) or any(w in PAST for w in words):
            return None  # "She is the former chief executive of O": a post left
        if doc[k].lower_ in ARTICLES:
            k -= 1
        while k > sent.start and doc[k].lower_ in ADVERBS:
            k -= 1
        if doc[k].lower_ in LINKS:
            return k
        if _still(doc, k, org.end):
            return k - 1  # "and has been a trustee of O since 2019": the post is held still
        if doc[k].text in ("’s", "'s") and doc[k - 1].lower_ in ("he", "she"):
            return k  # "He's a trustee of O", not "NHSE's director for O"
        if doc[k].lower_ == "and" and sent.start in stated:
            return k
        return None


def _still(doc: Doc, k: int, end: int) -> bool:
    """ "has been" at `k` and "since" right after the organisation (ending at `end`)."""
    return (
        doc[k].lower_ == "been"
        and doc[k - 1].lower_ in ("has", "have")
        and end < len(doc)
        and doc[end].lower_ == "since"
    )
