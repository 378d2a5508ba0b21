"""Forms of real reporting probed in round 23, each with sentences written for these tests.

Round 23 took the misses of two new sets (real text and rewritten reports) as phenomena: a part
of an aggregate written earlier in the same sentence, its owner named in the predicate, items of
a conference that are no papers (demonstrations, showcases, interest groups), a paper type read as
a name, a count as a clause's topic before a track word, and a plural anaphor for the list named
in the sentence before. The sentences below are our own.
"""

from __future__ import annotations

from functools import partial

import pytest

from extract import extract
from tests.extract.conftest import written_facts

# the facts written at the default confidence threshold, full gazetteer
kept = partial(written_facts, published_at="2022-05-02")


# 1. `이 가운데`/`그중` after an aggregate earlier in the same sentence (a count that gave no fact):
#    the part is of that aggregate, with its own organization and the sentence's conference, not a
#    part of the fact before.

EARLIER = "삼성전자는 ICML 2022에 논문 4편을 냈다. "


@pytest.mark.parametrize(
    "sentence",
    [
        "EMNLP 2021에서 국내 기관이 낸 논문은 36편이었고, 이 가운데 카카오가 8편을 차지했다.",
        "지난해 EMNLP 2021에 실린 한국 논문은 36편으로 늘었고 그중 8편이 카카오 논문이었다.",
        "EMNLP 2021의 국내 논문은 36편이었으며, 이 중 8편은 카카오의 몫이었다.",
    ],
)
def test_a_part_of_an_aggregate_in_the_same_sentence_is_its_own_organizations(sentence: str) -> None:
    facts = kept(EARLIER + sentence)
    assert ("kakao", ("EMNLP",), 2021, 8) in facts
    assert not any(f[0] == "samsung-electronics" and f[3] == 8 for f in facts)


def test_a_part_of_an_aggregate_with_no_owner_is_nobodys() -> None:
    text = EARLIER + "EMNLP 2021에 실린 국내 논문은 36편이었고, 이 가운데 8편이 구두 발표로 뽑혔다."
    assert kept(text) == {("samsung-electronics", ("ICML",), 2022, 4)}


# 2. What an HCI conference shows besides papers (interactive demonstrations, video showcases,
#    special interest groups, student competitions) is no count of papers; a paper type
#    (`풀페이퍼`) is no organization.


def test_items_that_are_no_papers_are_not_counted() -> None:
    text = (
        "연세대는 CHI 2023에서 정규 논문 12편을 발표한다. 이 밖에 인터랙티비티 4건, 비디오 쇼케이스 2건, "
        "특별관심그룹(SIG) 3건, 학생 디자인 경연 5건도 연세대 이름으로 소개된다."
    )
    assert kept(text, published_at="2023-04-11") == {("yonsei", ("CHI",), 2023, 12)}


def test_paper_types_are_no_names() -> None:
    text = "서울에서 열린 CHI 2022에서 연세대가 발표한 풀페이퍼는 14편, LBW는 5편이었다."
    result = extract(text, published_at="2022-05-20")
    assert "풀페이퍼" not in {o.name for o in result.organizations}
    assert {(p.organization_id, p.count) for p in result.paper_counts} == {("yonsei", 14), ("yonsei", 5)}


# 3. A count as its clause's topic (`7개는 메인 트랙 논문으로`) counts papers: the track word after the
#    particle is said of the count, not what it counts.


@pytest.mark.parametrize(("whole", "part"), [("9개가", "6개는"), ("9편이", "6편은")])
def test_a_count_as_topic_before_a_track_word_counts_papers(whole: str, part: str) -> None:
    text = (
        f"카카오 논문 {whole} NeurIPS 2021에 채택됐다. 이 가운데 {part} 메인 트랙 논문으로, 역대 가장 많다."
    )
    assert ("kakao", ("NeurIPS",), 2021, 6) in kept(text, published_at="2021-10-01")


def test_a_count_of_another_thing_after_a_bare_count_is_still_no_papers() -> None:
    text = "카카오는 NeurIPS 2021에서 5개 계열사 연구진과 협업했다."
    assert kept(text, published_at="2021-10-01") == set()


