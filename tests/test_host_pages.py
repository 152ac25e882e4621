"""A page's own people (team pages, membership pages, boards welcomed, sign-offs, councillors
on their council's page), the body a page speaks for when its title names none, clauses about
a body ("O, where ward manager P …"), posts held still ("has been a trustee of O since 2019"),
and bodies the model leaves untagged or tags as people and places (invented people; real
bodies and places; real spaCy model)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ingest.pipeline import claims_summary
from ingest.readers import read_document
from ingest.types import DocumentKind

pytestmark = pytest.mark.slow

TEAM = "\n".join(
    [
        "Skerryvore Practice – Our team",
        "",
        "Skerryvore Practice is run directly by NHS Orkney and serves around 9,000 patients in "
        "Kirkwall.",
        "",
        "GPs",
        "",
        "Dr Magnus Rendall-Adu and Dr Freya Harray-Lindqvist.",
        "",
        "Community link worker",
        "",
        "Linda Deerness-Ogunleye is our community link worker, employed by Voluntary Action "
        "Orkney.",
        "",
        "Practice Manager",
        "",
        "Alison Stromness-Grieve, who retired in March, was our practice manager for 20 years.",
        "",
    ]
)

SIGNED = "\n".join(
    [
        "Foreword from our Chair and Chief Executive",
        "",
        "This has been a year in which local people told us, more loudly than ever, what it is "
        "like to wait for care in Penzance and Bodmin.",
        "",
        "Lowenna Treloar-Binns, Chair",
        "Healthwatch Cornwall",
        "",
    ]
)

FOREWORD = "\n".join(
    [
        "Annual report 2024/25",
        "",
        "Foreword",
        "",
        "Welcome to the Regulation and Quality Improvement Authority's annual report. This year "
        "we carried out more than 2,400 inspections.",
        "",
        "Briege Ballinderry-Kerr",
        "Chair",
        "",
        "Dr Tiernan Knockloughrim-Sood",
        "Chief Executive",
        "",
    ]
)

TRUSTEES = "\n".join(
    [
        "Healthwatch Cornwall welcomes new chair and two trustees",
        "",
        "We are pleased to announce that Pamela Tregoning-Hussey has been appointed as the new "
        "chair of Healthwatch Cornwall's board of trustees. Pamela has been a trustee of Cornwall "
        "Rural Community Charity since 2019.",
        "",
        "We also welcome two new trustees:",
        "",
        "- Kieran Pascoe-Mbeki, a youth worker in Truro.",
        "- Dr Helen Treloar-Quayle, a senior lecturer in nursing at the University of Plymouth.",
        "",
    ]
)

CABINET = "\n".join(
    [
        "Press release: Leader announces new Cabinet portfolios",
        "",
        "Brighton & Hove City Council's Leader has announced changes to the Cabinet.",
        "",
        "Councillor Sunniva Patcham-Reyes becomes Cabinet Member for Adult Social Care. She "
        "takes over from former Councillor Tobias Saltdean-Hale.",
        "",
    ]
)

CASES = "\n".join(
    [
        "Case studies from the collaborative",
        "",
        "The teams included Powys Teaching Health Board's community hospital in Brecon, where "
        "ward manager Nerys Bellamy-Pugh introduced a trigger for worried families, and Velindre "
        "Cancer Centre, part of Velindre University NHS Trust, where nurse consultant Zainab "
        "Okonkwo-Rhys led work on sepsis. At Ysbyty Gwynedd, where patient Tom Pritchard-Lloyd "
        "told us about waits, the team met weekly.",
        "",
    ]
)

BODIES = "\n".join(
    [
        "People moves",
        "",
        "Ade Ogunbiyi-Marsh has been appointed chief executive of Healthwatch Kent. Its teams at "
        "North Devon District Hospital and Skerryvore Practice have a strong reputation, said "
        "Morag Cattanach, Rural Practice Lead at NHS Highland. The Department of Health in "
        "Northern Ireland welcomed the Q Lab's work on peer support. A youth worker at Merthyr "
        "Tydfil County Borough Council's youth service met staff from the Lancashire and South "
        "Cumbria Health and Care Partnership.",
        "",
    ]
)


def extracted(tmp_path: Path, extractor: Any, name: str, text: str) -> dict[str, Any]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return claims_summary(extractor(read_document(path, kind=DocumentKind.EVIDENCE)))


def works_at(tmp_path: Path, extractor: Any, name: str, text: str) -> set[tuple[str, str]]:
    return {tuple(r) for r in extracted(tmp_path, extractor, name, text)["relations"]}


def test_everyone_on_a_team_page_is_the_hosts_but_one_who_left(
    tmp_path: Path, extractor: Any
) -> None:
    found = works_at(tmp_path, extractor, "team.txt", TEAM)
    for person in ("Magnus Rendall-Adu", "Freya Harray-Lindqvist", "Linda Deerness-Ogunleye"):
        assert (person, "Skerryvore Practice") in found  # the title's body, which the model missed
    assert ("Alison Stromness-Grieve", "Skerryvore Practice") not in found  # "who retired"


def test_a_sign_off_is_the_body_on_its_last_line_or_the_pages_own(
    tmp_path: Path, extractor: Any
) -> None:
    assert ("Lowenna Treloar-Binns", "Healthwatch Cornwall") in works_at(
        tmp_path, extractor, "signed.txt", SIGNED
    )
    found = works_at(tmp_path, extractor, "foreword.txt", FOREWORD)
    rqia = "Regulation and Quality Improvement Authority"  # "Welcome to the RQIA's …" under
    assert {("Briege Ballinderry-Kerr", rqia), ("Tiernan Knockloughrim-Sood", rqia)} <= found


def test_a_board_welcomed_and_a_post_held_since(tmp_path: Path, extractor: Any) -> None:
    found = works_at(tmp_path, extractor, "trustees.txt", TRUSTEES)
    assert ("Pamela Tregoning-Hussey", "Healthwatch Cornwall") in found  # "O's board"
    assert ("Pamela Tregoning-Hussey", "Cornwall Rural Community Charity") in found  # since
    assert ("Kieran Pascoe-Mbeki", "Healthwatch Cornwall") in found  # "welcome two new trustees:"
    assert ("Helen Treloar-Quayle", "Healthwatch Cornwall") in found
    assert ("Helen Treloar-Quayle", "University of Plymouth") in found


def test_a_councillor_on_the_councils_own_page(tmp_path: Path, extractor: Any) -> None:
    found = works_at(tmp_path, extractor, "cabinet.txt", CABINET)
    assert ("Sunniva Patcham-Reyes", "Brighton & Hove City Council") in found
    assert ("Tobias Saltdean-Hale", "Brighton & Hove City Council") not in found  # former


def test_a_clause_about_a_body_names_who_works_there(tmp_path: Path, extractor: Any) -> None:
    found = works_at(tmp_path, extractor, "cases.txt", CASES)
    assert ("Nerys Bellamy-Pugh", "Powys Teaching Health Board") in found
    assert ("Zainab Okonkwo-Rhys", "Velindre Cancer Centre") in found  # "O1, part of O2, where"
    assert ("Zainab Okonkwo-Rhys", "Velindre University NHS Trust") in found
    assert not any(person == "Tom Pritchard-Lloyd" for person, _ in found)  # a patient


def test_bodies_the_model_leaves_untagged_or_tags_as_people_or_places(
    tmp_path: Path, extractor: Any
) -> None:
    found = extracted(tmp_path, extractor, "bodies.txt", BODIES)
    orgs = set(found["organisations"])
    assert {"Healthwatch Kent", "North Devon District Hospital", "Skerryvore Practice"} <= orgs
    assert "Department of Health" in orgs  # "… in Northern Ireland": where it is, not whose
    assert "Q Improvement Lab" in orgs and "Q Lab" not in orgs  # the Lab by its full name
    assert "Rural Practice" not in orgs  # "Rural Practice Lead": a job title
    assert "Merthyr Tydfil County Borough Council" in orgs  # the place opens the name
    assert "Lancashire and South Cumbria Health and Care Partnership" in orgs
    assert ["Ade Ogunbiyi-Marsh", "Healthwatch Kent"] in found["relations"]


def test_a_bodys_publication_is_not_part_of_its_name(tmp_path: Path, extractor: Any) -> None:
    text = "Severn Hospice Quality Account\n\nStatement from the Chief Executive\n\n" + (
        "I am pleased to present our Quality Account for people across Shropshire.\n\n"
        "Heather Longden-Obuya, Chief Executive\n"
    )
    found = extracted(tmp_path, extractor, "account.txt", text)
    assert found["organisations"] == ["Severn Hospice"]
    assert ["Heather Longden-Obuya", "Severn Hospice"] in found["relations"]  # a sign-off


def test_an_authors_line_over_its_notes_and_a_part_that_names_no_one(
    tmp_path: Path, extractor: Any
) -> None:
    text = "\n".join(
        [
            "Abstract 3.12 – Quality improvement poster session",
            "",
            "Moving more on the ward: a QI project on physical activity",
            "",
            'Authors: Temitope Harewood-Blyth*, Jonah Seacroft† and "Kev", expert by experience*',
            "",
            "* Leeds and York Partnership NHS Foundation Trust",  # read as a bullet: a note
            "† Diabetes Team, Morriston Hospital, Swansea Bay University Health Board",
            "",
            "Context",
            "People with severe mental illness die earlier than the general population.",
        ]
    )
    found = works_at(tmp_path, extractor, "abstract.txt", text)
    assert ("Temitope Harewood-Blyth", "Leeds and York Partnership NHS Foundation Trust") in found
    assert ("Jonah Seacroft", "Morriston Hospital") in found  # a site and its board
    assert ("Jonah Seacroft", "Swansea Bay University Health Board") in found


def test_note_marks_come_off_names_and_a_post_is_no_person(tmp_path: Path, extractor: Any) -> None:
    text = "\n".join(
        [
            "Hypo boxes on every ward",
            "",
            "Elinor Vaughan-Adebayo¹, Dr Aled ap Hywel-Moss² and Sunita Brackla-Thomas¹",
            "",
            "¹ Swansea Bay University Health Board",
            "² Swansea University",
            "",
            "Team: Tamsin Roskilly, Advanced Nurse Practitioner and Nurse Lead; Cllr Barnaby "
            "Wetwang-Okonjo, Portfolio Holder for Health, Hull City Council.",
        ]
    )
    found = extracted(tmp_path, extractor, "poster.txt", text)
    people = set(found["persons"])
    assert {"Elinor Vaughan-Adebayo", "Aled ap Hywel-Moss", "Sunita Brackla-Thomas"} <= people
    assert not people & {"Elinor Vaughan", "Lead", "Portfolio Holder"}
    assert "Portfolio Holder for Health" not in found["organisations"]
    assert ["Barnaby Wetwang-Okonjo", "Hull City Council"] in found["relations"]


def test_a_bodys_colleagues_and_their_post(tmp_path: Path, extractor: Any) -> None:
    text = "\n".join(
        [
            "Acknowledgements",
            "",
            "We would like to thank our Health Foundation colleagues Fenella Quartermaine and "
            "Kwabena Lutterodt-Hay for their analysis of practice data.",
            "",
            "Link workers in Dundee are employed by Dundee Health and Social Care Partnership; "
            "their team leader, Gillian Craigowl-Nwosu, helped us arrange interviews.",
        ]
    )
    found = works_at(tmp_path, extractor, "thanks.txt", text)
    assert ("Fenella Quartermaine", "Health Foundation") in found
    assert ("Kwabena Lutterodt-Hay", "Health Foundation") in found  # "and": the same colleagues
    assert ("Gillian Craigowl-Nwosu", "Dundee Health and Social Care Partnership") in found


def test_a_role_line_after_the_letters_set_before_it(tmp_path: Path, extractor: Any) -> None:
    text = "\n".join(
        [
            "Council election – candidate statements",
            "",
            "Dr Mhairi Strachur-Adeyemi",
            "FRCP Edin; Consultant in Acute Medicine, Forth Valley Royal Hospital, "
            "NHS Forth Valley",
            "",
            "Why I am standing",
            "",
            "I have been a Fellow of the College for eleven years.",
        ]
    )
    found = works_at(tmp_path, extractor, "statement.txt", text)
    assert ("Mhairi Strachur-Adeyemi", "Forth Valley Royal Hospital") in found
    assert ("Mhairi Strachur-Adeyemi", "NHS Forth Valley") in found
