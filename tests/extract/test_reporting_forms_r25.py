"""Forms of real reporting probed in round 25, each with sentences written for these tests.

Round 25 took the misses of new sets (real text, reports rewritten in several house styles, reports
rewritten to test precision, and rankings of many organizations) as phenomena. The sentences below
are our own.
"""

from __future__ import annotations

from functools import partial

import pytest

from extract import extract
from tests.extract.conftest import FactKey, written_facts

# the facts written at the default confidence threshold, full gazetteer
kept = partial(written_facts, published_at="2024-02-15")


# 1. A dated total broken down by conference in the next sentence: the parts add up to the total, so
#    parts the text dates only by publication are of the total's year, with or without `학회별로는`.


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "LG AI연구원은 지난해 주요 학회에서 모두 25편의 논문을 발표했다. CVPR 8편, ICCV 6편, NeurIPS 11편이다.",
            {("lg-ai-research", ("CVPR",), 2023, 8), ("lg-ai-research", ("NeurIPS",), 2023, 11)},
        ),
        (
            "SK텔레콤이 작년에 발표한 논문은 15편이다. ACL에서 9편, EMNLP에서 6편을 냈다.",
            {("sk-telecom", ("ACL",), 2023, 9), ("sk-telecom", ("EMNLP",), 2023, 6)},
        ),
    ],
)
def test_parts_adding_up_to_a_dated_total_take_its_year(text: str, parts: set[FactKey]) -> None:
    facts = kept(text)
    assert parts <= facts
    assert not any(year == 2024 for _, _, year, _ in facts)


def test_parts_not_adding_up_keep_their_own_reading() -> None:
    facts = kept("SK텔레콤이 작년에 발표한 논문은 15편이다. ACL에서 9편, EMNLP에서 5편을 냈다.")
    assert ("sk-telecom", (), 2023, 15) in facts
    assert ("sk-telecom", ("ACL", "EMNLP"), 2023, 15) not in facts


# 2. Workshops held, counted among other programme items that are no papers (demos, showcases,
#    special interest groups), are no papers either; a workshop paper count stays one.


def test_workshops_among_programme_items_are_no_papers() -> None:
    facts = kept(
        "고려대는 이번 CHI 2024에서 정규 논문 12편을 발표한다. 이 밖에 인터랙티브 시연 2건, 워크숍 3건, "
        "특별관심그룹(SIG) 1건 등 논문 외 프로그램에도 참여한다."
    )
    assert facts == {("korea-university", ("CHI",), 2024, 12)}


def test_a_workshop_paper_count_is_still_a_count() -> None:
    facts = kept("고려대는 CHI 2024에서 정규 논문 12편과 워크숍 논문 3건을 발표한다.")
    assert ("korea-university", ("CHI",), 2024, 3) in facts


# 3. One paper picked out of those just counted (`이 가운데 한 편은`) by its topic is no count of its
#    own; picked out by a track or an award it is a subset.


def test_one_paper_described_by_its_topic_is_no_fact() -> None:
    facts = kept(
        "뤼튼은 ACL 2024에 논문 3편이 채택됐다. 이 가운데 한 편은 한국어 요약 데이터셋을 새로 제안했다."
    )
    assert facts == {("wrtn", ("ACL",), 2024, 3)}


def test_one_paper_selected_for_a_track_is_a_subset() -> None:
    facts = kept("뤼튼은 ACL 2024에 논문 3편이 채택됐다. 이 가운데 한 편은 구두 발표로 선정됐다.")
    assert ("wrtn", ("ACL",), 2024, 1) in facts


# 4. A milestone counted from the founding, however the founding is written (`회사를 세운 지 4년
#    만에`), is all the papers since: no year, no conference carried from before.


def test_papers_since_founding_written_as_a_clause() -> None:
    facts = kept(
        "트웰브랩스는 올해 CVPR에서 논문 2편을 발표했다. 회사를 세운 지 4년 만에 국내외에서 낸 논문이 60편을 넘었다."
    )
    assert ("twelve-labs", ("CVPR",), 2024, 2) in facts
    assert not any(count == 60 and (confs or year) for _, confs, year, count in facts)


