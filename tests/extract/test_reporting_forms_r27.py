"""Forms of real reporting probed in round 27, each with sentences written for these tests.

Round 27 took the misses of five new sets (real excerpts on less-covered conferences, plain straight
news, track records over years, numbers that are no paper counts, English-heavy reports) as
phenomena. The sentences below are our own.
"""

from __future__ import annotations

from functools import partial

from tests.extract.conftest import written_facts

kept = partial(written_facts, published_at="2024-08-20")


# 1. A coming edition reported months ahead (an ISSCC programme announced in November): the headline's
#    edition is the article's, however often the body names the one before; the edition before is
#    written as a venue of its own (`전년도 학회 때`, `한 해 전 대회에서`), and `이번에` is the headline's.


def test_the_headline_edition_is_the_article_s_when_the_body_names_the_one_before_more_often() -> None:
    title = "SK하이닉스, ISSCC 2025 논문 6편…역대 최다"
    text = (
        "SK하이닉스가 국제고체회로학회(ISSCC)에서 논문 6편을 발표한다.\n"
        "회사는 ISSCC 2024에서 4편을 발표했고, ISSCC 2024 당시 기관 순위는 5위였다. "
        "인텔은 이번에 9편을 올렸다."
    )
    facts = written_facts(text, title=title, published_at="2024-11-20")
    assert ("sk-hynix", ("ISSCC",), 2025, 6) in facts
    assert ("intel", ("ISSCC",), 2025, 9) in facts
    assert ("sk-hynix", ("ISSCC",), 2024, 4) in facts


def test_the_edition_before_written_as_a_venue_is_the_same_conference() -> None:
    title = "삼성전자, ISSCC 2025 논문 11편"
    text = (
        "삼성전자가 국제고체회로학회(ISSCC)에서 논문 11편을 채택받았다.\n"
        "삼성전자의 11편은 전년도 학회 때 6편에서 크게 늘어난 것이다. "
        "전년도 1위였던 인텔은 이번에 5편에 머물렀다."
    )
    facts = written_facts(text, title=title, published_at="2024-11-20")
    assert ("samsung-electronics", ("ISSCC",), 2024, 6) in facts
    assert ("intel", ("ISSCC",), 2025, 5) in facts
    assert not {f for f in facts if f[1] == ()}


def test_a_year_before_the_edition_written_as_a_venue() -> None:
    title = "KAIST, ISSCC 2025서 논문 8편"
    text = "KAIST가 ISSCC 2025에서 논문 8편을 발표한다. 이번 8편은 한 해 전 학회에서 낸 5편보다 많다."
    facts = written_facts(text, title=title, published_at="2024-11-20")
    assert facts == {("kaist", ("ISSCC",), 2025, 8), ("kaist", ("ISSCC",), 2024, 5)}


# 2. A count over many unnamed venues (`12개 학회에 20건`), then a sentence naming some of those venues
#    without a count: they are examples, not the venue of the counts that follow.


def test_conferences_named_as_examples_of_many_venues_are_not_carried() -> None:
    text = (
        "업스테이지는 올해 12개 학회에 20건의 논문을 실었다. ACL과 EMNLP에 논문을 냈고, ICLR에서는 구두 발표를 했다.\n"
        "업스테이지는 6월 말 이미 14건을 등재했다."
    )
    facts = kept(text)
    assert ("upstage", (), 2024, 14) in facts
    assert not {f for f in facts if f[3] == 14 and f[1]}


# 3. A year word inside an earlier clause dates the count it stands before (`지난해 실적(11건)`), not a
#    later clause's count; one before the sentence's first count dates them all.


def test_a_year_word_before_an_earlier_count_does_not_date_a_later_clause() -> None:
    text = (
        "카카오브레인은 올해 글로벌 AI 학회에 낸 논문 실적을 공개했다. "
        "카카오브레인은 7월 이미 논문 14건을 등재해 지난해 전체 실적(11건)을 넘어섰고, 업스테이지도 상반기에만 8건을 게재했다."
    )
    facts = kept(text)
    assert ("kakao-brain", (), 2023, 11) in facts
    assert ("upstage", (), 2024, 8) in facts


