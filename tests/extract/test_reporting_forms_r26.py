"""Forms of real reporting probed in round 26, each with sentences written for these tests.

Round 26 took the misses of five new sets (real excerpts on AI and on circuit conferences, university
news, reports rewritten in other newsroom styles, reports rewritten as precision traps) as phenomena.
The sentences below are our own.
"""

from __future__ import annotations

from functools import partial

from extract import extract
from tests.extract.conftest import written_facts

kept = partial(written_facts, published_at="2024-08-20")


# 1. A listicle: an organization alone on a header line, what it did in bullet lines under it. The
#    bullets leave their subject out; it is the header's, as sure as a subject written in the clause.


def test_bullets_under_an_organization_header_are_its_counts() -> None:
    text = (
        "상반기 주요 기업의 학회 성적을 정리했다.\n"
        "■ 업스테이지\n"
        "- 올해 국제 학회에 실린 논문 11건.\n"
        "- 지난해 한 해 동안 채택된 논문은 7건이었다.\n"
        "■ 총평\n"
        "하반기에는 경쟁이 더 치열해질 전망이다."
    )
    assert kept(text) == {("upstage", (), 2024, 11), ("upstage", (), 2023, 7)}


def test_a_header_needs_bullets_under_it() -> None:
    text = "■ 업스테이지\n올해는 신규 채용을 늘렸다. 발표 자료는 11건이었다."
    assert ("upstage", (), 2024, 11) not in kept(text)


# 2. A tally of one year cited as the source (`2023년 집계에 따르면`): counts over unnamed venues given
#    later without a year of their own are of that year, not of the publication's.


def test_counts_after_a_tally_of_a_year_are_of_that_year() -> None:
    text = (
        "한 분석 기관의 2023년 집계에 따르면 주요 AI 학회 논문은 크게 늘었다.\n"
        "기관별로 보면 구글이 612편으로 가장 많았고 마이크로소프트가 455편으로 뒤를 이었다."
    )
    facts = kept(text)
    assert ("google", (), 2023, 612) in facts
    assert ("microsoft", (), 2023, 455) in facts


# 3. A table pasted with bars whose header names a column of counts (`편수`, `논문 수`), no unit in the rows.


def test_a_barred_table_with_a_count_column() -> None:
    text = (
        "IEDM 2024 기관별 채택 현황은 다음과 같다.\n"
        "순위 | 기관 | 편수\n"
        "1 | 인텔 | 14\n"
        "2 | 삼성전자 | 10\n"
        "\n"
        "발표는 12월에 열린다."
    )
    assert kept(text) == {("intel", ("IEDM",), 2024, 14), ("samsung-electronics", ("IEDM",), 2024, 10)}


# 4. Counts written in English inside Korean text (`4 papers`): read as 편.


def test_english_paper_counts() -> None:
    assert kept("업스테이지는 NeurIPS 2024에 6 papers가 accepted 됐다고 밝혔다.") == {
        ("upstage", ("NeurIPS",), 2024, 6)
    }
    assert ("upstage", ("NeurIPS",), 2024, 6) not in kept("업스테이지는 NeurIPS 2024 6 paperwork를 마쳤다.")


# 5. `각각` after a list of years with one count: each year has it.


def test_one_count_for_each_of_listed_years() -> None:
    facts = kept("SK하이닉스는 2022년과 2023년 ISSCC에서 각각 4편을 발표했다.")
    assert {("sk-hynix", ("ISSCC",), 2022, 4), ("sk-hynix", ("ISSCC",), 2023, 4)} <= facts


# 6. A count that ranks its owner at the conference written after it (`N편으로 CONF 최다`), also a run
#    of dated counts before it.


def test_counts_ranking_their_owner_at_the_conference_after_them() -> None:
    text = (
        "인텔은 2019년 VLSI학회에서 논문 12건이 선정됐다. "
        "이후 2020년 14편, 2021년 11건으로 VLSI학회 최다 논문 기업 자리를 지켰다."
    )
    facts = kept(text, published_at="2021-06-20")
    assert {("intel", ("VLSI",), 2020, 14), ("intel", ("VLSI",), 2021, 11)} <= facts


