"""GEXF and GraphML for network tools: they load back with networkx, hold every node and
relationship the questions may show, and nothing of anyone withheld, and no contact details."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from cli.app import app
from graph.analytics.exchange import network_graph, write_network
from graph.errors import InputError
from graph.model import Label, Provenance, Rel
from tests.test_analytics import Tiny, tiny

READ = {"gexf": nx.read_gexf, "graphml": nx.read_graphml}


def contacts() -> nx.MultiDiGraph:
    """tiny() with an e-mail address on Ann (she consented), a phone number in a summary, a
    quote naming her, and Dev (withheld) as a report's author."""
    t = Tiny()
    t.graph = tiny()
    t.graph.nodes["person:ann-prys"].update(
        email="ann.prys@example.org",
        aliases={"A. Prys"},
        provenance=[
            Provenance("notes.md", "Ann Prys (ann.prys@example.org) spoke.", 0, 30, "rule", 1.0)
        ],
    )
    t.graph.nodes["evidence:supervision-report"].update(
        summary="Ring 029 2034 5678 or write to office@example.org.", year=2023, extra=None
    )
    t.edge("person:dev-lorne", Rel.AUTHORED, "evidence:supervision-report")
    return t.graph


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_exchange_loads_back_without_contacts_or_withheld_people(fmt: str, tmp_path: Path) -> None:
    path = tmp_path / f"graph.{fmt}"
    nodes, edges = write_network(contacts(), fmt, path)
    loaded = READ[fmt](path)
    assert (loaded.number_of_nodes(), loaded.number_of_edges()) == (nodes, edges)
    assert "person:dev-lorne" not in loaded  # not consented: left out with every tie
    assert not [(u, v) for u, v in loaded.edges() if "dev-lorne" in u + v]
    ann = loaded.nodes["person:ann-prys"]
    assert ann["type"] == "Person" and ann["name"] == "Ann Prys"
    assert ann["aliases"] == "A. Prys" and "email" not in ann
    assert ann["nations"] == "Wales" and ann["organisations"] == "Valley Board"
    assert ann["sectors"] == "NHS"
    report = loaded.nodes["evidence:supervision-report"]
    assert report["year"] == 2023 and "extra" not in report
    assert report["summary"] == "Ring [phone withheld] or write to [e-mail withheld]."
    text = path.read_text("utf-8")
    assert "@" not in text and "Dev Lorne" not in text and "2034" not in text
    types = {d["relationship"] for _u, _v, d in loaded.edges(data=True)}
    assert {"WORKS_AT", "AUTHORED", "ATTENDED", "INTERESTED_IN"} <= types


def test_exchange_gexf_labels_nodes_by_name(tmp_path: Path) -> None:
    path = tmp_path / "graph.gexf"
    write_network(tiny(), "gexf", path)
    loaded = nx.read_gexf(path)
    assert loaded.nodes["organisation:glen-trust"]["label"] == "Glen Trust"


def test_exchange_network_graph_keeps_the_same_nodes_as_the_graph_shows() -> None:
    graph = contacts()
    net = network_graph(graph)
    shown = {k for k, d in graph.nodes(data=True) if d["label"] != Label.PERSON.value}
    shown |= {k for k, d in graph.nodes(data=True) if d.get("consent") is True}
    assert set(net.nodes) == shown


def test_exchange_refuses_other_formats(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="gexf"):
        write_network(tiny(), "dot", tmp_path / "graph.dot")


def test_exchange_cli_needs_a_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["export", "--format", "gexf", "--data", str(tmp_path)])
    assert result.exit_code == 2 and "--out" in result.output
