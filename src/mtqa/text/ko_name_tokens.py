"""Kiwi's tokens mended around names: a name Kiwi cut into words (나라/NNG 로케시), glued to a
particle, a hyphenated or Vietnamese name, or a surname read as a word, made one NNP token."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from mtqa.lexicon.chinese import chinese_parts
from mtqa.lexicon.gazetteer import gazetteer
from mtqa.lexicon.given_meanings import given_meanings
from mtqa.lexicon.japanese import surname_spellings as japanese_spellings
from mtqa.lexicon.romanize import (
    is_hangul,
    split_name,
    surnames,
)
from mtqa.lexicon.titles import (
    homograph,
    last_word,
    title_suffix,
    titles,
)
from mtqa.lexicon.vietnamese import is_vietnamese
from mtqa.text.ko_title_after import (
    HANGUL_CHAR,
    HONORIFICS,
    REMIT_ENDINGS,
    contiguous,
    title_after,
    word_end,
)
from mtqa.text.ko_word_kinds import (
    KOREAN_GIVEN_SYLLABLES,
    body_like,
    body_or_place,
    compound_noun,
    known_noun,
    known_nouns,
    korean_name,
    looks_foreign,
    name_like,
)
from mtqa.text.korean import Token, morphemes

# Occupations sports and culture news writes right before a bare name (배우 송강호, 투수
# 류현진, 세터 박한결): they anchor a Korean full name, or a foreign name of two words or
# more, as a title after it does.
ROLES = frozenset(
    {
        "배우", "가수", "작가", "시인", "소설가", "화가", "감독", "영화감독", "연출가", "작곡가",
        "방송인", "개그맨", "코미디언", "모델", "아나운서", "선수", "투수", "타자", "포수",
        "내야수", "외야수", "유격수", "공격수", "수비수", "미드필더", "골키퍼", "세터", "센터",
        "가드", "포워드", "주장", "골퍼", "신인", "에이스", "교수", "변호사", "판사", "검사",
        "라이트백", "레프트백", "센터백", "풀백", "윙백", "윙어", "피벗", "리베로", "아포짓",
        "미들블로커", "스트라이커", "플레이메이커", "포인트가드", "지명타자", "선발투수",
        "마무리투수", "아웃사이드히터", "레프트윙", "라이트윙", "골잡이", "수문장", "골리", "신예",
        "루키", "코치", "트레이너", "히터", "블로커", "스파이커", "윙스파이커",
    }
)  # fmt: skip


# Tags of the pieces Kiwi cuts an unfamiliar name into (no particle, ending or verb).
_NAME_PART_TAGS = re.compile(r"NN[GPB]|NR|MM|MAG|XPN|XSN|XR")


def _anchored_here(text: str, tokens: Sequence[Token], j: int) -> bool:
    """A title, 씨 or an age follows right at tokens[j]; before a title only bodies, places
    and modifiers may stand (이정식 고용노동부 장관), not another proper noun (우사인 볼트(22))."""
    anchor, _, span, _, nxt = title_after(text, tokens, j)
    if anchor == "honorific":
        return nxt == j + 1
    if anchor == "age":
        return nxt == j + 2
    if anchor != "title" or span is None:
        return False
    k = j
    while k < nxt and tokens[k].end <= span[0]:
        end = contiguous(tokens, k)
        words = tokens[k:end]
        compound = text[words[0].start : min(words[-1].end, span[0])]
        if (
            any(t.tag == "NNP" for t in words)
            and not body_like(compound)
            # 한/NNP 전/MM: the spaced word is a body Kiwi cut into more than nouns (한전)
            and not body_like(text[words[0].start : word_end(text, words[0].start)])
            # 수협중앙회장: the body's last syllable is the title's first (회 of 회장)
            and not (words[-1].end > span[0] and body_like(compound + text[span[0]]))
            and not compound.endswith(REMIT_ENDINGS)  # 방산사업본부장
        ):
            return False
        k = end
    return True


# Last syllables of ministries, agencies and committees that given names practically never end in.
_BODY_LAST = frozenset("부처청위")


# Characters a name may follow at the start of a word.
_WORD_START = frozenset(" \t\n\"'“‘(「『[<")


def whole_last_word(text: str, tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with a spaced proper noun Kiwi ended inside its last word (다카하시 유/NNP
    이/MM 치/NNG for 다카하시 유이치) run on to that word's end, over pieces of one syllable or
    one proper noun (조슈아 벨/NNP 레트/NNP for 조슈아 벨레트), the word ending at a space, a
    bracket or a particle; over a copula and its ending only before a particle (카일 하트/NNP
    이/VCP 먼/EC 과/JKB for 카일 하트먼과), which no copula's ending comes before."""
    out = list(tokens)
    for i, t in enumerate(out):
        if t.tag != "NNP" or " " not in t.form or not HANGUL_CHAR.match(text[t.end : t.end + 1]):
            continue
        j = i + 1
        copula = False  # 카일 하트/NNP 이/VCP 먼/EC 과/JKB: no copula ends before a particle
        while (
            j < len(out)
            and out[j].start == out[j - 1].end
            and (
                (len(out[j].form) == 1 and _NAME_PART_TAGS.match(out[j].tag))
                or (j == i + 1 and out[j].tag == "NNP" and is_hangul(out[j].form))
                or (out[j].tag in ("VCP", "EC") and out[j].end - out[j].start <= 1)
            )
        ):
            copula = copula or out[j].tag in ("VCP", "EC")
            j += 1
        end = out[j - 1].end
        closed = end == len(text) or not HANGUL_CHAR.match(text[end])
        particle = j < len(out) and out[j].tag.startswith("J")
        # 다카하시 유/NNP 이/VCP 지/EC 일본 ... 초장: the copula's ending before a country or
        # a title is the name's last syllable (유지)
        placed = (
            closed
            and j < len(out)
            and text[end : out[j].start] == " "
            and (
                (out[j].tag == "NNP" and gazetteer().is_place(out[j].form))
                or _title_soon_after(text, out, j, end)
            )
        )
        if j > i + 1 and end > t.end and (particle or (closed and (not copula or placed))):
            out[i:j] = [Token(text[t.start : end], "NNP", t.start, end)]
            return whole_last_word(text, out)
    return out


