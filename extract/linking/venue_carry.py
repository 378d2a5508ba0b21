"""What a sentence leaves for the ones after it about venues: the conferences later counts that name none
refer to, and the venues a sentence gives back to the count before it."""

from __future__ import annotations

import re

from extract.linking.conferences import describes_a_venue, referred_conferences
from extract.linking.cues import YEARLY_SERIES
from extract.linking.headers import is_listed_line
from extract.linking.roles import group_mentions
from extract.linking.sentences import Sentence
from extract.linking.state import Doc, State
from extract.linking.venue_cues import (
    ALSO_AT,
    ANAPHOR_NUMBER,
    AS_EXAMPLES,
    LEADS_A_LIST,
    NAMED_SET,
    PLURAL_VENUE,
    SECTION_MARK,
)
from extract.linking.venue_lists import conference_list_of
from extract.linking.years import year_word_between
from extract.numerals import find_counts

# this conference named by a word (`이번 학회`, `이번 대회`), not a name
_THIS_CONF_WORD = re.compile(
    r"(?<![가-힣])이번\s?(?:학회|대회|학술대회|행사|컨퍼런스|콘퍼런스)(?![가-힣]*\s?(?:측|조직위))"
)
# the venues a tally is taken over (`집계는 A·B·C·D 네 학회를 기준으로 삼았다`): its counts by year are over them
_TALLY_BASIS = re.compile(r"(?:을|를)\s?(?:집계\s?)?(?:기준|대상)으로\s?(?:삼았|삼은|삼아|했|한|하였)")
_LINE_OPENING = re.compile(rf"(?:{SECTION_MARK.pattern})?\s*")  # what a heading's line may start with
_SINCE_EVERY_YEAR = re.compile(r"(?:19|20)\d{2}\s?년\s?(?:부터|이래|이후)\s?(?:매년|해마다|매해|꾸준히)")


def update_conf_ref(doc: Doc, state: State, s: Sentence, text: str) -> None:
    """Remember the conferences a sentence refers to (named, or a named set such as `3대 AI 학회`
    that the article lists), for counts in later sentences that name none."""
    ids = referred_conferences(doc, s, text)
    if not ids and (named_set := NAMED_SET.search(text, s.start, s.end)) is not None:
        ids = conference_list_of(doc, ANAPHOR_NUMBER.get(named_set.group("n"), 0))
    if not ids and doc.main_confs and _THIS_CONF_WORD.search(text, s.start, s.end):
        ids = doc.main_confs  # `이번 학회에 가장 많은 논문을 낸 곳은 A다`: back to the article's conference
    if ids and _named_in_passing(doc, state, s, text, ids):
        return  # `한국은 지난 6월 CVPR에서도 3위였다` in an ICCV story: the article's conference goes on
    last_conf = max((e.end for e in s.entities if e.kind == "conf"), default=None)
    if (
        ids
        and last_conf
        and AS_EXAMPLES.match(text, last_conf, s.end)
        and not find_counts(text, s.start, s.end)
        and set(ids) != set(state.conf_ref)  # not the very conferences referred to already
    ):
        # `ICASSP, ICCV 같은 대형 학회의 명단에 …`: examples of a class of venues, no venue of the counts after
        state.conf_ref_general = True
        return
    if ids and _examples_of_venues_before(state, s, text):
        # `15개 학회에 25건을 냈다. EMNLP와 ICCV에 …`: some of those venues, no venue of the counts after
        state.conf_ref_general = True
        return
    if ids:
        state.conf_ref_general = False
    elif (
        s.headline
        and s.field == "text"
        and not find_counts(text, s.start, s.end)
        and not is_listed_line(text, s.start)
        and "|" not in text[s.start : s.end]  # a table's row (`학회 전체 | - | 198`), no heading
        # a line of its own, not a remark after a timeline entry's count (`2016년 — 3건. 해외 학회 진출 초기`)
        and _LINE_OPENING.fullmatch(text, text.rfind("\n", 0, s.start) + 1, s.start) is not None
    ):
        # `■ 업계 동향 (국제학회 논문)`: a heading over counts at venues it does not name
        state.conf_ref_general = describes_a_venue(text, s.start, s.end)
    if ids:
        state.conf_ref = ids
        state.conf_ref_at = s.start
        since = _SINCE_EVERY_YEAR.search(text, s.start, s.end)  # `1987년부터 매년 열리는 X는`: its history
        state.conf_ref_year = None if since else year_word_between(doc, state, text, s.start, s.end, ids)
        # counted year by year (`해마다`), or over the list the sentence leads (`… 논문 수는 다음과 같이 늘었다`)
        state.conf_ref_series = bool(
            YEARLY_SERIES.search(text, s.start, s.end)
            or LEADS_A_LIST.search(text, s.start, s.end)
            or (len(ids) > 1 and _TALLY_BASIS.search(text, s.start, s.end))
            or (_MEASURE_SHOWN.search(text, s.start, s.end) and not find_counts(text, s.start, s.end))
        )
        last = state.facts[-1] if state.facts else None
        state.conf_ref_after_fact = (
            not (last and last.sent_start == s.start)
            or (not last.conf_ids and all(e.start >= last.cm.end for e in s.entities if e.kind == "conf"))
        )  # `"A has 30 papers accepted." NeurIPS 2020 결과를 두고 한 말이다`: named after a count that had none
    elif state.facts and state.facts[-1].sent_start == s.start:
        state.conf_ref_after_fact = False


