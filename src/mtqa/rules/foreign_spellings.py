"""MT403 for foreign names: spellings that are not the name's, by the tables Korean news
writes them with.

A foreign name romanized letter by letter from its Hangul ('John Eumboya'), a Vietnamese name
with a word so romanized or spelled otherwise than the table gives it, a Chinese name in the
pinyin of another name, a Japanese family or given name unlike its Hepburn spelling, and a word
no list of names has one letter from a common name that sounds as much like the Korean.
:func:`foreign_misspelling` gives the first of these for a person of a unit
(:mod:`mtqa.rules.persons` asks, after the known persons' spellings).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from mtqa.lexicon.chinese import (
    chinese_parts,
    hangul_readings,
    korean_spelled,
    misspelt_pinyin,
    near_pinyin,
    romanized_korean_style,
)
from mtqa.lexicon.en_words import english_names
from mtqa.lexicon.gazetteer import gazetteer
from mtqa.lexicon.japanese import (
    fold_romaji,
    given_readings,
    given_spelled,
    misspelled_surname,
    other_reading,
    other_surname,
    romaji_shaped,
)
from mtqa.lexicon.japanese import surname_spellings as japanese_spellings
from mtqa.lexicon.romanize import is_hangul_syllable, letters, romanize, romanize_syllable
from mtqa.lexicon.titles import english_title_word_set
from mtqa.lexicon.transliterate import phonetic_score
from mtqa.lexicon.vietnamese import romanized_as_korean, spelling, vietnamese_parts, written_for
from mtqa.lexicon.world_names import is_known_name, misspelt_name
from mtqa.rules.base import Hit, UnitView
from mtqa.text.en_match import words
from mtqa.text.ko_persons import REPEATED
from mtqa.text.korean import morphemes

if TYPE_CHECKING:
    from mtqa.rules.persons import PersonInfo

# Vowel spellings of Revised Romanization that the Latin spelling of a foreign name seldom has.
_RR_VOWELS = re.compile(r"eo|eu|ae|oe|ui")
LETTER_BY_LETTER_CONFIDENCE = 0.6
# A word of a Vietnamese name that is no spelling the table gives its Hangul ('Hong' for 흥, Hung)
VIETNAMESE_OTHER_CONFIDENCE = 0.5
# A Chinese name in the pinyin of another name ('Wang Wantao' for 왕원타오), in a sentence with
# one of these words (중국 측에서 왕원타오 상무부장).
PINYIN_CONFIDENCE = 0.6
_CHINESE_CONTEXT = re.compile(r"중국|中|대만|臺|홍콩|마카오")
# Chinese names written otherwise than in pinyin: Taiwan (Wade-Giles), Hong Kong and Macau
# (Cantonese), Singapore and Malaysia (Hokkien and others).
_NOT_MAINLAND = re.compile(r"대만|臺|台|홍콩|마카오|싱가포르|말레이")
_CHINESE_PLACES = frozenset({"CN", "TW", "HK", "MO"})  # or a place of these (쓰촨성 부성장)
# A word of a foreign name that is no name, close to a common one ('Garsia' for 가르시아)
COMMON_NAME_CONFIDENCE = 0.55


def foreign_misspelling(view: UnitView, info: PersonInfo) -> Hit | None:
    """The first of the foreign-name misspellings (see the module docstring) of ``info``'s
    rendering in the unit's English, or None."""
    text = view.target_text
    return (
        _spelled_letter_by_letter(text, info)
        or _vietnamese_as_korean(text, info)
        or _pinyin_misspelt(view, info)
        or _japanese_surname_misspelled(text, info)
        or _japanese_given_misspelled(view, info)
        or _common_name_misspelt(text, info)
    )


