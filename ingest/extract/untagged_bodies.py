"""Bodies the model left untagged, found by the shape of their names (used by
ingest.extract.document_entities):

    Skerryvore Practice is run directly by NHS Orkney …
    £98,000 – Homeless Health Nurses Network, hosted by Pathway

A run of title-case words (with "of", "for", "and", "&" between them) that no entity covers and
that ends in the head word of a body of standing (a practice, a hospital, a trust, a charity, a
network; not a team, a service or a group, which are parts of bodies; and not a job title that
runs on, "Rural Practice Lead") names a body, once the
words that open its sentence or line as ordinary words are left off ("Through Skerryvore
Practice": the document writes "through" in lower case too). It needs a word before the head
("the Practice" names nothing); a place just before it opens the name ("Merthyr Tydfil County
Borough Council", "Bradford Royal Infirmary"), any other entity makes it the rest of a name
the model tagged in part; and the organisation-shape test vets it as it vets the model's
spans ("Local Healthwatch", "Acute Trust": kinds of body, not names).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from graph.reference.words import singular
from ingest.extract.gazetteer_matcher import QUALIFIERS
from ingest.extract.org_shape import PROGRAMME_HEADS

HEADS = frozenset(
    """practice surgery hospital hospice infirmary trust council university foundation charity
    society association alliance network partnership institute college commission authority
    consortium coalition federation confederation healthwatch centre cic ltd limited plc llp
    company""".split()
)
INSIDE = frozenset({"of", "for", "and", "&"})
MAX_WORDS = 8


def untagged_bodies(
    doc: Doc, ents: list[Span], lower_words: set[str], is_org: Callable[[Span], bool]
) -> list[Span]:
    """ORG spans for the untagged names of bodies in `doc` (`ents`: the entities so far)."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    places = {e.end: e for e in ents if e.label_ in ("PLACE", "NATION")}
    out: list[Span] = []
    run: list[Token] = []
    for token in [*doc, None]:
        if token is not None and token.i not in covered and _in_name(token, bool(run)):
            run.append(token)
            continue
        for part in _bodies(run):
            span = _name(part, lower_words)
            if span is None:
                continue
            start = _placed(doc, span.start, places)
            if start < span.start:  # "Merthyr Tydfil | County Borough Council": the place
                span = doc[start : span.end]  # opens the name
            elif span.start - 1 in covered:
                continue  # the rest of a name the model tagged in part ("Bradford | Royal
                # Infirmary"): not a body of its own
            if span.end in covered or _owned(span) or _named_thing(span):
                continue
            if is_org(span):
                out.append(Span(doc, span.start, span.end, label="ORG", span_id="rule:untagged"))
        run = []
    return out


def _placed(doc: Doc, start: int, places: dict[int, Span]) -> int:
    """Where a name opens when places come before it, joined by "and" and with their
    qualifiers ("Lancashire and South Cumbria | Health and Care Partnership")."""
    while start in places:
        start = places[start].start
        if start > 0 and doc[start - 1].lower_ in QUALIFIERS and doc[start - 1].is_title:
            start -= 1
        if start > 1 and doc[start - 1].lower_ in ("and", "&") and start - 1 in places:
            start -= 1  # (the "and" between two places: the place before it ends there)
    return start


def _owned(span: Span) -> bool:
    """ "the NHS Confederation's Mental Health Network": a part of another body."""
    return span.start > 0 and span.doc[span.start - 1].text in ("'s", "’s")


def _named_thing(span: Span) -> bool:
    """ "the Rebuild General Practice plan": the name of a plan, a programme, a report."""
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    return singular(after) in PROGRAMME_HEADS


def _bodies(run: list[Token]) -> list[list[Token]]:
    """A run cut after each head word joined on by "and" or "&": "Age NI and Ulster
    University" is two."""
    parts: list[list[Token]] = [[]]
    for k, token in enumerate(run):
        if token.lower_ in ("and", "&") and k > 0 and singular(run[k - 1].lower_) in HEADS:
            parts.append([])
            continue
        parts[-1].append(token)
    return parts


def _in_name(token: Token, going: bool) -> bool:
    if token.is_space:  # (a line break is a token of its own: a name never runs over it)
        return False
    if token.is_alpha and (token.is_title or (token.is_upper and len(token) > 1)):
        return True
    return going and token.lower_ in INSIDE


def _name(run: list[Token], lower_words: set[str]) -> Span | None:
    """The run of title-case words, when it ends in a head word, without ordinary words that
    open a sentence or a line."""
    if len(run) < 2 or singular(run[-1].lower_) not in HEADS:
        return None  # (nor "Rural Practice Lead": a job title)
    words = run
    if _opens(words[0]) and words[0].lower_ in lower_words:
        words = words[1:]  # "Through Skerryvore Practice", "Contact …"
    while words and (words[0].lower_ in INSIDE or words[0].lower_ == "the"):
        words = words[1:]
    named = [t for t in words if t.lower_ not in INSIDE]
    if len(named) < 2 or len(named) > MAX_WORDS:
        return None
    return words[0].doc[words[0].i : words[-1].i + 1]


def _opens(token: Token) -> bool:
    """The first word of a sentence or a line."""
    doc = token.doc
    return token.i == 0 or token.is_sent_start or "\n" in doc[token.i - 1].text_with_ws
