"""Find organizations, conferences and countries in a text.

Gazetteer spellings are compiled into one trie-shaped regular expression per process (fast
on long texts: no alternation of hundreds of names is tried at every position). Spaces,
hyphens and middle dots in a spelling match an optional separator in the text, Latin letters
match in any case.

Overlap policy: every position yields its longest spelling; overlapping candidates are then
resolved globally, **the longest match wins, and on equal length the earlier start**. A match
must not continue a word on its left; on its right a Hangul name must be followed by a
particle or a non-Hangul character (`라인이` is LINE, `라인업` is not), a Latin one by a
non-letter.

Organizations the gazetteer lacks are recognised by form (source `pattern`, id
`pattern:<name>`): a Kiwi NNP/SL-led word ending in 대학교, 대, 연구원, 연구소, 전자, 랩스…,
and an English acronym before 연구팀/연구진/연구실.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from extract.gazetteer import Gazetteers, default_gazetteers, fold
from extract.kiwi_runtime import TokenLike
from output.schema import FieldName

Kind = Literal["org", "conf", "country"]

JOSA = (
    "으로는|으로|로는|로서|로써|에서는|에서도|에서|에게|에는|에도|에선|에|은|는|이다|이며|이고|이나|이랑|"
    "이라는|이란|이었|이|가|을|를|의|와의|과의|와|과|도|로|만|까지|부터|보다|처럼|나|랑|하고|뿐|측|등|"
    "서|께|마저|조차|다|였|며|고|엔|란|라는|연구진|연구팀|연구소|연구원|연구실|진영|단독|전체|관계자|"
    "계열|그룹|본사|코리아|논문|AI"
)
_HANGUL_END = rf"(?=[^가-힣]|$|(?:{JOSA}))"
_JOSA_RE = re.compile(rf"(?:{JOSA})")
_WORD_CHAR = re.compile(r"[0-9A-Za-z가-힣㈜]")  # a spelling starts with one of these
_SEPARATORS = frozenset(" -·‐._")
_GLOSS = re.compile(r"\([A-Za-z0-9&·\- ]{1,16}\)")  # an English gloss in parentheses


def _right_ok(text: str, end: int, last: str) -> bool:
    """A name may end here: Hangul names before a particle or non-Hangul, Latin before a non-letter."""
    if end >= len(text):
        return True
    nxt = text[end]
    if "가" <= last <= "힣":
        return not ("가" <= nxt <= "힣") or _JOSA_RE.match(text, end) is not None
    if last.isascii() and last.isalpha():
        return not (nxt.isascii() and nxt.isalpha())
    return True


_LEFT = r"(?<![0-9A-Za-z가-힣])"


@dataclass(frozen=True)
class EntityMention:
    """A name found in a field: which entity, where, and the year written next to it."""

    kind: Kind
    id: str
    name: str
    name_en: str | None
    source: Literal["gazetteer", "pattern"]
    start: int
    end: int
    text: str
    year: int | None = None
    field: FieldName = "text"
    parent: str | None = None  # for a unit named after a known organization: that organization
    department: bool = (
        False  # a department or school named alone (`컴퓨터공학과`): its university is the context's
    )


@dataclass(frozen=True)
class _Entry:
    kind: Kind
    id: str
    name: str
    name_en: str | None


# Names that begin with an organization's name but stand for a product, not the organization
# (`구글 스칼라에서 집계한 순위` names no Google research): matched so that the shorter
# organization name inside them is not, and then dropped.
NOT_ORGANIZATIONS = ("구글 스칼라", "구글 스콜라", "구글 학술검색", "Google Scholar")
_NOT_AN_ENTITY = _Entry("org", "", "", None)


class Matcher:
    """Gazetteer and pattern matching over one text; build once per Gazetteers."""

    def __init__(self, gazetteers: Gazetteers) -> None:
        self.gazetteers = gazetteers
        self._by_key: dict[str, _Entry] = {}
        for conf in gazetteers.conferences.values():
            for s in conf.spellings():
                self._by_key.setdefault(fold(s), _Entry("conf", conf.id, conf.name, None))
        for org in gazetteers.organizations.values():
            for s in org.spellings():
                self._by_key.setdefault(fold(s), _Entry("org", org.id, org.name, org.name_en))
        for country in gazetteers.countries.values():
            for s in country.spellings():
                entry = _Entry("country", f"country:{country.name_en}", country.name, country.name_en)
                self._by_key.setdefault(fold(s), entry)
        for name in NOT_ORGANIZATIONS:
            self._by_key[fold(name)] = _NOT_AN_ENTITY
        self._prefixes: set[str] = set()
        for key in self._by_key:
            for i in range(1, len(key)):
                self._prefixes.add(key[:i])
        firsts = {c for key in self._by_key for c in (key[0], key[0].upper()) if _WORD_CHAR.fullmatch(c)}
        # word starts whose first character begins some spelling: the only places worth a look
        self._starts = re.compile(
            r"(?<![0-9A-Za-z가-힣])[" + "".join(re.escape(c) for c in sorted(firsts)) + "]"
        )

    def find(
        self, text: str, tokens: Sequence[TokenLike] = (), field: FieldName = "text"
    ) -> list[EntityMention]:
        """Every entity mention in `text`, by the overlap policy, in text order."""
        candidates: list[EntityMention] = []
        by_key, prefixes = self._by_key, self._prefixes
        n = len(text)
        for m in self._starts.finditer(text):
            start = m.start()
            key = ""
            best: tuple[int, _Entry] | None = None
            i = start
            while i < n:
                ch = text[i]
                if ch in _SEPARATORS:
                    if i == start or text[i - 1] in _SEPARATORS:
                        break
                    i += 1
                    continue
                if ch in "\n\r\t":
                    break
                if ch == "(" and key and (gloss := _GLOSS.match(text, i)) is not None:
                    i = gloss.end()  # `LG 인공지능(AI) 연구원`: a gloss inside a name is skipped
                    continue
                key += ch.casefold()
                i += 1
                entry = by_key.get(key)
                if entry is not None and len(key) >= 2 and _right_ok(text, i, ch):
                    best = (i, entry)
                if key not in prefixes:
                    break
            if best is not None and best[1] is not _NOT_AN_ENTITY:
                end, entry = best
                candidates.append(
                    EntityMention(
                        entry.kind,
                        entry.id,
                        entry.name,
                        entry.name_en,
                        "gazetteer",
                        start,
                        end,
                        text[start:end],
                        None,
                        field,
                    )
                )
        candidates.extend(units_of_known(text, candidates, field))
        candidates.extend(
            departments(text, candidates, field)
        )  # before pattern_orgs: wins a tie on equal span
        candidates.extend(pattern_orgs(text, tokens, field))
        chosen = _resolve_unit_tails(select_non_overlapping(candidates))
        return [self._with_year(text, c) if c.kind == "conf" else c for c in chosen]

    def _with_year(self, text: str, mention: EntityMention) -> EntityMention:
        """The conference mention with the year written next to it (`ICLR 2022`, `'22`,
        `2022 ICLR`) or given by its edition number (`제38회 AAAI`)."""
        year = _written_year(text, mention)
        if year is None:
            entry = self.gazetteers.conferences.get(mention.id)
            edition = _EDITION_BEFORE.search(text[max(0, mention.start - 16) : mention.start])
            if entry is not None and entry.edition_base is not None and edition is not None:
                year = entry.edition_base + int(edition.group(1))
        return mention if year is None else replace(mention, year=year)


_UNIT_SUFFIX = r"(?:랩스|랩|연구소|연구센터|센터|연구원|연구실|기술원|부문|리서치)"
_UNIT_AFTER = re.compile(
    rf"\s?((?:[A-Za-z0-9가-힣&]{{1,12}}\s)?[A-Za-z0-9가-힣&]{{0,12}}?{_UNIT_SUFFIX}){_HANGUL_END}"
)
_GENERIC_UNIT_STEMS = {
    "산하", "부설", "사내", "자체", "관련", "소속", "공동", "국내", "해외", "글로벌", "여러", "각",
    "수석", "책임", "선임", "전임", "주임", "객원", "박사후", "인턴", "데이터", "콜", "고객", "물류",
    "서비스", "컨택", "교육", "연수", "체험", "홍보", "개발", "기술",
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
        if m.start(1) == c.end and _JOSA_RE.match(text, c.end) and not text.startswith("의", c.end):
            continue  # 연세대에서는 인공지능학과: a particle, not a word of the unit's name
        stem_words = re.sub(_UNIT_SUFFIX + "$", "", unit).split()
        if not stem_words or any(w in _GENERIC_UNIT_STEMS for w in stem_words):
            continue
        if unit.endswith("연구원") and not re.search(r"[A-Za-z]|인공지능", unit):
            continue  # 삼성전자 연구원: researchers, not an institute
        if any(m.start(1) <= st < m.end(1) for st in starts) or re.fullmatch(r"[\d\s]+", stem_words[0]):
            continue
        name = re.sub(r"\s+", " ", text[c.start : m.end(1)])
        out.append(
            EntityMention(
                "org", f"pattern:{fold(name)}", name, None, "pattern", c.start, m.end(1),
                text[c.start : m.end(1)], None, field, parent=c.id,
            )
        )  # fmt: skip
    return out


_DEPT_SUFFIX = r"(?:학과|학부|대학원)"
DEPT_WORD = re.compile(  # 전기 및 전자공학부: one department
    rf"{_LEFT}((?:[가-힣]{{1,6}}\s?및\s?)?[가-힣A-Za-z][가-힣A-Za-z0-9]{{1,16}}{_DEPT_SUFFIX})(?=\s?\(|[^가-힣\s]|\s+\d|$|\s+(?:연구|교수|소속|등(?![가-힣])|[가-힣]{{2,4}}\s?교수)|(?:{JOSA}))"
)
_INSTITUTE_WORD = re.compile(
    rf"{_LEFT}([가-힣A-Za-z][가-힣A-Za-z0-9]{{1,16}}(?:연구소|연구센터)){_HANGUL_END}"
)
_GENERIC_DEPT_STEMS = {
    "일반", "전문", "특수", "해외", "국내", "소속", "해당", "관련", "같은", "전공", "명문", "주요", "상위",
    "대학", "본", "타", "각", "동", "모", "전체", "여러", "다른", "신설", "산하", "부설", "공동",
}  # fmt: skip
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?](?!\d)|\n|$)")
_DEPT_SUFFIX_ANYWHERE = re.compile(_DEPT_SUFFIX)


def departments(
    text: str, candidates: Sequence[EntityMention] = (), field: FieldName = "text"
) -> list[EntityMention]:
    """Departments and schools named alone, without their university before them (`컴퓨터공학과가 8편`,
    `전기전자공학부`, `인공지능대학원`),
    and institutes named alone in a sentence that lists departments (`…학과가 7편, 시각지능연구센터가
    2편`): pattern organizations whose university is given later, from the context."""
    out: list[EntityMention] = []
    if _DEPT_SUFFIX_ANYWHERE.search(text) is None:
        return out  # most texts name no department or school at all
    for sentence in _SENTENCE.finditer(text):
        a, b = sentence.span()
        found = [m for m in DEPT_WORD.finditer(text, a, b) if _dept_stem_ok(m.group(1), _DEPT_SUFFIX)]
        if found:
            found += [
                m
                for m in _INSTITUTE_WORD.finditer(text, a, b)
                if _dept_stem_ok(m.group(1), r"(?:연구소|연구센터)")
            ]
        for m in found:
            if any(c.kind == "org" and m.start(1) - 1 <= c.end <= m.start(1) for c in candidates):
                continue  # `KAIST 전산학부는`: written with its university, the university's (see departments.py)
            out.append(replace(_pattern_mention(m.group(1), m.start(1), field), department=True))
    return out


def _dept_stem_ok(word: str, suffix: str) -> bool:
    stem = re.sub(suffix + "$", "", word)
    return len(stem) >= 2 and stem not in _GENERIC_DEPT_STEMS


def _resolve_unit_tails(mentions: list[EntityMention]) -> list[EntityMention]:
    """A unit named again by its own last word (`현대자동차그룹 로보틱스랩` … `로보틱스랩은`) is
    that unit, not a new organization."""
    units: dict[str, EntityMention] = {}
    out: list[EntityMention] = []
    for m in mentions:
        if m.kind == "org" and m.source == "pattern":
            unit = units.get(m.text)
            if unit is not None and m.parent is None:
                m = replace(m, id=unit.id, name=unit.name, parent=unit.parent)
            elif m.parent is not None:
                units.setdefault(m.text.split()[-1], m)
        out.append(m)
    return out


def select_non_overlapping(candidates: list[EntityMention]) -> list[EntityMention]:
    """Longest first, then earliest start; drop any candidate overlapping one already kept."""
    kept: list[EntityMention] = []
    starts: list[int] = []  # sorted starts of kept spans; kept spans never overlap
    ends: list[int] = []
    for c in sorted(candidates, key=lambda c: (-(c.end - c.start), c.start, c.source != "gazetteer")):
        i = bisect.bisect_left(starts, c.end)  # kept spans starting before c ends: [0, i)
        if i and ends[i - 1] > c.start:
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


_YEAR_AFTER = re.compile(
    r"(?:\s*\([^()]{0,160}\))?\s*['’‘\"”“]?\s*(?:((?:19|20)\d{2})(?![\d년])|[’']([0-9]{2})(?!\d))"
)
_YEAR_BEFORE = re.compile(r"((?:19|20)\d{2})\s?['‘’]?\s?$")


_EDITION_BEFORE = re.compile(r"제\s?(\d{1,3})\s?회\s*(?:[가-힣A-Za-z]{1,8}\s)?$")


def _written_year(text: str, mention: EntityMention) -> int | None:
    m = _YEAR_AFTER.match(text, mention.end)
    year: int | None = None
    if m:
        year = int(m.group(1)) if m.group(1) else 2000 + int(m.group(2))
    else:
        b = _YEAR_BEFORE.search(text[max(0, mention.start - 8) : mention.start])
        if b:
            year = int(b.group(1))
    return year


_ORG_SUFFIX = (
    r"(?:대학교|대학|대|공대|과학기술원|과기원|연구원|연구소|전자|랩스|AI연구원|AI랩|AI센터|연구센터)"
)
_PATTERN_WORD = re.compile(
    rf"{_LEFT}((?:[A-Z][A-Za-z&]{{1,10}}\s)?[가-힣A-Za-z][가-힣A-Za-z&]{{0,14}}?{_ORG_SUFFIX}){_HANGUL_END}"
)
_PATTERN_WORD_LONGEST = re.compile(  # 새솔전자연구소: the shortest reading (새솔전자) is not the name
    rf"{_LEFT}((?:[A-Z][A-Za-z&]{{1,10}}\s)?[가-힣A-Za-z][가-힣A-Za-z&]{{0,14}}{_ORG_SUFFIX}){_HANGUL_END}"
)
_COMPANY_SUFFIX = re.compile(
    r"(?:데이터|로보틱스|테크|소프트|비전|바이오|모빌리티|시스템즈|솔루션즈?|네트웍스|에이아이|헬스케어|"
    r"인텔리전스|다이내믹스|머티리얼즈|웍스|랩스?|AI|반도체|소재|전자|제약|랩)$"
)
_GENERIC_NAME_STEMS = {
    "빅", "공공", "학습", "의료", "합성", "원천", "개인", "공개", "오픈", "음성", "영상", "이미지", "텍스트",
    "대용량", "대규모", "산업", "금융", "위성", "공간", "교통", "기상", "임상", "유전체", "생성형", "컴퓨터",
    "로봇", "반도체", "신소재", "첨단", "차세대", "국내", "해외", "글로벌", "전자", "생명", "의료용",
}  # fmt: skip
_SURNAMES = set(
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉"
)
_NAME_PARTICLES = {"은", "는", "이", "가", "도"}
_COUNT_AHEAD = re.compile(r"[^.\n]{0,80}?(?:\d+\s?(?:편|건)|논문)")
_UNAMBIGUOUS_SUFFIX = re.compile(
    r"(?:대학교|대학|과학기술원|과학기술연구원|연구소|랩스|AI연구원|AI랩|AI센터)$"
)
_SUBJECT_AFTER = re.compile(r"(?:은|는|이|가|도)(?![가-힣])")  # 한결전자는, 한결전자도
_ACRONYM_TEAM = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Z0-9&]{1,9})(?=\s?(?:연구팀|연구진|연구실|연구원들))")
_NOT_ORG_STEMS = {
    "최", "시", "세", "확", "기", "반", "절", "초", "극", "거", "강", "증", "연", "상", "이", "일",
    "현", "교", "근", "현시", "한", "중", "대", "학", "본", "해당", "각", "동", "국", "전",
}  # fmt: skip


def pattern_orgs(text: str, tokens: Sequence[TokenLike], field: FieldName = "text") -> list[EntityMention]:
    """Organizations recognised by form rather than by the gazetteer (source `pattern`)."""
    if not tokens:
        return []
    first_tag: dict[int, str] | None = None
    out: list[EntityMention] = []
    matches = itertools.chain(_PATTERN_WORD.finditer(text), _PATTERN_WORD_LONGEST.finditer(text))
    for m in matches:
        word = m.group(1)
        stem = re.sub(_ORG_SUFFIX + "$", "", word)
        if stem in _NOT_ORG_STEMS or len(word) < 3:
            continue
        if re.search(r"(?:^|\s)[가-힣]?(?:대|공대)$", word):
            continue  # ICRA 무대, 이 시대: a one-syllable stem before 대 is a common word
        unambiguous = _UNAMBIGUOUS_SUFFIX.search(word) or (
            word.endswith("전자") and _SUBJECT_AFTER.match(text, m.end(1))
        )
        if not (unambiguous and len(stem) >= 2):  # then Kiwi must read it as a proper noun
            if first_tag is None:
                first_tag = {t.start: t.tag for t in tokens}
            if first_tag.get(m.start(1)) not in ("NNP", "SL"):
                continue
        out.append(_pattern_mention(word, m.start(1), field))
    for m in _ACRONYM_TEAM.finditer(text):
        out.append(_pattern_mention(m.group(1), m.start(1), field))
    out.extend(_names_before_particle(text, tokens, field))
    return out


def _names_before_particle(text: str, tokens: Sequence[TokenLike], field: FieldName) -> list[EntityMention]:
    """Company and institute names written as a subject in a sentence about papers: a word Kiwi
    reads as a proper noun (`다온비전은`), a compound ending in a company word (`누리데이터도`,
    `한결소프트가`), or a quoted name (`'한빛로보틱스'는`) before 은/는/이/가/도."""
    out: list[EntityMention] = []
    for i, t in enumerate(tokens):
        if t.tag not in ("JX", "JKS") or t.form not in _NAME_PARTICLES or i == 0:
            continue
        if not _COUNT_AHEAD.match(text, t.start):
            continue  # not a sentence about papers
        end = t.start
        quoted = text[end - 1] in "'’\"”"
        if quoted:
            end -= 1
        start = end
        while start > 0:  # back over the word: what _WORD_CHAR matches, and &
            c = text[start - 1]
            if not ("가" <= c <= "힣" or (c.isascii() and c.isalnum()) or c in "㈜&"):
                break
            start -= 1
        if start == end or (quoted and (start == 0 or text[start - 1] not in "'‘\"“")):
            continue
        inside = [u for u in tokens[max(0, i - 8) : i] if start <= u.start < end]
        if not inside or any(u.tag[0] in "JEV" or u.tag in ("XSV", "XSA", "SN") for u in inside):
            continue
        if _looks_like_name(text, start, end, inside, quoted):
            out.append(_pattern_mention(text[start:end], start, field))
    return out


def _looks_like_name(text: str, start: int, end: int, run: Sequence[TokenLike], quoted: bool) -> bool:
    word = text[start:end]
    if not re.fullmatch(r"[가-힣][가-힣A-Za-z0-9]{1,14}", word):
        return False
    suffix = _COMPANY_SUFFIX.search(word)
    stem = word[: suffix.start()] if suffix else word
    if suffix and (len(stem) < 2 or stem in _GENERIC_NAME_STEMS):
        return False
    if quoted:
        return True
    if suffix and len(run) >= 2:
        return True
    if any(t.tag == "NNP" for t in run) and len(word) >= 3:
        return not (len(word) == 3 and word[0] in _SURNAMES and not suffix)  # 김민수는: a person
    return False


def _pattern_mention(word: str, start: int, field: FieldName) -> EntityMention:
    name = re.sub(r"\s+", " ", word)
    return EntityMention(
        "org", f"pattern:{fold(name)}", name, None, "pattern", start, start + len(word), word, None, field
    )


@cache
def default_matcher() -> Matcher:
    """The matcher over the packaged gazetteers, built once per process."""
    return Matcher(default_gazetteers())
