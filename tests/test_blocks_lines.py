"""The shared line classifier (ingest.readers.lines) on many shapes of lines, by hand."""

from __future__ import annotations

import pytest

from ingest.readers.lines import classify_lines, continues, join_wrapped, metadata_key

Shape = list[tuple[str, str]]  # (kind, text) per block


def shape(lines: list[str], **kwargs: bool) -> Shape:
    return [(block.kind.value, block.text) for block in classify_lines(lines, **kwargs)]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # hard-wrapped prose joins into one paragraph
        (
            [
                "Dr Morag Ferguson, a GP at NHS Highland, described a practice list that",
                "stretches along forty miles of road.",
            ],
            [
                (
                    "paragraph",
                    (
                        "Dr Morag Ferguson, a GP at NHS Highland, described "
                        "a practice list that stretches along forty miles of road."
                    ),
                )
            ],
        ),
        # a wrap before a capitalised name: the line ends with "of"
        (
            [
                "She works with colleagues from the Health Foundation and the team of",
                "Healthcare Improvement Scotland on peer support.",
            ],
            [
                (
                    "paragraph",
                    (
                        "She works with colleagues from the Health Foundation and "
                        "the team of Healthcare Improvement Scotland on peer support."
                    ),
                )
            ],
        ),
        # a long line wrapped before a capital, then the sentence ends
        (
            [
                "Ewan Fraser said the policy would be reviewed next year by the Scottish",
                "Government.",
            ],
            [
                (
                    "paragraph",
                    (
                        "Ewan Fraser said the policy would be "
                        "reviewed next year by the Scottish Government."
                    ),
                )
            ],
        ),
        # hyphen at a line end: repaired between lower-case halves, kept otherwise
        (
            ["peer support improve-", "ment in COVID-", "19 wards"],
            [("paragraph", "peer support improvement in COVID-19 wards")],
        ),
        # names with roles, no bullets: entries, not one sentence
        (
            [
                "Tom Hargreaves – Improvement Designer, Health Foundation",
                "Dr Morag Ferguson – GP, NHS Highland",
                "Jamie Ross – Peer Support Worker, NHS Highland",
            ],
            [
                ("list_item", "Tom Hargreaves – Improvement Designer, Health Foundation"),
                ("list_item", "Dr Morag Ferguson – GP, NHS Highland"),
                ("list_item", "Jamie Ross – Peer Support Worker, NHS Highland"),
            ],
        ),
        # a label above entries that share a separator it lacks
        (
            ["Attendees", "Ann Smith – GP", "Bo Jones – Nurse"],
            [
                ("heading", "Attendees"),
                ("list_item", "Ann Smith – GP"),
                ("list_item", "Bo Jones – Nurse"),
            ],
        ),
        # a plain list of names
        (
            ["Ann Smith", "Bo Jones", "Cy Patel"],
            [("list_item", "Ann Smith"), ("list_item", "Bo Jones"), ("list_item", "Cy Patel")],
        ),
        # a byline and a publisher line
        (
            ["By Maeve Rooney and Róisín Gallagher", "Published by Age NI, November 2023"],
            [
                ("list_item", "By Maeve Rooney and Róisín Gallagher"),
                ("list_item", "Published by Age NI, November 2023"),
            ],
        ),
        # lines that each end a sentence stay apart
        (
            ["Online groups help.", "Travel is a hidden cost."],
            [("paragraph", "Online groups help."), ("paragraph", "Travel is a hidden cost.")],
        ),
        # bullets of several kinds, nested by indentation, a wrapped item continued
        (
            [
                "- first point",
                "  - nested point",
                "* third point that goes on",
                "  and on.",
                "• fourth",
                "1. numbered",
                "2) also",
                "(a) lettered",
            ],
            [
                ("list_item", "first point"),
                ("list_item", "nested point"),
                ("list_item", "third point that goes on and on."),
                ("list_item", "fourth"),
                ("list_item", "numbered"),
                ("list_item", "also"),
                ("list_item", "lettered"),
            ],
        ),
        # "Key: value" lines, a wrapped value continued
        (
            [
                "Date: 17 May 2023",
                "Place: Inverness (Raigmore Hospital and a",
                "community hall)",
                "Note taker: Tom Hargreaves",
            ],
            [
                ("metadata", "Date: 17 May 2023"),
                ("metadata", "Place: Inverness (Raigmore Hospital and a community hall)"),
                ("metadata", "Note taker: Tom Hargreaves"),
            ],
        ),
        # not metadata: a pronoun key, a key of five words, a time, a dash
        (["He said: it works."], [("paragraph", "He said: it works.")]),
        (
            ["A study of peer support work: the findings."],
            [("paragraph", "A study of peer support work: the findings.")],
        ),
        (["Meeting at 10:30 in the hall."], [("paragraph", "Meeting at 10:30 in the hall.")]),
        # headings: underlined, ATX, capitals, standalone
        (["What we learned", "==============="], [("heading", "What we learned")]),
        (["Next steps", "----------"], [("heading", "Next steps")]),
        (["## Actions"], [("heading", "Actions")]),
        (["KEY FINDINGS"], [("heading", "KEY FINDINGS")]),
        (["What we heard"], [("heading", "What we heard")]),
        (["Thank you to everyone."], [("paragraph", "Thank you to everyone.")]),
        # a heading line followed by prose in the same run
        (
            [
                "Background",
                "Loneliness is one of the most common reasons older people in Derry visit",
                "their GP.",
            ],
            [
                ("heading", "Background"),
                (
                    "paragraph",
                    (
                        "Loneliness is one of the most common "
                        "reasons older people in Derry visit their GP."
                    ),
                ),
            ],
        ),
        # a short line above a long sentence in the same run (no wrapping)
        (
            [
                "Why Derry",
                "Derry is the second largest city in Northern Ireland, with an active community.",
            ],
            [
                ("heading", "Why Derry"),
                (
                    "paragraph",
                    "Derry is the second largest city in Northern Ireland, with an active "
                    "community.",
                ),
            ],
        ),
        (["© NHS Lothian 2023"], [("paragraph", "© NHS Lothian 2023")]),
        # a short lead-in above bullets
        (
            ["We agreed:", "- to meet again", "- to share notes"],
            [
                ("heading", "We agreed:"),
                ("list_item", "to meet again"),
                ("list_item", "to share notes"),
            ],
        ),
        # a horizontal rule is dropped
        (["* * *"], []),
    ],
)
def test_blocks_lines_shapes(lines: list[str], expected: Shape) -> None:
    assert shape(lines) == expected


