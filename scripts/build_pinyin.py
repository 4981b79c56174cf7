"""Regenerate src/mtqa/data/pinyin_syllables.txt: the syllables of Standard Chinese in pinyin.

Usage: pip install pypinyin==0.55.0 (into any environment on sys.path), then
       .venv/bin/python scripts/build_pinyin.py

Source: the readings of every character in PyPI ``pypinyin`` 0.55.0 (MIT), tone marks removed,
ü written v; only syllables :func:`mtqa.lexicon.chinese.to_hangul` writes in Hangul (the NIKL
table for Chinese) are kept, so interjections (hm, ng) and dialect syllables (biang) drop out.
:mod:`mtqa.lexicon.chinese` reads the file to tell a pinyin spelling from another.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pypinyin import pinyin_dict

from mtqa.lexicon.chinese import to_hangul

OUT = Path(__file__).resolve().parents[1] / "src" / "mtqa" / "data" / "pinyin_syllables.txt"


def main() -> None:
    found: set[str] = set()
    for readings in pinyin_dict.pinyin_dict.values():
        for reading in readings.split(","):
            reading = unicodedata.normalize("NFC", reading).replace("ü", "v")
            reading = re.sub("[ǖǘǚǜ]", "v", reading)
            plain = "".join(
                c for c in unicodedata.normalize("NFD", reading) if unicodedata.category(c) != "Mn"
            )
            found.add(plain)
    kept = sorted(s for s in found if s.isalpha() and to_hangul(s) is not None)
    header = "# Pinyin syllables (ü as v) from pypinyin 0.55.0 (MIT); scripts/build_pinyin.py\n"
    OUT.write_text(header + "\n".join(kept) + "\n", "utf-8")
    print(f"wrote {OUT} ({len(kept)} syllables)")


if __name__ == "__main__":
    main()
