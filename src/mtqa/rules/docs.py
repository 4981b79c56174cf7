"""One documentation page per rule code, generated from the rule's own metadata (like pylint's)."""

from __future__ import annotations

from pathlib import Path

from mtqa.rules.base import Rule, all_rules


def rule_page(r: Rule) -> str:
    """Markdown page for one rule."""
    lines = [
        f"# {r.code} {r.name}",
        "",
        f"**{r.summary}**",
        "",
        "| | |",
        "|---|---|",
        f"| code | `{r.code}` |",
        f"| MQM category | {r.category} |",
        f"| default severity | {r.severity} |",
        f"| runs by default | {'yes' if r.default else f'no: select it with --select {r.code}'} |",
        "",
        "## What it finds",
        "",
        r.description,
        "",
    ]
    if r.examples:
        lines += ["## Examples", ""]
        for ex in r.examples:
            lines += [f"- Korean: {ex.source}", f"  English: {ex.target}", f"  Why: {ex.note}", ""]
    lines += [
        "## How to silence it",
        "",
        f"- For a run: `mtqa check ... --ignore {r.code}`.",
        f'- For a project: `ignore = ["{r.code}"]` under `[tool.mtqa]` in pyproject.toml '
        "or in mtqa.toml.",
        "- For one finding: dismiss it on the review page and pass the exported decisions file "
        "with `mtqa check --decisions FILE`; the same span in the same text stays dismissed.",
        "",
    ]
    return "\n".join(lines)


def index_page(rules: list[Rule]) -> str:
    rows = [
        f"| [{r.code}]({r.code}.md) | {r.name} | {r.category} | {r.severity} | {r.summary} |"
        for r in rules
    ]
    return "\n".join(
        [
            "# Rules",
            "",
            "| code | name | MQM category | severity | finds |",
            "|---|---|---|---|---|",
            *rows,
            "",
        ]
    )


def write_docs(outdir: Path) -> list[Path]:
    """Write ``<code>.md`` per rule and ``README.md`` as the index; returns the files written."""
    outdir.mkdir(parents=True, exist_ok=True)
    rules = all_rules()
    written = []
    for r in rules:
        p = outdir / f"{r.code}.md"
        p.write_text(rule_page(r), encoding="utf-8")
        written.append(p)
    idx = outdir / "README.md"
    idx.write_text(index_page(rules), encoding="utf-8")
    return [*written, idx]
