"""The shared field processors: whitespace, KST dates, title suffixes, author names, body clean-up."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crawler.pages.fields import (
    clean_author_names,
    clean_body,
    clean_whitespace,
    parse_kst_datetime,
    strip_title_suffix,
    to_kst,
)

KST = timezone(timedelta(hours=9))


def kst(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=KST)


# --- whitespace ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  삼성전자\u00a0 갤럭시\u3000북 ", "삼성전자 갤럭시 북"),
        ("줄\n바꿈\t탭", "줄 바꿈 탭"),
        ("보이지\u200b않는 문자\ufeff", "보이지않는 문자"),
        (None, ""),
        ("", ""),
    ],
)
def test_clean_whitespace(raw: str | None, expected: str) -> None:
    assert clean_whitespace(raw) == expected


@given(st.text())
def test_clean_whitespace_is_idempotent_and_single_line(text: str) -> None:
    once = clean_whitespace(text)
    assert clean_whitespace(once) == once
    assert "\n" not in once
    assert once == once.strip()


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("입력 2022.01.26 14:03", kst(2022, 1, 26, 14, 3)),
        ("승인 2022.01.26 14:03", kst(2022, 1, 26, 14, 3)),
        ("수정 2022.01.27 09:15", kst(2022, 1, 27, 9, 15)),
        ("2024.05.30. 오전 11:40", kst(2024, 5, 30, 11, 40)),
        ("2022-01-26 오후 2:03", kst(2022, 1, 26, 14, 3)),
        ("입력 :2011/04/05 15:23", kst(2011, 4, 5, 15, 23)),
        ("2022년 1월 26일 14시 3분", kst(2022, 1, 26, 14, 3)),
        ("2022년 1월 26일(수) 오후 2시 3분", kst(2022, 1, 26, 14, 3)),
        ("2026-08-09 18:00:00", kst(2026, 8, 9, 18, 0)),
        ("2024-05-30 11:40:08", kst(2024, 5, 30, 11, 40, 8)),
        ("Sun, 09 Aug 2026 18:00:00 +0900", kst(2026, 8, 9, 18, 0)),
        ("Sun, 09 Aug 2026 09:00:00 GMT", kst(2026, 8, 9, 18, 0)),
        ("2020-08-27T20:27:29+09:00", kst(2020, 8, 27, 20, 27, 29)),
        ("2025-05-15T20:00:52.000+0900", kst(2025, 5, 15, 20, 0, 52)),
        ("2026-08-10T04:13:26Z", kst(2026, 8, 10, 13, 13, 26)),
        ("2026.01.29 18:40", kst(2026, 1, 29, 18, 40)),
        ("2022.01.26", kst(2022, 1, 26)),
        ("기사입력 2021-12-03 오전 9:05:31", kst(2021, 12, 3, 9, 5, 31)),
    ],
)
def test_parse_kst_datetime_reads_korean_site_forms(raw: str, expected: datetime) -> None:
    parsed = parse_kst_datetime(raw)
    assert parsed == expected
    assert parsed is not None and parsed.utcoffset() == timedelta(hours=9)


@pytest.mark.parametrize(
    ("raw", "hour"),
    [
        ("2022-01-26 오후 12:30", 12),  # noon
        ("2022-01-26 오전 12:30", 0),  # half past midnight
        ("2022-01-26 오후 11:59", 23),
        ("2022-01-26 오전 1:05", 1),
        ("2022-01-26 12:30 PM", 12),
        ("2022-01-26 12:30 AM", 0),
    ],
)
def test_parse_kst_datetime_twelve_oclock(raw: str, hour: int) -> None:
    parsed = parse_kst_datetime(raw)
    assert parsed is not None and parsed.hour == hour and parsed.minute in {30, 59, 5}


@pytest.mark.parametrize(
    "raw", [None, "", "   ", "입력", "날짜 없음", "기자명 홍길동", "어제", "2022.13.45 10:00"]
)
def test_parse_kst_datetime_unreadable_is_none(raw: str | None) -> None:
    assert parse_kst_datetime(raw) is None


def test_to_kst_reads_naive_as_kst_and_converts_aware() -> None:
    assert to_kst(datetime(2022, 1, 26, 14, 3)) == kst(2022, 1, 26, 14, 3)
    assert to_kst(datetime(2022, 1, 26, 5, 3, tzinfo=UTC)).hour == 14


# --- titles --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "publisher", "expected"),
    [
        ("반도체 수출 석 달째 증가 | 한국일보", "한국일보", "반도체 수출 석 달째 증가"),
        ("반도체 수출 석 달째 증가 - 매일경제", None, "반도체 수출 석 달째 증가"),
        ("반도체 수출 석 달째 증가 : 네이버 뉴스", None, "반도체 수출 석 달째 증가"),
        ("AI 칩 경쟁 본격화-경제ㅣ한국일보", "한국일보", "AI 칩 경쟁 본격화"),
        ("AI 칩 경쟁 - 조선닷컴 - 스포츠 > 스포츠 포토", "조선닷컴", "AI 칩 경쟁"),
        ("AI 칩 경쟁 - 전자신문", None, "AI 칩 경쟁"),
        ("[주간 뉴스타파] 해외 입양의 그늘", "뉴스타파", "[주간 뉴스타파] 해외 입양의 그늘"),
        ("삼성 - 애플 특허 분쟁 재점화", None, "삼성 - 애플 특허 분쟁 재점화"),
        ("네이버, 클로바X 공개", "네이버", "네이버, 클로바X 공개"),
        ("  제목만  ", None, "제목만"),
        (None, None, ""),
    ],
)
def test_strip_title_suffix(raw: str | None, publisher: str | None, expected: str) -> None:
    assert strip_title_suffix(raw, publisher) == expected


def test_strip_title_suffix_accepts_several_publisher_names() -> None:
    assert strip_title_suffix("클라우드 전환 가속 | MK", ["매일경제", "MK"]) == "클라우드 전환 가속"


# --- authors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("홍길동 기자", ["홍길동"]),
        ("홍길동 기자 (hong@example.co.kr)", ["홍길동"]),
        ("홍길동 기자 hong@example.co.kr", ["홍길동"]),
        ("가상일보=홍길순 기자", ["홍길순"]),
        ("순천, 광양 구현모 기자 ninek@example.com", ["구현모"]),
        ("박준석 기자 외 1명", ["박준석"]),
        ("김민수·이영희 기자", ["김민수", "이영희"]),
        ("김민수, 이영희 기자", ["김민수", "이영희"]),
        ("워싱턴=최지현 특파원", ["최지현"]),
        ("이수진 선임기자", ["이수진"]),
        ("김철수기자", ["김철수"]),
        (["배윤경", "이상현", "한수진"], ["배윤경", "이상현", "한수진"]),
        (["홍길동 기자", "홍길동"], ["홍길동"]),
        ("Jane Doe", ["Jane Doe"]),
        ("hong@example.co.kr", []),
        ("", []),
        (None, []),
    ],
)
def test_clean_author_names(raw: str | list[str] | None, expected: list[str]) -> None:
    assert clean_author_names(raw) == expected


def test_clean_author_names_excludes_the_publisher() -> None:
    assert clean_author_names("뉴스타파", exclude=["뉴스타파"]) == []
    assert clean_author_names(["뉴스타파", "김하나"], exclude=["뉴스타파"]) == ["김하나"]


# --- body ----------------------------------------------------------------------------------


def test_clean_body_drops_dateline_byline_copyright_and_captions() -> None:
    raw = """
    [서울=뉴시스] 김하늘 기자 = 한 반도체 기업이 새 메모리를 공개했다.

    ▲ 새 메모리 제품 (사진=가상전자 제공)
    회사는 올해 양산을 시작한다고 밝혔다.   (사진=가상전자)
    김하늘 기자 (sky@example.com)
    ◎공감언론 뉴시스 sky@example.com
    *재판매 및 DB 금지
    저작권자 © 가상일보 무단전재 및 재배포 금지
    """
    assert clean_body(raw) == "한 반도체 기업이 새 메모리를 공개했다.\n회사는 올해 양산을 시작한다고 밝혔다."


@pytest.mark.parametrize(
    ("first_line", "expected"),
    [
        ("[서울=뉴시스] 본문이다.", "본문이다."),
        ("[부산=가상일보 홍길순 기자] 본문이다.", "본문이다."),
        ("(서울=연합뉴스) 홍길동 기자 = 본문이다.", "본문이다."),
        ("[아이뉴스24 김철수 기자] 본문이다.", "본문이다."),
        ("【세종=가상신문】본문이다.", "본문이다."),
        ("[단독] 본문이다.", "[단독] 본문이다."),
    ],
)
def test_clean_body_removes_datelines(first_line: str, expected: str) -> None:
    assert clean_body(first_line) == expected


def test_clean_body_stops_at_related_articles_and_drops_widgets() -> None:
    raw = "\n".join(
        [
            "첫 문단은 길게 이어진다.",
            "페이스북 공유",
            "댓글 3",
            "구독",
            "둘째 문단도 남는다.",
            "관련기사",
            "다른 기사 제목 하나",
            "다른 기사 제목 둘",
        ]
    )
    assert clean_body(raw) == "첫 문단은 길게 이어진다.\n둘째 문단도 남는다."


def test_clean_body_keeps_short_real_sentences_and_subheads() -> None:
    raw = "■ 시장 전망\n구독자 수가 두 배로 늘었다.\n※ 이 기사는 AI의 도움을 받았다."
    assert clean_body(raw) == raw


def test_clean_body_one_paragraph_per_line() -> None:
    assert clean_body("  가  나 \n\n\n 다\u00a0라  ") == "가 나\n다 라"
    assert clean_body(None) == ""


@given(st.text(max_size=300))
def test_parse_kst_datetime_never_raises_and_is_always_kst(text: str) -> None:
    parsed = parse_kst_datetime(text)
    assert parsed is None or parsed.utcoffset() == timedelta(hours=9)


@given(st.text(alphabet=st.sampled_from(list("가나다 기자=[]()@.\n▲사진홍길동abc12:")), max_size=200))
def test_clean_body_gives_trimmed_non_empty_lines(text: str) -> None:
    for line in clean_body(text).splitlines():
        assert line and line == line.strip() and "  " not in line