def test_a_year_word_before_the_first_count_dates_the_whole_sentence() -> None:
    text = "지난해 ICML에서 카카오는 6편, 네이버는 9편의 논문을 발표했다."
    assert kept(text) == {("kakao", ("ICML",), 2023, 6), ("naver", ("ICML",), 2023, 9)}


# 4. Two organizations in clauses of their own, each with its verb (`A는 … 넘어섰고, B도 … 올려`): a count
#    in B's clause is B's, not the pair's parent's total as after a list (`A는 21개, B는 14개의 논문을 …`).


def test_a_count_in_the_second_organization_s_own_clause_is_its_own() -> None:
    text = (
        "카카오엔터프라이즈는 8월까지 15건을 등재해 목표를 넘어섰고, 카카오브레인도 상반기에만 7건을 올려 "
        "지난해 12편의 기록에 다가섰다. 두 회사 모두 주요 학회를 노린다."
    )
    facts = kept(text)
    assert ("kakao-brain", (), 2023, 12) in facts
    assert not {f for f in facts if f[0] == "kakao"}


# 5. A part taken from a list of two organizations' counts (`A 4편, B 2편을 발표했고, 이 가운데 1편은`)
#    is a part of one of them, which the sentence does not say: no fact, not their parent's.


def test_a_part_of_a_list_of_two_organizations_counts_is_nobody_s() -> None:
    text = (
        "네이버는 ACL 2023에서 클로바 5편, 네이버랩스유럽 3편의 논문을 발표했고, "
        "이 가운데 서울대와 함께 쓴 2편은 구두 발표로 뽑혔다."
    )
    facts = kept(text)
    assert ("naver-clova", ("ACL",), 2023, 5) in facts
    assert not {f for f in facts if f[3] == 2}


# 6. A parent named first for what its unit did, and the unit named for the same count next (`네이버가 …
#    5편을 올렸다. … 네이버 클로바의 연구 5편이 포함됐다`): one fact, the unit's.


def test_a_parent_restated_as_its_unit_is_the_unit_s_count() -> None:
    text = (
        "네이버가 컴퓨터언어학 학회 NAACL 2024에 논문 여섯 편을 올렸다. "
        "학회가 공개한 채택 목록에는 네이버 클로바의 연구 6편이 들어 있다."
    )
    assert kept(text) == {("naver-clova", ("NAACL",), 2024, 6)}


def test_a_body_statement_of_a_headline_unit_s_count_stays() -> None:
    title = "네이버 클로바 음성팀, ICASSP 2024에 7편"
    text = "올해 ICASSP 2024에서 네이버는 논문 7편을 발표했다. 국내 기업 가운데 가장 많다."
    assert ("naver", ("ICASSP",), 2024, 7) in kept(text, title=title)


# 7. `1년 만에` after a dated count: the count after it is of the year after (`지난해 9편에서 1년 만에 12편`).


def test_a_count_a_year_after_a_dated_one_is_of_the_next_year() -> None:
    text = "포스텍은 지난해 VLSI 2023에서 6편을 발표했는데, 1년 만에 채택 건수를 10건으로 늘렸다."
    facts = kept(text)
    assert ("postech", ("VLSI",), 2023, 6) in facts
    assert ("postech", ("VLSI",), 2024, 10) in facts


# 8. `A와 B에서 각각 N편, C에서 M편`: a conference named after the paired count opens an entry of its own.


def test_each_over_two_conferences_then_a_third_with_its_own_count() -> None:
    text = "카카오는 올해 ICASSP 2024와 인터스피치 2024에서 각각 6편, ICCV 2024에서 4편의 논문이 채택됐다."
    assert kept(text) == {
        ("kakao", ("ICASSP",), 2024, 6),
        ("kakao", ("Interspeech",), 2024, 6),
        ("kakao", ("ICCV",), 2024, 4),
    }


