"""Organizations the gazetteer lacks, found by their form (source `pattern`, id `pattern:<name>`).

Units named after a known organization (`현대자동차그룹 로보틱스랩`), departments and schools
(`전기및전자공학부`), and Kiwi NNP/SL-led words ending in 대학교, 대, 연구원, 연구소, 전자, 랩스…,
or an English acronym before 연구팀/연구진/연구실.
"""

from __future__ import annotations

import bisect
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
_GENERIC_UNIT_STEMS = {
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
        if not stem_words or any(w in _GENERIC_UNIT_STEMS for w in stem_words):
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
            out.append(replace(_pattern_mention(m.group(1), m.start(1), field), department=True))
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
    return bool(_COMPANY_SUFFIX.search(name) or _ORG_WORD_END.search(name))


_ORG_WORD_END = re.compile(
    r"(?:대학교|대학|대|공대|과학기술원|과기원|연구원|연구소|연구센터|센터|학과|학부|대학원)$"
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
_NAME_PARTICLES = {"은", "는", "이", "가", "도", "까지"}
# the characters of a word read back from a particle (what `matcher._WORD_CHAR` matches, and &)
_WORD_CHARS = frozenset(
    [chr(c) for c in range(ord("가"), ord("힣") + 1)]
    + list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789㈜&")
)
_SUBJECT_TAGS = frozenset({"JX", "JKS"})
_SLOT_FORMS = frozenset({"소속", "논문"})
_SLOT_TAGS = frozenset({"SN", "SSO", "JKB", "VCP", "JC", "SP"})  # the tags `_slot_after` reads
# a name in another slot of a sentence about papers: its papers (`새롬바이오의 논문 2편`), a co-author
# (`한결데이터와 공동으로`)
_OTHER_SLOT = re.compile(
    r"의\s*(?:[가-힣]+\s+)?논문|(?:와|과)\s*(?:공동|함께)|(?:연구진|연구팀)(?:이|은|는|도|의|\s+논문)(?![가-힣])"
)
_OTHER_SLOT_AT = re.compile(f"(?=(?:{_OTHER_SLOT.pattern}))")  # zero-width: overlapping starts too
# `논문 5편을 발표한 가온AI는`: a count in the adnominal clause right before the name
_COUNT_MODIFIES = re.compile(r"\d+\s?(?:편|건)[^.\n]{0,24}?(?:한|된|낸|올린|내놓은)\s+$")
_COUNT_AHEAD = re.compile(r"[^.\n]{0,80}?(?:\d+\s?(?:편|건)|논문)")
_UNAMBIGUOUS_SUFFIX = re.compile(
    r"(?:대학교|대학|과학기술원|과학기술연구원|연구소|랩스|AI연구원|AI랩|AI센터)$"
)
_SUBJECT_AFTER = re.compile(r"(?:은|는|이|가|도)(?![가-힣])")  # 한결전자는, 한결전자도
_ACRONYM_TEAM = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Z0-9&]{1,9})(?=\s?(?:연구팀|연구진|연구실|연구원들))")
_FIELD_ACRONYMS = frozenset({"AI", "IT", "ICT", "SW", "HW", "ML", "DX", "AX", "R&D", "CT", "MRI", "UX", "UI"})
_TRACK_WORD = re.compile(r"(?:메인|본|인더스트리|산업)?(?:파인딩스|트랙|세션|워크[숍샵]|튜토리얼|포스터)")
_NOT_ORG_STEMS = {
    "최", "시", "세", "확", "기", "반", "절", "초", "극", "거", "강", "증", "연", "상", "이", "일",
    "현", "교", "근", "현시", "한", "중", "대", "학", "본", "해당", "각", "동", "국", "전", "단과", "초거",
}  # fmt: skip


def pattern_orgs(
    text: str, tokens: Sequence[TokenLike], field: FieldName = "text", units: Collection[str] = ()
) -> list[EntityMention]:
    """Organizations recognised by form rather than by the gazetteer (source `pattern`). A word whose
    stem is only common words (`연구대학`, `생산기술연구소`) is none, unless it is the last word of a
    unit named after its organization in the text (`units`: `삼성디스플레이 디스플레이연구소` …
    `디스플레이연구소는`), which it then names again."""
    if not tokens:
        return []
    first_tag: dict[int, str] | None = None
    out: list[EntityMention] = []
    for m in _org_words(text):
        word = m.group(1)
        stem = _ORG_SUFFIX_END.sub("", word)
        if stem in _NOT_ORG_STEMS or len(word) < 3 or (generic_stem(stem) and word not in units):
            continue
        if _ONE_SYLLABLE_DAE.search(word):
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
        if m.group(1) in _FIELD_ACRONYMS:
            continue  # `루닛 AI 연구팀`: a field, not a name
        out.append(_pattern_mention(m.group(1), m.start(1), field))
    out.extend(_names_before_particle(text, tokens, field))
    return out