# 7. `등 N편` after counts of two or more organizations: the whole of a list, no member's.


def test_a_total_after_a_list_of_organizations_counts_is_no_members() -> None:
    text = (
        "ISSCC 2025에는 △삼성전자가 메모리 기술 등 8편의 논문 △KAIST가 저전력 프로세서 기술 등을 "
        "포함한 4편의 논문 등 21편의 논문이 발표된다."
    )
    facts = kept(text)
    assert ("samsung-electronics", ("ISSCC",), 2025, 8) in facts
    assert not any(count == 21 for _, _, _, count in facts)


# 8. `A는 … 논문까지 합쳐 N편`: A is the topic and what it includes the object, so the total is A's, not
#    the subject carried from the sentence before.


def test_a_topic_summing_its_own_papers_with_까지() -> None:
    text = (
        "ISSCC 2024에서 가장 많은 논문을 낸 곳은 인텔이었다. "
        "삼성전자는 해외 연구소에서 낸 논문까지 합쳐 11편으로 인텔에 이어 2위였다."
    )
    facts = kept(text)
    assert ("samsung-electronics", ("ISSCC",), 2024, 11) in facts
    assert ("intel", ("ISSCC",), 2024, 11) not in facts


# 9. The papers an award is given to (`3편에 주어지는 상`) are slots, whoever the sentence names.


def test_papers_an_award_is_given_to_are_no_ones_count() -> None:
    text = (
        "박사과정 학생이 지난해 가을 열린 학술대회에서 최우수 논문상을 받았다. "
        'POSTECH 관계자는 "단 4편의 논문에 주어지는 최우수 논문에 학생 논문이 뽑혔다"고 말했다.'
    )
    assert not any(count == 4 for _, _, _, count in kept(text))


# 10. A count after a sentence that counted at a venue goes on with it, also in an article that counts
#     citations elsewhere; the same organization named again later in the sentence is no rival.


def test_a_trend_going_on_from_a_venue_count_in_an_article_about_citations() -> None:
    text = (
        "카카오브레인의 논문은 지난 4년간 주요 학회에서 모두 120편이 채택됐다. "
        "2020년 12편에서 2023년 41편으로 늘었는데 카카오브레인의 연구 역량이 커졌다는 뜻이다. "
        "이 논문들은 구글 스칼라 기준 5000회 넘게 피인용됐다."
    )
    facts = kept(text, published_at="2023-12-10")
    assert {("kakao-brain", (), 2020, 12), ("kakao-brain", (), 2023, 41)} <= facts


def test_team_naver_is_naver() -> None:
    result = extract("팀네이버는 올해 CVPR에서 논문 20편을 발표했다.", published_at="2024-06-20")
    assert [p.organization_id for p in result.paper_counts] == ["naver"]


# Round 26b (from the second batch, r79–r83).

# 11. A sentence opening with the pool its count is a part of (`6편의 논문 중 … 등 2편은`), however far
#     the count: a part of the pool's owner, not of a unit named for one paper in between; a year word
#     dating that unit's past (`작년 … 1위를 차지했던 B의`) is no year of the part.


def test_a_part_of_a_pool_opening_its_sentence() -> None:
    text = (
        "LG AI연구원은 이번 ICCV 2023에서 총 6편의 논문을 발표한다. "
        "6편의 논문 중 작년 챌린지에서 1위를 차지했던 LG전자의 영상 복원 기술을 다룬 논문과 "
        "토론토대와 함께 쓴 3차원 인식 논문 등 2편은 ICCV 구두 발표 세션에 올랐다."
    )
    facts = kept(text, published_at="2023-09-20")
    assert ("lg-ai-research", ("ICCV",), 2023, 2) in facts
    assert not any(org == "lg-electronics" for org, _, _, _ in facts)


# 12. A count over years at top venues described, not named (`지난 5년 동안 최고 권위 학회에`), is no count
#     at the one conference the article names elsewhere.


