"""Forms of real reporting probed in round 20, each with sentences written for these tests.

Round 20 took the misses of our held-out half of the real-news set and of a new real set as
phenomena: a subhead that ranks counts within a group (`14편 기업 1위`), a count carried into a
sentence right after one that gave counts to several organizations, and an article that counts
papers by citations as well as by conferences. The sentences below are our own.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.extract.conftest import written_facts

# the facts written at the default confidence threshold, full gazetteer
kept = partial(written_facts, published_at="2023-11-20")


# 1. `N편 기업 1위`: the noun after a count of 편 or 건 is the group it is ranked in, not what it counts.


@pytest.mark.parametrize(
    "line",
    [
        "삼성전자 14편 기업 1위·포스텍 8편 대학 1위",
        "삼성전자 14건 업체 중 1위, 포스텍 8편 대학 가운데 1위",
        "삼성전자 14편 국내 기업 1위…포스텍 8편으로 대학 1위",
    ],
)
def test_a_count_ranked_within_a_group_is_the_organizations(line: str) -> None:
    text = f"{line}\n내년 2월 열리는 국제고체회로학회(ISSCC 2024)에서 한국 논문 35편이 채택됐다."
    facts = kept(text, title="ISSCC 2024서 한국 논문 35편 채택")
    assert {("samsung-electronics", ("ISSCC",), 2024, 14), ("postech", ("ISSCC",), 2024, 8)} <= facts


def test_a_count_of_companies_is_still_no_paper_count() -> None:
    text = "국제고체회로학회(ISSCC 2024)에는 한국에서 5개 기업 1곳과 대학 4곳이 논문을 냈다."
    assert not any(count == 5 for *_, count in kept(text))


# 2. A count carried into a sentence naming no one, right after counts of several organizations.


@pytest.mark.parametrize(
    "after",
    [
        "이 가운데 구두 발표는 3편이다.",
        "분야별로는 메모리 6편, 이미지센서 4편이었다.",
        "ADC·PLL 각 5편, RF 2편에 그쳤다.",
    ],
)
def test_a_count_after_several_owners_is_no_ones(after: str) -> None:
    text = (
        "국제고체회로학회(ISSCC 2024)에서 삼성전자가 14편으로 기업 1위, 포스텍이 8편으로 대학 1위에 올랐다. "
        + after
    )
    facts = kept(text)
    assert {("samsung-electronics", ("ISSCC",), 2024, 14), ("postech", ("ISSCC",), 2024, 8)} == facts


def test_a_count_after_one_owner_stays_that_owners() -> None:
    text = "국제고체회로학회(ISSCC 2024)에서 삼성전자는 논문 14편이 채택됐다. 이 가운데 구두 발표는 3편이다."
    assert ("samsung-electronics", ("ISSCC",), 2024, 3) in kept(text)


def test_the_parent_of_both_owners_may_go_on_with_their_sum() -> None:
    text = (
        "올해 카카오엔터프라이즈는 국제 학회에 논문 20개를, 카카오브레인은 15개를 등재했다. "
        "두 회사가 지난해 등재한 논문은 모두 30개였다."
    )
    assert ("kakao", (), 2022, 30) in kept(text, published_at="2023-10-01")


# 3. An article that counts papers by citations too: a count is a conference count only where its
# sentence names a venue.


def test_citation_counts_are_no_conference_counts() -> None:
    text = (
        "미국의 한 연구소가 최근 10년간 인용이 많이 된 기업별 AI 논문 수를 집계했다.\n"
        "이 순위에서 구글은 2천100건의 피인용 우수 논문을 내 1위에 올랐다. "
        "마이크로소프트(1천900건), 메타(800건)가 뒤를 이었다.\n"
        "최상위 AI 학술대회에 채택된 논문 수로는 마이크로소프트가 3천200건으로 가장 많았다."
    )
    facts = kept(text, published_at="2024-08-01")
    assert {count for *_, count in facts} == {3200}


# 4. A medical meeting counts posters and abstracts with 건, and one each as `한 건씩`.


def test_poster_counts_of_drug_makers_at_a_cancer_meeting() -> None:
    text = (
        "다음 달 열리는 미국암연구학회(AACR) 연례 학술대회에 국내 제약사들이 포스터를 낸다.\n"
        "보고서를 보면 한미약품이 5건으로 가장 많았고 유한양행이 3건으로 뒤를 이었다.\n"
        "바이오 기업 중에서는 제넥신이 2건을 선보인다. 오스코텍과 큐리언트는 각각 한 건씩 이름을 올렸다.\n"
        "삼진제약과 영진약품은 포스터를 1건씩 공개한다."
    )
    facts = kept(text, published_at="2024-03-05")
    assert facts == {
        ("hanmi-pharm", ("AACR",), 2024, 5),
        ("yuhan", ("AACR",), 2024, 3),
        ("genexine", ("AACR",), 2024, 2),
        ("oscotec", ("AACR",), 2024, 1),
        ("qurient", ("AACR",), 2024, 1),
        ("samjin-pharm", ("AACR",), 2024, 1),
        ("yungjin-pharm", ("AACR",), 2024, 1),
    }


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A와 B가 각각 한 건씩 냈다.", 1),
        ("논문 한 건이 채택됐다.", 1),
        ("한 건의 논문만 실렸다.", 1),
        ("단 한 건도 채택되지 않았다.", None),
        ("심사위원이 한 건 한 건 검토했다.", None),
    ],
)
def test_one_item_written_in_words(text: str, count: int | None) -> None:
    from extract.numerals import find_counts

    found = [c.count for c in find_counts(text)]
    assert found == ([count] if count is not None else [])


def test_posters_of_a_meeting_the_article_does_not_name_are_not_papers() -> None:
    text = "사내 기술 박람회에서 연구소는 포스터 4건을 전시했다. 한미약품은 2건을 냈다."
    assert kept(text) == set()


# 5. `A도 정규 논문 6편을 포함해 7편`: the topic of the sentence is no unit the total includes.


def test_a_total_including_the_topics_own_subset_is_the_topics() -> None:
    text = (
        "카카오는 ICML 2024에서 논문 9편이 채택됐다. "
        "LG AI연구원도 ICML 2024에서 본 논문 4편을 포함해 5편을 발표하며 뒤를 쫓았다."
    )
    facts = kept(text, published_at="2024-07-01")
    assert ("lg-ai-research", ("ICML",), 2024, 5) in facts
    assert not any(org == "kakao" and count == 5 for org, _, _, count in facts)


# 6. `두 번째로 많은 곳은 12편이 채택된 B다`: an organization ranked in the predicate is not the
# subject the next sentences go on with; one in a cleft sentence with no count of its own is.


def test_an_organization_ranked_in_the_predicate_does_not_take_the_next_count() -> None:
    text = (
        "고려대가 올해 CVPR에 논문 15편을 올렸다. 두 번째로 많은 곳은 12편이 채택된 성균관대다.\n"
        "학과별로는 컴퓨터학과의 성과가 눈에 띄었다. 이 학과에서만 8편이 나왔다."
    )
    facts = kept(text, published_at="2024-06-10")
    assert ("korea-university", ("CVPR",), 2024, 8) in facts
    assert not any(count == 8 and org != "korea-university" for org, _, _, count in facts)