# 5. A headline segment whose conference is carried from the segment before gives way to the body,
#    which reads the same count of the same organization otherwise.


def test_headline_count_with_carried_conference_follows_the_body() -> None:
    facts = written_facts(
        "뤼튼은 올해 ACL에서 논문 3편을 발표했다. 회사를 세운 지 3년 만에 낸 논문은 40편에 이르렀다.",
        title='뤼튼 "ACL 세 편, ICML 워크숍 두 편…3년 만에 논문 40편"',
        published_at="2024-08-20",
    )
    assert not any(count == 40 and confs for _, confs, _, count in facts)
    assert ("wrtn", ("ACL",), 2024, 3) in facts


# 6. `이 대학`, `이 회사`, `이 연구소` before a count: the current subject when it is of that kind, else
#    the last organization of that kind the sentence before names.


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "SK하이닉스는 IEDM 2024에서 논문 9편을 냈다. 최다 기록은 스탠퍼드대에 돌아갔다. "
            "이 대학의 발표 논문은 14편으로 SK하이닉스보다 다섯 편 많았다.",
            ("stanford", ("IEDM",), 2024, 14),
        ),
        (
            "서울대는 IEDM 2024에서 논문 6편을 냈다. 기업 중 최다 기록은 인텔 몫이었다. 이 회사의 논문은 모두 12편이다.",
            ("intel", ("IEDM",), 2024, 12),
        ),
    ],
)
def test_kind_word_refers_to_the_organization_of_that_kind(text: str, owner: FactKey) -> None:
    assert owner in kept(text)


def test_kind_word_fitting_the_subject_keeps_the_subject() -> None:
    facts = kept(
        "SK하이닉스는 IEDM 2024에서 논문 9편을 냈다. 이 회사가 IEDM에서 낸 논문 가운데 3편은 구두 발표다."
    )
    assert ("sk-hynix", ("IEDM",), 2024, 9) in facts


# 7. A difference written as `N건 차` is no count.


def test_a_difference_written_with_cha_is_no_count() -> None:
    facts = kept("VLSI 2024에서 삼성전자는 논문 14건으로 2위였다. 1위 인텔과는 단 2건 차다.")
    assert facts == {("samsung-electronics", ("VLSI",), 2024, 14)}


# 8. A table pasted as lines with cell bars: each row is one line, its conference and year in its
#    first cell; the bars are no headline separators.


def test_rows_of_a_barred_table_take_their_own_edition() -> None:
    facts = kept(
        "포스텍은 ISSCC의 오랜 단골이다. 대회별 채택 편수는 다음과 같다.\n"
        "[표] 포스텍의 ISSCC 채택 논문 수\n"
        "대회 | 채택 | 순위\n"
        "ISSCC 2019 | 4편 | 7위\n"
        "ISSCC 2021 | 6편 | 공동 4위\n"
        "ISSCC 2023 | 5편 | 6위"
    )
    assert {
        ("postech", ("ISSCC",), 2019, 4),
        ("postech", ("ISSCC",), 2021, 6),
        ("postech", ("ISSCC",), 2023, 5),
    } <= facts


# 9. A sentence without a count that sets the scene in a year (`지난해만 해도 …`) dates the counts of
#    the sentences after it in its paragraph (`당시 …`).


def test_then_after_a_scene_set_in_last_year() -> None:
    facts = kept(
        "UNIST는 올해 ICML에서 논문 12편을 발표했다.\n\n"
        "지난해만 해도 분위기는 달랐다. 당시 UNIST가 이 학회에 낸 논문은 4편이었다."
    )
    assert ("unist", ("ICML",), 2023, 4) in facts
    assert ("unist", ("ICML",), 2024, 4) not in facts


# 10. Organizations listed after a count as the partners of joint work (`A, B 등 국내외 기관과의 공동
#     연구`) own none of it: the count is a part of the subject's.


