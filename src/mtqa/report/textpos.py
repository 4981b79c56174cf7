"""Line and column (1-based) of a character offset, counting CRLF, CR and LF as one break."""

from __future__ import annotations


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text`` (columns count characters)."""
    offset = max(0, min(offset, len(text)))
    head = text[:offset]
    line = head.count("\n") + head.count("\r") - head.count("\r\n") + 1
    last = max(head.rfind("\n"), head.rfind("\r"))
    return line, offset - last
