"""One error hierarchy for qkg. Every error renders as one line; `status` maps it to HTTP."""

from __future__ import annotations

from pathlib import Path


class QkgError(Exception):
    """Base of every error qkg raises on purpose."""

    status: int = 500
    title: str = "qkg error"


class InputError(QkgError):
    """The user gave something qkg cannot use (a bad file, name or option)."""

    status = 400
    title = "bad input"


class ReadError(InputError):
    """A source file could not be read. The message names the file and the reason."""

    title = "unreadable file"

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class NotFoundError(QkgError):
    """A named entity or document is not in the graph."""

    status = 404
    title = "not found"

    def __init__(self, message: str, suggestions: list[str] | None = None) -> None:
        self.suggestions = suggestions or []
        super().__init__(message)


class StoreError(QkgError):
    """The store cannot be read or written (locked, corrupt, unreachable)."""

    status = 503
    title = "store unavailable"


class ConfigError(QkgError):
    """A setting is missing or invalid."""

    status = 500
    title = "configuration error"
