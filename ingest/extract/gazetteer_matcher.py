"""The `qkg_gazetteer` component: phrase-matches the gazetteers (organisations, governments,
places, nations, programmes, professions, topics) into `doc.spans["qkg_gaz"]`."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from graph.reference.gazetteer import Gazetteer
from ingest.extract.name_parts import hyphen_tail
from ingest.extract.topic_short_forms import defined_topic_forms

GAZ_KEY = "qkg_gaz"


def written_forms(forms: set[str]) -> set[str]:
    """A name as texts write it: straight or curly apostrophes ("Barnardo’s"), "&" or "and"
    between words ("NHS Ayrshire and Arran" / "NHS Ayrshire & Arran")."""
    out = set(forms)
    for form in forms:
        for a, b in (("'", "’"), ("’", "'"), (" & ", " and "), (" and ", " & ")):
            if a in form:
                out.add(form.replace(a, b))
    return out


def _plural_forms(label: str) -> list[str]:
    """A label and its other number: "care home(s)", "childhood immunisation(s)",
    "psychological therap(y|ies)".

    >>> _plural_forms("childhood immunisations"), _plural_forms("diabetes")
    (['childhood immunisations', 'childhood immunisation'], ['diabetes', 'diabete'])
    """
    forms = [label]
    if label.endswith("y") and not label.endswith(("ey", "ay", "oy")):
        forms.append(label[:-1] + "ies")
    elif label.endswith("ies") and len(label) > 5:
        forms.append(label[:-3] + "y")
    elif label.endswith("s") and not label.endswith(_NOT_PLURAL) and len(label) > 4:
        forms.append(label[:-1])
    elif not label.endswith("s"):
        forms.append(label + "s")
    return forms


_IZE = re.compile(r"is(?=(?:ation|ations|e|ed|es|ing)\b)")
_CLIPPED = {"rehabilitation": "rehab"}  # words clinicians clip: "pulmonary rehab"


def spelled(label: str) -> set[str]:
    """A label as texts spell it: "-ize" for "-ise" ("childhood immunizations"), and with the
    words clinicians clip ("cardiac rehab"). (Joining its words by hyphens or spaces the other
    way, "long term conditions", was tried: it lost two answers on an unseen split and gained
    none, so a label's own hyphens decide.)

    >>> sorted(spelled("childhood immunisations"))
    ['childhood immunisations', 'childhood immunizations']
    >>> sorted(spelled("pulmonary rehabilitation"))
    ['pulmonary rehab', 'pulmonary rehabilitation']
    """
    out = {label, _IZE.sub("iz", label)}
    return out | {" ".join(_CLIPPED.get(w, w) for w in f.split()) for f in out}


def _eponym(label: str) -> list[str]:
    """A condition named after someone is also called by the name alone ("people with
    Parkinson's", "Alzheimer's").

    >>> _eponym("Parkinson's disease"), _eponym("heart disease")
    (["Parkinson's"], [])
    """
    name, _, rest = label.partition("'s ")
    if rest in ("disease", "syndrome") and name[:1].isupper() and " " not in name:
        return [f"{name}'s"]
    return []


_NOT_PLURAL = ("ss", "us", "is", "'s", "’s")  # homelessness, sclerosis, bronchiectasis


class GazetteerMatcher:
    """Finds gazetteer names: organisations, governments, places, nations, programmes,
    professions and topics. Organisation, place and nation names match case-sensitively
    (so "mind" the verb is not Mind the charity); professions and topics match lower-cased,
    but for a topic's acronym ("AI" is no Welsh "ai", "QI" no "Qi")."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        gaz = self.gazetteer
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        make = nlp.make_doc

        def add(matcher: PhraseMatcher, label: str, forms: set[str]) -> None:
            docs = [make(f) for f in sorted(forms) if f.strip()]
            if docs:
                matcher.add(label, docs)

        org_forms = written_forms({f for o in gaz.organisations for f in (o.name, *o.aliases)})
        org_forms |= {o.acronym for o in gaz.organisations if o.acronym}
        add(self.exact, "ORG", org_forms)
        # a line set in capitals names bodies too ("… IN NHS SCOTLAND", "PUBLIC HEALTH WALES")
        add(self.exact, "ORG", {f.upper() for f in org_forms if len(f.split()) >= 2})
        # long official names also match regardless of case ("NHS Greater Glasgow And Clyde"),
        # and so do governments ("the UK government")
        add(self.lower, "ORG", {f for f in org_forms if len(f.split()) >= 3})
        add(self.exact, "GOV", written_forms(set(gaz.governments)))
        add(self.lower, "GOV", {f for f in gaz.governments if len(f.split()) >= 2})
        add(
            self.exact,
            "PLACE",
            written_forms({f for p in gaz.places for f in (p.name, *p.aliases)}),
        )
        nation_forms = {f for n in gaz.nations for f in (n.name, *n.aliases)}
        # a title or heading set in capitals names nations too ("… IN NHS SCOTLAND")
        add(self.exact, "NATION", nation_forms | {f.upper() for f in nation_forms})
        add(self.exact, "NATION_ADJ", {a for n in gaz.nations for a in n.adjectives})
        add(self.lower, "PROGRAMME", {p for p in gaz.programmes if len(p.split()) >= 2})
        add(self.exact, "PROGRAMME", {p for p in gaz.programmes if len(p.split()) < 2})
        prof_forms = {f for p in gaz.professions for f in (p.name, *p.aliases)}
        add(
            self.lower,
            "PROFESSION",
            written_forms({g for f in prof_forms for g in _plural_forms(f)}),
        )
        for topic in gaz.topics:
            names = (topic.label, *topic.alt_labels, *topic.hidden_labels)
            forms = {g for f in names for v in spelled(f) for g in (*_plural_forms(v), *_eponym(v))}
            acronyms = {f for f in forms if f.rstrip("s").isupper()}  # "AI", "PCNs": as written
            add(self.lower, f"TOPIC|{topic.label}", written_forms(forms - acronyms))
            add(self.exact, f"TOPIC|{topic.label}", acronyms)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for matcher in (self.exact, self.lower):
            for match_id, start, end in matcher(doc):
                spans.append(Span(doc, start, end, label=doc.vocab.strings[match_id]))
        spans = _not_inside_a_name(self._not_of_another_nation(spans))
        doc.spans[GAZ_KEY] = spans + defined_topic_forms(doc, spans)  # "CBT-I" defined for insomnia
        return doc

    def _not_of_another_nation(self, spans: list[Span]) -> list[Span]:
        """Without a place of one nation written just before another nation's name: "South
        West Wales" is no English region and Wales, it is Wales ("North East Scotland")."""
        nations = {s.start: s for s in spans if s.label_ == "NATION"}
        out = []
        for span in spans:
            after = nations.get(span.end) if span.label_ == "PLACE" else None
            place = self.gazetteer.place(span.text) if after is not None else None
            if (
                after is not None
                and place is not None
                and place.nation != self.gazetteer.nation(after.text)
            ):
                continue
            out.append(span)
        return out


QUALIFIERS = frozenset(  # words before a place that leave it the place: "Central Leeds"
    "north south east west central greater inner outer mid upper lower old new".split()
)


_OPENERS = frozenset(".!?:;•*-–—|(\"“‘'")


def _not_inside_a_name(spans: list[Span]) -> list[Span]:
    """Without a one-word place that ends a longer name, right after a capitalised word in
    mid-line that no span covers ("Rhondda, Taf Ely": not Ely in England; "Central Leeds"
    stays Leeds)."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for span in spans:
        doc, at = span.doc, span.start
        before = doc[at - 1] if at > 0 else None
        inside = (
            span.label_ == "PLACE"
            and len(span) == 1
            and before is not None
            and before.is_alpha
            and before.text[:1].isupper()
            and before.lower_ not in QUALIFIERS
            and before.i not in covered
            and before.i > 0  # and not a sentence's or line's first word: "Visit Ely"
            and doc[before.i - 1].text not in _OPENERS
            and "\n" not in doc[before.i - 1].text_with_ws
        )
        if not (inside or _capitals_tail(span) or _hyphen_tail(span) or _hyphen_head(span)):
            out.append(span)
    return out


_GLUE = frozenset({"the", "by", "of", "and", "for", "from", "in", "at", "to", "with", "on"})


def _capitals_tail(span: Span) -> bool:
    """Whether a body's one word in capitals ("ALLIANCE", a charity's own short name) ends a
    longer name set in capitals ("NORTH EAST LONDON CANCER ALLIANCE"):
    another body, not that one ("REPORT BY THE RCN" keeps the RCN)."""
    doc, at = span.doc, span.start
    if span.label_ != "ORG" or len(span) != 1 or not span.text.isupper() or at == 0:
        return False
    before = doc[at - 1]
    return (
        before.is_alpha
        and len(before.text) > 1
        and before.text.isupper()
        and before.lower_ not in _GLUE
        and "\n" not in before.whitespace_
    )


_JOINED_AFTER = frozenset({"wide", "based", "born", "led"})  # "Lockerbie-based", "Fife-wide"


def _hyphen_head(span: Span) -> bool:
    """Whether a known place opens a hyphenated surname ("Graham Lockerbie-Shaw": a person,
    not Lockerbie; "Fife-wide", "Lanarkshire-based" stay places)."""
    end = hyphen_tail(span.doc, span.end)
    return (
        span.label_ == "PLACE" and end > span.end and span.doc[end - 1].lower_ not in _JOINED_AFTER
    )


_JOINED_BEFORE = QUALIFIERS | {"pan", "all", "cross", "trans", "anglo"}  # "All-Wales", "Mid-Ulster"


def _hyphen_tail(span: Span) -> bool:
    """Whether a known name is the tail of a hyphenated word that opens with a capitalised one
    ("Oduya-Sands": a surname, not the charity Sands; "All-Wales" stays Wales)."""
    doc, at = span.doc, span.start
    if at < 2 or doc[at - 1].text != "-" or doc[at - 1].whitespace_:
        return False
    before = doc[at - 2]
    return (
        not before.whitespace_
        and before.is_alpha
        and before.text[:1].isupper()
        and not before.text.isupper()  # "NHS-Wales", "UK-wide": an acronym joined on
        and before.lower_ not in _JOINED_BEFORE
    )