def test_partners_listed_after_a_part_own_none_of_it() -> None:
    facts = kept(
        "카카오브레인은 ICLR 2024에서 논문 8편을 발표한다. 8편 중 3편은 스탠퍼드대, 서울대, 토론토대 등 "
        "국내외 대학과의 공동 연구로 완성됐다."
    )
    assert not any(org in ("stanford", "seoul-national-university") for org, *_ in facts)


# 11. `메인 콘퍼런스 3편` in a sentence that names its own conference before it: that conference's
#     main track, not the article's conference.


def test_main_track_of_the_conference_the_sentence_names() -> None:
    facts = written_facts(
        "엔씨소프트가 이번 EMNLP 2024에서 논문 4편을 발표한다. EMNLP는 이달 미국에서 열린다.\n\n"
        "앞서 열린 'ACL 2024' 채택 목록에도 엔씨소프트의 논문 5편이 올랐는데, 메인 콘퍼런스 3편에 파인딩스 2편이었다.",
        title="엔씨소프트, EMNLP 2024서 논문 4편",
        published_at="2024-11-05",
    )
    assert ("ncsoft", ("ACL",), 2024, 3) in facts
    assert ("ncsoft", ("EMNLP",), 2024, 3) not in facts


# 12. A list of (owner, count) pairs whose second owner is a unit no gazetteer lists, written with its
#     kind (`검색 조직이 1편`): that count is not the first owner's.


def test_unnamed_unit_in_a_list_of_owners_owns_its_count() -> None:
    facts = kept("네이버는 COLING 2024에서 논문 4편을 냈다. 클로바가 3편, 검색 조직이 1편을 맡았다.")
    assert ("naver-clova", ("COLING",), 2024, 3) in facts
    assert ("naver-clova", ("COLING",), 2024, 1) not in facts


# 13. The whole a part is picked from, written in Korean numerals (`네 편 가운데 두 편은`).


def test_part_of_a_whole_written_in_korean_numerals() -> None:
    facts = kept(
        "크래프톤은 다음 달 열리는 NeurIPS 2024에 논문 4편을 낸다. NeurIPS가 캐나다에서 열리는 것은 다섯 해 만이다. "
        "네 편 가운데 두 편은 스포트라이트 발표로 진행된다."
    )
    assert ("krafton", ("NeurIPS",), 2024, 2) in facts


# 14. A parent's spokesperson (`LG 관계자는`, `삼성 측은`) reporting on the unit the article is about:
#     the counts are the unit's, and the article stays on the unit; a parent that owns counts of its
#     own in the article speaks for itself.


def test_parent_spokesperson_reports_the_units_counts() -> None:
    facts = kept(
        "삼성리서치가 ICASSP 2024에서 논문 6편을 발표한다고 3일 밝혔다.\n\n"
        "삼성전자 관계자는 지난해 ICASSP에서는 논문 4편을 냈다고 설명했다. 올해 상반기에만 논문 11편을 학회에 실었다."
    )
    assert ("samsung-research", ("ICASSP",), 2023, 4) in facts
    assert not any(org == "samsung-electronics" for org, *_ in facts)


def test_parent_with_its_own_counts_speaks_for_itself() -> None:
    facts = kept(
        "삼성전자는 올해 주요 학회에 논문 40편을 냈다. 삼성리서치는 ICASSP 2024에서 6편을 발표한다.\n\n"
        '삼성전자 관계자는 "지난해 주요 학회 논문은 31편이었다"고 말했다.'
    )
    assert ("samsung-research", (), 2023, 31) not in facts


# 15. A department named alone in a paragraph after another university was a subject: the university
#     of the headline, which the article is about.


def test_department_belongs_to_the_headlines_university() -> None:
    facts = written_facts(
        "고려대는 ECCV 2024에 논문 15편이 채택됐다고 밝혔다. 앞서 12편을 낸 KAIST를 넘어섰다. "
        "KAIST는 지난 대회에서 9편을 냈었다.\n\n학부별로는 컴퓨터학과가 8편을 차지했다.",
        title="고려대, ECCV 2024에 논문 15편 채택",
        published_at="2024-08-01",
    )
    assert ("korea-university", ("ECCV",), 2024, 8) in facts
    assert ("kaist", ("ECCV",), 2024, 8) not in facts


