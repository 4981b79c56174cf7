"""A later mention of a Korean person whose English names another person of the article.

'민 감독은 ...고 밝혔다' rendered '..., Song said.': the quotation is given to the actor the
article names elsewhere, not to the director. The Korean surname is not in the English, but
another Korean person's surname, one this sentence's Korean does not name, stands there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mtqa.lexicon.romanize import surname_spellings
from mtqa.rules.base import UnitView
from mtqa.rules.persons import plain_mentions
from mtqa.text.en_match import fold

SWAP_CONFIDENCE = 0.6


@lru_cache(maxsize=1024)
def _spelling_pattern(surname: str) -> re.Pattern[str]:
    # not one letter: 'I' (이) is the pronoun of a quotation, 'O' (오) starts O'Connor
    spellings = {s for s in surname_spellings(surname) if len(s) > 1}
    alt = "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![\w'-])(?:{alt})(?![\w-])")


def other_person(view: UnitView, surname: str) -> tuple[tuple[int, int], str] | None:
    """The span of another Korean person's romanized surname in the unit's English, and that
    person's name, where the person is in the article (a full name in another sentence) but
    not in this sentence's Korean, and the surname ``surname`` is not written here."""
    text = view.target_text
    if _spelling_pattern(surname).search(text):
        return None
    mentions = plain_mentions(view.doc)
    here = {m.surname for m in mentions.get(view.unit.index, []) if m.kind == "korean"}
    others = {
        m.surname: m.name
        for unit, ms in mentions.items()
        if unit != view.unit.index
        for m in ms
        if m.kind == "korean" and m.given and m.surname not in here and m.surname != surname
    }
    for other, name in others.items():
        if {fold(s) for s in surname_spellings(other)} & {
            fold(s) for s in surname_spellings(surname)
        }:
            continue  # 이 and 리 may both be Lee
        found = _spelling_pattern(other).search(text)
        if found:
            return found.span(), name
    return None
