"""Forms of real reporting the linker reads, each with sentences written for these tests.

Every test is one phenomenon: a named set of conferences (`3대 AI 학회`) listed once and used for
counts later, a ranking written as `A(N건)` without 논문 in the sentence, an owner written after the
count, a survey's author, an organization hosting its own event, a singular description of the
article's conference, counts over many organizations, and a subset that refers to an aggregate.
"""

from __future__ import annotations

from extract import extract

FactKey = tuple[str, tuple[str, ...], int | None, int | None]


def fact_keys(text: str, published_at: str) -> set[FactKey]:
    """(organization id, sorted conferences, year, count) of every candidate fact, full gazetteer."""
    result = extract(text, published_at=published_at, min_confidence=0.0)
    return {
        (p.organization_id, tuple(sorted(p.conferences)), p.year, p.count)
        for p in result.paper_counts
        if p.count is not None
    }


THREE = ("ICLR", "ICML", "NeurIPS")


def test_a_named_set_takes_the_list_the_article_gives_for_it() -> None:
    text = (
        "한빛리서치는 세계 3대 AI 학회(ICLR, NeurIPS, ICML)의 기업 논문을 모두 세어 발표했다.\n"
        "회사별로는 구글이 320건으로 가장 많았고 메타(150건), 애플(90건)이 뒤를 이었다.\n"
        "국내 기업의 3대 AI 학회 채택 논문은 모두 60건이며 네이버는 25건을 기록했다."
    )
    facts = fact_keys(text, published_at="2024-05-02")
    assert ("google", THREE, 2024, 320) in facts
    assert ("meta", THREE, 2024, 150) in facts
    assert ("apple", THREE, 2024, 90) in facts
    assert ("naver", THREE, 2024, 25) in facts


def test_a_named_set_the_article_never_lists_names_no_conference() -> None:
    text = "카카오는 올해 세계 3대 AI 학회에서 논문 14건을 발표했다."
    assert fact_keys(text, published_at="2024-05-02") == {("kakao", (), 2024, 14)}


def test_a_subset_of_an_aggregate_takes_the_conferences_of_the_sentence_before() -> None:
    text = (
        "조사 대상은 ICLR, NeurIPS, ICML 세 학회다.\n"
        "국내 기업의 3대 AI 학회 채택 논문은 총 80건에 그쳤다. 이 가운데 삼성전자는 30건, 네이버는 21건이었다."
    )
    facts = fact_keys(text, published_at="2024-05-02")
    assert ("samsung-electronics", THREE, 2024, 30) in facts
    assert ("naver", THREE, 2024, 21) in facts


def test_an_owner_written_after_the_count() -> None:
    text = "ISSCC 2025에서 삼성전자는 11편으로 1위를 했고, 2위는 7편이 채택된 인텔이 차지했다."
    assert fact_keys(text, published_at="2024-11-20") == {
        ("samsung-electronics", ("ISSCC",), 2025, 11),
        ("intel", ("ISSCC",), 2025, 7),
    }


def test_a_count_as_topic_is_the_owner_that_follows() -> None:
    text = "올해 EMNLP에 채택된 국내 논문 30편 가운데 9편은 카카오, 11편은 KAIST에서 나왔다."
    facts = fact_keys(text, published_at="2023-11-01")
    assert ("kakao", ("EMNLP",), 2023, 9) in facts
    assert ("kaist", ("EMNLP",), 2023, 11) in facts


def test_the_author_of_a_survey_owns_none_of_its_counts() -> None:
    text = "한빛리서치가 ICML 2024 채택 논문을 분석한 결과, 국내 기관 21곳의 논문 총 95편이 채택됐다."
    assert fact_keys(text, published_at="2024-07-01") == set()


def test_an_organization_hosting_its_own_event_owns_none_of_its_papers() -> None:
    text = "SK텔레콤은 올해 5회째인 'SK텔레콤 AI 학술대회'에 논문 320편이 접수됐다고 밝혔다."
    assert fact_keys(text, published_at="2024-07-01") == set()


