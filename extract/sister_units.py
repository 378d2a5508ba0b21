"""Units written short after their parent or a sister unit: `LG의 AI연구원` (the parent in the
genitive), `클로바 및 AI랩`, `네이버 클로바·서치`, `클로바와 서치` (a coordination whose second member
is named without the parent they share). Such a word is the gazetteer unit whose spelling is the
parent's name with the word (`LG AI연구원`, `네이버 AI랩`, `네이버 서치`); once read so, the same
word alone elsewhere in the text (`서치 1편`) is that unit too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from extract.gazetteer import Gazetteers, fold
from extract.mentions import JOSA_RE, EntityMention

Lookup = Callable[[str], "tuple[str, str, str | None] | None"]  # folded key -> (id, name, name_en)

# after an organization: the genitive (`LG의 AI연구원`) or a coordination (`클로바 및 AI랩`, `클로바·서치`)
_GENITIVE = re.compile(r"의\s?")
_COORDINATION = re.compile(r"\s?(?:및|와|과|·|ㆍ|,)\s?")
# a field word that is also a unit's short name (`크래프톤 AI`), and a noun it modifies after it
_FIELD_WORD = re.compile(r"AI|ai|인공지능")
_NOUN_AFTER = re.compile(r"\s[가-힣A-Za-z]")
_WORD = re.compile(r"[A-Za-z0-9가-힣&]{1,12}(?:\s[A-Za-z0-9가-힣&]{1,12})?")


def _right_ok(text: str, end: int) -> bool:
    """The word may end here: before a particle, or a character that is not Hangul."""
    return end >= len(text) or not ("가" <= text[end] <= "힣") or JOSA_RE.match(text, end) is not None


def _longest(text: str, start: int, prefixes: Sequence[str], lookup: Lookup) -> tuple[int, str] | None:
    """The longest word at `start` that, after one of the prefixes, is a gazetteer organization's spelling."""
    m = _WORD.match(text, start)
    if m is None:
        return None
    for end in range(m.end(), start, -1):
        if not _right_ok(text, end) or text[end - 1] == " ":
            continue
        for prefix in prefixes:
            found = lookup(prefix + fold(text[start:end]))
            if found is not None:
                return end, found[0]
    return None


def sister_units(
    text: str, candidates: Sequence[EntityMention], gaz: Gazetteers, lookup: Lookup
) -> list[EntityMention]:
    """Gazetteer units written short after their parent in the genitive or after a sister unit."""
    out: list[EntityMention] = []
    short: dict[str, str] = {}  # a word read as a unit -> the unit's id
    for c in candidates:
        if c.kind != "org" or c.source != "gazetteer":
            continue
        genitive = _GENITIVE.match(text, c.end)
        if genitive is not None and (hit := _longest(text, genitive.end(), [fold(c.text)], lookup)):
            end, org_id = hit
            if _FIELD_WORD.fullmatch(text, genitive.end(), end) and _NOUN_AFTER.match(text, end):
                continue  # `크래프톤의 AI 논문`: the field of what the parent did, not its unit `크래프톤 AI`
            if org_id != c.id and c.id in gaz.ancestors(org_id):
                out.append(_mention(text, c.start, end, org_id, gaz, c.field))
            continue
        coord = _COORDINATION.match(text, c.end)
        parents = gaz.ancestors(c.id)[:1]
        if coord is None or not parents:
            continue
        prefixes = [fold(s) for s in gaz.organizations[parents[0]].spellings()]
        hit = _longest(text, coord.end(), prefixes, lookup)
        if hit is not None and parents[0] in gaz.ancestors(hit[1]) and hit[1] != c.id:
            out.append(_mention(text, coord.end(), hit[0], hit[1], gaz, c.field))
            short.setdefault(text[coord.end() : hit[0]], hit[1])
    for word, org_id in short.items():  # `서치 1편` after `클로바와 서치`: the same unit
        for m in re.finditer(rf"(?<![0-9A-Za-z가-힣]){re.escape(word)}", text):
            if _right_ok(text, m.end()):
                out.append(_mention(text, m.start(), m.end(), org_id, gaz, candidates[0].field))
    return out


def _mention(text: str, start: int, end: int, org_id: str, gaz: Gazetteers, field: str) -> EntityMention:
    entry = gaz.organizations[org_id]
    return EntityMention(
        "org",
        org_id,
        entry.name,
        entry.name_en,
        "gazetteer",
        start,
        end,
        text[start:end],
        None,
        field,  # type: ignore[arg-type]
    )
