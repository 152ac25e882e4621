"""Who took part or made it, read from layouts of the dev13 corpus's families: a summary's
aligned "KEY : value" fields whose value runs on over lines (one person a line), numbered
points wrapped onto indented lines, a paragraph of who came that ends with someone's
apologies, a rapporteur named after "Report by the conference rapporteur,", "A and I
presented", an evidence item's prose saying by whom the work was done, a dataset page's record
under its first heading, Pandoc superscript marks and a letter's sign-off lines, and an open
topic abbreviated after the documents define it. People are invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.derive.text_match import TextIndex, Title
from graph.model import Rel
from graph.reference.gazetteer import load_gazetteer
from ingest.extract.layout import Layout
from ingest.extract.people_blocks import people_in
from ingest.extract.sections import Role
from ingest.readers import read_document
from ingest.types import BlockKind, DocumentKind

GAZ = load_gazetteer()

SUMMARY = """ANEURIN BEVAN UNIVERSITY HEALTH BOARD
RESPIRATORY MORTALITY REVIEW MEETING
======================================================================

DATE      : Monday 3 March 2025, 12:30-13:30
CHAIR     : Dr Ifan Rowlands, Consultant Physician
PRESENTER : Dr Megan Pryce, Specialty Registrar, Respiratory Medicine
ALSO      : Carys Bowen, Respiratory Physiotherapist
            Tegid Morus, Development Manager, Asthma + Lung UK
            Rhodri Garnon, medical student, Cardiff University (observing)
APOLOGIES : Dr Sian Harries, Consultant in Palliative Medicine

LEARNING POINTS
  1. Nobody owned the decision about home oxygen once the
     patient moved between the two teams.
  2. A decision made by phone never reached the hospital record.

ACTIONS
  - Dr Rowlands to add a decision field to the clinic letter.
"""


def _read(tmp_path: Path, name: str, text: str, kind: DocumentKind) -> Any:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return read_document(path, tmp_path, kind)


def test_aligned_fields_run_on_one_person_a_line_and_wrapped_points_stay_points(
    tmp_path: Path,
) -> None:
    raw = _read(tmp_path, "review.txt", SUMMARY, DocumentKind.WORKSHOP)
    lines = {raw.text[b.start : b.end]: b for b in raw.blocks}
    also = next(b for b in raw.blocks if b.key == "ALSO")
    assert raw.text[also.start : also.end] == (
        "ALSO: Carys Bowen, Respiratory Physiotherapist; Tegid Morus, Development Manager, "
        "Asthma + Lung UK; Rhodri Garnon, medical student, Cardiff University (observing)"
    )
    point = (
        "Nobody owned the decision about home oxygen once the patient moved between the two teams."
    )
    assert lines[point].kind == BlockKind.LIST_ITEM  # not a numbered heading over prose
    found = {i.entry.name: i.meaning for i in people_in(raw, GAZ, Layout.of(raw))}
    assert {n for n, m in found.items() if m in (Role.ATTENDANCE, Role.PEOPLE)} >= {
        "Carys Bowen",
        "Tegid Morus",
        "Rhodri Garnon",
    }
    assert found["Sian Harries"] == Role.APOLOGIES


def test_a_record_under_the_first_heading_is_the_top_of_a_dataset_page(tmp_path: Path) -> None:
    page = """<html><body><h1>Emergency admissions for asthma, Wales, 2015 to 2024</h1>
    <p>Counts and rates of emergency admissions for asthma by health board.</p>
    <h2>About this dataset</h2>
    <dl><dt>Publisher</dt><dd>Public Health Wales</dd>
    <dt>Contact</dt><dd>Dr Hywel Trefor, Principal Epidemiologist, Public Health Wales</dd>
    <dt>Geography</dt><dd>Wales</dd><dt>Licence</dt><dd>Open Government Licence</dd></dl>
    <h2>What the data show</h2><p>Rates fell by a third.</p></body></html>"""
    raw = _read(tmp_path, "data.html", page, DocumentKind.EVIDENCE)
    found = {i.entry.name: (i.meaning, i.front) for i in people_in(raw, GAZ, Layout.of(raw))}
    assert found == {"Hywel Trefor": (Role.CONTACTS, True)}  # a front-page contact: a maker


def test_pandoc_superscripts_are_footnote_marks_and_sign_off_lines_are_entries(
    tmp_path: Path,
) -> None:
    text = """# Autistic adults and general practice: a scoping review

Morven Achnacarry^1^, Dr Ruaridh Bannerman^2^

^1^ University of Stirling · ^2^ NHS Forth Valley

## Findings

People found booking by phone hardest.

With thanks,

