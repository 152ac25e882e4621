"""Affiliations stated across a sentence or through a pronoun (used by
ingest.extract.affiliations):

- **pronouns**: "He is currently the chief executive at O", "She has been chair of O": "He" or
  "She" opening a sentence stands for the first person of the last sentence naming one (the
  subject of the story so far), or for whom that sentence's own opening pronoun stands; inside a
  sentence, for the first person named before it in that sentence. `pronoun_persons` gives
  each such pronoun as a one-token PERSON span and the person
  it stands for, so the sentence rules read it as a name;
- **an organisation appoints**: "O has appointed former NHS chief executive P as its new chair",
  "O have confirmed the appointment of P, CBE, as chairman of the trust";
- **a clause of joining**: "Before joining the Health Foundation she worked for ...", "Since
  joining CNTW in 2019, Imran has ...": the sentence's subject (a person or a pronoun read as
  one) joined O; what the sentence says they did before joining is a former role
  (`former_frame`);
- **an appointment announced, then named**: "O has announced the appointment of a new chief
  executive. P will take over the role ...", "A new chief executive has been appointed at O.
  P, who is originally from ..., will take up the post" (the next sentence opens with P).

Each rule yields (person, organisation, rule name).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from ingest.extract.sentences import ents_of, sentence_at, sentence_of, starting, token_texts

PRONOUN_FORMS = frozenset({"he", "she", "He", "She", "HE", "SHE"})
APPOINTING = frozenset(
    """appointed appoints appoint appointment named names welcomed welcomes recruited elected
    confirmed""".split()
)
ANNOUNCING = frozenset({"appointed", "appoints", "appointment", "named"})
SUBJECT_GAP = frozenset(
    """has have had today recently formally newly now also been is was the a an its their
    confirmed announced officially""".split()
)
JOINING_OPENERS = frozenset({"before", "since", "after", "prior", "on", "when"})
FORMER_OPENERS = frozenset({"before", "prior", "until"})  # what follows was before now
KIND_NOUNS = frozenset(
    """trust trusts board boards organisation organisations body bodies provider providers
    hospital hospitals service services team teams staff""".split()
)
Found = tuple[Span, Span, str]


def pronoun_persons(doc: Doc, persons: list[Span]) -> list[tuple[Span, Span]]:
    """(pronoun as a PERSON span, the person it stands for) for every "He"/"She"."""
    if not persons:
        return []
    out: list[tuple[Span, Span]] = []
    for i, word in enumerate(token_texts(doc)):
        if word not in PRONOUN_FORMS:
            continue
        sent = sentence_at(doc, i)
        earlier = starting(persons, sent.start, i)
        if i == sent.start or not earlier:
            earlier = []
            start, tries = sent.start, 0
            while not earlier and start > 0 and tries < 2:
                prev = sentence_at(doc, start - 1)
                earlier = starting(persons, prev.start, prev.end)
                if not earlier:  # "She is ... . She joined ... . She will": the chain's person
                    earlier = [named for pro, named in out if prev.start <= pro.start < prev.end]
                start, tries = prev.start, tries + 1
        if earlier:
            span = Span(doc, i, i + 1, label="PERSON")
            out.append((span, earlier[0]))
    return out


class Appointments:
    """The appointment rules above, over one document's entities."""

    def __init__(self, block: frozenset[str]) -> None:
        self.block = block

    def __call__(self, doc: Doc) -> list[Found]:
        persons = [e for e in ents_of(doc) if e.label_ == "PERSON"]
        orgs = [e for e in ents_of(doc) if e.label_ == "ORG"]
        if not persons or not orgs:
            return []
        return [
            *self._appoints(doc, persons, orgs),
            *self._announced(doc, persons, orgs),
        ]

    def _appoints(self, doc: Doc, persons: list[Span], orgs: list[Span]) -> Iterator[Found]:
        for person in persons:
            sent = sentence_of(person)
            before = [o for o in starting(orgs, sent.start, person.start) if o.end <= person.start]
            if not before:
                continue
            org = before[0]
            near = doc[org.end : min(person.start, org.end + 5)]  # (a verb further on is too far:
            # looking only this far keeps a long list of names linear)
            verb = next((t.i for t in near if t.lower_ in APPOINTING), None)
            if verb is None or verb - org.end > 4:
                continue
            if not all(
                t.lower_ in SUBJECT_GAP or t.text in ("(", ")") or t.text.isupper()
                for t in doc[org.end : verb]
            ):  # "O (ACR) have confirmed the appointment of P"
                continue
            gap = doc[verb + 1 : person.start]
            blocked = self.block - {"former", "ex"}  # "former NHS chief executive P" is fine
            if len(gap) > 8 or any(t.lower_ in blocked or t.text in (";", ".") for t in gap):
                continue
            after = doc[person.end : min(sent.end, person.end + 8)]
            between = [o for o in orgs if verb < o.start and o.end <= person.start]
            if any(t.lower_ == "as" for t in after) and (not between or _former_only(gap, orgs)):
                yield person, org, "rule:org-appoints-person"

    def _announced(self, doc: Doc, persons: list[Span], orgs: list[Span]) -> Iterator[Found]:
        seen: set[int] = set()
        for org in orgs:
            sent = sentence_of(org)
            if sent.start in seen or sent.end >= len(doc):
                continue
            seen.add(sent.start)
            words = {t.lower_ for t in sent}
            named = {o.text.lower() for o in starting(orgs, sent.start, sent.end)}
            if not words & ANNOUNCING or len(named) != 1:
                continue
            if starting(persons, sent.start, sent.end):
                continue
            if any(_modifier(o) for o in starting(orgs, sent.start, sent.end)):
                continue  # "The NHS trust that runs ... has appointed": no name given
            nxt = sentence_at(doc, sent.end)
            k = nxt.start
            while k < nxt.end - 1 and doc[k].is_space:
                k += 1
            first = starting(persons, k, k + 1)
            if first and not starting(orgs, nxt.start, first[0].end + 3):
                yield first[0], org, "rule:appointment-announced"