# 4. `두 회사가`, `양사는` after a sentence whose subject is a list: the list's owner (one that contains
#    the other, as a parent its affiliate), or no one for unrelated organizations.


def test_a_plural_anaphor_is_the_listed_parents_total() -> None:
    text = (
        "네이버는 인터스피치 2021에서 논문 7건을 발표했다. 네이버와 라인은 앞서 열린 ICASSP 2021에서도 성과를 냈다. "
        "당시 두 회사가 함께 발표한 논문은 12건이었다."
    )
    assert ("naver", ("ICASSP",), 2021, 12) in kept(text, published_at="2021-09-06")


def test_a_plural_anaphor_for_unrelated_organizations_is_nobodys() -> None:
    text = "삼성전자와 SK하이닉스는 ISSCC 2024에 나란히 참가했다. 두 회사가 함께 발표한 논문은 12건이었다."
    assert kept(text, published_at="2024-02-20") == set()


# 5. A class an organization is ranked in, named by an industry (`국내 게임사 가운데 가장 많다`,
#    `제약사 중 최다`), is no owner after the count: the subject before it is.


@pytest.mark.parametrize(
    "klass", ["국내 게임사 가운데 가장 많다", "국내 제약사 중 최다다", "통신사 가운데 처음이다"]
)
def test_an_industry_class_after_the_count_is_no_owner(klass: str) -> None:
    text = f"엔씨소프트는 AI 연구 조직을 키워 왔다. 올해 ICML 2024에서 채택된 회사 논문은 6편으로 {klass}."
    assert kept(text, published_at="2024-07-20") == {("ncsoft", ("ICML",), 2024, 6)}


# 6. The rest of an organization's own count (`나머지 다섯 편은 … 함께 쓴 논문이다`) is its subset; the
#    rest of a whole that gave no fact, or of a whole broken down into parts, stays nobody's.


def test_the_rest_of_an_organizations_count_is_its_subset() -> None:
    text = (
        "카카오는 이 논문을 포함해 모두 여덟 편을 ICML 2023에서 발표한다. "
        "나머지 일곱 편은 서울대, 연세대 등 대학 연구진과 함께 쓴 논문이다."
    )
    facts = kept(text, published_at="2023-07-01")
    assert {("kakao", ("ICML",), 2023, 8), ("kakao", ("ICML",), 2023, 7)} <= facts


def test_the_rest_of_a_conference_whole_is_nobodys() -> None:
    text = "ICML 2023에 채택된 국내 논문 30편 가운데 22편은 대학, 나머지 8편은 기업에서 나왔다."
    assert kept(text, published_at="2023-07-01") == set()


# 7. Year to date (`올해는 지금까지 26편`) is this year's count; a span of two named years (`2023년과
#    2024년 두 해 동안`, `두 해 동안`) dates no one year.


def test_this_year_so_far_is_this_years_count() -> None:
    text = "ICML과 NeurIPS에 채택된 카카오 논문은 2022년 11편에 이어 올해는 지금까지 17편을 기록했다."
    facts = kept(text, published_at="2023-10-05")
    assert ("kakao", ("ICML", "NeurIPS"), 2023, 17) in facts


@pytest.mark.parametrize("span", ["2022년과 2023년 두 해 동안", "2022년과 2023년 동안", "최근 두 해 동안"])
def test_a_span_of_two_years_dates_no_one_year(span: str) -> None:
    text = f"카카오브레인은 {span} ICML에 논문 13편을 발표했다."
    assert kept(text, published_at="2024-03-02") == {("kakao-brain", ("ICML",), None, 13)}


# 8. `양대 학회` refers to a list of two: the one the next sentence gives as its predicate (`ICASSP와
#    인터스피치다`), else none named; never the previous fact's four conferences.


