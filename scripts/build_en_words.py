"""Regenerate src/mtqa/data/en_words.txt: ordinary English words, to tell "Carry Lamb" from names.

Usage: pip install english-words==2.0.1 (into any environment on sys.path), then
       .venv/bin/python scripts/build_en_words.py

Source: the "web2" list (Webster's Second International, public domain) as packaged in PyPI
``english-words`` 2.0.1 (MIT), lower-case entries only (web2 capitalizes proper nouns), three
letters or more, kept when wordfreq gives them a Zipf frequency of at least 2.5 in English, so the
file holds the dictionary words news English actually uses (about 24,000). Inflected forms are
not in web2; :func:`mtqa.lexicon.en_words.is_dictionary_word` strips common suffixes.
"""

from __future__ import annotations

from pathlib import Path

from english_words import get_english_words_set
from wordfreq import zipf_frequency

OUT = Path(__file__).resolve().parents[1] / "src" / "mtqa" / "data" / "en_words.txt"
MIN_ZIPF = 2.5


def main() -> int:
    web2 = get_english_words_set(["web2"], lower=False, alpha=True)
    keep = sorted(
        w for w in web2 if w.islower() and len(w) >= 3 and zipf_frequency(w, "en") >= MIN_ZIPF
    )
    header = (
        "# Ordinary English words: lower-case web2 entries (Webster's Second, public domain, via\n"
        "# PyPI english-words 2.0.1, MIT) of 3+ letters with wordfreq Zipf >= 2.5.\n"
        "# Built by scripts/build_en_words.py; one word a line.\n"
    )
    OUT.write_text(header + "\n".join(keep) + "\n", encoding="utf-8")
    print(f"{len(keep)} words -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
