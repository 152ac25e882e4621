"""Zip archives (.docx) checked by inflating them, never by trusting their headers.

Every member is streamed through `zipfile` in chunks while the bytes it really produces are
counted: the read stops as soon as a member grows past the size its header states, or the
archive past the limit. The verified bytes are then stored in a new in-memory archive, so
python-docx reads exactly what was counted.
"""

from __future__ import annotations

import copy
import io
import zipfile
import zlib
from pathlib import Path

from graph.errors import ReadError
from ingest.readers.base import MB, Budget, ReadLimits, format_size

CHUNK = 64 * 1024
RATIO_CHECK_MIN_BYTES = 1 * MB  # only members bigger than this are ratio-checked
BOMB = "refused: looks like a zip bomb"


def verified_zip(path: Path, data: bytes, limits: ReadLimits, budget: Budget, main: str) -> bytes:
    """A rebuilt archive of `data` whose members were inflated and counted; else ReadError."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError):
        raise ReadError(path, "not a valid .docx (not a zip archive)") from None
    if len(members) > limits.max_zip_members:
        limit = limits.max_zip_members
        raise ReadError(path, f"{BOMB} ({len(members):,} members > limit {limit:,})")
    claimed = sum(member.file_size for member in members)
    if claimed > limits.max_docx_uncompressed:  # the header may lie low, never usefully high
        raise ReadError(path, f"{BOMB} ({format_size(claimed)} uncompressed)")
    if main not in {member.filename for member in members}:
        raise ReadError(path, f"not a valid .docx (no {main})")
    out = io.BytesIO()
    total = 0
    with archive, zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as rebuilt:
        for member in members:
            budget.check()
            if member.is_dir():
                continue
            content = _inflate(path, archive, member, limits, total, budget)
            total += len(content)
            rebuilt.writestr(zipfile.ZipInfo(member.filename, member.date_time), content)
    return out.getvalue()


def _inflate(
    path: Path,
    archive: zipfile.ZipFile,
    member: zipfile.ZipInfo,
    limits: ReadLimits,
    total: int,
    budget: Budget,
) -> bytes:
    room = limits.max_docx_uncompressed - total
    probe = copy.copy(member)
    # zipfile stops a member at its stated size; ask for one byte more to catch a lie
    probe.file_size = min(member.file_size, room) + 1
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(probe) as stream:
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                if size > member.file_size:
                    raise ReadError(
                        path, f"{BOMB} ({member.filename} inflates past its stated size)"
                    )
                if size > room:
                    limit = format_size(limits.max_docx_uncompressed)
                    raise ReadError(path, f"{BOMB} (over {limit} uncompressed)")
                chunks.append(chunk)
                budget.check()
    except RuntimeError:  # zipfile: "File ... is encrypted, password required"
        raise ReadError(path, "encrypted .docx") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError) as exc:
        raise ReadError(path, f"not a valid .docx ({member.filename}: {exc})") from None
    if size < member.file_size:
        raise ReadError(path, f"not a valid .docx ({member.filename} is shorter than stated)")
    ratio = limits.max_docx_ratio
    if size > RATIO_CHECK_MIN_BYTES and size > ratio * max(member.compress_size, 1):
        raise ReadError(path, f"{BOMB} ({member.filename} is compressed over {ratio}:1)")
    return b"".join(chunks)
