"""The `qkg` command line: the app with every command registered. Each command calls a
function that returns data; only the `cli` package prints."""

from __future__ import annotations

import logging

import cli.build
import cli.insight
import cli.questions
import cli.serve
import cli.topics  # noqa: F401  (each module registers its commands on `app`)
from cli.common import app


def main() -> None:
    logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
    app()


if __name__ == "__main__":
    main()
