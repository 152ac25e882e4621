"""Where evidence is set (ingest.extract.coverage): the nations its prose is set in, counting
local services for the nation they serve, and each item of a collection on its own. Real
files read by the readers, the real model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import Rel
from ingest.types import DocumentKind
from tests.test_section_topics import claims_of, linked

BOOK = """REGIONAL HEALTH RESEARCH DAY 2025
Abstract book - Poster session A                                   page 3
------------------------------------------------------------------------

A21  Befriending calls for older people who live alone
     Aoife Quinlan
     Department of Nursing, Queen's University Belfast

Background: Older people who live alone often go weeks without a conversation. Methods:
Volunteers phoned 80 older people in Newry every week for six months and we interviewed
twenty of them. Results: Most said the calls were the highlight of their week.

A22  Strength and balance classes in village halls
     Gethin Morgan
     Physiotherapy Department

Background: Falls are common among older people living in rural areas. Methods: We moved
classes from the hospital gym to four village halls around Brecon and followed 60 people for
a year. Results: Attendance doubled and fewer people fell.
"""

REPORT = """Quarterly performance report: stroke services

Summary

Of the 20 indicators in this report, 12 met their target. Pressure on beds was severe across
the Southern Trust area over the winter months.

Exception report: stroke

A new early supported discharge team began at Craigavon Area Hospital in May; patients went
home four days sooner. NHS England guidance on stroke care was followed throughout.
"""


def covers(claims: Any) -> dict[str, set[str]]:
    return linked(claims, Rel.COVERS)


@pytest.mark.slow
def test_each_abstract_covers_where_its_own_prose_says_it_was_done(
    extractor: Any, tmp_path: Path
) -> None:
    claims = claims_of(extractor, tmp_path, "book.txt", BOOK, DocumentKind.EVIDENCE)
    found = covers(claims)
    calls = next(v for k, v in found.items() if "A21" in k)
    classes = next(v for k, v in found.items() if "A22" in k)
    assert calls == {"Newry"} and classes == {"Brecon"}  # one sentence each is enough
    # and each abstract's author, from the line under its heading, wrote it
    wrote = {
        (r.source[1], r.target[1].split(": ")[-1][:4])
        for r in claims.relations
        if r.rel == Rel.AUTHORED
    }
    assert {("Aoife Quinlan", "A21 "), ("Gethin Morgan", "A22 ")} <= wrote


@pytest.mark.slow
def test_a_reports_local_services_say_which_nation_it_is_set_in(
    extractor: Any, tmp_path: Path
) -> None:
    claims = claims_of(extractor, tmp_path, "ipr.txt", REPORT, DocumentKind.EVIDENCE)
    (found,) = covers(claims).values()
    # a trust's area and one of its hospitals: two sentences set in Northern Ireland; the
    # national body whose guidance was followed does not make it a study of England
    assert found == {"Northern Ireland"}


PAPER = """RESEARCH REPORT · Health Services Research Reports 2024; Vol. 5, No. 1

Waiting well for hip and knee operations in Fife

Ann Example1*, Bo Sample2

1School of Health Sciences, University of Leeds, Leeds, UK; 2Centre for Health Policy,
University of Bristol, Bristol, UK. *Corresponding author: a.example@example.org

Abstract

We followed 120 people waiting for hip and knee operations in Fife for a year.
"""


@pytest.mark.slow
def test_where_the_authors_work_is_not_what_their_study_covers(
    extractor: Any, tmp_path: Path
) -> None:
    claims = claims_of(extractor, tmp_path, "paper.txt", PAPER, DocumentKind.EVIDENCE)
    (found,) = covers(claims).values()
    assert found == {"Fife"}  # not Leeds, Bristol or the UK of the affiliation lines


LANGUAGES = """Talking again: conversation groups after stroke in Gwynedd

Groups met in Bangor and Caernarfon. Groups held in Welsh as well as English were valued by
first-language Welsh speakers. The toolkit is published in Welsh and English.
"""


@pytest.mark.slow
def test_a_language_named_is_no_nation(extractor: Any, tmp_path: Path) -> None:
    claims = claims_of(extractor, tmp_path, "groups.txt", LANGUAGES, DocumentKind.EVIDENCE)
    nations = {e.ref[1] for e in claims.entities if e.ref[0].value == "Nation"}
    assert "England" not in nations  # "as well as English", "in Welsh and English"


SCREENING = """Section 75 equality screening

Name of the policy: Healthy Futures family weight management programme

Prepared by Ann Example, Health Improvement Manager, Public Health Agency.

The Healthy Futures family weight management programme runs in Belfast and Newry.
"""


@pytest.mark.slow
def test_a_programmes_name_is_no_person(extractor: Any, tmp_path: Path) -> None:
    claims = claims_of(extractor, tmp_path, "s75.txt", SCREENING, DocumentKind.EVIDENCE)
    persons = {e.ref[1] for e in claims.entities if e.ref[0].value == "Person"}
    assert "Healthy Futures" not in persons and "Ann Example" in persons


SITES = """THEMATIC REPORT

What good hand hygiene looks like: themes from 140 Greatix reports

Nominations made at Cheltenham General Hospital between April and September 2025.

Why look at Greatix reports

Most of what we know about hand hygiene comes from incidents. Staff nominated colleagues for
good practice on the wards.
"""

TRUST = """Falls after discharge: a review of 300 cases

Prepared for the board of Wye Valley Hospitals NHS Foundation Trust.

