"""Precision of the span checks through the whole pipeline on real machine translation.

bench/checks.py checks each line pair as a one-unit document, so it never sees what sentence
segmentation and the embedding aligner do to whole articles (1-2 and 2-1 units, sentences moved
to a neighbouring unit). Here every article of the five real MT outputs in
../shared/corpora/mt-outputs (FLORES devtest: M2M-100 418M, NLLB-200 1.3B distilled, OPUS-MT
tc-big; NTREX-128: NLLB-200 1.3B distilled, OPUS-MT 2020) goes through ``mtqa check`` as a desk
would run it (:func:`mtqa.benchutil.check_articles`: all default rules, embedding aligner, no QE).

Measured:
- findings per set and rule, at confidence >= 0.5 (the gate threshold) and below, and per 100
  source lines;
- precision of a seeded sample of findings at confidence >= 0.5, stratified by set and rule
  (round-robin over the (set, code) groups, each in a fixed hash order with already judged
  findings first, so verdicts stay valid when rules change). MT101 is left out: bench/omissions.py
  audits it. Each sampled finding is looked up in bench/checks_pipeline_verdicts.json
  ("verdicts": key -> true / false / debatable, "why": key -> reason; the key is
  set|doc_id|code|source span|target span). Precision = true / (true + false), overall and per
  rule; debatable ones are counted apart, unjudged keys are listed. "weighted_by_rule" weights
  each rule's sample precision by its number of findings (the sample over-represents rare rules).

Run: MTQA_THREADS=1 .venv/bin/python bench/checks_pipeline.py [--docs N] [--reuse] [--show]
  --docs N  a seeded subset of N articles per corpus (default: every article);
  --reuse   read the findings of the last run (reports/bench/checks_pipeline_flags.json)
            instead of running the pipeline again (to re-score after judging);
  --show    print every sampled finding with its Korean unit, MT unit and reference (to judge).
Writes reports/bench/checks_pipeline.json (and the findings cache checks_pipeline_flags.json).
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from mtqa.benchutil import check_articles, write_result
from mtqa.config import RunConfig
from mtqa.corpora import ARTICLE_SETS, documents, require_shared_corpora

SYSTEMS = {
    "flores200-devtest": ("m2m100_418M", "nllb-200-distilled-1.3B", "opus-mt-tc-big-kor-eng"),
    "ntrex128": ("nllb-200-distilled-1.3B", "opus-mt-2020-06-17-kor-eng"),
}
CONFIG = RunConfig(qe=None, formats=("json",))
GATE = 0.5
SAMPLE = 72
SEED = 11
EXCLUDED = ("MT101",)  # audited by bench/omissions.py
VERDICTS = Path(__file__).with_name("checks_pipeline_verdicts.json")
CACHE = Path("reports/bench/checks_pipeline_flags.json")


def articles(
    corpus: str, system: str, max_docs: int | None
) -> tuple[list[tuple[str, list[str], list[str]]], dict[str, list[str]]]:
    """(doc id, Korean lines, MT lines) articles of one set, and the reference lines by doc id."""
    root = require_shared_corpora()
    mt = str(root / "mt-outputs" / corpus / f"{system}.txt")  # line-aligned with the Korean
    docs = documents(root / corpus, **{**ARTICLE_SETS[corpus], "en": mt})
    refs = {doc_id: en for doc_id, _, en in documents(root / corpus, **ARTICLE_SETS[corpus])}
    out = list(docs)
    if max_docs is not None and max_docs < len(out):
        out = sorted(random.Random(SEED).sample(out, max_docs), key=lambda a: docs.index(a))
    return out, refs


def flags_of(name: str, report: dict[str, Any], refs: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Every finding of a findings report, with its unit's texts and reference lines."""
    rows = []
    for doc in report["documents"]:
        src, tgt = doc["source"]["sentences"], doc["target"]["sentences"]
        units = {u["index"]: u for u in doc["units"]}
        ref = refs[doc["doc_id"]]
        for f in doc["findings"]:
            u = units.get(f["unit"], {"source": [], "target": [], "kind": "?"})
            paras = sorted({src[i]["paragraph"] for i in u["source"]})
            paras = paras or sorted({tgt[i]["paragraph"] for i in u["target"]})
            rows.append(
                {
                    "set": name,
                    "doc_id": doc["doc_id"],
                    "code": f["code"],
                    "confidence": f["confidence"],
                    "message": f["message"],
                    "source_span": f["source"]["text"] if f["source"] else "",
                    "target_span": f["target"]["text"] if f["target"] else "",
                    "unit_kind": u["kind"],
                    "ko": " ".join(src[i]["text"] for i in u["source"]),
                    "en": " ".join(tgt[i]["text"] for i in u["target"]),
                    "reference": " ".join(ref[p] for p in paras if p < len(ref)),
                }
            )
    return rows


def key(row: dict[str, Any]) -> str:
    return "|".join(
        (row["set"], row["doc_id"], row["code"], row["source_span"], row["target_span"])
    )


def counts(rows: list[dict[str, Any]], lines: int) -> dict[str, Any]:
    gated = [r for r in rows if r["confidence"] >= GATE]
    return {
        "lines": lines,
        "findings_conf_ge_0.5": len(gated),
        "findings_conf_lt_0.5": len(rows) - len(gated),
        "per_100_lines_conf_ge_0.5": round(100 * len(gated) / lines, 2) if lines else 0.0,
        "by_rule_conf_ge_0.5": dict(sorted(Counter(r["code"] for r in gated).items())),
        "by_rule_conf_lt_0.5": dict(
            sorted(Counter(r["code"] for r in rows if r["confidence"] < GATE).items())
        ),
    }