def _org_words(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_PATTERN_WORD`, then of `_PATTERN_WORD_LONGEST`, over the text: both read only
    inside the runs of letters and spaces that hold an organization suffix (a run's end is seen as
    the end of the text, which the words' `HANGUL_END` takes as the character there: non-Hangul)."""
    runs = [m.span() for m in _LETTER_RUN.finditer(text) if _ORG_SUFFIX_ANY.search(text, *m.span())]
    return itertools.chain(
        (m for a, b in runs for m in _PATTERN_WORD.finditer(text, a, b)),
        (m for a, b in runs for m in _PATTERN_WORD_LONGEST.finditer(text, a, b)),
    )


def _names_before_particle(text: str, tokens: Sequence[TokenLike], field: FieldName) -> list[EntityMention]:
    """Company and institute names written as a subject in a sentence about papers: a word Kiwi
    reads as a proper noun (`다온비전은`), a compound ending in a company word (`누리데이터도`,
    `한결소프트가`), or a quoted name (`'한빛로보틱스'는`) before 은/는/이/가/도/까지, also with a gloss
    in parentheses between (`누리에이아이(누리AI)는`); also in the other slots of `_slot_after`."""
    out: list[EntityMention] = []
    slots = {m.start() for m in _OTHER_SLOT_AT.finditer(text)}  # every offset where a slot begins
    hints: list[int] | None = None  # where a digit or 논 is written, when first needed
    for i in range(1, len(tokens)):
        t = tokens[i]
        tag = t.tag  # each read of a Kiwi token's field builds a new object: read once, and only if needed
        if (tag in _SUBJECT_TAGS and t.form in _NAME_PARTICLES) or (slots and t.start in slots):
            slot: str | None = "any"
        elif tag in _SLOT_TAGS or t.form in _SLOT_FORMS:  # what `_slot_after` can read as a slot
            slot = _slot_after(text, tokens, i)
        else:
            continue
        if slot is None:
            continue
        end = t.start
        if text[end - 1] == " " and (t.form in ("연구진", "연구팀", "소속", "논문") or t.tag == "SN"):
            end -= 1  # `다온에이아이 연구진이`, `누리테크 소속`, `새솔전자 3편`
        if text[end - 1] == ")":  # `호두에이아이(호두AI)는`: the name before its gloss
            opened = text.rfind("(", max(0, end - 24), end)
            if opened <= 0 or ")" in text[opened : end - 1]:
                continue
            end = opened
        quoted = text[end - 1] in "'’\"”"
        if quoted:
            end -= 1
        start = _word_start(text, end, max(0, end - 64))
        if start == end or (quoted and (start == 0 or text[start - 1] not in "'‘\"“")):
            continue
        if slot == "pred" and not _PRED_BEFORE.search(text, max(0, start - 40), start):
            continue  # `발표한 곳은 X다`: only after a word that asks for an organization
        by_form_only = slot in ("list", "count-form")
        if by_form_only and not _looks_like_name(text, start, end, (), quoted, by_form_only=True):
            continue  # the word alone decides (most words before a comma are no names)
        if hints is None:
            hints = [m.start() for m in _PAPER_HINT.finditer(text)]
        if not slot.startswith("count") and not _about_papers(text, t.start, start, slot != "any", hints):
            continue  # not a sentence about papers, nor the name an adnominal with a count modifies
        inside = [u for u in tokens[max(0, i - 16) : i] if start <= u.start < end]
        if not inside or any(u.tag[0] in "JEV" or u.tag in ("XSV", "XSA", "SN") for u in inside):
            continue
        if not by_form_only and not _looks_like_name(text, start, end, inside, quoted):
            continue
        if _PERSON_TITLE_BEFORE.search(text, max(0, start - 60), start):
            continue  # `박사과정생 류수둥(Liu Shudong)과 잔룬저(Zhan Runzhe)가`: people
        out.append(_pattern_mention(text[start:end], start, field))
    return out


# a person's title before a name, or before the list of names it opens
_PERSON_TITLE_BEFORE = re.compile(
    r"(?:박사과정생|석사과정생|박사과정|석사과정|학부생|대학원생|교수|박사|학생)\s"
    r"(?:[가-힣]{2,4}(?:\([^()]{0,30}\))?\s?(?:과|와|,|·)\s?)*$"
)


def _word_start(text: str, end: int, floor: int) -> int:
    """Where the run of word characters ending at `end` begins (not before `floor`); `end` if none."""
    start = end
    while start > floor and text[start - 1] in _WORD_CHARS:
        start -= 1
    return start


# `7편을 발표한 곳은 한결로보틱스다`, `2위는 9편의 한결로보틱스였다`: a predicate that names the owner
_PRED_BEFORE = re.compile(
    r"(?:(?:곳|기관|기업|회사|대학|학교|스타트업|업체|주인공|\d위)(?:은|는|이|가)|\d+\s?(?:편|건)의)\s$"
)
_COUNT_RIGHT_AFTER = re.compile(r"\s?(?:\(\s?)?(?:에서\s?(?:만\s?|도\s?)?)?\d+\s?(?:편|건)")
_PAPERS_BEFORE = re.compile(r"(?:\d+\s?(?:편|건)|논문)[^.\n]{0,80}$")


def _slot_after(text: str, tokens: Sequence[TokenLike], i: int) -> str | None:
    """What the token `i` right after a word makes of it: `count` (`새솔전자 3편`, `누리바이오(3편)`,
    `한결로보틱스에서 4편`; without parentheses `count-form`: only a name by form), `pred` (a copula or 로 after it: `…곳은 누리바이오였다`), `list` (와/과, a
    comma or a middle dot after it: only a name by form), `any` (`가온테크 소속`), or None."""
    t = tokens[i]
    prev = tokens[i - 1]
    if prev.start + len(prev.form) != t.start - (text[t.start - 1] == " ") or prev.tag[0] in "JEVS":
        return None  # the word before must end right here (one space allowed before a count)
    if t.tag in ("SN", "SSO") or (t.tag == "JKB" and t.form == "에서"):
        if not _COUNT_RIGHT_AFTER.match(text, prev.start + len(prev.form)):
            return None
        return "count" if t.tag == "SSO" else "count-form"  # `벤치마크에서 3편`: a proper noun alone is weak
    if t.form == "소속" and text[t.start - 1] == " ":
        return "any"
    if t.form == "논문" and text[t.start - 1] == " " and _COUNT_RIGHT_AFTER.match(text, t.start + 2):
        return "count-form"  # `누리연구원 논문 2편`
    if t.tag == "VCP" or (t.tag == "JKB" and t.form in ("로", "으로")):
        return "pred"
    if (t.tag == "JC" and t.form in ("와", "과")) or (t.tag == "SP" and t.form in (",", "·")):
        return "list"
    return None


def _about_papers(text: str, after: int, start: int, before_too: bool, hints: Sequence[int]) -> bool:
    """A count or 논문 ahead in the sentence, a count in the adnominal clause before the name, or
    (`before_too`, for a predicate or a list) a count or 논문 earlier in the sentence. Each pattern
    is tried only when `hints` (the offsets of digits and 논) has what it begins with in its reach."""
    return bool(
        (_hint_in(hints, after, after + 81) and _COUNT_AHEAD.match(text, after))
        or (_hint_in(hints, start - 40, start) and _COUNT_MODIFIES.search(text, max(0, start - 40), start))
        or (
            before_too
            and _hint_in(hints, start - 100, start)
            and _PAPERS_BEFORE.search(text, max(0, start - 100), start)
        )
    )


_PAPER_HINT = re.compile(r"[\d논]")  # the first character of a count (`3편`) or of 논문


def _hint_in(hints: Sequence[int], a: int, b: int) -> bool:
    """Whether some offset of `hints` (sorted) is in [a, b)."""
    i = bisect.bisect_left(hints, a)
    return i < len(hints) and hints[i] < b


def _looks_like_name(
    text: str, start: int, end: int, run: Sequence[TokenLike], quoted: bool, by_form_only: bool = False
) -> bool:
    word = text[start:end]
    if not _NAME_FORM.fullmatch(word) or _PRODUCT_END.search(word):
        return False  # `한빛GPT는`: a model, not its maker
    suffix = _COMPANY_SUFFIX.search(word)
    stem = word[: suffix.start()] if suffix else word
    if suffix and (len(stem) < 2 or stem in _GENERIC_NAME_STEMS or generic_stem(stem)):
        return False
    if _TRACK_WORD.fullmatch(word):
        return False  # `파인딩스는 1200편`: a conference's track, not a name
    if quoted:
        return True
    if by_form_only:  # `한결로보틱스와`: in a list a proper-noun reading alone is too weak
        return bool(suffix and len(stem) >= 2) or _org_word_by_form(word)
    if suffix and (len(run) >= 2 or len(stem) >= 2):
        return True  # `소리모빌리티가`: a company word after a stem, even read as one common noun
    if any(t.tag == "NNP" for t in run) and len(word) >= 3:
        return not (len(word) == 3 and word[0] in _SURNAMES and not suffix)  # 김민수는: a person
    return False


_NAME_FORM = re.compile(r"[가-힣][가-힣A-Za-z0-9]{1,14}")
_PRODUCT_END = re.compile(r"(?:GPT|LLM|LM|봇|챗)$")


def _org_word_by_form(word: str) -> bool:
    """`누리연구원`, `새솔대학교`: an organization word after a stem that is no role (`선임연구원`)."""
    end = _ORG_WORD_END.search(word)
    if end is None or DEPT_SUFFIX_ANYWHERE.search(end.group()):
        return False  # departments and schools are read by `departments`, with their university
    stem = word[: end.start()]
    generic = _GENERIC_NAME_STEMS | _GENERIC_UNIT_STEMS | GENERIC_DEPT_STEMS
    return len(stem) >= 2 and stem not in generic and not generic_stem(stem)


def _pattern_mention(word: str, start: int, field: FieldName) -> EntityMention:
    name = _SPACES.sub(" ", word)
    return EntityMention(
        "org", f"pattern:{fold(name)}", name, None, "pattern", start, start + len(word), word, None, field
    )