def test_a_singular_description_refers_to_the_conference_just_named() -> None:
    text = (
        "ECCV에서도 연세대의 성과가 꾸준하다.\n"
        "2년마다 열리는 이 분야 대표 학술 대회에서 연세대는 2020년 6편, 2022년 9편을 발표했다."
    )
    facts = fact_keys(text, published_at="2023-03-01")
    assert ("yonsei", ("ECCV",), 2020, 6) in facts
    assert ("yonsei", ("ECCV",), 2022, 9) in facts


def test_conference_papers_as_a_kind_of_paper_name_no_conference() -> None:
    text = "올해 CVPR에서 네이버는 9편을 발표했다. 카카오는 학회 논문 40건을 올해 등재했다."
    facts = fact_keys(text, published_at="2023-07-01")
    assert ("kakao", (), 2023, 40) in facts


def test_a_ranking_without_the_word_paper_in_an_article_about_papers() -> None:
    text = (
        "NeurIPS 2023 논문 채택 순위가 나왔다.\n"
        "기관별로 보면 구글이 170건(9.1%)으로 가장 많았다. 엔비디아(60건)와 메타(55건)가 뒤를 이었다."
    )
    facts = fact_keys(text, published_at="2023-12-01")
    assert ("google", ("NeurIPS",), 2023, 170) in facts
    assert ("nvidia", ("NeurIPS",), 2023, 60) in facts


def test_a_lab_count_is_no_organization_fact() -> None:
    text = "서울대는 CVPR 2024에 논문 20편을 냈다. 홍길동 교수팀 5편을 비롯해 여러 연구실이 거둔 결과다."
    assert fact_keys(text, published_at="2024-04-01") == {("snu", ("CVPR",), 2024, 20)}


def test_every_fact_has_a_confidence_and_the_default_keeps_the_sure_ones() -> None:
    text = "네이버는 ICLR 2024에서 논문 12편이 채택됐다고 밝혔다."
    result = extract(text, published_at="2024-01-20")
    assert [(p.organization_id, p.count) for p in result.paper_counts] == [("naver", 12)]
    assert 0.5 < result.paper_counts[0].confidence <= 1.0


def test_a_count_with_no_conference_and_rival_organizations_is_left_out_by_default() -> None:
    text = "업계에서는 네이버와 카카오, LG를 두고 올해 12건이라는 말이 돈다."
    every = extract(text, published_at="2024-01-20", min_confidence=0.0).paper_counts
    kept = extract(text, published_at="2024-01-20").paper_counts
    assert all(p.confidence < 0.4 for p in every)
    assert kept == []


def test_a_count_of_labs_is_not_a_count_of_papers() -> None:
    text = (
        "고려대 인공지능학과는 ICML에서 논문 11편이 채택됐다고 밝혔다. "
        "홍길동 교수팀 3편을 포함해 6개 연구실이 함께 낸 결과다."
    )
    assert fact_keys(text, published_at="2024-06-10") == {("korea-university", ("ICML",), 2024, 11)}


def test_counts_in_a_paragraph_that_ranks_professors_are_theirs() -> None:
    text = (
        "연세대는 올해 NeurIPS에서 논문 18편이 채택됐다.\n\n"
        "교수 개별로는 홍길동 교수가 가장 많은 논문을 냈다. 6편으로 1위였고 그다음은 김철수(4편), 이영희(3편) 순이다."
    )
    assert fact_keys(text, published_at="2024-10-01") == {("yonsei", ("NeurIPS",), 2024, 18)}


def test_the_papers_a_survey_covered_belong_to_nobody() -> None:
    text = (
        "한빛리서치, 국제머신러닝학회(ICML) 기업 논문 1천200건 전수분석\n"
        "한빛리서치가 올해 ICML에 채택된 기업 논문을 모두 분석한 결과 구글이 140건으로 가장 많았다."
    )
    assert fact_keys(text, published_at="2024-08-01") == {("google", ("ICML",), 2024, 140)}


