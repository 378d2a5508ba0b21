"""Korean numbers and paper counts: pure functions over strings, no Kiwi.

`parse_number` reads one number as Korean news writes it: digits with commas (`1,234`),
digit groups with 만/천/백 units (`1만2000`, `2천`), native numerals (`열두`, `스무`) and
Sino-Korean ones (`십이`). `find_counts` finds counts of things in a sentence: a number
followed by a counter (편, 건, 개, 본; `papers` after digits, read as 편), with what is written
around it: approximations (`약`, `10여`, `십여`, `수십`, `십수`, `수 편`), bounds (`이상`, `넘어`, `돌파`), ranges
(`10~15편`, `두 자릿수`, native pairs `한두`, `두세`, `두어`, `서너`, `대여섯`),
milestones not reached yet (`100편 돌파를 눈앞에`, `100편에 육박`: no count, the milestone as
upper bound).
It matches on the text, not on tags: Kiwi sometimes splits `40건` oddly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from extract.counted_one import skipped_word

Qualifier = Literal["exact", "approx", "at_least", "range", "forecast"]

NATIVE_UNITS: dict[str, int] = {
    "하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "석": 3, "넷": 4, "네": 4, "넉": 4,
    "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9,
}  # fmt: skip
NATIVE_TENS: dict[str, int] = {
    "열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50,
    "예순": 60, "일흔": 70, "여든": 80, "아흔": 90,
}  # fmt: skip
SINO_DIGITS: dict[str, int] = {
    "영": 0, "공": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9,
}  # fmt: skip
SMALL_UNITS: dict[str, int] = {"십": 10, "백": 100, "천": 1000}
BIG_UNITS: dict[str, int] = {"만": 10**4, "억": 10**8, "조": 10**12}

# two neighbouring native numerals written as one word: a range (`서너 편` is three or four)
NATIVE_RANGES: dict[str, tuple[int, int]] = {
    "한두": (1, 2), "두세": (2, 3), "두어": (2, 3), "서너": (3, 4),
    "너덧": (4, 5), "네댓": (4, 5), "네다섯": (4, 5), "대여섯": (5, 6), "대엿": (5, 6),
    "예닐곱": (6, 7), "일고여덟": (7, 8), "일여덟": (7, 8), "여덟아홉": (8, 9),
}  # fmt: skip
# words for an unknown number in a span: 수 편 (a few), 십수 편 (ten-odd), 수십 편 (tens)
_VAGUE_SPANS: dict[str, tuple[int, int]] = {"수": (2, 9), "십수": (11, 19)}
_NATIVE_UNIT_ALT = "하나|다섯|여섯|일곱|여덟|아홉|한|둘|두|셋|세|넷|네"
_NATIVE_TEN_ALT = "스물|스무|서른|마흔|쉰|예순|일흔|여든|아흔|열"
_NATIVE_RE = re.compile(rf"(?:(?:{_NATIVE_TEN_ALT})(?:{_NATIVE_UNIT_ALT})?|(?:{_NATIVE_UNIT_ALT}))")
_DIGITS_RE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")
_MIXED_PART_RE = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)?\s*([조억만천백십])?")


def _parse_sino(text: str) -> int | None:
    total = section = 0
    digit: int | None = None
    for ch in text:
        if ch in SINO_DIGITS:
            if digit is not None:
                return None
            digit = SINO_DIGITS[ch]
        elif ch in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[ch]
            digit = None
        elif ch in BIG_UNITS:
            section += digit or 0
            total += (section or 1) * BIG_UNITS[ch]
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def _parse_native(text: str) -> int | None:
    m = _NATIVE_RE.fullmatch(text)
    if not m:
        return None
    for ten, tv in NATIVE_TENS.items():
        if text.startswith(ten):
            rest = text[len(ten) :]
            if not rest:
                return tv
            if rest in NATIVE_UNITS:
                return tv + NATIVE_UNITS[rest]
    return NATIVE_UNITS.get(text)


def _parse_mixed(text: str) -> int | None:
    """Digits with unit characters: 1만2000, 1만 2천, 2천, 3.5만, 1,200."""
    total = section = 0.0
    pos = 0
    seen = False
    while pos < len(text):
        m = _MIXED_PART_RE.match(text, pos)
        if not m or m.end() == pos:
            return None
        num, unit = m.group(1), m.group(2)
        value = float(num.replace(",", "")) if num else None
        if unit is None:
            if value is None:
                return None
            section += value
        elif unit in SMALL_UNITS:
            section += (1 if value is None else value) * SMALL_UNITS[unit]
        else:
            section += value or 0
            total += (section or 1) * BIG_UNITS[unit]
            section = 0
        seen = True
        pos = m.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1
    if not seen:
        return None
    result = total + section
    return int(result) if result == int(result) else None


_HUNDREDS_NATIVE = re.compile(r"([이삼사오육칠팔구]?)백(.+)")


def parse_number(text: str) -> int | None:
    """The integer a Korean number string stands for, or None when it is not one number."""
    s = text.strip()
    if not s:
        return None
    if _DIGITS_RE.fullmatch(s):
        value = float(s.replace(",", ""))
        return int(value) if value == int(value) else None
    if re.fullmatch(r"[\d,.\s조억만천백십]+", s) and re.search(r"\d", s):
        return _parse_mixed(s)
    native = _parse_native(s.replace(" ", ""))
    if native is not None:
        return native
    hundreds = _HUNDREDS_NATIVE.fullmatch(s.replace(" ", ""))  # `백열네` (114), `이백스무` (220)
    if hundreds is not None and (rest := _parse_native(hundreds.group(2))) is not None:
        return (_parse_sino(hundreds.group(1) + "백") or 100) + rest
    if re.fullmatch(r"[영공일이삼사오육칠팔구십백천만억조]+", s):
        return _parse_sino(s)
    return None


@dataclass(frozen=True)
class CountMatch:
    """One count in a sentence: offsets are relative to the string searched."""

    start: int
    end: int
    text: str
    count: int | None
    count_min: int | None
    count_max: int | None
    qualifier: Qualifier
    counter: str
    num_start: int
    num_end: int


_COUNTERS = "편|건|개|본(?!회|선|격|래|점|관|토|질|문|인|원|때)|(?<=\\d )papers?(?![A-Za-z])|(?<=\\d)papers?(?![A-Za-z])"  # not `ICML 2026 본회의`
# Counter characters that start a longer word: 개국, 개월, 건물, 편집, 본사…
_NOT_COUNTER_AFTER = r"(?!국|월|년|사(?![가-힣])|소(?![가-힣])|교|물|설|강|집|성|의점|지(?![가-힣])|부(?!터)|격|념|최|혁|당|헌|대(?:를|로|에|가|는|의|다|였|이|\s|,|\.))"
_NUM_ALT = (
    r"(?P<digits>(?:\d[\d,]*(?:\.\d+)?\s?[조억만천백]\s?)+(?:\d[\d,]*)?|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"|(?P<approx>수\s?(?:십|백|천))"
    r"|(?P<vague>십수|수(?=\s?[편건](?![차수])))"
    r"|(?P<nrange>" + "|".join(sorted(NATIVE_RANGES, key=len, reverse=True)) + ")"
    rf"|(?P<native>(?:[이삼사오육칠팔구]?백\s?)?(?:(?:{_NATIVE_TEN_ALT})(?:{_NATIVE_UNIT_ALT})?|두|세|네|다섯|여섯|일곱|여덟|아홉|한))"
    r"|(?P<sino>[일이삼사오육칠팔구]?(?:[천백십][일이삼사오육칠팔구]?)+)"
)
COUNT_RE = re.compile(
    r"(?<![\w.,~\-])"
    r"(?:(?P<lo>\d+)\s?(?:~|∼|-|–)\s?)?"
    rf"(?:{_NUM_ALT})"
    r"(?P<yeo>\s?여)?"
    rf"\s?(?P<counter>{_COUNTERS}){_NOT_COUNTER_AFTER}"
)
DOUBLE_DIGIT_RE = re.compile(r"(?<![가-힣])(?P<n>두|세|네)\s?자(?:릿|리)\s?수")
_PRE_APPROX = re.compile(r"(?:약|대략|어림잡아|얼추)\s?$")
_POST_APPROX = re.compile(r"^\s?(?:가량|정도|안팎|내외|남짓|쯤|가까이|가까운|에\s?가까운)")
_POST_AT_LEAST = re.compile(
    r"^(?:\s?(?:이상|넘게|넘는|초과)|(?:을|를|이|가)?\s?(?:넘어|넘었|넘겼|넘기|넘는|넘을|돌파|웃돌|웃돈|웃도|상회))"
)
# a milestone not reached yet: `100편 돌파를 눈앞에`, `100편에 육박`, `100편을 바라본다`
_POST_NEAR_MISS = re.compile(
    r"^\s?(?:(?:을|를|에|이|가)\s?)?(?:(?:돌파|달성|고지|기록|문턱|시대)\s?(?:을|를|에|가|이|도)?\s?)?"
    r"(?:(?:바짝|성큼|한층|점점|빠르게)\s?)?"
    r"(?:눈앞|목전|코앞|턱밑|육박|바라보|바라본|앞두|앞둔|근접|임박|다가서|다가섰|다가간|못\s?미치|조금\s?못|초읽기|직전|넘보|넘본|노리|노린|노려)"
    r"|^\s?까지\s?[^.,]{0,15}?남(?:겨|았|은|긴|기|아)"  # `100편까지 3편 남았다`
)
_PRE_AT_LEAST = re.compile(r"(?:최소|적어도|최소한)\s?$")
# an upper bound, no count: `10편 미만`, `10편 이하`, `최대 10편`, `많아야 10편`
_POST_AT_MOST = re.compile(r"^\s?(?:미만|이하|이내)")
# `역대 최대 10편`, `사상 최대 10편` are records, not bounds
_PRE_AT_MOST = re.compile(r"(?<!역대\s)(?<!역대)(?<!사상\s)(?<!사상)(?:최대|많아야|기껏해야|많게는)\s?$")
_PRE_LOW_END = re.compile(r"적게는\s?$")  # `적게는 5편, 많게는 8편`: a range's low end
# a count needs one of these characters: a counter (COUNT_RE) or 자 of 두 자릿수 (DOUBLE_DIGIT_RE)
_COUNT_CHAR = re.compile(r"[편건개본자]|paper")
_DOUBLE_DIGIT_HINT = re.compile(r"자[릿리]")  # what DOUBLE_DIGIT_RE cannot match without
_PART_HINT = re.compile(r"(?:가운데|중)\s*(?:에서)?\s*(?:하나|둘|셋|넷|다섯|한|두|세|네)")  # PART_WORD_RE's
# what COUNT_RE cannot match without: a counter right after (spaces and 여 between) the last character
# of a number, whatever its form (digits, `1,`, 만, 십, 수, 서너, 스물, 다섯, 삼…)
_COUNT_HINT = re.compile(
    r"[\d,조억만천백십수두세어너덧댓섯엿곱덟홉물무른흔쉰순든열나한둘셋넷네일이삼사오육칠팔구여]\s*[편건개본]"
    r"|\d\s?paper"
)


_NUMBER_GROUPS = ("digits", "approx", "vague", "nrange", "native", "sino")


def _number_value(m: re.Match[str]) -> tuple[int | None, bool]:
    """Value of the number group and whether it is approximate (수십)."""
    if m.group("digits"):
        return parse_number(m.group("digits")), False
    if m.group("approx") or m.group("vague") or m.group("nrange"):
        return None, True
    if m.group("native"):
        return parse_number(m.group("native")), False
    if m.group("sino"):
        return parse_number(m.group("sino")), False
    return None, False


def find_counts(text: str, start: int = 0, end: int | None = None) -> list[CountMatch]:
    """Every count of things (number + 편/건/개/본, or 두 자릿수) in `text[start:end]`, in order.

    Offsets are positions in `text`."""
    end = len(text) if end is None else end
    part_hint = _PART_HINT.search(text, start, end) is not None
    if not part_hint and _COUNT_CHAR.search(text, start, end) is None:
        return []  # most sentences: no counter, nothing to parse
    out = (
        [c for m in COUNT_RE.finditer(text, start, end) if (c := _count_of(text, m, start, end)) is not None]
        if _COUNT_HINT.search(text, start, end) is not None
        else []
    )
    if _DOUBLE_DIGIT_HINT.search(text, start, end) is not None:
        out.extend(_double_digit(m) for m in DOUBLE_DIGIT_RE.finditer(text, start, end))
    if part_hint:
        out.extend(_part_word(m) for m in PART_WORD_RE.finditer(text, start, end))
    out.extend(shared for c in list(out) for shared in _sharing_its_counter(text, c, start))
    out.sort(key=lambda c: c.start)
    return out


# a bare number listed right before a named count, sharing its counter (`CVPR 14·ICLR 12·ICASSP 7편`)
_SHARED_BEFORE = re.compile(r"(?<![\d.,~\-])(\d{1,4})\s?[·ㆍ,]\s?[^\d·ㆍ,.…\n]{1,20}?\s$")


def _sharing_its_counter(text: str, c: CountMatch, start: int) -> list[CountMatch]:
    """The bare numbers of a list that end in the count `c` and share its counter (`A 13·B 7·C 2편`: 13
    and 7 papers too), each after its own name."""
    out: list[CountMatch] = []
    pos = c.num_start
    if c.qualifier != "exact" or not c.counter or not text[c.num_start : c.num_end].isdigit():
        return out
    while (m := _SHARED_BEFORE.search(text, max(start, pos - 30), pos)) is not None:
        n = int(m.group(1))
        out.append(
            replace(c, start=m.start(1), end=m.end(1), text=m.group(1), count=n, count_min=n, count_max=n)
        )
        out[-1] = replace(out[-1], num_start=m.start(1), num_end=m.end(1))
        pos = m.start(1)
    return out


# a part of the count just written, named by a bare native numeral (`4편을 발표한다. 이 가운데 하나는
# 구두 발표에 선정됐다`, `이 중 두 논문은`): the only counter-less exact count; the linker keeps it as a
# subset or drops it
PART_WORD_RE = re.compile(
    r"(?<![가-힣])(?:이|그)\s?(?:가운데|중)(?:에서)?\s*"
    r"(?:(?P<n>하나|둘|셋|넷|다섯)(?=은|는|이|가|도|만|를|을|씩)"
    r"|(?P<a>한|두|세|네|다섯)\s?(?=논문(?:은|는|이|가|도|만|을|를)(?![가-힣])))"
)


def _part_word(m: re.Match[str]) -> CountMatch:
    """`이 가운데 하나는`, `이 중 한 논문은`: a count of 1 to 5 with no counter."""
    group = "n" if m.group("n") else "a"
    value = NATIVE_UNITS[m.group(group)]
    return CountMatch(
        start=m.start(group),
        end=m.end(group),
        text=m.group(group),
        count=value,
        count_min=value,
        count_max=value,
        qualifier="exact",
        counter="",
        num_start=m.start(group),
        num_end=m.end(group),
    )


def is_part_word(cm: CountMatch) -> bool:
    """Whether a count is a bare numeral naming a part of the count before (`이 가운데 하나는`)."""
    return not cm.counter and cm.qualifier == "exact"


def _count_of(text: str, m: re.Match[str], start: int, end: int) -> CountMatch | None:
    """The count a match of COUNT_RE stands for, with its qualifier and bounds, or None."""
    value, approx_word = _number_value(m)
    if skipped_word(text, m, start) or (value is None and not approx_word):
        return None
    qualifier, count, cmin, cmax = _qualified(text, m, start, end, value, approx_word)
    lo = m.group("lo")
    num_start = m.start("lo") if lo else m.start(next(g for g in _NUMBER_GROUPS if m.group(g)))
    return CountMatch(
        start=m.start(),
        end=m.end(),
        text=m.group(0),
        count=count,
        count_min=cmin,
        count_max=cmax,
        qualifier=qualifier,
        counter="편" if m.group("counter").startswith("paper") else m.group("counter"),  # `4 papers`
        num_start=num_start,
        num_end=m.start("counter"),
    )


def _qualified(
    text: str, m: re.Match[str], start: int, end: int, value: int | None, approx_word: bool
) -> tuple[Qualifier, int | None, int | None, int | None]:
    """(qualifier, count, count_min, count_max) of a count: ranges, vague and approximate words,
    a milestone not reached yet, `약`/`가량`, `이상`/`넘게`."""
    before, after = text[max(start, m.start() - 6) : m.start()], text[m.end() : min(end, m.end() + 12)]
    lo = int(m.group("lo")) if m.group("lo") else None
    if m.group("nrange"):
        return ("range", None, *NATIVE_RANGES[m.group("nrange")])
    if m.group("vague"):
        return ("approx", None, *_VAGUE_SPANS[m.group("vague")])
    if approx_word:
        unit = {"십": 10, "백": 100, "천": 1000}[m.group("approx")[-1]]
        return "approx", None, 2 * unit, 9 * unit
    if lo is not None and value is not None and lo < value:
        return "range", None, lo, value
    if m.group("yeo"):
        return "approx", None, value, None
    if value is not None and _POST_NEAR_MISS.match(text[m.end() : min(end, m.end() + 24)]):
        return "approx", None, None, value  # not reached yet
    if value is not None and (_POST_AT_MOST.match(after) or _PRE_AT_MOST.search(before)):
        return "approx", None, None, value - 1 if after.lstrip().startswith("미만") else value  # a bound
    if value is not None and _PRE_LOW_END.search(before):
        return "approx", None, value, None
    if _PRE_APPROX.search(before) or _POST_APPROX.match(after):
        return "approx", None, value, value
    if _POST_AT_LEAST.match(after) or _PRE_AT_LEAST.search(before):
        return "at_least", value, value, None
    return "exact", value, value, value


def _double_digit(m: re.Match[str]) -> CountMatch:
    """`두 자릿수` (10-99), `세 자릿수` (100-999): a range with no exact count."""
    digits = {"두": 2, "세": 3, "네": 4}[m.group("n")]
    return CountMatch(
        start=m.start(),
        end=m.end(),
        text=m.group(0),
        count=None,
        count_min=10 ** (digits - 1),
        count_max=10**digits - 1,
        qualifier="range",
        counter="",
        num_start=m.start(),
        num_end=m.end(),
    )
