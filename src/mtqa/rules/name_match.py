"""Where a Korean person mention is rendered in one English text, and how well.

Korean names are found by their surname spellings plus a loose phonetic key of the given name
(:mod:`mtqa.lexicon.romanize`); foreign names, and Korean-looking names not romanized so (부시
Bush), by a phonetic comparison of the Hangul with English word runs
(:mod:`mtqa.lexicon.transliterate`). A run that sounds right is told apart as a name or as
ordinary words by :func:`span_kind` (dictionary and census name lists,
:mod:`mtqa.lexicon.en_words`), and a name-like run with a capitalized ordinary word that breaks a
contrast loanword orthography writes reliably (Vladimir Pudding for 블라디미르 푸틴) by
:func:`misheard`; a surname may also be rendered by its meaning ("Five" for 오).
:func:`locate` gives one :class:`NameMatch`; the person rules (:mod:`mtqa.rules.persons`) add
the unit, the document and word alignment.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from mtqa.align.words import EN_STOPWORDS
from mtqa.lexicon.chinese import chinese_parts, is_pinyin, pinyin_spellings
from mtqa.lexicon.en_words import (
    COMMON_ZIPF,
    EVERYDAY_ZIPF,
    is_common_word,
    is_demonym,
    is_dictionary_word,
    is_name_word,
    is_ordinary_word,
)
from mtqa.lexicon.gazetteer import english_place_names, gazetteer
from mtqa.lexicon.given_meanings import given_meanings
from mtqa.lexicon.romanize import (
    given_spelling_score,
    is_hangul_syllable,
    name_key,
    romanize,
    spells_given_name,
    split_off_syllables,
    surname_meanings,
    surname_spellings,
    surnames,
)
from mtqa.lexicon.titles import english_title_words, find_renderings
from mtqa.lexicon.transliterate import (
    PARTICLES,
    candidate_spans,
    loanword_mismatches,
    phonetic_score,
)
from mtqa.lexicon.vietnamese import (
    fold_latin,
    romanized_as_korean,
    vietnamese_parts,
    vietnamese_spellings,
    written_for,
)
from mtqa.text.en_match import fold, words
from mtqa.text.ko_persons import PersonMention

# Phonetic score from which a name-like English run renders a foreign name: on references 80% of
# mentions have one at >= 0.68; where the name was deleted, 5.5% (mostly other mentions of it).
FOREIGN_FOUND = 0.68
FOREIGN_SURNAME = 0.85  # the same for the last word alone (Trump for 도널드 트럼프)
FOREIGN_WEAK = 0.6  # below FOREIGN_FOUND: perhaps another spelling, perhaps another word
WORDS_FOUND = 0.8  # ordinary words must sound this close to count as the name rendered as words
SPLIT_OFF_SCORE = 0.8  # letters right, hyphen inside a syllable: MT403 at 0.3 + 0.4 * 0.8
VIETNAMESE_NEAR = 70  # rapidfuzz ratio of a misspelt Vietnamese word to a spelling (Ngyuen)
GIVEN_CLOSE = 0.6  # given-name key similarity from which a spelling counts as a near miss
WORDS_MARGIN = 0.1  # ordinary words must sound this much closer than the best name-like run
# A capitalized ordinary word (dictionary, no census name) in a run that sounds like a foreign
# name, that breaks a contrast loanword orthography writes reliably (voicing, -ing, hiatus,
# 아이/에이; transliterate.loanword_mismatches), renders the name as words: Vladimir Pudding for
# 블라디미르 푸틴, Donald Triumph for 도널드 트럼프, Tony Blinking for 토니 블링컨. The cues fail
# on none of the 216 foreign names rendered in the references, so confidence goes by how surely
# the word is no name: everyday (Zipf >= 4.5) 0.6, common (>= 3.5) 0.5, rarer 0.4 (the rules
# raise it to 0.6 beside the title), 0.1 more where two cues fail (Pudding: voicing and -ing).
# bench/checks_names.py --text-only: references unchanged (MT402 4 flags, none >= 0.5).
MISHEARD_EVERYDAY = 0.6
MISHEARD_COMMON = 0.5
MISHEARD_RARE = 0.4
MISHEARD_CUES = 0.1
HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Dr)\.? *$")
# A surname translated by its meaning (오 시장 "Mayor Five", 문재인 "Door Jae-in"): beside the
# given name, beside the mention's title or an honorific, or alone mid-sentence (less sure:
# "met Gold in Singapore"; never for place names and nationality words: "trade with Korea").
MEANING_GIVEN = 0.75
MEANING_TITLE = 0.7
MEANING_ALONE = 0.45
# ... alone as the subject of a reporting verb (Two said) or with a possessive (Two's proposal):
# the English writes a person there. Never on references (5,009 sentences; park-dev 1,000).
MEANING_PERSON = 0.55
ARTICLES = frozenset({"the", "a", "an"})


@dataclass(frozen=True)
class NameMatch:
    """Where a Korean person mention is rendered in the English, and how well."""

    status: str  # "found", "surname", "close", "words", "weak" or "none"
    span: tuple[int, int] | None = None
    score: float = 0.0
    surname_span: tuple[int, int] | None = None  # the English surname (for adjacent titles)
    ordinary: float = 0.0  # "words": how surely the span is ordinary words, 0..1
    via: str = "phonetic"  # "romanized" (Korean name spellings), "phonetic" or "alignment"


Word = tuple[int, int, str]


def _capitalized(w: str) -> bool:
    """Capitalized, or a capital after a particle (al-Maliki, d'Estaing)."""
    return any(part[:1].isupper() for part in re.split(r"[-'’]", w))


def sentence_initial(text: str, start: int) -> bool:
    """The word at ``start`` opens a sentence, a quote or a bracket."""
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?\"'“‘(:"


# Words beside names that are neither name nor ordinary word: honorifics and name particles.
NEUTRAL = frozenset({"mr", "mrs", "ms", "miss", "sir", "dr"}) | PARTICLES


@lru_cache(maxsize=1)
def neutral_words() -> frozenset[str]:
    """Title words (president, prime, minister, gov), honorifics and name particles."""
    title_words = {p.strip(".") for f in english_title_words() for p in f.split()}
    # Function words inside titles (Secretary of State, the president) are no name words:
    # "of Asia" is no rendering of a name.
    return NEUTRAL | frozenset(title_words - EN_STOPWORDS)


# Pronouns no name is spelled with, capitalized inside a name run: the name was translated by
# sound into English words ('Me You Sato' for 사토 미유). 'He' and 'You' are Chinese surnames.
PRONOUN_WORDS = frozenset(
    {"me", "my", "mine", "myself", "your", "yours", "we", "our", "ours", "us", "they", "them",
     "their", "she", "her", "him", "his", "it", "its"}
)  # fmt: skip
PRONOUN_CONFIDENCE = 0.6


def _acronym(word: str, text: str) -> bool:
    """An all-capital word of two letters or more in text that is not itself all capitals."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return False
    lower = sum(c.islower() for c in text)
    return lower > sum(c.isupper() for c in text)


def span_kind(span_words: list[Word], text: str) -> tuple[str, float]:
    """What a run of English words is: ("name", 0), ("words", confidence), ("other", 0), or
    ("demonym", 0) when it holds a nationality word (Russian), which renders no person's name.

    A capitalized word that is neither an ordinary dictionary word nor a frequent English name
    (Kavanaugh, Obama) makes the run a name; otherwise dictionary words that are no names make it
    ordinary words: lower case in mid-sentence ("the moon"), or capitalized ("Carry Lamb",
    "President Triumph"). Title words, honorifics, name particles and single letters are ignored;
    a name run with lower-case words in it is "other".
    """
    neutral = neutral_words()
    content = [w for w in span_words if len(w[2]) > 1 and w[2].lower().strip(".") not in neutral]
    if any(is_demonym(w[2]) for w in content):  # "Russian" is no rendering of 로젠스타인
        return "demonym", 0.0
    if any(_place_possessive(w, text) for w in content):  # "Japan's Mone": the country's
        return "other", 0.0
    acronyms = [w for w in content if _acronym(w[2], text)]
    if acronyms:  # AUD, FDA: no person's name; beside one (Kier Starmer QC) they are neutral
        content = [w for w in content if w not in acronyms]
        if not content:
            return "other", 0.0
    caps = [w for w in content if _capitalized(w[2])]
    if any(w[2].lower() in PRONOUN_WORDS and not sentence_initial(text, w[0]) for w in caps):
        return "words", PRONOUN_CONFIDENCE  # 'Me You Sato' for 사토 미유
    lower = [w for w in content if not _capitalized(w[2]) and not sentence_initial(text, w[0])]
    names = [w for w in caps if not is_ordinary_word(w[2])]  # unknown or frequent names
    if lower:  # "to Palu", "Trump said": a name plus other words is no rendering of one name
        if names:
            return "other", 0.0
        if any(w[2].lower() in EN_STOPWORDS - ARTICLES for w in lower):
            return "other", 0.0  # "said in", "months and": function words render no name
        known = any(is_dictionary_word(w[2]) or is_common_word(w[2]) for w in lower)
        return "words", 0.7 if known else 0.45
    if any(not is_name_word(w[2]) for w in names):
        everyday = [
            w for w in caps if is_ordinary_word(w[2]) and is_common_word(w[2], EVERYDAY_ZIPF)
        ]
        if everyday:  # "Annual Schwarzenegger": given names are no everyday words
            return "words", 0.55
        return "name", 0.0
    ordinary = [w for w in caps if is_ordinary_word(w[2])]
    if ordinary:
        if any(is_common_word(w[2], EVERYDAY_ZIPF) for w in ordinary):
            return "words", 0.6
        if any(is_name_word(w[2]) for w in caps):  # Emmanuel Macron: a rarer word beside a name
            return "name", 0.0
        return "words", 0.45
    return ("name", 0.0) if caps else ("other", 0.0)


def _match_korean(m: PersonMention, text: str, ws: list[Word]) -> NameMatch:
    spellings = {fold(s) for s in surname_spellings(m.surname)}
    gkey = name_key(romanize(m.given)) if m.given else ""
    best_close: NameMatch | None = None
    far_close: NameMatch | None = None
    surname_hit: NameMatch | None = None
    for i, (s, e, w) in enumerate(ws):
        if not _capitalized(w) or fold(w) not in spellings or w == "I":
            continue
        if not m.given:
            return NameMatch("found", (s, e), 1.0, (s, e), via="romanized")
        # Given name after the surname (Kim Dong-yeon, Kim Dong Yeon) or before it (Dong-yeon Kim).
        spans = [ws[i + 1 : i + 1 + k] for k in (1, 2, 3)] + [ws[max(0, i - k) : i] for k in (1, 2)]
        for cand in spans:
            if not cand or not all(_capitalized(c[2]) for c in cand):
                continue
            run = sorted([*cand, (s, e, w)])
            if any(text[a[1] : b[0]].strip() for a, b in itertools.pairwise(run)):
                continue  # 'Earlier, Pyeon': a comma or stop between them parts no name
            written = "".join(c[2] for c in cand)
            ckey = name_key(written)
            score = fuzz.ratio(ckey, gkey) / 100.0
            span = (min(s, cand[0][0]), max(e, cand[-1][1]))
            if spells_given_name(m.given, written):
                as_written = text[cand[0][0] : cand[-1][1]]
                if not split_off_syllables(m.given, as_written):
                    return NameMatch("found", span, 1.0, (s, e), via="romanized")
                # The letters spell the name but the hyphen cuts a syllable ('Seo Han-eul'
                # for 서하늘, Ha-neul): a misspelling, closer than any other.
                score = SPLIT_OFF_SCORE
            elif ckey == gkey:
                # The loose key takes it, but no syllable-wise spelling does: the spelling
                # writes another syllable (Sang-muk for 상목 is 상묵).
                score = max(GIVEN_CLOSE, given_spelling_score(m.given, written))
            if score >= GIVEN_CLOSE and (best_close is None or score > best_close.score):
                best_close = NameMatch("close", span, score, (s, e), via="romanized")
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        if far_close is None and nxt and "-" in nxt[2] and _capitalized(nxt[2]):
            # A hyphenated given name right after the surname is the name, however far its
            # spelling is from the romanization (Moon Jad-it for 문재인).
            score = fuzz.ratio(name_key(nxt[2]), gkey) / 100.0
            far_close = NameMatch("close", (s, nxt[1]), score, (s, e), via="romanized")
        surname_hit = surname_hit or NameMatch("surname", (s, e), 0.8, (s, e), via="romanized")
    meaning = _surname_as_meaning(m, text, ws, gkey)
    if meaning is not None and meaning.ordinary == MEANING_GIVEN:
        return meaning  # Door Jae-in, whatever other persons' Moon or Lee nearby
    close = best_close or far_close
    if close is not None:
        return close
    if meaning is not None and surname_hit is None:
        return meaning
    if surname_hit is not None:
        return surname_hit
    lower = _as_words_korean(m, ws, spellings, gkey)
    if lower is not None:
        return lower
    if not m.given:  # a surname alone: only a capitalized ordinary word mid-sentence (Chem)
        other = _other_surname_after_title(m, text, ws)
        return other if other is not None else _surname_as_word(m.name, text, ws)
    other = _given_after_other_surname(m, text, ws)
    if other is not None:
        return other  # 'Shim Kyung-ah' for 신경아: the given name spelled, another surname
    # Names written like Korean ones but not romanized so (왕이 Wang Yi, 부시 Bush), or garbled.
    found = _match_phonetic(m.name, text, ws, 3)
    if found.status == "words" and found.span is not None and text[slice(*found.span)].islower():
        # 'his season' for 채우진은 시즌: a lower-case word that only sounds like a name written
        # in Korean is no rendering of it (the meaning and surname words are matched above)
        return NameMatch("none")
    if found.status == "found" and found.span is not None:
        span = _with_surname_before(text, ws, found.span)
        parts = {fold(w).strip(".,") for w in text[span[0] : span[1]].split()}
        if parts & _surname_spellings() and not parts & spellings:
            # 'Kang Myung-soo' for 한명수, 'Cho Sung-min' for 최성민: another surname's spelling
            return NameMatch("close", span, found.score, found.surname_span, via="romanized")
        if _pinyin_surname_korean_given(m, text[span[0] : span[1]], spellings):
            return NameMatch("close", span, OTHER_SURNAME_SCORE, found.surname_span,
                             via="romanized")  # fmt: skip
    return found


def _pinyin_surname_korean_given(m: PersonMention, written: str, spellings: set[str]) -> bool:
    """'Jiang Hyung-seok' for 장형석: the family name in its Chinese reading (no Korean spelling
    of it) before the given name romanized as Korean: a Korean's name, its surname misread. A
    Chinese person's given name is written in pinyin too, unhyphenated (Zhang Liping; Zhu Julong
    for 주주롱, a Chinese name Korean writes like a Korean one)."""
    first, _, rest = written.partition(" ")
    return (
        bool(rest)
        and fold(first) not in spellings
        and fold(first) in pinyin_spellings(m.surname)
        and spells_given_name(m.given, rest)
        and not split_off_syllables(m.given, rest)
        and not ("-" not in rest and is_pinyin(rest))  # Zhu Julong (주주롱): all of it pinyin
    )


# The score of a Korean name whose given name is spelled right after another surname's spelling.
OTHER_SURNAME_SCORE = 0.9


def _given_after_other_surname(m: PersonMention, text: str, ws: list[Word]) -> NameMatch | None:
    """The given name spelled as it is romanized, one space after a capitalized word that spells
    another Korean surname ('Shim Kyung-ah' for 신경아: 심's spelling; 'Cho Sung-min' for
    최성민): the name, its surname misspelt."""
    for i, (s, e, w) in enumerate(ws[:-1]):
        if not _capitalized(w) or fold(w) not in _surname_spellings():
            continue
        for k in (1, 2):
            cand = ws[i + 1 : i + 1 + k]
            if len(cand) < k or not all(_capitalized(c[2]) for c in cand):
                continue
            run = [(s, e, w), *cand]
            if any(text[a[1] : b[0]] != " " for a, b in itertools.pairwise(run)):
                continue
            written = text[cand[0][0] : cand[-1][1]]
            if spells_given_name(m.given, written) and not split_off_syllables(m.given, written):
                return NameMatch("close", (s, cand[-1][1]), OTHER_SURNAME_SCORE, (s, e),
                                 via="romanized")  # fmt: skip
    return None


# Surnames that are also the words before a title for 'incumbent', 'former', 'the late'.
_NOT_SURNAMES = frozenset({"현", "전", "고"})


def _other_surname_after_title(m: PersonMention, text: str, ws: list[Word]) -> NameMatch | None:
    """A surname alone (권 청장) written right after its title as another Korean surname's
    spelling ('Commissioner Park'); not as its Chinese reading ('Zhang' for 장 of a Chinese
    person), nor as a spelling no list has ('Whang' for 황: the person's own, maybe)."""
    if m.name in _NOT_SURNAMES:
        return None  # 임동욱 현 회장: 현 'incumbent', no 현 (Hyun)
    chinese = set(pinyin_spellings(m.surname))
    for s, e, w in ws:
        if (
            _capitalized(w)
            and fold(w) in _surname_spellings()
            and fold(w) not in chinese
            and title_before(m, text, s)
        ):
            return NameMatch("close", (s, e), OTHER_SURNAME_SCORE, (s, e), via="romanized")
    return None


def _with_surname_before(text: str, ws: list[Word], span: tuple[int, int]) -> tuple[int, int]:
    """``span`` widened to the capitalized word one space before it when that word spells a
    Korean surname (Cho of 'Cho Sung-min' where only 'Sung-min' sounds like the name)."""
    before = [w for w in ws if w[1] <= span[0]]
    if not before:
        return span
    s, e, w = before[-1]
    if text[e : span[0]] == " " and _capitalized(w) and fold(w) in _surname_spellings():
        return (s, span[1])
    return span


@lru_cache(maxsize=1)
def _surname_spellings() -> frozenset[str]:
    """Every spelling of every Korean surname (folded): Kim, Lee, Kang, Han..."""
    return frozenset(fold(s) for sur in surnames() for s in surname_spellings(sur))


def _as_words_korean(
    m: PersonMention, ws: list[Word], spellings: set[str], gkey: str
) -> NameMatch | None:
    """A surname or given name rendered as a lower-case ordinary word ("the moon")."""
    for s, e, w in ws:
        if _capitalized(w) or not is_common_word(w):
            continue
        if fold(w) in spellings or (gkey and name_key(w) == gkey):
            return NameMatch("words", (s, e), 0.7, ordinary=0.7)
    return None


# A romanized Korean given name, hyphenated (Geun-hye, Hae-chan): after a surname-only mention's
# meaning word it shows the word stands where the surname should be (Gourd Geun-hye).
KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{0,5}-[a-z]{1,6}")


def _given_after(ws: list[Word], i: int, text: str, gkey: str) -> int | None:
    """End offset of the given name after ws[i]: the 1-3 capitalized words whose key is ``gkey``,
    or for a surname alone (no ``gkey``) one hyphenated romanized given name."""
    if not gkey:
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        if nxt is None or text[ws[i][1] : nxt[0]] != " ":
            return None
        ok = KOREAN_GIVEN.fullmatch(nxt[2]) or _foreign_given(ws[i][2], nxt[2])
        return nxt[1] if ok else None
    for k in (1, 2, 3):
        cand = ws[i + 1 : i + 1 + k]
        if len(cand) < k or not all(_capitalized(c[2]) for c in cand):
            return None
        if text[ws[i][1] : cand[0][0]] != " ":
            return None
        if name_key("".join(c[2] for c in cand)) == gkey:
            return cand[-1][1]
    return None


def _foreign_given(word: str, nxt: str) -> bool:
    """``nxt`` after the meaning ``word`` is a given name of another romanization (King Haitao
    for 왕 부위원장): capitalized, no dictionary word, no frequent English name, and neither it nor
    the pair a known place (South Sudan)."""
    places = english_place_names()
    return (
        nxt[:1].isupper()
        and nxt.isalpha()
        and not is_dictionary_word(nxt)
        and not is_name_word(nxt)
        and fold(nxt) not in places
        and fold(f"{word} {nxt}") not in places
    )


# A reporting verb right after a word shows the word is the subject: a person ("Two said").
SPEECH_AFTER = re.compile(
    r"\s+(?:also\s+)?(?:said|says|told|added|noted|stated|explained|insisted|stressed)\b"
)


def title_before(m: PersonMention, text: str, s: int) -> bool:
    """The mention's title (or Mr./Ms.) stands right before text[s:]: Mayor Five, Gov. Five."""
    if HONORIFIC_BEFORE.search(text[:s]):
        return True
    renderings = find_renderings(m.title, text) if m.title is not None else []
    return any(te <= s and s - te <= 3 and not text[te:s].strip(" .,") for _, te in renderings)


def beside_title(m: PersonMention, text: str, s: int, e: int) -> bool:
    """The mention's title (or Mr./Ms.) stands right before text[s:e], or in apposition after."""
    if title_before(m, text, s):
        return True
    for ts, _ in find_renderings(m.title, text) if m.title is not None else []:
        if ts >= e and re.fullmatch(r", (the |a )?", text[e:ts]):
            return True  # Five, the mayor,
    return False


def _place_word(word: str) -> bool:
    """A meaning word that is a place name or nationality word (Korea, Korean for 한)."""
    return fold(word) in english_place_names() or is_demonym(word)


def _surname_as_meaning(m: PersonMention, text: str, ws: list[Word], gkey: str) -> NameMatch | None:
    """The surname rendered by the meaning of its homograph (Mayor Five for 오 시장).

    A capitalized meaning word counts beside the romanized given name (Door Jae-in), right after
    the mention's title or an honorific (President Door, Mr. Five) or before it in apposition,
    or alone in mid-sentence between lower-case words and after no article. Words inside a
    capitalized run (South Korea, Han River), after an article (the South, the West) and
    lower-case ones (the five members) are ordinary English. A place name or nationality word
    (Korea, Korean for 한) counts only before the mention's own given name (Korea Duck-soo) or
    right after its title or an honorific (Prime Minister Korea): alone, in apposition ("in
    Korea, the prime minister said") or before another word (Korea JoongAng Daily) it is the
    place.
    """
    entry = surname_meanings().get(m.surname)
    if entry is None:
        return None
    meanings = {w.lower() for w in entry.words}
    phrase = _phrase_meaning(m, text, ws, gkey, [w for w in meanings if " " in w])
    if phrase is not None:
        return phrase
    given_words = given_meanings().get(m.given, frozenset()) if m.given else frozenset()
    alone: NameMatch | None = None
    for i, (s, e, w) in enumerate(ws):
        if w.lower() not in meanings or not w[:1].isupper():
            continue
        if _place_word(w):
            end = _given_after(ws, i, text, gkey) if gkey else None
            if end is not None:
                return NameMatch("words", (s, end), 1.0, (s, e), MEANING_GIVEN, "meaning")
            nxt = ws[i + 1] if i + 1 < len(ws) else None
            run = nxt is not None and not text[e : nxt[0]].strip() and _capitalized(nxt[2])
            if not run and title_before(m, text, s):
                return NameMatch("words", (s, e), 1.0, (s, e), MEANING_TITLE, "meaning")
            continue
        end = _given_after(ws, i, text, gkey)
        if end is not None:
            return NameMatch("words", (s, end), 1.0, (s, e), MEANING_GIVEN, "meaning")
        nxt = ws[i + 1] if i + 1 < len(ws) else None
        after_article = i > 0 and ws[i - 1][2].lower() in ARTICLES  # the West Sea: the place
        if (
            nxt
            and not text[e : nxt[0]].strip()
            and nxt[2].lower() in given_words
            and not after_article
        ):
            # both as their meanings: 'Judge West Sea' for 서바다 부장판사
            return NameMatch("words", (s, nxt[1]), 1.0, (s, e), MEANING_GIVEN, "meaning")
        if nxt and not text[e : nxt[0]].strip() and _capitalized(nxt[2]):
            continue  # a capitalized run: South Korea, Gold Coast
        if beside_title(m, text, s, e):
            return NameMatch("words", (s, e), 1.0, (s, e), MEANING_TITLE, "meaning")
        prev = ws[i - 1] if i else None
        speaker = SPEECH_AFTER.match(text, e) is not None  # Two said, King also said
        # 배씨는 ... as 'Pear is accused ...': the subject of both sentences, a verb after it
        subject = m.start == 0 and m.anchor == "honorific" and _VERB_AFTER.match(text, e)
        person = speaker or bool(subject) or text[e : e + 2] in ("'s", "’s")  # Two's proposal
        if (
            alone is None
            and (speaker or subject or not sentence_initial(text, s))
            and not (prev and not text[prev[1] : s].strip() and _capitalized(prev[2]))
            and not (prev and prev[2].lower() in ARTICLES)  # the South, the West: no person
        ):
            conf = MEANING_PERSON if person else MEANING_ALONE
            alone = NameMatch("words", (s, e), 1.0, (s, e), conf, "meaning")
    return alone


def _phrase_meaning(
    m: PersonMention, text: str, ws: list[Word], gkey: str, phrases: list[str]
) -> NameMatch | None:
    """A two-syllable surname rendered by the words of its Hanja ('South Palace Hyun-woo' for
    남궁현우): the words, capitalized, before the romanized given name or beside the title."""
    for phrase in phrases:
        n = len(phrase.split())
        for i in range(len(ws) - n + 1):
            run = ws[i : i + n]
            s, e = run[0][0], run[-1][1]
            if text[s:e].lower() != phrase or not all(_capitalized(w[2]) for w in run):
                continue
            end = _given_after(ws, i + n - 1, text, gkey)
            if end is not None:
                return NameMatch("words", (s, end), 1.0, (s, e), MEANING_GIVEN, "meaning")
            if beside_title(m, text, s, e):
                return NameMatch("words", (s, e), 1.0, (s, e), MEANING_TITLE, "meaning")
    return None


# A finite verb right after a sentence's first word: that word is its subject.
_VERB_AFTER = re.compile(r" (?:is|was|has|had|will|would|said|says|told|allegedly|also)\b")


def _surname_as_word(surname: str, text: str, ws: list[Word]) -> NameMatch:
    for score, a, b in candidate_spans(surname, ws, 1):
        if score < WORDS_FOUND:
            break
        word = text[a:b]
        if _capitalized(word) and not sentence_initial(text, a) and is_ordinary_word(word):
            return NameMatch("words", (a, b), score, (a, b), ordinary=0.45)
    return NameMatch("none")


def _nationality(name: str, english: str) -> bool:
    """The Hangul word is the place whose demonym ``english`` is (노르웨이인, 아프간: Afghan)."""
    words = {fold(w) for w in english.split()}
    return any(
        f[:2] == name[:2]
        for p in gazetteer().places
        if words & {fold(r) for r in p.related}
        for f in p.forms or (p.ko,)
    )


def _name_parts(name: str) -> list[str]:
    """The Hangul words of a foreign name (블라디미르 푸틴), without initials (조지 W. 부시)."""
    return [p for p in name.split() if any(is_hangul_syllable(c) for c in p)]


def _run_parts(run: list[Word]) -> list[str]:
    """The words of an English run that may render parts of a name: no title words, honorifics,
    name particles (al-Maliki), initials or abbreviations (W., Jr.)."""
    neutral = neutral_words()
    out = []
    for _, _, w in run:
        for part in re.split(r"[-'’]", w):
            if len(part.strip(".")) < 2 or part.lower().strip(".") in neutral:
                continue
            if part.endswith(".") and len(part) <= 4:
                continue
            out.append(part)
    return out


def misheard(name: str, run: list[Word]) -> float:
    """How surely the run renders the foreign name with an ordinary word that only sounds like a
    part of it (Vladimir Pudding for 블라디미르 푸틴); 0.0 when no word breaks a cue.

    Only capitalized dictionary words that are no frequent names are checked (not Trump, nor
    words no list knows, such as Blinken); real names that are dictionary words (Macron, Musk)
    break no cue. Each word is compared with the Hangul word it stands for where the run has as
    many words as the name, else with the whole name (only the counting cues then)."""
    hangul = _name_parts(name)
    english = _run_parts(run)
    if not hangul:
        return 0.0
    whole = len(english) == len(hangul)
    conf = 0.0
    for k, w in enumerate(english):
        if not _capitalized(w) or not is_ordinary_word(w) or is_demonym(w):
            continue
        cues = loanword_mismatches(hangul[k] if whole else "".join(hangul), w, whole)
        if "final" in cues and any("final" not in loanword_mismatches(h, w) for h in hangul):
            # Japanese names change order (나카지마 쇼지 'Shoji Nakajima'): the last vowel
            # of the Hangul word it stands for may be that of another
            cues = tuple(c for c in cues if c != "final")
        if not cues:
            continue
        if is_common_word(w, EVERYDAY_ZIPF):
            c = MISHEARD_EVERYDAY
        elif is_common_word(w, COMMON_ZIPF):
            c = MISHEARD_COMMON
        else:
            c = MISHEARD_RARE
        conf = max(conf, c + (MISHEARD_CUES if len(cues) > 1 else 0.0))
    if len(english) == len(hangul) + 1:
        conf = max(conf, _split_into_words(hangul, english))
    return round(conf, 2)


SPLIT_SOUNDS = 0.65  # phonetic score two words together need to stand for one Hangul word


def _split_into_words(hangul: list[str], english: list[str]) -> float:
    """One Hangul word heard as two ordinary English words that together sound like it
    ('Shark Away' for 엘샤르카위, El-Sharkawy): the run's other words pair with the others.
    Two everyday words count so even where the name lists have them too ('Heart Man' for
    하트먼, Hartman), but for a Chinese name, written in one Hangul word and two English ones
    (쑨양, Sun Yang)."""
    for k in range(len(english) - 1):
        a, b = english[k], english[k + 1]
        if not all(_capitalized(w) and is_ordinary_word(w) for w in (a, b)) and not (
            all(_capitalized(w) and _everyday_word(w) for w in (a, b))
            and chinese_parts(hangul[k]) is None
        ):
            continue
        if phonetic_score(hangul[k], a + b) < SPLIT_SOUNDS:
            continue
        rest = english[:k] + english[k + 2 :]
        others = hangul[:k] + hangul[k + 1 :]
        if all(phonetic_score(h, w) >= SPLIT_SOUNDS for h, w in zip(others, rest, strict=True)):
            everyday = all(is_common_word(w, EVERYDAY_ZIPF) for w in (a, b))
            return MISHEARD_EVERYDAY if everyday else MISHEARD_COMMON
    return 0.0


def _everyday_word(word: str) -> bool:
    """An everyday English dictionary word, whether or not some name is spelled so (Heart)."""
    return is_dictionary_word(word) and is_common_word(word, EVERYDAY_ZIPF)


def _place_possessive(w: Word, text: str) -> bool:
    """The word is a place's English name with a possessive after it ('Japan's')."""
    return text[w[1] : w[1] + 2] in ("'s", "’s") and fold(w[2]) in english_place_names()


def _match_phonetic(
    name: str, text: str, ws: list[Word], max_words: int | None = None
) -> NameMatch:
    """The English run that sounds most like ``name``, told apart as a name or ordinary words."""
    name_c: tuple[float, int, int] | None = None
    words_c: tuple[float, int, int, float] | None = None
    best = 0.0
    for score, a, b in candidate_spans(name, ws, max_words):
        if score < FOREIGN_WEAK or (name_c and words_c):
            break
        best = max(best, score)
        kind, conf = span_kind([w for w in ws if a <= w[0] < b], text)
        if kind == "demonym" and _nationality(name, text[a:b]):
            kind = "name"  # 노르웨이인 "Norwegian": the Korean word is no person either
        if kind == "name" and name_c is None:
            name_c = (score, a, b)
        elif kind == "words" and words_c is None:
            words_c = (score, a, b, conf)
    parts = name.split()
    last_c: tuple[float, int, int] | None = None
    if len(parts) > 1:
        for score, a, b in candidate_spans(parts[-1], ws, 1):
            if score < FOREIGN_SURNAME:
                break
            if span_kind([w for w in ws if a <= w[0] < b], text)[0] == "name":
                last_c = (score, a, b)
                break
    if words_c and words_c[0] >= WORDS_FOUND:
        # The surname alone inside the words does not count against them (Lamb in Carry Lamb).
        inside = last_c is not None and words_c[1] <= last_c[1] and last_c[2] <= words_c[2]
        rival = max(name_c[0] if name_c else 0.0, 0.0 if inside or not last_c else last_c[0])
        if words_c[0] >= rival + WORDS_MARGIN or rival < FOREIGN_FOUND:
            s, a, b, conf = words_c
            conf = max(conf, misheard(name, [w for w in ws if a <= w[0] < b]))
            return NameMatch("words", (a, b), s, (a, b), ordinary=conf)
    if name_c and name_c[0] >= FOREIGN_FOUND:
        run = [w for w in ws if name_c[1] <= w[0] < name_c[2]]
        last = run[-1]
        odd = misheard(name, run)
        if odd:  # Vladimir Pudding, Donald Triumph: a name word beside a misheard word
            return NameMatch("words", (name_c[1], name_c[2]), name_c[0], (last[0], last[1]), odd)
        nxt = next((w for w in ws if w[0] == last[1] + 1 and text[last[1]] == " "), None)
        odd = misheard(name, [*run, nxt]) if nxt is not None else 0.0
        if nxt is not None and odd:  # 'Hassan Shark Away' for 하산 엘샤르카위: one word as two
            return NameMatch("words", (name_c[1], nxt[1]), name_c[0], (last[0], nxt[1]), odd)
        wider = _pronouns_beside(text, ws, name_c[1], name_c[2]) if len(run) < len(parts) else None
        if wider is not None:  # 'Me You Sato': the rest of the name as pronouns
            return NameMatch("words", wider, name_c[0], (last[0], last[1]), PRONOUN_CONFIDENCE)
        return NameMatch("found", (name_c[1], name_c[2]), name_c[0], (last[0], last[1]))
    if last_c:
        return NameMatch("surname", (last_c[1], last_c[2]), last_c[0], (last_c[1], last_c[2]))
    if name_c:
        return NameMatch("weak", (name_c[1], name_c[2]), name_c[0])
    return NameMatch("none", None, best)


_PRONOUNS_WIDEN = 2  # words: a syllable pair of the Korean may become two English words


def _pronouns_beside(text: str, ws: list[Word], a: int, b: int) -> tuple[int, int] | None:
    """The span from a, b widened over the capitalized words right beside it, where one of
    them is a pronoun (:data:`PRONOUN_WORDS`) in mid-sentence; None otherwise."""
    inside = [k for k, w in enumerate(ws) if a <= w[0] < b]
    if not inside:
        return None
    lo, hi = inside[0], inside[-1]
    while (
        lo > 0
        and inside[0] - lo < _PRONOUNS_WIDEN
        and _capitalized(ws[lo - 1][2])
        and not sentence_initial(text, ws[lo - 1][0])  # 'Setter Me You Sato': not 'Setter'
        and not text[ws[lo - 1][1] : ws[lo][0]].strip()
    ):
        lo -= 1
    while (
        hi + 1 < len(ws)
        and hi - inside[-1] < _PRONOUNS_WIDEN
        and _capitalized(ws[hi + 1][2])
        and not text[ws[hi][1] : ws[hi + 1][0]].strip()
    ):
        hi += 1
    beside = [w for k, w in enumerate(ws[lo : hi + 1], lo) if k not in inside]
    if any(w[2].lower() in PRONOUN_WORDS and not sentence_initial(text, w[0]) for w in beside):
        return ws[lo][0], ws[hi][1]
    return None


def _vietnamese_run(parts: list[str], ws: list[Word]) -> NameMatch | None:
    """The run of English words that spells the Vietnamese name ``parts`` word by word."""
    n = len(parts)
    for k in range(len(ws) - n + 1):
        run = ws[k : k + n]
        if all(written_for(h, w[2]) for h, w in zip(parts, run, strict=True)):
            return NameMatch("found", (run[0][0], run[-1][1]), 1.0, (run[0][0], run[0][1]))
    # 'Chinh' for 팜민찐: Vietnamese news names a person by the given name
    for k, w in enumerate(ws):
        if w[2][:1].isupper() and fold_latin(w[2]) in vietnamese_spellings(parts[-1]):
            first = k
            # with the words before it that spell its other parts, however badly ('Ngyuen
            # Ban Hung' for 응우옌 반 흥): the whole run is the name, for MT403 to read
            while first > 0 and k - first < n - 1:
                prev, h = ws[first - 1], parts[n - 1 - (k - first) - 1]
                if ws[first][0] - prev[1] != 1 or not _near_vietnamese(h, prev[2]):
                    break
                first -= 1
            return NameMatch("found", (ws[first][0], w[1]), 1.0, (ws[first][0], ws[first][1]))
    return None


def _near_vietnamese(hangul: str, written: str) -> bool:
    """``written`` is capitalized and spells the Vietnamese word ``hangul``, romanizes its
    Hangul, or comes close to a spelling of it (Ngyuen for Nguyen)."""
    if not written[:1].isupper():
        return False
    if written_for(hangul, written) or romanized_as_korean(hangul, written):
        return True
    word = fold_latin(written)
    return any(fuzz.ratio(word, f) >= VIETNAMESE_NEAR for f in vietnamese_spellings(hangul))


def name_words(text: str) -> list[Word]:
    """English words with possessive 's cut off (Lee Myung-bak's -> Lee Myung-bak)."""
    out = []
    for s, e, w in words(text):
        if w[-2:] in ("'s", "’s"):
            e, w = e - 2, w[:-2]
        out.append((s, e, w))
    return out


def _chinese_surname_as_meaning(m: PersonMention, text: str, ws: list[Word]) -> NameMatch | None:
    """A Chinese name whose family name the English writes as the meaning of its Korean
    reading, right before the given name's pinyin ('King Wentao' for 왕원타오, Wang Wentao)."""
    parts = chinese_parts(m.name)
    entry = surname_meanings().get(parts[0]) if parts is not None else None
    if parts is None or entry is None:
        return None
    meanings = {w.lower() for w in entry.words}
    for gkey in dict.fromkeys(name_key(p) for p in pinyin_spellings(parts[1])):
        for i, (s, _, w) in enumerate(ws):
            if w.lower() in meanings and _capitalized(w):
                end = _given_after(ws, i, text, gkey)
                if end is not None:
                    return NameMatch(
                        "words", (s, end), 1.0, (s, ws[i][1]), MEANING_GIVEN, "meaning"
                    )
    return None


def locate(m: PersonMention, en_text: str, exclude: tuple[tuple[int, int], ...] = ()) -> NameMatch:
    """Find the English rendering of a Korean person mention, outside the ``exclude`` spans."""
    ws = [w for w in name_words(en_text) if not any(s <= w[0] < e for s, e in exclude)]
    if m.kind == "korean":
        return _match_korean(m, en_text, ws)
    chinese = _chinese_surname_as_meaning(m, en_text, ws)
    if chinese is not None:
        return chinese  # 'King Wentao' for 왕원타오 (Wang Wentao)
    parts_vn = vietnamese_parts(m.name)
    if parts_vn is not None:
        run = _vietnamese_run(parts_vn, ws)
        if run is not None:  # Nguyen Van Tuan: 'Van' is a name here, no word
            return run
    match = _match_phonetic(m.name, en_text, ws)
    parts = m.name.split()
    best = match.status == "found" and match.score >= 1.0
    if len(parts) == 2 and not best:
        # Korean writes Japanese and Chinese names family name first (기시다 후미오); English
        # often gives the given name first (Fumio Kishida). A found match scoring 1.0 (the
        # top of phonetic_score) cannot be beaten, so the other order is not tried then; one
        # through ordinary words ('Saga Mayor Hidetaka' for 사카이 히데타카) gives way to the
        # name found the other way round ('Hidetaka Sakai').
        turned = _match_phonetic(f"{parts[1]} {parts[0]}", en_text, ws)
        words_only = match.status == "words"
        if (
            turned.status == "found"
            and (match.status != "found" or turned.score > match.score)
            and (not words_only or turned.score >= match.score)
        ):
            return turned
    return match
