"""Turning the bytes of an article file into text, or a one-line error naming the file.

Accepted: UTF-8 (with or without a BOM), UTF-16/UTF-32 with a BOM, and legacy Korean CP949
(a superset of EUC-KR) when the bytes are not UTF-8. The BOM is removed; line endings are kept
as they are (:func:`mtqa.textmap.normalize` folds them for analysis, so offsets reported later
point into the decoded string).
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from mtqa.errors import InputError

# Longest BOM first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_LEGACY = "cp949"  # superset of EUC-KR
# C0/C1 control characters other than tab, line feed, vertical tab, form feed, carriage return.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_MAX_CONTROL_SHARE = 0.05  # more control characters than this: not a text file
_MIN_HANGUL_SHARE = 0.5  # of the non-ASCII characters, for a CP949 guess to be believed


def read_text(path: str | Path, encoding: str | None = None) -> str:
    """Read and decode one text file (see :func:`decode`)."""
    p = Path(path)
    if not p.exists():
        raise InputError(p, "file not found")
    if p.is_dir():
        raise InputError(p, "is a folder, expected a text file")
    try:
        data = p.read_bytes()
    except OSError as err:
        raise InputError(p, f"cannot read file: {err.strerror or err}") from None
    return decode(data, p, encoding)


def decode(data: bytes, path: str | Path, encoding: str | None = None) -> str:
    """Decode ``data`` (the contents of ``path``), detecting the encoding unless one is forced.

    Raises :class:`InputError` naming ``path`` for an empty or whitespace-only file, a binary
    file, or bytes that no tried encoding can decode.
    """
    if not data:
        raise InputError(path, "file is empty")
    if encoding is not None:
        text = _decode_strict(data, path, _codec_name(encoding, path))
    elif (bom := _bom_encoding(data)) is not None:
        text = _decode_strict(data, path, bom)
    else:
        _reject_binary_bytes(data, path)
        text = _decode_guess(data, path)
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError(path, "file is empty (only whitespace)")
    controls = len(_CONTROL_CHARS.findall(text))
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise InputError(path, f"looks like a binary file ({controls} control characters)")
    return text


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _codec_name(encoding: str, path: str | Path) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise InputError(path, f"unknown encoding {encoding!r}") from None


def _decode_strict(data: bytes, path: str | Path, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputError(
            path,
            f"cannot decode as {encoding}: bad byte 0x{data[err.start]:02x} at offset {err.start}",
        ) from None


def _decode_guess(data: bytes, path: str | Path) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        utf8_at = err.start
    not_utf8 = f"not UTF-8 (bad byte 0x{data[utf8_at]:02x} at offset {utf8_at})"
    hint = "give the right encoding with --encoding"
    try:
        text = data.decode(_LEGACY)
    except UnicodeDecodeError as err:
        raise InputError(
            path,
            f"cannot decode: {not_utf8} nor CP949/EUC-KR (bad byte 0x{data[err.start]:02x} "
            f"at offset {err.start}); {hint}",
        ) from None
    non_ascii = len(_NON_ASCII.findall(text))
    if len(_HANGUL.findall(text)) < _MIN_HANGUL_SHARE * non_ascii:
        raise InputError(
            path, f"cannot decode: {not_utf8}, and as CP949/EUC-KR it is not Korean text; {hint}"
        )
    return text


def _reject_binary_bytes(data: bytes, path: str | Path) -> None:
    """For ASCII-compatible encodings: NUL bytes or many control bytes mean a binary file."""
    if b"\x00" in data:
        raise InputError(
            path,
            "looks like a binary file (contains NUL bytes); if it is UTF-16 without a "
            "byte-order mark, give --encoding utf-16-le or utf-16-be",
        )
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(data):
        raise InputError(path, f"looks like a binary file ({controls} control bytes)")