# 9. Round 27c (from r109–r113). `이 학교 논문은` after a company took the subject: the school the
#    headline is about, and it goes on as the subject of the next sentence.


def test_this_school_after_a_company_subject_is_the_headline_school() -> None:
    title = "포스텍, ICML 2024 기관 순위 20위"
    text = (
        "1위는 구글이었다.\n"
        "학교 측은 실적이 늘고 있다고 밝혔다. NeurIPS와 ICML 두 곳에 실린 이 학교 논문은 2019년 4건에서 "
        "2021년 9건으로 늘었다. 2022년에는 13건이었다."
    )
    facts = written_facts(text, title=title, published_at="2024-06-01")
    assert ("postech", ("ICML", "NeurIPS"), 2021, 9) in facts
    assert ("postech", ("ICML", "NeurIPS"), 2022, 13) in facts
    assert not {f for f in facts if f[0] == "google"}


def test_a_journal_named_in_quotes_is_no_carried_conference() -> None:
    text = (
        "KAIST 연구팀은 올해 CHI 2024에서 논문 5편을 발표했다. "
        "연구팀은 학술지 '디지털 헬스'에 2편, '버추얼 휴먼'에 3편을 실었다."
    )
    assert kept(text) == {("kaist", ("CHI",), 2024, 5)}


def test_a_research_partner_named_before_joint_research_owns_nothing() -> None:
    title = "UNIST 연구팀, 스탠퍼드 공동연구로 CHI 논문 4편"
    text = "UNIST 연구팀이 올해 CHI 2024에서 논문 4편을 발표했다."
    assert not {f for f in kept(text, title=title) if f[0] != "unist"}


def test_a_difference_between_two_counts_is_no_count() -> None:
    text = "ISSCC 2024에서 KAIST는 11편, 삼성전자는 8편을 냈다. KAIST와 삼성전자의 차이는 3편이다."
    assert kept(text) == {("kaist", ("ISSCC",), 2024, 11), ("samsung-electronics", ("ISSCC",), 2024, 8)}


def test_what_this_edition_added_to_the_one_before_is_a_difference() -> None:
    text = "삼성전자는 ISSCC 2024에서 9편을 발표했다. 삼성전자는 직전 대회에서 5편이 실렸는데 이번에 4편을 더했다."
    facts = kept(text)
    assert ("samsung-electronics", ("ISSCC",), 2023, 5) in facts
    assert not {f for f in facts if f[3] == 4}


def test_the_edition_right_before_written_as_a_venue() -> None:
    title = "SK하이닉스, ISSCC 2025 논문 6편"
    text = "SK하이닉스는 ISSCC 2025에서 6편을 발표한다. 회사는 바로 앞선 대회 때 4편으로 10위였다."
    facts = written_facts(text, title=title, published_at="2024-11-20")
    assert ("sk-hynix", ("ISSCC",), 2024, 4) in facts


def test_a_record_since_founding_does_not_make_a_competitor_s_count_cumulative() -> None:
    text = (
        "고려대는 CVPR 2024에서 논문 21편을 발표했다. "
        "개교 이래 이 학회에서 거둔 가장 큰 성과로, 15편을 낸 서울대를 앞질렀다."
    )
    assert ("snu", ("CVPR",), 2024, 15) in kept(text)


def test_a_nickname_is_no_conference_name() -> None:
    title = "삼성전자, VLSI 2024 논문 12건"
    text = (
        "삼성전자가 VLSI 2024에서 12건을 발표한다. VLSI에는 '반도체 올림픽'이라는 별칭이 붙었다. "
        "KAIST는 9건을 올렸다."
    )
    facts = kept(text, title=title)
    assert ("kaist", ("VLSI",), 2024, 9) in facts


