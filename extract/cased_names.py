"""Names whose case is part of the name: a gazetteer spelling that opens with a small letter before a capital (`xAI`)
is matched only as written, so an all-caps acronym that folds onto it (`설명 가능한 AI(XAI)`) is not that name."""

from __future__ import annotations

import re

from extract.gazetteer import Gazetteers, fold
from extract.mentions import EntityMention

_MIXED_CASE = re.compile(r"[a-z][A-Z]")  # `xAI`, `iFlytek`: a small first letter before a capital


def cased_spellings(gaz: Gazetteers) -> dict[str, frozenset[str]]:
    """For each folded key of a mixed-case spelling, the spellings of that key as the gazetteer writes them."""
    cased: dict[str, set[str]] = {}
    for org in gaz.organizations.values():
        for spelling in org.spellings():
            if _MIXED_CASE.match(spelling):
                cased.setdefault(fold(spelling), set()).add(spelling)
    return {key: frozenset(written) for key, written in cased.items()}


def written_in_its_case(cased: dict[str, frozenset[str]], mention: EntityMention) -> bool:
    """Whether a gazetteer mention is written in its name's own case where the case is part of the name (`cased`:
    the gazetteer's `cased_spellings`)."""
    written = cased.get(fold(mention.text))
    return written is None or mention.text in written or mention.text.replace(" ", "") in written
