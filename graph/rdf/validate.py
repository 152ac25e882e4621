"""Checks an export against the shipped SHACL shapes (graph/rdf/shapes.ttl) with pySHACL."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel
from rdflib import Graph

from graph.rdf.vocab import DEFAULT_BASE

SHAPES = Path(__file__).with_name("shapes.ttl")


class Validation(BaseModel):
    conforms: bool
    violations: int
    report: str


def shapes(base: str = DEFAULT_BASE) -> Graph:
    """The shapes graph, with its qkg: terms under `base`."""
    text = SHAPES.read_text("utf-8").replace(f"<{DEFAULT_BASE}ns#>", f"<{base}ns#>")
    return Graph().parse(data=text, format="turtle")


def validate(data: Graph, base: str = DEFAULT_BASE) -> Validation:
    from pyshacl import validate as shacl

    conforms, report_graph, text = shacl(data, shacl_graph=shapes(base), inference="none")
    from rdflib.namespace import SH

    violations = len(set(report_graph.subjects(SH.resultSeverity, SH.Violation)))
    return Validation(conforms=bool(conforms), violations=violations, report=str(text))
