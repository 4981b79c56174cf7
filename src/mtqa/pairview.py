"""One Korean/English line pair as a one-unit document, as the rules see it.

Rule tests and benchmarks that check sentence pairs outside a full pipeline run (no
segmentation, no alignment) build their :class:`~mtqa.rules.base.DocView` here: one pair as a
one-unit document (:func:`pair_doc`), or line-aligned sentences as a document (:func:`lines_doc`).
"""

from __future__ import annotations

from collections.abc import Sequence

from mtqa.records import Document, DocumentPair, Sentence, Unit
from mtqa.resources import Resources
from mtqa.rules.base import DocView, UnitView


def _sentences(text: str) -> list[Sentence]:
    return [Sentence(0, 0, len(text), text)] if text else []


def pair_doc(ko: str, en: str, resources: Resources, doc_id: str = "test") -> DocView:
    """A one-unit document pair: ``ko`` as the source, ``en`` as the translation."""
    source = Document.from_text(doc_id, ko, "ko")
    target = Document.from_text(doc_id, en, "en")
    src, tgt = _sentences(source.text), _sentences(target.text)
    unit = Unit(0, tuple(s.index for s in src), tuple(s.index for s in tgt))
    return DocView(DocumentPair(doc_id, source, target), src, tgt, [unit], resources)


def pair_view(ko: str, en: str, resources: Resources, doc_id: str = "test") -> UnitView:
    """The single :class:`UnitView` of :func:`pair_doc`."""
    doc = pair_doc(ko, en, resources, doc_id)
    return UnitView(doc, doc.units[0])


def _lines(lines: Sequence[str]) -> tuple[str, list[Sentence]]:
    out, pos = [], 0
    for i, line in enumerate(lines):
        out.append(Sentence(i, pos, pos + len(line), line))
        pos += len(line) + 1
    return "\n".join(lines), out


def lines_doc(
    ko: Sequence[str],
    en: Sequence[str],
    resources: Resources,
    doc_id: str = "test",
    units: Sequence[Unit] | None = None,
) -> DocView:
    """Line-aligned sentences as a document: one 1-1 unit per line unless ``units`` are given."""
    ko_text, ko_s = _lines(ko)
    en_text, en_s = _lines(en)
    pair = DocumentPair(
        doc_id, Document.from_text(doc_id, ko_text, "ko"), Document.from_text(doc_id, en_text, "en")
    )
    chosen = list(units) if units is not None else [Unit(i, (i,), (i,)) for i in range(len(ko))]
    return DocView(pair, ko_s, en_s, chosen, resources)