def whole_first_word(text: str, tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with a spaced proper noun Kiwi started inside its first word (시/NNG 오타
    고이치/NNP for 시오타 고이치) run back to that word's start, over pieces of one syllable."""
    out = list(tokens)
    for i, t in enumerate(out):
        if t.tag != "NNP" or " " not in t.form or not t.start:
            continue
        if not HANGUL_CHAR.match(text[t.start - 1]):
            continue
        j = i
        while (
            j > 0
            and out[j - 1].end == out[j].start
            and len(out[j - 1].form) == 1
            and _NAME_PART_TAGS.match(out[j - 1].tag)
        ):
            j -= 1
        start = out[j].start
        if j < i and (start == 0 or text[start - 1] in _WORD_START):
            out[j : i + 1] = [Token(text[start : t.end], "NNP", start, t.end)]
            return whole_first_word(text, out)
    return out


# One-syllable pieces after an unknown proper noun that are no part of a name: honorifics,
# and the suffixes of places, bodies and offices (니더작센/NNP 주, 바토/NNP 군).
_NOT_NAME_PIECES = HONORIFICS | frozenset("님측등쪽家시주성현군구도국청처부원사장팀단당")


# The next spaced word (up to two proper nouns, a country and a region, may stand between a
# name and its title: 인도 안드라프라데시주 총리).
_WORD_AFTER = re.compile(r" ([가-힣]+)")
# What Kiwi makes of syllables it cannot read as a word: one-syllable nouns, determiners, and a
# copula with its ending (나이두: 이/VCP 나/EC 이/MM 두/MM).
_PIECE_TAGS = frozenset({"NNG", "NNP", "NNB", "MM", "MAG", "NR", "VCP", "EC", "XPN", "XSN"})


def _title_word(word: str) -> bool:
    """``word`` starts with a title of the lexicon (총리가, 주총리)."""
    return any(word[:k] in titles() for k in range(2, len(word) + 1))


def _title_soon_after(text: str, tokens: Sequence[Token], b: int, end: int) -> bool:
    """A title one space after the word ending at ``end`` (tokens[:b]), or after up to two
    proper nouns (a country, a region: 인도 안드라프라데시주 총리)."""
    for n, m in enumerate(_WORD_AFTER.finditer(text, end)):
        if n > 2 or m.start() != end:
            return False
        if _title_word(m.group(1)):
            between = [t for t in tokens[b:] if t.end <= m.start(1)]
            return all(t.tag == "NNP" for t in between)
        end = m.end()
    return False


def _name_pieces(pieces: Sequence[Token]) -> bool:
    """What Kiwi makes of a word it cannot read: one-syllable pieces of :data:`_PIECE_TAGS`
    (나이두: 이/VCP 나/EC 이/MM 두/MM), or nouns and then a verb with its ending (주망가린:
    주/NNG 망/NNG 가리/VV ᆫ/ETM; 주만가린 with 만/JX between); not a word that starts as a
    verb (만난) nor one that ends with a particle."""
    if all(t.end - t.start <= 1 and t.tag in _PIECE_TAGS for t in pieces):
        return pieces[-1].end - pieces[-1].start == 1
    return (
        len(pieces) >= 3
        and pieces[0].tag in ("NNG", "NNP", "NNB")
        and all(t.end - t.start <= 2 for t in pieces)
        # a particle inside only, before the verb (주/NNG 만/JX 가리/VV ᆫ/ETM for 주만가린)
        and sum(t.tag.startswith("J") for t in pieces) <= 1
        and not pieces[-1].tag.startswith("J")
        and not pieces[-2].tag.startswith("J")
    )


def split_before_title(text: str, tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with the last word of a foreign name that Kiwi cut into one-syllable pieces
    joined into one NNP, where a foreign proper noun stands one space before it and a title
    one space after it (레반트/NNP 레/NNG 디/NNG 주총리: 레디, the chief minister's surname),
    or after a country and a region (찬드라바부 나이두 인도 안드라프라데시주 총리, where Kiwi
    reads 나이두 as 이/VCP 나/EC 이/MM 두/MM): a word of such pieces that no Korean word is."""
    out = list(tokens)
    for i in range(len(out) - 1, 0, -1):
        b = i + 1
        # pieces glued or overlapping (가리/VV ᆫ/ETM both end 린 of 주망가린)
        while b < len(out) and out[i].start <= out[b].start <= out[b - 1].end:
            b += 1
        start, end = out[i].start, max(t.end for t in out[i:b])
        word = text[start:end]
        nouns = all(t.end - t.start == 1 and t.tag in ("NNG", "NNP") for t in out[i:b])
        if not (
            2 <= b - i <= 5
            and 2 <= len(word) <= 4
            and _name_pieces(out[i:b])
            # a proper noun, or a noun Kiwi only guesses (세릭/NNG of 세릭 주만가린)
            and (out[i - 1].tag == "NNP" or (out[i - 1].tag == "NNG" and out[i - 1].oov))
            and text[out[i - 1].end : start] == " "
            # a foreign word, or one Kiwi does not know (세릭 of 세릭 주망가린)
            and (looks_foreign(out[i - 1].form) or (out[i - 1].oov and not nouns))
            and is_hangul(word)
            and (looks_foreign(word) if nouns else not known_noun(word))
            and _title_soon_after(text, out, b, end)
        ):
            continue
        if nouns:
            out[i:b] = [Token(word, "NNP", start, end, True)]
        else:  # no Korean name either (나 + 이두): the foreign name's last word
            first = out[i - 1].start
            out[i - 1 : b] = [Token(text[first:end], "NNP", first, end, True)]
    return out


def chinese_name_pieces(text: str, tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with a Chinese name Kiwi cut into one-syllable nouns joined into one NNP,
    where a title follows it, after a country or body or not (리/NNG 청/NNG 강/NNG 중국 상무부
    부부장: 리청강, Li Chenggang)."""
    out = list(tokens)
    for i in range(len(out) - 2, -1, -1):
        b = i + 1
        while b < len(out) and out[b].start == out[b - 1].end:
            b += 1
        start, end = out[i].start, out[b - 1].end
        word = text[start:end]
        if (
            3 <= b - i <= 4
            and (start == 0 or text[start - 1] in _WORD_START)
            and text[end : end + 1] == " "
            and all(t.end - t.start == 1 and t.tag in ("NNG", "NNB", "NNP") for t in out[i:b])
            and chinese_parts(word) is not None
            and not known_nouns(word)
            and title_after(text, out, b)[0] == "title"
        ):
            out[i:b] = [Token(word, "NNP", start, end, True)]
    return out


def whole_foreign_word(text: str, tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with a foreign name Kiwi cut inside one spaced word joined into one NNP: an
    unknown proper noun and one-syllable pieces after it (키프로/NNP 노/NNG: 키프로노), or a
    common noun before a proper noun in a word that spells a loanword (잔당/NNG 샤타르/NNP:
    잔당샤타르), the word ending at a space or a particle."""
    out = list(tokens)
    i = 0
    while i < len(out):
        t = out[i]
        if t.tag != "NNP" or len(t.form) < 2 or not is_hangul(text[t.start : t.end]):
            i += 1
            continue
        a = i  # pieces before, inside the word
        while (
            a > 0
            and out[a - 1].end == out[a].start
            and (
                out[a - 1].tag == "NNG"
                # a first syllable Kiwi read as a verb stem (괴/VV 르귄/NNP: 괴르귄)
                or (a == i and len(out[a - 1].form) == 1 and out[a - 1].tag in ("VV", "VA"))
            )
        ):
            a -= 1
        b = i + 1  # one-syllable pieces after
        while (
            t.oov
            and b < len(out)
            and out[b].start == out[b - 1].end
            and len(out[b].form) == 1
            and out[b].tag in ("NNG", "NNB", "NNP")
            and out[b].form not in _NOT_NAME_PIECES  # 스타이넴씨: the honorific, no name
        ):
            b += 1
        start, end = out[a].start, out[b - 1].end
        word = text[start:end]
        bounded = (start == 0 or text[start - 1] in _WORD_START) and (
            end == len(text) or not HANGUL_CHAR.match(text[end]) or out[b].tag.startswith("J")
        )
        if (a < i or b > i + 1) and bounded and is_hangul(word) and looks_foreign(word):
            out[a:b] = [Token(word, "NNP", start, end, True)]
            i = a
        i += 1
    return out


# Particles a name word may carry glued on (투가이는, 대한탁구협회의).
PARTICLE_CHARS = "은는이가을를의와과도에"


def known_words(text: str, tokens: Sequence[Token], known: Collection[str]) -> list[Token]:
    """``tokens`` with a family name seen anchored in the document (투가이 of 제밀 투가이) as one
    proper noun where Kiwi reads it otherwise (투/NR 가/JKS 이/MM), as a whole spaced word; not
    one that also starts another known name (웨이드 of 웨이드 심스 and of 윌 웨이드)."""
    out = list(tokens)
    firsts = {k.split()[0] for k in known if " " in k}  # 웨이드 of 웨이드 심스: maybe another's
    for word in {k for k in known if " " not in k and "+" not in k and len(k) >= 3} - firsts:
        if not is_hangul(word):
            continue
        pattern = rf"(?<![가-힣]){re.escape(word)}(?=[{PARTICLE_CHARS}]|[^가-힣]|$)"
        for m in re.finditer(pattern, text):
            inside = [i for i, t in enumerate(out) if m.start() <= t.start < m.end()]
            if not inside or len(inside) == 1 and out[inside[0]].tag == "NNP":
                continue
            a, b = inside[0], inside[-1] + 1
            if out[a].start != m.start() or out[b - 1].end != m.end():
                continue  # pieces across the word's edge (a particle read into the last one)
            out[a:b] = [Token(word, "NNP", m.start(), m.end(), True)]
    return out


def japanese_surname_cut(text: str, tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with a Japanese family name whose first syllable Kiwi cut off joined again
    (니/NNG 시무라 다카시/NNP: 니시무라 다카시), or whose last Kiwi read as the particle 'and'
    before the given name (이시카/NNG 와/JC 다카시/NNP: 이시카와 다카시)."""
    out = list(tokens)
    for i in range(len(out) - 2, -1, -1):
        t, nxt = out[i], out[i + 1]
        if nxt.start != t.end or (t.start and text[t.start - 1] not in _WORD_START):
            continue
        first_cut = (
            len(t.form) == 1
            and nxt.tag == "NNP"
            and bool(japanese_spellings(t.form + nxt.form.split()[0]))
        )
        last_as_and = (
            nxt.form in ("와", "과")
            and nxt.tag == "JC"
            and i + 2 < len(out)
            and out[i + 2].tag == "NNP"
            and text[nxt.end : out[i + 2].start] == " "
            and bool(japanese_spellings(t.form + nxt.form))
        )
        if first_cut or last_as_and:
            out[i : i + 2] = [Token(t.form + nxt.form, "NNP", t.start, nxt.end)]
    return out


def surname_and_word(text: str, tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with a surname Kiwi reads as a proper noun and a glued common noun that is a
    listed word-like given name joined into one NNP, where the word ends there (김/NNP 보배/NNG
    도: 김보배, as Kiwi reads 김하늘 whole); and a listed name that is a word whole, a surname
    and a given name, before a title (이슬비/NNG 경기도 투자진흥과장: 'drizzle', a name here)."""
    out = list(tokens)
    for i in range(len(out) - 2, -1, -1):
        t, g = out[i], out[i + 1]
        nxt = out[i + 2] if i + 2 < len(out) else None
        if (
            t.tag == "NNP"
            and t.form in surnames()
            and g.start == t.end
            and g.tag == "NNG"
            and g.form in given_meanings()
            and (t.start == 0 or text[t.start - 1] in _WORD_START)
            and (nxt is None or nxt.start > g.end or nxt.tag.startswith(("J", "SS", "SP")))
        ):
            out[i : i + 2] = [Token(t.form + g.form, "NNP", t.start, g.end)]
    for i, t in enumerate(out):  # 이슬비/NNG 경기도 투자진흥과장: a name that is a word whole
        if (
            t.tag == "NNG"
            and len(t.form) == 3
            and t.form in given_meanings()
            and t.form[0] in surnames()
            and (t.start == 0 or text[t.start - 1] in _WORD_START)
            and title_after(text, out, i + 1)[0] == "title"
        ):
            out[i] = Token(t.form, "NNP", t.start, t.end)
    return out


# An age in brackets right after a name (최정/NNP 민/NNG (61)씨, 편성규(57·용인7)); not a
# figure (최대치(332만t)).
_AGE_BRACKET = re.compile(r"\((?:[1-9]\d?|1[01]\d)(?:세)?[)·,]")


def repair_names(text: str, tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with a Korean name Kiwi split or misread joined into one NNP token.

    Kiwi reads many unfamiliar names as words: 이정식 as 이/MM 정식/NNG ('this formal'),
    김재명 as 김/NNP 재/XPN 명/NNG. A word of 3-4 syllables that splits into a known surname
    and a given name is taken for a name when a title, 씨 or an age follows it (이정식 고용노동부
    장관) and Kiwi reads it as a name before 씨 (:func:`name_like`). Places, organizations and
    words that are titles themselves (이사장) are left alone.
    """
    out = list(tokens)
    i = 0
    while i < len(out):
        t = out[i]
        if t.start and text[t.start - 1] not in _WORD_START:
            i += 1  # inside a word
            continue
        end = word_end(text, t.start)
        word = text[t.start : end]
        j = i
        while j < len(out) and out[j].end <= end:
            j += 1
        if (
            (text[end : end + 1] == " " or _AGE_BRACKET.match(text, end) is not None)
            and (3 <= len(word) <= 4 or _two_syllable_name(word, out[i:j]))
            and j > i
            and out[j - 1].end == end
            and not (j - i == 1 and t.tag == "NNP")
            and split_name(word) is not None
            and title_suffix(word) is None
            and not body_or_place(word)
            and word[-1] not in _BODY_LAST  # 국토부 장관: a ministry Kiwi reads as a word
            # 부시의, 조사와: no; but 정유/NNG 나/JC is 정유나 (나 ends many given names)
            and all(
                _NAME_PART_TAGS.match(x.tag)
                or (x.form == "나" and k == j - 1)
                or (x.form == "은" and x.tag == "JX" and k < j - 1)  # 백/NNG 은/JX 하/VV
                or (x.tag in ("VV", "VA") and x.form in ("하", "영") and k == j - 1)
                for k, x in enumerate(out[i + 1 : j], i + 1)
            )
            and (_NAME_PART_TAGS.match(t.tag) or t.form in surnames())  # 이/JKS 바다: 이바다
            # 한국측; but 나라 of 이나라, a given name (Nara, Japan) after the surname, and
            # 문경호 대지농협 조합장, an official's name that starts as a city's does (문경)
            and (
                not any(
                    gazetteer().is_place(x.form) and not (k > i and x.form in given_meanings())
                    for k, x in enumerate(out[i:j], i)
                )
                or _officials_name(word, text, out, j)
            )
            and _anchored_here(text, out, j)
            and not _word_before_homograph(word, text, out, j)
            and (name_like(word) or _officials_name(word, text, out, j))
        ):
            out[i:j] = [Token(word, "NNP", t.start, end)]
        else:
            k = _named_after_role(text, out, i, j)
            if k is not None:  # 골리 서/NNG 바다/NNG 는/JX: the goalie 서바다
                out[i:k] = [Token(text[t.start : out[k - 1].end], "NNP", t.start, out[k - 1].end)]
        i += 1
    return out


def _officials_name(word: str, text: str, tokens: Sequence[Token], j: int) -> bool:
    """``word`` of three syllables, which Kiwi reads as a noun and a syllable (송기/NNG 범),
    is a surname and syllables common in given names before a title with its place or body
    (송기범 진천군수): an official's name."""
    split = split_name(word)
    if split is None or len(word) != 3 or known_noun(word):
        return False
    if not all(c in KOREAN_GIVEN_SYLLABLES for c in split[1]):
        return False
    anchor, _, _, prefix, _ = title_after(text, tokens, j)
    return anchor == "title" and bool(prefix)


def _named_after_role(text: str, tokens: Sequence[Token], i: int, j: int) -> int | None:
    """Index after the name where the spaced word tokens[i:j] is an occupation's (:data:`ROLES`,
    one space before) Korean full name that Kiwi cut into words, a particle after it (골리
    서바다는: 서/NNG 바다/NNG 는/JX); None otherwise."""
    t = tokens[i]
    if not t.start or text[t.start - 1] != " " or last_word(text[: t.start]) not in ROLES:
        return None
    k = j
    while k > i + 1 and tokens[k - 1].tag.startswith("J"):
        k -= 1
    name = text[t.start : tokens[k - 1].end]
    if (
        k - i < 2
        or len(name) != 3
        or not all(_NAME_PART_TAGS.match(x.tag) for x in tokens[i:k])
        or not korean_name(name)
        or body_or_place(name)
        or title_suffix(name) is not None
        or not name_like(name)
    ):
        return None
    return k


def _word_before_homograph(word: str, text: str, tokens: Sequence[Token], j: int) -> bool:
    """A homograph title with no place or body glued to it follows ``word``, which Kiwi alone
    reads as starting with a common noun of two syllables or more (양극/NNG 재 시장: the cathode
    market, not Mayor Yang; 양/MM 승/NNG 민/NNG 시장 stays a name), the title right after it."""
    alone = morphemes(word)
    if not alone or alone[0].tag != "NNG" or len(alone[0].form) < 2 or len(alone) < 2:
        return False
    anchor, title, span, prefix, _ = title_after(text, tokens, j)
    if anchor != "title" or title is None or not homograph(title) or prefix or span is None:
        return False
    # right after the word: a body or an ordinal between (권한결 국토교통부 제2차관) makes it a name
    return j >= len(tokens) or span[0] <= tokens[j].start


def _two_syllable_name(word: str, parts: Sequence[Token]) -> bool:
    """A surname and a one-syllable given name Kiwi cut apart (조/NNP 현/MM: 조현 외교부
    장관) where Kiwi knows the word as a proper noun; 이전 대통령 ('the previous president')
    and 신임 장관 stay words."""
    if len(word) != 2 or len(parts) != 2 or parts[0].tag != "NNP":
        return False
    alone = morphemes(word)
    return len(alone) == 1 and alone[0].tag == "NNP"


_HANGUL_WORDS = re.compile(r"[가-힣]+(?: [가-힣]+)+")


def vietnamese_names(text: str, tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with each Vietnamese name Kiwi cut into words (부/XPN 이/NR 탄/NNB 선/NNG for
    부이 탄 선) made one NNP token: spaced ones of two words in a text that names Vietnam, of
    three or four anywhere (공격수 팜 뚜언 하이도), unspaced ones of three syllables or more
    anywhere (팜/NNP 민/NNG 찌/VV ᆫ/ETM for 팜민찐)."""
    out = list(tokens)
    for m in re.finditer(r"(?<![가-힣])[가-힣]{3,}", text):
        word = _vietnamese_words(m.group())  # unspaced: three syllables or more; 팜민찐은
        if word is not None:
            _merge(out, word, m.start())
    vietnam = "베트남" in text
    for m in _HANGUL_WORDS.finditer(text):
        words = m.group().split(" ")
        at = m.start()
        for i, first in enumerate(words):
            for n in range(min(4, len(words) - i), 1 if vietnam else 2, -1):
                name = _vietnamese_words(" ".join(words[i : i + n]))
                if name is not None:
                    _merge(out, name, at)
                    break
            at += len(first) + 1
    return out


def _vietnamese_words(words: str) -> str | None:
    """``words`` as a Vietnamese name, its last word without a particle of one or two
    syllables (팜 뚜언 하이도: 팜 뚜언 하이), if it is one."""
    for cut in (0, 1, 2):
        name = words[: len(words) - cut] if cut else words
        if cut and not _NAME_PARTICLE.fullmatch(words[-cut:]):
            continue  # 응우옌 반 투안: 안 is the name's, no particle
        if not name.endswith(" ") and is_vietnamese(name):
            return name
    return None


# Particles of one or two syllables that follow a name (팜 뚜언 하이도, 응우옌 반 투언에게)
_NAME_PARTICLE = re.compile(
    r"[은는이가을를의도와과에로만씨측께]|에서|에게|으로|까지|부터|와의|과의|에는|라고|하고|이다|이며"
    r"|처럼|보다|한테|께서"
)


def _merge(tokens: list[Token], form: str, start: int) -> None:
    """Make the tokens that cover exactly text[start:start + len(form)] one NNP token."""
    end = start + len(form)
    inside = [k for k, t in enumerate(tokens) if start <= t.start and t.end <= end]
    if inside and tokens[inside[0]].start == start and tokens[inside[-1]].end == end:
        tokens[inside[0] : inside[-1] + 1] = [Token(form, "NNP", start, end)]
        return
    # a particle Kiwi glued to the name's last word (하이도/NNP): split off as one
    k = inside[-1] + 1 if inside else len(tokens)
    last = tokens[k] if k < len(tokens) else None
    if (
        last is not None
        and tokens[inside[0]].start == start
        and last.start < end < last.end
        and last.tag == "NNP"
        and len(last.form) == last.end - last.start  # the form as written, to cut
    ):
        rest = Token(last.form[end - last.start :], "JX", end, last.end)
        tokens[inside[0] : k + 1] = [Token(form, "NNP", start, end), rest]


def contracted_particle(text: str, tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with a proper noun Kiwi read as a shorter name and the contracted topic
    particle ᆫ (오재민 as 오재미/NNP ᆫ/JX) as the name written, where a noun or Latin word
    follows after a space (오재민 LG에너지솔루션 부사장), not a predicate."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if (
            nxt is not None
            and after is not None
            and t.tag == "NNP"
            and nxt.form == "ᆫ"
            and nxt.tag.startswith("J")
            and nxt.end == t.end
            and text[t.start : t.end] != t.form
            and text[t.end : after.start] == " "
            and after.tag in ("NNG", "NNP", "SL")
        ):
            out.append(Token(text[t.start : t.end], "NNP", t.start, t.end, t.oov))
            i += 2
            continue
        out.append(t)
        i += 1
    return out


def unknown_as_name(t: Token) -> Token:
    """A Hangul noun of two or more syllables Kiwi does not know (귀네스/NNG, 칸델왈/NNG) as
    NNP: Kiwi guesses the tag of such a word, and most are foreign names; not a compound of
    two words it knows (계절근로자: 계절 + 근로자)."""
    if (
        t.oov
        and t.tag == "NNG"
        and len(t.form) >= 2
        and is_hangul(t.form)
        and not compound_noun(t.form)
    ):
        return Token(t.form, "NNP", t.start, t.end, t.oov)
    return t


def hyphenated(tokens: list[Token]) -> list[Token]:
    """``tokens`` with a double-barrelled foreign name (코시니아크-카미시, Kosiniak-Kamysz) as one
    proper noun: two proper nouns of two syllables or more joined by a hyphen, no space between,
    neither a place nor a body (not 한-인도, 한-독: the two countries)."""
    out: list[Token] = []
    for t in tokens:
        if (
            len(out) >= 2
            and t.tag == "NNP"
            and out[-1].form == "-"
            and out[-2].tag == "NNP"
            and out[-2].end == out[-1].start
            and out[-1].end == t.start
            and min(len(out[-2].form), len(t.form)) >= 2
            and not (body_or_place(out[-2].form) or body_or_place(t.form))
        ):
            first = out[-2]
            out[-2:] = [Token(f"{first.form}-{t.form}", "NNP", first.start, t.end)]
        else:
            out.append(t)
    return out