def stratified_sample(
    rows: list[dict[str, Any]], k: int, judged: dict[str, str]
) -> list[dict[str, Any]]:
    """``k`` findings, one per (set, code) group in turn; judged ones first within a group."""

    def order(r: dict[str, Any]) -> tuple[bool, str]:
        return key(r) not in judged, hashlib.sha1(f"{SEED}:{key(r)}".encode()).hexdigest()

    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    seen: set[str] = set()
    for r in rows:
        if key(r) not in seen:  # the same spans twice in one article: one verdict
            seen.add(key(r))
            groups[r["set"], r["code"]].append(r)
    queues = [sorted(g, key=order) for _, g in sorted(groups.items())]
    out: list[dict[str, Any]] = []
    depth = 0
    while len(out) < k and any(depth < len(q) for q in queues):
        out += [q[depth] for q in queues if depth < len(q)][: k - len(out)]
        depth += 1
    return out


def precision(verdicts: list[str]) -> dict[str, Any]:
    c = Counter(verdicts)
    decided = c["true"] + c["false"]
    return {
        "sampled": len(verdicts),
        "verdicts": dict(sorted(c.items())),
        "precision": round(c["true"] / decided, 3) if decided else None,
    }


def judge(sample: list[dict[str, Any]], gated_by_rule: Counter[str]) -> dict[str, Any]:
    data = json.loads(VERDICTS.read_text("utf-8")) if VERDICTS.is_file() else {}
    verdicts, why = data.get("verdicts", {}), data.get("why", {})
    for r in sample:
        r["verdict"] = verdicts.get(key(r), "unjudged")
        r["why"] = why.get(key(r), "")
    by_rule = {
        code: precision([r["verdict"] for r in sample if r["code"] == code])
        for code in sorted({r["code"] for r in sample})
    }
    by_set = {
        name: precision([r["verdict"] for r in sample if r["set"] == name])
        for name in sorted({r["set"] for r in sample})
    }
    weighted = [
        (gated_by_rule[c], p["precision"]) for c, p in by_rule.items() if p["precision"] is not None
    ]
    total = sum(n for n, _ in weighted)
    return {
        "overall": precision([r["verdict"] for r in sample]),
        "weighted_by_rule": round(sum(n * p for n, p in weighted) / total, 3) if total else None,
        "by_rule": by_rule,
        "by_set": by_set,
        "unjudged": [key(r) for r in sample if r["verdict"] == "unjudged"],
        "rows": sample,
    }


def show(sample: list[dict[str, Any]]) -> None:
    for i, r in enumerate(sample, 1):
        print(f"--- {i}. [{r['verdict']}] {r['code']} {r['confidence']} {r['unit_kind']} {key(r)}")
        print("  msg:", r["message"])
        print("  ko: ", r["ko"])
        print("  en: ", r["en"])
        print("  ref:", r["reference"])
        if r["why"]:
            print("  why:", r["why"])


def main() -> int:
    max_docs = int(sys.argv[sys.argv.index("--docs") + 1]) if "--docs" in sys.argv else None
    if "--reuse" in sys.argv:
        cached = json.loads(CACHE.read_text("utf-8"))
        flags, lines = cached["flags"], cached["lines"]
    else:
        flags, lines = {}, {}
        for corpus, systems in SYSTEMS.items():
            for system in systems:
                name = f"{corpus}/{system}"
                arts, refs = articles(corpus, system, max_docs)
                report = check_articles(arts, CONFIG)
                flags[name] = flags_of(name, report, refs)
                lines[name] = sum(len(ko) for _, ko, _ in arts)
                print(name, len(arts), "articles", len(flags[name]), "findings", flush=True)
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        CACHE.write_text(json.dumps({"flags": flags, "lines": lines}, ensure_ascii=False), "utf-8")
    result: dict[str, Any] = {"gate": GATE, "docs_per_corpus": max_docs or "all", "sets": {}}
    for name, rows in flags.items():
        result["sets"][name] = counts(rows, lines[name])
    everything = [r for rows in flags.values() for r in rows]
    result["all"] = counts(everything, sum(lines.values()))
    gated = [r for r in everything if r["confidence"] >= GATE and r["code"] not in EXCLUDED]
    data = json.loads(VERDICTS.read_text("utf-8")) if VERDICTS.is_file() else {}
    sample = stratified_sample(gated, SAMPLE, data.get("verdicts", {}))
    result["judged"] = {"seed": SEED, "excluded": list(EXCLUDED)} | judge(
        sample, Counter(r["code"] for r in gated)
    )
    if "--show" in sys.argv:
        show(sample)
    print(write_result("checks_pipeline", result))
    for name, c in result["sets"].items():
        print(name, {k: v for k, v in c.items() if not k.startswith("by_rule_conf_lt")})
    j = result["judged"]
    print("judged:", j["overall"], "weighted by rule:", j["weighted_by_rule"])
    for code, p in j["by_rule"].items():
        print(" ", code, p)
    print("unjudged:", len(j["unjudged"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
