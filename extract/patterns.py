"""Organizations the gazetteer lacks, found by their form (source `pattern`, id `pattern:<name>`).

Units named after a known organization (`현대자동차그룹 로보틱스랩`), departments and schools
(`전기및전자공학부`), and Kiwi NNP/SL-led words ending in 대학교, 대, 연구원, 연구소, 전자, 랩스…,
or an English acronym before 연구팀/연구진/연구실.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import replace

from extract.department_words import (
    DEPT_SUFFIX,
    DEPT_SUFFIX_ANYWHERE,
    DEPT_WORD,
    GENERIC_DEPT_STEMS,
    SCHOOL_GAP,
)
from extract.gazetteer import fold
from extract.kiwi_runtime import TokenLike
from extract.mentions import HANGUL_END, JOSA_RE, LEFT, EntityMention
from extract.stems import generic_stem
from output.schema import FieldName

_UNIT_SUFFIX = r"(?:랩스|랩|연구소|연구센터|센터|연구원|연구실|기술원|부문|리서치)"
_UNIT_AFTER = re.compile(
    rf"\s?((?:[A-Za-z0-9가-힣&]{{1,12}}\s)?[A-Za-z0-9가-힣&]{{0,12}}?{_UNIT_SUFFIX})장?{HANGUL_END}"
)  # `삼성디스플레이 디스플레이연구소장은`: the unit's head names the unit
_UNIT_SUFFIX_END = re.compile(_UNIT_SUFFIX + "$")
_LATIN_OR_AI = re.compile(r"[A-Za-z]|인공지능")
_DIGITS_ONLY = re.compile(r"[\d\s]+")
_SPACES = re.compile(r"\s+")
_PARTICLE_END = re.compile(r"[가-힣](?:으로|에서|에게|에는|보다|부터|까지|처럼|와|과|을|를|은|는|도|의)$")
GENERIC_UNIT_STEMS = {
    "산하", "부설", "사내", "자체", "관련", "소속", "공동", "국내", "해외", "글로벌", "여러", "각",
    "수석", "책임", "선임", "전임", "주임", "객원", "박사후", "인턴", "데이터", "콜", "고객", "물류",
    "서비스", "컨택", "교육", "연수", "체험", "홍보", "개발", "기술", "및", "그리고", "또는",
}  # fmt: skip


def units_of_known(
    text: str, candidates: Sequence[EntityMention], field: FieldName = "text"
) -> list[EntityMention]:
    """Units the gazetteer lacks, named after a known organization (`현대자동차그룹 로보틱스랩`,
    `삼성전자 DS부문 AI센터`, `LG유플러스 AI연구소`): pattern organizations with that parent."""
    out: list[EntityMention] = []
    starts = {c.start for c in candidates}
    for c in candidates:
        if c.kind != "org":
            continue
        m = _UNIT_AFTER.match(text, c.end)
        if m is None:
            continue
        unit = m.group(1)
        if m.start(1) == c.end and JOSA_RE.match(text, c.end) and not text.startswith("의", c.end):
            continue  # 연세대에서는 인공지능학과: a particle, not a word of the unit's name
        stem_words = _UNIT_SUFFIX_END.sub("", unit).split()
        if not stem_words or any(w in GENERIC_UNIT_STEMS for w in stem_words):
            continue
        if " " in unit and _PARTICLE_END.search(unit.split()[0]):
            continue  # `KAIST 다음으로 누리랩스`: a word with a particle ends the parent's phrase
        if unit.endswith("연구원") and not _LATIN_OR_AI.search(unit):
            continue  # 삼성전자 연구원: researchers, not an institute
        if any(m.start(1) <= st < m.end(1) for st in starts) or _DIGITS_ONLY.fullmatch(stem_words[0]):
            continue
        name = _SPACES.sub(" ", text[c.start : m.end(1)])
        out.append(
            EntityMention(
                "org", f"pattern:{fold(name)}", name, None, "pattern", c.start, m.end(1),
                text[c.start : m.end(1)], None, field, parent=c.id,
            )
        )  # fmt: skip
    return out


_INSTITUTE_WORD = re.compile(rf"{LEFT}([가-힣A-Za-z][가-힣A-Za-z0-9]{{1,16}}(?:연구소|연구센터)){HANGUL_END}")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?](?!\d)|\n|$)")


def departments(
    text: str, candidates: Sequence[EntityMention] = (), field: FieldName = "text"
) -> list[EntityMention]:
    """Departments and schools named alone, without their university before them (`컴퓨터공학과가 8편`,
    `전기전자공학부`, `인공지능대학원`),
    and institutes named alone in a sentence that lists departments (`…학과가 7편, 시각지능연구센터가
    2편`): pattern organizations whose university is given later, from the context."""
    out: list[EntityMention] = []
    if DEPT_SUFFIX_ANYWHERE.search(text) is None:
        return out  # most texts name no department or school at all
    for sentence in _SENTENCE.finditer(text):
        a, b = sentence.span()
        if DEPT_SUFFIX_ANYWHERE.search(text, a, b) is None:
            continue  # every department word ends in one of these
        found = [m for m in DEPT_WORD.finditer(text, a, b) if _dept_stem_ok(m.group(1), DEPT_SUFFIX)]
        if found:
            found += [
                m
                for m in _INSTITUTE_WORD.finditer(text, a, b)
                if _dept_stem_ok(m.group(1), r"(?:연구소|연구센터)")
            ]
        for m in found:
            if any(
                c.kind == "org"
                and (m.start(1) - 1 <= c.end <= m.start(1) or SCHOOL_GAP.fullmatch(text, c.end, m.start(1)))
                for c in candidates
            ):
                continue  # `KAIST 전산학부는`: written with its university, the university's (see departments.py)
            if text[m.end(1) - 1] == "과" and any(
                c.kind == "org" and c.start == m.start(1) and c.end == m.end(1) - 1 for c in candidates
            ):
                continue  # `LG화학과의 공동 연구`: a listed name and the particle 과, no department
            out.append(replace(pattern_mention(m.group(1), m.start(1), field), department=True))
    return out


def _dept_stem_ok(word: str, suffix: str) -> bool:
    stem = re.sub(suffix + "$", "", word)
    return len(stem) >= 2 and stem not in GENERIC_DEPT_STEMS


_ORG_SUFFIX = (
    r"(?:대학교|대학|대|공대|과학기술원|과기원|연구원|연구소|전자|랩스|AI연구원|AI랩|AI센터|연구센터)"
)
_ORG_SUFFIX_END = re.compile(_ORG_SUFFIX + "$")
_ORG_SUFFIX_ANY = re.compile(_ORG_SUFFIX)
# what a pattern word is written in: letters, with a space after its English first word
_LETTER_RUN = re.compile(r"[가-힣A-Za-z&\s]+")
_ONE_SYLLABLE_DAE = re.compile(r"(?:^|\s)[가-힣]?(?:대|공대)$")
_PATTERN_WORD = re.compile(
    rf"{LEFT}((?:[A-Z][A-Za-z&]{{1,10}}\s)?[가-힣A-Za-z][가-힣A-Za-z&]{{0,14}}?{_ORG_SUFFIX}){HANGUL_END}"
)
_PATTERN_WORD_LONGEST = re.compile(  # 새솔전자연구소: the shortest reading (새솔전자) is not the name
    rf"{LEFT}((?:[A-Z][A-Za-z&]{{1,10}}\s)?[가-힣A-Za-z][가-힣A-Za-z&]{{0,14}}{_ORG_SUFFIX}){HANGUL_END}"
)


def named_by_form(name: str) -> bool:
    """Whether a pattern name carries an organization word of its own (대학교, 연구소, 전자, 데이터…),
    not only Kiwi's proper-noun reading."""
    return bool(COMPANY_SUFFIX.search(name) or ORG_WORD_END.search(name))