def test_this_conference_word_returns_to_the_article_s_conference() -> None:
    title = "EMNLP 2024서 한국 논문 30편"
    text = (
        'EMNLP 2024가 폐막했다. 업계는 "CVPR, ICCV 등에서는 한국이 이미 상위권"이라고 말했다.\n'
        "이번 학회에 가장 많은 논문을 낸 국내 기업은 LG AI연구원이다. LG AI연구원은 8편을 발표했다."
    )
    assert ("lg-ai-research", ("EMNLP",), 2024, 8) in kept(text, title=title)


def test_the_unit_a_parent_reported_goes_on_as_the_subject() -> None:
    title = "네이버 클로바, ICCV 2023서 논문 9편"
    text = (
        "네이버는 사내 AI 조직 클로바가 ICCV 2023에서 정규 논문 9편을 발표했다고 밝혔다. "
        "정규 논문 가운데 2편은 구두 발표로 뽑혔다."
    )
    facts = written_facts(text, title=title, published_at="2023-10-05")
    assert ("naver-clova", ("ICCV",), 2023, 2) in facts
    assert not {f for f in facts if f[0] == "naver"}


def test_a_breakdown_by_track_after_a_sentence_between() -> None:
    text = (
        "카카오브레인의 논문 여섯 편이 ACL 2023에 채택됐다. 카카오는 올해 CVPR에 이어 또 성과를 냈다. "
        "트랙별로는 메인 4편, 파인딩스 2편이다."
    )
    facts = kept(text)
    assert ("kakao-brain", ("ACL",), 2023, 4) in facts
    assert not {f for f in facts if f[0] == "kakao"}


def test_papers_that_won_a_prize_are_no_subset() -> None:
    text = (
        "KAIST는 CHI 2024에서 논문 20편을 발표했다. 이 가운데 5편은 우수논문상(Honorable Mention)을 받았다."
    )
    assert kept(text) == {("kaist", ("CHI",), 2024, 20)}


def test_patents_as_the_topic_are_no_papers() -> None:
    text = (
        "구글은 ICML 2024에서 논문 80편을 발표했다. "
        "한편 국내에 등록된 AI 특허는 삼성전자가 120건으로 가장 많았고 네이버(60건)가 뒤를 이었다."
    )
    assert kept(text) == {("google", ("ICML",), 2024, 80)}


def test_this_year_s_event_in_a_story_on_next_year_s_edition() -> None:
    title = "삼성전자, ISSCC 2025 논문 12편"
    text = "삼성전자가 내년 ISSCC 2025에서 12편을 발표한다. 올해 열린 대회에서 실린 6편의 두 배다."
    facts = written_facts(text, title=title, published_at="2024-11-20")
    assert ("samsung-electronics", ("ISSCC",), 2024, 6) in facts


def test_a_year_word_at_the_count_after_a_span_since() -> None:
    text = "뷰노는 2018년부터 매년 RSNA에 초록을 내 왔고 지난해 5개에 이어 올해 8개가 채택됐다."
    facts = kept(text)
    assert ("vuno", ("RSNA",), 2023, 5) in facts
    assert ("vuno", ("RSNA",), 2024, 8) in facts


# 10. Round 27d (from r114–r118).


def test_that_year_after_a_paragraph_set_in_a_year_before() -> None:
    text = (
        "KAIST는 NeurIPS 2024에서 논문 24편을 발표했다.\n"
        "1년 전만 해도 사정은 달랐다. 그해 KAIST의 채택 논문은 6편이었다."
    )
    facts = kept(text, published_at="2024-12-10")
    assert ("kaist", ("NeurIPS",), 2023, 6) in facts


def test_a_dated_edition_word_after_another_conference_named_is_that_conference() -> None:
    text = (
        "고려대는 CVPR 2024에서 논문 15편을 발표했다. 유럽 학회 ECCV에서도 이 대학의 실적은 오름세다. "
        "2020년 대회에서 6편이던 고려대 논문은 2022년 대회에서 11편으로 늘었다."
    )
    facts = kept(text)
    assert ("korea-university", ("ECCV",), 2020, 6) in facts
    assert ("korea-university", ("ECCV",), 2022, 11) in facts