def test_a_count_over_years_at_described_venues_is_at_none() -> None:
    text = (
        "카카오브레인은 지난 5년 동안 세계 최고 권위 AI 학회에 채택된 논문이 120편에 이른다고 밝혔다.\n"
        "이 가운데 한 편은 올해 CVPR 2024에서 최우수 논문 후보에 올랐다."
    )
    facts = kept(text)
    assert ("kakao-brain", (), None, 120) in facts
    assert ("kakao-brain", ("CVPR",), None, 120) not in facts


# 13. `A는 자사와 자회사 B가 … N편`: the subject with its unit, A's total, not B's.


def test_itself_and_its_subsidiary() -> None:
    facts = kept(
        "네이버는 자사와 자회사 네이버클라우드가 올해 주요 AI 학회에서 발표한 논문이 80편이라고 밝혔다."
    )
    assert ("naver", (), 2024, 80) in facts
    assert ("naver-cloud", (), 2024, 80) not in facts


# 14. `두 회사는 각각 N편, M편` after a sentence that names the two without counting them.


def test_two_companies_each_after_a_sentence_naming_them() -> None:
    text = (
        "ICML 2024 기업 순위에서 구글이 190편으로 1위였다. 그 뒤를 메타와 엔비디아가 이었다. "
        "두 회사는 각각 110편, 64편을 냈다."
    )
    facts = kept(text)
    assert {("meta", ("ICML",), 2024, 110), ("nvidia", ("ICML",), 2024, 64)} <= facts


# 15. Programme items named in English (`Competition 4건, Interactivity 2건, Workshop 6건`) are no papers;
#     a workshop alone stays a count.


def test_programme_items_in_english_are_no_papers() -> None:
    text = "지난해 CHI 2023에서 KAIST는 full paper 21편, Student Competition 4건, Interactivity 2건, Workshop 6건을 기록했다."
    facts = kept(text)
    assert ("kaist", ("CHI",), 2023, 21) in facts
    assert not any(count in (4, 2, 6) for _, _, _, count in facts)


# 16. A track written as the topic (`회로 부문은 A가 9건으로`) is a part; the organization's count on a
#     ranking line above it stands.


def test_a_track_topic_is_a_part_and_a_ranking_line_stands() -> None:
    text = (
        "VLSI 2024 기관별 채택 논문 순위는 다음과 같다.\n"
        "1위 삼성전자 14건\n"
        "2위 KAIST 12건\n"
        "회로 부문은 KAIST가 8건으로 1위였다."
    )
    facts = kept(text)
    assert {("kaist", ("VLSI",), 2024, 12), ("kaist", ("VLSI",), 2024, 8)} <= facts


# Round 26c (from the third batch, r84–r88).

# 17. A part in parentheses right after its whole (`5편(이 가운데 AI대학원 2편)`) is a part of that count,
#     of its year, not of the unit's count of another year.


def test_a_units_part_in_parentheses_takes_its_wholes_year() -> None:
    text = (
        "POSTECH은 올해 ICML에서 24편을 발표했고, 이 가운데 인공지능대학원이 15편을 냈다. "
        "POSTECH은 지난해 대회에서 6편(이 가운데 인공지능대학원 3편)에 그쳤다."
    )
    facts = kept(text)
    assert ("postech", ("ICML",), 2023, 3) in facts
    assert ("postech", ("ICML",), 2024, 3) not in facts


# 18. A count of tracks (`22개 주요 연구 트랙`) is no count of papers.


def test_a_count_of_research_tracks_is_no_papers() -> None:
    text = (
        "고려대는 이번 ACL 2024에서 논문 9편을 발표하며 31개 주요 연구 트랙 가운데 7개 트랙에 이름을 올렸다."
    )
    assert kept(text) == {("korea-university", ("ACL",), 2024, 9)}


# 19. A sentence about the edition of another year that ends on this year's (`2011년 학회에서 … 2014년에도`)
#     does not date the counts after it.


