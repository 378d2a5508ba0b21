"""Korean numbers and counts: text in, numbers out."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.numerals import NATIVE_RANGES, find_counts, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("7", 7),
        ("1,234", 1234),
        ("1만2000", 12000),
        ("1만 2천", 12000),
        ("2천", 2000),
        ("3.5만", 35000),
        ("십이", 12),
        ("이십삼", 23),
        ("백", 100),
        ("열두", 12),
        ("스무", 20),
        ("스물다섯", 25),
        ("다섯", 5),
        ("abc", None),
        ("", None),
        ("1.5", None),
    ],
)
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


def one(text: str) -> tuple[str, int | None, int | None, int | None, str]:
    counts = find_counts(text)
    assert len(counts) == 1, counts
    c = counts[0]
    assert text[c.start : c.end] == c.text
    return c.text, c.count, c.count_min, c.count_max, c.qualifier


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("논문 6편을 발표했다", ("6편", 6, 6, 6, "exact")),
        ("8편의 논문이 채택됐다", ("8편", 8, 8, 8, "exact")),
        ("13개 논문을 올렸다", ("13개", 13, 13, 13, "exact")),
        ("논문 21개가 통과됐다", ("21개", 21, 21, 21, "exact")),
        ("연구 성과 33건을 등재했다", ("33건", 33, 33, 33, "exact")),
        ("논문 1,250편", ("1,250편", 1250, 1250, 1250, "exact")),
        ("논문 열한 편을 냈다", ("열한 편", 11, 11, 11, "exact")),
        ("한 편의 논문이 채택됐다", ("한 편", 1, 1, 1, "exact")),
        ("논문을 한 편 냈다", ("한 편", 1, 1, 1, "exact")),
        ("AAAI에 한 편, 나머지는 모두 ICML에 실었다", ("한 편", 1, 1, 1, "exact")),
        ("스무 편 가까운 논문", ("스무 편", None, 20, 20, "approx")),
        ("논문 십이 편", ("십이 편", 12, 12, 12, "exact")),
        ("약 30편을 발표했다", ("30편", None, 30, 30, "approx")),
        ("20편 가량이 채택됐다", ("20편", None, 20, 20, "approx")),
        ("10편 미만이 채택됐다", ("10편", None, None, 9, "approx")),
        ("10편 이하를 냈다", ("10편", None, None, 10, "approx")),
        ("최대 10편을 낸다", ("10편", None, None, 10, "approx")),
        ("역대 최대 10편을 냈다", ("10편", 10, 10, 10, "exact")),
        ("논문 백 편을 냈다", ("백 편", 100, 100, 100, "exact")),
        ("10여 편을 냈다", ("10여 편", None, 10, None, "approx")),
        ("수십 편의 논문", ("수십 편", None, 20, 90, "approx")),
        ("50편 이상을 발표했다", ("50편", 50, 50, None, "at_least")),
        ("60개를 넘어섰다", ("60개", 60, 60, None, "at_least")),
        ("연간 200개 돌파가 예상된다", ("200개", 200, 200, None, "at_least")),
        ("12~15편이 채택될 전망이다", ("12~15편", None, 12, 15, "range")),
        ("두 자릿수 논문을 냈다", ("두 자릿수", None, 10, 99, "range")),
        ("세 자리 수 논문", ("세 자리 수", None, 100, 999, "range")),
        ("논문 3본을 제출했다", ("3본", 3, 3, 3, "exact")),
        # native and Sino-Korean forms before a counter
        ("세 건의 논문이 채택됐다", ("세 건", 3, 3, 3, "exact")),
        ("논문 네 건이 실렸다", ("네 건", 4, 4, 4, "exact")),
        ("스물한 편을 발표했다", ("스물한 편", 21, 21, 21, "exact")),
        ("서른두 편이 뽑혔다", ("서른두 편", 32, 32, 32, "exact")),
        ("논문 마흔다섯 편", ("마흔다섯 편", 45, 45, 45, "exact")),
        ("논문 이십삼 편", ("이십삼 편", 23, 23, 23, "exact")),
        ("십여 편을 냈다", ("십여 편", None, 10, None, "approx")),
        ("백여 편이 접수됐다", ("백여 편", None, 100, None, "approx")),
        ("1,400여 편이 채택됐다", ("1,400여 편", None, 1400, None, "approx")),
        ("수십여 편의 논문", ("수십여 편", None, 20, 90, "approx")),
        ("수백 편의 논문", ("수백 편", None, 200, 900, "approx")),
        ("십수 편을 발표했다", ("십수 편", None, 11, 19, "approx")),
        ("논문 수 편을 냈다", ("수 편", None, 2, 9, "approx")),
        # two neighbouring numerals: a range
        ("한두 편에 그쳤다", ("한두 편", None, 1, 2, "range")),
        ("두어 편을 더 낼 계획이다", ("두어 편", None, 2, 3, "range")),
        ("두세 건의 논문", ("두세 건", None, 2, 3, "range")),
        ("서너 편이 채택됐다", ("서너 편", None, 3, 4, "range")),
        ("대여섯 편을 준비했다", ("대여섯 편", None, 5, 6, "range")),
        ("예닐곱 편 규모", ("예닐곱 편", None, 6, 7, "range")),
        # milestones not reached yet: no count, the milestone as the upper bound
        ("논문 80편 돌파를 눈앞에 뒀다", ("80편", None, None, 80, "approx")),
        ("누적 논문이 200편에 육박한다", ("200편", None, None, 200, "approx")),
        ("내년엔 150편을 바라본다", ("150편", None, None, 150, "approx")),
        ("논문 40편 달성을 앞두고 있다", ("40편", None, None, 40, "approx")),
        ("60편 고지를 목전에 둔", ("60편", None, None, 60, "approx")),
        ("70편 돌파 초읽기", ("70편", None, None, 70, "approx")),
        ("90편 고지에 바짝 다가섰다", ("90편", None, None, 90, "approx")),
        ("30편 돌파를 노린다", ("30편", None, None, 30, "approx")),
    ],
)
def test_find_counts(text: str, expected: tuple[str, int | None, int | None, int | None, str]) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "한편, 회사는 새 모델을 공개했다",  # 한편 is "meanwhile"
        "한 편으로는 아쉬움도 남았다",
        "한 편의 드라마 같았다",
        "학회에서 한편 새 모델도 공개했다",
        "10개국 연구자가 참여했다",
        "3개월 만에 완성했다",
        "사건이 일어났다",
        "2023년 3월 5일",
        "상위 4%에 들었다",
        "공동 2위에 올랐다",
        "연구자 6명이 참여했다",
        "본사를 옮겼다",
        "제34회 학회",
        "세 건축가가 설계했다",  # 건 starts a word
        "단 한 건도 없었다",
        "세 개의 모델을 공개했다",
        "논문 수 편차가 컸다",
        "접수 건수가 늘었다",
        "십 편",  # a bare one-character Sino-Korean number is too ambiguous
    ],
)
def test_not_counts(text: str) -> None:
    assert find_counts(text) == []


def test_offsets_are_absolute_with_a_window() -> None:
    text = "머리말. 네이버는 논문 9편을 냈다. 꼬리말 3편"
    start = text.index("네이버")
    end = text.index(" 꼬리말")
    counts = find_counts(text, start, end)
    assert [text[c.start : c.end] for c in counts] == ["9편"]


def test_kiwi_mistag_does_not_matter() -> None:
    # Kiwi may tag 40건이 as 40/SN 이/VCP 건/EC: counts are read from the text.
    assert one("특허가 아닌 논문 40건이 등재됐다")[:2] == ("40건", 40)


def test_two_digit_count_before_another_count_in_the_same_window() -> None:
    text = "네이버는 지난해 두 자릿수 논문을 발표했고, 올해 ICLR에서는 5편을 냈다."
    found = [(c.text, c.qualifier, c.count_min, c.count_max) for c in find_counts(text)]
    assert found == [("두 자릿수", "range", 10, 99), ("5편", "exact", 5, 5)]


# --- property tests: every numeral form before a counter ------------------------------------

_NATIVE_TENS = ["", "열", "스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"]
_NATIVE_UNITS = ["", "한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉"]  # before a counter
_SINO_DIGITS = ["", "", "이", "삼", "사", "오", "육", "칠", "팔", "구"]  # 일 is not written before 십/백/천


def native_numeral(n: int) -> str:
    """How a count of 1 to 99 is written in native numerals before a counter (스무 편, 스물한 편)."""
    tens, units = divmod(n, 10)
    return "스무" if n == 20 else _NATIVE_TENS[tens] + _NATIVE_UNITS[units]


def sino_numeral(n: int) -> str:
    """A count of 1 to 9999 in Sino-Korean numerals (이천삼백사십오)."""
    out = ""
    for unit, value in (("천", 1000), ("백", 100), ("십", 10)):
        digit, n = divmod(n, value)
        if digit:
            out += _SINO_DIGITS[digit] + unit
    return out + ("" if n == 0 else "일이삼사오육칠팔구"[n - 1])


@given(n=st.integers(1, 99), space=st.sampled_from(["", " "]), counter=st.sampled_from(["편", "건"]))
def test_native_numerals_before_a_counter(n: int, space: str, counter: str) -> None:
    if n == 1 and counter == "건":
        return  # 한 건 is left out: 단 한 건도
    text = f"논문 {native_numeral(n)}{space}{counter}이 채택됐다"
    assert one(text)[1:] == (n, n, n, "exact")


@given(n=st.integers(11, 9999), space=st.sampled_from(["", " "]))
def test_sino_numerals_before_a_counter(n: int, space: str) -> None:
    word = sino_numeral(n)
    if len(word) < 2:
        return  # 백, 천 alone: too ambiguous
    assert one(f"논문 {word}{space}편을 냈다")[1:] == (n, n, n, "exact")


@given(n=st.integers(1, 999_999), comma=st.booleans())
def test_digits_with_yeo_are_a_lower_bound(n: int, comma: bool) -> None:
    written = f"{n:,}" if comma else str(n)
    assert one(f"논문 {written}여 편이 실렸다")[1:] == (None, n, None, "approx")


@given(word=st.sampled_from(sorted(NATIVE_RANGES)), counter=st.sampled_from(["편", "건"]))
def test_native_ranges(word: str, counter: str) -> None:
    low, high = NATIVE_RANGES[word]
    assert one(f"논문 {word} {counter}을 더 냈다")[1:] == (None, low, high, "range")


@given(n=st.integers(1, 99))
def test_native_and_sino_words_parse_to_the_same_number(n: int) -> None:
    assert parse_number(native_numeral(n)) == n
    if n >= 11:
        assert parse_number(sino_numeral(n)) == n
