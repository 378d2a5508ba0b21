"""Departments named alone (`컴퓨터공학과가 8편`) get the university the article is talking about.

The matcher finds a department or school the gazetteer lacks (`…학과`, `…학부`, `…대학원`, and
`…연구소`/`…연구센터` in a sentence listing departments) without knowing whose it is. Here each one
becomes a unit of its university (written right after its university, `KAIST 전산학부는`, it is
not matched at all: the count is the university's, and so is the department named alone again later): the university named earlier in the same sentence, else the last
university written as a subject (`포스텍은 …`), else the nearest university named before it (the
headline's when the body names none). Its name is the university's and its own (`포스텍
컴퓨터공학과`), its id `pattern:<that name>`. A department with no university in sight stays a
pattern organization of its own name: its count is then its own, never another unit's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from extract.department_words import DEPT_WORD, SCHOOL_GAP
from extract.gazetteer import Gazetteers, fold
from extract.mentions import EntityMention

UNIVERSITY_WORD = re.compile(r"(?:대학교|대학|대|공대|과학기술원|과기원)$")
_SUBJECT_AFTER = re.compile(r"(?:은|는|이|가|도)(?![가-힣])")
_SENTENCE_END = re.compile(r"[.!?](?!\d)|\n")
# a university ranked in passing after the article's own (`서울대가 17편으로 뒤를 이었다`): no subject
_RANKED_ASIDE = re.compile(r"(?:이|가)\s[^.\n]{0,30}?(?:뒤를\s?(?:이었|잇|따랐|따르)|뒤이었|다음이었)")


def attach_departments(
    gaz: Gazetteers, fields: dict[str, str], entities: dict[str, list[EntityMention]]
) -> dict[str, list[EntityMention]]:
    """The mentions of each field, departments named alone made units of their university."""
    if not any(e.department and e.parent is None for ms in entities.values() for e in ms):
        return entities
    seen: list[tuple[EntityMention, str, str]] = []  # (mention, university id, university name)
    subjects: list[tuple[EntityMention, str, str]] = []
    prefixed: dict[tuple[str, str], EntityMention] = {}  # (university id, department) -> university mention
    out: dict[str, list[EntityMention]] = {}
    for field in ("title", "text"):
        if field not in entities:
            continue
        text = fields[field]
        in_field: list[EntityMention] = []
        for e in entities[field]:
            if e.department and e.parent is None:
                e = _attached(gaz, e, text, field, seen, subjects, prefixed)
            elif e.kind == "org":
                university = _university(gaz, e)
                if university is not None:
                    seen.append((e, *university))
                    gap = SCHOOL_GAP.match(text, e.end)
                    written = DEPT_WORD.match(text, gap.end()) if gap and gap.end() > e.end else None
                    if written is not None:  # `KAIST 전산학부는`: the article counts it as KAIST
                        prefixed[(university[0], written.group(1))] = e
                    if _SUBJECT_AFTER.match(text, e.end) and not _RANKED_ASIDE.match(text, e.end):
                        subjects.append((e, *university))
            in_field.append(e)
        out[field] = in_field
    return out


def _attached(
    gaz: Gazetteers,
    dept: EntityMention,
    text: str,
    field: str,
    seen: Sequence[tuple[EntityMention, str, str]],
    subjects: Sequence[tuple[EntityMention, str, str]],
    prefixed: dict[tuple[str, str], EntityMention],
) -> EntityMention:
    same_field = [u for u in seen if u[0].field == field]
    nearest = same_field[-1] if same_field else (seen[-1] if seen else None)
    if nearest is None:
        return dept
    in_sentence = nearest[0].field == field and not _SENTENCE_END.search(text, nearest[0].end, dept.start)
    if in_sentence:
        chosen = nearest
    else:
        chosen = (
            _subject_for(dept, text, seen, subjects)
            if subjects
            else _headline_university(dept, seen) or nearest
        )
    university = prefixed.get((chosen[1], dept.text))
    if university is not None:  # named again alone after `KAIST 전산학부`: KAIST, as the first time
        return replace(dept, id=university.id, name=university.name, name_en=university.name_en,
                       source=university.source, department=False)  # fmt: skip
    name = f"{chosen[2]} {dept.name}"
    known = _known_unit(gaz, chosen[1], dept.name)
    if known is not None:  # 서울대 … 데이터사이언스대학원: the gazetteer's 서울대 데이터사이언스대학원
        entry = gaz.organizations[known]
        return replace(
            dept, id=known, name=entry.name, name_en=entry.name_en, source="gazetteer", parent=chosen[1]
        )
    return replace(dept, id=f"pattern:{fold(name)}", name=name, parent=chosen[1])


def _subject_for(
    dept: EntityMention,
    text: str,
    seen: Sequence[tuple[EntityMention, str, str]],
    subjects: Sequence[tuple[EntityMention, str, str]],
) -> tuple[EntityMention, str, str]:
    """The university a department named alone belongs to: the last one written as a subject in its
    paragraph, else the headline's one university (`고려대, ECCV 15편` … `KAIST는 지난 대회에서 9편을 냈었다.` ⏎
    `학부별로는 컴퓨터학과가 8편`) or the one it opens with, else the last subject."""
    in_paragraph = [
        u
        for u in subjects
        if u[0].field == dept.field and u[0].end <= dept.start and "\n" not in text[u[0].end : dept.start]
    ]
    if in_paragraph:
        return in_paragraph[-1]
    return _headline_university(dept, seen) or subjects[-1]


def _headline_university(
    dept: EntityMention, seen: Sequence[tuple[EntityMention, str, str]]
) -> tuple[EntityMention, str, str] | None:
    """For a department in the body, the headline's one university, or the one the headline opens
    with (`연세대, … 서울대 17편 제쳐`), if any."""
    if dept.field != "text":
        return None
    headline = {u[1]: u for u in seen if u[0].field == "title"}
    if len(headline) == 1:
        return next(iter(headline.values()))
    return next((u for u in seen if u[0].field == "title" and u[0].start <= 2), None)


def _known_unit(gaz: Gazetteers, university: str, dept_name: str) -> str | None:
    """The gazetteer unit of the university spelled as the university and the department."""
    if university not in gaz.organizations:
        return None
    dept = fold(dept_name)
    prefixes = {""} | {fold(sp) for sp in gaz.organizations[university].spellings()}
    for org in gaz.organizations.values():
        if university in gaz.ancestors(org.id):
            for sp in org.spellings():
                folded = fold(sp)
                if folded.endswith(dept) and folded[: len(folded) - len(dept)] in prefixes:
                    return org.id
    return None


def _university(gaz: Gazetteers, e: EntityMention) -> tuple[str, str] | None:
    """The university an organization mention stands for (a university's unit stands for it), or None."""
    if e.source == "pattern":
        if e.parent is not None:
            return _top_university(gaz, e.parent)
        return (e.id, e.name) if UNIVERSITY_WORD.search(e.name) else None
    return _top_university(gaz, e.id)


def _top_university(gaz: Gazetteers, org_id: str) -> tuple[str, str] | None:
    chain = [org_id, *gaz.ancestors(org_id)] if org_id in gaz.organizations else []
    universities = [i for i in chain if gaz.organizations[i].type == "university"]
    if not universities:
        return None
    top = universities[-1]
    return top, gaz.organizations[top].name
