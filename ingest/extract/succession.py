"""A successor's organisation is their predecessor's (used by ingest.extract.affiliations):

    He succeeds Tom Bale, who is retiring after nine years as chairman.
    Ann Roe will take over from the current leader Tom Bale in April.
    Fiona succeeds Dr Tom Bale, President, Royal College of X, ...

When a person an organisation appoints ("O has appointed P as its chair", "P, ..., has been
elected President of O"), or who is to take up a post ("P will join O", "P will become chief
officer for O"), succeeds, replaces or takes over from another person, the one they follow
holds (or is leaving) that post at that organisation. The successor may be named before a
relative clause: "Mrs Roe, who is the current chief officer for O2, replaces the retiring Tom
Bale" (Tom Bale is O's, the post Mrs Roe takes up, not O2's). A predecessor the sentence marks
as past ("former", "the late", "who retired") is not related; nor is anyone when the
successor's post is not an appointment the document states (their own employer may differ).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from graph.model import fold
from ingest.extract.sentences import token_lowers

SUCCEEDING = frozenset({"succeeds", "succeed", "succeeding", "replaces", "replace", "replacing"})
TAKING = frozenset({"take", "takes", "taking"})  # "take over from"
PAST = frozenset({"former", "formerly", "late", "retired", "previous", "previously"})
SUBJECT_GAP = 3  # "He will", "Mark will replace", "She will take over from"
CLAUSE_GAP = 16  # "Mrs Roe, who is the current chief officer for the Westshire HSCP, replaces"
TAKING_UP = frozenset(
    """join joins joining become becomes becoming lead appointed elected named succeed""".split()
)
OBJECT_GAP = 6  # "the current leader", "current president, Dr"
Found = tuple[Span, Span, str]


def successions(
    doc: Doc, persons: list[tuple[Span, Span]], pairs: Iterable[tuple[Span, Span]]
) -> list[Found]:
    """(predecessor, organisation, rule) for each succession (see the module docstring).
    `persons` are (span in the text, person named) in order: a pronoun's span with the person
    it stands for; `pairs` the (person, organisation) appointments found so far, pronouns as
    named."""
    first_org: dict[str, Span] = {}
    for person, org in sorted(pairs, key=lambda p: p[1].start):
        first_org.setdefault(fold(person.text), org)
    out: list[Found] = []
    lowers = token_lowers(doc)
    for i in range(len(lowers)):
        verb_end = _verb_end(lowers, i)
        if verb_end is None:
            continue
        subject = _before(persons, i)
        successor = _after([span for span, named in persons if span is named], verb_end)
        if subject is None or successor is None:
            continue
        held = first_org.get(fold(subject.text)) or _by_surname(first_org, subject)
        if held is None or _past(doc, successor):
            continue
        out.append((successor, held, "rule:succession"))
    return out


def _by_surname(first_org: dict[str, Span], subject: Span) -> Span | None:
    """ "Mrs Roe" for the one full name ending "Roe" that holds a post."""
    surname = fold(subject.text).split()[-1:]
    held = [org for name, org in first_org.items() if name.split()[-1:] == surname]
    return held[0] if len(held) == 1 and len(subject.text.split()) == 1 else None


def _verb_end(lowers: list[str], i: int) -> int | None:
    """The index after "succeeds" / "replaces" / "take(s) over from" at `i` (of the
    document's lower-cased token texts), else None."""
    if lowers[i] in SUCCEEDING:
        return i + 1
    if lowers[i] in TAKING and lowers[i + 1 : i + 3] == ["over", "from"]:
        return i + 3
    return None


def taking_up(between: Span) -> bool:
    """The words between a person and an organisation take up a post there: "will join",
    "will become chief officer for", "has been appointed as"."""
    return any(t.lower_ in TAKING_UP for t in between)


def _before(persons: list[tuple[Span, Span]], i: int) -> Span | None:
    """The person named a few words before `i` (or a pronoun standing for them), or before a
    relative clause between commas ("P, who is ..., replaces"): the successor."""
    near = [named for span, named in persons if span.end <= i and i - span.end <= SUBJECT_GAP]
    if near:
        return near[-1]
    doc = persons[0][0].doc if persons else None
    if doc is None or i < 1 or doc[i - 1].text != ",":
        return None
    for span, named in reversed(persons):
        if span.end > i - 1 or i - span.end > CLAUSE_GAP:
            continue
        clause = doc[span.end : i - 1]
        if (
            len(clause) >= 2
            and clause[0].text == ","
            and clause[1].lower_ in ("who", "whose")
            and not any(t.text in (".", ";", ":", ",") for t in clause[1:])
        ):
            return named
        return None
    return None


def _after(persons: list[Span], i: int) -> Span | None:
    """The first person within a few words after `i`, nothing but words and commas between."""
    for person in persons:
        if person.start < i:
            continue
        gap = person.doc[i : person.start]
        if len(gap) > OBJECT_GAP or any(t.ent_type_ or t.text in (".", ";", ":") for t in gap):
            return None
        return person
    return None


def _past(doc: Doc, person: Span) -> bool:
    """A predecessor the sentence marks as past: "former chief executive P", "P, who retired"."""
    sent = person.sent
    before = doc[max(sent.start, person.start - 3) : person.start]
    after = doc[person.end : min(sent.end, person.end + 4)]
    return any(t.lower_ in PAST for t in (*before, *after))
