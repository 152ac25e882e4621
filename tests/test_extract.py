"""Entity and affiliation rules on short invented texts (real spaCy model)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ingest.pipeline import claims_summary
from ingest.readers import read_document
from ingest.types import DocumentKind, KindSource, RawDocument

pytestmark = pytest.mark.slow


def ents(extractor: Any, text: str, label: str) -> set[str]:
    return {e.text for e in extractor.nlp(text).ents if e.label_ == label}


def pairs(extractor: Any, text: str) -> set[tuple[str, str]]:
    doc = extractor.nlp(text)
    return {(doc[a:b].text, doc[c:d].text) for a, b, c, d, _ in doc._.qkg_affiliations}


def summary(extractor: Any, text: str) -> dict[str, Any]:
    raw = RawDocument(
        path=Path("note.txt"),
        doc_id="note.txt",
        content_hash="0",
        fmt="txt",
        kind=DocumentKind.EVIDENCE,
        kind_source=KindSource.FLAG,
        title="",
        text=text,
    )
    return claims_summary(extractor(raw))


@pytest.mark.parametrize(
    "text, person",
    [
        ("Dr Orla Quennell, a consultant at NHS Fife, said it helped.", "Orla Quennell"),
        (
            "The idea was picked up by Leanne Brackwater of Citizens Advice last week.",
            "Leanne Brackwater",
        ),
        ("Dr Brannagh, a GP in Portadown, said the service had changed.", "Brannagh"),
        ("Seamus, 87, from Lurgan, was treated at home.", "Seamus"),
    ],
)
def test_extract_persons_not_organisations(extractor: Any, text: str, person: str) -> None:
    assert person in ents(extractor, text, "PERSON")
    assert not any(person in o for o in ents(extractor, text, "ORG"))


@pytest.mark.parametrize(
    "text, junk",
    [
        ("Findings\nReadmission rates fell sharply across the region.", "Findings"),
        ("Burnout is highest among ambulance staff, the survey found.", "Burnout"),
        ("Volunteers learned Urdu and Punjabi phrases for the sessions.", "Urdu and Punjabi"),
        ("Gwenllian Tapp, Chair of Trustees\n\nOur services grew this year.", "Chair of Trustees"),
    ],
)
def test_extract_drops_junk_entities(extractor: Any, text: str, junk: str) -> None:
    doc = extractor.nlp(text)
    assert junk not in {e.text for e in doc.ents if e.label_ in ("PERSON", "ORG")}


def test_extract_entities_never_cross_a_line_break(extractor: Any) -> None:
    doc = extractor.nlp("Notes by Nadia Pellow\nAttendees\n\nNadia Pellow opened the session.")
    assert all("\n" not in e.text for e in doc.ents)


def test_extract_post_nominals_are_stripped(extractor: Any) -> None:
    assert "Eluned Pryce" in ents(
        extractor, "The chair, Eluned Pryce MS, said more is needed.", "PERSON"
    )


def test_extract_topic_inside_organisation_name_is_not_a_topic(extractor: Any) -> None:
    doc = extractor.nlp("NHS Greater Manchester Integrated Care Board paid for the pilot.")
    assert "integrated care" not in {s.kb_id_ for s in doc.spans["qkg_topics"]}


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Dr Kemi Adeyinka, a senior fellow at the Nuffield Trust, said it was hard.",
            ("Kemi Adeyinka", "Nuffield Trust"),
        ),
        (
            "Cllr Ros Whitley, cabinet member for health and social care at Bristol City Council, "
            "spoke.",
            ("Ros Whitley", "Bristol City Council"),
        ),
        (
            "Leeds Teaching Hospitals NHS Trust has a new hub. The trust's chief people officer, "
            "Martin Ashgrove, said staff liked it.",
            ("Martin Ashgrove", "Leeds Teaching Hospitals NHS Trust"),
        ),
        (
            "The charity Sands helped. Its engagement lead, Morven Tait, said parents wanted "
            "honesty.",
            ("Morven Tait", "Sands"),
        ),
        (
            "Sussex Partnership NHS Foundation Trust's Dr Priyanka Velu spoke about teams.",
            ("Priyanka Velu", "Sussex Partnership NHS Foundation Trust"),
        ),
        (
            "Belfast Health and Social Care Trust opened a hub. Dr Niamh Quill, the trust's "
            "clinical "
            "director, said it was co-designed.",
            ("Niamh Quill", "Belfast Health and Social Care Trust"),
        ),
    ],
)
def test_extract_affiliations(extractor: Any, text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Mortlock praised the work of the Health Foundation.",
        "Tom Brisco, a patient at Raigmore Hospital, said the staff were kind.",
        "Ewa Lasko, previously at NHS Fife, now works freelance.",
    ],
)
def test_extract_no_affiliation_from_co_occurrence(extractor: Any, text: str) -> None:
    assert not pairs(extractor, text)


def test_extract_given_name_joins_the_full_name(extractor: Any) -> None:
    text = (
        "Declan Murtagh, service manager at Pennine Care NHS Foundation Trust, opened the day.\n\n"
        "Declan described the model at Pennine Care."
    )
    result = summary(extractor, text)
    assert "Declan" not in result["persons"]
    assert result["organisations"] == ["Pennine Care NHS Foundation Trust"]


def test_extract_short_name_defined_in_brackets(extractor: Any) -> None:
    text = (
        "Southern Health and Social Care Trust (Southern Trust) serves Armagh. "
        '"It works," said Gráinne Mulvenna, Southern Trust\'s nurse lead.'
    )
    result = summary(extractor, text)
    assert ["Gráinne Mulvenna", "Southern Health and Social Care Trust"] in result["relations"]


def test_extract_injected_gazetteer_is_used_by_every_component_and_worker() -> None:
    """An Extractor given a gazetteer builds its spaCy components with it, also in workers."""
    import dataclasses

    from graph.reference.gazetteer import OrgEntry, load_gazetteer
    from ingest.extract.extractor import Extractor

    packaged = load_gazetteer()
    extra = OrgEntry("Quernhollow Befrienders", "QBF", (), "Scotland", "voluntary", "charity")
    gazetteer = dataclasses.replace(packaged, organisations=[*packaged.organisations, extra])
    text = "We met QBF volunteers in Inverness. The QBF team runs walks on Fridays."

    def by_gazetteer(claims: Any) -> set[str]:
        return {
            e.name
            for e in claims.entities
            if e.label.value == "Organisation"
            and any(p.extractor == "gazetteer" for p in e.provenance)
        }

    def raw(i: int) -> RawDocument:
        return RawDocument(
            Path(f"n{i}.txt"),
            f"n{i}.txt",
            str(i),
            "txt",
            DocumentKind.EVIDENCE,
            KindSource.FLAG,
            "",
            text,
        )

    injected = Extractor(gazetteer=gazetteer)
    assert by_gazetteer(injected(raw(0))) == {"QBF"}
    assert by_gazetteer(Extractor()(raw(0))) == set()
    found = [by_gazetteer(c) for c in injected.pipe([raw(i) for i in range(12)], n_process=2)]
    assert found == [{"QBF"}] * 12


def test_extract_a_long_text_in_chunks_keeps_every_name_and_exact_offsets(
    extractor: Any, tmp_path: Path
) -> None:
    """A text longer than one spaCy pass is read in chunks of whole blocks and joined: names
    in the first and last chunk are found, an acronym defined at the top is known at the end,
    and every quote is the text at its offsets."""
    from ingest.extract.extractor import CHUNK_CHARS

    filler = "The room was warm, the tea was good and the chairs were set out in a circle. " * 6
    paras = [
        "Dr Morven Askew of NHS Greater Glasgow and Clyde (NHSGGC) opened the day.",
        *[filler for _ in range(CHUNK_CHARS // len(filler) + 60)],
        "Later, Tamsin Oduya of NHSGGC said peer support had to start on the ward.",
    ]
    text = "Notes of the long day\n\n" + "\n\n".join(paras) + "\n"
    assert len(text) > CHUNK_CHARS * 1.2
    from ingest.readers import read_document

    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    raw = read_document(tmp_path / "long.txt", tmp_path, DocumentKind.EVIDENCE)
    claims = extractor(raw)
    result = claims_summary(claims)
    assert {"Morven Askew", "Tamsin Oduya"} <= set(result["persons"])
    assert ["Tamsin Oduya", "NHS Greater Glasgow and Clyde"] in result["relations"]
    quoted = [p for e in claims.entities for p in e.provenance if p.quote]
    assert quoted and all(" ".join(raw.text[p.start : p.end].split()) == p.quote for p in quoted)
    assert {p.quote for p in quoted} == {paras[0], paras[-1]}


@pytest.mark.parametrize(
    "text, pair",
    [
        (  # a post given up
            "Alison Pengelly, who retired in 2019 from her post as Chief Executive of Cornwall "
            "Council, starts on Monday.",
            ("Alison Pengelly", "Cornwall Council"),
        ),
        (  # posts held before
            "Over his career he has held posts such as director of finance at Cambridge "
            "University Hospitals NHS Foundation Trust.",
            ("He", "Cambridge University Hospitals NHS Foundation Trust"),
        ),
        (  # the one who confirms, not the one appointed
            "Kerenza Trewin, the minister, confirmed on Friday that a permanent leader had been "
            "appointed to run NHS Tayside.",
            ("Kerenza Trewin", "NHS Tayside"),
        ),
    ],
)
def test_affiliation_not_for_past_posts_or_announcers(
    extractor: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair not in pairs(extractor, text)


def test_affiliation_confirmed_as_chair_is_an_appointment(extractor: Any) -> None:
    text = "Alison Pengelly has been confirmed as chair designate of the Kent and Medway ICB."
    assert ("Alison Pengelly", "Kent and Medway ICB") in pairs(extractor, text)


@pytest.mark.parametrize(
    "text, pair",
    [
        (  # the successor named in a chain of sentences opening "She"
            "Alison Pengelly will join Northumbria Healthcare NHS Foundation Trust on July 1.\n\n"
            "She is a nurse by background.\n\nShe trained in Leeds.\n\n"
            "She will then take over from Marisol Penhale, who is moving abroad.",
            ("Marisol Penhale", "Northumbria Healthcare NHS Foundation Trust"),
        ),
        (  # the successor named before a relative clause, taking up a post
            "Kerensa Jory will become head of the Dundee Health and Social Care Partnership. "
            "Mrs Jory, who now runs the Angus Health and Social Care Partnership, succeeds Idris "
            "Vantongeren, who is retiring.",
            ("Idris Vantongeren", "Dundee Health and Social Care Partnership"),
        ),
    ],
)
def test_affiliation_predecessor_holds_the_post_taken_up(
    extractor: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(extractor, text)


def test_affiliation_not_for_a_former_post_stated_as_a_predicate(extractor: Any) -> None:
    text = "Alison Pengelly joined in May. She is the former chief executive of Cornwall Council."
    assert ("Alison Pengelly", "Cornwall Council") not in pairs(extractor, text)


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Northern Lincolnshire and Goole NHS Foundation Trust has a new chief executive.\n\n"
            "Chair of the Trust Alison Pengelly said: “We look forward to his arrival.”",
            ("Alison Pengelly", "Northern Lincolnshire and Goole NHS Foundation Trust"),
        ),
        (
            "NHS Tayside has new directors. Idris Vantongeren has been named as the health "
            "board’s new director of finance.",
            ("Idris Vantongeren", "NHS Tayside"),
        ),
    ],
)
def test_affiliation_role_of_the_kind_without_commas(
    extractor: Any, text: str, pair: tuple[str, str]
) -> None:
    assert pair in pairs(extractor, text)


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "Alison Pengelly joined Tees, Esk and Wear Valley Mental Health Foundation Trust.",
            "Tees, Esk and Wear Valley Mental Health Foundation Trust",
        ),
        (
            "Idris Vantongeren is chair of Chelsea and Westminster NHS Foundation Trust Hospital.",
            "Chelsea and Westminster NHS Foundation Trust Hospital",
        ),
    ],
)
def test_entities_area_named_nhs_body_is_one_organisation(
    extractor: Any, text: str, body: str
) -> None:
    doc = extractor.nlp(text)
    assert body in [e.text for e in doc.ents if e.label_ == "ORG"]


def test_affiliation_through_a_defined_acronym_written_alone(extractor: Any) -> None:
    text = (
        "West Suffolk NHS Foundation Trust (WSFT) is piloting the scheme. Idris Vantongeren, "
        "head of estates at WSFT, said the scheme had worked."
    )
    assert ("Idris Vantongeren", "WSFT") in pairs(extractor, text)


def test_affiliation_at_an_nhs_body_the_model_reads_as_a_place(extractor: Any) -> None:
    text = (
        "Mr Vantongeren, a physiotherapist in the falls team at South Warwickshire NHS "
        "Foundation Trust, led the pilot."
    )
    assert ("Vantongeren", "South Warwickshire NHS Foundation Trust") in pairs(extractor, text)


@pytest.mark.slow
def test_every_development_document_extracts(extractor: Any) -> None:
    """Every document of the question development splits goes through extraction (a name as
    the last word of a file once ran a rule off the end of the document)."""
    root = Path(__file__).resolve().parents[1] / "bench" / "questions"
    paths = [
        p
        for split in sorted(root.glob("dev*"))
        for p in sorted(split.rglob("*"))
        if p.suffix in (".txt", ".md", ".html", ".pdf", ".docx")
    ]
    assert len(paths) > 150
    for path in paths:
        extractor(read_document(path))
