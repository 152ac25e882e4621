"""The gap map: hand-counted on a tiny graph; CSV and PNG written; the CLI on the examples."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cli.app import app
from graph.analytics.gaps import gap_map, write_csv
from graph.analytics.heatmap import draw
from graph.model import Label, Rel
from tests.test_analytics import Tiny, tiny

runner = CliRunner()


def mapped() -> Any:
    """tiny() plus two reports on peer support, one learning statement and a publisher.

    - "Supervision report" COVERS Glasgow (a place in Scotland): evidence 1 in Scotland.
    - "Valley review" has no COVERS; published by Valley Board (Wales, NHS): 1 in Wales.
    - Learning from the Cardiff day (it COVERS Wales) about peer support: 1 in Wales.
    - People interested in peer support: Ann (Wales), Cara, Dev (Scotland).
    """
    t = Tiny()
    t.graph = tiny()
    glasgow = t.node(Label.PLACE, "Glasgow")
    t.edge(glasgow, Rel.LOCATED_IN, "nation:scotland")
    t.edge("evidence:supervision-report", Rel.ADDRESSES, "topic:peer-support")
    t.edge("evidence:supervision-report", Rel.COVERS, glasgow)
    review = t.node(Label.EVIDENCE, "Valley review")
    t.edge(review, Rel.ADDRESSES, "topic:peer-support")
    t.edge("organisation:valley-board", Rel.PUBLISHED, review)
    t.edge("organisation:valley-board", Rel.IN_SECTOR, "sector:nhs")
    lesson = t.node(Label.LEARNING, "Supervision keeps peer workers well.")
    t.edge(lesson, Rel.FROM, "workshop:cardiff-day")
    t.edge(lesson, Rel.ABOUT, "topic:peer-support")
    t.edge("workshop:cardiff-day", Rel.COVERS, "nation:wales")
    return t.graph


def test_gaps_hand_counted_by_nation() -> None:
    answer = gap_map(mapped(), "nation")
    assert answer.columns == ["England", "Scotland", "Wales", "Northern Ireland", "UK"]
    assert [r.topic for r in answer.rows] == ["peer support"]
    cells = answer.rows[0].cells
    assert (cells["Scotland"].evidence, cells["Scotland"].people, cells["Scotland"].learning) == (
        1,
        2,
        0,
    )
    assert (cells["Wales"].evidence, cells["Wales"].people, cells["Wales"].learning) == (1, 1, 1)
    assert cells["England"].model_dump() == {"evidence": 0, "people": 0, "learning": 0}
    assert answer.rows[0].total == 6
    assert answer.gaps == 3  # England, Northern Ireland, UK have no evidence on peer support


def test_gaps_hand_counted_by_sector() -> None:
    answer = gap_map(mapped(), "sector")
    assert answer.columns == ["NHS", "voluntary"]
    cells = answer.rows[0].cells
    # Valley review: publisher's sector NHS. The Supervision report has no publisher: not
    # counted by sector. People: Ann, Cara NHS; Dev voluntary. Workshop learning: no sector.
    assert cells["NHS"].model_dump() == {"evidence": 1, "people": 2, "learning": 0}
    assert cells["voluntary"].model_dump() == {"evidence": 0, "people": 1, "learning": 0}


def test_gaps_csv_and_png(tmp_path: Path) -> None:
    answer = gap_map(mapped(), "nation")
    write_csv(answer, tmp_path / "gaps.csv")
    rows = list(csv.DictReader((tmp_path / "gaps.csv").open()))
    assert len(rows) == 5 and rows[1] == {
        "topic": "peer support",
        "nation": "Scotland",
        "evidence": "1",
        "people": "2",
        "learning": "0",
    }
    png = draw(answer, tmp_path / "gaps.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


@pytest.mark.slow
def test_gaps_cli_on_the_examples(example_store: Any, tmp_path: Path) -> None:
    data = ["--data", str(example_store.data_dir)]
    result = runner.invoke(
        app,
        [
            "gaps",
            *data,
            "--json",
            "--csv",
            str(tmp_path / "g.csv"),
            "--png",
            str(tmp_path / "g.png"),
        ],
    )
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    peer = next(r for r in answer["rows"] if r["topic"] == "peer support")
    assert all(peer["cells"][n]["evidence"] > 0 for n in ("England", "Scotland", "Wales"))
    assert (tmp_path / "g.png").stat().st_size > 50_000
    bad = runner.invoke(app, ["gaps", *data, "--by", "planet"])
    assert bad.exit_code == 2 and "--by 'planet'" in bad.stderr
