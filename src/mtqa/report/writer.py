"""Writing a report folder article by article, so memory does not grow with the batch.

Everything goes into a temporary sibling folder; :meth:`ReportWriter.close` moves it into place
(replacing an older report), so a report on disk is never half-written.

Files (by format): ``html`` -> index.html + articles/*.html; ``json`` -> findings.json (run +
documents) and documents.jsonl; ``csv`` -> findings.csv + documents.csv; ``junit`` -> junit.xml;
``github`` -> github-annotations.txt (print it in a workflow step).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import Any

from mtqa.errors import InputError
from mtqa.gate import GatePolicy
from mtqa.report import github, html, junit, tables
from mtqa.report.safe import SafeNames
from mtqa.report.summary import DocSummary, RunSummary, summarize

FORMATS = frozenset({"html", "json", "csv", "junit", "github"})
DEFAULT_FORMATS = frozenset({"html", "json", "csv", "junit"})
_JSONL = "documents.jsonl"
_JUNIT_PARTS = ".junit-cases.xml"


class ReportWriter:
    """Streams per-article outputs as they come and writes the batch files at :meth:`close`."""

    def __init__(
        self,
        outdir: Path | str,
        run: Mapping[str, Any],
        policy: GatePolicy | None = None,
        formats: set[str] | frozenset[str] = DEFAULT_FORMATS,
    ) -> None:
        self.outdir = Path(outdir)
        unknown = sorted(set(formats) - FORMATS)
        if unknown:
            raise InputError(
                None, f"unknown report format(s) {', '.join(unknown)} (known: {sorted(FORMATS)})"
            )
        if self.outdir.exists() and not self.outdir.is_dir():
            raise InputError(self.outdir, "exists and is a file, not a folder for the report")
        self.run = dict(run)
        self.policy = policy or GatePolicy()
        self.formats = frozenset(formats)
        parent = self.outdir.absolute().parent
        try:
            parent.mkdir(parents=True, exist_ok=True)
            self.tmp = Path(tempfile.mkdtemp(prefix=f".{self.outdir.name}.tmp-", dir=parent))
            self.tmp.chmod(0o755)  # mkdtemp makes it private; a report is meant to be shared
        except OSError as err:
            raise InputError(parent, f"cannot create the report folder: {err.strerror}") from None
        (self.tmp / "articles").mkdir()
        self.names = SafeNames()
        self.docs: list[DocSummary] = []
        self._jsonl = (self.tmp / _JSONL).open("w", encoding="utf-8")
        self._junit = (self.tmp / _JUNIT_PARTS).open("w", encoding="utf-8")
        self._github = (
            (self.tmp / "github-annotations.txt").open("w", encoding="utf-8")
            if "github" in self.formats
            else None
        )
        self.closed = False

    def add(self, doc: Mapping[str, Any]) -> DocSummary:
        """Write one article's page, JSON line, CSV rows, test case and annotations now."""
        if self.closed:
            raise RuntimeError("ReportWriter is closed")
        doc_id = str(doc.get("doc_id", ""))
        page = None
        if "html" in self.formats:
            page = f"articles/{self.names.name(doc_id)}.html"
        summary = summarize(doc, self.policy, page)
        if page:
            text = html.render_article(doc, summary, self.policy)
            (self.tmp / page).write_text(text, encoding="utf-8")
        self._jsonl.write(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n")
        if "csv" in self.formats:
            tables.append_findings(self.tmp / "findings.csv", doc)
        if "junit" in self.formats:
            self._junit.write(junit.testcase(doc, list(summary.reasons), self.policy) + "\n")
        if self._github:
            for line in github.annotation_lines(doc, self.policy):
                self._github.write(line + "\n")
        self.docs.append(summary)
        return summary

    def close(self, inputs: Mapping[str, Any] | None = None) -> RunSummary:
        """Write the batch files and move the finished report into place."""
        if self.closed:
            raise RuntimeError("ReportWriter is closed")
        inputs = dict(inputs or {})
        inputs.setdefault("paired", len(self.docs))
        self._jsonl.close()
        self._junit.close()
        if self._github:
            self._github.close()
        try:
            written = self._finish(inputs)
            self._swap()
        except BaseException:
            self.abort()
            raise
        self.closed = True
        return RunSummary(self.outdir, self.docs, written, inputs)

    def _finish(self, inputs: dict[str, Any]) -> list[str]:
        tmp = self.tmp
        result = RunSummary(self.outdir, self.docs, [], inputs)
        if "json" in self.formats:
            self._write_findings_json(tmp / "findings.json", inputs, result)
        else:
            (tmp / _JSONL).unlink()
        if "csv" in self.formats:
            tables.write_documents(tmp / "documents.csv", self.docs)
            if not (tmp / "findings.csv").exists():
                tables.append_findings(tmp / "findings.csv", {})
        if "junit" in self.formats:
            junit.write(tmp / "junit.xml", tmp / _JUNIT_PARTS, len(self.docs), result.failed)
        (tmp / _JUNIT_PARTS).unlink()
        if "html" in self.formats:
            page = html.render_index(
                self.docs, self.run, inputs, self.policy, result.rules(), result.counts()
            )
            (tmp / "index.html").write_text(page, encoding="utf-8")
        else:
            (tmp / "articles").rmdir()
        return sorted(str(p.relative_to(tmp)) for p in tmp.rglob("*") if p.is_file())

    def _write_findings_json(self, path: Path, inputs: dict[str, Any], result: RunSummary) -> None:
        """The run dict, the inputs and a summary, then the documents copied line by line."""
        head = {
            **self.run,
            "inputs": inputs,
            "gate": self.policy.to_dict(),
            "summary": {"documents": len(self.docs), "failed": result.failed, **result.counts()},
        }
        text = json.dumps(head, ensure_ascii=False, indent=1)
        with path.open("w", encoding="utf-8") as out:
            out.write(text[: text.rindex("}")].rstrip() + ',\n "documents": [\n')
            with (self.tmp / _JSONL).open(encoding="utf-8") as lines:
                for i, line in enumerate(lines):
                    out.write(("" if i == 0 else ",\n") + line.rstrip("\n"))
            out.write("\n ]\n}\n")

    def _swap(self) -> None:
        """Replace ``outdir`` with the finished temporary folder (old report removed after)."""
        old = None
        if self.outdir.is_dir():
            old = self.outdir.with_name(f".{self.outdir.name}.old-{os.getpid()}-{id(self)}")
            os.replace(self.outdir, old)
        os.replace(self.tmp, self.outdir)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def abort(self) -> None:
        """Drop everything written so far; an existing report stays untouched."""
        for f in (self._jsonl, self._junit, self._github):
            if f is not None and not f.closed:
                f.close()
        shutil.rmtree(self.tmp, ignore_errors=True)
        self.closed = True

    def __enter__(self) -> ReportWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is not None and not self.closed:
            self.abort()
