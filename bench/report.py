"""Report generation time for 1,000 synthetic articles (~18 sentences a side) and page sizes.

.venv/bin/python bench/report.py [--articles 1000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from mtqa.benchutil import peak_rss_mb, write_result
from mtqa.gate import GatePolicy
from mtqa.records import Severity
from mtqa.report import FORMATS, ReportWriter
from mtqa.report.sample import make_document, make_run


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--sentences", type=int, default=18)
    args = parser.parse_args()
    policy = GatePolicy(fail_on=Severity.MAJOR, min_qe=0.6)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report"
        build_s = write_s = 0.0
        rss_after_first = 0.0
        w = ReportWriter(out, make_run(), policy, set(FORMATS))
        for i in range(args.articles):
            t0 = time.perf_counter()
            doc = make_document(i, args.sentences, reference=i % 4 == 0, crlf=i % 5 == 0)
            t1 = time.perf_counter()
            w.add(doc)
            t2 = time.perf_counter()
            build_s += t1 - t0
            write_s += t2 - t1
            if i == 49:
                rss_after_first = peak_rss_mb()
        t0 = time.perf_counter()
        summary = w.close({"paired": args.articles, "unpaired": [], "errors": []})
        close_s = time.perf_counter() - t0
        pages = sorted(p.stat().st_size for p in (out / "articles").iterdir())
        sizes = {p.name: p.stat().st_size for p in out.iterdir() if p.is_file()}
    result = {
        "articles": args.articles,
        "sentences_per_side": args.sentences,
        "findings": sum(summary.counts().values()),
        "sample_build_s": round(build_s, 2),
        "add_s": round(write_s, 2),
        "add_ms_per_article": round(1000 * write_s / args.articles, 2),
        "close_s": round(close_s, 2),
        "report_s": round(write_s + close_s, 2),
        "article_page_kb": {
            "median": round(pages[len(pages) // 2] / 1024, 1),
            "max": round(pages[-1] / 1024, 1),
        },
        "file_kb": {k: round(v / 1024, 1) for k, v in sorted(sizes.items())},
        "peak_rss_mb_after_50": round(rss_after_first, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    path = write_result("report", result)
    print(path)
    for k, v in result.items():
        print(f"{k}: {v}")


if __name__ == "__main__":
    main()
