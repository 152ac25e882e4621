"""Decoding the bytes of text formats (txt, md, csv, html) to str."""

from __future__ import annotations

import codecs
import logging
from pathlib import Path

from charset_normalizer import from_bytes

from graph.errors import ReadError

logger = logging.getLogger(__name__)

NOT_TEXT = "not valid text (binary or unknown encoding)"
MAX_CHAOS = 0.2  # charset-normalizer "mess" ratio above which a guess is refused
CHAOS_TIE = 0.01  # guesses this close to the best count as equally good
PREFERRED_GUESS = "cp1252"  # Windows Western European: the usual non-UTF-8 file in the UK

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def bom_encoding(data: bytes) -> str | None:
    """The encoding announced by a byte order mark at the start of data, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def decode_text(path: Path, data: bytes, warnings: list[str]) -> str:
    """Decode text bytes: BOM, then UTF-8, then a low-chaos charset-normalizer guess.

    Appends a warning such as "decoded as cp1252" when a guess was used.
    Raises ReadError for binary data or bytes that no encoding explains.
    """
    bom = bom_encoding(data)
    if bom is not None:
        try:
            return data.decode(bom)
        except UnicodeDecodeError as exc:
            raise ReadError(path, f"{NOT_TEXT}: bad {bom} data at byte {exc.start}") from None
    if b"\x00" in data:
        raise ReadError(path, NOT_TEXT)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _guess(path, data, warnings)


def decode_with(path: Path, data: bytes, encoding: str, warnings: list[str]) -> str:
    """Decode with a declared encoding (e.g. html <meta charset>), falling back to guessing."""
    try:
        codecs.lookup(encoding)
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        warnings.append(f"{path}: declared charset {encoding!r} does not fit; guessing")
        return decode_text(path, data, warnings)
    if "\x00" in text:
        raise ReadError(path, NOT_TEXT)
    return text


def _guess(path: Path, data: bytes, warnings: list[str]) -> str:
    matches = from_bytes(data)
    best = matches.best()
    if best is None or best.chaos > MAX_CHAOS:
        raise ReadError(path, NOT_TEXT)
    encoding = best.encoding
    # Several single-byte code pages often explain the same bytes equally well;
    # prefer cp1252 when it is among the best, as UK files are usually Windows ones.
    for match in matches:
        if match.chaos <= best.chaos + CHAOS_TIE and PREFERRED_GUESS in match.could_be_from_charset:
            encoding = PREFERRED_GUESS
            break
    try:
        text = data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        raise ReadError(path, NOT_TEXT) from None
    warnings.append(f"{path}: decoded as {encoding}")
    logger.info("%s: decoded as %s (chaos %.2f)", path, encoding, best.chaos)
    return text
