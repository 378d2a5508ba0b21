"""Conference mentions that name no conference of their own: an acronym's Korean name glossed
by another acronym, and the kind of a list of conferences written after it."""

from __future__ import annotations

import itertools
import re

from extract.mentions import EntityMention


def glossed_by_acronym(text: str, chosen: list[EntityMention]) -> list[EntityMention]:
    """Conference mentions without a Korean name that its own parenthesis glosses as another
    conference (`국제정보디스플레이학회(IMID 2025)`: the acronym the writer chose, not the name's usual one)."""
    dropped: set[int] = set()
    for a, b in itertools.pairwise(chosen):
        if (
            a.kind == b.kind == "conf"
            and a.id != b.id
            and re.fullmatch(r"\s?\(\s?['‘\"“]?", text[a.end : b.start])
        ):
            dropped.add(id(a))
    return [c for c in chosen if id(c) not in dropped]


_AFTER_LIST = re.compile(r"\s?등\s?")  # between a list's last conference and a word of what the list is


def without_list_descriptions(text: str, chosen: list[EntityMention]) -> list[EntityMention]:
    """Conference mentions in Korean words right after a list of conferences and `등`: what the list
    is (`CVPR·ACL·AAAI 등 국제 인공지능(AI) 학회에서`, a kind, not one more conference)."""
    described = {
        id(b)
        for a, b in itertools.pairwise(chosen)
        if a.kind == b.kind == "conf"
        and "가" <= b.text[0] <= "힣"
        and _AFTER_LIST.fullmatch(text, a.end, b.start)
    }
    return [c for c in chosen if id(c) not in described]
