"""Document-level fixes after the `qkg_entities` merge: decisions that need the whole document.

- organisations that are persons: "Dr Ifeoma Chukwu" tagged ORG, "Leanne Fairweather of",
  a name the document also tags PERSON, "Jane Smith of Mindwise" (split into both);
- persons the model missed: "Dr Mulholland" (title + surname) and bare surnames of a person
  the document names in full ("Lockwood, a GP at ...");
- persons that are not: post-nominals ("Eluned Probert MS"), job titles ("Ward Pharmacist"),
  saints in organisation names ("St Luke's Hospice"), common words ("Burnout", "Grow");
- single capitalised words tagged ORG that the document also uses in lower case ("Carers");
- organisations cut short of a name the document gives in full (ingest.extract.grown_names);
- people known by name from the directories (ingest.extract.known_people), last.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from graph.model import fold
from graph.reference.gazetteer import Gazetteer
from graph.reference.names import PARTICLES, POST_NOMINALS, capitalised
from graph.reference.words import singular
from ingest.extract.defined_names import defined_bodies
from ingest.extract.entity_lists import (
    listed_with_organisations,
    listed_with_persons,
    names_in_lists_of_persons,
)
from ingest.extract.gazetteer_matcher import GAZ_KEY
from ingest.extract.grown_names import grown_back, through_possessive
from ingest.extract.heading_bodies import heading_bodies
from ingest.extract.initialled import is_title, with_initialled
from ingest.extract.keyed_mentions import keyed_mentions
from ingest.extract.known_people import KNOWN_PEOPLE
from ingest.extract.missed_persons import missed_persons
from ingest.extract.name_parts import (
    SPACED_DASHES,
    hyphen_tail,
    in_act_title,
    relabel,
    role_follows,
    saints_body,
    titled_head,
)
from ingest.extract.org_shape import (
    BODY_HEADS,
    ROLE_HEADS,
    STREET,
    DocWords,
    OrgShape,
    alone_on_line,
    doc_words,
)
from ingest.extract.org_units import (
    bodies_of_places,
    body_of_unit,
    sites_of_bodies,
    units_at_bodies,
)
from ingest.extract.person_spans import PersonSpans
from ingest.extract.programme_names import (
    described_as_programme,
    names_a_programme,
    programme_named,
)
from ingest.extract.sentences import doc_text, token_lowers, token_starts, token_texts
from ingest.extract.untagged_bodies import untagged_bodies

PROGRAMME_HEADS = frozenset(
    ["strategy", "plan", "programme", "framework", "act", "standards", "campaign"]
)
LANGUAGES = frozenset(
    """Urdu Punjabi Bengali Gujarati Hindi Arabic Polish Romanian Somali Tamil Tigrinya Cantonese
    Mandarin Portuguese Lithuanian Farsi Pashto Kurdish Turkish""".split()
)
NAME_BREAKS = frozenset({"of", "from", "at", "for", "with"})


_NOT_NAMES = frozenset({"", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "LANGUAGE"})  # the
# model's labels no name of ours takes: a surname tagged as one is left out of the person


class DocumentFixer:
    """Whole-document entity decisions. Holds only configuration: everything it learns about
    one document stays in that call, so one fixer serves many threads."""

    def __init__(
        self, gaz: Gazetteer, org_heads: frozenset[str], role_words: frozenset[str]
    ) -> None:
        self.gaz = gaz
        self.org_heads = org_heads
        self.role_words = role_words
        self.shape = OrgShape(gaz)
        self.persons = PersonSpans(gaz, org_heads, role_words)

    def __call__(self, doc: Doc, ents: list[Span]) -> list[Span]:
        things = _named_things(doc, {e.text for e in ents if e.label_ == "PERSON"})
        ents = [e for e in ents if e.label_ != "PERSON" or e.text not in things]
        known = doc_words(doc, list(doc.spans.get(GAZ_KEY, [])))
        lower_words = set(known.lower)
        persons = {e.text for e in ents if e.label_ == "PERSON"}
        persons |= {  # the words of persons' names: "Neely" alone is Andy Neely
            t.text for e in ents if e.label_ == "PERSON" and len(e) >= 2 for t in e if t.is_alpha
        }
        surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) >= 2}
        own = self.shape.own_names(doc, [e for e in ents if e.label_ == "ORG"])
        not_names = self.role_words | self.org_heads
        listed = listed_with_persons(ents, not_names)
        out: list[Span] = []
        weak: list[Span] = []  # organisations only a list of organisations can vouch for
        described = {  # names the text describes as programmes, wherever else they stand
            fold(e.text)
            for e in ents
            if e.label_ == "ORG" and described_as_programme(doc, e.end) and not self.gaz.org(e.text)
        }
        ents = [e for e in ents if e.label_ != "ORG" or fold(e.text) not in described]
        for ent in ents:
            if ent.id_ == "gazetteer" or ent.id_.startswith("gov"):
                out.append(ent)
                continue
            if ent.label_ == "ORG":  # (a person it turns out to name keeps a hyphenated tail)
                found = [_tailed(s) for s in self._org(ent, persons | listed, lower_words)]
            elif ent.label_ == "PERSON":
                found = self.persons(ent, lower_words, surnames)
            else:
                found = [ent]
            for span in found:
                verdict = "org" if span.label_ != "ORG" else self._verdict(span, known, own)
                if verdict == "org":
                    out.append(span)
                elif verdict == "weak":
                    weak.append(span)
        out = filter_spans(out)
        out.extend(listed_with_organisations(weak, out))
        out = with_initialled(doc, filter_spans(out))  # "Mr D Blacklock" in minutes
        out.extend(missed_persons(doc, out, self.gaz, self.org_heads))
        out.extend(heading_bodies(doc, list(doc.spans.get(GAZ_KEY, []))))  # minutes' own body
        out.extend(
            untagged_bodies(doc, out, lower_words, lambda s: self._verdict(s, known, own) == "org")
        )
        out.extend(defined_bodies(doc, out, lambda s: self._verdict(s, known, own) == "org"))
        out = filter_spans(out)
        out.extend(names_in_lists_of_persons(doc, out, not_names))
        out = bodies_of_places(filter_spans(out), lambda text: self.gaz.org(text) is not None)
        out = filter_spans(through_possessive(doc, grown_back(doc, out), BODY_HEADS))
        known_people = doc.user_data.get(KNOWN_PEOPLE)
        out = keyed_mentions(doc, sites_of_bodies(units_at_bodies(out)), self.gaz)  # "by NK"
        return known_people.spans(doc, out) if known_people else out

    # -- organisations ------------------------------------------------------------------------

    def _verdict(self, span: Span, known: DocWords, own: frozenset[str]) -> str:
        """Whether the span's words make an organisation's name (ingest.extract.org_shape);
        a heading word alone on its line ("ANNOUNCEMENTS", "Background") does not."""
        if self.gaz.org(span.text) is not None:
            return "org"
        if len(span) == 1 and alone_on_line(span) and not span.text.isupper():
            return "no"
        if len(span) == 1 and span.text.isupper() and len(span.text) > 6 and alone_on_line(span):
            return "no"
        if len(span) == 1 and span.text.isupper():
            expansion = self.shape.expansion(span)  # "Vaccine Preventable Disease Programme (VPDP)"
            if expansion is not None:
                return "no" if expansion == "" else self._verdict(expansion, known, own)
        return self.shape.verdict(span, known, own=span.text.lower() in own)

    def _person_like(self, span: Span) -> bool:
        """ "Given Surname" (2-4 title-case words, no organisation word, given name first)."""
        words = [t for t in span if not t.is_punct or t.text in ("'", "’", "-")]
        if not 2 <= len(words) <= 4:
            return False
        if any(t.lower_ in self.org_heads or t.text.isupper() or t.like_num for t in words):
            return False
        if words[-1].lower_ in STREET:
            return False  # "Douglas Tilbe House": an address
        if not all(capitalised(t.text) or t.lower_ in PARTICLES for t in words if t.is_alpha):
            return False
        return (
            self.gaz.given_name(words[0].text)
            and self.gaz.org(span.text) is None
            and self.gaz.place(span.text) is None
        )

    def _org(self, ent: Span, persons: set[str], lower_words: set[str]) -> list[Span]:
        doc = ent.doc
        start, end = ent.start, ent.end
        start, end = saints_body(doc, start, end, self.org_heads)  # "St Wilfrid's Hospice"
        start = titled_head(doc, start)  # "Sands" of "Dr Ravinder Oduya-Sands": the whole name
        cut = next((t.i for t in ent if t.text == "("), end)  # "Medication Assisted Treatment (MAT"
        end = cut if cut > start else end
        cut = next((t.i for t in doc[start:end] if t.lower_ == "with"), end)
        if start < cut < end and doc[cut - 1].lower_ in self.org_heads:
            end = cut  # "the Board with Further appointments"
        cut = next((t.i for t in doc[start:end] if t.lower_ == "in"), end)
        rest = doc[cut + 1 : end]
        if start < cut < end - 1 and (
            self.gaz.place(rest.text) is not None
            or (len(rest) == 1 and capitalised(rest.text) and doc[cut - 1].lower_ in self.org_heads)
        ):
            end = cut  # "Brown University in Providence"
        cut = next((t.i for t in doc[start:end] if t.text == "/"), end)
        end = cut if cut > start else end  # "North Wales CJC / Portfolio Director"
        while (
            end - start > 1
            and capitalised(doc[end - 1].text)
            and (doc[end - 1].lower_ in self.role_words or doc[end - 1].lower_ in ROLE_HEADS)
            and (doc[end - 2].lower_ in self.org_heads or doc[end - 2].text in ("NHS", "FT"))
        ):
            end -= 1  # "Sherwood Forest Hospitals Chair": the body, then the role
        end = self._before_role(doc, start, end)
        if self._hometown(doc, start, end):
            return [relabel(doc[start:end], "PLACE", "rule:hometown")]
        if (
            end - start == 1
            and not doc[start].text.isupper()
            and end < len(doc)
            and capitalised(doc[end].text)
            and singular(doc[end].lower_) in ROLE_HEADS
            and self.gaz.org(doc[start].text) is None
        ):
            return []  # "Cabinet Secretary for Health": a job title's first word
        while end > start and (
            doc[end - 1].lower_ in NAME_BREAKS | {"and"} or doc[end - 1].is_lower
        ):
            end -= 1
        if (
            end - start > 2
            and doc[end - 1].text in POST_NOMINALS
            and self._person_like(doc[start : end - 1])
        ):
            return [relabel(doc[start : end - 1], "PERSON", "rule:org-person")]
        if (
            start < end
            and (doc[start].lower_ in self.role_words or doc[start].lower_ == "reader")
            and doc[start + 1 : start + 2].text in ("of", "in")
        ):
            return []  # "Chair of Trustees"
        if (
            start >= 2
            and doc[start - 1].lower_ == "in"  # (not "member of Speak Up Thanet")
            and doc[start - 2].lower_ in self.role_words
            and not any(t.lower_ in self.org_heads or t.text == "NHS" for t in doc[start:end])
            and self.gaz.org(doc[start:end].text) is None
        ):
            return []  # "Lecturer in Pharmacy Practice": the subject of a post, no body
        role_end = next((t.i for t in doc[start:end] if t.lower_ in ("of", "at")), start)
        if (
            role_end > start
            and all(capitalised(t.text) for t in doc[start:role_end])
            and doc[role_end - 1].lower_ in self.role_words
            and role_end + 1 < end
            and doc[end - 1].lower_ in self.org_heads
        ):  # "Depute Chair of Fife College": the college
            start = role_end + 1
        body = body_of_unit(
            token_texts(doc)[start:end], lambda name: self.gaz.org(name) is not None
        )
        if body is not None:  # "the School of Public Health at Brown University": the university
            start, end = start + body[0], start + body[1]
        if any(t.text == "," for t in doc[start:end]) and not any(
            t.lower_ in self.org_heads or t.text == "NHS" for t in doc[start:end]
        ):
            return []  # "Punjabi, Urdu", "Margate, Ramsgate and Maidstone"
        titled = is_title(doc[start].text) or (start > 0 and is_title(doc[start - 1].text))
        while start < end and (is_title(doc[start].text) or doc[start].text == "."):
            start += 1
        if start >= end:
            return []
        span = doc[start:end]
        if fold(span.text) in self.gaz.programme_folds or self.gaz.is_stopped(span.text, "ORG"):
            return []
        owner = self._owner(span)
        if owner is not None:
            return owner
        words = [t for t in span if t.is_alpha]
        titled = titled or (  # "Dervla McCloskey, Community Engagement Lead at Foyle Hospice"
            role_follows(doc, end)
            and len(words) >= 2
            and words[-1].lower_ not in STREET  # "Caerleon Town Hall, …": where, not who
            and self.gaz.org(span.text) is None
        )
        if (
            titled
            and words
            and all(capitalised(t.text) for t in words)
            and len(words) <= 3
            and not any(t.lower_ in self.org_heads for t in words)
        ):
            return [relabel(span, "PERSON", "rule:org-person")]
        if (span.text in persons or self._person_like(span)) and not names_a_programme(doc, end):
            return [relabel(span, "PERSON", "rule:org-person")]
        # "Jane Smith of Mindwise": a person, then their organisation
        for i, token in enumerate(span):
            if token.lower_ in NAME_BREAKS and 0 < i < len(span) - 1:
                left, right = doc[start : start + i], doc[start + i + 1 : end]
                if self._person_like(left):
                    return [
                        relabel(left, "PERSON", "rule:org-person"),
                        relabel(right, "ORG", "ner"),
                    ]
        if len(words) == 1 and len(span) == 1 and span.text.lower() in lower_words:
            return []
        if in_act_title(span):
            return []  # "Trade Union" in the "Trade Union and Labour Relations Act"
        if len(span) == 1 and span.text.endswith("ed") and doc[end : end + 1].text == "by":
            return []  # "Hosted by P", "Funded by ...": a verb that opens a sentence
        before = doc[start - 1] if start > 0 else None
        if (
            len(span) == 1
            and before is not None
            and not before.ent_type_
            and self.gaz.given_name(before.text)
            and self._surname_word(before)
            and self._surname_word(span[0])
            and self.gaz.org(span.text) is None
        ):  # "Trust Chair Neil" + "Masom" tagged ORG: the surname of a given name
            return [relabel(doc[start - 1 : end], "PERSON", "rule:org-person")]
        if len(span) == 1 and capitalised(span.text) and self.gaz.given_name(span.text):
            nxt = doc[end] if end < len(doc) else None  # "Kirsty" + "Deal" the model left out
            if nxt is not None and nxt.ent_type_ in _NOT_NAMES and self._surname_word(nxt):
                span = doc[start : hyphen_tail(doc, end + 1)]  # "Hari" + "Sandhu-Lorne"
            return [relabel(span, "PERSON", "rule:org-person")]  # "Nadia" tagged ORG
        dash = next((t.i for t in span if t.text in SPACED_DASHES), None)
        if dash is not None and dash > start:  # "Maeve Rooney – Community Services"
            left = doc[start:dash]
            return [relabel(left, "PERSON", "rule:org-person")] if self._person_like(left) else []
        last = words[-1].lower_ if words else ""
        if (
            last in PROGRAMME_HEADS
            or (len(words) > 1 and words[0].lower_ in ("project", "programme"))  # Project Retain
            or self.gaz.profession(last)
            or all(t.text in LANGUAGES or t.lower_ == "and" for t in span)
        ):
            return []  # "Mental Health Strategy", "Glasgow GP", "Urdu and Punjabi"
        if words and all(t.lower_ in self.org_heads for t in words):
            return []  # "Hospital", "Trust Board": a kind of body, not a name
        if (start, end) != (ent.start, ent.end):
            return [relabel(span, "ORG", ent.id_ or "ner")]
        return [ent]

    def _hometown(self, doc: Doc, start: int, end: int) -> bool:
        """ "Sharon McRoberts from Conlig won", "Fiona Linehan, from Downpatrick,", "the
        Hindley-based charity": one unknown title-case word after a person's "from", or before
        "-based", is where they live or it is, not an organisation."""
        if end - start != 1 or not capitalised(doc[start].text) or not doc[start].is_alpha:
            return False
        if self.gaz.org(doc[start].text) is not None or doc[start].lower_ in self.org_heads:
            return False
        if doc[end : end + 2].text.replace(" ", "") in ("-based",):
            return True
        if start < 2 or doc[start - 1].lower_ != "from":
            return False
        before = doc[start - 2]
        return before.ent_type_ == "PERSON" or (
            before.text == "," and start >= 3 and doc[start - 3].ent_type_ == "PERSON"
        )

    def _owner(self, span: Span) -> list[Span] | None:
        """ "Barnardo’s Inner Resilience and Development": a known organisation and its
        programme or unit, the owner alone is the organisation; "the University’s School of
        Clinical Medicine": a unit of "the university", no organisation."""
        doc = span.doc
        mark = next(
            (t.i for t in span if t.text in ("'s", "’s") and span.start < t.i < span.end - 1), None
        )
        if mark is None:
            return None
        for owner in (doc[span.start : mark + 1], doc[span.start : mark]):
            if self.gaz.org(owner.text) is not None:
                return [relabel(owner, "ORG", "rule:owner")]
        if all(t.lower_ in self.org_heads for t in doc[span.start : mark] if t.is_alpha):
            return []
        return None

    def _before_role(self, doc: Doc, start: int, end: int) -> int:
        """The end of a known body whose name the model ran on into a job title it opens:
        "Macmillan" + "Partnership Manager" (a role head after the span), else `end`."""
        if end >= len(doc) or not capitalised(doc[end].text):
            return end
        if singular(doc[end].lower_) not in ROLE_HEADS or self.gaz.org(doc[start:end].text):
            return end
        for cut in range(end - 1, start, -1):
            if not all(t.lower_ in self.org_heads for t in doc[cut:end]):
                break
            if self.gaz.org(doc[start:cut].text) is not None:
                return cut
        return end

    def _surname_word(self, token: Token) -> bool:
        return (
            capitalised(token.text)
            and token.is_alpha
            and token.lower_ not in self.org_heads
            and token.lower_ not in self.role_words
            and (
                self.gaz.place(token.text) is None or fold(token.text) in self.gaz.ambiguous_places
            )
            and self.gaz.nation(token.text) is None
        )


