"""Helpers for rule tests: one Korean/English pair as a one-unit document.

``make_view(ko, en)`` builds the :class:`UnitView` a check receives; ``run_rule(code, ko, en)``
runs one registered rule on it. Both sides are single sentences covering the whole text.
"""

from __future__ import annotations

import importlib
import pkgutil

from mtqa.records import Document, DocumentPair, Sentence, Unit
from mtqa.resources import Resources
from mtqa.rules import base
from mtqa.rules.base import DocView, Hit, Rule, UnitView

_RESOURCES = Resources()


def _sentences(text: str) -> list[Sentence]:
    return [Sentence(0, 0, len(text), text)] if text else []


def make_view(ko: str, en: str, resources: Resources | None = None) -> UnitView:
    """A one-unit document pair with ``ko`` as the source and ``en`` as the translation."""
    source = Document.from_text("test", ko, "ko")
    target = Document.from_text("test", en, "en")
    src, tgt = _sentences(source.text), _sentences(target.text)
    unit = Unit(0, tuple(s.index for s in src), tuple(s.index for s in tgt))
    doc = DocView(DocumentPair("test", source, target), src, tgt, [unit], resources or _RESOURCES)
    return UnitView(doc, unit)


def get_rule(code: str) -> Rule:
    """The registered rule ``code``, importing rule modules one by one if needed."""
    if code not in base._REGISTRY:
        import mtqa.rules as package

        for info in pkgutil.iter_modules(package.__path__):
            if info.name not in ("base", "engine"):
                try:
                    importlib.import_module(f"mtqa.rules.{info.name}")
                except ImportError:  # a sibling family still being written
                    continue
    return base._REGISTRY[code]


def run_rule(code: str, ko: str, en: str) -> list[Hit]:
    """The hits of rule ``code`` on the pair (``ko``, ``en``)."""
    return list(get_rule(code).check(make_view(ko, en)))
