"""Forms of real reporting probed in round 54, each with sentences written for these tests.

Round 54 took the misses of batch 55, scored blind (Naver's and Kakao's yearly tallies, vision venues, ISSCC over
many years; timelines, Q&A, columns). The sentences below are our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. A genitive share as the topic (`회사별로는 A의 몫이 컸다`) makes A the subject of `이 회사는 … N건`.


def test_a_share_as_the_topic_makes_its_owner_the_subject() -> None:
    text = (
        "카카오의 두 AI 계열사가 올해 학회 논문 실적을 정리했다. 회사별로는 카카오엔터프라이즈의 몫이 컸다. 이 회사는 "
        "열두 개 학회에 스무 건을 올렸다."
    )
    facts = written_facts(text, published_at="2021-12-29")
    assert ("kakao-enterprise", (), 2021, 20) in facts


# 2. The conference written after the count with its track (`논문 한 편이 … 열린 EMNLP 2019의 정규 구두 세션에 올랐다`) is
#    the count's, with its year.


def test_the_conference_after_the_count_with_its_track_is_the_count_s() -> None:
    text = (
        "자연어처리 학회 EMNLP 2023이 막을 내렸다.\n\n"
        "카카오브레인 연구원이 해외 대학과 함께 쓴 논문 한 편이 홍콩에서 열린 EMNLP 2019의 정규 구두 세션에 올랐다."
    )
    facts = written_facts(text, published_at="2023-12-12")
    assert ("kakao-brain", ("EMNLP",), 2019, 1) in facts


# 3. Top venues over the world (`글로벌 최상위 AI 학회에 채택된 논문은 31편`) are many, not the article's conference.


def test_global_top_venues_are_many() -> None:
    text = (
        "LG AI연구원이 다음 달 열리는 ACL 2025에서 논문 5건을 발표한다.\n\n"
        "▲2021년 – LG AI연구원이 글로벌 최상위 AI 학회에 채택시킨 논문은 31편이었다.\n"
        "▲2023년 – 연구원 출범 이후 처음으로 최우수 논문상을 받았다."
    )
    facts = written_facts(text, published_at="2025-06-20")
    assert ("lg-ai-research", ("ACL",), 2021, 31) not in facts


# 4. A unit as the subject adding its own kinds of papers (`B가 워크숍 논문을 포함해 15편을`) owns the total, and an
#    event dated before an attribute of the owner (`지난해 밴쿠버 대회에서 당시 사내 조직이던 B가`) dates the count.


def test_a_unit_with_its_workshop_papers_at_an_edition_dated_before() -> None:
    text = (
        "올해 CVPR 2024에서 LG AI연구원은 9개 논문을 발표했다. 지난해 밴쿠버 대회에서 당시 연구 조직이던 네이버 클로바가 "
        "워크숍 논문을 포함해 15편을 냈던 것과 비교하면 적다."
    )
    facts = written_facts(text, published_at="2024-06-18")
    assert ("naver-clova", ("CVPR",), 2023, 15) in facts
