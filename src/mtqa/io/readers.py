"""Planning which articles to check, and loading each pair only when it is needed.

Three ways to give inputs (see :func:`plan_inputs`):

* two files: one article, its id the source file's stem;
* two folders: ``<id>.txt`` files paired by name (likewise an optional reference folder);
* a manifest (``.csv``, ``.tsv`` or ``.jsonl``) with columns ``id``, ``source``, ``translation``
  and optionally ``reference``; a cell holds the article text, or the path (relative to the
  manifest's folder) of a text file. Other columns are metadata carried to the output.

Planning reads no article text: :class:`PairSpec` objects are small and :meth:`PairSpec.load`
reads and decodes the files of one pair, so a big batch can be processed as a stream.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mtqa.errors import InputError
from mtqa.io.decode import read_text
from mtqa.io.manifest import MANIFEST_SUFFIXES, ManifestRow, read_manifest
from mtqa.records import Document, DocumentPair, Side

LANGS: dict[Side, str] = {"source": "ko", "target": "en", "reference": "en"}


@dataclass(frozen=True)
class TextRef:
    """Where one side of one article is: a file to read, or text given inline (a manifest cell)."""

    origin: str  # file path, or "manifest.csv:row 3"
    path: Path | None = None
    text: str | None = None

    def read(self, encoding: str | None = None) -> str:
        if self.path is not None:
            return read_text(self.path, encoding)
        return self.text or ""


@dataclass(frozen=True)
class PairSpec:
    """One article to check, not yet read."""

    doc_id: str
    source: TextRef
    target: TextRef
    reference: TextRef | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    encoding: str | None = None
    pair_confidence: float = 1.0  # below 1 when paired by content (``--pair auto``)

    def load(self) -> DocumentPair:
        """Read and decode the pair; raises :class:`InputError` naming a bad file."""
        return DocumentPair(
            self.doc_id,
            self._document(self.source, "source"),
            self._document(self.target, "target"),
            None if self.reference is None else self._document(self.reference, "reference"),
            meta=dict(self.meta),
            pair_confidence=self.pair_confidence,
        )

    def _document(self, ref: TextRef, side: Side) -> Document:
        return Document.from_text(self.doc_id, ref.read(self.encoding), LANGS[side], ref.origin)


@dataclass(frozen=True)
class Unpaired:
    """An article present on some sides only.

    ``missing`` says which side is absent. With ``missing == "reference"`` the pair is still
    checked (without a reference); otherwise the article is not checked.
    """

    doc_id: str
    missing: Side
    origin: str  # where the article's present side is


@dataclass(frozen=True)
class InputPlan:
    """The articles to check (in a stable order) and those that could not be paired."""

    items: list[PairSpec]
    unpaired: list[Unpaired] = field(default_factory=list)


def plan_inputs(
    source: Path,
    translation: Path | None,
    reference: Path | None = None,
    encoding: str | None = None,
) -> InputPlan:
    """Work out the article pairs from the command-line inputs, reading no article text."""
    source, translation = Path(source), None if translation is None else Path(translation)
    reference = None if reference is None else Path(reference)
    for p in (source, translation, reference):
        if p is not None and not p.exists():
            raise InputError(p, "not found")
    if translation is None:
        return _plan_manifest(source, reference, encoding)
    if source.is_dir() != translation.is_dir():
        raise InputError(
            translation,
            "SOURCE and TRANSLATION must both be files or both be folders "
            f"(SOURCE is a {'folder' if source.is_dir() else 'file'})",
        )
    if reference is not None and reference.is_dir() != source.is_dir():
        raise InputError(
            reference, f"the reference must be a {'folder' if source.is_dir() else 'file'} too"
        )
    if source.is_dir():
        return _plan_folders(source, translation, reference, encoding)
    if source.suffix.lower() in MANIFEST_SUFFIXES:
        raise InputError(source, "a manifest is given alone: omit TRANSLATION")
    ref = None if reference is None else TextRef(str(reference), path=reference)
    spec = PairSpec(
        source.stem,
        TextRef(str(source), path=source),
        TextRef(str(translation), path=translation),
        ref,
        encoding=encoding,
    )
    return InputPlan([spec])


def _plan_manifest(path: Path, reference: Path | None, encoding: str | None) -> InputPlan:
    if path.is_dir():
        raise InputError(path, "a folder of sources needs a folder of translations")
    if path.suffix.lower() not in MANIFEST_SUFFIXES:
        raise InputError(
            path,
            "without TRANSLATION, SOURCE must be a manifest (.csv, .tsv or .jsonl)",
        )
    if reference is not None:
        raise InputError(reference, "with a manifest, give references in its 'reference' column")
    manifest = read_manifest(path, encoding)
    items: list[PairSpec] = []
    unpaired: list[Unpaired] = []
    for row in manifest.rows:
        refs = {c: _cell_ref(path, row, c) for c in row.cells}
        src, tgt, ref = refs.get("source"), refs.get("translation"), refs.get("reference")
        if src is None or tgt is None:
            present = src or tgt or ref
            missing: Side = "source" if src is None else "target"
            unpaired.append(
                Unpaired(row.doc_id, missing, present.origin if present else row.origin)
            )
            continue
        if ref is None and manifest.has_reference:
            unpaired.append(Unpaired(row.doc_id, "reference", src.origin))
        items.append(PairSpec(row.doc_id, src, tgt, ref, dict(row.meta), encoding))
    return InputPlan(items, unpaired)


def _cell_ref(manifest: Path, row: ManifestRow, column: str) -> TextRef:
    """A manifest cell: the path of an existing file (relative to the manifest), else the text.

    A one-word cell ending in ``.txt`` that names no file is an error, not a one-word article.
    """
    value = row.cells[column]
    name = value.strip()
    if name and "\n" not in name:
        candidate = manifest.parent / name
        if _is_file(candidate):
            return TextRef(str(candidate), path=candidate)
        if name.lower().endswith(".txt") and not any(ch.isspace() for ch in name):
            raise InputError(manifest, f"row {row.number}: {column} file {name!r} not found")
    return TextRef(row.origin, text=value)


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except (OSError, ValueError):  # e.g. a sentence too long to be a file name
        return False


def _plan_folders(
    source: Path, translation: Path, reference: Path | None, encoding: str | None
) -> InputPlan:
    src, tgt = _text_files(source), _text_files(translation)
    ref = _text_files(reference) if reference is not None else {}
    items: list[PairSpec] = []
    unpaired: list[Unpaired] = []
    for doc_id in sorted(src.keys() | tgt.keys() | ref.keys()):
        s, t, r = src.get(doc_id), tgt.get(doc_id), ref.get(doc_id)
        present = next(str(p) for p in (s, t, r) if p is not None)
        if s is None or t is None:
            unpaired.append(Unpaired(doc_id, "source" if s is None else "target", present))
            continue
        if reference is not None and r is None:
            unpaired.append(Unpaired(doc_id, "reference", present))
        items.append(
            PairSpec(
                doc_id,
                TextRef(str(s), path=s),
                TextRef(str(t), path=t),
                None if r is None else TextRef(str(r), path=r),
                encoding=encoding,
            )
        )
    return InputPlan(items, unpaired)


def _text_files(folder: Path) -> dict[str, Path]:
    """``{id: path}`` for the ``*.txt`` files of a folder (not hidden, not in subfolders)."""
    found: dict[str, Path] = {}
    for p in sorted(folder.iterdir()):
        if p.suffix.lower() != ".txt" or p.name.startswith(".") or not p.is_file():
            continue
        if p.stem in found:
            raise InputError(folder, f"duplicate id {p.stem!r} ({found[p.stem].name}, {p.name})")
        found[p.stem] = p
    if not found:
        raise InputError(folder, "no .txt files in folder")
    return found
