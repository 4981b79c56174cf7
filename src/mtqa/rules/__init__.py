"""Rule families; importing this package registers every rule.

Code ranges (never reused; see ``base.RETIRED``):
MT1xx coverage (omission, addition, length, inside merged units), MT2xx untranslated text,
MT3xx numbers and dates, MT4xx person names, MT5xx places, MT6xx titles,
MT7xx termbase and organizations, MT8xx neural evidence (word alignment, repetition).
"""

from mtqa.rules import (  # noqa: F401
    coverage,
    merged,
    name_consistency,
    neural,
    numbers,
    orgs,
    persons,
    places,
    terms,
    title_homographs,
    title_owners,
    title_status,
    titles,
)
