"""The precompiled charsmap we build must be readable by tokenizers for every input character."""

from __future__ import annotations

import random

import pytest
from tokenizers import normalizers

from mtqa.models.e5_bundled import read_bundled
from mtqa.models.spm_charsmap import build_precompiled_charsmap


def _sample_chars() -> list[str]:
    rng = random.Random(0)
    chars = [chr(c) for c in range(0x20, 0x800)]
    chars += [chr(rng.randrange(0x800, 0x2FFFF)) for _ in range(3000)]
    return [c for c in chars if not 0xD800 <= ord(c) <= 0xDFFF]


def _check(mapping: dict[str, str]) -> normalizers.Precompiled:
    norm = normalizers.Precompiled(build_precompiled_charsmap(mapping))
    for ch in _sample_chars():  # a lookup that reads past the trie panics inside tokenizers
        norm.normalize_str(f"x{ch}y 30{ch}C")
    return norm


def test_small_map_rewrites() -> None:
    norm = _check({"ａ": "a", "①": "1", "℃": "°C", "ﬁ": "fi"})
    assert norm.normalize_str("ａ①℃ﬁ°") == "a1°Cfi°"


@pytest.mark.model
def test_bundled_table_handles_every_character() -> None:
    table = read_bundled().vocabulary.normalization
    norm = _check(table)
    assert norm.normalize_str("30°C") == "30°C"
    for src, out in list(table.items())[:500]:
        assert norm.normalize_str(src) == out
