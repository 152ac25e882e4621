"""A span the model tagged PERSON, judged with what the whole document says (a step of
ingest.extract.document_entities):

- its edges: post-nominals dropped ("Eluned Probert MS"), an action's verb before its owner
  left out ("Rebook Shirin"), and a post ("Board Chair Lorna Strathdee"); a given name before
  it and a hyphenated or particled surname after it taken in ("Agnes Rooney", "Trish
  Armstrong-Child"), and an unknown given name opening its line ("Morven Hepburn-Ansah, Chief
  Executive");
- no person: a banner in capitals ("PRODUCTION LOG"), a venue ("AK Bell Library"), a saint in
  a body's name ("St Luke's Hospice", which becomes the body), a job title
  ("Ward Pharmacist", "appointed Interim Chair of"), a word the document also writes in lower
  case (or ends in one after an initial: a citation's "Meredudd A. Postpartum"), one word
  that is neither a given name, a known surname nor after a title, initials of
  the words in brackets after it, a programme's name;
- an organisation: "Chief Executive Officer of Mental Health Matters, Jane Hughes said".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from graph.model import fold
from graph.reference.gazetteer import Gazetteer
from graph.reference.names import POST_NOMINALS, capitalised
from ingest.extract.initialled import is_title
from ingest.extract.name_parts import (
    apostrophe_tail,
    hyphen_tail,
    hyphenated,
    particle_tail,
    relabel,
    sikh_tail,
)
from ingest.extract.org_shape import STREET, STREET_OR_NAME
from ingest.extract.programme_names import names_a_programme

SAINT = frozenset({"St", "St.", "Saint"})
VENUE_HEADS = STREET | STREET_OR_NAME | {"hall", "centre", "center", "chapel", "library"}
JOB_ENDING = re.compile(r"(?:olog|iatr|therap|pharmac)ists?$|icians?$")  # "Rheumatologist",
# "Paediatrician": a job whatever the vocabulary holds, never a surname
ASKED_TO = frozenset(  # verbs an action item opens with, before whoever is to do it
    "ask book rebook offer put send check chase invite email e-mail call ring phone share "
    "thank contact arrange confirm update remind circulate tell give".split()
)


@dataclass(frozen=True)
class PersonSpans:
    """Checks the model's PERSON spans. Holds only configuration, as DocumentFixer does."""

    gaz: Gazetteer
    org_heads: frozenset[str]
    role_words: frozenset[str]

    def __call__(self, ent: Span, lower_words: set[str], surnames: set[str]) -> list[Span]:
        """The person `ent` names, its edges mended; [] when it is no person, an organisation
        when it names one. `lower_words`: the words the document also writes in lower case;
        `surnames`: the last words of its persons of two words or more."""
        doc = ent.doc
        start, end = ent.start, ent.end
        while end - start > 1 and (
            doc[end - 1].text in POST_NOMINALS
            or (
                end - start > 2
                and doc[end - 1].text.isupper()
                and self.gaz.profession(doc[end - 1].text)
            )
        ):  # "Dr Sian Bell GP": the letters of a profession after the name
            end -= 1
        if (
            end - start >= 2
            and doc[start].lower_ in ASKED_TO
            and self.gaz.given_name(doc[start + 1].text)
        ):
            start += 1  # an action's verb before its owner: "Rebook Shirin", "Offer Mhairi"
        if (
            end - start >= 2
            and doc[start].is_sent_start
            and (doc[start].lower_ in lower_words or doc[start].lower_ + "s" in lower_words)
            and not self.gaz.given_name(doc[start].text)
            and self.gaz.given_name(doc[start + 1].text)
        ):
            start += 1  # "Patient Brian, 79, …", "Champion Rukhsana said": a word the text
            # writes in lower case, capitalised only because it opens the sentence
        if (
            end - start >= 3
            and doc[start].lower_ in self.role_words
            and not self.gaz.given_name(doc[start].text)
            and self.gaz.given_name(doc[start + 1].text)
        ):
            start += 1  # "RCN Scotland Board Chair Lorna Strathdee": the post before the name
        words = [t for t in doc[start:end] if t.is_alpha]
        if len(words) >= 2 and words[0].text.isupper() and words[0].lower_ in self.org_heads:
            return [relabel(doc[start:end], "ORG", "rule:person-body")]  # "HMP Berwyn"
        if (
            start > 0
            and doc[start - 1].lower_ == "the"
            and end < len(doc)
            and doc[end].lower_ in self.org_heads
        ):
            return []  # "the Taf Ely cluster", "the Riverside practice": a body's name
        if (
            len(words) >= 2
            and all(t.text.isupper() and len(t.text) > 1 for t in words)
            and not self.gaz.given_name(words[0].text)
        ):
            return []  # a banner in capitals: "PRODUCTION LOG", "RESEARCH ARTICLE"
        if (
            len(words) >= 2
            and words[-1].lower_ in VENUE_HEADS
            and not self.gaz.given_name(words[0].text)
        ):
            return []  # a place: "Perth Concert Hall", "Orchard Park", "Queen's Square"
        if (
            start > 0
            and not doc[start - 1].ent_type_
            and capitalised(doc[start - 1].text)
            and self.gaz.given_name(doc[start - 1].text)
        ):
            start -= 1  # "Agnes Rooney" tagged "Rooney"
        elif (
            start > 0
            and end - start >= 2  # a hyphenated or two-word surname: "Hepburn-Ansah"
            and _line_start(doc, start - 1)
            and not doc[start - 1].ent_type_
            and capitalised(doc[start - 1].text)
            and doc[start - 1].is_alpha
            and not doc[start - 1].is_stop
            and doc[start - 1].lower_ not in lower_words
            and doc[start - 1].lower_ not in self.role_words
            and doc[start - 1].lower_ not in self.org_heads
            and not is_title(doc[start - 1].text)
        ):
            start -= 1  # a signature's "Morven Hepburn-Ansah, Chief Executive", the given
            # name unknown to the gazetteer, opening its line
        if (
            end - start == 1
            and end < len(doc)
            and doc[end].is_alpha
            and capitalised(doc[end].text)
            and doc[start].whitespace_
            and hyphen_tail(doc, end + 1) > end + 1
        ):
            end += 1  # "Trish" tagged alone in "Trish Armstrong-Child"
        end = hyphen_tail(doc, particle_tail(doc, apostrophe_tail(doc, sikh_tail(doc, end))))
        span = doc[start:end]
        if span[0].text in SAINT:
            stop = end
            if (
                stop + 1 < len(doc)
                and doc[stop].text in ("'s", "’s")
                and capitalised(doc[stop + 1].text)
            ):
                stop += 2
                while (
                    stop < len(doc)
                    and capitalised(doc[stop].text)
                    and doc[stop - 1].lower_ not in self.org_heads
                ):
                    stop += 1
                if doc[stop - 1].lower_ in self.org_heads:
                    return [relabel(doc[start:stop], "ORG", "rule:saint")]
            return []
        words = [t for t in span if t.is_alpha]
        if (
            start >= 2
            and doc[start - 1].lower_ in ("of", "at")
            and doc[start - 2].lower_ in self.role_words
            and len(words) >= 2
            and not self.gaz.given_name(words[0].text)
            and end < len(doc)
            and doc[end].text == ","
        ):  # "Chief Executive Officer of Mental Health Matters, Jane Hughes said"
            return [relabel(span, "ORG", "rule:role-of-org")]
        if (
            words
            and not self.gaz.given_name(words[0].text)
            and (
                words[-1].lower_ in self.role_words
                or self.gaz.profession(words[-1].text)
                or JOB_ENDING.search(words[-1].lower_) is not None
            )
            and not hyphenated(words[-1].i, doc)  # "Armstrong-Child"
        ):
            return []
        if words and all(t.lower_ in self.role_words for t in words):
            return []  # "appointed Interim Chair of ..."
        if (
            len(words) >= 2
            and not self.gaz.given_name(words[0].text)
            and fold(span.text) in self.gaz.org_openings
        ):
            return []  # "Annual Report 2025 · Cwm Taf Morgannwg · …": a body's first words
        if (
            len(words) >= 2
            and not self.gaz.given_name(words[0].text)
            and words[-1].lower_.endswith("s")
            and words[-1].lower_ in lower_words
        ):
            return []  # "Healthy Homes, Healthy Tenants": a plural the text writes in lower case
        if len(span) == 1 and _title_before_of(span):
            return []  # "is currently Dean of the School of Public Health"
        if len(span) == 1 and _initials_in_brackets(span):
            return []  # "Niamh (Northern Ireland Association for Mental Health)"
        if len(span) == 1 and (
            span.text.lower() in lower_words or not self._single_name(span[0], surnames)
        ):
            return []
        if (
            len(span) >= 3
            and span[-1].lower_ in lower_words
            and any(len(t.text.rstrip(".")) == 1 and t.text[0].isupper() for t in span[1:-1])
        ):
            return []  # a citation's "…, Meredudd A. Postpartum contraception …": the
            # surname, the initial, then the title's first word
        if len(words) >= 2 and names_a_programme(doc, end):
            return []  # "Healthy Futures family weight management programme"
        if (start, end) != (ent.start, ent.end):
            return [relabel(span, "PERSON", ent.id_ or "ner")]
        return [ent]

    def _single_name(self, token: Token, surnames: set[str]) -> bool:
        """A one-word person: a given name, a known surname, or a name after a title."""
        doc = token.doc
        return (
            self.gaz.given_name(token.text)
            or token.text in surnames
            or (token.i > 0 and is_title(doc[token.i - 1].text))
        )


def _title_before_of(span: Span) -> bool:
    doc = span.doc
    return (
        span.start > 0
        and doc[span.start - 1].is_lower
        and doc[span.end : span.end + 1].text == "of"
        and span.end + 1 < len(doc)
        and (doc[span.end + 1].lower_ == "the" or capitalised(doc[span.end + 1].text))
    )


def _initials_in_brackets(span: Span) -> bool:
    """A one-word name whose letters are the initials of the words in brackets after it."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "(":
        return False
    close = next((t.i for t in doc[span.end + 1 : span.end + 14] if t.text == ")"), None)
    if close is None:
        return False
    initials = "".join(t.text[0] for t in doc[span.end + 1 : close] if capitalised(t.text))
    return len(initials) >= 3 and initials.upper() == span.text.upper()


def _line_start(doc: Doc, i: int) -> bool:
    """Token `i` opens a line of the text."""
    return i == 0 or "\n" in doc[i - 1].text_with_ws