def test_where_the_papers_came_from_owns_them() -> None:
    text = "올해 ACL 2024에 실린 국내 논문은 모두 40편이다. 이 가운데 14편이 서울대에서, 9편이 LG AI연구원에서 나왔다."
    facts = kept(text)
    assert ("snu", ("ACL",), 2024, 14) in facts
    assert ("lg-ai-research", ("ACL",), 2024, 9) in facts


def test_this_department_is_the_headline_university_s_part() -> None:
    title = "고려대, CVPR 2024 논문 18편…국내 대학 최다"
    text = (
        "고려대가 CVPR 2024에서 18편을 발표한다. 연세대가 15편으로 뒤를 이었다.\n"
        "학내에서는 전기전자공학부의 기여가 컸다. 이 학부에서만 9편이 나왔다."
    )
    facts = kept(text, title=title)
    assert ("korea-university", ("CVPR",), 2024, 9) in facts
    assert not {f for f in facts if f[0] == "yonsei" and f[3] == 9}


def test_the_organization_a_rank_follows_is_no_owner() -> None:
    text = "삼성전자는 ISSCC 2024에서 미국 법인 논문을 포함해 10편으로, 벨기에 아이멕에 이어 전체 기관 가운데 2위다."
    facts = kept(text)
    assert ("samsung-electronics", ("ISSCC",), 2024, 10) in facts
    assert not {f for f in facts if f[0] == "imec"}


# 11. Round 27e (from r119–r123).


def test_this_school_as_a_topic_carries_the_headline_school_past_a_ranking() -> None:
    title = "포스텍, ICML 2024 기관 순위 18위"
    text = (
        "1위는 구글이 차지했고 스탠퍼드대, MIT, 카네기멜런대가 뒤를 이었다.\n"
        "이 학교의 논문 실적은 해마다 늘고 있다. NeurIPS와 ICML 두 곳에 실은 논문은 2020년 4건에서 2023년 11건으로 늘었다."
    )
    facts = written_facts(text, title=title, published_at="2024-06-01")
    assert ("postech", ("ICML", "NeurIPS"), 2023, 11) in facts
    assert not {f for f in facts if f[0] in ("google", "cmu")}


def test_a_count_modifying_a_named_foreign_organization() -> None:
    text = "SK하이닉스는 VLSI 2024에서 논문 12편이 채택돼 10편의 미국 인텔을 앞질렀다."
    facts = kept(text)
    assert ("intel", ("VLSI",), 2024, 10) in facts


def test_papers_that_won_a_bare_prize() -> None:
    text = "서울대병원 영상의학과는 RSNA 2023에서 논문 15편을 발표했으며, 이 가운데 3편이 상을 받았다."
    assert kept(text) == {("snuh", ("RSNA",), 2023, 15)}


def test_sci_grade_papers_are_journal_papers() -> None:
    text = "KAIST 연구진은 ICML 2024에서 논문 5편을 발표했다. 연구진은 3년 동안 SCI(E)급 논문 14편을 냈다."
    assert kept(text) == {("kaist", ("ICML",), 2024, 5)}


def test_the_organization_a_part_is_the_achievement_of() -> None:
    text = (
        "네이버가 CVPR 2024에서 6편을 발표한다. 이 가운데 3편은 네이버가 인수한 프랑스 연구소 "
        "'네이버랩스 유럽'이 낸 성과다."
    )
    facts = kept(text)
    assert ("naver-labs-europe", ("CVPR",), 2024, 3) in facts
    assert ("naver", ("CVPR",), 2024, 3) not in facts


def test_a_headline_total_with_an_affiliate_added_is_the_headline_subject_s() -> None:
    title = "ICASSP 2024 국내 기업 논문 1위는 네이버…7편, 라인 합치면 12편"
    text = "네이버가 ICASSP 2024에서 7편의 논문을 발표했다. 일본 관계사 라인이 낸 논문까지 더하면 12편이다."
    facts = kept(text, title=title)
    assert ("naver", ("ICASSP",), 2024, 12) in facts
    assert ("line", ("ICASSP",), 2024, 12) not in facts


