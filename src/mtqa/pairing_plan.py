"""``--pair auto``: pair articles whose ids do not match, by content."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from mtqa.align.pairing import LOW_CONFIDENCE, pair_documents
from mtqa.io.decode import read_text
from mtqa.io.readers import InputPlan, PairSpec, TextRef, Unpaired
from mtqa.records import Document
from mtqa.text.segment import segment

if TYPE_CHECKING:
    from mtqa.pipeline import RunContext


def _sentences(u: Unpaired, lang: str, ctx: RunContext) -> list[str]:
    text = read_text(Path(u.origin), ctx.config.encoding)
    doc = Document.from_text(u.doc_id, text, lang, u.origin)
    return [s.text for s in segment(doc, ctx.resources.korean)]


def pair_unpaired(plan: InputPlan, ctx: RunContext) -> InputPlan:
    """Pair the source-only and translation-only articles of ``plan`` by their embeddings.

    Paired articles are checked with ``pair_confidence`` recorded (and marked in their metadata
    when the confidence is low); what stays unpaired is still listed. Manifest rows are not
    re-paired: a manifest says what goes together.
    """
    src_only = [u for u in plan.unpaired if u.missing == "target" and Path(u.origin).is_file()]
    tgt_only = [u for u in plan.unpaired if u.missing == "source" and Path(u.origin).is_file()]
    if not src_only or not tgt_only:
        return plan
    result = pair_documents(
        [(u.doc_id, _sentences(u, "ko", ctx)) for u in src_only],
        [(u.doc_id, _sentences(u, "en", ctx)) for u in tgt_only],
        ctx.encoder,
    )
    by_src = {u.doc_id: u for u in src_only}
    by_tgt = {u.doc_id: u for u in tgt_only}
    items = list(plan.items)
    done: set[tuple[str, str]] = set()
    for src_id, tgt_id, conf in result.pairs:
        s, t = by_src[src_id], by_tgt[tgt_id]
        low = conf < LOW_CONFIDENCE
        meta = {"paired_with": tgt_id, "pairing": "auto, low confidence" if low else "auto"}
        items.append(
            PairSpec(
                src_id,
                TextRef(s.origin, path=Path(s.origin)),
                TextRef(t.origin, path=Path(t.origin)),
                meta=meta,
                encoding=ctx.config.encoding,
                pair_confidence=round(conf, 3),
            )
        )
        done |= {(src_id, "target"), (tgt_id, "source")}
    left = [u for u in plan.unpaired if (u.doc_id, u.missing) not in done]
    return replace(plan, items=items, unpaired=left)
