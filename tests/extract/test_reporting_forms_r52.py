"""Forms of real reporting probed in round 52, each with sentences written for these tests.

Round 52 took the misses of batch 53, scored blind (Samsung's labs, medical AI at medical congresses, game
companies and AI start-ups, chip venues; chronicles, interviews, listicles). The sentences below are our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. A chronicle's entry is about the chronicle's subject again, even after an entry where another organization was
#    the subject inside a clause (`B 연구진이 … 검증한 연구가 구연으로 뽑혔다`); the event written as held (`학회가 온라인으로
#    열린 해`) is the article's conference.


def test_each_chronicle_entry_goes_back_to_its_subject() -> None:
    text = (
        "의료 AI 기업 뷰노가 올해 RSNA에서 초록 9편을 발표했다. 회사의 RSNA 발자취를 연도별로 정리했다.\n\n"
        "2020년 — 학회가 온라인으로 열린 해였지만 초록 네 편을 냈다.\n\n"
        "2021년 — 미국 메이요클리닉 연구진이 뷰노 제품을 평가한 연구가 구연 발표로 뽑혔다.\n\n"
        "2022년 — 12월 RSNA에서 초록 6편을 내놓았다."
    )
    facts = written_facts(text, published_at="2023-12-05")
    assert ("vuno", ("RSNA",), 2020, 4) in facts
    assert ("vuno", ("RSNA",), 2022, 6) in facts
    assert not any(org != "vuno" for org, _, _, _ in facts)


# 2. `그해` inside a timeline entry (`■ 2023년 — …` ⏎ `그해 5월 … 한 편`) is the entry's year.


def test_that_year_in_a_timeline_entry_is_the_entry_s_year() -> None:
    text = (
        "넥슨의 AI 연구 조직이 걸어온 길을 정리했다.\n\n"
        "■ 2022년 — 조직의 출발\n"
        "넥슨은 이해 AI 연구 인력을 크게 늘렸다.\n\n"
        "■ 2023년 — 첫 학회 논문\n"
        "그해 5월 넥슨 연구진의 논문 한 편이 자연어처리 학회 ACL에 실렸다."
    )
    facts = written_facts(text, published_at="2025-11-01")
    assert ("nexon", ("ACL",), 2023, 1) in facts


# 3. A list whose members carry their kind (`상위 제약사 A, B와 바이오텍 C, D가 한 건씩`) is one list.


def test_a_list_with_kind_words_between_members_is_one_list() -> None:
    text = (
        "올해 AACR에서 국내 기업 포스터 발표가 이어진다. 상위 제약사 종근당, 대웅제약과 바이오텍 오스코텍, "
        "큐리언트가 한 건씩 발표한다."
    )
    facts = written_facts(text, published_at="2022-03-10")
    for org in ("chong-kun-dang", "daewoong-pharm", "oscotec", "qurient"):
        assert (org, ("AACR",), 2022, 1) in facts


# 4. `자사 논문 N편` after the company as the reporter is the company's, not the rivals' it beat (`B(18편)를 앞섰다`).


def test_the_reporter_s_own_papers_are_its_own() -> None:
    text = (
        "SK하이닉스가 올해 VLSI 심포지엄에서 가장 많은 논문을 낸 기업이 됐다. 회사 측은 '2023 VLSI 심포지엄'에서 "
        "자사 논문 12편이 채택돼 인텔(10편)과 TSMC(7편)를 앞섰다고 밝혔다."
    )
    facts = written_facts(text, published_at="2023-06-20")
    assert ("sk-hynix", ("VLSI",), 2023, 12) in facts
    assert ("intel", ("VLSI",), 2023, 12) not in facts


# 5. Partners listed `… 같은 외부 기관과 함께 쓴` are collaborators, not the owner of the part.


def test_partners_named_as_outside_institutions_are_collaborators() -> None:
    text = (
        "카카오엔터프라이즈는 인터스피치 2022에서 논문 8편을 발표했다. 8편 가운데 3편은 KAIST, 에든버러대 같은 외부 "
        "기관과 함께 쓴 공동 연구다."
    )
    facts = written_facts(text, published_at="2022-09-20")
    assert ("kaist", ("Interspeech",), 2022, 3) not in facts


# 6. A sentence opening with a year as its topic (`지난해엔 … 중심이었다`) dates the paragraph's counts after it.


def test_a_year_as_the_topic_dates_the_counts_after_it() -> None:
    text = (
        "뤼이드 연구팀은 올해 범용 AI 학회로 무대를 넓히고 있다.\n\n"
        "지난해엔 교육 특화 학회가 중심이었다. LAK, EDM 두 곳에서 뤼이드 논문 다섯 편이 채택됐다."
    )
    facts = written_facts(text, published_at="2022-05-10")
    assert ("riiid", ("EDM", "LAK"), 2021, 5) in facts


# 7. An organization's name with `한 회사가` after it (`구글 한 회사가 544편`) is that organization, not a generic one.


def test_one_company_written_after_its_name_is_that_company() -> None:
    text = "AI 학회 11곳의 논문을 세어 보니 기관 단위 격차가 컸다. 메타 한 회사가 지난해 300편을 발표했다."
    facts = written_facts(text, published_at="2022-05-20")
    assert any(org == "meta" and count == 300 for org, _, _, count in facts)
