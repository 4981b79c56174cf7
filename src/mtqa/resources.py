"""Shared, lazily loaded resources a run needs (analyzer, lexicons, models).

Built once per process from the run's configuration and passed to every stage; per-article
work stays a pure function of its inputs plus these read-only resources.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from mtqa.text.korean import KoreanAnalyzer


@dataclass
class Resources:
    """Read-only helpers shared by all documents of a run."""

    termbase_path: Path | None = None
    encoder_name: str | None = None  # None: the bundled multilingual-e5-small
    options: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def korean(self) -> KoreanAnalyzer:
        return KoreanAnalyzer()

    @cached_property
    def encoder(self) -> Any:
        """The run's sentence encoder with the on-disk embedding cache (loaded on first use)."""
        from mtqa.models.embed_cache import CachedEncoder
        from mtqa.models.encoder import load_encoder

        return CachedEncoder(load_encoder(self.encoder_name))
