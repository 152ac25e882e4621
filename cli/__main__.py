"""`python -m cli`: the same commands as `qkg`."""

from cli.app import main

main()
