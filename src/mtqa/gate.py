"""The quality gate: when does an article fail a CI run?

A :class:`GatePolicy` comes from ``[tool.mtqa.gate]`` (``GatePolicy.from_mapping``) plus CLI
overrides (``policy.override(...)``); :func:`evaluate` returns one reason per violation. Findings
below ``min_confidence`` and findings an editor dismissed never fail the gate.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from mtqa.errors import ConfigError
from mtqa.records import Severity

_KEYS = ("fail_on", "min_qe", "max_per_code", "min_confidence")


@dataclass(frozen=True)
class GatePolicy:
    """What makes an article fail: severities, a QE floor, per-code limits."""

    fail_on: Severity | None = None
    min_qe: float | None = None
    max_per_code: dict[str, int] = field(default_factory=dict)
    min_confidence: float = 0.5

    @classmethod
    def from_mapping(cls, d: Mapping[str, Any], where: str = "[tool.mtqa.gate]") -> GatePolicy:
        """Build a policy from a parsed TOML table; bad values raise a one-line ConfigError."""
        if not isinstance(d, Mapping):
            raise ConfigError(f"{where}: expected a table, got {type(d).__name__}")
        unknown = sorted(set(d) - set(_KEYS))
        if unknown:
            raise ConfigError(
                f"{where}: unknown key(s) {', '.join(unknown)} (allowed: {', '.join(_KEYS)})"
            )
        return cls(
            fail_on=parse_fail_on(d.get("fail_on"), where),
            min_qe=_number(d.get("min_qe"), f"{where} min_qe", allow_none=True),
            max_per_code=_limits(d.get("max_per_code", {}), where),
            min_confidence=_confidence(d.get("min_confidence", 0.5), where),
        )

    def override(self, **changes: Any) -> GatePolicy:
        """A copy with the given settings replaced; ``None`` values leave a setting alone."""
        unknown = sorted(set(changes) - set(_KEYS))
        if unknown:
            raise ConfigError(f"unknown gate setting(s): {', '.join(unknown)}")
        given = {k: v for k, v in changes.items() if v is not None}
        merged = {
            "fail_on": self.fail_on,
            "min_qe": self.min_qe,
            "max_per_code": self.max_per_code,
            "min_confidence": self.min_confidence,
        }
        merged.update(given)
        fail_on = merged["fail_on"]
        if isinstance(fail_on, Severity):
            fail_on = str(fail_on)
        checked = GatePolicy.from_mapping({**merged, "fail_on": fail_on}, "gate option")
        return replace(self, **{k: getattr(checked, k) for k in given})

    @property
    def active(self) -> bool:
        """Whether anything can fail an article (a severity, a QE floor or a per-code limit)."""
        return self.fail_on is not None or self.min_qe is not None or bool(self.max_per_code)

    def to_dict(self) -> dict[str, Any]:
        return {
            "fail_on": str(self.fail_on) if self.fail_on else None,
            "min_qe": self.min_qe,
            "max_per_code": dict(self.max_per_code),
            "min_confidence": self.min_confidence,
        }


def parse_fail_on(value: Any, where: str = "fail_on") -> Severity | None:
    """``"major"`` -> Severity.MAJOR; ``None``, ``false``, ``"none"``, ``"never"`` -> None."""
    if value is None or value is False:
        return None
    if isinstance(value, Severity):
        return value
    if isinstance(value, str):
        if value.strip().lower() in ("", "none", "never", "off"):
            return None
        try:
            return Severity.parse(value)
        except ValueError as err:
            raise ConfigError(f"{where} fail_on: {err}") from None
    raise ConfigError(f"{where} fail_on: expected a severity name, got {value!r}")


def _number(value: Any, where: str, allow_none: bool = False) -> float | None:
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ConfigError(f"{where}: expected a number, got {value!r}")
    return float(value)


def _confidence(value: Any, where: str) -> float:
    num = _number(value, f"{where} min_confidence")
    assert num is not None
    if not 0.0 <= num <= 1.0:
        raise ConfigError(f"{where} min_confidence: expected a number from 0 to 1, got {value!r}")
    return num


def _limits(value: Any, where: str) -> dict[str, int]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where} max_per_code: expected a table of CODE = count, got {value!r}")
    out: dict[str, int] = {}
    for code, limit in value.items():
        if not isinstance(code, str) or not code.strip():
            raise ConfigError(f"{where} max_per_code: bad rule code {code!r}")
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise ConfigError(
                f"{where} max_per_code.{code}: expected a whole number >= 0, got {limit!r}"
            )
        out[code.strip().upper()] = limit
    return out


def counts_against(finding: Mapping[str, Any], policy: GatePolicy) -> bool:
    """Whether a finding (``Finding.to_dict()`` shape) can fail the gate at all."""
    if finding.get("status") == "dismissed":
        return False
    confidence = finding.get("confidence")
    return not (isinstance(confidence, int | float) and confidence < policy.min_confidence)


def gating_findings(
    findings: Iterable[Mapping[str, Any]], policy: GatePolicy
) -> list[Mapping[str, Any]]:
    """Findings at or above ``fail_on`` that count against the gate."""
    if policy.fail_on is None:
        return []
    return [f for f in findings if counts_against(f, policy) and _severity(f) >= policy.fail_on]


def _severity(finding: Mapping[str, Any]) -> Severity:
    try:
        return Severity.parse(str(finding.get("severity", "minor")))
    except ValueError:
        return Severity.MINOR


def describe(finding: Mapping[str, Any]) -> str:
    """``MT101 major (unit 3): message``: one finding on one line."""
    unit = finding.get("unit")
    where = f" (unit {unit})" if unit is not None else ""
    message = " ".join(str(finding.get("message", "")).split())
    return f"{finding.get('code', '?')} {finding.get('severity', '?')}{where}: {message}"


def evaluate(doc: Mapping[str, Any], policy: GatePolicy) -> list[str]:
    """One reason per violation of ``policy`` by one article (``mtqa.document/1`` dict)."""
    findings = list(doc.get("findings") or [])
    reasons = [describe(f) for f in gating_findings(findings, policy)]
    qe = (doc.get("scores") or {}).get("qe")
    if policy.min_qe is not None and isinstance(qe, int | float) and qe < policy.min_qe:
        reasons.append(f"QE {qe:.3f} is below the minimum {policy.min_qe:g}")
    if policy.max_per_code:
        counted = Counter(str(f.get("code", "")) for f in findings if counts_against(f, policy))
        for prefix, limit in sorted(policy.max_per_code.items()):
            n = sum(c for code, c in counted.items() if code.upper().startswith(prefix))
            if n > limit:
                reasons.append(f"{prefix}: {n} findings, at most {limit} allowed")
    return reasons
