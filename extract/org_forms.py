"""Organizations recognised by more forms (round 19): company words, a group's prefix, and names
that are only listed.

- `company_forms` (matcher candidates, may own counts): a name ending in a company word of bio,
  pharma and materials reporting (`한결테라퓨틱스`, `누리 바이오사이언스`, `새솔제약`, `가온의료재단`),
  also after a Latin prefix (`XY바이오로직스`), and a compound of a listed group's Latin prefix
  the gazetteer lacks (`SK누리솔루션`, a unit of SK).
- `listed_forms` (listed among the organizations, never linked to a count): a company with its head
  in parentheses (`누리로(대표 박민지)`), a person's employer (`박민지 한결마이터스 대표`), a society or
  association by its form (`한국누리학회`, `일본 누리전기협회`), a national institute abroad
  (`일본 국립누리센터`), and the company a product is named after (`구글 스칼라` names Google).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from extract.gazetteer import fold
from extract.kiwi_runtime import TokenLike
from extract.mentions import HANGUL_END, JOSA_RE, LEFT, EntityMention
from extract.patterns import pattern_mention
from extract.stems import generic_stem
from output.schema import FieldName

OrgLookup = Callable[[str], "tuple[str, str, str | None] | None"]

_LONG_ENDINGS = (
    "테라퓨틱스|바이오사이언스|바이오사이언시스|바이오로직스|바이오컨버전스|바이오파마|파마슈티컬스?|"
    "일렉트로닉스|머티리얼즈|세미컨덕터|바이오텍|바이오테크|라이프사이언스|바이오랩"
)
_SHORT_ENDINGS = "제약|약품|파마|헬스케어|메디컬|메디칼|의료재단|바이오"
_GLUED = re.compile(
    rf"{LEFT}((?:[A-Z][A-Za-z&]{{0,5}}|[가-힣])[가-힣A-Za-z]{{0,9}}?(?:{_LONG_ENDINGS}|{_SHORT_ENDINGS})){HANGUL_END}"
)
_SPACED = re.compile(rf"{LEFT}([가-힣]{{2,8}}\s(?:{_LONG_ENDINGS})){HANGUL_END}")
_GENERIC_COMPANY_STEMS = frozenset(
    {
        "디지털", "스마트", "모바일", "원격", "글로벌", "국내", "해외", "동물", "정밀", "체외", "분자", "현장",
        "신약", "의", "한약", "천연", "원료", "완제", "일반", "전문", "복제", "혁신", "바이오", "국산", "수입",
        "미국", "중국", "일본", "유럽", "독일", "영국", "조기", "자가", "유전자", "동반", "AI", "인공지능",
        "암", "치매", "질병", "감염", "영상", "병리", "의료", "이", "그", "각", "타", "대형", "중견", "상위",
        "관련", "당시", "레드", "그린", "화이트", "K", "기존", "신규", "해당", "주요", "여러", "다른", "마약", "농약", "시약", "의약",
        "제약", "의약품", "국내외", "토종", "신생",
    }
)  # fmt: skip
_PARTICLE_END = re.compile(r"(?:은|는|이|가|을|를|의|와|과|에|도|로|서)$")
_GROUP_PREFIX = re.compile(r"[A-Z]{2,3}$")
_GROUP_COMPOUND = re.compile(r"[가-힣]{2,10}")
_COMPANY_WORD = re.compile(r"사(?:와|과|는|은|가|이|의|를|을|도|에|로|에서)?")  # `IBM사와`: IBM, the company
_TRAILING_JOSA = re.compile(r"(?:에서|으로|은|는|이|가|을|를|의|와|과|도|로|에)$")


def _stem_ok(stem: str) -> bool:
    latin = re.match(r"[A-Za-z&]+", stem)
    hangul = stem[latin.end() :] if latin else stem
    if latin and len(latin.group()) >= 2 and not hangul:
        return True
    return (
        len(stem) >= 2
        and stem not in _GENERIC_COMPANY_STEMS
        and hangul not in _GENERIC_COMPANY_STEMS
        and not generic_stem(hangul)
    )


def company_forms(text: str, candidates: Sequence[EntityMention], field: FieldName) -> list[EntityMention]:
    """Names ending in a company word of bio, pharma and materials reporting, and a listed group's
    Latin prefix glued to a word the gazetteer lacks (`SK누리솔루션`, with that group as parent)."""
    out: list[EntityMention] = []
    if re.search(rf"{_LONG_ENDINGS}|{_SHORT_ENDINGS}", text):
        for m in _GLUED.finditer(text):
            word = m.group(1)
            ending = re.search(rf"(?:{_LONG_ENDINGS}|{_SHORT_ENDINGS})$", word)
            if ending is not None and _stem_ok(word[: ending.start()]):
                out.append(pattern_mention(word, m.start(1), field))
        for m in _SPACED.finditer(text):
            word, start = m.group(1), m.start(1)
            first = word.split()[0]
            if _stem_ok(first) and not _PARTICLE_END.search(first):
                out.append(pattern_mention(word, start, field))
    for c in candidates:
        if c.kind != "org" or c.source != "gazetteer" or not _GROUP_PREFIX.fullmatch(c.text):
            continue
        run = _GROUP_COMPOUND.match(text, c.end)
        if run is None:
            continue
        tail = run.group()
        if JOSA_RE.match(text, c.end) or _COMPANY_WORD.fullmatch(tail):
            continue  # `LG측에`, `SK그룹은`, `IBM사와`: the group itself
        if len(tail) > 2 and (josa := _TRAILING_JOSA.search(tail)) is not None:
            tail = tail[: josa.start()]
        if len(tail) < 2 or generic_stem(tail) or tail in ("그룹", "계열", "측", "진영", "본사", "코리아"):
            continue
        word = text[c.start : c.end + len(tail)]
        out.append(pattern_mention(word, c.start, field))
    return out


_HEAD_IN_PARENS = re.compile(
    rf"{LEFT}((?:[A-Za-z][A-Za-z0-9&]{{0,8}})?[가-힣A-Za-z][가-힣A-Za-z0-9&]{{1,15}})\s?\("
    r"(?:대표이사|대표|CEO|회장|사장|총장|원장|장관|이사장|청장)\s[가-힣]{2,5}(?:[,·][^)]{0,24})?\)"
)  # `누리로(대표 박민지)`: a company with its head
_EMPLOYER = re.compile(
    rf"{LEFT}([가-힣]{{2,4}})\s((?:[A-Za-z][A-Za-z0-9&]{{0,8}})?[가-힣A-Za-z][가-힣A-Za-z0-9&]{{1,15}})\s"
    rf"(?:대표이사|대표|CEO|사장|회장|창업자|의장){HANGUL_END}"
)  # `박민지 한결마이터스 대표`: the person's company
_COUNTRY = "한국|대한|일본|미국|중국|영국|독일|프랑스|유럽|아시아|대만|국가"
_SOCIETY = re.compile(
    rf"{LEFT}((?:{_COUNTRY})\s?[가-힣][가-힣·]{{1,14}}?(?:학회|협회|연구조합|연합회|연맹|연구회|자율기구|재단))"
    r"(?=[^가-힣]|$|(?:은|는|이|가|을|를|의|와|과|도|에서|에|로|으로|측)(?![가-힣]))"
)
_FOREIGN_NATIONAL = re.compile(
    rf"{LEFT}(?:일본|중국|미국|대만|독일|영국|프랑스|싱가포르)\s?(국립[가-힣]{{2,12}}?(?:센터|연구소|연구원|병원))"
    rf"{HANGUL_END}"
)  # `일본 국립누리센터`
# `추계 대한누리학회에서`, `대한누리학회서 논문 9편`: the society's meeting, a venue
_MEETING_AFTER = re.compile(
    r"\s?(?:추계|춘계|정기|연례)?\s?(?:학술대회|학술회의|총회)|서(?![가-힣])|에서|에\s"
)
_MEETING_BEFORE = re.compile(r"(?:추계|춘계|제\s?\d+\s?차|\d{4}(?:년)?)\s?$")
_PRODUCT_OF = re.compile(r"(구글)\s?(?:스칼라|스콜라|학술\s?검색)|(Google) Scholar")
_SURNAMES = frozenset(
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉"
)
_GENERIC_HOLDERS = frozenset(
    {"공동", "각자", "전", "현", "신임", "초대", "상임", "회사", "업체", "기업", "법인", "스타트업", "자회사",
     "한국", "국가", "대표", "당시", "창업", "부", "부문", "사업", "지사", "지역", "팀", "연구소", "재단",
     "대학원", "대학", "학교", "병원", "센터", "연구원", "학회", "협회", "본부", "위원회", "정부", "부처"}
)  # fmt: skip


def listed_forms(
    text: str,
    tokens: Sequence[TokenLike],
    entities: Sequence[EntityMention],
    lookup: OrgLookup,
    field: FieldName,
) -> list[EntityMention]:
    """Organizations named outside the slots of a count: with their head in parentheses, as a
    person's employer, societies and national institutes by form, a product's maker. Listed among
    the organizations only (never linked to a count); none overlaps an entity already found."""
    found: list[EntityMention] = []
    if "(" in text:
        found += [_named(m.group(1), m.start(1), lookup, field) for m in _HEAD_IN_PARENS.finditer(text)]
    if re.search(r"대표|CEO|사장|회장|창업자|의장", text):
        found += _employers(text, tokens, entities, lookup, field)
    found += [_named(m.group(1), m.start(1), lookup, field) for m in _FOREIGN_NATIONAL.finditer(text)]
    found += [
        _named(m.group(1), m.start(1), lookup, field)
        for m in _SOCIETY.finditer(text)
        if not _MEETING_AFTER.match(text, m.end(1)) and not _MEETING_BEFORE.search(text, 0, m.start(1))
    ]
    found += listed_members(text, tokens, entities, lookup, field)
    for m in _PRODUCT_OF.finditer(text):
        maker = m.group(1) or m.group(2)
        found.append(_named(maker, m.start(), lookup, field))
    # a country a society's name opens with (`일본로봇학회`) is part of that name, no rival for its span
    taken = [(e.start, e.end, e.kind == "country") for e in entities]
    out: list[EntityMention] = []
    for f in found:
        if f.text in _GENERIC_HOLDERS or generic_stem(f.text):
            continue
        if f.source == "pattern" and any(
            a < f.end and f.start < b and not (country and f.start <= a and b < f.end)
            for a, b, country in taken
        ):
            continue
        taken.append((f.start, f.end, False))
        out.append(f)
    return out


def tag_spans(text: str) -> list[tuple[int, int]]:
    """Where `listed_forms` reads Kiwi's tags: a person and employer before a title, and lists of
    members ending in 등."""
    spans = [(m.start(1), m.end(2)) for m in _EMPLOYER.finditer(text)]
    if " 등" in text:
        spans += [m.span() for m in _LIST_RUN.finditer(text)]
    return spans


def _employers(
    text: str,
    tokens: Sequence[TokenLike],
    entities: Sequence[EntityMention],
    lookup: OrgLookup,
    field: FieldName,
) -> list[EntityMention]:
    tags: dict[int, tuple[str, int]] = {}
    out: list[EntityMention] = []
    for m in _EMPLOYER.finditer(text):
        if not tags:
            tags = {t.start: (t.tag, len(t.form)) for t in tokens}
        person, company = m.group(1), m.group(2)
        if person[0] not in _SURNAMES or tags.get(m.start(1)) != ("NNP", len(person)):
            continue  # the word before must be read as one proper noun: a person's name
        if any(e.start < m.end(1) and m.start(1) < e.end for e in entities) or _PARTICLE_END.search(company):
            continue  # `한결제약 박민지 사장`: the company first, then the person
        if len(company) == 3 and company[0] in _SURNAMES and not _GLUED.fullmatch(company):
            continue
        if tags.get(m.start(2), ("",))[0] not in ("NNP", "SL") and not _GLUED.fullmatch(company):
            continue
        out.append(_named(company, m.start(2), lookup, field))
    return out


def _named(word: str, start: int, lookup: OrgLookup, field: FieldName) -> EntityMention:
    """The listed organization `word` spells, else a pattern organization of that name."""
    found = lookup(fold(word))
    if found is None:
        return pattern_mention(word, start, field)
    org_id, name, name_en = found
    return EntityMention(
        "org", org_id, name, name_en, "gazetteer", start, start + len(word), word, None, field
    )


_LIST_RUN = re.compile(
    r"(?:[가-힣A-Za-z0-9][가-힣A-Za-z0-9&+\-]*(?: [A-Za-z가-힣][A-Za-z0-9가-힣]*)?(?:, ?|·)){2,}"
    r"[가-힣A-Za-z0-9][가-힣A-Za-z0-9&+\-]*(?: [A-Za-z가-힣][A-Za-z0-9가-힣]*)?(?= 등)"
)
_MEMBER = re.compile(r"[가-힣A-Za-z][가-힣A-Za-z0-9&+.\-]{1,14}(?: [A-Za-z가-힣][A-Za-z0-9가-힣]{0,6})?")


def _last_word_if_known(text: str, a: int, b: int, orgs: set[tuple[int, int]]) -> tuple[int, int]:
    """`후원사로는 삼성전자`: a member whose last word is an organization is that organization."""
    space = text.rfind(" ", a, b)
    return (space + 1, b) if space >= 0 and (space + 1, b) in orgs else (a, b)


def listed_members(
    text: str,
    tokens: Sequence[TokenLike],
    entities: Sequence[EntityMention],
    lookup: OrgLookup,
    field: FieldName,
) -> list[EntityMention]:
    """Unknown members of an enumeration ending in 등 whose other members are mostly organizations
    (`삼성전자, 누리소프트, 네이버 등`): organizations too."""
    if " 등" not in text:
        return []
    orgs = {(e.start, e.end) for e in entities if e.kind == "org"}
    starts: list[int] = []
    out: list[EntityMention] = []
    for run in _LIST_RUN.finditer(text):
        members = [(m.start(), m.end()) for m in re.finditer(r"[^,·]+", run.group())]
        spans = [
            _last_word_if_known(text, run.start() + a + (run.group()[a] == " "), run.start() + b, orgs)
            for a, b in members
        ]
        known = [sp for sp in spans if sp in orgs]
        if len(known) * 2 < len(spans):
            continue
        starts = starts or [t.start for t in tokens]
        for a, b in spans:
            if " " in text[a:b] and (a, b) not in orgs and not text[a].isascii():
                a = text.rindex(" ", a, b) + 1  # `…을 비롯해 누리소프트`: the last word is the member
            word = text[a:b]
            if (a, b) in orgs or not _MEMBER.fullmatch(word) or _PARTICLE_END.search(word):
                continue
            inside = [t.tag for t in tokens[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]]
            latin = re.search(r"[A-Za-z]", word) is not None  # `바로AI`: a Latin company word
            if (
                not inside
                or (inside[0] not in ("NNP", "NNG", "SL") and not latin)
                or any(g[0] in "JEV" for g in inside)
            ):
                continue  # `또한`, `비롯해`: no name
            if not any(a < e.end and e.start < b for e in entities):
                out.append(_named(word, a, lookup, field))
    return out


_BYLINE_AFTER = re.compile(
    r"\]?\s?[가-힣]{2,4}\s?(?:기자|특파원|객원기자)(?![가-힣])|\s?=\s?[가-힣]{2,4}\s?기자|\s(?:19|20)\d{2}\.\s?\d"
)  # `[누리일보 박민지 기자]`, `누리타임스 2022. 4. 12.`
_DATELINE_BEFORE = re.compile(r"(?:[(\[][가-힣]{1,6}\s?=\s?|(?:저작권자|ⓒ|©|Copyright)\s?(?:\([cC]\)\s?)?)$")


def without_bylines(text: str, mentions: list[EntityMention]) -> list[EntityMention]:
    """Organizations only named as the writer of the report: a byline (`[누리일보 박민지 기자]`), a
    dateline (`(서울=누리뉴스)`) or a copyright line; not the organizations the article names."""
    return [
        m
        for m in mentions
        if m.kind != "org"
        or not (
            _BYLINE_AFTER.match(text, m.end) or _DATELINE_BEFORE.search(text, max(0, m.start - 12), m.start)
        )
    ]