def test_blocks_lines_title_is_the_first_short_line() -> None:
    lines = ["SITE VISIT NOTE: RURAL PEER SUPPORT", "Q Improvement Lab – peer support challenge"]
    assert shape(lines, title=True)[0] == ("title", "SITE VISIT NOTE: RURAL PEER SUPPORT")
    assert shape(["Frailty", "Date: 5 May", "Place: Leeds"], title=True)[0] == ("title", "Frailty")
    # no title: a first line that opens a run of metadata, one that wraps, a long one
    assert shape(["Date: 5 May", "Place: Leeds"], title=True)[0][0] == "metadata"
    assert shape(["We met in the", "spring."], title=True)[0][0] == "paragraph"
    assert shape(["x" * 200], title=True)[0][0] == "paragraph"


def test_blocks_lines_standalone_headings_only_where_allowed() -> None:
    assert shape(["What we heard"], headings=False) == [("paragraph", "What we heard")]
    # one-line paragraphs of the source are never joined, but still read as a run
    lines = ["Attendees", "Ann Smith – GP, NHS Wales", "the second paragraph"]
    assert [kind for kind, _ in shape(lines, wrapped=False, headings=False)] == [
        "heading",
        "list_item",
        "list_item",
    ]


def test_blocks_lines_list_depth_and_groups() -> None:
    blocks = classify_lines(["- a", "  - b", "    - c", "- d", "Date: x", "- e"])
    assert [(b.text, b.level) for b in blocks] == [
        ("a", 0),
        ("b", 1),
        ("c", 2),
        ("d", 0),
        ("Date: x", 0),
        ("e", 0),
    ]
    assert [b.group for b in blocks] == [0, 0, 0, 0, 1, 2]


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("Date: 17 May 2023", "Date"),
        ("Venue: a community centre", "Venue"),
        ("Authors: Ann Smith and Bo Jones", "Authors"),
        ("Facilitator and note taker: Nadia Hussain", "Facilitator and note taker"),
        ("Challenge: What would it take?", "Challenge"),
        ("date: lower case key", ""),
        ("They said: no", ""),
        ("One two three four five: too long", ""),
        ("Date:no space", ""),
        ("https://example.org", ""),
        ("Tom Hargreaves – Improvement Designer", ""),
    ],
)
def test_blocks_lines_metadata_keys(line: str, key: str) -> None:
    assert metadata_key(line) == key


