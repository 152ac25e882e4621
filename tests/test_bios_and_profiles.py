"""People written about by their given name under their name line (speaker biographies, "meet
the team" pages), a profile's headline of bar-parted fields, joining clauses and former roles,
a body's own role phrases, and organisations the model cut short (invented people; real
bodies and places; real spaCy model)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.reference.gazetteer import load_gazetteer
from ingest.extract.heading_bodies import heading_bodies
from ingest.extract.people_lists import parse_people
from ingest.readers import read_document
from ingest.readers.line_shapes import continues
from ingest.types import DocumentKind

pytestmark = pytest.mark.slow

BIOS = "\n".join(
    [
        "Q Community Event – Belfast: Improvement in hard times",
        "Riddel Hall, Belfast | Thursday 5 June",
        "",
        "Meet our speakers",
        "",
        "Saoirse Quinlan-Moffett",
        "Saoirse is Head of Improvement at the HSC Safety Forum, part of the Public Health "
        "Agency (PHA), and has been a Q member since 2016. She leads the regional deteriorating "
        "patient work with the five HSC trusts.",
        "",
        "Professor Hamish Carbery-Lowe",
        "Hamish is Professor of Health Services Research at Ulster University and leads its "
        "partnership with the Northern Ireland Practice and Education Council for Nursing and "
        "Midwifery (NIPEC).",
        "",
        "Jolene Ruddock-Ashe",
        "Jolene is Q's Community Manager for Northern Ireland and Scotland. Before joining the "
        "Health Foundation she worked for the Scottish Social Services Council.",
        "",
        "Councillor Tobias Haslam-Wray",
        "Cabinet Member for Health and Adult Social Care, Wigan Council",
        "Tobias has represented Ince ward since 2014 and chairs the borough's health "
        "partnership board, which meets every month in the town hall.",
        "",
    ]
)

PROFILE = "\n".join(
    [
        "Dr Farida Nadeem-Carlow",
        "Associate Director of Quality Improvement at Barts Health NHS Trust | Q member | "
        "Honorary Senior Lecturer, Queen Mary University of London",
        "London, England, United Kingdom · 500+ connections",
        "",
        "Education",
        "London School of Hygiene & Tropical Medicine – MSc Public Health",
        "St George's, University of London – MBBS",
        "",
    ]
)

NEWS = "\n".join(
    [
        "NHS Lancashire and South Cumbria ICB announces new chief executive",
        "",
        "NHS Lancashire and South Cumbria Integrated Care Board has appointed Dr Marisa "
        "Ellerbeck-Towne as its new chief executive. She will join in May from Mersey and West "
        "Lancashire Teaching Hospitals NHS Trust.",
        "",
        "Dr Ellerbeck-Towne trained as a GP in Preston.",
        "",
        "Mersey and West Lancashire Teaching Hospitals' chief executive, Bryony Stirland, said "
        "the trust was sorry to lose her.",
        "",
    ]
)

TRUST_NEWS = "\n".join(
    [
        "Belfast Trust opens Frailty Assessment Unit at the Mater",
        "",
        "News | Belfast Health and Social Care Trust | 22 April",
        "",
        "The Belfast Health and Social Care Trust has opened a new Frailty Assessment Unit at "
        "the Mater Infirmorum Hospital.",
        "",
        "Dr Eilis Tolland-Kerrigan, Consultant Geriatrician and clinical lead for the unit, "
        'said: "We assess in hours, not days."',
        "",
        "The Belfast Trust's Director of Unscheduled and Acute Care, Conall McGivney-Lytle, said "
        "the unit was part of the trust's response to the No More Silos programme.",
        "",
    ]
)

NEWSLETTER = "\n".join(
    [
        "The Beeches Surgery – Patient Newsletter, Spring Edition",
        "",
        "Welcome from the partners",
        "Spring is here and so is our new phone system! Thank you for your patience over the "
        "winter.",
        "",
        "Meet the team",
        "We are delighted to welcome Johanna Whitcombe-Ayre, our new Care Co-ordinator, who "
        "joins us from Age UK Gloucestershire.",
        "",
        "Our practice nurse Beverley Marlow has qualified as a diabetes specialist nurse.",
        "",
    ]
)


def works_at(tmp_path: Path, extractor: Any, name: str, text: str) -> set[tuple[str, str]]:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    claims = extractor(read_document(path, kind=DocumentKind.EVIDENCE))
    return {(r.source[1], r.target[1]) for r in claims.relations if r.rel.value == "WORKS_AT"}


def test_a_speaker_written_about_by_given_name_under_the_name_line(
    tmp_path: Path, extractor: Any
) -> None:
    found = works_at(tmp_path, extractor, "bios.txt", BIOS)
    assert ("Saoirse Quinlan-Moffett", "Public Health Agency") in found  # "O1, part of O2"
    assert ("Saoirse Quinlan-Moffett", "Q") in found  # "has been a Q member"
    assert ("Hamish Carbery-Lowe", "Ulster University") in found
    assert not any(org.startswith("Northern Ireland Practice") for _, org in found)  # its work
    assert ("Jolene Ruddock-Ashe", "Q") in found  # "Jolene is Q's Community Manager"
    assert ("Jolene Ruddock-Ashe", "Health Foundation") in found  # "Before joining O, …"
    assert ("Jolene Ruddock-Ashe", "Scottish Social Services Council") not in found  # before
    assert ("Tobias Haslam-Wray", "Wigan Council") in found  # the role line under the name


def test_a_profiles_headline_is_read_field_by_field_and_its_schools_are_no_people(
    tmp_path: Path, extractor: Any
) -> None:
    found = works_at(tmp_path, extractor, "profile.txt", PROFILE)
    assert {org for person, org in found if person == "Farida Nadeem-Carlow"} == {
        "Barts Health NHS Trust",
        "Q",
        "Queen Mary University of London",
    }
    people = {person for person, _ in found}
    assert not people & {"London School", "St George"}


def test_a_person_named_in_full_with_a_title_and_a_surname_named_alone_elsewhere(
    tmp_path: Path, extractor: Any
) -> None:
    found = works_at(tmp_path, extractor, "news.txt", NEWS)
    assert (
        "Marisa Ellerbeck-Towne",
        "NHS Lancashire and South Cumbria Integrated Care Board",
    ) in found
    # cut short at the start by the model, grown back to the name the page gives in full
    assert ("Bryony Stirland", "Mersey and West Lancashire Teaching Hospitals NHS Trust") in found


def test_a_bodys_own_role_phrases_on_its_news_page(tmp_path: Path, extractor: Any) -> None:
    found = works_at(tmp_path, extractor, "trust.txt", TRUST_NEWS)
    trust = "Belfast Health and Social Care Trust"
    assert ("Eilis Tolland-Kerrigan", trust) in found  # "clinical lead for the unit, said"
    assert ("Conall McGivney-Lytle", trust) in found  # "Director of Unscheduled and Acute Care"


def test_a_newsletters_body_and_who_joins_from_elsewhere(tmp_path: Path, extractor: Any) -> None:
    found = works_at(tmp_path, extractor, "newsletter.txt", NEWSLETTER)
    assert ("Johanna Whitcombe-Ayre", "Age UK Gloucestershire") not in found  # joins us from
    assert ("Johanna Whitcombe-Ayre", "Beeches Surgery") in found  # "our new Care Co-ordinator"
    assert ("Beverley Marlow", "Beeches Surgery") in found  # "Our practice nurse"


def test_a_short_line_over_a_paragraph_typed_on_one_line_is_no_wrap() -> None:
    role = "Cabinet Member for Health and Adult Social Care, Wigan Council"
    paragraph = "Tobias has represented Ince ward since 2014. " * 4
    assert not continues(role, paragraph.strip())
    assert continues(role, "Tobias has represented Ince ward.")  # wrapped at that width


def test_a_newsletters_banner_names_its_body(extractor: Any) -> None:
    doc = extractor.nlp("The Beeches Surgery – Patient Newsletter, Spring Edition\n\nHello.")
    assert [s.text for s in heading_bodies(doc, [])] == ["Beeches Surgery"]


def test_saints_and_schools_open_no_persons() -> None:
    gaz = load_gazetteer()
    for line in (
        "St George's, University of London – MBBS",
        "London School of Hygiene & Tropical Medicine – MSc Public Health",
    ):
        assert not [p for p in parse_people(line, gaz) if p.name], line


def test_learning_headings_in_the_present_and_of_a_season_and_absence_labels() -> None:
    from ingest.extract.absence_words import says_apologies
    from ingest.extract.headings import role_of_heading

    for heading in (
        "What we are noticing in our practice",
        "What we keep seeing",
        "Learning from the first winter",
    ):
        role = role_of_heading(heading)
        assert role is not None and role.value == "learning", heading
    for heading in ("What we are doing next", "Plans for the winter", "Learning from Wales"):
        role = role_of_heading(heading)
        assert role is None or role.value != "learning", heading
    assert says_apologies("NOT ON IT: Dr Manon Glyn-Bowen (Cimla Health Centre) -- on leave")
    assert not says_apologies("Staff, on leave or sick, were counted in the return.")


def test_a_second_author_joined_by_with() -> None:
    entries = parse_people(
        "Roisin Devlin-Marr, Regional Antimicrobial Pharmacist, Public Health Agency, with "
        "Conall Mulgee (Information Analyst, Business Services Organisation), who produced the "
        "dashboard",
        load_gazetteer(),
    )
    assert [(e.name, e.organisations) for e in entries] == [
        ("Roisin Devlin-Marr", ("Public Health Agency",)),
        ("Conall Mulgee", ("Business Services Organisation",)),
    ]
    alone = parse_people("Ann Bellamy, Nurse Specialist with NHS Fife", load_gazetteer())
    assert [e.name for e in alone] == ["Ann Bellamy"]


def test_a_name_through_the_possessive_of_the_people_a_body_serves(extractor: Any) -> None:
    doc = extractor.nlp("This spring the Northern Ireland Children's Hospice marked 20 years.")
    assert "Northern Ireland Children's Hospice" in {e.text for e in doc.ents}
    doc = extractor.nlp("NHS Fife's Hospital at Home service grew last year.")
    assert "NHS Fife" in {e.text for e in doc.ents}  # the body's own possessive


def test_a_checklist_with_owners_is_no_register_and_a_name_notes_its_part(
    tmp_path: Path, extractor: Any
) -> None:
    from ingest.extract.took_part import acted_by, among_us

    text = "\n".join(
        [
            "Launch meeting: community pharmacy ear wax removal service, Highland",
            "",
            "| Attending | Role and organisation |",
            "|---|---|",
            "| Shona MacAskew (chair) | Lead Pharmacist, NHS Highland |",
            "| Duncan Tullis | Audiology Service Manager, NHS Highland |",
            "",
            "Apologies: Jill Sutherland-Hayes, Primary Care Manager, NHS Highland.",
            "",
            "## 3. Launch checklist: outstanding",
            "",
            "| Item | Owner | Status |",
            "|---|---|---|",
            "| Equipment delivered | Shona MacAskew | 22 of 28 |",
            "| Referral template on practice systems | Jill Sutherland-Hayes | Not started |",
            "",
        ]
    )
    path = tmp_path / "launch.md"
    path.write_text(text, "utf-8")
    claims = extractor(read_document(path, kind=DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel.value == "ATTENDED"}
    assert came == {"Shona MacAskew", "Duncan Tullis"}  # an owner of a row did not come by it
    said = "With her were Ciaran Mull, Coordinator at the council, and Pat Gorm (PHA)."
    assert among_us(said, 14) and among_us(said, 60)
    hosts = "Hosts were: Ann Bellis (Voluntary Norfolk) on housing; and Bo Lim, on care."
    assert acted_by(hosts, 12) == "host" and acted_by(hosts, 61) == "host"


def test_the_number_of_a_named_thing_is_no_figure() -> None:
    from ingest.extract.learning import _figure

    assert not _figure("People who join a tier 2 group held nearby stay to week 12.")
    assert _figure("Of 40 people referred, 12 stayed to the end.")


def test_a_second_leader_under_a_hanging_indent_and_a_team_lead_is_a_post() -> None:
    from ingest.extract.took_part import part_in_post

    value = (  # a "Led by:" value as its key line gives it, after the key's spaces
        " Grainne Fitzsimmons, Nurse Facilitator (Primary Care), with Maurice Crothall, "
        "Senior Audiologist, South Eastern Health and Social Care Trust"
    )
    entries = parse_people(value, load_gazetteer())
    assert [e.name for e in entries] == ["Grainne Fitzsimmons", "Maurice Crothall"]
    assert part_in_post("Physiotherapy Team Lead in the same trust") == ""
    assert part_in_post("Session lead") == "lead"