def test_papers_of_an_organizations_own_conference_are_not_its_publications() -> None:
    text = (
        "LG전자는 올해 4회째인 'LG전자 학술대회'에 논문 350편이 모였다고 밝혔다.\n\n"
        "LG전자 학술대회는 사내 연구자들이 성과를 나누는 자리다. 심사를 통과한 90편은 사내 방송으로 소개됐다.\n\n"
        "LG전자 학술대회에는 해마다 300편 안팎의 논문이 제출된다."
    )
    assert fact_keys(text, published_at="2024-11-20") == set()


def test_a_conference_the_counts_clause_modifies_is_its_conference() -> None:
    text = (
        "업스테이지가 논문 4편 발표했다는 ‘뉴립스’는 어떤 학회인가\n\n"
        "업스테이지, 4편 채택…크래프톤, 2편\n\n"
        "업스테이지와 크래프톤이 뉴립스 성과를 잇따라 알렸다. 뉴립스는 손꼽히는 AI 학회다."
    )
    facts = fact_keys(text, published_at="2024-12-11")
    assert ("upstage", ("NeurIPS",), 2024, 4) in facts
    assert ("krafton", ("NeurIPS",), 2024, 2) in facts


def test_counts_of_countries_and_regions_are_no_organizations() -> None:
    text = "VLSI 심포지엄에서는 미국이 60건으로 가장 많았고 벨기에가 11건, 싱가폴이 5건, 마카오가 3건이었다."
    assert fact_keys(text, published_at="2024-06-20") == set()


def test_counts_of_professors_written_with_their_number_or_at_the_sentence_end_are_theirs() -> None:
    text = (
        "서강대는 올해 ICML에서 논문 9편이 채택됐다. 이 학교 교수 2명은 각 3편의 논문에 이름을 올렸다. "
        "최다 저자는 논문 11편을 올린 가상공대 홍길동(Gildong Hong) 교수."
    )
    assert fact_keys(text, published_at="2024-07-01") == {("sogang", ("ICML",), 2024, 9)}


def test_a_count_since_a_start_has_no_year() -> None:
    text = "가상랩스가 2019년 3월 설립 이후 지금까지 NeurIPS, ICML 등에서 발표한 논문은 총 57편이다."
    assert fact_keys(text, published_at="2024-04-01") == {("pattern:가상랩스", ("ICML", "NeurIPS"), None, 57)}


def test_a_part_of_an_aggregate_takes_the_year_the_aggregate_was_written_with() -> None:
    text = (
        "카카오는 올해 ACL에 논문 4편을 올렸다.\n"
        "지난해 EMNLP에서 국내 연구진이 낸 논문은 모두 28편이었다. 이 가운데 카카오가 낸 논문은 6편이다."
    )
    assert fact_keys(text, published_at="2024-08-01") == {
        ("kakao", ("ACL",), 2024, 4),
        ("kakao", ("EMNLP",), 2023, 6),
    }


def test_a_count_others_are_picked_from_is_nobodys() -> None:
    text = "네이버는 올해 ICML에 채택된 3천 편이 넘는 논문 가운데 단 한 편에 주는 상을 받았다."
    assert fact_keys(text, published_at="2024-07-20") == set()


def test_a_conference_written_before_비롯해_belongs_to_the_list() -> None:
    text = "LG AI연구원이 ACL을 비롯해 CVPR, ICML 등에서 올해 발표한 논문은 21편이다."
    assert fact_keys(text, published_at="2024-12-01") == {
        ("lg-ai-research", ("ACL", "CVPR", "ICML"), 2024, 21)
    }


def test_venues_described_in_general_name_no_conference() -> None:
    text = (
        "업스테이지는 ICCV 챌린지에서 1위에 올랐다고 밝혔다. ICCV는 해마다 수천 편이 제출되는 학회다.\n"
        "업스테이지는 지난해 국내외 저명 학회에 모두 11편의 논문을 실었다."
    )
    assert fact_keys(text, published_at="2024-10-20") == {("upstage", (), 2023, 11)}