def test_this_time_s_count_is_the_lead_edition() -> None:
    title = "업스테이지, ACL 2024 논문 3편…ICLR 이어"
    text = (
        "업스테이지가 ACL 2024에서 논문 3편을 채택받았다. 업스테이지는 지난 5월 ICLR 2024에서도 4편을 냈다. "
        "이번 세 편은 모두 한국어 연구다."
    )
    facts = kept(text, title=title)
    assert ("upstage", ("ICLR",), 2024, 3) not in facts


def test_a_news_outlet_that_tallied_owns_nothing() -> None:
    text = "일본 니혼게이자이신문이 집계한 ISSCC 2024 기관별 순위에서 삼성전자는 11건으로 2위였다."
    facts = kept(text)
    assert ("samsung-electronics", ("ISSCC",), 2024, 11) in facts
    assert not {f for f in facts if f[0] == "nikkei"}


def test_proposals_beside_papers_are_no_papers() -> None:
    text = "삼성전자는 ISSCC 2024에서 논문 6편과 제안 2건을 발표한다."
    assert kept(text) == {("samsung-electronics", ("ISSCC",), 2024, 6)}


def test_firms_counted_a_few_words_on_are_no_papers() -> None:
    text = "DAC 2024에서 KAIST는 논문 3편을 발표한다. 이 학술대회에서는 180개 설계 소프트웨어 업체의 신제품도 공개된다."
    assert kept(text) == {("kaist", ("DAC",), 2024, 3)}


def test_the_school_a_lab_moved_to_owns_none_of_its_career_count() -> None:
    text = "김 교수 연구팀은 2010년 KAIST로 옮겨 지금까지 ISSCC에서 40편의 논문을 발표했다."
    assert not {f for f in kept(text) if f[0] == "kaist"}


def test_a_country_s_total_of_named_contributors() -> None:
    text = "ISSCC 2024에서 한국은 KAIST와 삼성전자가 낸 논문을 합쳐 20편을 선보인다. KAIST는 9편이다."
    facts = kept(text)
    assert ("kaist", ("ISSCC",), 2024, 9) in facts
    assert not {f for f in facts if f[3] == 20}


# 12. Round 27f (from r124–r128).


def test_a_web_address_names_no_conference() -> None:
    text = (
        "한국정보과학회(회장 홍길동 www.kiise.or.kr)가 주최한 학술대회가 열렸다. "
        "대학별 발표 건수는 한양대가 30건으로 가장 많았다."
    )
    assert not {f for f in kept(text) if f[1] == ("WWW",)}


def test_prizes_given_across_a_comma_and_nominees_are_award_slots() -> None:
    text = (
        "KAIST는 CHI 2024에서 논문 18편을 발표했다. 이번 논문 가운데 1편은 최우수 논문상(Best Paper)을, "
        "또 다른 1편은 우수 논문상(Honorable Mention)을 받았다. 5편은 최우수 논문 후보에 이름을 올렸다."
    )
    assert kept(text) == {("kaist", ("CHI",), 2024, 18)}


def test_schools_and_labs_counted_are_no_papers() -> None:
    text = "KAIST는 CHI 2024에서 논문 18편을 발표했다. 이번 성과에는 KAIST 안의 5개 학부·대학원에 속한 12개 연구실이 참여했다."
    assert kept(text) == {("kaist", ("CHI",), 2024, 18)}


def test_a_partner_named_with_papers_in_a_headline() -> None:
    title = "LG AI연구원, AAAI서 옥스퍼드대와 논문 3편"
    text = "LG AI연구원이 AAAI 2024에서 옥스퍼드대와 함께 쓴 논문 3편을 발표했다."
    assert not {f for f in kept(text, title=title) if f[0] == "oxford"}


def test_papers_from_a_country() -> None:
    text = "KAIST는 ISSCC 2024에서 9편을 발표한다. 이번 대회에 실리는 한국발 논문은 모두 30편이다."
    assert kept(text) == {("kaist", ("ISSCC",), 2024, 9)}


