"""Benchmark of MT101 and MT102 (a sentence with no counterpart) through the whole pipeline.

- Injected omissions: one English sentence (never the headline) is deleted from each reference
  article of NTREX-128 and FLORES devtest (seeded). Recall counts the Korean line of the deleted
  sentence reported by MT101 at confidence >= 0.5; ``demoted`` counts those reported only at the
  low confidence MT101 gives when a neighbouring translation seems to render the sentence. Every
  other MT101 finding is false: counted per 100 sentences at >= 0.5, and how many were demoted.
- Injected additions, likewise for MT102: one line of another article of the same corpus is
  inserted into each English article (seeded); recall counts MT102 on that line at >= 0.5.
- Real machine translation of NTREX-128 (NLLB-200 1.3B and OPUS-MT 2020 translate line by line
  and often join a line's sentences into one) and of FLORES devtest (M2M-100 418M, NLLB-200,
  OPUS-MT tc-big; NLLB often drops one sentence of a two-sentence line): MT101 findings per
  system at >= 0.5 and demoted.
  The hand verdicts in ``bench/omission_verdicts.json`` (true / false / debatable per finding,
  keyed by system, document and the first 40 characters of the Korean run) give the precision
  of both groups; findings without a verdict are counted as such.

Run: MTQA_THREADS=2 .venv/bin/python bench/omissions.py [--docs 123]
Writes reports/bench/omissions.json.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from mtqa.benchutil import check_articles, write_result
from mtqa.config import RunConfig
from mtqa.corpora import ARTICLE_SETS, documents, require_shared_corpora
from mtqa.rules.coverage import MERGED_CONFIDENCE

SYSTEMS = {
    "ntrex128": ("nllb-200-distilled-1.3B", "opus-mt-2020-06-17-kor-eng"),
    "flores200-devtest": ("m2m100_418M", "nllb-200-distilled-1.3B", "opus-mt-tc-big-kor-eng"),
}
VERDICTS = Path(__file__).with_name("omission_verdicts.json")
CONFIG = RunConfig(select=("MT101", "MT102"), qe=None, formats=("json",))
# What each injection removes or adds, the rule that should report it, and the side it is on.
KINDS = {"omission": ("MT101", "source"), "addition": ("MT102", "target")}


def _lone(report: dict[str, Any], code: str, side: str) -> list[tuple[Any, Any, set[int]]]:
    """(document, finding of ``code``, the lines of ``side`` it covers) for each finding."""
    out = []
    for doc in report["documents"]:
        text = doc[side]["text"]
        for f in doc["findings"]:
            if f["code"] == code:
                a, b = f[side]["start"], f[side]["end"]
                lines = set(range(text[:a].count("\n\n"), text[:b].count("\n\n") + 1))
                out.append((doc, f, lines))
    return out


def _shown(f: dict[str, Any]) -> bool:
    return bool(f["confidence"] >= 0.5)


def injected(corpus: str, max_docs: int, kind: str) -> dict[str, Any]:
    """One English line deleted ("omission") or one line of another article inserted
    ("addition") per article; recall of the rule on that line, and its other findings."""
    root = require_shared_corpora()
    rng = random.Random(7 if kind == "omission" else 11)
    docs = documents(root / corpus, **ARTICLE_SETS[corpus])[:max_docs]
    articles, changed = [], {}
    for n, (doc_id, ko, en) in enumerate(docs):
        if len(en) < 4:
            continue
        if kind == "omission":
            k = rng.randrange(1, len(en))
            new = en[:k] + en[k + 1 :]
        else:
            k = rng.randrange(1, len(en) + 1)
            other = docs[(n + 1 + rng.randrange(len(docs) - 1)) % len(docs)][2]
            new = en[:k] + [rng.choice(other)] + en[k:]
        changed[doc_id] = k
        articles.append((doc_id, ko, new))
    code, side = KINDS[kind]
    found = Counter()
    for doc, f, lines in _lone(check_articles(articles, CONFIG), code, side):
        hit = changed[doc["doc_id"]] in lines
        found[("true" if hit else "false", "shown" if _shown(f) else "demoted")] += 1
    n = sum(len(ko) for _, ko, _ in articles)
    return {
        "rule": code,
        "documents": len(articles),
        "sentences": n,
        "recall_confidence_ge_0.5": round(found["true", "shown"] / len(articles), 3),
        "true_demoted": found["true", "demoted"],
        "false_per_100_confidence_ge_0.5": round(100 * found["false", "shown"] / n, 2),
        "false_shown": found["false", "shown"],
        "false_demoted": found["false", "demoted"],
    }


def _key(system: str, doc: dict[str, Any], f: dict[str, Any]) -> str:
    return f"{system}|{doc['doc_id']}|{' '.join(f['source']['text'].split())[:40]}"


def real_mt(corpus: str, system: str, max_docs: int, verdicts: dict[str, str]) -> dict[str, Any]:
    root = require_shared_corpora()
    mt = str(root / "mt-outputs" / corpus / f"{system}.txt")  # line-aligned with the Korean
    articles = documents(root / corpus, **{**ARTICLE_SETS[corpus], "en": mt})[:max_docs]
    judged: Counter[tuple[str, str]] = Counter()
    unjudged = []
    for doc, f, _ in _lone(check_articles(articles, CONFIG), "MT101", "source"):
        group = "shown" if _shown(f) else "demoted"
        verdict = verdicts.get(_key(system, doc, f))
        judged[group, verdict or "unjudged"] += 1
        if verdict is None:
            unjudged.append(f"{group} {_key(system, doc, f)}")
    out: dict[str, Any] = {
        "documents": len(articles),
        "sentences": sum(len(a[1]) for a in articles),
    }
    for group in ("shown", "demoted"):
        counts = {v: judged[g, v] for g, v in judged if g == group}
        true, false = counts.get("true", 0), counts.get("false", 0)
        out[group] = {
            **counts,
            "precision_of_judged": round(true / (true + false), 3) if true + false else None,
        }
    out["unjudged"] = unjudged
    return out


def main() -> int:
    docs = int(sys.argv[sys.argv.index("--docs") + 1]) if "--docs" in sys.argv else 123
    verdicts: dict[str, str] = json.loads(VERDICTS.read_text("utf-8"))
    result: dict[str, Any] = {"merged_confidence": MERGED_CONFIDENCE, "injected": {}, "mt": {}}
    for kind in KINDS:
        for corpus in ARTICLE_SETS:
            result["injected"][f"{kind}/{corpus}"] = injected(corpus, docs, kind)
            print(kind, corpus, result["injected"][f"{kind}/{corpus}"], flush=True)
    for corpus, systems in SYSTEMS.items():
        for system in systems:
            # every article: the hand verdicts cover them all
            result["mt"][f"{corpus}/{system}"] = real_mt(corpus, system, 10**6, verdicts)
            print(system, result["mt"][f"{corpus}/{system}"], flush=True)
    print(write_result("omissions", result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
