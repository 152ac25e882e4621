"""Zip archives (.docx) checked by inflating them, never by trusting their headers.

The sizes the headers state are summed and held to the limit; then every member is streamed
through `zipfile` in chunks while the bytes it really produces are counted (and its CRC
checked), and the read stops as soon as a member grows past its stated size: so no more
than the limit is ever inflated, whatever the headers say. The verified bytes are stored in
a new in-memory archive, so python-docx reads exactly what was counted.
"""

from __future__ import annotations

import copy
import io
import zipfile
import zlib
from pathlib import Path

from graph.errors import ReadError
from ingest.readers.base import MB, Budget, ReadLimits, format_size, one_line

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
    with archive, zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as rebuilt:
        for member in members:
            budget.check()
            if member.is_dir():
                continue
            content = _inflate(path, archive, member, limits, budget)
            rebuilt.writestr(zipfile.ZipInfo(member.filename, member.date_time), content)
    return out.getvalue()


def _inflate(
    path: Path,
    archive: zipfile.ZipFile,
    member: zipfile.ZipInfo,
    limits: ReadLimits,
    budget: Budget,
) -> bytes:
    probe = copy.copy(member)
    # zipfile stops a member at its stated size; ask for one byte more to catch a lie, and
    # check the CRC here (zipfile would check it against the truncated bytes)
    probe.file_size = member.file_size + 1
    del probe.CRC
    chunks: list[bytes] = []
    size = 0
    crc = 0
    try:
        with archive.open(probe) as stream:
            while chunk := stream.read(CHUNK):
                size += len(chunk)
                crc = zlib.crc32(chunk, crc)
                if size > member.file_size:
                    raise ReadError(
                        path, f"{BOMB} ({member.filename} inflates past its stated size)"
                    )
                chunks.append(chunk)
                budget.check()
    except RuntimeError:  # zipfile: "File ... is encrypted, password required"
        raise ReadError(path, "encrypted .docx") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError) as exc:
        reason = one_line(str(exc)) or type(exc).__name__
        raise ReadError(path, f"not a valid .docx ({member.filename}: {reason})") from None
    if size < member.file_size:
        raise ReadError(path, f"not a valid .docx ({member.filename} is shorter than stated)")
    if crc != member.CRC:
        raise ReadError(path, f"not a valid .docx ({member.filename}: bad CRC-32)")
    ratio = limits.max_docx_ratio
    if size > RATIO_CHECK_MIN_BYTES and size > ratio * max(member.compress_size, 1):
        raise ReadError(path, f"{BOMB} ({member.filename} is compressed over {ratio}:1)")
    return b"".join(chunks)