def test_a_totals_year_carries_only_into_its_breakdown() -> None:
    text = "리벨리온은 지난해 논문 7편을 냈다고 밝혔다.\n\n회사에 따르면 AAAI에 논문 2편이 채택됐다."
    # the 7 papers of last year come before the article names any conference: they take none
    assert fact_keys(text, published_at="2024-06-01") == {
        ("rebellions", (), 2023, 7),
        ("rebellions", ("AAAI",), 2024, 2),
    }


def test_counts_of_prizes_in_a_paper_award_story_are_no_paper_counts() -> None:
    text = (
        "가상과기원 학생 5명이 올해 반도체 논문대상에서 상을 받았다. "
        "이 학교는 최근 5년간 대상 2건, 금상 9건을 포함해 모두 40팀이 수상했다. 전체 8개 분과에서 대상은 1편만 나온다."
    )
    assert fact_keys(text, published_at="2024-02-20") == set()


def test_research_achievements_selected_are_not_papers() -> None:
    text = "올해 국가 우수성과 100선에 한국전자통신연구원의 연구성과가 6건 뽑혔다. 분야별로는 정보 분야 4건, 소재 분야 2건이다."
    assert fact_keys(text, published_at="2024-12-30") == set()


def test_a_total_after_a_list_and_등_that_exceeds_the_list_is_the_whole_conferences() -> None:
    text = "올해 IEDM에서는 인텔 12편, TSMC 10편, 삼성전자 8편 등 모두 240편의 논문이 발표됐다."
    assert fact_keys(text, published_at="2024-12-10") == {
        ("intel", ("IEDM",), 2024, 12),
        ("tsmc", ("IEDM",), 2024, 10),
        ("samsung-electronics", ("IEDM",), 2024, 8),
    }


def test_a_class_the_count_is_compared_within_does_not_own_it() -> None:
    text = "뷰노는 RSNA 학회에 해마다 논문 초록을 낸다. 지난해 4개에 이어 올해는 9개가 선정돼 국내 기업으로는 가장 많다."
    assert fact_keys(text, published_at="2024-11-20") == {
        ("vuno", ("RSNA",), 2023, 4),
        ("vuno", ("RSNA",), 2024, 9),
    }


def test_a_generic_statement_owns_no_count() -> None:
    text = (
        "뷰노는 올해 RSNA에서 연구 9건을 발표한다. "
        "이런 학회에서 한 기업이 8건 이상을 발표하는 경우는 매우 드물다."
    )
    assert fact_keys(text, published_at="2024-11-20") == {("vuno", ("RSNA",), 2024, 9)}


def test_a_record_since_a_start_keeps_its_year() -> None:
    text = "뷰노가 학회 참가 이래 가장 많은 연구 초록 15편을 올해 RSNA에서 발표한다."
    assert fact_keys(text, published_at="2024-11-20") == {("vuno", ("RSNA",), 2024, 15)}


def test_각각_pairs_counts_with_a_list_of_years() -> None:
    text = "포스텍은 ICML에 낸 논문이 2019년 4건에서 2021년과 2022년에는 각각 9건과 13건으로 늘었다."
    assert fact_keys(text, published_at="2023-03-02") == {
        ("postech", ("ICML",), 2019, 4),
        ("postech", ("ICML",), 2021, 9),
        ("postech", ("ICML",), 2022, 13),
    }


def test_a_count_of_other_things_a_few_words_on_is_no_paper_count() -> None:
    text = "네이버는 올해 CVPR에서 논문 8편을 발표했다. 행사에는 4개 네이버 주요 계열사 인력도 참여했다."
    assert fact_keys(text, published_at="2024-06-17") == {("naver", ("CVPR",), 2024, 8)}


def test_an_english_gloss_inside_a_name_is_read_through() -> None:
    text = "LG 인공지능(AI) 연구원이 올해 ICCV에서 논문 5편을 발표했다."
    assert fact_keys(text, published_at="2023-10-02") == {("lg-ai-research", ("ICCV",), 2023, 5)}


