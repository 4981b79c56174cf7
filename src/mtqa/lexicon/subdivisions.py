"""Every country's subdivisions (ISO 3166-2, from pycountry), matched to Hangul by sound.

The gazetteer lists the provinces and states of the countries Korean news covers most, with
their Korean forms. The rest of the world's provinces, regions and municipalities (Thailand's
촌부리 Chon Buri, Spain's 안달루시아 Andalucía, Estonia's 나르바 Narva) have no Korean form in
any maintained package; Korean writes them by the loanword rules, so a Hangul word is matched
to the names of one country's subdivisions by :func:`mtqa.lexicon.transliterate.phonetic_score`
instead. pycountry writes names in the local language, with alternatives in brackets or after a
slash and inverted forms ('Murcia, Región de'); each is read into its variants.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtqa.lexicon.transliterate import phonetic_score
from mtqa.text.en_match import fold

SOUNDS = 0.84  # phonetic score from which a Hangul word is taken for a subdivision's name
SOUNDS_SHORT = 0.9  # for a word of two syllables
# Words for the kind of subdivision after its name, which English leaves out (Hunan Sheng).
_TYPE_WORDS = frozenset(
    {"Sheng", "Shi", "Zizhiqu", "Zhuangzu", "Huizu", "Uygur", "SAR", "Province", "Region",
     "Oblast", "Oblysy", "Prefecture", "Governorate", "State", "District", "County", "maakond"}
)  # fmt: skip
_BRACKETS = re.compile(r"\s*\[([^\]]+)\]")


def variants(name: str) -> tuple[str, ...]:
    """The ways ``name`` may be written: 'Illes Balears [Islas Baleares]' both ways, 'Murcia,
    Región de' as 'Región de Murcia' and 'Murcia', 'Chon Buri' also 'Chonburi'."""
    out: list[str] = []
    for part in [_BRACKETS.sub("", name), *_BRACKETS.findall(name)]:
        for piece in part.split("/"):
            piece = piece.strip()
            head, comma, rest = piece.partition(", ")
            forms = [f"{rest} {head}", head] if comma else [piece]
            words = piece.split()
            while len(words) > 1 and words[-1] in _TYPE_WORDS:  # Hunan Sheng: Hunan
                words = words[:-1]
                forms.append(" ".join(words))
            for form in forms:
                out.append(form)
                words = form.split()
                if len(words) == 2 and max(map(len, words)) <= 5 and "-" not in form:
                    out.append(words[0] + words[1].lower())  # Chon Buri: Chonburi
    return tuple(dict.fromkeys(f for f in out if len(f) >= 3))


@lru_cache(maxsize=256)
def subdivisions(code: str) -> tuple[tuple[str, ...], ...]:
    """The name variants of each ISO 3166-2 subdivision of the country ``code`` (alpha-2) that
    the gazetteer does not list: a listed one has its Korean forms there, and a Hangul word
    that is none of them is not that place (마쓰에, Matsue, is no 미야기)."""
    import pycountry

    from mtqa.lexicon.gazetteer import gazetteer

    listed = {fold(e) for p in gazetteer().places if p.country == code for e in p.en}
    found = pycountry.subdivisions.get(country_code=code) or []
    return tuple(
        dict.fromkeys(
            v
            for v in (variants(s.name) for s in found)
            if v and not any(fold(n) in listed for n in v)
        )
    )


@lru_cache(maxsize=4096)
def sounded(hangul: str, code: str) -> tuple[str, ...] | None:
    """The subdivision of ``code`` whose name the Hangul word sounds like, if one does."""
    least = SOUNDS_SHORT if len(hangul) <= 2 else SOUNDS
    best: tuple[float, tuple[str, ...]] | None = None
    for names in subdivisions(code):
        score = max(phonetic_score(hangul, fold(n)) for n in names)  # Andalucía: accents off
        if score >= least and (best is None or score > best[0]):
            best = (score, names)
    return best[1] if best else None


@lru_cache(maxsize=256)
def _pattern(code: str) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    by_name = {fold(n): names for names in subdivisions(code) for n in names if len(n) >= 4}
    alt = "|".join(re.escape(n) for n in sorted(by_name, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])"), by_name


def written(text: str, code: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Subdivisions of ``code`` that ``text`` names, capitalized, as (start, end, variants)."""
    if not subdivisions(code):
        return []
    pattern, by_name = _pattern(code)
    folded = fold(text)
    if len(folded) != len(text):
        return []  # offsets would not carry over (fold keeps lengths for Latin text)
    return [
        (m.start(), m.end(), by_name[m.group()])
        for m in pattern.finditer(folded)
        if text[m.start()].isupper()
    ]
