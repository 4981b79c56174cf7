"""What a Korean word next to a name is: a body or company (정부, 한빛전자), a place, a known noun,
a Korean name, or a word whose syllables only loanwords have (for :mod:`mtqa.text.ko_persons`)."""

from __future__ import annotations

from functools import lru_cache

from mtqa.lexicon.country_abbrev import SYLLABLES
from mtqa.lexicon.gazetteer import gazetteer
from mtqa.lexicon.given_meanings import given_meanings
from mtqa.lexicon.organizations import organizations
from mtqa.lexicon.romanize import (
    is_hangul_syllable,
    jamo,
    split_name,
)
from mtqa.text.korean import morphemes

# Last syllables of organizations and things that take titles (교정청 대변인, 뷰티 시장).
ORG_ENDINGS = frozenset("청부원당회사국처소단실관대팀과주")  # ...학과, 미시건주 (a state)


# One-syllable country abbreviations that follow names in news Korean (조지 부시 미 대통령).
COUNTRY_ABBREVIATIONS = frozenset("미중일러영독불북남한호")


# Syllables of loanword orthography that Korean given names practically never use (드, 스, 트...).
# Syllables no Sino-Korean reading and hardly a native given name has: a loanword's (ㅡ after a
# consonant; ㅔ after these consonants: 모테기 Motegi, 베네딕트).
_FOREIGN_SYLLABLES = frozenset("그드르므브스즈츠크트프흐쯔케테페헤데메베레클블플틀")


_E = 5  # medial ㅔ


def body_or_place(form: str) -> bool:
    """``form`` is an organization of the bundled list, a curated place or a compound of
    country abbreviations (한미일, 남북): never a person."""
    return (
        organizations().get(form) is not None
        or gazetteer().is_place(form)
        or _country_compound(form)
    )


# Endings of company and body names that Korean news writes between a name and its title
# (정태호 한빛전자 회장, 국민은행장): a word of more than the ending that ends in one is a body.
COMPANY_ENDINGS = (
    "전자", "그룹", "은행", "건설", "화학", "제약", "증권", "보험", "물산", "중공업",
    "자동차", "항공", "통신", "반도체", "에너지", "홀딩스", "바이오", "카드", "생명",
    "상사", "철강", "제철", "해운", "식품", "유통", "백화점", "테크", "랩스", "캐피탈",
    "자산운용", "파트너스", "컴퍼니", "엔터테인먼트", "게임즈", "모터스", "케미칼", "로지스틱스",
    "인터내셔널", "글로벌", "솔루션", "솔루션즈", "시스템", "시스템즈", "시스템스", "네트웍스",
    "파마", "로템", "디스플레이", "이노베이션", "머티리얼즈", "스틸", "건설기계", "엔진", "오션",
    "소재", "제지", "섬유", "기계", "전력", "석유", "화장품", "푸드", "제과", "시멘트",
    "정밀", "정공", "기공", "공업", "리튬", "배터리", "케미컬", "모빌리티", "헬스케어", "캐피털",
    "토건", "개발", "엔지니어링", "물류", "통운", "제강", "약품", "상선", "운수", "신탁",
    "벤처스", "인베스트먼트", "테크놀로지", "일렉트릭", "코리아", "윈드", "파워", "디펜스",
    "에어로스페이스", "일렉트로닉스", "다이내믹스", "인더스트리", "인더스트리스", "여행사",
    "호텔", "리조트", "면세점",
)  # fmt: skip


BODY_ENDINGS = COMPANY_ENDINGS + (
    "금융", "산업", "위원회", "협회", "재단", "공사", "공단", "연구원", "연구소", "대학",
    "대학교", "병원", "신문", "방송", "일보", "구단", "시청", "군청", "도청", "구청", "의회",
    "노조", "연맹", "협의회", "조합", "조선", "동맹", "연합", "연대", "전선", "기구", "본부",
    "센터", "학회", "포럼", "대표팀", "선수단", "회의소", "연합회", "총연합회", "대사관", "영사관",
    "대표부", "경찰서", "소방서", "세무서", "경찰청", "교육청", "검찰청", "법원",
    "조계종", "천태종", "태고종", "종단", "교회", "성당", "교구",
    "공장", "제철소", "조선소", "사업장", "발전소", "지점", "법인",  # 전주공장 이보람 공장장
    "특위",  # 예결특위, 정개특위: a special committee by its short name
    "농협", "수협", "축협", "신협", "새마을금고",  # 대지농협: a local cooperative
)  # fmt: skip


