"""Newswire furniture: datelines, bylines and boilerplate lines of Korean and English news copy.

Korean agency copy opens with a dateline and byline, "(세종=연합뉴스) 김민수 기자 =", and ends
with a reporter's e-mail address and a copyright notice. English editions open with their own
dateline, "SEJONG, Nov. 29 (Yonhap) --", and drop the Korean byline and notice. These parts are
not article content: a translation that drops or rewrites them is not wrong, so the rules
look past them (the units themselves are still reported).
"""

from __future__ import annotations

import re

# Kinds of lines that are not article content (English and Korean forms), and the Korean words
# that say the same thing in article content (a Korean sentence about subscribing or copyright).
_KINDS: dict[str, tuple[str, str]] = {
    "notice": (
        r"©|ⓒ|\(c\)\s*\d{4}|copyright|all rights reserved"
        r"|unauthori[sz]ed (reproduction|redistribution)"
        r"|reproduction (and|or) redistribution|무단\s*전재|재배포\s*금지|저작권자",
        r"저작권|무단|전재|재배포|ⓒ|©",
    ),
    "prompt": (
        r"click here|subscribe (to|now|here|for)|sign up (for|to|now)|follow us on|our newsletter"
        r"|read more (at|here|:)|^\s*related (articles?|stories|news)\b",
        r"클릭|구독|가입|팔로우|뉴스레터|관련\s*기사|더\s*보기",
    ),
    "address": (r"https?://|www\.|[\w.+-]+@[\w-]+\.[\w.]+", r"https?://|www\.|@|홈페이지"),
    "credit": (r"translated by|machine[- ]translated", r"번역"),
    "agency": (
        r"^\s*\(?(yonhap|reuters|ap|afp|newsis|news1)\)?\s*$",
        r"연합뉴스|뉴시스|뉴스1|통신",
    ),
    # the mark that ends wire copy, on a line of its own: (END), [END], -- END --
    "end": (r"^\s*(?:[(\[]\s*end\s*[)\]]|-+\s*end\s*-+)\s*$", r"[(\[]\s*끝\s*[)\]]"),
}
_KIND_RE = {k: re.compile(en, re.IGNORECASE) for k, (en, _) in _KINDS.items()}
_KIND_KO = {k: re.compile(ko, re.IGNORECASE) for k, (_, ko) in _KINDS.items()}
# Lines that are not article content, in either language.
BOILERPLATE = re.compile("(" + "|".join(en for en, _ in _KINDS.values()) + ")", re.IGNORECASE)


def boilerplate_kind(text: str) -> tuple[str, re.Match[str]] | None:
    """The kind of boilerplate ``text`` holds ("notice", "prompt", "address", "credit",
    "agency") and the match, or None."""
    for kind, pattern in _KIND_RE.items():
        m = pattern.search(text)
        if m:
            return kind, m
    return None


def says_kind(source: str, kind: str) -> bool:
    """Whether the Korean ``source`` says something of this boilerplate kind (구독, 저작권)."""
    return bool(_KIND_KO[kind].search(source))


# Korean-only furniture: tip-off prompts, photo credits, "end of article" marks.
_KO_FURNITURE = re.compile(
    r"(제보는\s*카카오톡|기사\s*제보|카톡\s*okjebo|\[(사진|영상|그래픽)\s*[=:]?[^\]]*\]"
    r"|<(사진|영상)[^>]*>|^\s*\(끝\)\s*$|^\s*[▶☞■◆]\s*)"
)

_AGENCY = r"[가-힣A-Za-z0-9 ]{1,12}"
# (서울=연합뉴스) / [서울=뉴시스] / (워싱턴=연합뉴스) with the reporters that follow:
# "김민수 기자 =", "김민수 이영희 기자 =", "김민수·이영희 기자 =", "김동현 특파원 ="
KO_DATELINE = re.compile(
    rf"(?m)^[ \t]*[(\[]\s*[가-힣A-Za-z· ]{{1,20}}\s*=\s*{_AGENCY}[)\]]"
    r"(?:\s*(?:[가-힣]{2,4}(?:\s*[·,]\s*|\s+))*[가-힣]{2,4}\s*(?:기자|특파원|통신원|객원기자)\s*=)?"
)
KO_BYLINE_ONLY = re.compile(
    r"(?m)^[ \t]*(?:[가-힣]{2,4}(?:\s*[·,]\s*|\s+))*[가-힣]{2,4}\s*(?:기자|특파원|통신원)\s*="
)
# SEOUL, Nov. 29 (Yonhap) -- / WASHINGTON, March 3 (AFP) - / SEJONG (Yonhap) --
EN_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.]{0,15}(?: [A-Z][A-Za-z.]{1,15})?)?"
    r"(?:,?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?"
    r"\s*\((?:Yonhap|Reuters|AP|AFP|Xinhua|Kyodo|Bloomberg|Newsis|News1|UPI|dpa|KCNA)"
    r"[^)]{0,30}\)\s*(?:--|—|–|-)?"
)


def source_dateline(text: str) -> tuple[int, int] | None:
    """The span of a Korean dateline and byline at the start of a line of ``text``, if any."""
    m = KO_DATELINE.search(text) or KO_BYLINE_ONLY.search(text)
    return (m.start(), m.end()) if m else None


def target_dateline(text: str) -> tuple[int, int] | None:
    """The span of an English wire dateline at the start of a line of ``text``, if any."""
    m = EN_DATELINE.search(text)
    return (m.start(), m.end()) if m else None


def is_source_furniture(text: str) -> bool:
    """Whether a Korean sentence is newswire furniture (notice, e-mail, credit), not content.

    Such a line may be dropped by the translation without loss. Long sentences that merely
    mention copyright are content.
    """
    stripped = text.strip()
    if not stripped:
        return False
    span = source_dateline(stripped)
    if span and not stripped[span[1] :].strip():
        return True  # a byline on a line of its own
    hit = BOILERPLATE.search(stripped) or _KO_FURNITURE.search(stripped)
    return bool(hit) and len(stripped) <= 80


def blank(text: str, span: tuple[int, int] | None) -> str:
    """``text`` with ``span`` replaced by spaces (offsets stay valid)."""
    if span is None:
        return text
    a, b = span
    return text[:a] + " " * (b - a) + text[b:]
