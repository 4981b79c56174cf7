"""Regenerate src/mtqa/data/world_names.tsv: given names and surnames of many languages.

Usage: pip install faker==40.63.0 (into any environment on sys.path), then
       .venv/bin/python scripts/build_names.py

Source: the person-name lists of PyPI ``Faker`` 40.63.0 (MIT), all of its 86 locales (first and
last names, romanized Japanese names), folded to ASCII lower case (García -> garcia), plus the US
census names of ``en_names.txt``. A row is ``name`` or ``name<TAB>zipf``: the zipf column is the
highest wordfreq Zipf frequency of the name in the languages of LANGS, given where it is at least
COMMON_ZIPF (the names news text writes often: Garcia, Kanye, Widodo). Census names below that
frequency are not repeated here (``en_names.txt`` has them). :mod:`mtqa.lexicon.world_names`
reads the file to tell a misspelt foreign name ('Garsia') from a rare but real one.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import faker.providers.person as person
from wordfreq import zipf_frequency

from mtqa.text.en_match import fold

DATA = Path(__file__).resolve().parents[1] / "src" / "mtqa" / "data"
OUT = DATA / "world_names.tsv"
COMMON_ZIPF = 3.0
LANGS = ("en", "es", "pt", "it", "de", "fr", "nl", "pl", "tr", "id", "vi", "sv", "hu")


def _faker_names() -> set[str]:
    out: set[str] = set()
    for mod_info in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{mod_info.name}").Provider
        for attr in dir(provider):
            if attr.startswith("_") or not re.search(r"(first|last)_(romanized_)?names?", attr):
                continue
            value = getattr(provider, attr)
            if isinstance(value, dict):
                value = list(value)
            if not isinstance(value, (list, tuple)):
                continue
            for s in value:
                if isinstance(s, str):
                    f = fold(s)  # as mtqa.lexicon.world_names folds the words it looks up
                    if re.fullmatch(r"[a-z]{2,}", f):
                        out.add(f)
    return out


def main() -> int:
    census = {
        ln.strip()
        for ln in (DATA / "en_names.txt").read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    }
    faker_names = _faker_names()
    rows = []
    for name in sorted(faker_names | census):
        zipf = max(zipf_frequency(name, lang) for lang in LANGS)
        if zipf >= COMMON_ZIPF:
            rows.append(f"{name}\t{zipf:.1f}")
        elif name not in census:
            rows.append(name)
    header = (
        "# Given names and surnames of many languages: PyPI Faker 40.63.0 person lists (MIT, all\n"
        "# locales), folded to ASCII lower case, and the census names of en_names.txt. A second\n"
        f"# column gives the highest wordfreq Zipf frequency over {', '.join(LANGS)} where it is\n"
        f"# >= {COMMON_ZIPF}. Built by scripts/build_names.py.\n"
    )
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names ({len(faker_names)} from Faker) -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
