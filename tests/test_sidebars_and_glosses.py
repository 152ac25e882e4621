"""Layouts met on documents we did not write, on invented people: a value wrapped under its
own first character (a hanging indent), clergy and service titles before names, a heading
glossed in brackets, a numbered minute's head run into its text, clinical "pearls", a table
of pictures beside the words, a web page's sidebar of fields outside its article, a name
written after "a" (a thing's name), a person "away today", and a name no person has. Real
files read by the readers; the tests that need the model are marked slow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import Label, Rel
from graph.reference.gazetteer import load_gazetteer
from graph.reference.names import clean_person, names_a_person
from ingest.extract.headings import heading_parts, learning_strength, role_of_heading
from ingest.extract.layout import Layout
from ingest.extract.people_blocks import people_in
from ingest.extract.sections import Role
from ingest.types import BlockKind, DocumentKind
from tests.test_minutes_and_rounds import _learned, _read

GAZ = load_gazetteer()


CIRCLE = """        RIVERSIDE HOSPICE
        Reflective session record

Theme: compassion fatigue among the night team, after a hard month on
the ward, as chosen by the team.

Held by:           Revd Canon Morwenna Tregear, Lead Chaplain, Riverside
                   Hospice (day services)
Round the circle:  Imam Tariq Bashir (Muslim Chaplain); Father Colm
                   Devlin (Roman Catholic Chaplain, day services); Sister
                   Agnes Mulvey (Ward Sister, nights)

----------------------------------------------------------------------
1. WHAT WE ARE CARRYING
----------------------------------------------------------------------
- Four deaths on one night in October.

----------------------------------------------------------------------
2. WHAT WE TAKE ON (what we learned from each other)
----------------------------------------------------------------------
- Night staff rarely name their own tiredness until someone asks.
"""


def test_a_value_hung_under_its_first_character_runs_on(tmp_path: Path) -> None:
    raw = _read(tmp_path, "circle.txt", CIRCLE, DocumentKind.WORKSHOP)
    fields = [raw.text[b.start : b.end] for b in raw.blocks if b.kind == BlockKind.METADATA]
    assert fields[1] == (
        "Held by: Revd Canon Morwenna Tregear, Lead Chaplain, Riverside Hospice (day services)"
    )
    assert fields[2].startswith("Round the circle: Imam Tariq Bashir (Muslim Chaplain); Father")
    assert "Father Colm Devlin (Roman Catholic Chaplain, day services)" in fields[2]
    names = {i.entry.name for i in people_in(raw, GAZ, Layout.of(raw))}
    assert {"Morwenna Tregear", "Tariq Bashir", "Colm Devlin", "Agnes Mulvey"} <= names
    assert "Colm" not in names  # not cut at the wrap
    assert not any(n.startswith(("Canon", "Imam", "Father", "Sister")) for n in names)
    # a gloss in brackets says what the section is
    assert _learned(raw) == ["Night staff rarely name their own tiredness until someone asks."]


def test_a_short_line_under_a_value_stays_an_entry_of_its_own(tmp_path: Path) -> None:
    text = (
        "Notes of the huddle, typed up for the team and the wider network on the day.\n"
        "Present:  Ann Bellamy\n"
        "          Bo Castellano\n"
    )
    raw = _read(tmp_path, "huddle.txt", text, DocumentKind.WORKSHOP)
    assert "Present: Ann Bellamy Bo Castellano" not in raw.text


def test_titles_of_clergy_and_services_are_not_names() -> None:
    assert [clean_person(n) for n in ("Revd Canon Morwenna Tregear", "Imam Tariq Bashir")] == [
        "Morwenna Tregear",
        "Tariq Bashir",
    ]
    assert clean_person("Father Colm Devlin") == "Colm Devlin"
    assert clean_person("Sgt Dai Pritchard") == "Dai Pritchard"


def test_headings_glossed_pearls_and_themes_heard() -> None:
    assert heading_parts("WHAT WE TAKE ON (what we learned from each other)") == [
        "WHAT WE TAKE ON",
        "what we learned from each other",
    ]
    assert role_of_heading("WHAT WE TAKE ON (what we learned from each other)") == Role.LEARNING
    # a word or two in brackets is no gloss: an entry's part stays the entry's
    assert role_of_heading("Iestyn Rowlands – Carers Support Manager (Chair)") is None
    assert role_of_heading("Pearls from the teach-in") == Role.LEARNING
    assert role_of_heading("THEMES WE HEARD") == Role.LEARNING
    assert learning_strength("THEMES WE HEARD") == 0.85  # reported, as "What we heard"
    assert role_of_heading("Away today") == Role.APOLOGIES
    assert role_of_heading("On leave") == Role.APOLOGIES


MINUTE = """Allied health professions council

Minutes of the meeting of 2 September 2025.

3.4 Lessons for the council. The council agreed to record what the data had shown:

1. Long absences cluster in small rural teams with nobody to cover.
2. Early phased returns brought staff back sooner.

4.1 Deferred to the October meeting.

5. Action log

- Eilidh to draft a rural cover proposal.
"""


def test_a_numbered_minutes_head_run_into_its_text_heads_its_list(tmp_path: Path) -> None:
    raw = _read(tmp_path, "minute.txt", MINUTE, DocumentKind.WORKSHOP)
    assert _learned(raw) == [
        "Long absences cluster in small rural teams with nobody to cover.",
        "Early phased returns brought staff back sooner.",
    ]


PAGE = """<html><body><div class="page"><article>
<h1>Which falls matter most? A Pareto analysis of ward reports</h1>
<p>We coded three years of reports by kind of fall.</p>
</article>
<aside>
  <h2>About this data story</h2>
  <p><strong>Analysis by</strong><br>Ffion Gwilt, Falls Lead, Hywel Dda University Health
  Board<br>and Ruairi Tennant, Analyst, Hywel Dda University Health Board</p>
  <p><strong>Setting</strong><br>Acute hospitals, west Wales</p>