# 16. Parts listed on lines of their own under a fact (bullets), adding up to its count, are its
#     subsets; two equal parts are two facts.


def test_parts_on_bullet_lines_adding_up_are_subsets() -> None:
    facts = kept(
        "업스테이지의 논문 6편이 EMNLP 2024에 채택됐다. 지난해에 이은 성과다. 요약하면 다음과 같다.\n\n"
        "▲ 메인 트랙: 4편\n▲ 파인딩스: 1편\n▲ 인더스트리 트랙: 1편"
    )
    assert {("upstage", ("EMNLP",), 2024, 6), ("upstage", ("EMNLP",), 2024, 4)} <= facts
    result = extract(
        "업스테이지의 논문 6편이 EMNLP 2024에 채택됐다. 지난해에 이은 성과다. 요약하면 다음과 같다.\n\n"
        "▲ 메인 트랙: 4편\n▲ 파인딩스: 1편\n▲ 인더스트리 트랙: 1편",
        published_at="2024-02-15",
    )
    assert sum(p.count == 1 and p.scope == "subset" for p in result.paper_counts) == 2


# 17. Sony's semiconductor arm, by its own name.


def test_sony_semiconductor_solutions_is_named() -> None:
    facts = kept("VLSI 2024에서 소니 세미컨덕터 솔루션즈는 논문 3건을 발표했다.")
    assert facts == {("sony-semiconductor-solutions", ("VLSI",), 2024, 3)}


# 18. A list of changes after a comparison lead (`지난해와 비교하면 A는 4편, B는 2편이 늘었다`): every
#     count of the list is a difference, not only the one the verb follows.


def test_a_list_of_changes_holds_no_counts() -> None:
    facts = kept(
        "ISSCC 2024에서 KAIST는 논문 11편을, 인텔은 9편을 발표한다. 지난해와 비교하면 KAIST는 4편, 인텔은 2편이 늘었다."
    )
    assert facts == {("kaist", ("ISSCC",), 2024, 11), ("intel", ("ISSCC",), 2024, 9)}


# 19. `이번에는` after an earlier edition in the same clause: the count is this edition's.


def test_this_time_after_the_previous_edition() -> None:
    facts = kept("퀄컴은 직전 대회에서 논문이 두 편에 그쳤지만 이번 ISSCC 2024에서는 7편을 낸다.")
    assert ("qualcomm", ("ISSCC",), 2024, 7) in facts
    facts = kept(
        "ISSCC 2024에서 퀄컴은 7편을 낸다. 퀄컴은 직전 대회에서 한 편도 없었지만 이번에는 7편을 내놓는다."
    )
    assert ("qualcomm", ("ISSCC",), 2023, 7) not in facts


# 20. `우리` in the quote of a speaker from an organization the text does not name: no one's count.


def test_we_of_an_unnamed_rival_is_no_ones() -> None:
    facts = kept(
        '넥슨은 ICML 2024에 논문 4편이 채택됐다. 한 경쟁 게임사 연구 조직 관계자는 "우리도 지난해 ICML에 2편을 냈지만 '
        '넥슨의 속도가 빠르다"고 말했다.'
    )
    assert facts == {("nexon", ("ICML",), 2024, 4)}


# 21. Submitted, then some of them picked (`3편을 투고했으며 이 중 1편이 뽑혔다`): the pick is the
#     organization's count, the submissions are not.


def test_submitted_then_picked() -> None:
    facts = kept("삼성전자는 올해 VLSI 심포지엄에 모두 5편을 투고했으며 이 중 2편이 발표 논문으로 뽑혔다.")
    assert ("samsung-electronics", ("VLSI",), 2024, 5) not in facts
    assert ("samsung-electronics", ("VLSI",), 2024, 2) in facts