def test_a_look_back_ending_on_this_edition_does_not_date_what_follows() -> None:
    text = (
        "내년 2월 열리는 ISSCC 2025에서 한국은 3위에 머물렀다. "
        "한국은 2019년 학회에서 2위까지 올랐지만 2025년에도 일본을 넘지 못했다. "
        "기관별로는 인텔이 12편으로 가장 많았다."
    )
    assert ("intel", ("ISSCC",), 2025, 12) in kept(text, published_at="2024-11-20")


# 20. A parent that only announces (`LG는 … 선보인다고 밝혔다`) in an article about its unit does not take
#     the unit's later counts.


def test_a_parent_that_only_announces_leaves_the_counts_to_its_unit() -> None:
    text = (
        "LG AI연구원이 ICCV 2023에서 논문 5편을 발표한다. "
        "LG는 이번 학회에서 초거대 AI 기술을 선보인다고 이날 밝혔다. "
        "출범 첫해인 지난해 ICCV에서 논문 1편을 냈던 것과 비교하면 크게 늘었다."
    )
    facts = kept(text, published_at="2023-09-20")
    assert ("lg-ai-research", ("ICCV",), 2022, 1) in facts
    assert not any(org == "lg" for org, _, _, _ in facts)


# 21. A challenge in another clause of the sentence (`… 21편을 발표했고, 경진대회 4건에도`) leaves the
#     clause's paper counts alone; `당시` after a sentence naming last year's edition is that edition.


def test_a_challenge_in_another_clause_and_then() -> None:
    text = (
        "고려대는 올해 CHI 2024에서 풀페이퍼 15편을 발표한다. 이는 지난해 열린 CHI 2023 실적을 웃돈다. "
        "고려대는 당시 풀페이퍼 9편을 발표했고, 학생 디자인 경진대회 2건에도 참여했다."
    )
    facts = kept(text)
    assert ("korea-university", ("CHI",), 2023, 9) in facts
    assert not any(count == 2 for _, _, _, count in facts)


# 22. A research unit written as its company's name and `AI` (`크래프톤 AI`) is that unit.


def test_krafton_ai_is_a_unit() -> None:
    facts = kept("크래프톤의 AI 연구 조직인 '크래프톤 AI'는 올해 NeurIPS에 논문 6편을 올렸다.")
    assert ("krafton-ai", ("NeurIPS",), 2024, 6) in facts


# 23. A department in the first body line under a headline that names two universities belongs to the
#     one the headline opens with.


def test_a_department_under_a_headline_opening_with_its_university() -> None:
    result = extract(
        "기계공학과만 6편…한 연구실이 3편\n고려대는 ICRA 2024에 논문 12편이 채택됐다고 밝혔다.",
        title="고려대, ICRA 2024 논문 12편…연세대 9편 앞서",
        published_at="2024-05-20",
    )
    owners = {(p.organization_id, p.count) for p in result.paper_counts if p.confidence >= 0.4}
    assert ("korea-university", 6) in owners
    assert ("yonsei-university", 6) not in owners


# 24. A whole re-mentioned and its listed parts (`5편은 메인 3편, 파인딩스 1편, 인더스트리 1편으로`), or
#     listed parts adding up to the fact before, are parts: two equal parts are two facts.


def test_listed_parts_of_a_whole_keep_equal_parts_apart() -> None:
    text = (
        "카카오브레인의 논문 6편이 ACL 2024에 채택됐다. 학회가 공개한 목록에 따르면 "
        "6편은 메인 컨퍼런스 4편, 파인딩스 1편, 인더스트리 트랙 1편으로 구성됐다."
    )
    result = extract(text, published_at="2024-06-01")
    ones = [p for p in result.paper_counts if p.count == 1 and p.scope == "subset"]
    assert len(ones) == 2


def test_parts_of_the_fact_before_named_with_their_owner() -> None:
    text = (
        "카카오브레인이 ACL 2024에 논문 6편을 올렸다. 올해 들어 이어진 성과다.\n"
        "ACL이 공개한 목록을 보면 카카오브레인의 논문은 메인 컨퍼런스 4편, 파인딩스 1편, 인더스트리 1편이다."
    )
    result = extract(text, published_at="2024-06-01")
    assert sorted(p.count for p in result.paper_counts if p.scope == "subset") == [1, 1, 4]