</aside>
<aside><p>Sign up to our newsletter</p></aside>
</div></body></html>"""


def test_a_sidebar_of_the_pages_own_fields_is_read(tmp_path: Path) -> None:
    raw = _read(tmp_path, "story.html", PAGE, DocumentKind.EVIDENCE)
    fields = {b.key: raw.text[b.start : b.end] for b in raw.blocks if b.kind == BlockKind.METADATA}
    assert fields["Analysis by"].startswith("Analysis by: Ffion Gwilt, Falls Lead")
    assert fields["Setting"] == "Setting: Acute hospitals, west Wales"
    assert "newsletter" not in raw.text


BYLINE = """<html><body><header><p>Home / Resources</p></header>
<h1>Learning together: what recovery colleges found about co-production</h1>
<aside class="byline"><p>Written by <strong>Isobel Farquhar</strong>, Development Officer at
Scottish Recovery Network, from a year of learning visits.</p></aside>
<h2>Why this report</h2><p>Recovery colleges grew slowly.</p>
<aside><p>Related reports</p><p>Sign up to our newsletter</p></aside>
</body></html>"""


def test_a_sidebar_crediting_the_pages_makers_is_read(tmp_path: Path) -> None:
    """A byline set in an aside outside any article is the page's own, as a box of its fields
    is; an aside of anything else is still a sidebar."""
    raw = _read(tmp_path, "report.html", BYLINE, DocumentKind.EVIDENCE)
    assert "Written by Isobel Farquhar, Development Officer at Scottish Recovery" in raw.text
    assert "newsletter" not in raw.text and "Related reports" not in raw.text


FINDINGS_PAGE = """<html><body><h1>Finding atrial fibrillation early: key findings</h1>
<h2>Speakers</h2><h3>Dr Gwenno Aspell <small>GP and Clinical Lead, Betsi Cadwaladr University
Health Board</small></h3><p>Handheld ECGs found 41 new cases.</p>
<footer><p class="byline">Evaluation by Tomos Bevan, Senior Evaluation Officer, Improvement
Cymru; Professor Ann Vickery of the University of South Wales; and the pilot's clinical lead,
Dr Seren Howell &mdash; Consultant Cardiologist, Cwm Taf Morgannwg University Health
Board.</p><p>Cookies | Accessibility</p></footer></body></html>"""


def test_a_small_aside_after_a_name_and_a_footer_evaluation_credit(tmp_path: Path) -> None:
    """A role set small after a name in a heading is its own part ("Dr A, GP and …", not a
    person "Gwenno Aspell GP"); a footer line "Evaluation by …" is the page's credits."""
    raw = _read(tmp_path, "ecg.html", FINDINGS_PAGE, DocumentKind.EVIDENCE)
    assert "Dr Gwenno Aspell, GP and Clinical Lead" in raw.text
    assert "Evaluation by Tomos Bevan, Senior Evaluation Officer" in raw.text
    assert "Cookies" not in raw.text


@pytest.mark.slow
def test_every_evaluator_of_a_semicolon_list_wrote_it(tmp_path: Path, extractor: Any) -> None:
    claims = extractor(_read(tmp_path, "ecg.html", FINDINGS_PAGE, DocumentKind.EVIDENCE))
    authors = {r.source[1] for r in claims.relations if r.rel.value == "AUTHORED"}
    assert authors == {"Tomos Bevan", "Ann Vickery", "Seren Howell"}


def test_a_name_no_person_has() -> None:
    assert names_a_person("Ruairi Tennant") and names_a_person("Ann O'Neill-Kerr")
    assert not any(names_a_person(n) for n in ("Cumulative %", "Ward 7 Sister", "A&E", "Q3: Leads"))
    assert names_a_person("Ann Bell (Age UK North Yorkshire & Darlington)")  # its body aside


ROW = "| [Picture: a red pen] | We marked the words we did not understand. |"
EASY = f"""# Our meeting about the new letters

Easy read review panel, Belfast, 16 September 2025.

## What we learned

| Picture | Words |
|---|---|
{ROW}
| [Picture: one line] | One idea on each line is easier than a long sentence. |
"""

ELEARNING = """Writing in easy read: evaluation of a Turas Learn e-learning module

The module sits on Turas Learn, the national learning platform, and takes 50 minutes.
This evaluation was written by Morag Lennie, Principal Educator, NHS Education for Scotland.
"""


@pytest.mark.slow
def test_pictures_beside_words_and_a_things_name(extractor: Any, tmp_path: Path) -> None:
    claims = extractor(_read(tmp_path, "panel.md", EASY, DocumentKind.WORKSHOP))
    learned = sorted(e.name for e in claims.entities if e.label == Label.LEARNING)
    assert learned == [
        "One idea on each line is easier than a long sentence.",
        "We marked the words we did not understand.",
    ]
    claims = extractor(_read(tmp_path, "eval.txt", ELEARNING, DocumentKind.EVIDENCE))
    people = {e.name for e in claims.entities if e.label == Label.PERSON}
    assert people == {"Morag Lennie"}  # "a Turas Learn …" names a thing, wherever it stands
    authored = {r.source[1] for r in claims.relations if r.rel == Rel.AUTHORED}
    assert authored == {"Morag Lennie"}