# the measure the counts after it give (`두 학회에서 낸 논문 수에서도 드러난다. 2011년 3건이던 것이 …`)
_MEASURE_SHOWN = re.compile(r"논문\s?(?:수|건수|편수)(?:에서도|에서|를\s보면|로\s보면|는\s다음)")


def _named_in_passing(doc: Doc, state: State, s: Sentence, text: str, ids: tuple[str, ...]) -> bool:
    """Whether a sentence that gave no fact names other conferences than the article's only as the
    place of an `also` (`에서도`) or of an earlier success (`앞서 A와 B에서 … 거둔 데 이어`): a look at another
    event, not the venue of the counts after."""
    if set(ids) & set(doc.main_confs):
        return False
    lists = group_mentions(text, s.entities, s.end, ("conf",))  # `CVPR·ICLR 이어`: the list's last name
    if not doc.main_confs:  # no conference of its own yet: only earlier successes (`CVPR·ICLR 이어 NLP서도`)
        return bool(lists) and all(
            _AFTER_EARLIER.match(text, g.end) or _EARLIER_SUCCESS.match(text, g.end) for g in lists
        )
    if state.facts and state.facts[-1].sent_start == s.start and state.facts[-1].field == s.field:
        return False
    return bool(lists) and all(
        ALSO_AT.match(text, g.end) or _EARLIER_SUCCESS.match(text, g.end) for g in lists
    )


# an earlier success the article's results follow (`앞서 CVPR과 ICLR에서 좋은 성적을 거둔 데 이어`)
_EARLIER_SUCCESS = re.compile(  # also `올해 CVPR(…), ICLR(…)에 이은 성과다`
    r"\s?(?:에서|서)\s(?:[^\s.,]+\s){0,3}?(?:거둔|낸|올린|보인|기록한|얻은)\s?(?:데|것)?\s?(?:에\s?)?이어(?![가-힣])"
    r"|['’)]?(?:\s?\([^()]{0,40}\))?\s?에\s?(?:이은|이어)(?![가-힣])"
)
_AFTER_EARLIER = re.compile(r"\s?(?:에\s?)?이어(?![가-힣])")


def _examples_of_venues_before(state: State, s: Sentence, text: str) -> bool:
    """Whether a sentence that counts nothing names conferences right after a count over many unnamed
    venues (`15개 학회에 25건을 실었다. EMNLP와 ICCV에 논문을 냈고 …`): it names some of those venues."""
    last = state.facts[-1] if state.facts else None
    return (
        last is not None
        and not last.conf_ids
        and last.field == s.field
        and last.sent_start == state.prev_sentence_start
        and not find_counts(text, s.start, s.end)
        and PLURAL_VENUE.search(text, last.sent_start, last.cm.start) is not None
        and not _ANNOUNCES_A_LIST.search(
            text, s.start, s.end
        )  # `A·B 등 … 추이는 다음과 같다.`: the list's venues
    )


_ANNOUNCES_A_LIST = re.compile(r"(?:다음|아래)과\s?같(?:다|이)|(?:다음|아래)와\s?같(?:다|이)")


# the venues a sentence opens with, of the count before (`CVPR, ACL, AAAI, ICLR 등에서 거둔 실적으로`)
_VENUES_OF_BEFORE = re.compile(
    r"['’”\"]?\s*(?:등|등의\s*(?:학회|무대))?\s*(?:에서|서)\s*(?:거둔|올린|나온|낸|얻은|기록한)\s*"
    r"(?:실적|성과|결과|기록|수치)"
)
_LIST_GAP = re.compile(r"['’”\"]?\s*(?:,|·|와|과|및)\s*['‘“\"]?")


def venues_given_back(state: State, s: Sentence, text: str) -> None:
    """`…정규 논문이 51건에 이른다고 밝혔다. CVPR, ACL, AAAI, ICLR 등에서 거둔 실적으로, …`: a sentence
    opening with the venues of the count before gives that count, which named none, its conferences."""
    f = state.facts[-1] if state.facts else None
    if f is None or f.conf_ids or f.field != s.field or f.sent_start != state.prev_sentence_start:
        return
    confs = [e for e in s.entities if e.kind == "conf"]
    if not confs or text[s.start : confs[0].start].strip("'‘\"“ "):
        return
    run = [confs[0]]
    for e in confs[1:]:
        if not _LIST_GAP.fullmatch(text, run[-1].end, e.start):
            break
        run.append(e)
    if _VENUES_OF_BEFORE.match(text, run[-1].end):
        f.conf_ids = tuple(dict.fromkeys(e.id for e in run))
        f.conf_source = "carried"
