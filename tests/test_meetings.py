"""The body a meeting's papers belong to (ingest.extract.meetings), on docs built by hand."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from ingest.extract.meetings import meeting_body, member_of_meeting


def _doc(text: str, org: str) -> spacy.tokens.Doc:
    nlp = spacy.blank("en")
    doc = nlp(text)
    start = text.index(org)
    span = doc.char_span(start, start + len(org), label="ORG")
    assert isinstance(span, Span)
    doc.ents = [span]
    return doc


@pytest.mark.parametrize(
    "title, org, body",
    [
        ("Healthwatch Northmoor Board Meeting", "Healthwatch Northmoor", "Healthwatch Northmoor"),
        ("Westbay Care Limited Board", "Westbay Care", "Westbay Care Limited"),
        ("Minutes of the Eastshire Hospice Trustees", "Eastshire Hospice", "Eastshire Hospice"),
    ],
)
def test_meetings_body_named_by_the_title(title: str, org: str, body: str) -> None:
    assert meeting_body(title, _doc(title + "\nPresent: Ada Quill", org)) == body


@pytest.mark.parametrize(
    "title, org",
    [
        ("Peer support workshop with Healthwatch Northmoor", "Healthwatch Northmoor"),
        ("Board meeting of the regional network", "Eastshire Hospice"),  # no org opens it
    ],
)
def test_meetings_no_body(title: str, org: str) -> None:
    text = title + "\nEastshire Hospice" if org not in title else title
    assert meeting_body(title, _doc(text, org)) == ""


@pytest.mark.parametrize(
    "role, member",
    [
        ("", True),
        ("Chairman", True),
        ("Board Designate", True),
        ("public", False),
        ("presenting on Strategy", False),
        ("Observer", False),
    ],
)
def test_meetings_member_roles(role: str, member: bool) -> None:
    assert member_of_meeting(role) is member
