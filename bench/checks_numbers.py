"""Benchmark of the MT3xx number rules on real references and real MT outputs.

1. False flags: the rules on untouched human references (NTREX-128, FLORES-200, Park news test);
   every flag there counts as false (some are real reference errors: see the examples written).
2. Recall: realistic errors injected into English references whose number has a Korean
   counterpart (a changed digit, a power-of-ten slip, a changed date part, a dropped number,
   percent -> percentage points); an error counts as found when a new MT3xx issue appears, and
   its span as right when that issue points at the injected text (or, for a dropped number, at
   the Korean value).
3. Flags per system on real MT outputs (../shared/corpora/mt-outputs).
4. Speed per 1,000 sentences (the rules run through UnitViews as the engine runs them).

Run: .venv/bin/python bench/checks_numbers.py  ->  reports/bench/checks_numbers.json
"""

from __future__ import annotations

import random
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import mtqa.rules.numbers as numbers
from mtqa.benchutil import peak_rss_mb, write_result
from mtqa.corpora import read_lines, require_shared_corpora
from mtqa.records import Document, DocumentPair, Sentence, Unit
from mtqa.resources import Resources
from mtqa.rules.base import DocView, Rule, all_rules
from mtqa.text.conversions import unit_reading
from mtqa.text.en_numbers import MONTHS, english_numbers
from mtqa.text.ko_numbers import NumExpr, korean_numbers

SCALE_SWAP = {
    "thousand": "million",
    "million": "billion",
    "billion": "million",
    "trillion": "billion",
}
MONTH_NAMES = sorted({m.capitalize() for m in MONTHS if len(m) > 3 and m != "sept"} | {"May"},
                     key=lambda m: MONTHS[m.lower()])  # fmt: skip


def mt3_rules() -> list[Rule]:
    try:
        rules = all_rules()
    except ImportError:  # sibling rule families not written yet: ours are registered already
        from mtqa.rules.base import _REGISTRY

        rules = list(_REGISTRY.values())
    return sorted((r for r in rules if r.code.startswith("MT3")), key=lambda r: r.code)


def doc_view(ko: list[str], en: list[str]) -> DocView:
    """One document with one unit per line pair, as an aligner would hand it over."""

    def side(lines: list[str], lang: str) -> tuple[Document, list[Sentence]]:
        doc = Document.from_text("bench", "\n".join(lines), lang)
        sents, pos = [], 0
        for i, line in enumerate(doc.text.split("\n")):
            sents.append(Sentence(i, pos, pos + len(line), line))
            pos += len(line) + 1
        return doc, sents

    sdoc, ssents = side(ko, "ko")
    tdoc, tsents = side(en, "en")
    units = [Unit(i, (i,), (i,)) for i in range(len(ko))]
    return DocView(DocumentPair("bench", sdoc, tdoc), ssents, tsents, units, Resources())


def run(ko: list[str], en: list[str], rules: list[Rule]) -> tuple[list[list[tuple]], float]:
    """Per line: (code, confidence, source span, target span, message); and seconds taken."""
    view_doc = doc_view(ko, en)
    out: list[list[tuple]] = []
    t0 = time.perf_counter()
    for view in view_doc.views():
        hits = []
        for r in rules:
            for h in r.check(view):
                hits.append((r.code, h.confidence, h.source, h.target, h.message))
        out.append(hits)
    return out, time.perf_counter() - t0


def load(root: Path) -> dict[str, tuple[list[str], list[str]]]:
    sets = {
        "ntrex128": (root / "ntrex128" / "ko.txt", root / "ntrex128" / "en.txt"),
        "flores200": (
            root / "flores200-devtest" / "ko.quotes-fixed.txt",
            root / "flores200-devtest" / "en.txt",
        ),
        "park-test": (root / "park-news-koen/test/ko.txt", root / "park-news-koen/test/en.txt"),
    }
    return {k: (read_lines(a), read_lines(b)) for k, (a, b) in sets.items()}


# ---- injection -------------------------------------------------------------------------------


def _fmt_like(old: str, value: float) -> str:
    decimals = len(old.split(".")[1]) if "." in old else 0
    return f"{value:,.{decimals}f}" if "," in old else f"{value:.{decimals}f}"


