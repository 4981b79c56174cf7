"""Helpers for rule tests: one Korean/English pair as a one-unit document.

``make_view(ko, en)`` builds the :class:`UnitView` a check receives; ``run_rule(code, ko, en)``
runs one registered rule on it. Both sides are single sentences covering the whole text.
``article_findings(root, ko, en)`` runs the whole check on one article instead.
"""

from __future__ import annotations

import importlib
import pkgutil
import tempfile
from pathlib import Path
from typing import Any

from mtqa.benchutil import check_folders
from mtqa.config import RunConfig
from mtqa.pairview import pair_view
from mtqa.resources import Resources
from mtqa.rules import base
from mtqa.rules.base import Hit, Rule, UnitView

_RESOURCES = Resources()


def make_view(ko: str, en: str, resources: Resources | None = None) -> UnitView:
    """A one-unit document pair with ``ko`` as the source and ``en`` as the translation."""
    return pair_view(ko, en, resources or _RESOURCES)


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


def shown(code: str, ko: str, en: str) -> list[str]:
    """The English spans of rule ``code``'s hits at >= 0.5 (the gate's default)."""
    return [
        en[h.target[0] : h.target[1]] if h.target else ""
        for h in run_rule(code, ko, en)
        if h.confidence >= 0.5
    ]


def article_findings(root: Path | None, ko: str, en: str) -> list[dict[str, Any]]:
    """The text-only findings of one article (Korean and English, a sentence per line)."""
    with tempfile.TemporaryDirectory() as tmp:
        base = root or Path(tmp)
        (base / "ko").mkdir(parents=True)
        (base / "en").mkdir()
        (base / "ko" / "a.txt").write_text(ko + "\n", "utf-8")
        (base / "en" / "a.txt").write_text(en + "\n", "utf-8")
        config = RunConfig(formats=("json",), aligner="length", qe="none")
        report = check_folders(config, base / "ko", base / "en")
    return [f for d in report["documents"] for f in d.get("findings", [])]


def article_shown(code: str, ko: str, en: str) -> list[str]:
    """The English spans of rule ``code``'s findings at >= 0.5 on one whole article."""
    return [
        f["target"]["text"]
        for f in article_findings(None, ko, en)
        if f["code"] == code and f["confidence"] >= 0.5
    ]
