"""How many Korean person mentions the person finder sees, on made-up names in news patterns.

The corpora in ../shared are mostly translations of foreign news, with few Korean names, so the
other name benchmarks (which inject errors into mentions already found) cannot show the
mentions the finder misses. Kiwi reads many unfamiliar Korean names as words (이정식 as 이/MM
정식/NNG, 김재명 as 김/재/명): such a name is never checked. Here every pair of 20 common
surnames and 26 given names is put in three patterns of Korean news ("NAME 고용노동부 장관은",
"NAME 의원은", "NAME 씨는"), and the share of names found (with the right surname, given name
and anchor) is reported, with the same for words that are no names before a title (which must
not be found). Needs no corpora.

Run: .venv/bin/python bench/persons_detection.py   (writes reports/bench/persons_detection.json)
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from mtqa.benchutil import write_result
from mtqa.text.ko_persons import find_persons
from mtqa.text.korean import morphemes

SURNAMES = [
    "김",
    "이",
    "박",
    "최",
    "정",
    "강",
    "조",
    "윤",
    "장",
    "임",
    "한",
    "오",
    "서",
    "신",
    "권",
    "황",
    "안",
    "송",
    "전",
    "홍",
]
GIVEN = [
    "정식",
    "상민",
    "재명",
    "준석",
    "동훈",
    "성호",
    "영희",
    "민수",
    "지훈",
    "수진",
    "현우",
    "은정",
    "경수",
    "태호",
    "미경",
    "기현",
    "종인",
    "석열",
    "주호",
    "용현",
    "창용",
    "덕수",
    "원석",
    "대호",
    "정민",
    "진",
]
PATTERNS = ("{} 고용노동부 장관은 말했다.", "{} 의원은 말했다.", "{} 씨는 말했다.")
# Words before a title that are no persons (a finder that takes them adds false name flags).
NOT_NAMES = (
    ("이사회 의장은 말했다.", "이사회"),
    ("정부군 사령관이 말했다.", "정부군"),
    ("조사단 단장은 말했다.", "조사단"),
    ("전직원 대표가 말했다.", "전직원"),
    ("안보실 실장은 말했다.", "안보실"),
    ("신문사 사장은 말했다.", "신문사"),
    ("한국측 대표는 말했다.", "한국측"),
    ("부시의 대변인이 말했다.", "부시의"),
    ("윤리위 위원장은 말했다.", "윤리위"),
    ("임원진 회의에서 말했다.", "임원진"),
)


def found(sentence: str, name: str) -> bool:
    return any(m.name == name for m in find_persons(sentence, morphemes(sentence)))


def main() -> None:
    missed: Counter[str] = Counter()
    examples: list[str] = []
    total = 0
    for surname in SURNAMES:
        for given in GIVEN:
            for pattern in PATTERNS:
                sentence = pattern.format(surname + given)
                total += 1
                if not found(sentence, surname + given):
                    missed[pattern.format("NAME")] += 1
                    if len(examples) < 12:
                        tokens = [f"{t.form}/{t.tag}" for t in morphemes(sentence)][:4]
                        examples.append(f"{sentence} {' '.join(tokens)}")
    wrong = [s for s, word in NOT_NAMES if found(s, word)]
    result: dict[str, Any] = {
        "mentions": total,
        "found": total - sum(missed.values()),
        "found_share": round(1 - sum(missed.values()) / total, 3),
        "missed_by_pattern": dict(missed),
        "missed_examples": examples,
        "non_names": len(NOT_NAMES),
        "non_names_taken_for_persons": wrong,
    }
    print(result)
    print(write_result("persons_detection", result))


if __name__ == "__main__":
    main()
