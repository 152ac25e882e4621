"""What is and is not a learning statement (ingest.extract.learning), read without the model
from real files: the families of layouts the corpus splits found."""

from __future__ import annotations

from pathlib import Path

from ingest.readers import read_document
from tests.test_layout import learned

ESSAY = """# Insight: lunch clubs that last

## What this means for funders

Funders who paid for one year and then nothing did less good than those who paid less for longer.

> "We don't need a coordinator. We need the room for free." — a member in Sunderland

"Nobody told us to go round; we just did." – a member of a Hull lunch club
"""


def test_a_pull_quote_is_what_someone_said_not_what_was_learned(tmp_path: Path) -> None:
    path = tmp_path / "essay.md"
    path.write_text(ESSAY, "utf-8")
    assert learned(read_document(path)) == [
        "Funders who paid for one year and then nothing did less good than those who paid "
        "less for longer."
    ]
