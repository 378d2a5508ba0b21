"""Forms of real reporting probed in round 38, each with sentences written for these tests.

Round 38 took phenomena left open at the end of session 23 and the misses of batch 38, scored blind. The
sentences below are our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. A unit's head written with 장 right after the unit's name (`홍길동 LG AI연구원장은`) names the unit the
#    gazetteer knows, not a new organization found by its form.


def test_a_unit_s_head_names_the_known_unit() -> None:
    text = '홍길동 LG AI연구원장은 "올해 ICCV 2023에 우리 논문 다섯 편이 뽑혔다"고 말했다.'
    facts = written_facts(text, published_at="2023-08-01")
    assert ("lg-ai-research", ("ICCV",), 2023, 5) in facts
    assert not any(org.startswith("pattern:") for org, _, _, _ in facts)


def test_a_unit_name_before_another_word_is_still_no_match() -> None:
    text = "LG AI연구원장비 구매 계획이 나왔다. 네이버는 ICCV 2023에서 논문 4편을 발표했다."
    facts = written_facts(text, published_at="2023-08-01")
    assert not any(org == "lg-ai-research" for org, _, _, _ in facts)


# 2. A count told as the record of the year word after it (`네 편에 머물렀던 지난해`, `2편이던 2022년`) is
#    that year's, not the edition the sentence is about.


def test_a_count_recorded_for_the_year_after_it_is_that_year_s() -> None:
    text = "카카오는 올해 ACL 2024에서 논문 16편을 내, 네 편에 머물렀던 지난해의 네 배로 늘었다."
    facts = written_facts(text, published_at="2024-08-01")
    assert ("kakao", ("ACL",), 2024, 16) in facts
    assert ("kakao", ("ACL",), 2023, 4) in facts
    assert ("kakao", ("ACL",), 2024, 4) not in facts


def test_a_count_with_이던_before_a_written_year() -> None:
    text = "포스텍은 ICML 2024에서 논문 9편이 채택돼 2편이던 2022년보다 일곱 편 많았다."
    facts = written_facts(text, published_at="2024-07-01")
    assert ("postech", ("ICML",), 2022, 2) in facts
    assert ("postech", ("ICML",), 2024, 2) not in facts


# 3. A table row naming several organizations with `각 N개` gives each its count, under a header that names
#    what was presented (`| 포스터 |`, `| 초록 |`).


def test_a_row_of_several_organizations_with_each_count() -> None:
    text = (
        "국내 제약사들이 ASCO 2023에서 연구 성과를 공개한다.\n\n"
        "| 분류 | 회사 | 초록 |\n"
        "| 대형사 | 대웅제약 | 3개 |\n"
        "| 대형사 | 보령제약, 일동제약 | 각 2개 |\n"
        "| 바이오 | 에이비엘바이오 | 1개 |"
    )
    facts = written_facts(text, published_at="2023-05-20")
    assert ("boryung", ("ASCO",), 2023, 2) in facts
    assert ("ildong", ("ASCO",), 2023, 2) in facts


# 4. A service something was posted on (`인스타그램에 올린 집계를 보면`) is a medium; the count stays the
#    article's organization's.


def test_a_page_posted_on_owns_no_count() -> None:
    title = "포스텍, ICML 2024서 논문 18편"
    text = (
        "포스텍이 ICML 2024에서 논문 18편을 발표한다. 박 교수가 페이스북에 올린 집계를 보면 18편 가운데 "
        "11편이 인공지능대학원에서 나왔다."
    )
    facts = written_facts(text, title=title, published_at="2024-06-20")
    assert ("postech", ("ICML",), 2024, 11) in facts
    assert not any(org in ("facebook", "meta") for org, _, _, _ in facts)


# 5. A part whose owner is written after it with the papers' field (`그중 6편이 B가 낸 음성 논문이었다`) is B's.


def test_a_part_owned_after_it_with_a_field_word() -> None:
    title = "카카오브레인, ACL 2024에 논문 5편"
    text = (
        "카카오브레인이 ACL 2024에 논문 다섯 편을 올렸다.\n\n"
        "지난해 EMNLP에 국내 대학과 기업이 낸 논문은 40편으로 세계 6위 수준이었다. "
        "그중 6편이 카카오가 발표한 음성 논문이었다."
    )
    facts = written_facts(text, title=title, published_at="2024-06-20")
    assert ("kakao", ("EMNLP",), 2023, 6) in facts


# 6. One part a track names, right after the whole (`메인 컨퍼런스 논문이 4편이다` after `A의 연구 여섯 편이
#    포함됐다`), is the whole's subset even when the sentence before named no subject; a list of parts still
#    has to add up.


def test_one_track_part_after_the_whole_is_its_subset() -> None:
    title = "업스테이지, ACL 2023에 여섯 편"
    text = (
        "컴퓨터언어학협회(ACL)가 5월 2일 공개한 'ACL 2023' 채택 목록에 업스테이지의 연구 여섯 편이 포함됐다. "
        "메인 컨퍼런스 논문이 4편이다."
    )
    facts = written_facts(text, title=title, published_at="2023-06-20")
    assert ("upstage", ("ACL",), 2023, 4) in facts


# 7. `A의 AI 논문`: AI is the field of A's papers, not A's unit named `A AI`.


def test_a_field_word_after_a_genitive_is_no_unit() -> None:
    text = "크래프톤은 올해 ICML 2025에서 크래프톤의 AI 논문 6편이 채택됐다고 밝혔다."
    facts = written_facts(text, published_at="2025-07-01")
    assert ("krafton", ("ICML",), 2025, 6) in facts
    assert not any(org == "krafton-ai" for org, _, _, _ in facts)


# 8. A part counted in 건 of a whole counted in 편 (`여덟 편 중 한 건은 구두 발표로`) is a count of the same papers.


def test_a_part_in_건_of_a_whole_in_편() -> None:
    text = "제이엘케이가 RSNA 2024에서 연구 초록 여덟 편을 공개한다. 여덟 편 중 한 건은 구두 발표로 진행된다."
    facts = written_facts(text, published_at="2024-11-20")
    assert ("jlk", ("RSNA",), 2024, 1) in facts


# 9. A partner written with its school, department and professor before `과 함께` (`B 의대 병리과 김 교수팀과
#    함께 진행한 연구 초록 세 편`) owns no count; the subject does.


def test_a_partner_with_its_units_and_person_owns_no_count() -> None:
    text = (
        "의료 AI 기업 딥바이오는 서울대 의과대학 병리과 최 교수팀과 함께 진행한 연구 초록 두 편이 "
        "유럽병리학회(ECP 2023)에 채택됐다고 밝혔다."
    )
    facts = written_facts(text, published_at="2023-08-20")
    assert ("deep-bio", ("ECP",), 2023, 2) in facts
    assert not any(org == "snu" for org, _, _, _ in facts)
