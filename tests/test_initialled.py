"""People named by title, initials and surname in minutes (ingest.extract.initialled), and
organisations cut before a job title (ingest.extract.name_parts.before_role), with a
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
        ("Present: Mr D Blacklock - Chair, Ms H Horne", ["D Blacklock", "H Horne"]),  # a dash
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


@pytest.mark.parametrize(
    ("text", "end", "name"),
    [
        ("Department of Health Permanent Secretary , Ann Cole", 4, "Department of Health"),
        ("NHS Fife Medical Director Dr Chris McKenna", 3, "NHS Fife"),
        ("NHS Fife Medical Director Dr Chris McKenna", 2, "NHS Fife"),
        ("Royal College of Nursing Wales said", 5, "Royal College of Nursing Wales"),
    ],
)
def test_an_organisation_stops_before_the_job_title_it_runs_into(
    text: str, end: int, name: str
) -> None:
    from spacy.tokens import Doc

    from ingest.extract.name_parts import before_role

    doc = Doc(NLP.vocab, words=text.split())
    assert before_role(doc[0:end]).text == name
