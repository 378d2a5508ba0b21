"""Forms of real reporting probed in round 66, each with sentences written for these tests.

Round 66 took misses of batch 69 (rewritten articles from pages other sets had used, in new styles: card news, a
company blog, an infographic, a securities report) after it had been scored blind at `8d2ccaa`. The sentences below
are our own.
"""

from __future__ import annotations

from tests.extract.conftest import written_facts

# 1. A partner the papers were written with (`B와 쓴 논문 두 편`) is a collaborator, not their owner.


def test_papers_written_with_a_partner() -> None:
    text = "한빛AI는 AAAI 2021에서 논문 3편을 발표했다. 이 가운데 토론토대와 쓴 논문 두 편이 눈에 띈다."
    facts = written_facts(text, published_at="2021-02-25")
    assert not any(count == 2 and org != "pattern:한빛ai" for org, _, _, count in facts)


# 2. `지금까지 알려진 …` says what is known so far; it spans no years of the count.


def test_known_so_far_is_no_span() -> None:
    text = "CVPR 2021에서 연세대는 20편을 냈다. 지금까지 알려진 국내 대학 성적 가운데 그다음은 서울대로, 15편이 채택됐다."
    facts = written_facts(text, published_at="2021-03-15")
    assert ("snu", ("CVPR",), 2021, 15) in facts


# 3. A count weighed in general (`구두 발표 한 번이 포스터 열 편보다 더 깊은 자국을`) or talked about as a number
#    (`30편이라는 숫자가 박수를 받으려면`) is no count of the subject's.


def test_a_count_weighed_in_general() -> None:
    text = (
        "카카오는 NeurIPS 2021에서 논문 12편을 냈다. 다만 구두 발표 한 번이 포스터 열 편보다 더 깊은 자국을 "
        "남길 수도 있다."
    )
    facts = written_facts(text, published_at="2021-12-29")
    assert not any(count == 10 for _, _, _, count in facts)


def test_a_count_talked_about_as_a_number() -> None:
    text = (
        "카카오는 올해 AI 학회 논문 성과를 공개했다. 100편이라는 숫자가 박수를 받으려면 논문들이 서비스에서 "
        "어떤 차이를 만들었는지 보여줘야 한다."
    )
    facts = written_facts(text, published_at="2022-11-06")
    assert not any(count == 100 for _, _, _, count in facts)


_RANKING_TITLE = "[표로 보는 IT] 국내 IT기업 AI 논문 순위…네이버 48건, 카카오 두 자회사 합쳐 22건"
_RANKING = (
    "인공지능 연구 경쟁이 국제학회 논문 숫자로 옮겨붙었다.\n\n◇ 국제학회 논문 순위 (8월 초 기준)\n"
    "1위 네이버 — 정규 논문 48건 (ICLR·CVPR·AAAI 등)\n2위 카카오엔터프라이즈 — 14건 (지난해 연간 11건)\n"
    "3위 카카오브레인 — 8건"
)

# 4. Two units summed with no genitive (`카카오 두 자회사 합쳐 25건`) are the parent's total, not the last subject's.


def test_two_units_summed_without_a_genitive() -> None:
    facts = written_facts(_RANKING, title=_RANKING_TITLE, published_at="2021-08-09")
    assert not any(org == "naver" and count == 22 for org, _, _, count in facts)


# 5. Venues in parentheses right after a count (`1위 A — 51건 (ICLR·CVPR 등)`) are that count's own, not the next
#    line's (`2위 B — 16건`).


def test_venues_in_parentheses_stay_with_their_count() -> None:
    facts = written_facts(_RANKING, title=_RANKING_TITLE, published_at="2021-08-09")
    assert ("kakao-enterprise", (), 2021, 14) in facts