ORG_WORD_END = re.compile(
    r"(?:대학교|대학|대|공대|과학기술원|과기원|연구원|연구소|연구센터|센터|학과|학부|대학원)$"
)
COMPANY_SUFFIX = re.compile(
    r"(?:데이터|로보틱스|테크|소프트|비전|바이오|모빌리티|시스템즈|솔루션즈?|네트웍스|에이아이|헬스케어|"
    r"인텔리전스|다이내믹스|머티리얼즈|웍스|랩스?|AI|반도체|소재|전자|제약|랩)$"
)
GENERIC_NAME_STEMS = {
    "빅", "공공", "학습", "의료", "합성", "원천", "개인", "공개", "오픈", "음성", "영상", "이미지", "텍스트",
    "대용량", "대규모", "산업", "금융", "위성", "공간", "교통", "기상", "임상", "유전체", "생성형", "컴퓨터",
    "로봇", "반도체", "신소재", "첨단", "차세대", "국내", "해외", "글로벌", "전자", "생명", "의료용",
}  # fmt: skip
_UNAMBIGUOUS_SUFFIX = re.compile(
    r"(?:대학교|대학|과학기술원|과학기술연구원|연구소|랩스|AI연구원|AI랩|AI센터)$"
)
_SUBJECT_AFTER = re.compile(r"(?:은|는|이|가|도)(?![가-힣])")  # 한결전자는, 한결전자도
_ACRONYM_TEAM = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Z0-9&]{1,9})(?=\s?(?:연구팀|연구진|연구실|연구원들))")
# fields, not organizations (`KAIST의 HCI 연구진` is KAIST's)
_FIELD_ACRONYMS = frozenset({
    "AI", "IT", "ICT", "SW", "HW", "ML", "DX", "AX", "R&D", "CT", "MRI", "UX", "UI", "HCI", "NLP", "CV", "LLM", "RL",
})  # fmt: skip
_NOT_ORG_STEMS = {
    "최", "시", "세", "확", "기", "반", "절", "초", "극", "거", "강", "증", "연", "상", "이", "일",
    "현", "교", "근", "현시", "한", "중", "대", "학", "본", "해당", "각", "동", "국", "전", "단과", "초거",
}  # fmt: skip


