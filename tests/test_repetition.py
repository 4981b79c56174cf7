from __future__ import annotations

import pytest

from mtqa.text.repetition import find_loops, loop_share

LOOPS = [
    # (text, repeated unit, at least this many repeats)
    ("The video went viral " + "viral " * 12 + "on social media.", "viral", 12),
    ("Another comment says, " + "they're fighting, " * 18 + "and so on.", "they're fighting", 18),
    (
        "and then it rained, and then it rained, and then it rained, and then it rained like a "
        "needle",
        "and then it rained",
        4,
    ),
    ("The Korkorkorkorkorkor agency said so.", "Kor", 5),
    ("정부는 " + "발표했다 " * 8, "발표했다", 8),
]

NORMAL = [
    "We will rebuild the city step by step.",
    "It was very, very cold and the wind blew again and again.",
    "Apples, pears, apples, pears and plums were on sale.",
    "He said no, no, no to the plan.",
    '"NOOOOOOOOOO ANOTHER BLACK PERSON," she wrote.',
    "Bye bye, said the bye-bye man.",
    "The 1,111,111 won fee was paid in 2020-2020 terms.",
]


@pytest.mark.parametrize("text,unit,repeats", LOOPS)
def test_finds_real_looking_loops(text: str, unit: str, repeats: int) -> None:
    loops = find_loops(text)
    assert len(loops) == 1
    lp = loops[0]
    assert lp.unit.lower() == unit.lower()
    assert lp.repeats >= repeats
    assert text[lp.start : lp.end].lower().startswith(unit.lower())
    assert loop_share(text) > 0


@pytest.mark.parametrize("text", NORMAL)
def test_no_flag_on_normal_repetition(text: str) -> None:
    assert find_loops(text) == []
    assert loop_share(text) == 0.0


def test_loop_share_grows_with_the_loop() -> None:
    short = "The team won. " + "won " * 6
    long = "The team won. " + "won " * 60
    assert 0 < loop_share(short) < loop_share(long) <= 1.0
    assert loop_share("") == 0.0
