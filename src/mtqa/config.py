"""Run configuration: ``[tool.mtqa]`` in pyproject.toml or an ``mtqa.toml``, then CLI flags.

Precedence (lowest to highest): defaults, the config file, command-line options.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from mtqa.errors import ConfigError

ALIGNERS = ("length", "embedding")
FORMATS = ("html", "json", "csv", "junit", "github")


@dataclass(frozen=True)
class RunConfig:
    """Everything a check run needs to know, immutable once built."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    aligner: str = "embedding"
    encoder: str | None = None  # None: the bundled multilingual-e5-small
    qe: str | None = "estimator"  # None or "none": no QE
    termbase: Path | None = None
    encoding: str | None = None
    formats: tuple[str, ...] = ("html", "json", "csv")
    chunk_size: int = 16
    gate: dict[str, Any] = field(default_factory=dict)
    source_file: Path | None = None  # the config file read, if any

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            v = getattr(self, f.name)
            out[f.name] = str(v) if isinstance(v, Path) else list(v) if isinstance(v, tuple) else v
        return out

    def with_options(self, **options: Any) -> RunConfig:
        """A copy with the options that were given (None means: not given)."""
        given = {k: v for k, v in options.items() if v is not None and v != ()}
        if "gate" in given:
            given["gate"] = {**self.gate, **given["gate"]}
        cfg = replace(self, **given)
        cfg.validate()
        return cfg

    def validate(self) -> None:
        where = f"{self.source_file}: " if self.source_file else ""
        if self.aligner not in ALIGNERS:
            raise ConfigError(f"{where}aligner must be one of {', '.join(ALIGNERS)}")
        bad = [f for f in self.formats if f not in FORMATS]
        if bad:
            raise ConfigError(
                f"{where}unknown format(s) {', '.join(bad)} (known: {', '.join(FORMATS)})"
            )
        if self.chunk_size < 1:
            raise ConfigError(f"{where}chunk_size must be at least 1")


def _codes(value: Any, key: str, path: Path) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v for v in value.replace(" ", ",").split(",") if v]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{path}: [tool.mtqa] {key} must be a list of rule codes or prefixes")
    return tuple(v.strip().upper() for v in value)


def find_config(start: Path | None = None) -> Path | None:
    """The nearest mtqa.toml, or pyproject.toml with a [tool.mtqa] table, from ``start`` upwards."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "mtqa.toml").is_file():
            return folder / "mtqa.toml"
        py = folder / "pyproject.toml"
        if py.is_file() and "[tool.mtqa" in py.read_text(encoding="utf-8", errors="replace"):
            return py
    return None


def load_config(path: Path | None = None) -> RunConfig:
    """Read ``mtqa.toml`` (top-level or [tool.mtqa] table) or pyproject.toml's [tool.mtqa]."""
    if path is None:
        path = find_config()
        if path is None:
            return RunConfig()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(f"{path}: not valid TOML ({e})") from None
    table = data.get("tool", {}).get("mtqa")
    if table is None:
        table = data if path.name == "mtqa.toml" else {}
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.mtqa] must be a table")
    known = {f.name for f in fields(RunConfig)} - {"source_file"}
    unknown = sorted(set(table) - known - {"tool"})
    if unknown:
        raise ConfigError(f"{path}: unknown [tool.mtqa] key(s): {', '.join(unknown)}")
    kw: dict[str, Any] = {"source_file": path}
    for key, value in table.items():
        if key == "tool":
            continue
        if key in ("select", "ignore"):
            kw[key] = _codes(value, key, path)
        elif key == "formats":
            kw[key] = tuple(value) if isinstance(value, list) else tuple(str(value).split(","))
        elif key == "termbase":
            tb = Path(value)
            kw[key] = tb if tb.is_absolute() else path.parent / tb
        elif key == "gate":
            if not isinstance(value, dict):
                raise ConfigError(f"{path}: [tool.mtqa.gate] must be a table")
            kw[key] = dict(value)
        elif key == "qe":
            kw[key] = None if value in ("none", "", False) else str(value)
        elif key == "chunk_size":
            if not isinstance(value, int):
                raise ConfigError(f"{path}: chunk_size must be an integer")
            kw[key] = value
        else:
            kw[key] = value
    cfg = RunConfig(**kw)
    cfg.validate()
    return cfg