def test_a_set_of_two_named_by_the_next_sentence() -> None:
    text = (
        "네이버는 올해 CVPR, ACL, AAAI, ICLR 등에서 논문 40건을 발표했다. 음성 분야 양대 학회에서는 나란히 "
        "일곱 편씩을 올렸다. 지난 6월의 ICASSP와 이달 열리는 인터스피치다."
    )
    facts = kept(text, published_at="2021-08-02")
    assert {("naver", ("ICASSP",), 2021, 7), ("naver", ("Interspeech",), 2021, 7)} <= facts
    assert not any(f[3] == 7 and f[1] in (("CVPR",), ("ACL",), ("AAAI",), ("ICLR",)) for f in facts)


def test_a_set_of_two_that_no_list_names_borrows_no_conferences() -> None:
    text = "네이버는 올해 CVPR, ACL, AAAI, ICLR 등에서 논문 40건을 발표했다. 음성 분야 양대 학회에서는 일곱 편씩을 올렸다."
    facts = kept(text, published_at="2021-08-02")
    assert not any(f[3] == 7 and f[1] for f in facts)


# 9. A sentence that opens with the venues of the count before (`CVPR, ACL 등에서 거둔 실적으로`) gives
#    that count, which named none, its conferences.


def test_venues_given_back_to_the_count_before() -> None:
    text = (
        "카카오가 올해 세계 주요 AI 학회에서 채택받은 논문이 30건에 이른다고 밝혔다. "
        "ICML, ACL, CVPR 등에서 거둔 성과로, 이 가운데 21건이 상반기에 나왔다."
    )
    facts = kept(text, published_at="2023-08-02")
    assert ("kakao", ("ACL", "CVPR", "ICML"), 2023, 30) in facts


# 10. A part introduced by `이 가운데` whose session is described by submissions (`제출 논문의 4%에만
#     주어지는 구두 발표`) is the organization's subset, not a conference-wide count.


def test_a_part_whose_session_is_described_by_submissions() -> None:
    text = (
        "카카오가 CVPR 2023에서 정규 논문 5편을 발표한다. 이 가운데 두 편은 제출 논문의 3% 안팎에만 "
        "주어지는 구두 발표 세션에 뽑혔다."
    )
    assert ("kakao", ("CVPR",), 2023, 2) in kept(text, published_at="2023-06-10")


# 11. `한 편`/`한 건` as the predicate of papers (`발표한 논문은 한 편이었다`, `논문이 한 건에 그쳤다`) counts
#     one paper; `한편` ("meanwhile") stays none.


@pytest.mark.parametrize("one", ["한 편이었다", "한 편에 그쳤다", "한 건이었다", "한 건에 불과했다"])
def test_one_paper_as_the_predicate_of_papers(one: str) -> None:
    text = f"카카오는 CVPR 2022에서 논문 6편을 발표한다. 지난해 CVPR에서 카카오가 발표한 논문은 {one}."
    assert ("kakao", ("CVPR",), 2021, 1) in kept(text, published_at="2022-06-19")


def test_meanwhile_is_no_count() -> None:
    text = "카카오는 CVPR 2022에서 논문 6편을 발표한다. 한편 네이버는 논문 준비에 한창이다."
    assert kept(text, published_at="2022-06-19") == {("kakao", ("CVPR",), 2022, 6)}


# 12. A sentence that dates an earlier edition and then returns to this year (`2023년 대회에서 처음 …
#     올해는`) leaves no edition year for the counts after it; the security venues by their full names.


def test_an_earlier_edition_followed_by_this_year_dates_nothing_after() -> None:
    text = (
        "ISSCC 2025가 막을 올렸다. 대만은 2023년 대회에서 처음 일본을 앞질렀고, 올해는 격차를 더 벌렸다. "
        "기관별 1위는 12편을 낸 KAIST가 차지했다."
    )
    assert ("kaist", ("ISSCC",), 2025, 12) in kept(text, published_at="2025-02-17")


def test_security_venues_by_their_full_names() -> None:
    text = "보안 4대 학회인 ACM CCS, Usenix Security, IEEE Security & Privacy, NDSS에 KAIST가 지난 10년간 낸 논문은 21편이다."
    facts = kept(text, published_at="2024-01-10")
    assert ("kaist", ("CCS", "IEEE S&P", "NDSS", "USENIX Security"), None, 21) in facts