# 25. In an article that also counts citations, a ranking at top venues goes on over sentences and
#     paragraphs from the sentence that names them (`등재 논문 수로는 …`).


def test_a_ranking_at_venues_goes_on_in_an_article_about_citations() -> None:
    text = (
        "3대 AI 학회 등재 논문 수로는 구글이 700편으로 1위였다. 메타가 350편으로 뒤를 이었다.\n"
        "11위는 애플로 120편이었다.\n"
        "피인용 순위로 보면 순서가 달라진다. 메타가 1위, 구글이 2위였다."
    )
    facts = kept(text)
    assert {count for _, _, _, count in facts} >= {700, 350, 120}


# Round 26d (from the fourth batch, r89–r93).

# 26. A conference's history (`1987년부터 매년 열리는 X는`) dates none of the counts after it.


def test_a_conference_held_every_year_since_dates_nothing() -> None:
    text = (
        "1995년부터 매년 열리는 인터스피치는 규모가 빠르게 커졌다.\n"
        "서강대는 이번 인터스피치에서 논문 6편을 발표했다. 이 가운데 4편이 구두 발표다."
    )
    facts = kept(text)
    assert ("sogang", ("Interspeech",), 2024, 6) in facts
    assert not any(year == 1995 for _, _, year, _ in facts)


# 27. A campus paper's `본교` is the headline's one university, not the subject before it; with no
#     university in the headline, no one.


def test_our_school_is_the_headlines_university() -> None:
    text = "구글은 이번 CVPR 2024에 논문 40편을 냈다.\n올해 본교에서 채택된 논문은 모두 14편이다."
    with_title = extract(text, title="한양대, CVPR 2024 논문 14편 채택", published_at="2024-06-20")
    owners = {(p.organization_id, p.count) for p in with_title.paper_counts if p.confidence >= 0.4}
    assert ("hanyang", 14) in owners
    assert ("google", 14) not in owners
    assert not any(count == 14 for _, _, _, count in kept(text))


# 28. `A는 B와 나란히 8편`: both have 8.


def test_tied_with_a_partner() -> None:
    facts = kept("ISSCC 2025 기관별 집계에서 KAIST는 인텔과 나란히 9편을 올려 공동 2위에 올랐다.")
    assert {("kaist", ("ISSCC",), 2025, 9), ("intel", ("ISSCC",), 2025, 9)} <= facts


# 29. `NIPS와 ICML 두 곳에`: the collective word counts the conferences, not organizations.


def test_two_places_that_are_the_conferences_listed() -> None:
    text = "UNIST가 NeurIPS와 ICML 두 곳에 발표한 논문은 2019년 4건에서 2023년 15건으로 늘었다."
    facts = kept(text)
    assert ("unist", ("ICML", "NeurIPS"), 2023, 15) in facts


# 30. A lab named after chips (`VLSI 국가중점연구실`) is no VLSI symposium.


def test_a_lab_named_after_vlsi_is_no_conference() -> None:
    text = (
        "마카오대는 ISSCC 2025 채택 논문 집계에서 마카오대 아날로그·혼성신호 VLSI 국가중점연구실이 7편으로 "
        "아시아 1위에 올랐다고 밝혔다. 아시아에서는 마카오대와 KAIST가 나란히 7편으로 공동 1위였다."
    )
    facts = kept(text, published_at="2024-11-20")
    assert not any(confs == ("VLSI",) for _, confs, _, _ in facts)
    assert ("kaist", ("ISSCC",), 2025, 7) in facts


# 31. `당시 33편으로 2위였던 A`: the edition the sentence before counted; `32편이던 B도`: B's.