def _spelled_letter_by_letter(text: str, info: PersonInfo) -> Hit | None:
    """A foreign name the English writes as the Revised Romanization of its Hangul ('Jeou
    Hairin' for 저우하이린, Zhou Hailin; 'Jon Maekasi' for 존 매카시): machine translation
    romanized the Korean transcription instead of giving the person's own spelling. Only where
    that romanization has a vowel spelling foreign names seldom show (eo, eu, ae, oe, ui), so
    'Maria' for 마리아 stays clean."""
    m, match = info.mention, info.match
    if m.kind != "foreign" or match.status != "found" or match.span is None:
        return None
    if m.anchor == REPEATED:
        return None  # 충청 repeated in an article: a named entity, not surely a person
    span = match.span
    pairs = [(m.name.replace(" ", ""), (0, span[1] - span[0], text[span[0] : span[1]]))]
    hangul, written = m.name.split(), words(text[span[0] : span[1]])
    if len(hangul) == len(written) > 1:  # word by word: 'John Eumboya' for 존 음보야
        pairs += list(zip(hangul, written, strict=True))
    elif len(hangul) == 1 < len(written):  # a part: 'Sun Wicheon' for 쑨위천 (Sun Yuchen)
        name = hangul[0]
        pairs += [(name[k:], w) for w in written for k in range(1, len(name) - 1)]
        pairs += [(name[:k], w) for w in written for k in range(2, len(name))]
    for h, (a, b, w) in pairs:
        syllables = [romanize_syllable(c) for c in h if is_hangul_syllable(c)]
        inside = {v.group() for r in syllables for v in _RR_VOWELS.finditer(r)}
        if not _romanized_as(letters(w), romanize(h)) or not any(v in letters(w) for v in inside):
            continue  # 'ui' across 후이 is pinyin's (Wang Huiming), not 의's; 'eo' of Teodoro
        word_of_full_name = h != pairs[0][0] and m.anchored  # 존 음보야 장관: 음/IC 보/VV 야/EF
        if not word_of_full_name and not any(
            t.oov or t.tag == "NNP" for x in h.split() for t in morphemes(x)
        ):
            continue  # Korean words (태풍 미리내 'Mirinae'): romanized rightly
        return Hit(
            f"name {m.name} written {text[span[0] : span[1]]!r}: the Korean "
            "transcription romanized letter by letter, not the person's own spelling",
            source=(m.start, m.end),
            target=(span[0] + a, span[0] + b),
            suggestion=None,
            confidence=LETTER_BY_LETTER_CONFIDENCE,
        )
    return None


def _romanized_as(written: str, romanized: str) -> bool:
    """``written`` is the Revised Romanization ``romanized``, or that with some of the eu the
    Korean adds between consonants left out ('Rindgeuren' for 린드그렌, rindeugeuren; 'Goergwin'
    for 괴르귄): the caller asks for a vowel only Revised Romanization writes kept. ㄹㄹ is
    'll' ('Nureullan' for 누를란)."""
    romanized = romanized.replace("lr", "ll")
    return written == romanized or written.replace("eu", "") == romanized.replace("eu", "")


def _vietnamese_as_korean(text: str, info: PersonInfo) -> Hit | None:
    """A Vietnamese name with a word the English spells by the Korean romanization of its
    Hangul ('Nguyen Ban Tuan' for 응우옌 반 투언, Nguyen Van Tuan)."""
    m, span = info.mention, info.match.span
    parts = vietnamese_parts(m.name)
    if m.kind != "foreign" or span is None or parts is None:
        return None
    span = _run_before(text, span, len(parts))  # 'Bao' found: 'Chan Kuok Bao' written
    written = text[span[0] : span[1]].split()
    if len(written) != len(parts):
        return None
    pairs = list(zip(parts, written, strict=True))
    wrong = [w for h, w in pairs if romanized_as_korean(h, w)]
    other = [w for h, w in pairs if not written_for(h, w)]
    if not wrong and not other:
        return None
    why = (
        "romanizes the Korean transcription, not the Vietnamese spelling"
        if wrong
        else "is no Vietnamese spelling of the Korean transcription"
    )
    return Hit(
        f"name {m.name} written {text[span[0] : span[1]]!r}: "
        f"{', '.join(map(repr, wrong or other))} {why}",
        source=(m.start, m.end),
        target=span,
        suggestion=" ".join(spelling(h) for h in parts),
        confidence=LETTER_BY_LETTER_CONFIDENCE if wrong else VIETNAMESE_OTHER_CONFIDENCE,
    )