@pytest.mark.parametrize(
    ("line", "following", "expected"),
    [
        ("the team at", "NHS Highland", True),
        ("peer support in", "rural areas", True),
        ("carers, nurses,", "And GPs", True),
        ("It works.", "the next", False),
        ("Ann Smith – GP", "Bo Jones – Nurse", False),
        ("", "anything", False),
    ],
)
def test_blocks_lines_continues(line: str, following: str, expected: bool) -> None:
    assert continues(line, following) is expected


def test_blocks_lines_join_keeps_common_prefix_hyphens() -> None:
    assert join_wrapped(["self-", "management and co-", "production"]) == (
        "self-management and co-production"
    )
    assert join_wrapped(["a rule --", "then"]) == "a rule -- then"


def test_lines_an_abstract_books_coded_entry_is_a_heading_over_its_byline() -> None:
    from ingest.types import BlockKind

    lines = [
        "B12  Who comes to a men's shed? Reaching older men who are lonely",
        "     Liam Cass(1), Orla McCaff(2)",
        "     (1) Ulster University, (2) Derry Healthy Cities",
    ]
    blocks = classify_lines(lines)
    assert blocks[0].kind is BlockKind.HEADING
    assert blocks[0].text.startswith("B12")
    assert all(b.kind is not BlockKind.HEADING for b in blocks[1:])
    assert "Liam Cass(1), Orla McCaff(2)" in [b.text for b in blocks]


def test_lines_a_pdfs_bullet_glyphs_and_numbers_glued_to_their_text_are_list_items() -> None:
    """A PDF made by a word processor sets a bullet or number apart with a tab stop, and the
    text comes out with no space after it: each line is still an item, not one paragraph."""
    got = shape(
        [
            "Hosted by",
            "\uf0b7Ffion Meredydd, Rural Health Lead, Hywel Dda University Health Board",
            "\uf0b7Dr Tomos Prys, Consultant Physician, Bronglais General Hospital",
            "What we took home",
            "1.Clinics booked around the bus timetable had fewer missed appointments.",
            "2.Training where people will work keeps them there.",
            "Version 2.5 of the form is attached.",
        ]
    )
    assert got[1:3] == [
        ("list_item", "Ffion Meredydd, Rural Health Lead, Hywel Dda University Health Board"),
        ("list_item", "Dr Tomos Prys, Consultant Physician, Bronglais General Hospital"),
    ]
    assert [kind for kind, _ in got[4:6]] == ["list_item", "list_item"]
    assert got[5][1] == "Training where people will work keeps them there."
    assert got[-1] == ("paragraph", "Version 2.5 of the form is attached.")


def test_lines_a_numbered_item_carried_on_under_its_text_is_no_heading() -> None:
    """A numbered item whose first line ends on a name ("… at Betsi Cadwaladr") and whose
    next line is set under its text, past the number, is one list item, not a heading."""
    from ingest.types import BlockKind

    lines = [
        "1. Dr Ann Example, Consultant at Cardiff and",
        "   Vale University Health Board, told us about waits.",
        "",
        "2. Beth Example, Pulmonary Rehabilitation Lead at Betsi Cadwaladr",
        "   University Health Board, described waits of up to 40 weeks.",
    ]
    blocks = classify_lines(lines)
    assert [b.kind for b in blocks] == [BlockKind.LIST_ITEM, BlockKind.LIST_ITEM]
    assert blocks[1].text.endswith(
        "Betsi Cadwaladr University Health Board, described waits of up to 40 weeks."
    )


def test_lines_a_metadata_value_typeset_in_a_narrow_box_runs_on() -> None:
    """A sidebar's "About the authors: …" set to a narrow measure: each line that ended only
    because the next word would not fit carries the value on, names split at a line end
    included ("Professor Iain" / "Lochhead is …")."""
    from ingest.types import BlockKind

    lines = [
        "About the authors: Dr Roisin Testy is",
        "Lecturer in Health Psychology at Queen's",
        "University Belfast. Professor Iain",
        "Lochhead is Professor of Primary Care at",
        "the University of Stirling.",
    ]
    blocks = classify_lines(lines, typeset=True)
    assert [b.kind for b in blocks] == [BlockKind.METADATA]
    assert "Professor Iain Lochhead is Professor" in blocks[0].text
    names = ["Dr Ann Bell, Radiographer", "Bo Li, Nurse", "Cai Jones, Porter", "Di Lee, GP"]
    assert len(classify_lines(names, typeset=True)) == len(names)  # a list stays a list
