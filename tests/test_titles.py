"""A document's title (ingest.extract.front_page.document_title) from a web page: the page's
headline, its <h1>, as its readers see it; its <title> only when it has none."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.reference.gazetteer import load_gazetteer
from ingest.extract.front_page import document_title
from ingest.extract.layout import Layout
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