Dr Orlagh Devine, Research Fellow, Ulster University
Professor Gerard Hamilton-Boyd, Professor of Occupational Therapy, Ulster University
"""
    raw = _read(tmp_path, "review.md", text, DocumentKind.EVIDENCE)
    texts = [raw.text[b.start : b.end] for b in raw.blocks]
    assert "Morven Achnacarry¹, Dr Ruaridh Bannerman²" in texts
    assert "Dr Orlagh Devine, Research Fellow, Ulster University" in texts
    found = {i.entry.name for i in people_in(raw, GAZ, Layout.of(raw))}
    assert {"Morven Achnacarry", "Ruaridh Bannerman"} <= found


WRITE_UP = """# Staying put: a conversation about home adaptations in Omagh

*Written up by Ciara Brennan, Community Development Officer, Fermanagh and Omagh District
Council.*

## Who came

About thirty residents came. Niall Tavey, an Occupational Therapist with the Western Health
and Social Care Trust, and Martina Quinlan, Grants Officer at the Northern Ireland Housing
Executive, sat at the tables. Paddy Dornan of Disability Action sent apologies.

## Sessions

Report by the conference rapporteur, Dr Clodagh Fearon, Lecturer in Child Health at Queen's
University Belfast. At the close Eilidh Brolly and I presented together.
"""

EVIDENCE = """# Home adaptations in Conwy: briefing for members

The review, carried out by Manon Pritchett, Policy Officer at Care & Repair Cymru, followed
40 cases. The audit was led by Dr Elan Prydder, Consultant Neurologist at Swansea Bay
University Health Board, with Mali Trevor, Manager at the MND Association. It was
commissioned by Gwen Ellis-Morton, Head of Housing.
"""


@pytest.mark.slow
def test_who_came_in_prose_a_rapporteur_and_a_pair_who_presented(
    extractor: Any, tmp_path: Path
) -> None:
    claims = extractor(_read(tmp_path, "omagh.md", WRITE_UP, DocumentKind.WORKSHOP))
    came = {r.source[1] for r in claims.relations if r.rel == Rel.ATTENDED}
    assert {"Niall Tavey", "Martina Quinlan", "Clodagh Fearon", "Eilidh Brolly"} <= came
    assert "Paddy Dornan" not in came


@pytest.mark.slow
def test_by_whom_an_evidence_items_work_was_done(extractor: Any, tmp_path: Path) -> None:
    claims = extractor(_read(tmp_path, "conwy.md", EVIDENCE, DocumentKind.EVIDENCE))
    made = {r.source[1] for r in claims.relations if r.rel == Rel.AUTHORED}
    assert {"Manon Pritchett", "Elan Prydder", "Mali Trevor"} <= made
    assert "Gwen Ellis-Morton" not in made  # commissioned it: not one of its makers


def test_an_open_topic_matches_its_abbreviation_once_the_documents_define_it() -> None:
    passages = [
        Title("a", "We reviewed care for people with motor neurone disease (MND) in Wales."),
        Title("b", "Diagnosed with MND in 2023, he was offered ventilation."),
        Title("c", "Ms Jones chaired; the MS Society sent a speaker."),
        Title("d", "Nobody mentioned it here."),
    ]
    index = TextIndex.build(passages, {})
    assert [passages[i].subject for i in index.match("motor neurone disease")] == ["a", "b"]
    assert index.match("multiple sclerosis") == []  # "MS" is never defined as it


def test_a_one_word_open_topic_matches_the_short_form_the_documents_define() -> None:
    passages = [
        Title("a", "New migrants from countries with a high incidence of tuberculosis (TB)."),
        Title("b", "TB cohort review: nine cases, eight completed treatment."),
        Title("c", "The scanner was replaced in 2024 (NHS) and BT lines were cut."),
        Title("d", "Nobody mentioned it here."),
    ]
    index = TextIndex.build(passages, {})
    assert [passages[i].subject for i in index.match("tuberculosis")] == ["a", "b"]
    slashed = [
        Title("a", "People with myalgic encephalomyelitis / chronic fatigue syndrome (ME/CFS)."),
        Title("b", "ME/CFS LIVED EXPERIENCE REFERENCE GROUP"),
        Title("c", "Contact me by e-mail."),
    ]
    both = TextIndex.build(slashed, {})
    assert [slashed[i].subject for i in both.match("myalgic encephalomyelitis")] == ["a", "b"]
    assert [passages[i].subject for i in index.match("scanner")] == ["c"]  # "(NHS)" is no
    # short form of it: its capitals do not spell the word's letters from its first


def test_an_abbreviation_never_defined_matches_nothing() -> None:
    passages = [Title("a", "Diagnosed with MND in 2023."), Title("b", "Other words.")]
    assert TextIndex.build(passages, {}).match("motor neurone disease") == []
