"""A role stated as what a person is, far from the name (ingest.extract.predicates), invented
people and bodies (real spaCy model)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_extract import pairs

pytestmark = pytest.mark.slow


def test_predicates_both_roles_of_a_pronoun(extractor: Any) -> None:
    text = (
        "Professor Orla Penhale has worked for Eastmere Health NHS Trust for years. She has "
        "written a weekly column for the Westbay Gazette for the past seven years, and is both a "
        "visiting fellow at the Northvale Institute and a visiting professor at Fenwick "
        "University, London."
    )
    found = pairs(extractor, text)
    assert ("Orla Penhale", "Northvale Institute") in found
    assert ("Orla Penhale", "Fenwick University") in found


@pytest.mark.parametrize(
    "text, person, org",
    [
        (
            "Also shortlisted is Bram Okonjo, who started his career as a porter and is now "
            "director of operations at Eastmere Health NHS Trust.",
            "Bram Okonjo",
            "Eastmere Health NHS Trust",
        ),
        (
            "Orla Penhale, who has been deputy director of nursing since joining Northvale "
            "Health NHS Foundation Trust in 2015, has taken on the role.",
            "Orla Penhale",
            "Northvale Health NHS Foundation Trust",
        ),
    ],
)
def test_predicates_role_without_article_and_joining(
    extractor: Any, text: str, person: str, org: str
) -> None:
    assert (person, org) in pairs(extractor, text)


@pytest.mark.parametrize(
    "text",
    [  # a past post, and a column (no role) give nothing
        "Bram Okonjo joined in May. He was previously a trustee of Northvale Hospice.",
        "Bram Okonjo joined in May. He has written for the Westbay Gazette for years.",
    ],
)
def test_predicates_not_for_past_posts_or_no_role(extractor: Any, text: str) -> None:
    found = pairs(extractor, text)
    assert not any(org in ("Northvale Hospice", "Westbay Gazette") for _, org in found)