# Parties, bodies also alone (베트남 공산당 서기장: no 공 + 산당).
_PARTY_ENDINGS = (
    "공산당", "노동당", "민주당", "공화당", "자민당", "보수당", "국민당", "사회당", "녹색당",
    "진보당", "인민당", "정당",
)  # fmt: skip


def company_like(form: str) -> bool:
    """``form`` is a company of the bundled list or ends like one (한울에너지, 세운건설)."""
    org = organizations().get(form)
    if org is not None:
        return org.kind == "company"
    return _led_like_company(form) or any(
        form.endswith(e) and len(form) > len(e) for e in COMPANY_ENDINGS
    )


# Loanword heads of company names no person's name starts with (에어 'Air').
_COMPANY_STARTS = ("에어",)


def _led_like_company(form: str) -> bool:
    """``form`` starts like a company's name (에어한빛, 에어부산: an airline)."""
    return form.startswith(_COMPANY_STARTS) and len(form) >= 4


# Bodies named by a common noun alone between a name and its title (박준혁 노조 위원장).
BODY_WORDS = frozenset(
    {
        "노조",
        "노동조합",
        "이사회",
        "위원회",
        "구단",
        "검찰",
        "경찰",
        "법원",
        "지부",
        "노사",
        "당",
        "대표팀",
        "선수단",
        "농협",  # 관내 농협 조합장: the local cooperatives' heads
        "수협",
        "축협",
        "신협",
        "인민군",  # 강철호 인민군 차수: North Korea's army
        "육군",
        "해군",
        "공군",
        "해병대",
    }
)


# One-syllable ends of an office's name after its portfolio (상무청 'department of commerce',
# 기상청, 공보처, 외사국).
_OFFICE_ENDS = frozenset("청처국")


def body_like(form: str) -> bool:
    """``form`` names a body or place (:func:`body_or_place`), ends like a company or body
    (한빛전자, 케슬러그룹), or is 주 + a country (주필리핀, 주미: the ambassador's post) or
    주한 + a country (주한핀란드: its mission in Korea)."""
    if body_or_place(form) or form in BODY_WORDS:
        return True
    if _led_like_company(form):
        return True  # 에어한빛 대표: an airline, no foreign given name
    if any(form.endswith(e) and len(form) > len(e) for e in BODY_ENDINGS):
        return True
    if form.endswith(_PARTY_ENDINGS):
        return True
    if len(form) >= 3 and form[-1] == "대" and gazetteer().is_place(form[:-1]):
        return True  # 부산대, 경북대: a university by its city, no 부 + 산대
    if len(form) >= 3 and form[-1] in _OFFICE_ENDS and known_nouns(form[:-1]):
        return True  # 상무청, 기상청, 교육국, 방위산업청: portfolio nouns and an office
    return mission_post(form)


def mission_post(form: str) -> bool:
    """주 + a country or place (주필리핀, 주미, 주부산: a mission's post there), or 주한 + a
    country (주한핀란드: its mission in Korea)."""
    if form.startswith("주한") and len(form) > 3 and gazetteer().is_place(form[2:]):
        return True
    rest = form[1:]
    return (
        form[:1] == "주"
        and bool(rest)
        and (gazetteer().is_place(rest) or rest in COUNTRY_ABBREVIATIONS)
    )


def _country_compound(form: str) -> bool:
    """Two or three one-syllable abbreviations of different countries (한미, 한미일, 북중)."""
    codes = [SYLLABLES.get(c) for c in form]
    return 2 <= len(form) <= 3 and None not in codes and len(set(codes)) == len(codes)


def korean_name(word: str) -> bool:
    """A three-syllable Korean name (정주영), not a loanword that starts with a surname (위르겐)."""
    split = split_name(word) if len(word) == 3 else None
    return split is not None and not looks_foreign(split[1])


