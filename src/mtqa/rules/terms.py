"""MT70x: the desk's termbase (``--termbase`` CSV or TBX), the most trusted source of forms.

A termbase term in the source must appear in the English as its preferred form or a listed
variant (MT701); a near-miss spelling is reported as a misspelling with the preferred form as the
suggestion. Forms the termbase marks deprecated are reported when used (MT702).
"""

from __future__ import annotations

from collections.abc import Iterator

from mtqa.lexicon.termbase import view_terms
from mtqa.records import Severity
from mtqa.rules.base import Example, Hit, UnitView, rule
from mtqa.rules.rendering import best_near, find_form, first_found


@rule(
    "MT701",
    "termbase-term",
    "Terminology/Inconsistent with termbase",
    Severity.MAJOR,
    "A termbase term is not rendered with the desk's English form.",
    "The source contains a term from the desk's termbase (matched with particles and endings "
    "stripped: 김지사는, 김지사의 match 김지사) and the English contains neither its preferred "
    "form nor a listed variant. When a word run is spelled close to one of them it is reported "
    "as a misspelling; otherwise the preferred form is suggested.",
    (
        Example(
            "김지사는 말했다.", "Gov. Kin said.", "termbase: 김지사 -> Governor Kim | Gov. Kim"
        ),
        Example("김지사는 말했다.", "The official said.", "termbase form missing"),
    ),
)
def termbase_term(view: UnitView) -> Iterator[Hit]:
    target = view.target_text
    if not target.strip():
        return
    seen: set[str] = set()
    for a, b, term in view_terms(view):
        if term.ko in seen:
            continue
        seen.add(term.ko)
        if first_found(target, term.accepted):
            continue
        near_hit = best_near(target, term.accepted)
        if near_hit:
            got = target[near_hit[0] : near_hit[1]]
            yield Hit(
                f"termbase term {term.ko}: '{got}' looks misspelled (desk form: {term.en})",
                source=(a, b),
                target=near_hit[:2],
                suggestion=term.en,
                confidence=0.8,
            )
        else:
            yield Hit(
                f"termbase term {term.ko} is not rendered as {term.en}",
                source=(a, b),
                suggestion=term.en,
                confidence=0.7,
            )


@rule(
    "MT702",
    "termbase-deprecated",
    "Terminology/Inconsistent with termbase",
    Severity.MAJOR,
    "A form the termbase marks deprecated is used for a termbase term.",
    "The termbase (TBX administrativeStatus deprecatedTerm-admn-sts or supersededTerm-admn-sts) "
    "lists English forms not to use for a term; one of them appears in the English of a unit "
    "whose source contains the term.",
    (Example("북한은 발표했다.", "The DPRK announced.", "deprecated: DPRK -> North Korea"),),
)
def termbase_deprecated(view: UnitView) -> Iterator[Hit]:
    target = view.target_text
    if not target.strip():
        return
    for a, b, term in view_terms(view):
        for form in term.deprecated:
            spans = find_form(target, form)
            if spans:
                yield Hit(
                    f"'{form}' is deprecated in the termbase for {term.ko}; use {term.en}",
                    source=(a, b),
                    target=spans[0],
                    suggestion=term.en,
                    confidence=0.85,
                )
                break
