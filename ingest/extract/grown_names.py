"""Organisations the model cut short of a name the document gives in full (used by
ingest.extract.document_entities): such a span grows back to the words of that name written
before it, "Lancashire Teaching Hospitals" in "Mersey and West Lancashire Teaching Hospitals'
chief executive" beside "Mersey and West Lancashire Teaching Hospitals NHS Trust" is "Mersey
and West Lancashire Teaching Hospitals" (then one body with the full name, by
ingest.extract.short_forms).

A name cut at the possessive of the people a body serves grows on through it to the body's
head word: "Northern Ireland Children" in "the Northern Ireland Children's Hospice marked 20
years" is "Northern Ireland Children's Hospice" (`through_possessive`); "NHS Fife's Hospital
at Home service" is not (a body's own possessive, not a group's).

(Tagging every untagged mention of the document's organisations was tried and withdrawn: a
topic named inside a team's or provider's name in a header or a table of who came, "Eden Valley
Home Care", stopped counting as a mention of the document's subject.)
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ingest.extract.sentences import doc_text

MOST_NAMES = 500  # a document naming more bodies than this is a directory: left as tagged


def grown_back(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` with each ORG cut short of a longer name of the document grown back (above)."""
    names = {e.text for e in ents if e.label_ == "ORG" and len(e) >= 2 and "\n" not in e.text}
    if not names or len(names) > MOST_NAMES:
        return ents
    text = doc_text(doc)
    longer: dict[str, list[tuple[str, int]]] = {}  # an ORG's text -> (name, where it sits)
    out = []
    for ent in ents:
        grown = ent
        if ent.label_ == "ORG":
            if ent.text not in longer:
                longer[ent.text] = [(n, n.find(ent.text)) for n in names if ent.text in n]
            for name, at in longer[ent.text]:
                start = ent.start_char - at
                if at <= 0 or start < 0 or text[start : ent.start_char] != name[:at]:
                    continue
                if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "&-'’"):
                    continue
                span = doc.char_span(start, ent.end_char, label="ORG")
                if span is not None and len(span) > len(grown):
                    grown = Span(doc, span.start, span.end, label="ORG", span_id="rule:grown")
        out.append(grown)
    return out


GROUPS = frozenset(
    "children women men people mothers fathers parents families carers veterans girls boys "
    "patients survivors".split()
)  # the people a body serves, named with a possessive inside its name


def through_possessive(doc: Doc, ents: list[Span], heads: frozenset[str]) -> list[Span]:
    """`ents` with each ORG ending on a group noun before "'s" and a body's head word (see
    above) grown to take them in; `heads`: the lower-case head words of bodies' names."""
    out = []
    for ent in ents:
        end = ent.end
        if (
            ent.label_ == "ORG"
            and ent[-1].lower_ in GROUPS
            and end + 1 < len(doc)
            and doc[end].text in ("'s", "’s", "'", "’")
            and doc[end + 1].is_title
            and doc[end + 1].lower_ in heads
            and (end + 2 >= len(doc) or not doc[end + 2].is_title)
        ):
            ent = Span(doc, ent.start, end + 2, label="ORG", span_id="rule:grown")
        out.append(ent)
    return out
