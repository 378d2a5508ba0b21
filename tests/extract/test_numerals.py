"""Korean numbers and counts: text in, numbers out."""

from __future__ import annotations

import pytest

from extract.numerals import find_counts, parse_number


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
        ("스무 편 가까운 논문", ("스무 편", 20, 20, 20, "approx")),
        ("논문 십이 편", ("십이 편", 12, 12, 12, "exact")),
        ("약 30편을 발표했다", ("30편", 30, 30, 30, "approx")),
        ("20편 가량이 채택됐다", ("20편", 20, 20, 20, "approx")),
        ("10여 편을 냈다", ("10여 편", None, 10, None, "approx")),
        ("수십 편의 논문", ("수십 편", None, 20, 90, "approx")),
        ("50편 이상을 발표했다", ("50편", 50, 50, None, "at_least")),
        ("60개를 넘어섰다", ("60개", 60, 60, None, "at_least")),
        ("연간 200개 돌파가 예상된다", ("200개", 200, 200, None, "at_least")),
        ("12~15편이 채택될 전망이다", ("12~15편", None, 12, 15, "range")),
        ("두 자릿수 논문을 냈다", ("두 자릿수", None, 10, 99, "range")),
        ("세 자리 수 논문", ("세 자리 수", None, 100, 999, "range")),
        ("논문 3본을 제출했다", ("3본", 3, 3, 3, "exact")),
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
        "10개국 연구자가 참여했다",
        "3개월 만에 완성했다",
        "사건이 일어났다",
        "2023년 3월 5일",
        "상위 4%에 들었다",
        "공동 2위에 올랐다",
        "연구자 6명이 참여했다",
        "본사를 옮겼다",
        "제34회 학회",
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