def pattern_orgs(
    text: str, tokens: Sequence[TokenLike] | None, field: FieldName = "text", units: Collection[str] = ()
) -> list[EntityMention]:
    """Organizations recognised by form rather than by the gazetteer (source `pattern`). A word whose
    stem is only common words (`연구대학`, `생산기술연구소`) is none, unless it is the last word of a
    unit named after its organization in the text (`units`: `삼성디스플레이 디스플레이연구소` …
    `디스플레이연구소는`), which it then names again. Without a Kiwi reading (`tokens` None), none."""
    if tokens is None:
        return []
    first_tag: dict[int, str] | None = None
    out: list[EntityMention] = []
    for m in _org_words(text):
        reading = _word_reading(text, m, units)
        if reading is None:
            continue
        if reading == "tag":  # then Kiwi must read it as a proper noun
            if first_tag is None:
                first_tag = {t.start: t.tag for t in tokens}
            if first_tag.get(m.start(1)) not in ("NNP", "SL"):
                continue
        out.append(pattern_mention(m.group(1), m.start(1), field))
    for m in _ACRONYM_TEAM.finditer(text):
        if m.group(1) in _FIELD_ACRONYMS:
            continue  # `루닛 AI 연구팀`: a field, not a name
        out.append(pattern_mention(m.group(1), m.start(1), field))
    return out


def tag_spans(text: str) -> list[tuple[int, int]]:
    """Where `pattern_orgs` reads Kiwi's tags: the organization words that only a proper-noun reading
    makes names (any word may be a unit's last word here)."""
    return [m.span(1) for m in _org_words(text) if _word_reading(text, m, None) == "tag"]


def _word_reading(text: str, m: re.Match[str], units: Collection[str] | None) -> str | None:
    """What an organization word needs to be a name: `form` (its own suffix), `tag` (Kiwi's NNP or SL
    reading), or None (never one). `units` None: the word may be a unit's last word."""
    word = m.group(1)
    stem = _ORG_SUFFIX_END.sub("", word)
    if stem in _NOT_ORG_STEMS or len(word) < 3:
        return None
    if generic_stem(stem) and units is not None and word not in units:
        return None
    if _ONE_SYLLABLE_DAE.search(word):
        return None  # ICRA 무대, 이 시대: a one-syllable stem before 대 is a common word
    unambiguous = _UNAMBIGUOUS_SUFFIX.search(word) or (
        word.endswith("전자") and _SUBJECT_AFTER.match(text, m.end(1))
    )
    return "form" if unambiguous and len(stem) >= 2 else "tag"


def _org_words(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_PATTERN_WORD`, then of `_PATTERN_WORD_LONGEST`, over the text: both read only
    inside the runs of letters and spaces that hold an organization suffix (a run's end is seen as
    the end of the text, which the words' `HANGUL_END` takes as the character there: non-Hangul)."""
    runs = [m.span() for m in _LETTER_RUN.finditer(text) if _ORG_SUFFIX_ANY.search(text, *m.span())]
    return itertools.chain(
        (m for a, b in runs for m in _PATTERN_WORD.finditer(text, a, b)),
        (m for a, b in runs for m in _PATTERN_WORD_LONGEST.finditer(text, a, b)),
    )


def pattern_mention(word: str, start: int, field: FieldName) -> EntityMention:
    """A pattern organization named `word` at `start` (spaces inside folded to one)."""
    name = _SPACES.sub(" ", word)
    return EntityMention(
        "org", f"pattern:{fold(name)}", name, None, "pattern", start, start + len(word), word, None, field
    )
