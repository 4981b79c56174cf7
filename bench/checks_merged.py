"""Benchmark of MT105/MT106 (a sentence inside a merged unit with no counterpart).

From adjacent reference sentence pairs (s1, s2 -> t1, t2) of NTREX-128 and FLORES devtest:
- correct merges: the unit (s1 s2 -> t1 t2); every removed sentence should lower similarity;
- dropped: (s1 s2 -> t1) and (s1 s2 -> t2): the untranslated sentence should be reported;
- added: (s1 -> t1 t2): t2 should be reported; correct splits (s1 s2 as one -> t1, t2) not.
Reports false flags and recall at each confidence the rules give (with the word-level test that
drops sentences the other side renders, and, for comparison, from the similarity gain alone:
``gain_only``). Then, through the real
pipeline (`mtqa check`, embedding aligner), the MT105/MT106 findings on whole reference articles
(every one a false flag) per 100 sentences.

Run: MTQA_THREADS=1 .venv/bin/python bench/checks_merged.py [--n 250] [--docs 60]
Writes reports/bench/checks_merged.json.
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter
from typing import Any

from mtqa.benchutil import check_articles, write_result
from mtqa.config import RunConfig
from mtqa.corpora import ARTICLE_SETS, documents, require_shared_corpora
from mtqa.resources import Resources
from mtqa.rules.merged import CONFIDENCE, MARGIN, assess


def measure(corpus: str, n: int, res: Resources) -> dict[str, Any]:
    root = require_shared_corpora()
    pairs = [
        (ko[i], ko[i + 1], en[i], en[i + 1])
        for _, ko, en in documents(root / corpus, **ARTICLE_SETS[corpus])
        for i in range(len(ko) - 1)
    ]
    random.Random(1).shuffle(pairs)
    kinds: dict[str, list[tuple[float, float | None]]] = {
        "merge-ok": [],
        "dropped": [],
        "split-ok": [],
        "added": [],
    }
    t0 = time.perf_counter()
    for s1, s2, t1, t2 in pairs[:n]:
        kinds["merge-ok"] += assess(res, [s1, s2], f"{t1} {t2}", True)
        kinds["dropped"].append(assess(res, [s1, s2], t1, True)[1])
        kinds["dropped"].append(assess(res, [s1, s2], t2, True)[0])
        kinds["split-ok"] += assess(res, [t1, t2], f"{s1} {s2}", False)
        kinds["added"].append(assess(res, [t1, t2], s1, False)[1])
    elapsed = time.perf_counter() - t0
    out: dict[str, Any] = {"pairs": min(n, len(pairs)), "seconds": round(elapsed, 1)}
    for kind, values in kinds.items():
        out[kind] = {
            "n": len(values),
            **{
                f"share_confidence_ge_{conf}": round(
                    sum(c is not None and c >= conf for _, c in values) / len(values), 3
                )
                for _, conf in CONFIDENCE
            },
            "gain_only": {
                f"share_confidence_ge_{conf}": round(
                    sum(g > lim for g, _ in values) / len(values), 3
                )
                for lim, conf in CONFIDENCE
            },
        }
    return out


def pipeline_flags(corpus: str, max_docs: int) -> dict[str, Any]:
    """MT105/MT106 findings when whole reference articles go through ``mtqa check``."""
    root = require_shared_corpora()
    docs = documents(root / corpus, **ARTICLE_SETS[corpus])[:max_docs]
    config = RunConfig(select=("MT105", "MT106"), qe=None, formats=("json",))
    report = check_articles(docs, config)
    n = sum(len(ko) for _, ko, _ in docs)
    flags = [f for d in report["documents"] for f in d["findings"]]
    units = [u for d in report["documents"] for u in d["units"]]
    merged_units = sum(1 for u in units if len(u["source"]) + len(u["target"]) > 2)
    shown = [f for f in flags if f["confidence"] >= 0.5]
    return {
        "documents": len(docs),
        "sentences": n,
        "merged_units": merged_units,
        "flags": dict(Counter(f["code"] for f in flags)),
        "per_100": round(100 * len(flags) / n, 2),
        "per_100_confidence_ge_0.5": round(100 * len(shown) / n, 2),
    }


def main() -> int:
    n = int(sys.argv[sys.argv.index("--n") + 1]) if "--n" in sys.argv else 250
    res = Resources()
    result: dict[str, Any] = {
        "margin": MARGIN,
        "confidence": [list(c) for c in CONFIDENCE],
        "note": "merge-ok/split-ok shares are false flags per checked sentence; dropped/added "
        "shares are recall",
    }
    docs = int(sys.argv[sys.argv.index("--docs") + 1]) if "--docs" in sys.argv else 60
    for corpus in ARTICLE_SETS:
        result[corpus] = measure(corpus, n, res)
        print(corpus, result[corpus], flush=True)
    result["pipeline_on_references"] = {c: pipeline_flags(c, docs) for c in ARTICLE_SETS}
    print(result["pipeline_on_references"], flush=True)
    print(write_result("checks_merged", result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
