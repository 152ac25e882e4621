"""What can be claimed as an organisation (ingest.extract.claims, graph.reference.names): a
name with letters that is not only heading, date or room words, whichever rule found it."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.model import Label
from ingest.extract.claims import ClaimSet
from ingest.types import DocumentKind, KindSource, RawDocument


def claims() -> ClaimSet:
    raw = RawDocument(
        path=Path("minutes.txt"),
        doc_id="minutes.txt",
        content_hash="0",
        fmt="txt",
        kind=DocumentKind.WORKSHOP,
        kind_source=KindSource.FLAG,
        title="Minutes",
        text="",
        blocks=[],
    )
    return ClaimSet(raw)


@pytest.mark.parametrize("junk", ["25", "1", "43/25", "Lessons", "Dyddiad", "Ystafell Gynadledda"])
def test_claims_names_junk_is_no_organisation(junk: str) -> None:
    assert claims().entity(Label.ORGANISATION, junk) is None


@pytest.mark.parametrize("name", ["NHS 24", "Age NI", "Lessons Learned Trust", "3M"])
def test_claims_names_real_organisations_are_kept(name: str) -> None:
    assert claims().entity(Label.ORGANISATION, name) is not None