def test_a_name_glossed_in_chinese_characters_is_read_through() -> None:
    text = "중국 푸단(復旦)대학 연구진은 올해 ACL에서 논문 7편을 발표했다."
    assert fact_keys(text, published_at="2024-08-12") == {("fudan", ("ACL",), 2024, 7)}
    organizations = extract(text, published_at="2024-08-12").organizations
    assert [(o.id, o.mentions[0].text) for o in organizations] == [("fudan", "푸단(復旦)대학")]


def test_an_oral_selection_in_one_clause_leaves_the_other_clauses_counts_whole() -> None:
    text = "LG AI연구원은 지난해 CVPR에서 논문 2편을 발표했는데, 올해는 3편이 구두 발표에 뽑혔다."
    result = extract(text, published_at="2023-06-18", min_confidence=0.0)
    scopes = {(p.year, p.count): p.scope for p in result.paper_counts}
    assert scopes == {(2022, 2): "unit", (2023, 3): "subset"}


def test_a_part_of_a_conference_total_is_nobodys() -> None:
    text = (
        "고려대는 올해 ECCV에 논문 6편을 실었다고 밝혔다. 올해 ECCV에는 모두 2400편이 채택됐다. "
        "이 가운데 구두 발표는 150편이다."
    )
    assert fact_keys(text, published_at="2024-08-20") == {("korea-university", ("ECCV",), 2024, 6)}


def test_a_conference_named_as_the_place_of_the_counts_own_verb_far_after_it() -> None:
    text = "고려대 연구진이 낸 논문 3편이 컴퓨터비전 분야 최고 학회 가운데 하나인 ECCV 2024에 실렸다."
    assert fact_keys(text, published_at="2024-08-20") == {("korea-university", ("ECCV",), 2024, 3)}


def test_a_professors_lab_with_총_owns_its_count() -> None:
    text = "연세대는 올해 CVPR에서 논문 14편이 채택됐다. 그중 홍길동 교수 연구팀은 총 4편을 냈다."
    assert fact_keys(text, published_at="2024-03-05") == {("yonsei", ("CVPR",), 2024, 14)}


def test_n건의_논문_중_is_a_reference_and_its_part_a_subset() -> None:
    text = (
        "카카오는 올해 인터스피치에서 논문 8건을 발표했다. "
        "카카오가 발표한 8건의 논문 중 3건은 해외 대학과 함께 쓴 것이다."
    )
    result = extract(text, published_at="2024-09-02", min_confidence=0.0)
    facts = {(p.conferences[0] if p.conferences else None, p.count, p.scope) for p in result.paper_counts}
    assert facts == {("Interspeech", 8, "unit"), ("Interspeech", 3, "subset")}


def test_a_count_before_the_only_conference_is_named_takes_it_when_no_other_year_is_written() -> None:
    text = (
        "“고려대의 논문 11편이 채택됐다.”\n\n이 학교 관계자는 NeurIPS가 발표한 결과를 전하며 이렇게 밝혔다."
    )
    assert fact_keys(text, published_at="2024-10-02") == {("korea-university", ("NeurIPS",), 2024, 11)}


def test_a_sentence_about_a_country_ends_the_organizations_subject() -> None:
    text = (
        "SK하이닉스는 올해 ISSCC에서 논문 4편을 발표한다. "
        "대만의 논문 채택 수는 해마다 늘고 있다. 올해는 전년보다 9건 많은 41건을 기록했다."
    )
    assert fact_keys(text, published_at="2025-02-10") == {("sk-hynix", ("ISSCC",), 2025, 4)}


def test_a_conference_of_the_event_a_span_starts_from_is_not_the_counts() -> None:
    text = "네이버는 2022년 ACL에서 첫 초거대 모델 논문을 발표한 이후 관련 연구 15건을 여러 학회에 실었다."
    assert fact_keys(text, published_at="2024-05-01") == {("naver", (), None, 15)}
