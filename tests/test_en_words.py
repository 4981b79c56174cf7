"""Telling English names from ordinary words (Carrie Lam vs Carry Lamb)."""

from __future__ import annotations

import pytest

from mtqa.lexicon.en_words import is_dictionary_word, is_name_word, is_ordinary_word


@pytest.mark.parametrize("word", ["carry", "Triumph", "giants", "bishops", "donated", "Cliché"])
def test_dictionary_words_and_their_inflections(word: str) -> None:
    assert is_dictionary_word(word)


@pytest.mark.parametrize("word", ["Obama", "Putin", "Sarkozy", "Kavanaugh", "al-Maliki", "Xi"])
def test_foreign_names_are_no_dictionary_words(word: str) -> None:
    assert not is_dictionary_word(word)


@pytest.mark.parametrize("word", ["Lamb", "Trump", "Carrie", "May", "Brown"])
def test_frequent_names_are_not_ordinary_even_when_in_the_dictionary(word: str) -> None:
    assert is_name_word(word)
    assert not is_ordinary_word(word)


def test_ordinary_words_are_not_names() -> None:
    assert is_ordinary_word("Carry")
    assert is_ordinary_word("necklace")
    assert not is_name_word("necklace")
