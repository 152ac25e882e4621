"""A document's title (ingest.extract.titles.document_title) from a web page: the page's
headline, its <h1>, as its readers see it; its <title> only when it has none."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.reference.gazetteer import load_gazetteer
from ingest.extract.layout import Layout
from ingest.extract.titles import document_title
from ingest.readers import read_document

PAGE = """<!doctype html><html><head><title>{title}</title></head><body>
<header><p>Healthcare Inspectorate Wales</p></header><main>{h1}
<p>We visited the service over two days and spoke to women using it and to staff.</p>
</main></body></html>"""


@pytest.mark.parametrize(
    ("title", "h1", "expected"),
    [
        # the <title> adds the site and the section
        ("Falls clinic opens | News | Example Trust", "Falls clinic opens", "Falls clinic opens"),
        # the <title> is written for search engines: the page's readers see its headline
        (
            "Inspection report: Community Perinatal Service, Prince Charles Hospital",
            "Mental Health Service Inspection (Unannounced)",
            "Mental Health Service Inspection (Unannounced)",
        ),
        ("Carer breaks: what works", "", "Carer breaks: what works"),  # no headline
    ],
)
def test_a_web_pages_title_is_its_headline(
    tmp_path: Path, title: str, h1: str, expected: str
) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(title=title, h1=f"<h1>{h1}</h1>" if h1 else ""), "utf-8")
    raw = read_document(path)
    assert document_title(raw, load_gazetteer(), Layout.of(raw).front)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected", "kind"),
    [
        # a trial registry record opens with its number and DOI: the study's title is below
        (
            "ISRCTN12345678\nhttps://doi.org/10.1186/ISRCTN12345678\n\n"
            "Group singing for people with long-term lung conditions in Lanark\n\n"
            "Submission date        Recruitment status\n",
            "Group singing for people with long-term lung conditions in Lanark",
            "",
        ),
        # a news page's section banner names its section, not the story
        (
            "NEWS | MID WALES | HEALTH\n\nPharmacy in Rhayader opens on Sundays\n\n"
            "By Ann Example, Reporter\n\nThe pharmacy will open from ten until four.\n",
            "Pharmacy in Rhayader opens on Sundays",
            "News",
        ),
        # a chat export's day banner dates the document but does not name it
        (
            "--- Tuesday, March 18th, 2025 ---\n\nWalking group huddle in Dundee\n\n"
            "[09:58] Ann Example\nMorning all, we start at ten.\n",
            "Walking group huddle in Dundee",
            "",
        ),
        # a few words saying what kind of report it is, over its title
        (
            "Advice trends report\n\nRent arrears and health: what our advisers saw in Fife\n\n"
            "Citizens Advice Scotland · published 12 August 2025\n",
            "Rent arrears and health: what our advisers saw in Fife",
            "",
        ),
        # a journal's running head names its issue; the label over the title is its kind
        (
            "Example Journal of Nursing | Volume 12, Issue 3 | June 2025 | pp. 101-104\n\n"
            "EDITORIAL\n\nHome oxygen in Wales: who checks the cylinders?\n\n"
            "Ann Example(1)\n\nThe service moved to a new supplier last year.\n",
            "Home oxygen in Wales: who checks the cylinders?",
            "Editorial",
        ),
        # the publisher's banner (a body its people work at), a note on this copy's form, a
        # short title in capitals with a colon over its subtitle, set over two lines
        (
            "FIFE CARERS NETWORK\n\nPlain text version for screen readers. The printed "
            "copy has charts.\n\nLISTENING WELL:\n\nWhat carers told us about hospital "
            "discharge\n\nin north-east Fife\n\nLead: Ann Example, Development Worker, Fife "
            "Carers Network\n\nWe spoke to forty carers.\n",
            "LISTENING WELL: What carers told us about hospital discharge in north-east Fife",
            "",
        ),
        # an editor's note on the copy over two lines, a journal's banner with the article's
        # type, a line dating it: the title is under them all
        (
            "[Plain-text export of the article.\n Figures are omitted.]\n\n"
            "EXAMPLE JOURNAL OF NURSING (UK) - ORIGINAL RESEARCH\n"
            "Published online 2 May 2025 | Open access\n\n"
            "Waiting to be heard: carers' routes to a dementia diagnosis in Fife\n\n"
            "Ann Example (1)\n\nBackground: Carers waited years.\n",
            "Waiting to be heard: carers' routes to a dementia diagnosis in Fife",
            "Original research",
        ),
        # a unit's banner that adds its site after a comma
        (
            "NHS LOTHIAN - RENAL AND TRANSPLANT SERVICE, ROYAL INFIRMARY OF EDINBURGH\n"
            "PATIENT EXPERIENCE SURVEY 2024: FREE-TEXT RESPONSES\n"
            "Adults on dialysis in Scotland\n\nResponses : 87\n",
            "Patient experience survey 2024: free-text responses",
            "",
        ),
        # a news site's section label, a serial's masthead, a publisher with one of its units
        (
            "OPINION | NURSING PRACTICE\n\nWhy night staff need their own huddle\n\n"
            "By Ann Example, Senior Nurse\n\nNight staff miss the day's huddle.\n",
            "Why night staff need their own huddle",
            "Opinion",
        ),
        (
            "THE OMBUDSMAN'S CASEBOOK\n\nA delayed referral for a swallowing assessment\n\n"
            "Mrs A complained that her father waited ten weeks.\n",
            "A delayed referral for a swallowing assessment",
            "",
        ),
        (
            "NHS Education for Scotland · Knowledge Services\n\n"
            "Dysphagia in care homes: current awareness\n\nNew research on swallowing.\n",
            "Dysphagia in care homes: current awareness",
            "",
        ),
        # a bulletin's name is its title
        (
            "HEALTH MATTERS BULLETIN\n\nSpring 2025 · Issue 4\n\nWe round up new research.\n",
            "Health matters bulletin",
            "",
        ),
        # a label naming the form the document takes; its title written as "Title: subtitle"
        (
            "TEXT VERSION OF INFOGRAPHIC\n\nFalls in later life: what the audit tells us\n\n"
            "This is the text version of a one-page infographic, panel by panel.\n",
            "Falls in later life: what the audit tells us",
            "",
        ),
        # a breadcrumb trail over a page's text version, a label in capitals over its headline
        (
            "Example Charity Scotland > Blog > Picture of the month\n"
            "Text-only version of this page (for screen readers and printing)\n\n"
            "CHART OF THE WEEK\n\n"
            "How many people does each epilepsy nurse look after in Fife?\n\n"
            "Published 2 December 2025\n\nThe bars show each health board.\n",
            "Chart of the week: How many people does each epilepsy nurse look after in Fife?",
            "Blog",
        ),
        # a letter: letterhead, addresses and date over the subject and the salutation
        (
            "Y Pwyllgor Deisebau\nPetitions Committee\n\nSenedd Cymru\n"
            "Bae Caerdydd, Caerdydd, CF99 1SN\n\nMinister for Mental Health\n"
            "Welsh Government\n\n3 March 2025\n\n"
            "Eating disorder services for adults in Wales\n\nDear Minister,\n\n"
            "Thank you for your letter of 12 February.\n",
            "Eating disorder services for adults in Wales",
            "",
        ),
    ],
)
def test_front_page_title_passes_over_identifiers_and_section_banners(
    tmp_path: Path, text: str, expected: str, kind: str
) -> None:
    path = tmp_path / "record.txt"
    path.write_text(text, "utf-8")
    raw = read_document(path)
    assert document_title(raw, load_gazetteer(), Layout.of(raw).front) == (expected, kind)


def test_front_page_year_stated_beats_a_files_stamp(tmp_path: Path) -> None:
    """Front matter's `published:` gives a year; a year in a title page's heading ("Annual
    Report 2024") beats a file's creation stamp."""
    from ingest.extract.front_page import read_header
    from ingest.extract.sections import sections

    path = tmp_path / "summary.md"
    path.write_text(
        "---\npublished: 2023-05-02\n---\n\n# Does swimming help?\n\nWe found two studies.\n",
        "utf-8",
    )
    raw = read_document(path)
    layout = Layout.of(raw)
    assert read_header(raw, load_gazetteer(), sections(raw), layout.front).year == 2023

    path = tmp_path / "report.txt"
    path.write_text(
        "Director of Public Health Annual Report 2022\n\nForeword\n\n"
        "Every year I write about one thing that matters.\n",
        "utf-8",
    )
    raw = read_document(path)
    raw.metadata["date"] = "2000-01-01"  # a PDF library's fixed creation date
    layout = Layout.of(raw)
    assert read_header(raw, load_gazetteer(), sections(raw), layout.front).year == 2022


def test_a_title_in_capitals_keeps_its_places_and_nations(tmp_path: Path) -> None:
    path = tmp_path / "summary.txt"
    path.write_text(
        "ENDOMETRIOSIS CARE IN NHS SCOTLAND: WHAT SHOULD A GOOD PATHWAY INCLUDE?\n\n"
        "Results of a modified Delphi study in Aberdeen.\n",
        "utf-8",
    )
    raw = read_document(path)
    title, _kind = document_title(raw, load_gazetteer(), Layout.of(raw).front)
    assert title == "Endometriosis care in NHS Scotland: what should a good pathway include?"


def test_a_readmes_repository_name_and_badges_are_not_its_title(tmp_path: Path) -> None:
    """A repository's README: its "#" heading is the repository's name and a row of badges
    follows; the title is the bold line under them."""
    path = tmp_path / "README.md"
    path.write_text(
        "# falls-audit-fife\n\n"
        "![status: complete](https://img.example/s.svg) ![licence: OGL](https://img.example/l.svg)"
        "\n\n**Falls after discharge in Fife, 2021 to 2024**\n\n"
        "Code and summary findings for an analysis of falls after discharge.\n",
        "utf-8",
    )
    raw = read_document(path)
    assert "status" not in raw.text
    title, _kind = document_title(raw, load_gazetteer(), Layout.of(raw).front)
    assert title == "Falls after discharge in Fife, 2021 to 2024"


def test_a_web_pages_headline_under_a_breadcrumb_is_its_title(tmp_path: Path) -> None:
    path = tmp_path / "dashboard.html"
    path.write_text(
        "<html><head><title>Ward Dashboard | Example Trust</title></head><body>"
        "<p>Dashboard &gt; Virtual wards &gt; Q2 · Last refreshed 06/10/2025 07:00 · Export</p>"
        "<h1>Virtual wards in Leeds: performance, July to September 2025</h1>"
        "<p>Occupancy rose over the quarter on all three wards.</p></body></html>",
        "utf-8",
    )
    raw = read_document(path)
    title, _kind = document_title(raw, load_gazetteer(), Layout.of(raw).front)
    assert title == "Virtual wards in Leeds: performance, July to September 2025"


def test_a_web_pages_generic_headline_gives_way_to_the_heading_under_it(tmp_path: Path) -> None:
    path = tmp_path / "decision.html"
    path.write_text(
        "<html><head><title>Decision | Example Council</title></head><body>"
        "<ul><li>Home &gt; Committees &gt; Cabinet</li></ul><h1>Decision details</h1>"
        "<h2>Warm homes and health: evaluation of the winter pilot</h2>"
        "<p>The Cabinet agreed to extend the pilot for a second winter.</p></body></html>",
        "utf-8",
    )
    raw = read_document(path)
    title, _kind = document_title(raw, load_gazetteer(), Layout.of(raw).front)
    assert title == "Warm homes and health: evaluation of the winter pilot"


def test_a_markdown_headline_under_a_label_heading_is_the_title(tmp_path: Path) -> None:
    """A newsletter's "## FEATURE" label over its "# " headline: the headline is the title."""
    path = tmp_path / "feature.md"
    path.write_text(
        "**Example Network · Newsletter · Spring 2026**\n\n## FEATURE\n\n"
        "# A nurse-led asthma clinic in Lanarkshire halved waits\n\nIn 2023 the list grew.\n",
        "utf-8",
    )
    raw = read_document(path)
    title = "A nurse-led asthma clinic in Lanarkshire halved waits"
    assert raw.title == title
    assert document_title(raw, load_gazetteer(), Layout.of(raw).front)[0] == title


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # a title set in capitals is written in its first line, in any case
        ("FIFE CARERS CENTRE VOLUNTEER FORUM\n\nKirkcaldy, 6 March 2025\n\nPresent: Ann\n", [0]),
        # under a breadcrumb, a label in capitals and the headline under it, which it joins
        (
            "Home > Blog > Figure of the month\n\nFIGURE OF THE MONTH\n\n"
            "Where do adults wait longest for a health check?\n\nPosted 2 June 2025\n",
            [1, 2],
        ),
        # a footer repeating the title beside its host's name is not where it is written
        (
            "Volunteer Voices: June 2025\n\nNews from the volunteering team.\n\n"
            "Volunteer Voices: June 2025 is published by Example Integrated Care Board.\n",
            [0],
        ),
    ],
)
def test_where_the_title_is_written(tmp_path: Path, text: str, lines: list[int]) -> None:
    path = tmp_path / "page.txt"
    path.write_text(text, "utf-8")
    raw = read_document(path)
    layout = Layout.of(raw)
    raw.title, _kind = document_title(raw, load_gazetteer(), layout.front)
    assert layout.title_blocks() == lines


