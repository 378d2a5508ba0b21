"""Forms of real reporting probed in round 48, each with sentences written for these tests.

Round 48 took the misses of batch 48, scored blind (house styles: wire briefs, listicles, columns, interviews;
owners and counts in different paragraphs; many distractor numbers; display and chip venues). The sentences below
are our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. A sentence opening with `당시에는` after one naming a past edition with its year (`4년 전인 VLSI 2019 때와
#    비교하면 … 당시에는 …`) dates its paragraph: the counts after it are that edition's.


def test_then_after_a_past_edition_dates_the_paragraph() -> None:
    title = "삼성전자, VLSI 2023서 논문 15편"
    text = (
        "삼성전자가 VLSI 2023에서 논문 15편을 발표한다.\n\n"
        "4년 전인 VLSI 2019 때와 비교하면 변화가 크다. 당시에는 480편이 제출돼 180편이 채택됐다. 국내 기관 "
        "중에서는 KAIST가 6편으로 가장 많았고 삼성전자 4편이 뒤를 이었다."
    )
    facts = written_facts(text, title=title, published_at="2023-05-20")
    assert ("kaist", ("VLSI",), 2019, 6) in facts
    assert ("samsung-electronics", ("VLSI",), 2019, 4) in facts
    assert ("samsung-electronics", ("VLSI",), 2023, 4) not in facts


# 2. `이 대학` after a ranking that named other schools as a list (`취리히연방공대(11위)와 로잔연방공대(15위)`) is the
#    school the headline is about, not the last one listed.


def test_this_university_after_a_ranking_list_is_the_headline_s() -> None:
    title = "포스텍, ICML 2023 기관 순위 아시아 2위"
    text = (
        "포스텍이 ICML 2023 기관별 채택 순위에서 세계 21위에 올랐다고 밝혔다.\n\n"
        "유럽에서는 취리히연방공대(12위)와 로잔연방공대(17위)가 20위 안에 들었다.\n\n"
        "성장세도 빠르다. 이 대학이 ICML에 발표한 논문은 2019년 4건이었는데, 2022년에는 14건까지 늘었다."
    )
    facts = written_facts(text, title=title, published_at="2023-06-10")
    assert ("postech", ("ICML",), 2019, 4) in facts
    assert not any(org in ("epfl", "eth-zurich") for org, _, _, _ in facts)


# 3. A conference named as the company of the article's own in a note ending in a noun (`ICASSP와 함께 음성 분야
#    최대 학회로 꼽힘`) is not the venue of the list's counts.


def test_a_companion_in_a_note_ending_in_a_noun_is_no_venue() -> None:
    title = "LG AI연구원, '인터스피치 2024'서 논문 6편"
    text = (
        "[요약]\n"
        "- 학회: 인터스피치(INTERSPEECH) 2024 — ICASSP와 함께 음성 분야 최대 학회로 꼽힘\n"
        "- LG AI연구원 발표 논문: 6편, 국내 기업 가운데 최다\n"
        "- 앞선 성적: 올해 4월 'ICASSP 2024'에서도 LG AI연구원이 5건 발표"
    )
    facts = written_facts(text, title=title, published_at="2024-09-02")
    assert ("lg-ai-research", ("Interspeech",), 2024, 6) in facts
    assert ("lg-ai-research", ("ICASSP", "Interspeech"), 2024, 6) not in facts


# 4. A track's count among programme items (`지난해에는 LBW 5편, 학생 게임 경진대회 3건, 워크숍 4건`) is a count of
#    papers; the contest is the next item's.


def test_a_track_count_among_programme_items_is_papers() -> None:
    text = (
        "연세대는 CHI 2025에서 정규 논문 18편을 발표한다. 지난해에는 LBW 5편, 학생 게임 경진대회 3건, 워크숍 "
        "4건을 기록했다."
    )
    facts = written_facts(text, published_at="2025-04-01")
    assert ("yonsei", ("CHI",), 2024, 5) in facts
    assert not any(count in (3, 4) for _, _, _, count in facts)


# 5. One study (`연구 한 편이`) is one paper.


def test_one_study_is_one_paper() -> None:
    text = (
        "삼성디스플레이는 SID 디스플레이위크 2025에서 논문 40편을 발표한다. 경쟁사 LG디스플레이 역시 마이크로 "
        "OLED 연구 한 편이 같은 우수논문 명단에 올랐다."
    )
    facts = written_facts(text, published_at="2025-05-10")
    assert ("lg-display", ("SID",), 2025, 1) in facts
