"""Forms of real reporting probed in round 61, each with sentences written for these tests.

Round 61 took misses of batch 62 (real excerpts) after it had been scored blind at the commit before the round (its
figures stand as measured there). The sentences below are our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. An organization referred to by its kind (`이 회사는`) after a sentence that counted two organizations, one its
#    topic and the other a rival it beat (`A는 … B(16편)를 제치고 1위`), is the topic; the explicit reference keeps the
#    facts from being capped as carried past several owners.


def test_this_company_after_a_topic_that_beat_a_rival() -> None:
    text = (
        "삼성전자는 하와이에서 열린 ‘2008 VLSI 심포지엄’에서 논문 18편이 채택돼 미국 IBM(16편)을 제치고 1위를 "
        "차지했다고 밝혔다. 이 회사는 2005년 15편으로 1위에 오른 이후 2006년(20편) 2007년(14편)에 이어 올해까지 4년 "
        "연속 최다 논문 기업이 됐다."
    )
    facts = written_facts(text, published_at="2008-06-20")
    for year, count in ((2005, 15), (2006, 20), (2007, 14)):
        assert ("samsung-electronics", ("VLSI",), year, count) in facts
    assert not any(org == "ibm" and count in (14, 15, 20) for org, _, _, count in facts)


# 2. A count measured as a share of another organization's count the sentence before gave for papers (`알파벳의 7.5%에
#    그친 60건`) is a count of papers too.


def test_a_count_measured_against_one_counted_before() -> None:
    text = (
        "세계 3대 AI 학회 논문 등재 수로 비교한 결과, 알파벳이 800건으로 1위를 차지했다.\n\n"
        "삼성전자는 알파벳의 7.5%에 그친 60건으로 12위에 그쳤다."
    )
    facts = written_facts(text, published_at="2025-09-11")
    assert any(org == "samsung-electronics" and count == 60 for org, _, _, count in facts)


def test_a_share_of_a_count_that_is_not_of_papers() -> None:
    text = "특허 등록 수로 비교한 결과, 알파벳이 800건으로 1위를 차지했다.\n\n삼성전자는 알파벳의 7.5%에 그친 60건이었다."
    facts = written_facts(text, published_at="2025-09-11")
    assert not any(count == 60 for _, _, _, count in facts)


# 3. The gazetteer grows with the venues reporting names: Agents4Science, the conference of AI-written papers.


def test_a_venue_of_ai_written_papers() -> None:
    text = (
        "한빛랩은 자사 AI 에이전트로 쓴 논문 2편이 스탠퍼드대 주최 ‘Agents4Science 2025’에 채택됐다고 밝혔다."
    )
    facts = written_facts(text, published_at="2025-10-23")
    assert ("pattern:한빛랩", ("Agents4Science",), 2025, 2) in facts


# 4. A quoted name introduced as a product (`초대규모 인공지능(AI) '한빛GPT'의 핵심 논문을 비롯한 5편`) is no
#    organization, and a conference written as the stage the papers go up on (`EMNLP 2021 무대에 올린다`) is theirs.


def test_a_quoted_product_is_no_organization() -> None:
    text = (
        "네이버는 초대규모 인공지능(AI) '한빛GPT'의 핵심 논문을 비롯한 5편의 연구를 국제 자연어처리 학회 "
        "EMNLP 2021 무대에 올린다고 밝혔다."
    )
    facts = written_facts(text, published_at="2021-11-03")
    assert ("naver", ("EMNLP",), 2021, 5) in facts
    assert not any(org.startswith("pattern:") for org, _, _, _ in facts)


# 5. A later pair whose owner is a unit described by its role (`검색을 맡은 서치 조직이 한 편`) is not the first pair's
#    organization's.


def test_a_later_pair_owned_by_a_unit_described_by_its_role() -> None:
    text = "네이버는 COLING 2022에서 논문 4편을 발표했다. 클로바 CIC가 세 편, 번역을 맡은 파트너 조직이 한 편을 냈다."
    facts = written_facts(text, published_at="2022-10-14")
    assert ("naver-clova", ("COLING",), 2022, 3) in facts
    assert not any(count == 1 for _, _, _, count in facts)


# 6. A person's count with the person's organization in the genitive (`1위는 11편을 낸 MIT의 A 교수로`) is no
#    organization's; any one paper spoken of (`논문 한 편 뒤에는 …`, `한 편마다`) is no count; an organization named as
#    an example (`넷플릭스 '오징어 게임'처럼`) does not become the subject later counts go to.


def test_a_person_s_count_through_an_organization_s_genitive() -> None:
    text = (
        "KAIST는 NeurIPS 2020에 논문 30편을 냈다. 저자 순위 1위는 11편을 낸 MIT의 존 스미스 교수로, 지난해에 이어 "
        "정상을 지켰다."
    )
    facts = written_facts(text, published_at="2020-12-08")
    assert ("kaist", ("NeurIPS",), 2020, 30) in facts
    assert not any(count == 11 for _, _, _, count in facts)


def test_any_one_paper_spoken_of_is_no_count() -> None:
    text = (
        "네이버는 올해 CVPR에 논문 20편을 실었다.\n\n경쟁은 반갑다. 논문 한 편 뒤에는 1년 가까운 실험이 쌓여 있고, "
        "논문 한 편마다 수차례의 반려가 따른다."
    )
    facts = written_facts(text, published_at="2021-08-10")
    assert not any(count == 1 for _, _, _, count in facts)


def test_an_organization_named_as_an_example_is_not_the_subject() -> None:
    text = (
        "한양대 장 교수는 음성 합성 연구를 이끈다. 넷플릭스 '오징어 게임'처럼 한국어 원작에 자막을 입히는 방식은 "
        "곧 바뀔 것이라고 했다.\n\n장 교수 연구팀은 인터스피치 2022에 모두 8편의 논문을 실었다."
    )
    facts = written_facts(text, published_at="2022-07-01")
    assert not any(org == "netflix" for org, _, _, _ in facts)
