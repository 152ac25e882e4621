"""Layouts met on documents we did not write (dev53-dev60 of bench/questions), on invented
people: a page's breadcrumb trail over its title, and the pieces of it the model takes for an
organisation. Real files read by the readers; the tests that need the model are marked slow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from graph.model import Label
from ingest.extract.banners import breadcrumb
from ingest.types import DocumentKind
from tests.test_minutes_and_rounds import _read

REVIEWS = """nhs.uk  >  Find a service  >  Royal Gwent Hospital  >  Audiology  >  Ratings

Ratings and reviews: Hearing therapy clinic (Audiology), Royal Gwent Hospital
Aneurin Bevan University Health Board

Average rating: 3.9 stars from 31 reviews (last 2 years)

"Listened at last"
Visited May 2025. Posted by Seren84, 2 June 2025

The hearing therapist explained why the ringing is worse at night and gave me a sound
generator. The wait to be seen was seven months.

  Response from Delyth Rowlands, Head of Audiology, Aneurin Bevan University Health Board
  Thank you for writing. We have added a second hearing therapist to bring the waits down.
"""


def test_a_breadcrumb_trail_whatever_its_parts() -> None:
    assert breadcrumb("nhs.uk > Find a service > Royal Gwent Hospital > Audiology")
    assert breadcrumb("Home › Our services › Stroke")
    assert not breadcrumb("Before > after")  # two parts: a comparison, not a trail
    assert not breadcrumb("Waits > 18 weeks > a year in three of the seven health boards now")


@pytest.mark.slow
def test_a_page_under_a_breadcrumb_trail_is_titled_by_its_headline(
    extractor: Any, tmp_path: Path
) -> None:
    claims = extractor(_read(tmp_path, "reviews.txt", REVIEWS, DocumentKind.EVIDENCE))
    evidence = next(e for e in claims.entities if e.label == Label.EVIDENCE)
    assert evidence.props["title"].startswith("Ratings and reviews: Hearing therapy clinic")
    orgs = {e.name for e in claims.entities if e.label == Label.ORGANISATION}
    assert "Aneurin Bevan University Health Board" in orgs
    assert not any(">" in name or "›" in name for name in orgs)
