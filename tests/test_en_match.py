from __future__ import annotations

import pytest

from mtqa.text.en_match import find_all, fold, fold_char


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong-un’s visit",
        "Cliché — São Paulo, Düsseldorf",
        "ABC`d and plain ascii - text's",
        "".join(chr(i) for i in range(32, 127)),
    ],
)
def test_fold_is_the_char_by_char_fold_with_the_same_length(text: str) -> None:
    assert fold(text) == "".join(fold_char(c) for c in text)
    assert len(fold(text)) == len(text)


def test_find_all_ignores_case_accents_and_hyphens() -> None:
    text = "He met Kim Jong Un in Sao Paulo."
    assert [text[a:b] for a, b in find_all(text, "Kim Jong-un")] == ["Kim Jong Un"]
    assert [text[a:b] for a, b in find_all(text, "São Paulo")] == ["Sao Paulo"]
