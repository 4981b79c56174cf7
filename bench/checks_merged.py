"""Benchmark of MT105/MT106 (a sentence inside a merged unit with no counterpart).

From adjacent reference sentence pairs (s1, s2 -> t1, t2) of NTREX-128 and FLORES devtest:
- correct merges: the unit (s1 s2 -> t1 t2); every removed sentence should lower similarity;
- dropped: (s1 s2 -> t1) and (s1 s2 -> t2): the untranslated sentence should be reported;
- added: (s1 -> t1 t2): t2 should be reported; correct splits (s1 s2 as one -> t1, t2) not.
Reports false flags and recall at each confidence the rules give.

Run: MTQA_THREADS=1 .venv/bin/python bench/checks_merged.py [--n 250]
Writes reports/bench/checks_merged.json.
"""

from __future__ import annotations

import random
import sys
import time
from typing import Any

from mtqa.benchutil import write_result
from mtqa.corpora import documents, require_shared_corpora
from mtqa.models.encoder import load_encoder
from mtqa.rules.merged import CONFIDENCE, MARGIN, gains

CORPORA = {"ntrex128": {}, "flores200-devtest": {"ko": "ko.quotes-fixed.txt"}}


def measure(corpus: str, n: int, embed: Any) -> dict[str, Any]:
    root = require_shared_corpora()
    pairs = [
        (ko[i], ko[i + 1], en[i], en[i + 1])
        for _, ko, en in documents(root / corpus, **CORPORA[corpus])
        for i in range(len(ko) - 1)
    ]
    random.Random(1).shuffle(pairs)
    kinds: dict[str, list[float]] = {"merge-ok": [], "dropped": [], "split-ok": [], "added": []}
    t0 = time.perf_counter()
    for s1, s2, t1, t2 in pairs[:n]:
        kinds["merge-ok"] += gains([s1, s2], f"{t1} {t2}", embed)
        kinds["dropped"].append(gains([s1, s2], t1, embed)[1])
        kinds["dropped"].append(gains([s1, s2], t2, embed)[0])
        kinds["split-ok"] += gains([t1, t2], f"{s1} {s2}", embed)
        kinds["added"].append(gains([t1, t2], s1, embed)[1])
    elapsed = time.perf_counter() - t0
    out: dict[str, Any] = {"pairs": min(n, len(pairs)), "seconds": round(elapsed, 1)}
    for kind, values in kinds.items():
        out[kind] = {
            "n": len(values),
            **{
                f"share_confidence_ge_{conf}": round(sum(v > lim for v in values) / len(values), 3)
                for lim, conf in CONFIDENCE
            },
        }
    return out


def main() -> int:
    n = int(sys.argv[sys.argv.index("--n") + 1]) if "--n" in sys.argv else 250
    enc = load_encoder(None)
    result: dict[str, Any] = {
        "margin": MARGIN,
        "confidence": [list(c) for c in CONFIDENCE],
        "note": "merge-ok/split-ok shares are false flags per checked sentence; dropped/added "
        "shares are recall",
    }
    for corpus in CORPORA:
        result[corpus] = measure(corpus, n, enc.embed)
        print(corpus, result[corpus], flush=True)
    print(write_result("checks_merged", result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
