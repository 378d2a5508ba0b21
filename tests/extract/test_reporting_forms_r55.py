"""Forms of real reporting probed in round 55, each with sentences written for these tests.

Round 55 took the misses of batch 56 (AI rankings by country and institution, medical congresses). The sentences
below are our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. A section heading that dates its ranking (`■ 기관별 순위(지난해 발표 논문 수 기준)`) dates the ranking lines.


def test_a_ranking_heading_dated_by_its_measure_dates_the_lines() -> None:
    text = (
        "한 대학 연구소가 세계 톱티어 AI 학회 12곳의 발표 논문을 기관별로 집계해 공개했다.\n\n"
        "■ 기관별 순위(지난해 발표 논문 수 기준)\n"
        "1위 엔비디아 402개\n"
        "2위 애플 215개"
    )
    facts = written_facts(text, published_at="2023-05-20")
    assert ("nvidia", (), 2022, 402) in facts
    assert ("apple", (), 2022, 215) in facts


# 2. In a paragraph of the conference's statistics, kinds listed with their counts and no organization (`구연 120편,
#    포스터 900편이었다`) go on with the statistics, not with the subject carried from before.


def test_kinds_listed_after_the_conference_s_totals_are_its_own() -> None:
    text = (
        "지아이이노베이션은 올해 ESMO에서 포스터를 냈다. 유한양행도 임상 결과를 내놨다.\n\n"
        "1년 전 바르셀로나 대회와 비교하면 변화가 보인다. 지난해 ESMO에는 초록 4,800편이 제출돼 2,000편이 발표됐다. "
        "발표 논문(프로퍼드 페이퍼) 120편, 미니 오럴 180편, 포스터 1,700편이었다."
    )
    facts = written_facts(text, published_at="2025-10-20")
    assert not any(count in (120, 180, 1700) for _, _, _, count in facts)


# 3. `그해` refers to the year written last since the fact before (`2022년에는 … 협업했다. 그해 ACL에 … 세 편`), not to
#    the article's own year.


def test_that_year_is_the_year_written_just_before() -> None:
    text = (
        "박 교수는 지난달 EMNLP 2025에서 논문 4편을 발표했다.\n\n"
        "그는 카카오브레인 출신이다. 2022년에는 연구 리드로 일하며 서울대 연구팀과 협업했다. 그해 ACL에 카카오브레인 "
        "논문 세 편이 실렸다."
    )
    facts = written_facts(text, published_at="2025-12-01")
    assert ("kakao-brain", ("ACL",), 2022, 3) in facts