def _run_before(text: str, span: tuple[int, int], words: int) -> tuple[int, int]:
    """``span`` widened to the capitalized words right before it, to ``words`` words in all,
    where it holds fewer and they are there, no title words ('Chan Kuok Bao' around 'Bao'), or
    failing that to those right after it; else ``span``."""
    have = len(text[span[0] : span[1]].split())
    if have >= words:
        return span
    before = re.search(rf"(?:\b[A-Z][\w'-]*\s){{{words - have}}}$", text[: span[0]])
    if before is not None and not _titled(before.group()):
        return before.start(), span[1]
    # or after it: 'Farm Tuan High' found as 'Farm Tuan' for 팜 뚜언 하이
    after = re.match(rf"(?:\s[A-Z][\w'-]*\b){{{words - have}}}", text[span[1] :])
    if after is not None and not _titled(after.group()):
        return span[0], span[1] + after.end()
    return span  # 'Vice Chairman Bao': titles, not the name's words


def _titled(run: str) -> bool:
    return any(w.lower().strip(".") in _title_words() for w in run.split())


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """The words of every title's renderings, and honorifics (vice, chairman, mr)."""
    return english_title_word_set() | {"mr", "mrs", "ms", "dr", "sir", "madam", "the"}


def chinese_context(text: str) -> bool:
    """The Korean names China, Taiwan, Hong Kong or Macau, or a place in one of them."""
    return _country_context(text, _CHINESE_CONTEXT, _CHINESE_PLACES)


def _country_context(text: str, names: re.Pattern[str], codes: frozenset[str]) -> bool:
    """The Korean matches ``names`` or names a place of a country of ``codes``."""
    if names.search(text):
        return True
    return any(p.country in codes for _, _, p in gazetteer().find(text, morphemes(text)))


_JAPANESE_CONTEXT = re.compile(r"일본|日")


def chinese_article(view: UnitView) -> bool:
    """Some sentence of the unit's article names China, Taiwan, Hong Kong, Macau or a place
    there (톈진해운의 왕리밍 회장 in an article on Chinese cruise ships: the place glued into a
    company's name is no place the gazetteer finds); asked once per article."""
    key = "chinese_article"
    if key not in view.doc.cache:
        view.doc.cache[key] = any(chinese_context(s.text) for s in view.doc.source_sentences)
    return bool(view.doc.cache[key])


def written_in_pinyin(view: UnitView, name: str, given: str) -> bool:
    """``given`` (the English after the family name) is the pinyin of the given name of the
    Chinese name ``name`` in a unit whose Korean names China or a place there (왕추친(중국):
    'Chuqin' is no misspelt Korean 'Chu-chin')."""
    parts = chinese_parts(name)
    return (
        parts is not None
        and parts[1] in hangul_readings(given)
        and chinese_context(view.source_text)
    )


def _pinyin_misspelt(view: UnitView, info: PersonInfo) -> Hit | None:
    """A Chinese name (a common family name, all of it a Chinese transcription, in a sentence
    that names China, Taiwan, Hong Kong or a place there) the English writes in the pinyin of
    another name ('Wang Wantao' for 왕원타오, Wang Wentao; :mod:`mtqa.lexicon.chinese`) or in
    the Revised Romanization of its Hangul ('Jang Ri-ping' for 장리핑, Zhang Liping)."""
    m, span = info.mention, info.match.span
    if m.kind != "foreign" or span is None:
        return None
    here = chinese_context(view.source_text)
    if not here and not chinese_article(view):
        return None
    written = view.target_text[span[0] : span[1]]
    suggestion = misspelt_pinyin(m.name, written)
    why = "pinyin of another name than the Korean transcription's"
    if suggestion is None and not here:
        return None  # only the article names China: a name of its own pinyin, no other test
    if suggestion is None:
        suggestion = romanized_korean_style(m.name, written)
        why = "the Korean transcription romanized, not the name's pinyin"
    if suggestion is None:
        suggestion = korean_spelled(m.name, written)
        why = "spelled in part as Korean is romanized, not in the name's pinyin"
    if suggestion is None and not _NOT_MAINLAND.search(view.source_text):
        suggestion = near_pinyin(m.name, written)
        why = "the given name is no pinyin, but close to the Korean transcription's"
    if suggestion is None:
        return None
    return Hit(
        f"name {m.name} written {written!r}: {why}",
        source=(m.start, m.end),
        target=span,
        suggestion=suggestion,
        confidence=PINYIN_CONFIDENCE,
    )


