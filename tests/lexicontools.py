"""Test helpers for the lexicon rules: resources with a termbase that share one Korean analyzer."""

from __future__ import annotations

from pathlib import Path

import ruletools
from mtqa.resources import Resources

SHARED: Resources = ruletools._RESOURCES


def with_termbase(path: Path) -> Resources:
    """Resources with ``termbase_path`` set, reusing the already loaded kiwipiepy analyzer."""
    res = Resources(termbase_path=path)
    res.korean = SHARED.korean  # type: ignore[misc]  # cached_property: share the loaded model
    return res


def persons(text: str) -> dict[str, tuple[str, str, str | None]]:
    """Person mentions in Korean ``text``: name -> (kind, anchor, Korean title or None)."""
    from mtqa.text.ko_persons import find_persons

    return {
        p.name: (p.kind, p.anchor, p.title.ko if p.title else None)
        for p in find_persons(text, SHARED.korean.tokenize(text))
    }


def persons_titled(text: str) -> list[tuple[str, str | None]]:
    """Person mentions in Korean ``text`` in order: (name, Korean title or None)."""
    from mtqa.text.ko_persons import find_persons

    return [
        (p.name, p.title.ko if p.title else None)
        for p in find_persons(text, SHARED.korean.tokenize(text))
    ]
