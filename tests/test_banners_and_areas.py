"""Lines over a title that name no document, and places qualified by a nation (invented
people; real bodies and places)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.reference.gazetteer import load_gazetteer
from ingest.extract.banners import agenda_line
from ingest.extract.body_banners import area_line, bodies_banner
from ingest.extract.gazetteer_matcher import GAZ_KEY
from ingest.readers import read_document
from ingest.types import DocumentKind

GAZ = load_gazetteer()


def test_a_bodys_name_in_two_languages_is_its_banner() -> None:
    assert bodies_banner(
        "BWRDD IECHYD PRIFYSGOL BAE ABERTAWE / SWANSEA BAY UNIVERSITY HEALTH BOARD", GAZ
    )
    assert not bodies_banner("Falls in care homes / what we found", GAZ)


def test_lines_saying_where_a_paper_goes_or_what_unit_wrote_it() -> None:
    assert agenda_line("PEOPLE AND CULTURE COMMITTEE Agenda item 4.2")
    assert not agenda_line("TEES VALLEY EVALUATION TECHNICAL APPENDIX B")  # a part: kept
    assert area_line("Community Pharmacy -- North Wales", GAZ)
    assert not area_line("Peer support in Wales: what we learned", GAZ)


RECORD = """BWRDD IECHYD PRIFYSGOL BAE ABERTAWE / SWANSEA BAY UNIVERSITY HEALTH BOARD
Dermatology Nursing - South West Wales

        STUDY MORNING: VITILIGO AND PHOTOTHERAPY IN PRACTICE

  Date:       Wednesday 26 November 2025
  Venue:      Postgraduate Centre, Singleton Hospital, Swansea

Nurses from three boards compared how they explain phototherapy to patients.
"""


@pytest.mark.slow
def test_a_teaching_record_under_a_bilingual_banner_and_a_unit_line(
    tmp_path: Path, extractor: Any
) -> None:
    """Its title is the headline under both lines, and "South West Wales" is Wales (and its
    west), never the English region "South West"."""
    path = tmp_path / "record.txt"
    path.write_text(RECORD, "utf-8")
    raw = read_document(path, kind=DocumentKind.WORKSHOP)
    claims = extractor(raw)
    workshop = next(e for e in claims.entities if e.label.value == "Workshop")
    assert workshop.props["title"] == "Study morning: vitiligo and phototherapy in practice"
    doc = extractor.nlp(RECORD)
    places = {s.text for s in doc.spans[GAZ_KEY] if s.label_ == "PLACE"}
    assert "South West" not in places and "Swansea" in places
    covers = {r.target[1] for r in claims.relations if r.rel.value == "COVERS"}
    assert "Wales" in covers and "South West" not in covers


@pytest.mark.slow
def test_a_place_ending_a_longer_name_is_not_that_place(extractor: Any) -> None:
    """ "Rhondda, Taf Ely" names no Ely (England); "Central Leeds" and "Visit Ely" do."""
    doc = extractor.nlp(
        "Clusters in Rhondda, Taf Ely and Bridgend. Visit Ely. Wards in Central Leeds."
    )
    places = [s.text for s in doc.spans[GAZ_KEY] if s.label_ == "PLACE"]
    assert places.count("Ely") == 1 and "Leeds" in places and "Rhondda" in places


SURVEY = """TAI TARIAN
Tenant Engagement Team

GETTING ONLINE IN OUR HOMES: TAI TARIAN TENANTS' DIGITAL INCLUSION SURVEY

  Written by ....... Gareth Bowen, Tenant Engagement Manager, Tai Tarian
  Setting .......... Tai Tarian homes in Neath Port Talbot, Wales

One in five households had no internet at home, and most of them had no digital skills.
"""


@pytest.mark.slow
def test_a_unit_line_in_mixed_case_and_a_names_capitals_kept(
    tmp_path: Path, extractor: Any
) -> None:
    """ "Tenant Engagement Team" under the banner is no title, and the headline set in
    capitals keeps the capitals of the names the text writes that way ("Tai Tarian")."""
    path = tmp_path / "survey.txt"
    path.write_text(SURVEY, "utf-8")
    claims = extractor(read_document(path, kind=DocumentKind.EVIDENCE))
    evidence = next(e for e in claims.entities if e.label.value == "Evidence")
    assert evidence.props["title"] == (
        "Getting online in our homes: Tai Tarian tenants' digital inclusion survey"
    )