def _japanese_surname_misspelled(text: str, info: PersonInfo) -> Hit | None:
    """A Japanese family name of the table spelled close to, but unlike, its Hepburn spelling
    ('Haruna Takahishi' for 다카하시 하루나, Takahashi; 'President Nakamaru' for 나카무라 사장)."""
    m, span = info.mention, info.match.span
    parts = m.name.split()
    # the family name alone too where it is long enough to be only Japanese (나카무라 사장)
    if m.kind != "foreign" or span is None or (len(parts) < 2 and len(m.name) < 3):
        return None
    written = words(text[span[0] : span[1]])
    given = given_readings(parts[1]) if len(parts) == 2 else frozenset()
    for a, b, word in written:
        if fold_romaji(word) in given:
            continue  # the given name (쇼지 'Shoji'), though a family name is spelled so too
        usual = misspelled_surname(parts[0], word) or other_surname(parts[0], word)
        if usual is None and _beside_given_name(parts, word, written):
            usual = other_reading(parts[0], word)  # 'Takashi Nishimoto' for 니시무라 다카시
        if usual is not None:
            return Hit(
                f"name {m.name} written {text[span[0] : span[1]]!r}: the family name "
                f"{parts[0]} is spelled '{usual}'",
                source=(m.start, m.end),
                target=(span[0] + a, span[0] + b),
                suggestion=usual,
                confidence=LETTER_BY_LETTER_CONFIDENCE,
            )
    return None


def _beside_given_name(parts: list[str], word: str, written: list[tuple[int, int, str]]) -> bool:
    """The English writes two words, ``word`` and the Japanese given name (parts[1]) spelled
    as one of its readings or one longer ('Taichiro' for 타이치): ``word`` stands for the
    family name."""
    if len(parts) != 2 or len(written) != 2:
        return False
    readings = given_readings(parts[1])
    other = next((w for _, _, w in written if w != word), None)
    return other is not None and any(fold_romaji(other).startswith(r) for r in readings)


_NAME_PARTICLES = frozenset("와과의는은가이을를도에")


def _japanese_given_misspelled(view: UnitView, info: PersonInfo) -> Hit | None:
    """A Japanese given name after a listed family name written as no Hepburn spelling of its
    Hangul ('Kenta Hayashi' for 하야시 겐타로, 'Utah Sakamoto' for 사카모토 유타); beside a
    family name the table lacks, where the Korean names Japan or a place there."""
    text = view.target_text
    m, span = info.mention, info.match.span
    parts = m.name.split()
    if m.kind != "foreign" or span is None or len(parts) != 2 or m.anchor == REPEATED:
        return None
    written = words(text[span[0] : span[1]])
    if len(written) != 2:
        return None
    found = _japanese_family(parts, written)
    if found is None:
        return None
    if not japanese_spellings(parts[0]) and not _country_context(
        view.source_text, _JAPANESE_CONTEXT, frozenset({"JP"})
    ):
        return None  # a family name the table lacks: only where the Korean names Japan
    (a, b, word), hangul = found
    # Kiwi may keep a particle on the name (하루토와) or take its last 이 for one (유이가)
    forms = [hangul, hangul + "이"]
    if len(hangul) > 1 and hangul[-1] in _NAME_PARTICLES:
        forms.append(hangul[:-1])
    spelled = [given_spelled(h, word) for h in forms]
    if True in spelled or spelled[0] is None:
        return None
    usual = sorted(given_readings(hangul))
    if any(fold_romaji(word).startswith(r) for r in usual):
        return None  # longer than the Korean: 'Taichiro' for 타이치, the Korean cut it short
    if _western_given(hangul, word, usual):
        return None  # 다마키 데니 'Denny Tamaki': a Western name the katakana spells
    return Hit(
        f"name {m.name} written {text[span[0] : span[1]]!r}: {word!r} is no Hepburn "
        f"spelling of the given name {hangul}",
        source=(m.start, m.end),
        target=(span[0] + a, span[0] + b),
        suggestion=usual[0].capitalize() if len(usual) == 1 else None,
        confidence=LETTER_BY_LETTER_CONFIDENCE,
    )