# 22. A count as the topic, followed by an organization the work was done with (`1편은 A와 함께
#     진행한 연구로`): the partner owns none of it.


def test_partner_after_a_counted_topic_is_no_owner() -> None:
    facts = kept(
        "카카오는 NeurIPS 2024에서 논문 2편을 발표한다. 1편은 본 학회에서 발표된다. "
        "다른 1편은 서울아산병원과 함께 진행한 의료 영상 연구로, 워크숍에서 공개된다."
    )
    assert not any(org == "asan-medical-center" for org, *_ in facts)


# 23. Papers each of places the text does not name (`2편씩 낸 곳도 네 곳 있었다`).


def test_counts_of_unnamed_places() -> None:
    facts = kept(
        "ISSCC 2024에서 대만 기관 가운데서는 TSMC와 미디어텍이 5편씩으로 가장 많았고, 2편씩 낸 곳도 네 곳 있었다."
    )
    assert not any(count == 2 for *_, count in facts)


# 24. Last year's count the subject has passed (`지난해 1년 동안 쌓은 13건을 넘어섰다`) is last year's
#     count, read from the paragraph's papers.


def test_last_years_count_that_was_passed() -> None:
    result = extract(
        "업스테이지는 이달까지 국제 학회에 실린 자사 논문이 21건이라고 밝혔다. 지난해 1년 동안 쌓은 15건을 반년 만에 넘어선 셈이다.",
        published_at="2024-07-01",
        min_confidence=0.0,
    )
    assert any(
        p.organization_id == "upstage" and (p.year, p.count) == (2023, 15) for p in result.paper_counts
    )


# 25. Parts listed after the whole (`7건 가운데 4건은 구연으로, 3건은 포스터로`), all of them parts.


def test_every_part_listed_after_the_whole() -> None:
    facts = kept(
        "루닛은 RSNA 2024에서 연구 초록 9건을 발표한다. 9건 가운데 5건은 구연으로, 4건은 포스터로 소개된다."
    )
    assert {("lunit", ("RSNA",), 2024, 5), ("lunit", ("RSNA",), 2024, 4)} <= facts


# 26. A part whose owner is named by the predicate (`그 중 3편은 A가 인수한 B의 연구 성과다`): B's, not
#     the organization in the clause before it.


def test_part_owned_by_the_organization_the_predicate_names() -> None:
    facts = kept(
        "카카오는 이번 ICCV 2023에서 총 6편의 논문을 발표한다. 그 중 3편의 논문은 지난해 카카오가 인수한 연구 조직 "
        "'카카오브레인'(옛 브레인 연구소)의 연구 성과다."
    )
    assert ("kakao-brain", ("ICCV",), 2023, 3) in facts
    assert ("kakao", ("ICCV",), 2023, 3) not in facts


# 27. Abstracts are what a medical meeting counts, written as the noun before the count (`연구 초록 2편`);
#     ARVO by its name.


def test_abstracts_at_an_ophthalmology_meeting() -> None:
    facts = kept(
        "루닛은 이달 미국에서 열리는 ‘2024 ARVO’에 참가한다고 밝혔다. 루닛은 이번 학회에서 안저 영상을 분석하는 "
        "연구 초록 3편을 포스터로 발표한다."
    )
    assert ("lunit", ("ARVO",), 2024, 3) in facts


# 28. A markdown table of conferences with bare numbers, its unit given before it (`단위: 편`): each
#     row is the article's subject's count at the row's conference.


def test_markdown_table_of_conferences_with_bare_numbers() -> None:
    facts = kept(
        "카카오가 올해 주요 AI 학회에서 정규 논문 30편을 냈다고 밝혔다.\n\n"
        "학회별 실적은 다음과 같다(회사 발표 기준, 단위: 편).\n\n"
        "| 분야 | 학회 | 채택 논문 |\n|---|---|---|\n| 자연어 | ACL | 7 |\n| 비전 | CVPR | 5 |"
    )
    assert {("kakao", ("ACL",), 2024, 7), ("kakao", ("CVPR",), 2024, 5)} <= facts
