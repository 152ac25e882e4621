"""Lines set to a measure (a PDF's) are read as the paragraphs they were wrapped from
(ingest.readers.lines, `typeset`): a line ends early when the next word would not fit, and a
wrapped line may begin with what looks like a "Key:" label."""

from __future__ import annotations

from ingest.readers.lines import classify_lines
from ingest.types import BlockKind

PARAGRAPH = [
    "Twenty-eight people took part in the event at the Albert Hall, Llandrindod",
    "Wells: fourteen autistic adults and adults with ADHD, five parents and",
    "partners. The event was planned by a group of five: Ffion Gwilym",
    "(Neurodevelopmental Service Lead, Powys Teaching Health Board), Osian",
    "Lloyd (Community Connector, Powys Association of Voluntary",
    "Organisations) and Dr Hefin Pryce (Clinical Psychologist, Powys).",
]


def test_typeset_lines_are_one_paragraph() -> None:
    blocks = classify_lines(PARAGRAPH, typeset=True)
    assert [b.kind for b in blocks] == [BlockKind.PARAGRAPH]
    assert "Llandrindod Wells: fourteen" in blocks[0].text
    assert "Ffion Gwilym (Neurodevelopmental" in blocks[0].text


def test_plain_text_keeps_its_labels_and_short_lines() -> None:
    lines = ["Present", "Jane Smith", "Date: 12 March 2025"]
    kinds = [b.kind for b in classify_lines(lines, typeset=True)]
    assert BlockKind.METADATA in kinds and len(kinds) >= 2  # short lines are not wraps
    # without `typeset` a "Key:" line after a full line is a label, as before ...
    full = "Twenty-eight people took part in the event at the Albert Hall in the town"
    assert classify_lines([full, "Venue: Albert Hall"])[-1].kind is BlockKind.METADATA
    # ... but not where the line above ends on the first word of a place it names
    # ("Llandrindod" / "Wells: …"): the place goes on
    assert [b.kind for b in classify_lines(PARAGRAPH[:2])] == [BlockKind.PARAGRAPH]
