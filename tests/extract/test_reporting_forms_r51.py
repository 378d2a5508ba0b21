"""Forms of real reporting probed in round 51, each with sentences written for these tests.

Round 51 took the misses of batch 52, scored blind (speech, university rankings, data mining, HCI; columns,
year-end roundups, timelines, ranking lines). The sentences below are our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. The conference a class aside leads to, written with its full name and the acronym in brackets, is the place of
#    the count (`ISSCC와 함께 양대 학회로 꼽히는 초고밀도집적회로학회(VLSI) 심포지엄에서는 A가 7편`), not the article's.


def test_the_venue_after_a_class_aside_in_brackets_is_the_count_s() -> None:
    text = (
        "서울대가 올해 ISSCC에서 8편을 발표했다. ISSCC와 함께 반도체 회로 분야 양대 학회로 꼽히는 "
        "초고밀도집적회로학회(VLSI 심포지엄)에서도 서울대는 올해 논문 7편을 통과시켰다."
    )
    facts = written_facts(text, title="서울대, ISSCC 논문 8편", published_at="2023-06-01")
    assert ("snu", ("VLSI",), 2023, 7) in facts
    assert ("snu", ("ISSCC",), 2023, 7) not in facts


# 2. One edition described by when and where it is held (`내년 2월 … 열리는 학회에`) is the article's conference.


def test_an_edition_described_by_its_time_and_place_is_the_article_s() -> None:
    text = (
        "지난주 ISSCC 2025 기자간담회가 열렸다. 내년 2월 미국에서 열리는 학회에 한국 논문 30편이 채택됐고, "
        "그중 포스텍이 6편으로 국내 대학 가운데 가장 많았다. SK하이닉스는 5편을 올렸다."
    )
    facts = written_facts(text, published_at="2024-11-20")
    assert ("postech", ("ISSCC",), 2025, 6) in facts
    assert ("sk-hynix", ("ISSCC",), 2025, 5) in facts


# 3. The edition the sentence before writes with its year (`… 인터스피치 2021에서도 같은 그림이었다. A는 7편`) dates a
#    count carrying that conference, ahead of an edition the article dates elsewhere (`2022년 인터스피치는 …`).


def test_the_edition_written_just_before_dates_the_carried_count() -> None:
    text = (
        "석 달 뒤 열린 인터스피치 2021에서도 같은 그림이었다. 카카오엔터프라이즈 단독으로 일곱 편이었다.\n\n"
        "2022년 인터스피치는 9월 인천에서 열린다."
    )
    facts = written_facts(text, published_at="2021-12-28")
    assert ("kakao-enterprise", ("Interspeech",), 2021, 7) in facts


# 4. A section heading that sums up its section (`■ A: 두 학회 모두 B와 '열두 편'`) gives no fact of its own when the
#    section's body writes the count again.


def test_a_section_heading_restated_by_its_body_gives_no_fact() -> None:
    text = (
        "올해 음성 학회 성적을 정리했다.\n\n"
        "■ 카카오: ICASSP·인터스피치 모두 카카오브레인과 '열두 편'\n\n"
        "카카오엔터프라이즈는 ICASSP 2021에서 카카오브레인과 함께 열두 편을 발표했다."
    )
    facts = written_facts(text, published_at="2021-12-28")
    assert ("kakao-brain", ("ICASSP", "Interspeech"), 2021, 12) not in facts
    assert not any(confs == ("ICASSP", "Interspeech") for _, confs, _, _ in facts)


# 5. The article's event written as a time (`학회 직전`) refers to its one conference; an edition named by its host
#    city (`독일 함부르크 대회에서는`) names no country as the owner.


def test_the_event_as_a_time_and_a_host_city_edition() -> None:
    text = (
        "HCI 학회 CHI가 막을 내렸다. 연세대의 성적을 연도별로 정리했다.\n\n"
        '◇2022년 = 학회 직전 학교는 "논문 11편을 발표한다"고 알렸다.\n\n'
        "◇2023년 = 지난해 독일 함부르크 대회에서는 정규 논문 13편을 냈다."
    )
    facts = written_facts(text, published_at="2024-05-20")
    assert ("yonsei", ("CHI",), 2022, 11) in facts
    assert ("yonsei", ("CHI",), 2023, 13) in facts


# 6. A ranking line does not take the conferences the prose under the item before named (`2위 B – 20건` after `1위 A
#    – 50건` ⏎ `… EMNLP와 NeurIPS에서 …`); counts so far (`8월까지 12건`, `상반기에만 7건`) take the paragraph's papers.


def test_ranking_lines_of_yearly_totals_and_counts_so_far() -> None:
    text = (
        "두 회사가 공개한 올해 학회 논문 실적을 순위로 정리했다.\n\n"
        "1위 네이버 클로바 – 50건\n"
        "네이버 클로바는 올해 글로벌 AI 학회에서 정규 논문 50건을 발표했다. 지난달 EMNLP와 NeurIPS에서 대형 모델 "
        "논문을 냈다.\n\n"
        "2위 카카오브레인 – 20건\n"
        "카카오브레인은 9개 학회에 논문 20건을 실었다. 지난 8월까지 12건을 쌓았고, 상반기에만 7건을 올렸다."
    )
    facts = written_facts(text, published_at="2021-12-20")
    assert ("kakao-brain", (), 2021, 20) in facts
    assert ("kakao-brain", (), 2021, 12) in facts
    assert ("kakao-brain", (), 2021, 7) in facts
    assert ("kakao-brain", ("EMNLP", "NeurIPS"), 2021, 20) not in facts


# 7. A single unnamed lab (`한 연구실에서만 9편`) is no organization's count.


def test_one_unnamed_lab_s_count_is_no_organization_s() -> None:
    text = "네이버는 올해 인터스피치에서 9편을 발표했다. 한 연구실에서만 8편이 채택된 대학도 있었다."
    facts = written_facts(text, published_at="2022-09-20")
    assert ("naver", ("Interspeech",), 2022, 8) not in facts