def test_a_letter_on_a_web_page_keeps_the_pages_headline(tmp_path: Path) -> None:
    """A journal's rapid response: the headline is the response's title; the dated line over
    "Dear Editor," dates the letter and never names it."""
    title = _title_of(
        tmp_path / "response.html",
        "<html><head><title>Rapid response | Example Journal</title></head><body><main>"
        "<p>Rapid response to:</p><h1>Reviews need time in the diary: a year in one practice"
        "</h1><h2>Published 3 April 2025</h2><p>Dear Editor,</p><p>We read the review with "
        "interest and ran the search in our own practice for a year.</p></main></body></html>",
    )
    assert title == "Reviews need time in the diary: a year in one practice"


def test_a_series_banner_with_its_number_and_date_is_no_title(tmp_path: Path) -> None:
    """ "TRIAL RESULTS NOTE No. 7 May 2025" names the kind of paper and its number in a
    series; the question under it is the title."""
    title = _title_of(
        tmp_path / "note.txt",
        "TRIAL RESULTS NOTE No. 7 May 2025\n\nDo reminder letters raise catch-up uptake? A "
        "randomised trial in Leicester practices\n\nTRIAL AT A GLANCE\n\nSetting: 18 general "
        "practices in Leicester, England\n",
    )
    assert title.startswith("Do reminder letters raise catch-up uptake?")


def _title_of(path: Path, text: str) -> str:
    path.write_text(text, "utf-8")
    raw = read_document(path)
    return document_title(raw, load_gazetteer(), Layout.of(raw).front)[0]