_ARTICLES = frozenset({"a", "an", "your", "my", "our", "their", "its"})


def _named_things(doc: Doc, names: set[str]) -> set[str]:
    """The person-shaped names the document also writes after "a", "an" or a possessive
    ("your", "our"…): the name of a thing, not a person ("a Turas Learn e-learning module",
    "Bring your Attendance Allowance form"), wherever it stands."""
    found: set[str] = set()
    if not names:
        return found
    longest = max(len(name.split()) for name in names)
    text, lowers, starts = doc_text(doc), token_lowers(doc), token_starts(doc)
    texts = token_texts(doc)
    for i, lower in enumerate(lowers[:-1]):
        if lower not in _ARTICLES:
            continue
        for last in range(i + 1, min(i + 1 + longest, len(lowers))):
            span = text[starts[i + 1] : starts[last] + len(texts[last])]
            if span in names:
                found.add(span)
    return found | programme_named(doc, names - found)


def _tailed(span: Span) -> Span:
    """A person read from the model's organisation, with the hyphenated tail of the surname
    the model left out ("Navdeep Kaur Sandhu" + "-Bell")."""
    end = hyphen_tail(span.doc, span.end) if span.label_ == "PERSON" else span.end
    return relabel(span.doc[span.start : end], "PERSON", span.id_) if end > span.end else span
