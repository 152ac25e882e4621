"""The page's own organisation (ingest.extract.host_affiliations), one invented page each (real
spaCy model): people given a role and no organisation work at the organisation the page's
first line names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract import pairs

pytestmark = pytest.mark.slow

TITLE = "Eastmere Health NHS Trust welcomes new board members\n\n"


@pytest.mark.parametrize(
    "body, person",
    [
        ("Chief Executive Marisol Penhale said the trust was delighted.", "Marisol Penhale"),
        (
            "The post was held by current chairman, Professor Idris Vantongeren, until May.",
            "Idris Vantongeren",
        ),
        ("Orla Tremayne (Phlebotomy Lead): stressed the value of patient voices.", "Orla Tremayne"),
        (
            "Bram Okonjo, a Non-Executive Director on our Board, explains the role.",
            "Bram Okonjo",
        ),
        (
            "The award was won by Infant Mental Health Key Worker, Keziah Durrant, who was "
            "nominated by a colleague.",
            "Keziah Durrant",
        ),
        ("Tegan Ashworth, Director of Nursing, said the wards were ready.", "Tegan Ashworth"),
        (
            "Tegan Ashworth, Lead Consultant in Palliative Care said: 'We are ready.'",
            "Tegan Ashworth",
        ),
    ],
)
def test_host_role_without_organisation(extractor: Any, body: str, person: str) -> None:
    assert (person, "Eastmere Health NHS Trust") in pairs(extractor, TITLE + body)


@pytest.mark.parametrize(
    "body, person",
    [
        (  # an office held elsewhere
            "Health Minister Caradoc Fenwick said the trust was doing well.",
            "Caradoc Fenwick",
        ),
        (  # a past role
            "Former chief executive Lowri Bastable said she was proud.",
            "Lowri Bastable",
        ),
        (  # the role names its own organisation
            "Tegan Ashworth, Director of Nursing at Northvale Hospice, said it was ready.",
            "Tegan Ashworth",
        ),
        ("Speaking at the event, Tegan Ashworth thanked the staff.", "Tegan Ashworth"),
    ],
)
def test_host_not_for_other_roles(extractor: Any, body: str, person: str) -> None:
    assert (person, "Eastmere Health NHS Trust") not in pairs(extractor, TITLE + body)


def test_host_needs_an_organisation_in_the_first_line(extractor: Any) -> None:
    text = "Awards night celebrates staff\n\nChief Executive Marisol Penhale said it was a joy."
    assert not any(p == "Marisol Penhale" for p, _ in pairs(extractor, text))


def test_host_opens_the_first_paragraph_when_the_title_names_none(extractor: Any) -> None:
    text = (
        "New leader for the hospice\n\n"
        "Eastmere Hospice has confirmed that their interim chief executive, Marisol Penhale, "
        "will stay in post.\n"
    )
    assert ("Marisol Penhale", "Eastmere Hospice") in pairs(extractor, text)


def test_host_not_an_organisation_inside_the_first_paragraph(extractor: Any) -> None:
    text = (
        "Awards night celebrates staff\n\nStaff were thanked by Eastmere Hospice. Chief "
        "Executive Marisol Penhale said it was a joy.\n"
    )
    assert ("Marisol Penhale", "Eastmere Hospice") not in pairs(extractor, text)


def test_host_not_the_nhs_alone(extractor: Any) -> None:
    text = "Mobilising change in the NHS\n\nChief Executive Marisol Penhale said it was time."
    assert ("Marisol Penhale", "NHS") not in pairs(extractor, text)


@pytest.mark.parametrize(
    "text, person, org",
    [
        (
            "Tamsin Penrose-Child has been appointed the new chief executive of Eastmere "
            "Hospital NHS Trust.",
            "Tamsin Penrose-Child",
            "Eastmere Hospital NHS Trust",
        ),
        (
            "Dr Keziah Vantongeren-Lowe, consultant at Northvale Hospital, said so.",
            "Keziah Vantongeren-Lowe",
            "Northvale Hospital",
        ),
    ],
)
def test_entities_hyphenated_surname_is_one_name(
    extractor: Any, text: str, person: str, org: str
) -> None:
    assert (person, org) in pairs(extractor, text)


def test_host_role_list_line_even_with_a_current_post_elsewhere(extractor: Any) -> None:
    text = (
        "Eastmere Health executive team named\n\nThe full list of directors is:\n\n"
        "Executive director of nursing – Marisol Penhale, currently Northvale Trust nursing "
        "director\nExecutive medical director – Idris Vantongeren, currently Northvale Trust "
        "medical director\n"
    )
    found = pairs(extractor, text)
    for person in ("Marisol Penhale", "Idris Vantongeren"):
        assert (person, "Eastmere Health") in found
        assert (person, "Northvale Trust") in found


def test_host_role_list_not_for_an_office_held_elsewhere(extractor: Any) -> None:
    text = TITLE + "Health minister – Caradoc Fenwick, visiting the wards\n"
    assert ("Caradoc Fenwick", "Eastmere Health NHS Trust") not in pairs(extractor, text)


@pytest.mark.parametrize(
    "text, person",
    [
        ("The representative would be Dr Hein van Rensburg from May.", "Hein van Rensburg"),
        ("Dr Anouk van der Berg, consultant at Northvale Hospital, spoke.", "Anouk van der Berg"),
        ("The panel was chaired by Dr Lucia de Falla.", "Lucia de Falla"),
    ],
)
def test_entities_surname_particles_are_one_name(extractor: Any, text: str, person: str) -> None:
    assert person in {e.text for e in extractor.nlp(text).ents if e.label_ == "PERSON"}


def test_host_trust_site_staff_work_at_the_trust(extractor: Any) -> None:
    text = (
        "Staff from across the Eastmere Health and Social Care Trust gathered for the awards.\n\n"
        "Dr Orla Tremayne, Ward Manager, Northvale Hospital and Bram Okonjo, "
        "Ward Sister, Northvale Hospital were named winners.\n"
    )
    found = pairs(extractor, text)
    for person in ("Orla Tremayne", "Bram Okonjo"):
        assert (person, "Northvale Hospital") in found
        assert (person, "Eastmere Health and Social Care Trust") in found


def test_host_site_rule_not_for_those_at_another_body(extractor: Any) -> None:
    text = (
        "Eastmere Health NHS Trust names its new chair\n\n"
        "Bram Okonjo, professor at Fenwick University and consultant at Northvale Hospital, "
        "was chosen.\n"
    )
    assert ("Bram Okonjo", "Eastmere Health NHS Trust") not in pairs(extractor, text)


def test_entities_role_in_a_list_with_a_person_is_no_person(extractor: Any) -> None:
    doc = extractor.nlp(
        "Among the winners was Orla Tremayne, Homeless Nurse, Northvale Hospital, and Bram "
        "Okonjo, Respiratory Nurse Specialist, Northvale Hospital.\n"
    )
    persons = {e.text for e in doc.ents if e.label_ == "PERSON"}
    assert not persons & {"Homeless Nurse", "Respiratory Nurse Specialist"}


def test_affiliation_representing_a_body(extractor: Any) -> None:
    text = "The Board welcomed Orla Tremayne and Bram Okonjo representing the Eastmere CCG.\n"
    found = pairs(extractor, text)
    assert ("Bram Okonjo", "Eastmere CCG") in found
    assert ("Orla Tremayne", "Eastmere CCG") in found


def test_host_of_several_in_the_first_line_is_the_one_the_page_is_about(extractor: Any) -> None:
    text = (
        "Alison Pengelly, who used to run Cornwall Council, will chair Cornwall Partnership NHS "
        "Foundation Trust from June.\n\n"
        "The Trust's board backed the choice, and the Trust's staff side was consulted.\n\n"
        "Chief Executive Idris Vantongeren said the Trust was pleased.\n"
    )
    found = pairs(extractor, text)
    assert ("Idris Vantongeren", "Cornwall Partnership NHS Foundation Trust") in found
    assert ("Idris Vantongeren", "Cornwall Council") not in found


def test_host_a_trust_before_the_hospital_it_runs(extractor: Any) -> None:
    text = (
        "Northumbria Healthcare NHS Foundation Trust, which runs Wansbeck General Hospital, is "
        "recruiting.\n\nWaits at the hospital have fallen this year. Current chief executive "
        "Marisol Penhale said the trust was proud of its staff.\n"
    )
    found = pairs(extractor, text)
    assert ("Marisol Penhale", "Wansbeck General Hospital") not in found
    assert ("Marisol Penhale", "Northumbria Healthcare NHS Foundation Trust") in found