# Syllables of the Korean transcription of Mandarin that are no Sino-Korean reading, so no
# Korean given name has them (왕치밍 Wang Qiming, 리둥성 Li Dongsheng; not 왕치민).
_CHINESE_SYLLABLES = frozenset(
    "밍핑딩팅닝링싱힝킹둥퉁눙룽쑹쭝쿵훙웨쉐쉬쥔췬쉰윈샤쟈쌰써쩌쩐짜찌쭈쑤뚜띠빠삐얼쥐췌줘뤄궈훠쭤춰숴퉈둬눠뤼톈롄볜몐녠샹"
    # pinyin transcriptions no Sino-Korean reading has (왕촨푸 Wang Chuanfu, 쑨양 Sun Yang)
    "촨솨좡촹솽좐롼돤퇀쏸쫜쾅쒀쑨쩡러더터머퍼커쓰슝푸"
)


def looks_foreign(given: str) -> bool:
    """A 'surname + given name' that is really a loanword (도널드, 고르바초프) or a Chinese
    name in its Mandarin sound (왕치밍). No Sino-Korean reading has the vowel ㅔ with a final
    consonant, and native given names (하늘, 세은) have none either: 사무엘, 가브리엘, 미셸 are
    loanwords."""
    return any(
        c in _FOREIGN_SYLLABLES
        or c in _CHINESE_SYLLABLES
        or (is_hangul_syllable(c) and jamo(c)[1] == _E and jamo(c)[2] != 0)
        for c in given
    )


# Syllables common in Korean given names (민, 준, 서...), not in the foreign ones Korean writes
# as three syllables (모리시 of 패트릭 모리시, 기시다, 사나에).
KOREAN_GIVEN_SYLLABLES = frozenset(
    "민서지준현우수영진정호성훈재연은윤예하유주희동원석혁경미혜태승상철규용기환범빈인선숙순"
    "자옥남광종명대한국일형완웅찬창건근도아나율채소가보별솔결온람욱섭식택균열운봉길만병겸휘엽"
    "곤권필학효애향란문세신심언여오의익임중천청춘충평표해헌홍화후흠덕련령록린리다래로배비산새"
)


def name_like(word: str) -> bool:
    """Kiwi reads ``word`` as a name when a 씨 follows it: it starts with a proper noun that
    starts with the surname (이석열 씨; 김/NNP 재/XPN 명/NNG; 박용/NNP 현/NNG), or the given name
    after the surname is one (한/MM 동훈/NNP) or no word at all, only its syllables (양/MM 승/NNG
    민/NNG), not a common noun (이사회 씨, 정부군 씨 stay NNG)."""
    inside = [t for t in morphemes(f"{word} 씨") if t.end <= len(word)]
    split = split_name(word)
    if split is None or not inside:
        return False
    if split[1] in given_meanings():
        return True  # 한/MM 가람/NNG: a given name that is a word ('river'), listed as one
    if inside[0].tag == "NNP" and inside[0].form.startswith(split[0]):
        return True  # 이석열, 김/재/명, 박용/현
    # 한/MM 동훈/NNP: the surname read as a word ('one'), the given name as a proper noun.
    rest = inside[1:]
    if inside[0].form == split[0] and len(rest) == 1 and rest[0].tag == "NNP":
        return True
    # 양/MM 승/NNG 민/NNG: a given name Kiwi knows as no word, only as its single syllables
    return (
        inside[0].form == split[0]
        and len(rest) == len(split[1]) >= 2
        and all(len(t.form) == 1 for t in rest)
    )


def known_noun(word: str) -> bool:
    """Kiwi reads ``word`` alone as one common noun it knows."""
    tokens = morphemes(word)
    return len(tokens) == 1 and tokens[0].tag == "NNG" and not tokens[0].oov


@lru_cache(maxsize=4096)
def compound_noun(form: str) -> bool:
    """``form`` is two or more common nouns of two syllables or more that Kiwi knows, glued
    (계절 + 근로자, 결혼 + 이주 + 여성), as no foreign name is."""
    return any(known_noun(form[:k]) and known_nouns(form[k:]) for k in range(2, len(form) - 1))


def known_nouns(word: str) -> bool:
    """Kiwi reads ``word`` alone as common nouns it knows, each of two syllables or more
    (근로자; 이주/NNG 여성/NNG)."""
    tokens = morphemes(word)
    return (
        bool(tokens)
        and all(t.tag == "NNG" and not t.oov and len(t.form) >= 2 for t in tokens)
        and "".join(t.form for t in tokens) == word
    )
