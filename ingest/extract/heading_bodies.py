"""A body named alone on a heading line near the top of its own papers (used by
ingest.extract.document_entities), which the model often leaves untagged:

    Agenda and draft minutes

    Northmoor Health and Wellbeing Board
    Thursday, 18th April, 2019 10.00 am

A heading line (one of the first few lines with text, short, not a sentence) names a body when
it opens with a place the gazetteer knows, ends in a body or unit head ("Board", "Trust",
"Committee", "Partnership") and is otherwise title-case words and joiners; a date or time may
follow after a dash or on the next line ("Eastshire Health & Wellbeing Board - Tuesday 21 May").
Under a line that calls the document its papers ("Agenda and draft minutes"), the heading is
the papers' own body even with no place in it ("Health and Wellbeing Board - Thursday, 3rd
December, 2020"): the papers say whose they are. So does a body's publication named after
the dash ("The Beeches Surgery – Patient Newsletter, Spring Edition").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from graph.reference.names import name_words
from ingest.extract.org_shape import BODY_HEADS, UNIT_HEADS
from ingest.extract.sentences import doc_text

WEAK_HEADS = name_words()["org-head-weak"]
TOP_LINES = 6  # headings past the first few lines belong to items, not to the papers
NAME_WORDS = 10
JOINERS = frozenset({"and", "&", "of", "for", "the"})
DASHES = frozenset({"-", "–", "—", ":"})
PAPERS = frozenset({"minutes", "agenda", "agendas"})
ISSUES = frozenset({"newsletter", "bulletin", "e-news", "enews", "magazine", "update", "news"})


def heading_bodies(doc: Doc, gaz_spans: list[Span]) -> list[Span]:
    """ORG spans for the heading lines that name a body (see the module docstring)."""
    places = {s.start: s for s in gaz_spans if s.label_ in ("PLACE", "NATION")}
    heads = BODY_HEADS | UNIT_HEADS
    out: list[Span] = []
    seen = 0
    pos = 0
    papers = False  # an earlier top line called the document minutes or an agenda
    for line in doc_text(doc).split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        seen += 1
        if seen > TOP_LINES:
            break
        span = doc.char_span(start, start + len(line), alignment_mode="contract")
        if span is None or not len(span) or span.text.rstrip().endswith((".", "?", "!")):
            continue
        tokens = [t for t in span if not t.is_space]
        said_papers, papers = papers, papers or any(t.lower_ in PAPERS for t in tokens)
        cut = next((k for k, t in enumerate(tokens) if t.text in DASHES), len(tokens))
        name = tokens[:cut]
        issued = any(t.lower_ in ISSUES for t in tokens[cut + 1 :])  # "X – Patient Newsletter"
        if name and name[0].lower_ == "the":
            name = name[1:]
        if not name or len(name) > NAME_WORDS:
            continue
        if not (name[0].i in places or said_papers or issued):
            continue
        if name[-1].lower_ not in heads and not (issued and name[-1].lower_ in WEAK_HEADS):
            continue  # ("St Columba's Hospice Care – Supporter News": its own publication)
        if not all(
            t.is_title or t.is_upper or t.lower_ in JOINERS or t.text in ("'s", "’s") for t in name
        ):
            continue
        out.append(Span(doc, name[0].i, name[-1].i + 1, label="ORG", span_id="rule:heading"))
    return out