def _modifier(org: Span) -> bool:
    """ "NHS trust", "NHS organisations": the name used as a word describing a kind."""
    doc = org.doc
    return org.end < len(doc) and doc[org.end].lower_ in KIND_NOUNS


def _former_only(gap: Span, orgs: list[Span]) -> bool:
    """Every organisation between the verb and the person is a former one ("former NHS chief
    executive P")."""
    doc = gap.doc
    inside = [o for o in orgs if gap.start <= o.start and o.end <= gap.end]
    return bool(inside) and all(
        o.start > 0 and doc[o.start - 1].lower_ in ("former", "ex", "ex-") for o in inside
    )


def joining_clauses(ents: list[Span]) -> Iterator[Found]:
    """ "Before joining O(,) P/she ...": the first person after O in the sentence joined O
    (`ents`: the persons, pronouns read as persons included, and organisations, in order)."""
    if not ents:
        return
    doc = ents[0].doc
    persons = [e for e in ents if e.label_ == "PERSON"]
    orgs = [e for e in ents if e.label_ == "ORG"]
    for org in orgs:
        sent = sentence_of(org)
        words = list(
            itertools.islice((t for t in doc[sent.start : org.start] if not t.is_space), 5)
        )
        if len(words) > 4:  # more words than "prior to joining the" before the body
            continue
        lowers = [t.lower_ for t in words]
        if lowers[-1:] == ["the"]:
            lowers.pop()
        if lowers not in ([w, "joining"] for w in JOINING_OPENERS) and lowers != [
            "prior",
            "to",
            "joining",
        ]:
            continue
        after = [p for p in starting(persons, org.end, sent.end) if p.start - org.end <= 5]
        if after and not starting(orgs, org.end, after[0].start):
            yield after[0], org, "rule:joining-clause"


def former_frame(person: Span, org: Span) -> bool:
    """The pair sits in a sentence opened by "Before" or "Prior to", after its opening clause:
    "Before joining the Health Foundation she worked for the SSSC" (a former role)."""
    sent = sentence_of(person)
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.lower_ not in FORMER_OPENERS:
        return False
    return person.start < org.start and first.i < person.start
