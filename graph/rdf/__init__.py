"""Linked data: export the graph as RDF, import a SKOS vocabulary or a previous export."""

from graph.rdf.export import ExportResult, to_rdf
from graph.rdf.load import ImportResult, import_file
from graph.rdf.write import export, serialize, write_file

__all__ = [
    "ExportResult",
    "ImportResult",
    "export",
    "import_file",
    "serialize",
    "to_rdf",
    "write_file",
]