def test_a_product_team_is_its_company() -> None:
    text = "아마존은 인터스피치 2024에서 알렉사 연구진이 논문 12편을 발표한다고 밝혔다."
    assert kept(text) == {("amazon", ("Interspeech",), 2024, 12)}


def test_an_edition_held_next_year_described_by_its_number() -> None:
    text = (
        "국제고체회로학회(ISSCC)에서 한국이 2위에 올랐다. 내년 2월 미국에서 열리는 72번째 대회 얘기다. "
        "기관별로 보면 KAIST가 7편을 올렸다."
    )
    assert ("kaist", ("ISSCC",), 2025, 7) in kept(text, published_at="2024-11-20")


def test_a_span_that_describes_the_organization_does_not_make_the_count_cumulative() -> None:
    text = "VLSI 2024 기술 부문에서는 최근 10년간 정상을 지켜온 아이멕이 12건으로 올해도 1위였다."
    assert ("imec", ("VLSI",), 2024, 12) in kept(text)


def test_a_founder_in_a_person_s_title_owns_no_count() -> None:
    text = "ISSCC 2024는 엔비디아 창업자인 젠슨 황의 기조연설로 막을 올리며, 모두 234편의 논문이 발표된다."
    assert not {f for f in kept(text) if f[0] == "nvidia"}


def test_a_country_s_total_as_a_locative_topic() -> None:
    text = "우리나라에서는 KAIST와 삼성전자가 낸 논문을 합쳐 20편이 ISSCC 2024 무대에 오른다."
    assert kept(text) == set()


def test_a_parenthesized_count_of_another_s_tally() -> None:
    text = "KAIST는 NeurIPS 2024에서 31편을 발표했다. KAIST의 성적은 일본 한 나라 전체의 채택 건수(35편)에 맞먹는다."
    assert kept(text) == {("kaist", ("NeurIPS",), 2024, 31)}


def test_the_papers_of_a_session_are_the_conference_s() -> None:
    text = "SK하이닉스가 VLSI 2024에서 논문을 발표한다. 이번 학회 하이라이트 세션에 오른 논문은 모두 5편인데, SK하이닉스는 첫 순서를 맡았다."
    assert kept(text) == set()


# 13. Round 27g (from r129–r133): a pool written with a long gloss before `가운데`.


def test_a_pool_with_a_long_gloss_is_no_organization_s_count() -> None:
    text = (
        "ISSCC 2024에서 채택 논문 234편(논문 제1저자 소속 기준, 해외 법인이 제1저자인 경우 포함, 초청 강연 제외) "
        "가운데 삼성전자가 11편을 차지했다."
    )
    assert kept(text) == {("samsung-electronics", ("ISSCC",), 2024, 11)}


# 14. Round 27h (from r134–r138).


def test_a_field_acronym_before_researchers_is_no_organization() -> None:
    text = "CHI 2024 당시 UNIST의 HCI 연구진이 발표한 논문은 9편이었다."
    assert kept(text) == {("unist", ("CHI",), 2024, 9)}


def test_this_year_s_conference_is_the_article_s() -> None:
    text = (
        "삼성전자가 VLSI 2024에서 논문 15편을 발표했다. 15편은 올해 학회에 참가한 기업 가운데 가장 많은 숫자다. "
        "IBM이 10편으로 뒤를 이었다."
    )
    assert ("ibm", ("VLSI",), 2024, 10) in kept(text)


def test_exhibits_beside_papers_are_no_papers() -> None:
    text = "KAIST는 CHI 2024에서 정규 논문 20편을 발표했다. 이 밖에 인터랙티비티 전시 4건을 선보였다."
    assert kept(text) == {("kaist", ("CHI",), 2024, 20)}


