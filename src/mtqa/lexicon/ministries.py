"""Ministries named by their portfolio: the Korean portfolio nouns and their English words.

Korean news names foreign ministries by portfolio nouns and 부 (성 for Japan's): 베트남 산업무역부
(Industry and Trade), 중국 공안부 (Public Security), 일본 후생노동성 (Health, Labour and Welfare).
:func:`split_portfolio` cuts a ministry's stem into those nouns; :data:`PORTFOLIOS` gives the
beginnings of the English words that render each.
"""

from __future__ import annotations

from functools import lru_cache

# Korean portfolio nouns and the beginnings of the English words that render them.
PORTFOLIOS: dict[str, tuple[str, ...]] = {
    "산업": ("industr",), "공업": ("industr",), "무역": ("trade", "commerce"),
    "통상": ("trade", "commerce"), "상무": ("commerce", "trade"), "투자": ("invest",),
    "기획": ("plan",), "계획": ("plan",), "외교": ("foreign", "diploma", "external"),
    "외무": ("foreign", "external"), "국방": ("defen", "pentagon"), "방위": ("defen",),
    "재무": ("financ", "treasur"), "재정": ("financ", "fiscal"), "금융": ("financ",),
    "보건": ("health",), "후생": ("health", "welfare"), "복지": ("welfare",),
    "교육": ("educat",), "문부": ("educat",), "환경": ("environment",), "생태": ("ecolog",),
    "농업": ("agricultur", "farm"), "농림": ("agricultur", "forest"), "농무": ("agricultur",),
    "수산": ("fisher",), "해양": ("ocean", "marine", "maritime"), "에너지": ("energy",),
    "노동": ("labo", "employ"), "문화": ("cultur",), "관광": ("touris",), "체육": ("sport",),
    "교통": ("transport",), "건설": ("construct", "infrastructur"), "정보": ("informat",),
    "통신": ("communicat", "telecom"), "과학": ("scien",), "기술": ("technolog",),
    "내무": ("interior", "home", "internal"), "총무": ("internal",), "법무": ("justice", "law"),
    "공안": ("public security", "police"), "국토": ("land", "homeland", "territor"),
    "안보": ("security",), "안전": ("security", "safety"), "자원": ("resource",),
    "경제": ("econom",), "개발": ("develop",), "이민": ("immigra",), "혁신": ("innovat",),
    "보훈": ("veteran",), "여성": ("women", "gender"), "가족": ("famil",),
    "통일": ("unificat",), "광산": ("mine", "mining"),
    "광물": ("mineral",), "행정": ("administ",), "국무": ("state",), "상업": ("commerce",),
}  # fmt: skip
# Japanese ministries end in 성, which is also the '-ness' of many words (안전성 'safety'):
# only these portfolios count with it.
SEONG = frozenset({"외무", "방위", "재무", "법무", "총무", "경제산업", "후생노동", "국토교통",
                   "문부과학", "농림수산"})  # fmt: skip


@lru_cache(maxsize=4096)
def split_portfolio(stem: str) -> tuple[str, ...] | None:
    """``stem`` as a run of portfolio nouns (산업무역 -> 산업, 무역), or None."""
    if not stem:
        return ()
    for n in range(min(3, len(stem)), 1, -1):
        head = stem[:n]
        if head in PORTFOLIOS:
            rest = split_portfolio(stem[n:])
            if rest is not None:
                return (head, *rest)
    return None
