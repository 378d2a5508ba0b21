"""Forms of real reporting probed in round 56, each with sentences written for these tests.

Round 56 took the misses of batch 57, scored blind (chip timelines, speech and NLP chronicles, company reviews,
university graduate schools). The sentences below are our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. A bracketed year opening a heading line (`[2020년] 출범`) labels a timeline entry, and `그해` inside it is its year.


def test_a_bracketed_year_labels_an_entry() -> None:
    text = (
        "포스텍 AI대학원이 걸어온 길을 정리했다.\n\n"
        "[2019년] 예열\n"
        "NeurIPS와 ICML 두 학회에 실린 포스텍 논문은 2019년 한 해 11건이었다.\n\n"
        "[2020년] 출범\n"
        "3월 AI대학원이 문을 열었다. 그해 뉴립스에서 포스텍 전체 채택 논문은 여섯 편이었다."
    )
    facts = written_facts(text, published_at="2024-12-02")
    assert ("postech", ("NeurIPS",), 2020, 6) in facts


# 2. An entry label naming the edition it announces (`2017년 11월 | ISSCC 2018 채택 발표`) dates its counts by that
#    edition, not by the month of the announcement.


def test_an_entry_label_naming_its_edition_dates_the_counts() -> None:
    text = (
        "SK하이닉스의 ISSCC 발자취를 정리했다.\n\n"
        "2017년 11월 | ISSCC 2018 채택 발표\n"
        "국내 업체 가운데 SK하이닉스가 4편을 올렸다.\n\n"
        "2019년 11월 | ISSCC 2020 채택 발표\n"
        "SK하이닉스는 2편에 그쳤다."
    )
    facts = written_facts(text, published_at="2025-12-01")
    assert ("sk-hynix", ("ISSCC",), 2018, 4) in facts
    assert ("sk-hynix", ("ISSCC",), 2020, 2) in facts


# 3. Editions a timeline names in its entries (`▲2019년 = … EMNLP 2019에서`) do not date the article's own edition
#    (`이번 주 개막하는 EMNLP에서 … 5편`).


def test_timeline_editions_do_not_date_the_article_s_edition() -> None:
    text = (
        "이번 주 개막하는 자연어처리 학회 EMNLP에서 카카오가 채택 논문 5편을 발표한다.\n\n"
        "▲2019년 = 홍콩에서 열린 EMNLP 2019에서 카카오브레인이 2편을 정규 세션에 올렸다.\n"
        "▲2021년 = 카카오엔터프라이즈가 EMNLP 2021에서 3편을 발표했다."
    )
    facts = written_facts(text, published_at="2024-11-11")
    assert ("kakao", ("EMNLP",), 2024, 5) in facts


# 4. A country's organizations as a whole as the subject (`국내 기업 전체가 … 채택받은 논문은 90건으로 A 한 곳의`) is an
#    aggregate; a list after a patent topic (`특허 등록은 A가 200건으로 가장 많았고 B 100건`) counts patents throughout.


def test_a_country_whole_and_a_patent_list() -> None:
    text = (
        "3대 AI 학회(NeurIPS·ICML·ICLR) 조사에서 국내 기업 전체가 채택받은 논문은 90건으로 메타 한 곳의 3분의 1에 "
        "못 미쳤다. 같은 조사에서 국내 AI 특허 등록은 삼성전자가 200건으로 가장 많았고 LG전자 100건이 뒤를 이었다."
    )
    facts = written_facts(text, published_at="2024-05-01")
    assert not any(count in (90, 100, 200) for _, _, _, count in facts)
