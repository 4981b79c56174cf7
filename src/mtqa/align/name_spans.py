"""Where a Korean name went in the English, by word alignment (evidence for the name rules).

String and phonetic search (:mod:`mtqa.rules.persons`) resolve most person mentions; for the rest
the unit is aligned word by word (:func:`mtqa.align.words.align`, mutual argmax of layer-8 token
vectors of the shared encoder) and the English words linked to the Korean name's tokens are
returned. One forward pass per unit, only for units that need it, cached in ``view.doc.cache``.

Alignment is opt-in: ``Resources.options["name_alignment"] = True`` turns it on; otherwise, or
when the encoder cannot be loaded, callers keep their text-only evidence (``None`` is returned).
It is off by default because, measured with the bundled e5-small (bench/checks_names.py), it
barely separates a right rendering from a wrong one: the English word aligned to an unresolved
name was a name-like run sounding like it (phonetic >= 0.5) for 7 of 51 unresolved mentions in
human references but also for 11 of 279 deleted names, and turning it on moved false flags shown
from 0.52 to 0.50 per 100 sentences while lowering shown recall of deleted names 0.62 -> 0.60.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mtqa.align.words import WordLink, align
from mtqa.errors import ModelError
from mtqa.rules.base import UnitView
from mtqa.text.en_match import words as en_words

OPTION = "name_alignment"
MAX_GAP = 1  # English words allowed between two linked words of one name span
_FAILED: dict[str | None, str] = {}  # encoder name -> why it could not be loaded


def encoder_for(resources: Any) -> Any | None:
    """The run's shared encoder, or None when alignment is off or the encoder cannot load."""
    if not resources.options.get(OPTION, False):
        return None
    shared = getattr(type(resources), "encoder", None)
    if shared is not None:  # Resources.encoder (a cached property), when the run provides one
        try:
            return resources.encoder
        except ModelError:
            return None
    name = resources.encoder_name
    if name in _FAILED:
        return None
    from mtqa.models.encoder import load_encoder  # cached per process by name and device

    try:
        return load_encoder(name)
    except ModelError as err:
        _FAILED[name] = str(err)
        return None


def unit_links(view: UnitView) -> list[WordLink] | None:
    """Word links of the unit (cached per unit), or None without an encoder."""
    key = f"name_spans.links:{view.unit.index}"
    cache = view.doc.cache
    if key not in cache:
        encoder = encoder_for(view.resources)
        if encoder is None:
            cache[key] = None
        else:
            cache[key] = align(encoder, [view.source_text], [view.target_text])[0]
    links: list[WordLink] | None = cache[key]
    return links


def target_span(
    source: tuple[int, int], links: Sequence[WordLink], target_text: str
) -> tuple[int, int] | None:
    """The English word run linked to the Korean span ``source`` (strongest link's cluster)."""
    hits = [lk for lk in links if lk.source[0] < source[1] and source[0] < lk.source[1]]
    if not hits:
        return None
    ws = en_words(target_text)
    linked = sorted(
        {
            i
            for lk in hits
            for i, (s, e, _) in enumerate(ws)
            if s < lk.target[1] and lk.target[0] < e
        }
    )
    if not linked:
        return None
    best = max(hits, key=lambda lk: lk.score)
    anchor = next(
        (i for i, (s, e, _) in enumerate(ws) if s < best.target[1] and best.target[0] < e),
        linked[0],
    )
    lo = hi = anchor
    for i in linked:  # grow the cluster around the strongest link over small gaps
        if hi < i <= hi + 1 + MAX_GAP:
            hi = i
    for i in reversed(linked):
        if lo - 1 - MAX_GAP <= i < lo:
            lo = i
    return ws[lo][0], ws[hi][1]


def aligned_target_spans(
    view: UnitView, sources: Sequence[tuple[int, int]]
) -> list[tuple[int, int] | None] | None:
    """For each Korean span of the unit, the English span aligned to it; None without alignment."""
    links = unit_links(view)
    if links is None:
        return None
    return [target_span(s, links, view.target_text) for s in sources]
