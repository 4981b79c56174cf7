"""Colours of highlights: hue by MQM category, strength by severity, contrast checked (WCAG AA)."""

from __future__ import annotations

# Class suffix -> base colour. Full categories first, then families (the part before "/").
CATEGORY_COLOURS: dict[str, str] = {
    "mistranslation": "#d62728",
    "omission": "#ff7f0e",
    "addition": "#9467bd",
    "untranslated": "#8c564b",
    "accuracy": "#e377c2",
    "terminology": "#17becf",
    "fluency": "#1f77b4",
    "style": "#2ca02c",
    "locale": "#bcbd22",
    "other": "#7f7f7f",
}
_FULL = {
    "accuracy/mistranslation": "mistranslation",
    "accuracy/omission": "omission",
    "accuracy/addition": "addition",
    "accuracy/untranslated": "untranslated",
}
_FAMILY = {
    "accuracy": "accuracy",
    "terminology": "terminology",
    "fluency": "fluency",
    "style": "style",
    "locale convention": "locale",
    "locale": "locale",
}
# How much of the category colour is mixed into white, and the underline, per severity.
SEVERITY_TINT = {"minor": 0.22, "major": 0.42, "critical": 0.62}
SEVERITY_LINE = {"minor": "1px dotted", "major": "2px solid", "critical": "3px solid"}
TEXT_COLOUR = "#111111"


def category_class(category: str) -> str:
    """The CSS class suffix for an MQM category (a fixed, safe name)."""
    key = (category or "").strip().lower()
    if key in _FULL:
        return _FULL[key]
    return _FAMILY.get(key.split("/", 1)[0].strip(), "other")


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def mix_with_white(hex_colour: str, weight: float) -> str:
    r, g, b = (round(c * weight + 255 * (1 - weight)) for c in _rgb(hex_colour))
    return f"#{r:02x}{g:02x}{b:02x}"


def darken(hex_colour: str, factor: float = 0.55) -> str:
    r, g, b = (round(c * factor) for c in _rgb(hex_colour))
    return f"#{r:02x}{g:02x}{b:02x}"


def luminance(hex_colour: str) -> float:
    def chan(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (chan(c) for c in _rgb(hex_colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def highlight_background(cls: str, severity: str) -> str:
    return mix_with_white(CATEGORY_COLOURS[cls], SEVERITY_TINT[severity])


def highlight_css() -> str:
    """CSS rules for ``.hl.cat-X.sev-Y`` and the legend swatches (fixed names and hex colours)."""
    rules = []
    for cls, colour in CATEGORY_COLOURS.items():
        line = darken(colour)
        rules.append(f".sw.cat-{cls}{{background:{highlight_background(cls, 'major')};}}")
        for sev in SEVERITY_TINT:
            bg = highlight_background(cls, sev)
            rules.append(
                f".hl.cat-{cls}.sev-{sev}{{background:{bg};"
                f"border-bottom:{SEVERITY_LINE[sev]} {line};}}"
            )
    return "\n".join(rules)
