"""Uploading documents for ingest: the request size and type limits (an ASGI middleware, so an
oversized body is refused before it is parsed) and the ingest of the files that pass.

Each file is checked by the same readers `qkg ingest` uses before it is kept: a file that cannot
be read is one error line naming it and is not kept (an earlier good upload of the same name
stays, and so do its facts). The others are ingested as the files of the upload folder they
will be, and only once the store has them are they moved there: a store write that fails
leaves the previous version of each file, and its facts, in place.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from fastapi import UploadFile
from pydantic import BaseModel, Field
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.problems import ApiProblem, problem
from graph.errors import ReadError
from ingest.readers.base import SUPPORTED_SUFFIXES, supported_list

UPLOAD_PATH = "/api/documents"


class IngestResult(BaseModel):
    """What an upload did, as `qkg ingest --json` reports it."""

    added: list[str] = Field(default_factory=list)
    changed: list[str] = Field(default_factory=list)
    unchanged: list[str] = Field(default_factory=list)
    errors: list[str] = Field(description="one line per file that failed, naming it")
    skipped: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    kinds: dict[str, str] = Field(default_factory=dict)
    words: int = 0
    stats: dict[str, Any] = Field(default_factory=dict)
    failed: bool


class UploadLimit:
    """Refuse an upload whose body is over the limit (413) or is not multipart (415)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] != UPLOAD_PATH:
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind != "multipart/form-data":
            detail = f"send the documents as multipart/form-data, not {kind or 'no content type'}"
            await problem(request, 415, "unsupported media type", detail)(scope, receive, send)
            return
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > self.max_bytes:
            oversize = problem(request, 413, "content too large", self._detail())
            await oversize(scope, receive, send)
            return
        received = 0
        too_large = False

        async def counted() -> Message:
            nonlocal received, too_large
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    too_large = True
                    raise ApiProblem(413, "content too large", self._detail())
            return message

        async def answered(message: Message) -> None:
            # the form parser turns any error into a 400: answer 413 in its place
            if not too_large:
                await send(message)
            elif message["type"] == "http.response.start":
                refusal = problem(request, 413, "content too large", self._detail())
                await refusal(scope, receive, send)

        await self.app(scope, counted, answered)

    def _detail(self) -> str:
        return f"the upload is over the limit of {self.max_bytes:,} bytes (QKG_UPLOAD_MAX_BYTES)"


_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")


def safe_name(filename: str | None) -> str:
    """The file name an upload is kept under: its last part, with only plain characters.

    >>> safe_name("../../etc/passwd")
    'passwd'
    >>> safe_name("C:\\\\notes\\\\Glasgow workshop (v2).md")
    'Glasgow workshop _v2_.md'
    """
    last = (filename or "").replace("\\", "/").split("/")[-1]
    return _UNSAFE.sub("_", last).strip(" .")


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
MAX_NAME_BYTES = 255  # what most file systems allow for one name


def check_name(filename: str | None) -> None:
    """Refuse (400, one line) a file name no file system keeps as it is: with a line break,
    tab or other control character, or longer than 255 bytes. Cleaning it up instead would
    let two different names become one and the second upload replace the first."""
    name = filename or ""
    shown = _CONTROL.sub("?", name)
    shown = shown if len(shown) <= 60 else shown[:60] + "…"
    if _CONTROL.search(name):
        raise ApiProblem(
            400, "bad request", f"file name {shown!r} holds a line break or control character"
        )
    if len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
        raise ApiProblem(
            400, "bad request", f"file name {shown!r} is longer than {MAX_NAME_BYTES} bytes"
        )


def ingest_uploads(service: Any, files: list[UploadFile], kind: str | None) -> IngestResult:
    from ingest.pipeline import IngestReport, ingest
    from ingest.readers import read_document
    from ingest.readers.kinds import parse_kind

    for upload in files:
        check_name(upload.filename)
    doc_kind = parse_kind(kind) if kind else None
    errors: list[str] = []
    unsupported = 0
    limit = service.settings.upload_max_bytes
    target = service.settings.upload_dir
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".incoming-", dir=target) as staging:
        staged: list[Path] = []
        for upload in files:
            name = safe_name(upload.filename)
            shown = " ".join((upload.filename or "(no file name)").split())  # one line
            if not name or Path(name).suffix.lower() not in SUPPORTED_SUFFIXES:
                unsupported += 1
                errors.append(f"{shown}: unsupported file type (supported: {supported_list()})")
                continue
            if upload.size is not None and upload.size > limit:
                errors.append(f"{shown}: too large ({upload.size:,} bytes > {limit:,})")
                continue
            path = Path(staging) / name
            if path in staged:
                errors.append(f"{shown}: the same file name twice in one upload")
                continue
            with path.open("wb") as out:
                shutil.copyfileobj(upload.file, out)
            try:
                read_document(path, Path(staging), doc_kind)
            except ReadError as e:
                errors.append(f"{shown}: {e.reason}")
                continue
            staged.append(path)
        if unsupported and unsupported == len(files):
            raise ApiProblem(415, "unsupported media type", "; ".join(errors))
        with service.writing() as store:
            # the store first, then the files: a write that fails leaves the previous versions
            kept_at = {path: target / path.name for path in staged}
            if staged:
                report = ingest(
                    staged, store, kind=doc_kind, extractor=service.extractor(), kept_at=kept_at
                )
            else:
                report = IngestReport(stats=store.stats())
            failed = {line.partition(": ")[0] for line in report.errors}
            for path, final in kept_at.items():
                if str(path) not in failed:
                    path.replace(final)
    result = IngestResult.model_validate(report.to_dict() | {"failed": False, "errors": []})
    result.errors = errors + [_unstaged(line, staging) for line in report.errors]
    result.skipped = [_unstaged(line, staging) for line in report.skipped]
    result.warnings = [_unstaged(line, staging) for line in report.warnings]
    result.failed = bool(result.errors)
    return result


def _unstaged(line: str, staging: str) -> str:
    """A line of the ingest report naming the upload, not where it waited on the server."""
    return line.replace(staging + os.sep, "")