def test_then_after_a_counted_edition_and_a_count_modifying_the_name_after_it() -> None:
    text = (
        "올해 ICML 2024에서 구글은 60편으로 1위였다. 1년 전 ICML 2023에서 구글은 51편이었다. "
        "당시 33편으로 2위였던 메타는 올해 순위가 밀렸고, 30편이던 엔비디아도 자리를 내줬다."
    )
    facts = kept(text)
    assert ("meta", ("ICML",), 2023, 33) in facts
    assert ("meta", ("ICML",), 2024, 30) not in facts


# 32. A source written with its desk or product (`닛케이 크로스테크에 따르면`) owns no count.


def test_a_source_with_its_desk_owns_nothing() -> None:
    text = "일본 닛케이 크로스테크에 따르면 올해 NeurIPS에는 1만2000편의 논문이 응모돼 3000편이 채택됐다."
    assert kept(text) == set()


# 33. Native numerals in a list (`세 편, 파인딩스 한 편`, `두 편으로 뒤를 이었고, C와 D도 한 편씩`).


def test_one_paper_in_a_list_of_counts() -> None:
    facts = kept(
        "ISSCC 2009에서 하이닉스반도체가 세 편, 삼성전자가 두 편으로 뒤를 이었고, "
        "이화여대와 포항공대도 한 편씩 이름을 올렸습니다.",
        published_at="2008-11-20",
    )
    assert {("ewha", ("ISSCC",), 2009, 1), ("postech", ("ISSCC",), 2009, 1)} <= facts


# 34. The papers an award picks, as a topic (`최우수 논문은 단 2편`), are no one's count.


def test_best_papers_as_the_topic_are_no_ones() -> None:
    text = (
        "와이즈넛은 이번 HCLT 2024에 논문 세 편이 채택됐다고 밝혔다. "
        "학술대회에는 130편이 발표됐고, 이 가운데 우수 논문은 12편, 최우수 논문은 단 2편이 뽑혔다."
    )
    assert kept(text) == {("wisenut", ("HCLT",), 2024, 3)}


# 35. A spoken copula after a name (`서울대입니다`); the whole a share is of (`전체 논문 89편의 6.7%`).


def test_a_spoken_copula_and_the_whole_of_a_share() -> None:
    facts = kept("두 번째로 많은 곳은 CVPR 2024에 열다섯 편을 올린 서울대입니다.")
    assert ("snu", ("CVPR",), 2024, 15) in facts
    share = kept("KAIST 전산학부 연구팀은 PLDI 2024에서 논문 5편 (전체 채택 논문 89편의 6.7%)을 발표한다.")
    assert not any(count == 89 for _, _, _, count in share)


# 36. A bullet line that names a venue word without counts is no heading over unnamed venues.


def test_a_bullet_with_a_venue_word_is_no_heading() -> None:
    text = (
        "KAIST는 PLDI 2024에서 논문 5편을 발표한다. 성과는 다음과 같다.\n"
        "▲ 김 교수: 학술대회 첫날 기조강연\n"
        "국내에서는 포항공대가 2편으로 뒤를 이었다."
    )
    assert ("postech", ("PLDI",), 2024, 2) in kept(text)


# Round 26e (from the fifth batch, r94–r98).

# 37. A rumour or a wish about a count (`20편을 넘겼다는 얘기`, `10편을 넘기고 싶다는 욕심`), and a range of
#     tens (`20편대`), are no counts.


def test_rumours_wishes_and_tens_are_no_counts() -> None:
    text = (
        "삼성전자는 VLSI 2024에서 논문 14편을 발표했다. 업계에서는 20편을 넘겼다는 얘기도 돌았다. "
        '회사 측은 "내년에는 20편을 넘기고 싶다는 욕심이 있다"며 "꾸준히 10편대를 유지하겠다"고 말했다.'
    )
    assert kept(text) == {("samsung-electronics", ("VLSI",), 2024, 14)}


# 38. `저희 학교` in an interview is the headline's one university.


def test_our_school_in_an_interview() -> None:
    result = extract(
        '― 올해 성적은 어떻습니까.\n"저희 학교가 ISSCC 2025에서 12편으로 대학 중 1위입니다."',
        title='[인터뷰] 유 교수 "POSTECH, 반도체 설계 강국 이끌 것"',
        published_at="2024-11-20",
    )
    assert {(p.organization_id, p.count) for p in result.paper_counts if p.confidence >= 0.4} == {
        ("postech", 12)
    }


