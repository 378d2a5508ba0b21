"""Forms of real reporting probed in round 65, each with sentences written for these tests.

Round 65 took misses of batch 67 (rewritten articles on drug makers at medical meetings, a telecom at AAAI in Q&A, a
research institute's timeline, a journal's special issue) after it had been scored blind at `c66629a` (80/8/9, the
same after round 64). The sentences below are our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. Organizations the text does not name, as a count's subject (`그 밖의 기관이 2편`), own none of the list's pairs,
#    and `각각 6편씩` gives each member the one count.


def test_others_after_each_of_a_pair() -> None:
    text = "ICML 2024에서 서울대와 KAIST가 각각 6편씩, 그 밖의 기관이 2편을 냈다."
    facts = written_facts(text, published_at="2024-07-01")
    assert ("snu", ("ICML",), 2024, 6) in facts
    assert ("kaist", ("ICML",), 2024, 6) in facts
    assert not any(count == 2 for _, _, _, count in facts)


# 2. A year the conference began in, told with a connective (`1958년 출범해 해마다 12월 학술대회를 여는`), is no
#    edition of it.


def test_a_founding_year_told_with_a_connective() -> None:
    text = (
        "지난주 열린 미국혈액학회(ASH) 연례 학술대회에서 한빛제약이 연구결과 3건을 포스터로 발표했다. ASH는 "
        "1958년 출범해 해마다 12월 학술대회를 여는 혈액학 분야 최대 학회다."
    )
    facts = written_facts(text, published_at="2019-12-11")
    assert any(year == 2019 and count == 3 for _, _, year, count in facts)
    assert not any(year == 1958 for _, _, year, _ in facts)


# 3. An earlier edition named at its scene in passing (`지난해 열린 'ASCO 2019' 현장에서도`) does not date the article's
#    conference.


def test_an_earlier_edition_at_its_scene_in_passing() -> None:
    text = (
        "루닛은 29일부터 온라인으로 열리는 미국임상종양학회(ASCO) 연례 학술대회에서 연구 논문 세 편을 발표한다고 "
        "28일 밝혔다. 루닛은 지난해 열린 'ASCO 2019' 현장에서도 포스터를 발표한 바 있다."
    )
    facts = written_facts(text, published_at="2020-05-28")
    assert ("lunit", ("ASCO",), 2020, 3) in facts


# 4. A rate (`'한 달 두 편' 속도로`) is no count.


def test_a_rate_per_month_is_no_count() -> None:
    title = "LG AI연구원 출범 넉 달…'한 달 두 편' 속도로 달렸다"
    text = "LG AI연구원은 올해 NAACL, ICLR, CVPR 등 학회 세 곳을 통해 논문 여섯 편을 내놨다."
    facts = written_facts(text, title=title, published_at="2021-05-06")
    assert not any(count == 2 for _, _, _, count in facts)


# 5. Two units' sum (`A·B 두 계열사의 지난해 합계는 40편`) is no single unit's count.


def test_the_sum_of_two_units() -> None:
    text = (
        "카카오는 올해 학회 논문 성과를 공개했다. 카카오엔터프라이즈·카카오브레인 두 계열사의 지난해 합계는 "
        "36편이다."
    )
    facts = written_facts(text, published_at="2022-11-06")
    assert not any(org in ("kakao-enterprise", "kakao-brain") and count == 36 for org, _, _, count in facts)


# 6. An interview answer opening with the venue's own doing (`A. 학회의 초청을 받은 B 논문은 한 편이다`) is at the
#    article's one conference.


def test_an_answer_about_the_venues_invitation() -> None:
    text = (
        "SK텔레콤이 AAAI 2026에서 자체 연구를 발표했다.\n\nQ. 발표한 논문은 몇 편인가.\n"
        "A. 학회의 초청을 받은 SKT 논문은 한 편이다."
    )
    facts = written_facts(text, published_at="2026-01-25")
    assert ("sk-telecom", ("AAAI",), 2026, 1) in facts


# 7. A listed conference written with its Korean name and its acronym in parentheses (`미국흉부학회(ATS)`) is no
#    venue the gazetteer lacks.


def test_a_listed_acronym_after_its_korean_name() -> None:
    text = (
        "한빛제약은 상반기 해외 학회에서 연구결과를 발표했다. 학회별로는 유럽간학회(EASL)에서 2건이 발표됐고, "
        "미국흉부학회(ATS)와 미국임상약리학회(ASCPT), 미국심초음파학회(ASE)에는 각각 1건씩 이름을 올렸다."
    )
    facts = written_facts(text, published_at="2023-07-13")
    assert any(confs == ("ATS Conference",) or confs == ("ATS",) for _, confs, _, _ in facts)
    assert any(confs == ("ASCPT",) for _, confs, _, _ in facts)


# 8. Counts right after a sentence counting a journal's papers (`이 학술지 6월호가 … 논문 14편을 펴냈다` ⏎ `A와 B가
#    각각 6편씩`) are the journal's, though their sentence names no venue.


def test_counts_after_a_journals_count() -> None:
    text = (
        "원자력 분야 국제 학술지 'NED' 6월호가 국내 연구진의 논문 12편을 특집으로 펴냈다. 한국원자력연구원과 "
        "KAIST가 각각 5편씩, 그 밖의 기관이 2편을 실었다.\n\n4년 전 SMiRT 학회 때 편집장이 발간을 제안했다."
    )
    facts = written_facts(text, published_at="2000-06-20")
    assert not any(count in (12, 5, 2) for _, _, _, count in facts)
