"""NFC normalization that remembers where each character came from.

Analysis runs on NFC text with CRLF folded to LF; every offset shown to a user must point into the
text as the user gave it. :func:`normalize` returns the normalized text and an offset map.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


def _starts_cluster(ch: str) -> bool:
    """True where NFC can never merge ``ch`` with what comes before it."""
    cp = ord(ch)
    if unicodedata.combining(ch):
        return False
    # Hangul medial vowels and final consonants compose with a preceding jamo/syllable.
    return not (0x1160 <= cp <= 0x11FF or 0xD7B0 <= cp <= 0xD7FF)


@dataclass(frozen=True)
class MappedText:
    """Normalized text plus, for each normalized position, the original position."""

    original: str
    text: str
    starts: tuple[int, ...]  # starts[i]: original index where normalized char i's cluster begins
    ends: tuple[int, ...]  # ends[i]: original index just past normalized char i's cluster

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized half-open span to the original text."""
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def normalize(original: str) -> MappedText:
    """NFC-normalize ``original`` and fold CRLF/CR to LF, keeping an offset map."""
    # Split into clusters that NFC cannot join across, normalize each one.
    bounds: list[int] = []
    n = len(original)
    i = 0
    while i < n:
        bounds.append(i)
        if original[i] == "\r":
            i += 2 if i + 1 < n and original[i + 1] == "\n" else 1
            continue
        i += 1
        while i < n and not _starts_cluster(original[i]) and original[i] != "\r":
            i += 1
    bounds.append(n)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        chunk = original[a:b]
        norm = "\n" if chunk in ("\r\n", "\r") else unicodedata.normalize("NFC", chunk)
        out.append(norm)
        starts.extend([a] * len(norm))
        ends.extend([b] * len(norm))
    return MappedText(original, "".join(out), tuple(starts), tuple(ends))