# 39. A platform posted on (`링크드인 글`) or a headline's bracketed label (`[링크드인 PICK]`) is no owner;
#     `이번엔 7편` after last year's count in the sentence is this edition's.


def test_a_platform_and_a_label_are_no_owners() -> None:
    text = (
        "한 엔지니어가 링크드인 게시물에서 ISSCC 2025 결과를 정리했다. 삼성전자가 혼자서 14편이 채택되며 1위였다. "
        "작년 대회 땐 8편으로 공동 4위였는데 작년 1위였던 인텔은 이번엔 7편에 그쳤다."
    )
    result = extract(text, title="[링크드인 PICK] 삼성 14편, ISSCC 1위", published_at="2024-11-20")
    facts = {(p.organization_id, p.year, p.count) for p in result.paper_counts if p.confidence >= 0.4}
    assert ("intel", 2025, 7) in facts
    assert not any(org == "linkedin" for org, _, _ in facts)


# 40. Beside a conference, `채택` and `투고` say the counts are papers, though `논문` is never written.


def test_accepted_beside_a_conference_is_papers() -> None:
    text = (
        "VLSI 2024 기관별 채택 순위가 나왔다. 전체 600건 투고에 210건 채택.\n1. 인텔 14건\n2. 삼성전자 12건"
    )
    facts = kept(text)
    assert {("intel", ("VLSI",), 2024, 14), ("samsung-electronics", ("VLSI",), 2024, 12)} <= facts


# 41. `내년 대회에는` (and `내년 2월 … 대회를 여는 X`) date the article's one conference; a past edition
#     looked back on (`2011년 대회에서 … 오른 적이 있다`) dates nothing after it; `2014년 대회 당시` does.


def test_next_edition_words_and_looks_back() -> None:
    text = (
        "ISSCC 한국위원회는 내년 대회에는 650편이 제출돼 200편이 채택됐다고 밝혔다. "
        "이 가운데 KAIST 논문은 11편으로 대학 중 가장 많았다. "
        "한국은 2015년 대회에서 2위에 오른 적이 있다.\n"
        "삼성전자는 9편을 올렸다.\n"
        "5년 전과 비교하면 변화가 크다. 2020년 대회 당시 기관별로는 인텔이 12편으로 가장 많았다."
    )
    facts = kept(text, published_at="2024-11-20")
    assert {("kaist", ("ISSCC",), 2025, 11), ("samsung-electronics", ("ISSCC",), 2025, 9)} <= facts
    assert ("intel", ("ISSCC",), 2020, 12) in facts


# 42. Counts of teams and demos (`4개 팀`, `2건`) adding up to a track's papers are no parts of them.


def test_teams_and_demos_are_no_parts_of_a_track() -> None:
    text = (
        "KAIST는 CHI 2024에서 정규 논문 20편을 발표했다. LBW 트랙에서도 6편이 나왔다. "
        "학생 게임 경진대회에는 4개 팀이 진출했고, 인터랙티비티 전시에도 2건이 초청됐다."
    )
    facts = kept(text)
    assert not any(count in (4, 2) for _, _, _, count in facts)


# 43. An interview's `"저희는 … 13편"` is the speaker's organization when the headline names only it; a
#     round-table naming two is left as it is.


def test_we_in_an_interview_with_one_organization() -> None:
    text = (
        "업스테이지 연구원을 만나 회사의 연구 성과를 물었다.\n\n"
        "― 회사 전체의 논문 실적은 어떻습니까.\n"
        '"저희는 지난해 국내외 학회에 모두 11편을 등재했습니다."'
    )
    result = extract(text, title='[인터뷰] 업스테이지 연구원 "내년엔 더 많이"', published_at="2024-06-20")
    assert ("upstage", 2023, 11) in {
        (p.organization_id, p.year, p.count) for p in result.paper_counts if p.confidence >= 0.4
    }