def inject_digit(en: str, t: NumExpr, rng: random.Random) -> tuple[str, int, int] | None:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", t.text)
    if not m or t.kind in ("month",):
        return None
    lit = m.group()
    positions = [i for i, c in enumerate(lit) if c.isdigit()]
    i = rng.choice(positions)
    d = int(lit[i])
    new = lit[:i] + str((d + rng.choice((1, 2, 3))) % 10) + lit[i + 1 :]
    if i == 0 and new[0] == "0" or new.replace(",", "") == lit.replace(",", ""):
        return None
    a = t.start + m.start()
    return en[:a] + new + en[a + len(lit) :], a, a + len(new)


def inject_magnitude(en: str, t: NumExpr, rng: random.Random) -> tuple[str, int, int] | None:
    if t.kind not in ("cardinal", "money", "percent"):
        return None
    for word, repl in SCALE_SWAP.items():
        m = re.search(rf"\b{word}\b", t.text)
        if m:
            a = t.start + m.start()
            return en[:a] + repl + en[a + len(word) :], a, a + len(repl)
    m = re.search(r"\d[\d,]*(?:\.\d+)?", t.text)
    if not m:
        return None
    lit = m.group()
    value = float(lit.replace(",", "")) * rng.choice((10, 100, 1000, 0.1))
    new = _fmt_like(lit, value) if value >= 1 else f"{value:g}"
    a = t.start + m.start()
    return en[:a] + new + en[a + len(lit) :], a, a + len(new)


def inject_date(en: str, t: NumExpr, rng: random.Random) -> tuple[str, int, int] | None:
    if t.kind == "month":
        new = MONTH_NAMES[(int(t.value) - 1 + rng.choice((1, 2, 5))) % 12]
        if t.text.lower().startswith(new.lower()[:3]):
            return None
        return en[: t.start] + new + en[t.end :], t.start, t.start + len(new)
    if t.kind in ("day", "year"):
        m = re.search(r"\d+", t.text)
        if not m:
            return None
        v = int(m.group())
        new = str(v % 28 + 1 if t.kind == "day" else v + rng.choice((-1, 1)))
        a = t.start + m.start()
        return en[:a] + new + en[a + len(m.group()) :], a, a + len(new)
    return None


def inject_drop(en: str, t: NumExpr, rng: random.Random) -> tuple[str, int, int] | None:
    if t.kind in ("month",) or t.word:
        return None
    a, b = t.start, t.end
    if b < len(en) and en[b] == " ":
        b += 1
    return en[:a] + en[b:], a, a


def inject_points(en: str, t: NumExpr, rng: random.Random) -> tuple[str, int, int] | None:
    if t.kind != "percent":
        return None
    m = re.search(r"\s?(?:%|percent|per cent)", t.text)
    if not m:
        return None
    a = t.start + m.start()
    new = " percentage points"
    return en[:a] + new + en[t.start + m.end() :], a, a + len(new)


INJECTORS: dict[str, Callable[[str, NumExpr, random.Random], tuple[str, int, int] | None]] = {
    "digit": inject_digit,
    "magnitude": inject_magnitude,
    "date": inject_date,
    "drop": inject_drop,
    "percent_points": inject_points,
}


def _key(i: numbers.Issue) -> tuple:
    return (i.code, (i.source.start, i.source.end) if i.source else None)


