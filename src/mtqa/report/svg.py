"""Small charts drawn as inline SVG (no scripts, no remote resources); labels are escaped."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from markupsafe import Markup

BAR = "#1f5f99"
AXIS = "#444444"


def histogram(values: Sequence[float], title: str, bins: int = 20) -> Markup:
    """A histogram of ``values`` (empty note when there are none)."""
    vals = [v for v in values if isinstance(v, int | float)]
    if not vals:
        return Markup('<p class="muted">{}</p>').format(f"{title}: no values")
    lo, hi = min(vals), max(vals)
    if lo == hi:
        lo, hi = lo - 0.5, hi + 0.5
    counts = [0] * bins
    for v in vals:
        counts[min(int((v - lo) / (hi - lo) * bins), bins - 1)] += 1
    w, h, pad = 420, 160, 28
    bw = (w - 2 * pad) / bins
    top = max(counts)
    parts = [
        f'<svg class="chart" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" '
        f'aria-label="{escape(title)}: {len(vals)} values from {lo:.2f} to {hi:.2f}">',
        f"<title>{escape(title)}</title>",
    ]
    for i, c in enumerate(counts):
        bh = (h - 2 * pad) * c / top
        x, y = pad + i * bw, h - pad - bh
        b0 = lo + (hi - lo) * i / bins
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bw - 1:.1f}" height="{bh:.1f}" fill="{BAR}">'
            f"<title>{b0:.2f}–{b0 + (hi - lo) / bins:.2f}: {c}</title></rect>"
        )
    parts.append(
        f'<line x1="{pad}" y1="{h - pad}" x2="{w - pad}" y2="{h - pad}" stroke="{AXIS}"/>'
        f'<text x="{pad}" y="{h - 8}" font-size="11" fill="{AXIS}">{lo:.2f}</text>'
        f'<text x="{w - pad}" y="{h - 8}" font-size="11" fill="{AXIS}" '
        f'text-anchor="end">{hi:.2f}</text>'
        f'<text x="{pad}" y="{pad - 10}" font-size="11" fill="{AXIS}">max {top}</text></svg>'
    )
    return Markup("".join(parts))


def bars(items: Sequence[tuple[str, int]], title: str, limit: int = 20) -> Markup:
    """Horizontal bars, one per (label, count), largest first."""
    items = sorted(items, key=lambda kv: (-kv[1], kv[0]))[:limit]
    if not items:
        return Markup('<p class="muted">{}</p>').format(f"{title}: none")
    row, label_w, w = 18, 170, 420
    h = row * len(items) + 10
    top = max(c for _, c in items) or 1
    parts = [
        f'<svg class="chart" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="img" '
        f'aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
    ]
    for i, (label, c) in enumerate(items):
        y = 5 + i * row
        bw = (w - label_w - 40) * c / top
        short = label if len(label) <= 26 else label[:25] + "…"
        parts.append(
            f'<text x="{label_w - 6}" y="{y + 13}" font-size="11" fill="{AXIS}" '
            f'text-anchor="end">{escape(short)}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{bw:.1f}" height="{row - 6}" fill="{BAR}">'
            f"<title>{escape(label)}: {c}</title></rect>"
            f'<text x="{label_w + bw + 4:.1f}" y="{y + 13}" font-size="11" fill="{AXIS}">{c}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
