"""Hospitals named by form: `…대병원`, `…대학교병원`, `…대학병원` (a university's hospital) and `…의료원`.

A university's hospital is written glued to its university (`한양대의료원`, `에모리대학교병원`), so the
matcher finds no university there (`한양대의료원` even read as `한양대` + the particle 의). Such a
word is the gazetteer's hospital when one of its short and long forms is a spelling (`서울대학병원` →
`서울대병원`), else a unit of the university (source `pattern`, the university as parent, like the
units of `extract.patterns.units_of_known`), else, for a university the gazetteer lacks, an
organization of its own name. A stem of common words is none (`지방대병원`, `공공의료원`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.gazetteer import fold
from extract.mentions import HANGUL_END, LEFT, EntityMention
from extract.stems import generic_stem
from output.schema import FieldName

Lookup = Callable[[str], "tuple[str, str, str | None] | None"]  # folded key -> (id, name, name_en)

_SCHOOL_FORMS = ("대", "대학", "대학교")
_HOSPITAL = re.compile(
    rf"{LEFT}([가-힣][가-힣A-Za-z&]{{0,14}}?)(대학교|대학|대)(병원|의료원)장?{HANGUL_END}"
)  # `에모리대학교병원`, `한양대의료원장은`
_MEDICAL_CENTER = re.compile(rf"{LEFT}([가-힣]{{2,10}}?)(의료원)장?{HANGUL_END}")  # `부산의료원`


def hospitals(text: str, lookup: Lookup, field: FieldName = "text") -> list[EntityMention]:
    """Hospitals and medical centres written by form (see the module's docstring)."""
    out: list[EntityMention] = []
    if "병원" not in text and "의료원" not in text:
        return out  # both patterns need one of these words: most texts name no hospital
    for m in _HOSPITAL.finditer(text):
        stem, kind = m.group(1), m.group(3)
        skip, known, school = _listed_tail(stem, kind, lookup)
        if known is None and school is None and (len(stem) < 2 or generic_stem(stem)):
            continue
        out.append(_mention(text, m.start(1) + skip, m.end(3), field, known, school))
    for m in _MEDICAL_CENTER.finditer(text):
        stem = m.group(1)
        if generic_stem(stem) or re.search(r"대(?:학교?)?$", stem):
            continue  # `공공의료원`; `한양대의료원` is read above
        out.append(_mention(text, m.start(1), m.end(2), field, lookup(fold(stem + "의료원")), None))
    return out


def _listed_tail(
    stem: str, kind: str, lookup: Lookup
) -> tuple[int, tuple[str, str, str | None] | None, str | None]:
    """Where the stem's longest tail naming a listed hospital or university starts (`미국스탠퍼드` → 2:
    a place glued before the name is not part of it), that hospital, and that university's id."""
    for skip in range(len(stem) - 1):
        tail = stem[skip:]
        known = next(
            (h for form in _SCHOOL_FORMS if (h := lookup(fold(tail + form + kind))) is not None), None
        )
        school = next((h for form in _SCHOOL_FORMS if (h := lookup(fold(tail + form))) is not None), None)
        if known is not None or school is not None:
            return skip, known, school[0] if school else None
    return 0, None, None


def _mention(
    text: str,
    start: int,
    end: int,
    field: FieldName,
    known: tuple[str, str, str | None] | None,
    parent: str | None,
) -> EntityMention:
    word = text[start:end]
    if known is not None:  # `서울대학병원`: another form of a gazetteer hospital
        return EntityMention("org", known[0], known[1], known[2], "gazetteer", start, end, word, None, field)
    return EntityMention(
        "org", f"pattern:{fold(word)}", word, None, "pattern", start, end, word, None, field, parent=parent
    )