def recall(pairs: list[tuple[str, str]], rng: random.Random) -> dict[str, dict[str, float]]:
    found: Counter[str] = Counter()
    overlap: Counter[str] = Counter()
    total: Counter[str] = Counter()
    misses: dict[str, list[dict[str, str]]] = {k: [] for k in INJECTORS}
    for ko, en in pairs:
        src = [s for s in korean_numbers(ko) if not s.code]
        cands = [
            t
            for t in english_numbers(en)
            if not t.code and not t.implicit and any(numbers.matches(s, t) for s in src)
        ]
        if not cands:
            continue
        base = {_key(i) for i in numbers.compare(ko, en)}
        for kind, inject in INJECTORS.items():
            t = rng.choice(cands)
            res = inject(en, t, rng)
            if res is None:
                continue
            bad, a, b = res
            # the injected text must not still carry the value another way: converted beside
            # it ("30 miles (kilometers)" with the kilometres dropped)
            counterpart = [s for s in src if numbers.matches(s, t)]
            if any(
                unit_reading(ko, s, bad, u) == "converted"
                for s in counterpart
                for u in english_numbers(bad)
            ):
                continue
            new = [i for i in numbers.compare(ko, bad) if _key(i) not in base]
            total[kind] += 1
            if not new:
                if len(misses[kind]) < 5:
                    misses[kind].append({"ko": ko, "en": bad, "injected": bad[a:b] or t.text})
                continue
            found[kind] += 1
            for i in new:
                if kind == "drop":
                    hit = i.source is not None and any(
                        i.source.start < s.end and s.start < i.source.end for s in counterpart
                    )
                else:
                    hit = i.target is not None and i.target.start < b and a < i.target.end
                    hit = hit or (i.target is None and i.source in counterpart)
                if hit:
                    overlap[kind] += 1
                    break
    return {
        k: {
            "injected": total[k],
            "recall": round(found[k] / total[k], 3) if total[k] else 0.0,
            "span_overlap": round(overlap[k] / found[k], 3) if found[k] else 0.0,
            "missed_examples": misses[k],  # type: ignore[dict-item]
        }
        for k in INJECTORS
    }


def flag_stats(flags: list[list[tuple]], n: int, examples: int = 0, ko=None, en=None) -> dict:
    codes = Counter(h[0] for line in flags for h in line)
    confident = sum(1 for line in flags for h in line if h[1] >= 0.5)
    total = sum(codes.values())
    out = {
        "sentences": n,
        "flags": total,
        "flags_per_100": round(100 * total / n, 2),
        "flags_conf_ge_0.5_per_100": round(100 * confident / n, 2),
        "by_code": dict(sorted(codes.items())),
    }
    if examples and ko is not None and en is not None:
        ex = []
        for i, line in enumerate(flags):
            for code, conf, _s, _t, msg in line:
                if len(ex) < examples:
                    ex.append({"line": i + 1, "code": code, "confidence": conf, "message": msg,
                               "ko": ko[i][:200], "en": en[i][:200]})  # fmt: skip
        out["examples"] = ex
    return out


def main() -> int:
    root = require_shared_corpora()
    rules = mt3_rules()
    data = load(root)
    result: dict = {"rules": [r.code for r in rules], "references": {}, "mt_outputs": {}}
    seconds = sentences = 0.0
    all_pairs: list[tuple[str, str]] = []
    for name, (ko, en) in data.items():
        flags, secs = run(ko, en, rules)
        seconds += secs
        sentences += len(ko)
        result["references"][name] = flag_stats(flags, len(ko), 12, ko, en)
        all_pairs += list(zip(ko, en, strict=True))
    n_all = sum(r["sentences"] for r in result["references"].values())
    f_all = sum(r["flags"] for r in result["references"].values())
    result["references"]["all"] = {
        "sentences": n_all,
        "flags_per_100": round(100 * f_all / n_all, 2),
    }
    result["speed_ms_per_1000_sentences"] = round(1000 * seconds / sentences * 1000, 1)

    mt_root = root / "mt-outputs"
    for test, ref in (("flores200-devtest", "flores200"), ("ntrex128", "ntrex128")):
        ko = data[ref][0]
        for path in sorted((mt_root / test).glob("*.txt")):
            hyp = read_lines(path)
            flags, _ = run(ko, hyp, rules)
            result["mt_outputs"][f"{test}/{path.stem}"] = flag_stats(flags, len(ko))

    result["recall"] = recall(all_pairs, random.Random(0))
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    path = write_result("checks_numbers", result)
    print(path)
    for name, r in result["references"].items():
        print(f"refs {name}: {r['flags_per_100']} flags/100 sentences", r.get("by_code", ""))
    for name, r in result["mt_outputs"].items():
        print(f"mt {name}: {r['flags_per_100']}/100 (conf>=0.5: {r['flags_conf_ge_0.5_per_100']})",
              r["by_code"])  # fmt: skip
    for kind, r in result["recall"].items():
        print(f"recall {kind}: {r['recall']} (n={r['injected']}, span overlap {r['span_overlap']})")
    print("speed ms / 1000 sentences:", result["speed_ms_per_1000_sentences"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
