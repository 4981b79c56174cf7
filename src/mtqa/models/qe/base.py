"""One interface for quality-estimation (QE) backends, picked by name from a registry.

In the style of Unbabel COMET: a backend declares whether it needs a reference (so a run fails
early with a clear message), ``predict`` returns a score in [0, 1] plus error spans, and every
score carries a signature (backend, model id, encoder weights hash, head hash, mtqa version).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import mtqa
from mtqa.errors import ConfigError

QESide = Literal["source", "target"]


@dataclass(frozen=True)
class QEUnit:
    """One aligned unit to score: source, translation, optional reference, pipeline evidence.

    ``evidence`` carries what earlier stages know, e.g. ``{"findings": 2}`` (span findings of the
    rules on this unit); backends ignore keys they do not use.
    """

    source: str
    target: str
    reference: str | None = None
    evidence: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class QESpan:
    """A suspect span found by a backend; offsets are into the unit's source or target text."""

    side: QESide
    start: int
    end: int
    severity: str  # "minor", "major" or "critical"
    confidence: float
    message: str


@dataclass(frozen=True)
class QEResult:
    """A unit's quality score in [0, 1] (higher is better) and its suspect spans."""

    score: float
    spans: list[QESpan] = field(default_factory=list)


class QEBackend(Protocol):
    """A quality estimator: units in, one result per unit out, in order."""

    name: str
    requires_reference: bool

    def predict(self, units: Sequence[QEUnit]) -> list[QEResult]:
        """One :class:`QEResult` per unit, in order."""
        ...

    def signature(self) -> dict[str, str]:
        """What produced the scores: backend, model id, weights hashes, mtqa version."""
        ...


BackendFactory = Callable[..., QEBackend]
_REGISTRY: dict[str, tuple[str, BackendFactory]] = {}


def register_backend(name: str) -> Callable[[BackendFactory], BackendFactory]:
    """Decorator: register a factory (a class or function taking keyword options) under ``name``."""

    def deco(factory: BackendFactory) -> BackendFactory:
        if name in _REGISTRY:
            raise ValueError(f"QE backend {name!r} is already registered")
        _REGISTRY[name] = (factory.__module__, factory)
        return factory

    return deco


# Built-in backends, imported lazily so that picking one does not load the others' libraries.
_BUILTIN: dict[str, str] = {
    "estimator": "mtqa.models.qe.estimator",
    "estimator-joint": "mtqa.models.qe.estimator",
    "hf-classifier": "mtqa.models.qe.hf_classifier",
}


def available_backends() -> list[str]:
    """Names :func:`get_backend` accepts."""
    return sorted(set(_BUILTIN) | set(_REGISTRY))


def get_backend(name: str, **options: Any) -> QEBackend:
    """The backend called ``name``, built with ``options``; ConfigError for an unknown name."""
    if name not in _REGISTRY and name in _BUILTIN:
        import importlib

        try:
            importlib.import_module(_BUILTIN[name])
        except ImportError as err:
            raise ConfigError(f"QE backend {name!r} is not installed: {err}") from None
    if name not in _REGISTRY:
        raise ConfigError(f"unknown QE backend {name!r} (known: {', '.join(available_backends())})")
    return _REGISTRY[name][1](**options)


def check_units(backend: QEBackend, units: Sequence[QEUnit]) -> None:
    """ConfigError before any work when ``backend`` needs references that ``units`` lack."""
    if backend.requires_reference:
        missing = sum(1 for u in units if not u.reference)
        if missing:
            raise ConfigError(
                f"QE backend {backend.name!r} needs a reference translation, "
                f"but {missing} of {len(units)} units have none (pass --reference, "
                "or pick a reference-free backend such as 'estimator')"
            )


def base_signature(name: str, model_id: str, **parts: str) -> dict[str, str]:
    """The signature fields every backend shares."""
    return {"backend": name, "model": model_id, **parts, "mtqa": mtqa.__version__}


def signature_string(sig: dict[str, str]) -> str:
    """``backend:estimator|model:...|mtqa:0.1.0`` (sacrebleu-style, for reports)."""
    return "|".join(f"{k}:{v}" for k, v in sig.items())
