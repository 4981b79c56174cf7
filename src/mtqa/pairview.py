"""One Korean/English line pair as a one-unit document, as the rules see it.

Rule tests and benchmarks that check sentence pairs outside a full pipeline run (no
segmentation, no alignment) build their :class:`~mtqa.rules.base.DocView` here.
"""

from __future__ import annotations

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