def test_units_of_foreign_companies_are_listed() -> None:
    facts = kept("CVPR 2024에서 텐센트 AI랩이 30편, 이미지 인식 조직인 텐센트 유투랩이 20편을 냈다.")
    assert {("tencent-ai-lab", ("CVPR",), 2024, 30), ("tencent-youtu-lab", ("CVPR",), 2024, 20)} <= facts


# 44. `A와 B로 두 기관 모두 8편`: each of them; `나머지 10편` after a part taken from a whole in the
#     sentence before is the whole's remaining part.


def test_both_of_them_and_the_rest_of_a_whole() -> None:
    both = kept(
        "ISSCC 2025 기관별로는 인텔이 14편으로 가장 많았다. 다음은 KAIST와 삼성전자로 두 기관 모두 9편이 뽑혔다."
    )
    assert {("kaist", ("ISSCC",), 2025, 9), ("samsung-electronics", ("ISSCC",), 2025, 9)} <= both
    text = (
        "UNIST는 ICML 2024에서 논문 24편을 발표했다. 24편의 출처를 나눠 보면 인공지능대학원이 15편으로 가장 많다. "
        "나머지 9편은 전기전자공학과와 산업공학과 등 다른 학과 연구실에서 나왔다."
    )
    assert ("unist", ("ICML",), 2024, 9) in kept(text)


# Round 26h (from the sixth batch, r99–r103).

# 45. A ministry or a funding agency reports others' papers: it owns none and is no subject for the
#     counts after it.


def test_an_agency_reporting_a_universitys_papers() -> None:
    text = (
        "정보통신기획평가원(IITP)은 AI대학원 사업 성과를 발표했다. "
        "IITP가 정리한 고려대의 NeurIPS·ICML 합산 논문 수는 2019년 4편이었다. 이후 2021년 9편, 2023년 14편으로 늘었다."
    )
    facts = kept(text)
    assert ("korea-university", ("ICML", "NeurIPS"), 2023, 14) in facts
    assert not any(org == "iitp" for org, _, _, _ in facts)


# 46. A forecast in the past tense (`20건을 크게 넘을 것으로 내다봤다`); `1년 전만 해도 … 5편`.


def test_a_forecast_seen_and_one_year_ago() -> None:
    forecast = kept(
        "고려대는 올해 상위 학회 논문 8건을 냈다. 대학 측은 연말까지 20건을 크게 넘을 것으로 내다봤다."
    )
    assert not any(count == 20 for _, _, _, count in forecast)
    before = kept(
        "UNIST는 NeurIPS 2024에서 논문 18편을 발표했다. 1년 전만 해도 UNIST의 NeurIPS 실적은 7편에 그쳤다."
    )
    assert ("unist", ("NeurIPS",), 2023, 7) in before


# 47. A Korean conference name glossed as another conference (`국제정보디스플레이학회(IMID 2024)`): the gloss.


def test_a_name_glossed_as_another_conference() -> None:
    facts = kept("LG디스플레이는 부산에서 열린 국제정보디스플레이학회(IMID 2024)에서 논문 31편을 발표했다.")
    assert facts == {("lg-display", ("IMID",), 2024, 31)}


# 48. A plural (`저희 크루들이`) is no organization's name.


def test_a_plural_is_no_name() -> None:
    result = extract(
        "저희 크루들이 올해 글로벌 학회에 등재한 AI 논문은 모두 16건입니다.", published_at="2024-08-09"
    )
    assert not result.organizations


# 49. `두 회사는 … 함께 N건` after a sentence naming a company and its affiliate: the parent's total.


def test_two_companies_named_just_before_are_the_parents_total() -> None:
    text = (
        "카카오는 ICASSP 2024에서 논문 6건을 발표했다. 관계사 카카오브레인이 발표한 논문까지 더하면 카카오 측 논문은 9건이다. "
        "두 회사는 앞서 열린 AAAI 2024에서도 함께 11건을 발표했다."
    )
    assert ("kakao", ("AAAI",), 2024, 11) in kept(text)