def test_papers_handed_prizes_are_award_slots() -> None:
    text = (
        "한국정보과학회 학술대회에서 서울대는 논문 12편을 발표했다. 심사를 거쳐 5편이 우수 논문으로 선정됐으며, "
        "최우수 논문 1편에는 장관상, 우수 논문 4편에는 학회장상이 수여됐다."
    )
    assert not {f for f in kept(text) if f[3] in (1, 4, 5)}


def test_a_selection_of_distinguished_papers_stays_a_subset() -> None:
    text = "LG디스플레이는 SID 2024에서 논문 20편을 발표했다. 이 가운데 3편이 올해의 우수논문으로 선정됐다."
    assert ("lg-display", ("SID",), 2024, 3) in kept(text)


# 15. Round 27i (from r139–r143).


def test_a_conference_year_before_a_main_session_is_no_count() -> None:
    title = "국민대 학부생 논문, ICML 2026 본회의 채택"
    assert (
        written_facts("국민대 학부생이 제1저자로 쓴 논문이 채택됐다.", title=title, published_at="2026-05-10")
        == set()
    )


def test_not_even_one_paper_written_with_a_noun() -> None:
    text = "직전 대회에서 단 한 편의 논문도 올리지 못했던 인텔은 이번 ISSCC 2024에서 8편을 통과시켰다."
    assert kept(text) == {("intel", ("ISSCC",), 2024, 8)}


def test_a_count_modifying_an_organization_with_its_country() -> None:
    text = "ISSCC 2024에서 기업 2위는 10편의 인텔이었고, 기업 3위는 5편을 낸 미국 IBM이었다."
    assert ("ibm", ("ISSCC",), 2024, 5) in kept(text)


def test_the_same_count_as_last_year_is_this_year_s() -> None:
    text = "ISSCC 2024에서 인텔은 지난해와 똑같은 10편에 머물렀고, IBM은 5편이었다."
    facts = kept(text)
    assert ("ibm", ("ISSCC",), 2024, 5) in facts
    assert ("ibm", ("ISSCC",), 2023, 5) not in facts


def test_a_conference_committee_as_the_source_keeps_the_conference() -> None:
    text = (
        "ISSCC 2025 논문 채택 결과가 나왔다. 학회 아시아지역위원회가 서울에서 연 설명회 자료에 따르면 "
        "KAIST가 12편으로 가장 많았다."
    )
    assert ("kaist", ("ISSCC",), 2025, 12) in kept(text, published_at="2024-11-20")


def test_a_part_that_is_a_unit_s_researchers_work() -> None:
    text = (
        "인텔은 NeurIPS 2024에서 9편을 발표한다. 이 가운데 2편은 인텔이 인수한 하바나 랩스 연구진의 작품이다."
    )
    facts = kept(text)
    assert ("habana-labs", ("NeurIPS",), 2024, 2) in facts
    assert ("intel", ("NeurIPS",), 2024, 2) not in facts


# 16. Round 27j.


def test_a_pool_restating_an_earlier_count_keeps_its_conference() -> None:
    text = (
        "네이버는 인터스피치 2024에서 논문 8편을 발표했다. 네이버와 라인은 ICASSP 2024에서도 합계 12건을 냈다. "
        "네이버 논문 8편 중 4편은 외부 기관과 함께 쓴 연구다."
    )
    facts = kept(text, published_at="2024-09-06")
    assert ("naver", ("ICASSP",), 2024, 8) not in facts
    assert ("naver", ("ICASSP",), 2024, 4) not in facts


def test_two_conferences_just_named_are_the_two_referred_to() -> None:
    text = (
        "KAIST는 ISSCC 2022에서 10편을 발표했다. VLSI 2022에서도 9편이 채택됐다.\n"
        "ICML과 NeurIPS의 논문을 합한 기준으로 KAIST는 세계 6위를 기록했다. 두 학회에 실린 KAIST 논문은 "
        "2019년 8건에서 2021년 17건으로 늘었다."
    )
    facts = kept(text)
    assert ("kaist", ("ICML", "NeurIPS"), 2021, 17) in facts
    assert not {f for f in facts if f[3] == 17 and f[1] != ("ICML", "NeurIPS")}
