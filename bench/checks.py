"""Benchmark of ALL registered checks together on real references and real MT outputs.

1. False flags per 100 sentences on untouched human references (NTREX-128, FLORES-200 with the
   quote-fixed Korean, Park news test), at every confidence and at confidence >= 0.5 (the gate
   threshold), per corpus and per rule, with the most frequent causes (rule + message pattern).
   Some reference flags are real errors of the human translation: a seeded sample is judged by
   hand (bench/checks_verdicts.json) and the share found true is reported beside the raw rate.
2. Flags per 100 sentences per system on the real MT outputs (../shared/corpora/mt-outputs), and
   a seeded sample (hash order, see :func:`stable_sample`) of 50 flags (confidence >= 0.5)
   judged by hand with its Korean source,
   MT output and human reference: precision = true / (true + false); debatable ones are counted
   apart. The judged sample goes to reports/bench/checks_judged.json (and into checks.json).
3. Speed of the checks alone per 1,000 sentences (kiwipiepy tokenization included; the one-time
   loading of the analyzer and lexicons is excluded by a warm-up).

Each line pair is checked as a one-unit document (:func:`mtqa.pairview.pair_doc`) with every rule
of :func:`mtqa.rules.base.select_rules` through :func:`mtqa.rules.engine.run_rules`.

Verdicts are keyed by set, line, code and the flagged spans, so they survive re-runs; a sampled
flag with no verdict yet is written as "unjudged" (judge it in bench/checks_verdicts.json).

Run: .venv/bin/python bench/checks.py  ->  reports/bench/checks.json, checks_judged.json
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mtqa.benchutil import peak_rss_mb, write_result
from mtqa.corpora import read_lines, require_shared_corpora
from mtqa.pairview import pair_doc
from mtqa.records import Finding
from mtqa.resources import Resources
from mtqa.rules.base import Rule, select_rules
from mtqa.rules.engine import run_rules

GATE = 0.5
SAMPLE_MT = 50
SAMPLE_REF = 40
SEED = 4
VERDICTS = Path(__file__).with_name("checks_verdicts.json")
VERDICT_KINDS = ("true", "false", "debatable")


@dataclass(frozen=True)
class Flag:
    """One finding on one line pair of a set."""

    set: str
    line: int  # 1-based
    finding: Finding

    @property
    def key(self) -> str:
        f = self.finding
        src = f.source.text if f.source else ""
        tgt = f.target.text if f.target else ""
        return f"{self.set}:{self.line}:{f.code}:{src}:{tgt}"


def load_sets(root: Path) -> tuple[dict[str, tuple[list[str], list[str]]], dict[str, Any]]:
    """The reference sets (ko, en) and the MT outputs (ko, hyp, ref) by name."""
    refs = {
        "ntrex128": (root / "ntrex128/ko.txt", root / "ntrex128/en.txt"),
        "flores200": (
            root / "flores200-devtest/ko.quotes-fixed.txt",
            root / "flores200-devtest/en.txt",
        ),
        "park-test": (root / "park-news-koen/test/ko.txt", root / "park-news-koen/test/en.txt"),
    }
    ref_data = {k: (read_lines(a), read_lines(b)) for k, (a, b) in refs.items()}
    mt: dict[str, tuple[list[str], list[str], list[str]]] = {}
    for folder, ref in (("flores200-devtest", "flores200"), ("ntrex128", "ntrex128")):
        ko, en = ref_data[ref]
        for path in sorted((root / "mt-outputs" / folder).glob("*.txt")):
            mt[f"{folder}/{path.stem}"] = (ko, read_lines(path), en)
    return ref_data, mt


def check_lines(
    name: str, ko: list[str], en: list[str], rules: list[Rule], res: Resources
) -> tuple[list[Flag], float]:
    """Every finding on every line pair, and the seconds the checks took."""
    flags: list[Flag] = []
    t0 = time.perf_counter()
    for i, (k, e) in enumerate(zip(ko, en, strict=True)):
        for f in run_rules(pair_doc(k, e, res, f"{name}:{i + 1}"), rules):
            flags.append(Flag(name, i + 1, f))
    return flags, time.perf_counter() - t0


_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|‘[^’]*’|“[^”]*”|\([^)]*\)|[\d][\d,.]*")


def cause(f: Finding) -> str:
    """The rule and its message with the quoted or numeric specifics blanked out."""
    msg = _QUOTED.sub("…", f.message)
    return f.code + " " + re.sub(r"\s+", " ", msg)[:90]


def rates(flags: list[Flag], n: int) -> dict[str, Any]:
    gated = [f for f in flags if f.finding.confidence >= GATE]
    return {
        "sentences": n,
        "flags": len(flags),
        "flags_conf_ge_0.5": len(gated),
        "per_100": round(100 * len(flags) / n, 2) if n else 0.0,
        "per_100_conf_ge_0.5": round(100 * len(gated) / n, 2) if n else 0.0,
        "by_rule": dict(sorted(Counter(f.finding.code for f in flags).items())),
        "by_rule_conf_ge_0.5": dict(sorted(Counter(f.finding.code for f in gated).items())),
    }


def top_causes(flags: list[Flag], k: int = 12) -> list[dict[str, Any]]:
    counts = Counter(cause(f.finding) for f in flags)
    gated = Counter(cause(f.finding) for f in flags if f.finding.confidence >= GATE)
    return [{"cause": c, "flags": n, "conf_ge_0.5": gated[c]} for c, n in counts.most_common(k)]


def describe(flag: Flag, ko: list[str], hyp: list[str], ref: list[str] | None) -> dict[str, Any]:
    f = flag.finding
    row: dict[str, Any] = {
        "key": flag.key,
        "set": flag.set,
        "line": flag.line,
        "code": f.code,
        "confidence": round(f.confidence, 3),
        "message": f.message,
        "source_span": f.source.text if f.source else None,
        "target_span": f.target.text if f.target else None,
        "ko": ko[flag.line - 1],
        "en": hyp[flag.line - 1],
    }
    if ref is not None:
        row["reference"] = ref[flag.line - 1]
    return row


def stable_sample(flags: list[Flag], k: int, verdicts: dict[str, Any]) -> list[Flag]:
    """``k`` flags: those already judged first, then in a fixed pseudo-random (hash) order.

    Rules change while the sample is being judged; a hash order keeps the flags that persist
    in the sample, so earlier verdicts stay valid and only new flags need reading.
    """

    def order(f: Flag) -> str:
        return hashlib.sha1(f"{SEED}:{f.key}".encode()).hexdigest()

    judged = sorted((f for f in flags if f.key in verdicts), key=order)
    rest = sorted((f for f in flags if f.key not in verdicts), key=order)
    return (judged + rest)[:k]


def judge(rows: list[dict[str, Any]], verdicts: dict[str, dict[str, str]]) -> dict[str, Any]:
    """Attach the hand verdicts; precision over the decided ones (debatable counted apart)."""
    for row in rows:
        v = verdicts.get(row["key"], {})
        row["verdict"] = v.get("verdict", "unjudged")
        row["reason"] = v.get("reason", "")
    counts = Counter(r["verdict"] for r in rows)
    decided = counts["true"] + counts["false"]
    return {
        "sampled": len(rows),
        "verdicts": dict(counts),
        "precision_true_over_true_plus_false": round(counts["true"] / decided, 3)
        if decided
        else None,
        "precision_debatable_as_false": round(counts["true"] / len(rows), 3) if rows else None,
    }


def main() -> int:
    root = require_shared_corpora()
    # The span rules; the neural MT8xx rules need an encoder pass per unit and are measured
    # in bench/qe.py and tests/test_qe_neural_rules.py instead.
    rules = select_rules(ignore=["MT8"])
    res = Resources()
    refs, mt = load_sets(root)
    verdicts = json.loads(VERDICTS.read_text(encoding="utf-8")) if VERDICTS.is_file() else {}

    ko0, en0 = refs["ntrex128"]
    check_lines("warm-up", ko0[:30], en0[:30], rules, res)  # analyzer, lexicons, caches

    result: dict[str, Any] = {"rules": [r.code for r in rules], "gate": GATE}
    seconds, sentences = 0.0, 0
    ref_flags: list[Flag] = []
    result["references"] = {}
    for name, (ko, en) in refs.items():
        flags, secs = check_lines(name, ko, en, rules, res)
        seconds, sentences = seconds + secs, sentences + len(ko)
        ref_flags += flags
        result["references"][name] = rates(flags, len(ko)) | {"top_causes": top_causes(flags, 8)}
    n_refs = sum(len(ko) for ko, _ in refs.values())
    nopark = [f for f in ref_flags if f.set != "park-test"]
    result["references"]["all"] = rates(ref_flags, n_refs) | {"top_causes": top_causes(ref_flags)}
    result["references"]["ntrex+flores"] = rates(
        nopark, len(refs["ntrex128"][0]) + len(refs["flores200"][0])
    ) | {"top_causes": top_causes(nopark)}

    ref_rows = [
        describe(f, refs[f.set][0], refs[f.set][1], None)
        for f in stable_sample(ref_flags, SAMPLE_REF, verdicts)
    ]
    result["references"]["judged_sample"] = judge(ref_rows, verdicts) | {"rows": ref_rows}

    result["mt_outputs"] = {}
    mt_flags: list[Flag] = []
    for name, (ko, hyp, _ref) in mt.items():
        flags, secs = check_lines(name, ko, hyp, rules, res)
        seconds, sentences = seconds + secs, sentences + len(ko)
        mt_flags += flags
        result["mt_outputs"][name] = rates(flags, len(ko))
    gated = [f for f in mt_flags if f.finding.confidence >= GATE]
    sample = sorted(stable_sample(gated, SAMPLE_MT, verdicts), key=lambda f: (f.set, f.line))
    rows = [describe(f, mt[f.set][0], mt[f.set][1], mt[f.set][2]) for f in sample]
    judged = judge(rows, verdicts) | {"seed": SEED, "rows": rows}
    result["mt_judged"] = judged
    Path("reports/bench").mkdir(parents=True, exist_ok=True)
    Path("reports/bench/checks_judged.json").write_text(
        json.dumps(judged, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )

    result["speed"] = {
        "sentences": sentences,
        "seconds_per_1000_sentences": round(1000 * seconds / sentences, 3),
        "note": "all registered rules, kiwipiepy analysis included, one-time loading excluded",
    }
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    print(write_result("checks", result))
    for name, r in result["references"].items():
        if "per_100" in r:
            print(f"refs {name}: {r['per_100']}/100, >=0.5: {r['per_100_conf_ge_0.5']}/100",
                  r["by_rule_conf_ge_0.5"])  # fmt: skip
    for c in result["references"]["ntrex+flores"]["top_causes"]:
        print("  ", c)
    for name, r in result["mt_outputs"].items():
        print(f"mt {name}: {r['per_100']}/100, >=0.5: {r['per_100_conf_ge_0.5']}/100")
    print(
        "refs judged:",
        {k: v for k, v in result["references"]["judged_sample"].items() if k != "rows"},
    )
    print("mt judged:", {k: v for k, v in judged.items() if k != "rows"})
    print("speed s/1000:", result["speed"]["seconds_per_1000_sentences"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
