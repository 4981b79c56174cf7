"""Benchmark of the place, organization and termbase rules (MT5xx, MT7xx) on real data.

1. False flags: the rules on untouched human references (NTREX-128, FLORES-200, Park news test);
   every flag there counts as false (a few may be real reference errors: see the causes listed).
2. Recall: in reference pairs where a source place (or organization) is rendered in the English,
   errors are injected at that rendering: the name deleted, replaced by a person-like
   romanization of the Korean form (광둥성 -> "Gwang Dong-seong"), misspelled by one or two
   letters, or swapped for another place of the same kind; organizations are deleted; for a
   compound country abbreviation (한미, 미중, 남북...) the rendering of one component country is
   deleted ("abbrev-drop"; "abbrev-drop-home" when it is South Korea, which MT501 reports below
   0.5 by design: Korean news often leaves it implicit); the hit must name that component. An error
   counts as found when the expected rule flags that source mention; the span is right when the
   hit points at the injected text (target side) or at the Korean mention (source side).
3. Flags per system on real MT outputs (../shared/corpora/mt-outputs), per 100 sentences.
4. Speed per 1,000 sentences (tokenization by kiwipiepy reported separately).

Run: .venv/bin/python bench/checks_places.py  ->  reports/bench/checks_places.json
(``--flags FILE`` also writes every flag at confidence >= 0.5 on the references and the MT outputs
as JSON lines, with its sentence pair, to compare two versions of the rules.)
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import Counter
from pathlib import Path
from typing import Any

import mtqa.rules.orgs
import mtqa.rules.places as places
import mtqa.rules.terms  # noqa: F401  (registers MT70x)
from mtqa.benchutil import peak_rss_mb, write_result
from mtqa.corpora import read_lines, require_shared_corpora
from mtqa.lexicon.gazetteer import gazetteer
from mtqa.lexicon.romanize import romanize
from mtqa.records import Document, DocumentPair, Sentence, Unit
from mtqa.resources import Resources
from mtqa.rules.base import _REGISTRY, DocView, Hit, Rule, UnitView
from mtqa.rules.rendering import find_form

RES = Resources()
RULES: list[Rule] = sorted(
    (r for c, r in _REGISTRY.items() if c.startswith(("MT5", "MT7"))), key=lambda r: r.code
)
EXPECTED = {
    "delete": "MT501",
    "swap": "MT501",
    "person": "MT502",
    "misspell": "MT503",
    "abbrev-drop": "MT501",
    "abbrev-drop-home": "MT501",
}


def view(ko: str, en: str, tokens: list[Any] | None = None) -> UnitView:
    """A one-unit document for one sentence pair (tokens reused when given)."""
    src = Document.from_text("bench", ko, "ko")
    tgt = Document.from_text("bench", en, "en")
    ss = [Sentence(0, 0, len(src.text), src.text)] if src.text else []
    ts = [Sentence(0, 0, len(tgt.text), tgt.text)] if tgt.text else []
    unit = Unit(0, tuple(s.index for s in ss), tuple(s.index for s in ts))
    v = UnitView(DocView(DocumentPair("bench", src, tgt), ss, ts, [unit], RES), unit)
    if tokens is not None:
        v.__dict__["source_tokens"] = tokens
    return v


def run(v: UnitView) -> list[tuple[str, Hit]]:
    return [(r.code, h) for r in RULES for h in r.check(v)]


def load_refs(root: Path) -> list[tuple[str, str, str]]:
    sets = [
        ("ntrex128", root / "ntrex128" / "ko.txt", root / "ntrex128" / "en.txt"),
        ("flores200", root / "flores200-devtest" / "ko.quotes-fixed.txt",
         root / "flores200-devtest" / "en.txt"),
        ("park-test", root / "park-news-koen" / "test" / "ko.txt",
         root / "park-news-koen" / "test" / "en.txt"),
    ]  # fmt: skip
    out = []
    for name, ko, en in sets:
        out += [(name, k, e) for k, e in zip(read_lines(ko), read_lines(en), strict=True)]
    return out


def person_form(mention: str) -> str | None:
    """광둥성 -> 'Gwang Dong-seong': surname syllable, then the rest as a hyphenated given name."""
    if not (2 <= len(mention) <= 4) or not all("가" <= c <= "힣" for c in mention):
        return None
    sylls = [romanize(c) for c in mention]
    given = "-".join(sylls[1:])
    return f"{sylls[0].capitalize()} {given[:1].upper()}{given[1:]}"


def misspell(word: str, rng: random.Random) -> str | None:
    letters = [i for i, c in enumerate(word) if c.isalpha()]
    if len(letters) < 5:
        return None
    i = rng.choice(letters[1:-1])
    if rng.random() < 0.5:
        return word[:i] + word[i + 1 :]  # drop a letter
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]  # swap two letters


def overlap(a: tuple[int, int] | None, b: tuple[int, int]) -> bool:
    return a is not None and a[0] < b[1] and b[0] < a[1]


def drop_component(
    ko: str, en: str, toks: list[Any], verdict: places.Verdict, *counters: Counter[str]
) -> None:
    """Delete the English rendering of one component of a compound abbreviation (미중 -> US-)."""
    found, found_conf, exact, span_ok, total = counters
    place = verdict.places[0]
    spans = [s for form in place.en + place.related for s in find_form(en, form)[:1]]
    if not spans:
        return  # rendered by a demonym the gazetteer derives, not a listed form
    a, b = min(spans)
    new_en = (en[:a] + en[b:]).replace("  ", " ")
    if any(find_form(new_en, f) for f in place.en + place.related):
        return
    kind = "abbrev-drop-home" if place.country == places.HOME else "abbrev-drop"
    total[kind] += 1
    hits = [
        (c, h)
        for c, h in run(view(ko, new_en, toks))
        if c.startswith("MT5") and overlap(h.source, verdict.source)
        and h.suggestion == place.preferred
    ]  # fmt: skip
    if hits:
        found[kind] += 1
        span_ok[kind] += 1
    if any(h.confidence >= 0.5 for _, h in hits):
        found_conf[kind] += 1
    if any(c == "MT501" for c, _ in hits):
        exact[kind] += 1


def flag_record(where: str, line: int, ko: str, en: str, code: str, h: Hit) -> dict[str, Any]:
    """One flag at confidence >= 0.5, with its sentence pair (for ``--flags``)."""
    return {
        "where": where,
        "line": line,
        "code": code,
        "confidence": h.confidence,
        "message": h.message,
        "source": ko[h.source[0] : h.source[1]] if h.source else "",
        "target": en[h.target[0] : h.target[1]] if h.target else "",
        "ko": ko,
        "en": en,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    ap.add_argument("--flags", type=Path, help="write flags at confidence >= 0.5 (JSON lines)")
    args = ap.parse_args()
    confident: list[dict[str, Any]] = []
    root = require_shared_corpora()
    rng = random.Random(13)
    refs = load_refs(root)
    t0 = time.perf_counter()
    tokens = [RES.korean.tokenize(ko) for _, ko, _ in refs]
    t_tok = time.perf_counter() - t0

    # 1. false flags on references
    flags: Counter[str] = Counter()
    flags_conf: Counter[str] = Counter()
    causes: Counter[str] = Counter()
    per_corpus: Counter[str] = Counter()
    per_corpus_conf: Counter[str] = Counter()
    sizes = Counter(name for name, _, _ in refs)
    examples: list[dict[str, str]] = []
    t0 = time.perf_counter()
    ref_views = []
    line_no: Counter[str] = Counter()
    for (name, ko, en), toks in zip(refs, tokens, strict=True):
        v = view(ko, en, toks)
        ref_views.append(v)
        line_no[name] += 1
        for code, h in run(v):
            flags[code] += 1
            per_corpus[name] += 1
            if h.confidence >= 0.5:
                flags_conf[code] += 1
                per_corpus_conf[name] += 1
                confident.append(flag_record(f"ref/{name}", line_no[name], ko, en, code, h))
            mention = ko[h.source[0] : h.source[1]] if h.source else ""
            causes[f"{code} {mention}"] += 1
            if len(examples) < 40:
                examples.append({"code": code, "ko": ko, "en": en, "message": h.message})
    t_rules = time.perf_counter() - t0
    n = len(refs)

    # 2. injected errors
    found: Counter[str] = Counter()
    found_conf: Counter[str] = Counter()
    exact: Counter[str] = Counter()
    span_ok: Counter[str] = Counter()
    target_conf: Counter[str] = Counter()  # a hit >= 0.5 pointing at the injected English
    total: Counter[str] = Counter()
    by_kind: dict[str, list[Any]] = {}
    for p in gazetteer().places:
        by_kind.setdefault(p.kind, []).append(p)
    for (_, ko, en), toks, v in zip(refs, tokens, ref_views, strict=True):
        for verdict in places.verdicts(v):
            if verdict.kind != "ok":
                continue
            if verdict.compound:
                continue  # compound abbreviations: below, with the Park dev set too
            names = [e for p in verdict.places for e in p.en]
            spans = [(s, form) for form in names for s in find_form(en, form)[:1]]
            if not spans:
                continue  # rendered by an adjective or metonym only
            (a, b), form = min(spans, key=lambda x: x[0][0])
            mention = ko[verdict.source[0] : verdict.source[1]]
            in_source = {pl.preferred for _, _, pl in gazetteer().find(ko, toks)}
            cands = [
                p
                for p in by_kind.get(verdict.places[0].kind, [])
                if p.preferred not in in_source and not find_form(en, p.preferred)
            ]
            swaps = {
                "delete": "",
                "person": person_form(mention),
                "misspell": misspell(en[a:b], rng),
                "swap": rng.choice(cands).preferred if cands else None,
            }
            for kind, repl in swaps.items():
                if repl is None:
                    continue
                new_en = (en[:a] + repl + en[b:]).replace("  ", " ")
                inj = (a, a + len(repl))
                if any(find_form(new_en, f) for p in verdict.places for f in p.en + p.related):
                    continue  # the place is still named elsewhere in the sentence
                total[kind] += 1
                hits = [
                    (c, h)
                    for c, h in run(view(ko, new_en, toks))
                    if c.startswith("MT5") and h.source and overlap(h.source, verdict.source)
                ]
                if hits:
                    found[kind] += 1
                if any(h.confidence >= 0.5 for _, h in hits):
                    found_conf[kind] += 1
                if any(c == EXPECTED[kind] for c, _ in hits):
                    exact[kind] += 1
                if any(
                    (h.target is None and kind in ("delete", "swap")) or overlap(h.target, inj)
                    for _, h in hits
                ):
                    span_ok[kind] += 1
                if any(h.confidence >= 0.5 and overlap(h.target, inj) for _, h in hits):
                    target_conf[kind] += 1
    # compound abbreviations are rare in NTREX/FLORES: the Park news dev set adds cases
    dev = [
        (ko, en, RES.korean.tokenize(ko))
        for ko, en in zip(
            read_lines(root / "park-news-koen" / "dev" / "ko.txt"),
            read_lines(root / "park-news-koen" / "dev" / "en.txt"),
            strict=True,
        )
    ]
    for ko, en, toks in [(k, e, t) for (_, k, e), t in zip(refs, tokens, strict=True)] + dev:
        for verdict in places.verdicts(view(ko, en, toks)):
            if verdict.kind == "ok" and verdict.compound:
                drop_component(ko, en, toks, verdict, found, found_conf, exact, span_ok, total)
    # organizations: delete a rendered org name
    org_total = org_found = 0
    for (_, ko, en), toks in zip(refs, tokens, strict=True):
        for a0, b0, term in mtqa.rules.orgs.org_mentions(view(ko, en, toks)):
            org_spans = [s for f in term.accepted for s in find_form(en, f)[:1]]
            if not org_spans:
                continue
            oa, ob = org_spans[0]
            new_en = (en[:oa] + en[ob:]).replace("  ", " ")
            if mtqa.rules.orgs.rendered_org(new_en, term):
                continue
            org_total += 1
            hits = run(view(ko, new_en, toks))
            if any(c in ("MT711", "MT712") and overlap(h.source, (a0, b0)) for c, h in hits):
                org_found += 1

    # 3. MT outputs
    systems: dict[str, Any] = {}
    mt_root = root / "mt-outputs"
    corpus_of = {"ntrex128": "ntrex128", "flores200-devtest": "flores200"}
    src_of = {f: [(k, t) for (c, k, _), t in zip(refs, tokens, strict=True) if c == name]
              for f, name in corpus_of.items()}  # fmt: skip
    for folder in ("ntrex128", "flores200-devtest"):
        for path in sorted((mt_root / folder).glob("*.txt")):
            outs = read_lines(path)
            counts: Counter[str] = Counter()
            counts_conf: Counter[str] = Counter()
            system = f"{folder}/{path.stem}"
            for i, ((ko, toks), en) in enumerate(zip(src_of[folder], outs, strict=True), 1):
                for code, h in run(view(ko, en, toks)):
                    counts[code] += 1
                    if h.confidence >= 0.5:
                        counts_conf[code] += 1
                        confident.append(flag_record(f"mt/{system}", i, ko, en, code, h))
            systems[system] = {
                "sentences": len(outs),
                "flags_per_100": round(100 * sum(counts.values()) / len(outs), 2),
                "by_code": dict(sorted(counts.items())),
                "flags_per_100_confidence_ge_0.5": round(
                    100 * sum(counts_conf.values()) / len(outs), 2
                ),
                "by_code_confidence_ge_0.5": dict(sorted(counts_conf.items())),
            }

    recall = {k: round(found[k] / total[k], 3) for k in total}
    result = {
        "sentences": n,
        "rules": [r.code for r in RULES],
        "false_flags": {
            "per_100_sentences": round(100 * sum(flags.values()) / n, 2),
            "per_100_sentences_confidence_ge_0.5": round(100 * sum(flags_conf.values()) / n, 2),
            "by_code": dict(sorted(flags.items())),
            "by_code_confidence_ge_0.5": dict(sorted(flags_conf.items())),
            "by_corpus": dict(per_corpus),
            "by_corpus_per_100_sentences": {
                c: {
                    "sentences": sizes[c],
                    "any_confidence": round(100 * per_corpus[c] / sizes[c], 2),
                    "confidence_ge_0.5": round(100 * per_corpus_conf[c] / sizes[c], 2),
                }
                for c in sizes
            },
            "most_frequent_causes": causes.most_common(25),
            "examples": examples[:25],
        },
        "injected": {
            "cases": dict(total),
            "recall_any_place_rule": recall,
            "recall_confidence_ge_0.5": {k: round(found_conf[k] / total[k], 3) for k in total},
            "recall_expected_code": {k: round(exact[k] / total[k], 3) for k in total},
            "span_overlap": {k: round(span_ok[k] / total[k], 3) for k in total},
            "target_span_confidence_ge_0.5": {
                k: round(target_conf[k] / total[k], 3) for k in total
            },
            "recall_all": round(sum(found.values()) / max(1, sum(total.values())), 3),
            "organization_deleted": {
                "cases": org_total,
                "recall": round(org_found / max(1, org_total), 3),
            },
        },
        "mt_outputs": systems,
        "speed": {
            "rules_ms_per_1000_sentences": round(1000 * t_rules / n * 1000, 1),
            "kiwi_tokenize_ms_per_1000_sentences": round(1000 * t_tok / n * 1000, 1),
        },
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
    path = write_result("checks_places", result)
    if args.flags:
        args.flags.parent.mkdir(parents=True, exist_ok=True)
        with args.flags.open("w", encoding="utf-8") as fh:
            for rec in confident:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(path)
    print({k: result[k] for k in ("false_flags", "injected", "speed")})


if __name__ == "__main__":
    main()
