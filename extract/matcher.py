"""Find organizations, conferences and countries in a text.

Every gazetteer spelling is folded (`gazetteer.fold`: case, spaces, hyphens and middle dots
removed) into one dictionary per process, with the set of its prefixes. The text is scanned
only from characters that begin some spelling; from each, characters are folded one by one
(separators skipped, an English gloss in parentheses read through: `LG 인공지능(AI) 연구원`)
while the key is still a prefix, and the longest spelling found wins.

Overlap policy: every position yields its longest spelling; overlapping candidates are then
resolved globally, **the longest match wins, and on equal length the earlier start**. A match
must not continue a word on its left; on its right a Hangul name must be followed by a
particle or a non-Hangul character (`라인이` is LINE, `라인업` is not), a Latin one by a
non-letter.

Organizations the gazetteer lacks are recognised by form in `extract.patterns`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from extract.cased_names import cased_spellings, written_in_its_case
from extract.conference_words import glossed_by_acronym, without_list_descriptions
from extract.gazetteer import Gazetteers, OrganizationEntry, default_gazetteers, fold
from extract.hospitals import hospitals
from extract.kiwi_runtime import TokenLike
from extract.mentions import JOSA_RE, EntityMention, Kind
from extract.org_forms import company_forms, without_bylines
from extract.particle_names import names_before_particle
from extract.patterns import departments, pattern_orgs, units_of_known
from extract.sister_units import sister_units
from extract.society_meetings import society_meetings
from output.schema import FieldName

_WORD_CHAR = re.compile(r"[0-9A-Za-z가-힣㈜]")  # a spelling starts with one of these
_SEPARATORS = frozenset(" -·‐._")
# a gloss in parentheses inside a name: English (`LG 인공지능(AI) 연구원`) or the name in Chinese
# characters, as wire copy writes foreign places (`칭화(清華)대학`, `난양(南洋)공과대학`)
_GLOSS = re.compile(r"\([A-Za-z0-9&·\- \u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{1,16}\)")
# characters that fold to themselves or their lower case and are read as they are (no separator,
# gloss or line break): two of these at a start are the start's first two key characters
_PLAIN = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ㈜") | frozenset(
    chr(c) for c in range(ord("가"), ord("힣") + 1)
)


# units whose head is written with 장 right after the name (`연구원장`, `연구소장`, `센터장`, `랩장`)
_HEADED_UNITS = ("연구원", "연구소", "연구센터", "센터", "랩", "기술원", "연구실")


def _right_ok(text: str, end: int, last: str) -> bool:
    """A name may end here: Hangul names before a particle or non-Hangul, Latin before a non-letter."""
    if end >= len(text):
        return True
    nxt = text[end]
    if "가" <= last <= "힣":
        if nxt == "장" and text.endswith(_HEADED_UNITS, 0, end):
            end += 1  # the unit's head names the unit (`배경훈 LG AI연구원장은`)
            nxt = text[end] if end < len(text) else " "
        return not ("가" <= nxt <= "힣") or JOSA_RE.match(text, end) is not None
    if last.isascii() and last.isalpha():
        if nxt in "./" and text[end + 1 : end + 2].isascii() and text[end + 1 : end + 2].isalnum():
            return False  # a web address (`www.kcers.or.kr`), not a name
        return not (nxt.isascii() and nxt.isalpha())
    return True


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
# the same for conference acronyms that are also other things' names (`RSS 피드`, `ACL 파열`, `EDM 페스티벌`,
# `VLSI 연구실`)
NOT_CONFERENCES = tuple(
    f"{acronym} {word}"
    for acronym, words in (
        ("RSS", ("피드", "리더", "구독")),
        ("ACL", ("파열", "부상", "손상", "재건", "수술")),
        ("EDM", ("음악", "페스티벌", "페스티발", "장르", "파티", "공연", "사운드")),
        ("MICRO", ("Top Picks", "톱픽스")),  # IEEE Micro's selection of papers, a magazine issue
        # a lab or a field named after chips (`아날로그·혼성신호 VLSI 국가중점연구실`), not the symposium
        (
            "VLSI",
            (
                "국가중점연구실",
                "국가중점실험실",
                "연구실",
                "실험실",
                "연구소",
                "연구센터",
                "설계",
                "회로설계",
                "시스템",
                "랩",
            ),
        ),
    )
    for word in words
)
_NOT_AN_ENTITY = _Entry("org", "", "", None)


def university_spellings(org: OrganizationEntry) -> tuple[str, ...]:
    """Forms the gazetteer need not list: a university's long forms (`마카오대` → `마카오대학`,
    `마카오대학교`, which also match `마카오 대학`: spaces are folded away; `…공대` → `…공과대학교`),
    a company with 사 (`제록스사`)."""
    if org.type == "company":
        # `제록스사로부터`, `미국 인텔사는`: a company written with 사 (company) glued to its name
        return tuple(s + "사" for s in org.spellings() if len(s) >= 2 and "가" <= s[-1] <= "힣")
    if org.type != "university":
        return ()
    spellings = org.spellings()
    return (
        *(s + tail for s in spellings if len(s) >= 3 and s.endswith("대") for tail in ("학", "학교")),
        *(s + "교" for s in spellings if len(s) >= 4 and s.endswith("대학")),  # `…공과대학` → `…공과대학교`
        # `캘리포니아공대` → `캘리포니아 공과 대학교`: 공대 is 공과대학 written short
        *(
            s[:-2] + tail
            for s in spellings
            if len(s) >= 4 and s.endswith("공대")
            for tail in ("공과대학", "공과대학교")
        ),
    )


def _plain_pairs(heads: Iterable[str]) -> frozenset[str]:
    """Every way two plain characters are written whose folded form is one of `heads` (`lg` → `lg`,
    `Lg`, `lG`, `LG`)."""
    out: set[str] = set()
    for head in heads:
        if all(c in _PLAIN for c in head):
            out.update(a + b for a in {head[0], head[0].upper()} for b in {head[1], head[1].upper()})
    return frozenset(out)


class Matcher:
    """Gazetteer and pattern matching over one text; build once per Gazetteers."""

    def __init__(self, gazetteers: Gazetteers) -> None:
        self.gazetteers = gazetteers
        self._cased = cased_spellings(gazetteers)  # `xAI`: matched only as written
        self._by_key: dict[str, _Entry] = {}
        for conf in gazetteers.conferences.values():
            for s in conf.spellings():
                self._by_key.setdefault(fold(s), _Entry("conf", conf.id, conf.name, None))
        for org in gazetteers.organizations.values():
            for s in (*org.spellings(), *university_spellings(org)):
                self._by_key.setdefault(fold(s), _Entry("org", org.id, org.name, org.name_en))
        for country in gazetteers.countries.values():
            for s in country.spellings():
                entry = _Entry("country", f"country:{country.name_en}", country.name, country.name_en)
                self._by_key.setdefault(fold(s), entry)
        for name in (*NOT_ORGANIZATIONS, *NOT_CONFERENCES):
            self._by_key[fold(name)] = _NOT_AN_ENTITY
        self._prefixes: set[str] = set()
        for key in self._by_key:
            for i in range(1, len(key)):
                self._prefixes.add(key[:i])
        firsts = {c for key in self._by_key for c in (key[0], key[0].upper()) if _WORD_CHAR.fullmatch(c)}
        self._pairs = _plain_pairs(key[:2] for key in self._by_key if len(key) >= 2)
        # word starts whose first character begins some spelling: the only places worth a look
        self._starts = re.compile(
            r"(?<![0-9A-Za-z가-힣])[" + "".join(re.escape(c) for c in sorted(firsts)) + "]"
        )

    def find(
        self, text: str, tokens: Sequence[TokenLike] | None = None, field: FieldName = "text"
    ) -> list[EntityMention]:
        """Every entity mention in `text`, by the overlap policy, in text order; without a Kiwi reading
        (`tokens` None), none of the names only tags find."""
        candidates = [c for c in self._gazetteer_mentions(text, field) if written_in_its_case(self._cased, c)]
        meetings = [  # a society written as its meeting is the meeting, unless the gazetteer lists it
            m
            for m in society_meetings(text, field)
            if not any(c.kind == "conf" and c.start < m.end and m.start < c.end for c in candidates)
        ]
        if meetings:
            held = {(m.start, m.end) for m in meetings}
            candidates = [*meetings, *(c for c in candidates if (c.start, c.end) not in held)]
        candidates.extend(sister_units(text, candidates, self.gazetteers, self.org_key))
        units = units_of_known(text, candidates, field)
        candidates.extend(units)
        candidates.extend(hospitals(text, self.org_key, field))
        candidates.extend(company_forms(text, candidates, field))
        # departments before pattern_orgs: they win a tie on equal span
        candidates.extend(departments(text, candidates, field))
        candidates.extend(pattern_orgs(text, tokens, field, {u.text.split()[-1] for u in units}))
        if tokens is not None:
            candidates.extend(names_before_particle(text, tokens, field))
        chosen = self._units_after_parents(
            text, _resolve_unit_tails(self.gazetteers, select_non_overlapping(candidates))
        )
        chosen = glossed_by_acronym(text, without_bylines(text, _without_country_modifiers(text, chosen)))
        chosen = without_list_descriptions(text, chosen)
        return [self._with_year(text, c) if c.kind == "conf" else c for c in chosen]

    def _gazetteer_mentions(self, text: str, field: FieldName) -> list[EntityMention]:
        """Every gazetteer spelling found in `text`: at each word start, the longest one."""
        candidates: list[EntityMention] = []
        by_key, prefixes = self._by_key, self._prefixes
        n = len(text)
        pairs = self._pairs
        for m in self._starts.finditer(text):
            start = m.start()
            if text[start + 1 : start + 2] in _PLAIN and text[start : start + 2] not in pairs:
                continue  # the first two characters begin no spelling: most word starts
            if (
                start > 1
                and text[start - 1] in "./"
                and text[start - 2].isascii()
                and text[start - 2].isalnum()
            ):
                continue  # inside a web address (`kcers.or.kr`, `ai.kaist.ac.kr`)
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
                    i = gloss.end()  # a gloss inside a name is skipped
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
        return candidates

    def org_key(self, key: str) -> tuple[str, str, str | None] | None:
        """The organization a folded spelling names, if any."""
        entry = self._by_key.get(key)
        return (entry.id, entry.name, entry.name_en) if entry is not None and entry.kind == "org" else None

    def _units_after_parents(self, text: str, mentions: list[EntityMention]) -> list[EntityMention]:
        """`삼성전자 SAIT`, `현대차그룹 AI연구소 포티투닷`: a parent (or a unit of that parent found by
        form) written right before the parent's own unit names the unit, not a list of two
        organizations: the mention before is dropped."""
        out: list[EntityMention] = []
        for m in mentions:
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.kind == "org"
                and m.kind == "org"
                and prev.end < m.start
                and not text[prev.end : m.start].strip()
                and (prev.id in (ancestors := self.gazetteers.ancestors(m.id)) or prev.parent in ancestors)
            ):
                out[-1] = m
                continue
            out.append(m)
        return out

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


def _gazetteer_unit_tail(gaz: Gazetteers, m: EntityMention) -> str | None:
    """What is left of a gazetteer unit's mention without its parent's name (`LG AI 연구원` → `AI연구원`)."""
    parent = gaz.organizations[m.id].parent if m.id in gaz.organizations else None
    if parent is None or parent not in gaz.organizations:
        return None
    folded = fold(m.text)
    for spelling in gaz.organizations[parent].spellings():
        key = fold(spelling)
        if key and folded.startswith(key) and len(folded) - len(key) >= 3:
            return folded[len(key) :]
    return None


def _resolve_unit_tails(gaz: Gazetteers, mentions: list[EntityMention]) -> list[EntityMention]:
    """A unit named again by its own last word (`현대자동차그룹 로보틱스랩` … `로보틱스랩은`; `LG AI
    연구원` … `AI연구원은`) is that unit, not a new organization."""
    units: dict[str, EntityMention] = {}
    out: list[EntityMention] = []
    for m in mentions:
        if m.kind == "org" and m.source == "gazetteer" and (tail := _gazetteer_unit_tail(gaz, m)):
            units.setdefault(tail, m)
        if m.kind == "org" and m.source == "pattern":
            unit = units.get(m.text) or units.get(fold(m.text))
            if unit is not None and m.parent is None:
                m = replace(m, id=unit.id, name=unit.name, name_en=unit.name_en, parent=unit.parent)
                m = replace(m, source=unit.source)
            elif m.parent is not None:
                units.setdefault(m.text.split()[-1], m)
        out.append(m)
    return out


def _without_country_modifiers(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """`미국 스탠퍼드대`, `중국 칭화대`: a country written right before an organization says where the
    organization is; it is no mention of its own (else `발표한 곳은 미국 스탠퍼드대다` had two owners).
    Inside a list (`소니, 미국 미시간대가 모두 5건`) it stays: there it joins the list's members."""
    return [
        m
        for i, m in enumerate(mentions)
        if not (
            m.kind == "country"
            and i + 1 < len(mentions)
            and mentions[i + 1].kind == "org"
            and text[m.end : mentions[i + 1].start] == " "
            and not _LIST_BEFORE.search(text, max(0, m.start - 4), m.start)
        )
    ]


_LIST_BEFORE = re.compile(r"(?:[,·]|[와과및]|그리고)\s*$")  # a list separator right before


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


@cache
def default_matcher() -> Matcher:
    """The matcher over the packaged gazetteers, built once per process."""
    return Matcher(default_gazetteers())