def _japanese_family(
    parts: list[str], written: list[tuple[int, int, str]]
) -> tuple[tuple[int, int, str], str] | None:
    """The English word of the given name and its Hangul, where the other word spells the
    family name: one of its listed spellings (parts[0], as Korean writes Japanese names), or,
    for a family name the table lacks, the Hepburn reading of either part (무라오카 쓰구마사
    'Sugumasa Muraoka': Muraoka spells 무라오카, so Sugumasa must spell 쓰구마사)."""
    family = {fold_romaji(f) for f in japanese_spellings(parts[0])}
    if family:
        given = [w for w in written if fold_romaji(w[2]) not in family]
        return (given[0], parts[1]) if len(given) == 1 else None
    for k in (0, 1):
        readings = given_readings(parts[k])
        other = [w for w in written if fold_romaji(w[2]) not in readings]
        if (
            len(parts[k]) >= 3  # not 이안 'Ian' of 이안 비티, 조란 'Zoran' of 조란 자에프
            and readings
            and len(other) == 1
            and romaji_shaped(fold_romaji(other[0][2]))  # not 'Sharma' of 산주 샤르마
            and given_readings(parts[1 - k])
        ):
            return other[0], parts[1 - k]
    return None


def _western_given(hangul: str, word: str, readings: Sequence[str]) -> bool:
    """``word`` is an English given name that sounds like the Hangul, whose own readings are
    no usual name anywhere: the katakana writes a Western name (デニー, 데니, 'Denny')."""
    return (
        word.lower() in english_names()
        and phonetic_score(hangul, word) >= WESTERN_GIVEN_MIN
        and not any(is_known_name(r) for r in readings)
    )


# How closely an English given name must sound like the Hangul of a Japanese given name.
WESTERN_GIVEN_MIN = 0.9


def _common_name_misspelt(text: str, info: PersonInfo) -> Hit | None:
    """A word of a foreign name no name list has, one letter or two from a common name that
    sounds as much like the Korean ('Samuel Garsia' for 사무엘 가르시아, Garcia; see
    :mod:`mtqa.lexicon.world_names`)."""
    m, match = info.mention, info.match
    span = match.span
    if m.kind != "foreign" or span is None or match.via == "known" or m.anchor == REPEATED:
        return None
    if match.status not in ("found", "close", "weak"):
        return None
    hangul = m.name.split()
    written = words(text[span[0] : span[1]])
    for a, b, word in written:
        if not word[:1].isupper():
            continue
        h = max(hangul, key=lambda h: phonetic_score(h, word))
        usual = misspelt_name(h, word, whole=len(hangul) == 1 and len(written) == 1)
        if usual is not None:
            return Hit(
                f"name {m.name} written {text[span[0] : span[1]]!r}: {word!r} is in no list of "
                f"names; the common name '{usual.capitalize()}' is spelled close to it and "
                "sounds as much like the Korean",
                source=(m.start, m.end),
                target=(span[0] + a, span[0] + b),
                suggestion=usual.capitalize(),
                confidence=COMMON_NAME_CONFIDENCE,
            )
    return None