We reviewed 300 falls in people discharged from the wards. Most were in the first week.
"""


@pytest.mark.slow
def test_a_hospital_named_after_its_town_or_a_foundation_trust_says_the_nation(
    extractor: Any, tmp_path: Path
) -> None:
    """A report that names no nation, only a hospital named after its town on its front page,
    or a body whose kind exists in one nation only (an NHS foundation trust), is set there."""
    for name, text in (("sites.txt", SITES), ("trust.txt", TRUST)):
        claims = claims_of(extractor, tmp_path, name, text, DocumentKind.EVIDENCE)
        assert "England" in set().union(*covers(claims).values()), name


ASSURANCE = """Chair's Assurance Report: nutrition screening on adult inpatient wards

Report author: Kathryn Swale, Lead Dietitian

The audit was carried out across 14 wards at Wansbeck, North Tyneside and Hexham hospitals.
Only 71% of adult inpatients had a nutrition screen within 24 hours of admission.
"""

PASSING = """# Nutrition screening on adult inpatient wards

Only 71% of adult inpatients had a nutrition screen within 24 hours of admission.

## Staffing

Screening was done by ward nurses. One ward manager had moved from Hexham the year before.
"""


@pytest.mark.slow
def test_several_places_of_one_nation_and_none_of_another_set_a_report_there(
    extractor: Any, tmp_path: Path
) -> None:
    """Places named in a list after another place ("at Wansbeck, North Tyneside and Hexham")
    are places, not an organisation; several of one nation, and none of another, set a report
    there even in one sentence; one place named in passing does not."""
    claims = claims_of(extractor, tmp_path, "car.txt", ASSURANCE, DocumentKind.EVIDENCE)
    (found,) = covers(claims).values()
    assert {"North Tyneside", "Hexham"} <= found
    claims = claims_of(extractor, tmp_path, "one.md", PASSING, DocumentKind.EVIDENCE)
    assert covers(claims) == {}


LETTER = """Health and Social Care Committee

Welsh Parliament
Cardiff Bay, Cardiff, CF99 1SN

0300 200 6565

Minister for Mental Health
Welsh Government

3 March 2025

Eating disorder services for adults in Wales

Dear Minister,

Thank you for attending our meeting on 12 February, when we heard about waits for adult
eating disorder services. We would welcome your reply on the points below.

1. Dr Ann Example, Consultant Psychiatrist at Example Health Board, told us about waits
   of up to a year for a first assessment.

Yours sincerely,

Bea Example MS
Chair
"""


@pytest.mark.slow
def test_a_letters_subject_is_its_title_and_says_where_it_is_set(
    extractor: Any, tmp_path: Path
) -> None:
    """A letter's title is its subject line under the letterhead and date; a nation it
    names is stated, as a title's is (the committee's name alone would say UK-wide)."""
    claims = claims_of(extractor, tmp_path, "letter.txt", LETTER, DocumentKind.EVIDENCE)
    found = covers(claims)
    letter = next(k for k in found if k.startswith("Eating disorder services for adults"))
    assert found[letter] == {"Wales"}


LABELLED = """Home > Blog > Figure of the month

FIGURE OF THE MONTH

Where do adults with a learning disability wait longest for an annual health check in Wales?

Posted 2 June 2025 by the data team

Annual health checks for adults with a learning disability are offered by general practices.
This month's figure sets out the share of checks done within the year, by health board. For
comparison, practices in England reached 76% last year, and England publishes its figures
every quarter.
"""


@pytest.mark.slow
def test_a_nation_in_the_headline_under_a_label_is_stated_there(
    extractor: Any, tmp_path: Path
) -> None:
    """Under a site's breadcrumb trail, a short label in capitals keeps the headline under it in the
    title; the nation that
    headline names is stated in the title (a comparison with another nation in the prose says
    nothing of where the figure is set), and the reason points at the headline's line."""
    claims = claims_of(extractor, tmp_path, "figure.txt", LABELLED, DocumentKind.EVIDENCE)
    (item,) = [e for e in claims.entities if e.name.startswith("Figure of the month: Where")]
    found = [
        r for r in claims.relations if r.rel == Rel.COVERS and r.source == (item.label, item.name)
    ]
    assert {r.target[1] for r in found} == {"Wales"}
    assert [p.quote for p in found[0].provenance] == [
        "Where do adults with a learning disability wait longest for an annual health check "
        "in Wales?"
    ]


FIELDS_ONLY = """==========================================================================
 NORTH DOWN GP FEDERATION - PRESCRIBING TEAM
==========================================================================
 Opioid prescribing in federation practices: a search audit
--------------------------------------------------------------------------
 Audit lead ........ Dr Ciara Mulvenna, GP Lead for Prescribing
 Peer reviewer ..... Dr Owen Tolland, GP, Holywood
 Practices ......... 11 of 12 federation practices (Northern Ireland)
 Search date ....... 4 February 2025
--------------------------------------------------------------------------

1. PURPOSE
   To find how many patients have an active opioid repeat and whether each
   had a medication review in the past year.

2. FINDINGS
   Of 412 patients on a repeat opioid, 150 had no review recorded.
"""

FIELDS_TWO_NATIONS = FIELDS_ONLY.replace("GP, Holywood", "GP, Cardiff")


@pytest.mark.slow
def test_a_report_whose_front_fields_alone_say_where_it_was_done(
    extractor: Any, tmp_path: Path
) -> None:
    """Evidence whose prose names nowhere is set where its front page's fields say ("Practices:
    11 of 12 federation practices (Northern Ireland)"); fields naming places of two nations
    set it nowhere."""
    claims = claims_of(extractor, tmp_path, "audit.txt", FIELDS_ONLY, DocumentKind.EVIDENCE)
    (found,) = covers(claims).values()
    assert "Northern Ireland" in found
    claims = claims_of(extractor, tmp_path, "audit2.txt", FIELDS_TWO_NATIONS, DocumentKind.EVIDENCE)
    assert covers(claims) == {}
