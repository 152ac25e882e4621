"""People named by title, initials and surname in minutes (ingest.extract.initialled), with a
blank English tokenizer (no model needed)."""

from __future__ import annotations

import pytest
import spacy

from ingest.extract.initialled import initialled_persons, with_initialled

NLP = spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Apologies were received from Mr P Oduya (Ms R Lane attended as substitute).",
            ["P Oduya", "R Lane"],
        ),
        ("Present: Cllr J P Morton (Chair), Dr S. Ahmed", ["J P Morton", "S. Ahmed"]),
        ("Mrs T Armstrong-Child, Public Health Wales", ["T Armstrong-Child"]),
        # no initials, or no surname after them: not this rule's
        ("Dr Ahmed said so. Mr. Speaker rose. Ms K said nothing.", []),
    ],
)
def test_initialled_people_in_minutes(text: str, names: list[str]) -> None:
    doc = NLP(text)
    assert [s.text for s in initialled_persons(doc)] == names


def test_initialled_people_replace_what_overlapped_them() -> None:
    from spacy.tokens import Span

    doc = NLP("Apologies from Mr D Blacklock and Ms H Horne.")
    wrong = Span(doc, 2, 5, label="ORG")  # "Mr D Blacklock" taken for an organisation
    found = with_initialled(doc, [wrong])
    assert [(s.text, s.label_) for s in found] == [("D Blacklock", "PERSON"), ("H Horne", "PERSON")]
