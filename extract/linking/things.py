"""What a count counts when it is no papers: the noun written right before it (`데모 2건`), the phrase
it modifies with 의 (`N건의 흉부 엑스레이 사례를`), or the noun a few words after (`5개 LG 주요 계열사`)."""

from __future__ import annotations

import re

from extract.linking.anaphora import refers_by_kind
from extract.linking.cues import (
    COUNTED_NOUN_BEFORE,
    NOT_PAPER_NOUN,
    NOT_PAPER_THING,
    OWNER_AFTER,
    PAPER_ISH_NOUN,
    PAPER_NOUN_AFTER,
    PAPER_WORD_IN_PHRASE,
    PATENT,
    THING_COUNTED,
    THING_WORD,
)
from extract.linking.sentences import Sentence, row_label
from extract.linking.state import Doc
from extract.numerals import CountMatch, find_counts

# a noun glossed in parentheses (`특별관심그룹(SIG) 1건`, `인터랙티비티(체험 전시) 3건`)
_GLOSSED_NOUN_BEFORE = re.compile(
    r"(?<![\w])([가-힣]{2,})\((?:[A-Za-z][A-Za-z0-9&\- ]{0,15}|[가-힣 ]{1,12})\)\s?$"
)
# a barred row's label cell, glossed or not (`| 인터랙티비티(시연) | 2건 | 3건 |`, `| 워크숍 | 6건 |`)
_LABEL_CELL = re.compile(r"([가-힣]{2,}(?:\s[가-힣]{2,})?)\s*(?:\([^()|]{1,15}\))?")
_WORKSHOP_OR_SESSION = re.compile(r"(?:워크[숍샵]|세션)(?:도|은|는|이|가)?$")


# programme items named in English (`Student Game Competition 4건, Interactivity 2건, Workshop 6건`)
_LATIN_THING = (
    r"(?:demos?|interactivit(?:y|ies)|(?:video\s)?showcases?|competitions?|tutorials?|panels?|keynotes?"
    r"|special\sinterest\sgroups?|SIGs?|workshops?)"
)
_LATIN_THING_BEFORE = re.compile(rf"(?<![A-Za-z]){_LATIN_THING}\s?:?\s?$", re.I)
_LATIN_THING_COUNTED = re.compile(rf"(?<![A-Za-z]){_LATIN_THING}\s?:?\s?\d{{1,3}}\s?(?:건|개|편)?", re.I)


def named_thing_before(text: str, s: Sentence, cm: CountMatch) -> bool:
    """Whether the noun right before a count (or before its Latin gloss: `특별관심그룹(SIG) 1건`) names
    a thing that is no paper (`데모 2건`, `데이터셋 2건`), or workshops held (`워크숍도 3개다`; `시연 2건,
    워크숍 3건, 특별관심그룹(SIG) 1건`: among other programme items)."""
    noun = COUNTED_NOUN_BEFORE.search(text, s.start, cm.start) or _GLOSSED_NOUN_BEFORE.search(
        text, s.start, cm.start
    )
    latin = _LATIN_THING_BEFORE.search(text, s.start, cm.start)
    if latin is not None:  # a workshop among other items counted, or any other programme item
        others = [
            m for m in _LATIN_THING_COUNTED.finditer(text, s.start, s.end) if m.start() != latin.start()
        ]
        return not latin.group().lower().startswith("workshop") or bool(others)
    cell = row_label(text, cm.start)
    label = _LABEL_CELL.fullmatch(cell) if cell is not None else None
    if label is not None and _programme_item(label.group(1), cm):
        return True  # a row of programme items, whichever column (`| 인터랙티비티(시연) | 2건 | 3건 |`)
    if noun is None:
        return False
    word = noun.group(1)
    return bool(
        NOT_PAPER_THING.search(word)
        or (
            _WORKSHOP_OR_SESSION.search(word)
            and (cm.counter == "개" or THING_COUNTED.search(text, s.start, s.end))
        )
    )


def _programme_item(label: str, cm: CountMatch) -> bool:
    """Whether a row's label names a thing that is no paper, or workshops held (`| 워크숍 | 6건 |`)."""
    return bool(NOT_PAPER_THING.search(label) or (_WORKSHOP_OR_SESSION.search(label) and cm.counter != "편"))


def names_another_thing(after: str) -> bool:
    """Whether the phrase a count modifies with 의 (its next words, up to the one with an object or
    topic particle) names images, cases or data and no papers (`N건의 흉부 엑스레이 사례를`)."""
    lead = re.match(r"\s*의\s+", after)
    if lead is None:
        return False
    phrase: list[str] = []
    for word in re.split(r"[,.;·()]", after[lead.end() :], maxsplit=1)[0].split()[:4]:
        phrase.append(word)
        if re.search(r"(?:을|를|은|는|에서|으로|에게)$", word):
            break
    if any(PAPER_WORD_IN_PHRASE.search(w) for w in phrase):
        return False
    return any(THING_WORD.fullmatch(w) or PATENT.search(w) for w in phrase)


# a compound noun whose last part (its head) counts companies, not papers: `소프트웨어업체들이`, `AI스타트업`
_COMPOUND_OTHER = re.compile(
    r"[가-힣A-Za-z]{1,12}(?:업체|기업|회사|스타트업|개사|계열사)들?"
    r"(?:이|가|은|는|을|를|의|과|와|도|에|에서|로|으로)?"
)


# a count labelled by the word 논문, joined to this one (`기조연설 1건과 논문 10건`, `논문 8편, 초청강연 2건`)
_PAPER_COUNT = r"논문\s?(?:\d+|[가-힣]{1,3})\s?(?:편|건|개)"
_PAPER_COUNT_AFTER = re.compile(rf"\s*(?:과|와|,|및|그리고)\s*{_PAPER_COUNT}")
_PAPER_COUNT_BEFORE = re.compile(rf"{_PAPER_COUNT}\s*(?:과|와|을|를|이|가)?\s*(?:,|및|그리고)?\s*$")


def beside_a_paper_count(text: str, s: Sentence, cm: CountMatch) -> bool:
    """Whether a count labelled 논문 is written right beside this one in a list: then the count's own
    word, not the sentence's paper words, says what it counts."""
    if _PAPER_COUNT_AFTER.match(text, cm.end, s.end):
        return True
    noun = COUNTED_NOUN_BEFORE.search(text, s.start, cm.start)
    return noun is not None and _PAPER_COUNT_BEFORE.search(text, s.start, noun.start()) is not None


_AS_OF = re.compile(r"현재|기준|당시|현재까지|지금까지|누적|통산")


def counts_another_thing(s: Sentence, text: str, cm: CountMatch) -> bool:
    """Whether the word right before the count, no name and no paper word, is what it counts."""
    noun = COUNTED_NOUN_BEFORE.search(text, s.start, cm.start)
    if noun is None or PAPER_ISH_NOUN.search(noun.group(1)) or _AS_OF.fullmatch(noun.group(1)):
        return False  # also a time the count is as of (`10월 현재 26개`), no noun it counts
    if re.search(
        r"(?:은|는|이|가|을|를|의|도|로|에|엔|와|과|만|서|고|며|해|면|던|인|한|된|째|게|히|리|이|자|까지|부터)$",
        noun.group(1),
    ):
        return False  # a word with a particle or an ending: a subject, a clause, not the counted noun
    last = noun.group(1)[-1]
    if (ord(last) - 0xAC00) % 28 == 4:
        return False  # a final ㄴ: an adnominal ending (`두 배 가까운 11편`, `새로 나온`), not a noun
    return not any(e.start < noun.end(1) and e.end > noun.start(1) for e in s.entities)


def counts_another_noun(after: str) -> bool:
    """After `N개` with words between (`5개 LG 주요 계열사`), whether the first counted noun within
    three words is another thing than papers; none after a particle (`7개는 메인 트랙 논문으로`: the
    count is the clause's topic, what follows is said of it)."""
    if re.match(r"(?:은|는|이|가|을|를|도|만|와|과)(?![가-힣])", after):
        return False
    words = [w for w in re.split(r"[,.;()·]", after, maxsplit=1)[0].split() if w != "의"][:3]
    for k, word in enumerate(words):
        if PAPER_NOUN_AFTER.match(" " + " ".join(words[k:])):  # with the words after (`연구 트랙`)
            return False
        other = NOT_PAPER_NOUN.match(" " + word)
        if (
            k
            and other
            and re.fullmatch(
                r"들?(?:이|가|은|는|을|를|의|과|와|도|에|에서|로|으로)?", word[other.end() - 1 :]
            )
        ):
            return True  # the whole word is the other noun, or it with a particle
        if _COMPOUND_OTHER.fullmatch(word):
            return True  # a compound whose head is another noun: `230개의 소프트웨어업체들이`
    return False


# a clause that sets what it counts apart from the papers (`논문과는 별개로 시연 3건을`, `논문 발표와 별도로`):
# programme items, not papers, unless they are papers again (`워크숍 논문 3편도`)
_APART_FROM_PAPERS = re.compile(r"논문(?:\s?발표)?(?:과는|와는|과|와)?\s?(?:별개로|별도로)")
_PAPERS_AGAIN = re.compile(r"논문|페이퍼|초록")
_PAPERS_AFTER = re.compile(r"\s*의?\s*(?:[가-힣A-Za-z]+\s)?(?:논문|페이퍼|초록)")


def set_apart_from_papers(text: str, s: Sentence, cm: CountMatch) -> bool:
    """Whether a count (not one of 편) stands after a clause that sets it apart from the papers
    (`논문과는 별개로 시연 프로그램 3건과 워크숍 2개`), with no paper word between them."""
    if cm.counter == "편":
        return False
    apart = max(_APART_FROM_PAPERS.finditer(text, s.start, cm.start), key=lambda m: m.start(), default=None)
    if apart is None or _PAPERS_AGAIN.search(text, apart.end(), cm.start) is not None:
        return False
    return _PAPERS_AFTER.match(text, cm.end, s.end) is None  # not `185건의 AI 논문`


# a level the count before it reached (`12건. 처음으로 두 자릿수에 올라섰다`, `두 자릿수로 진입했다`)
_LEVEL_REACHED = re.compile(
    r"\s?(?:에|로|으로)\s?(?:올라|진입|들어서|들어섰|접어|오르|올랐)|\s?(?:를|을)\s?(?:돌파|넘어|넘었)"
)


def is_level_reached(text: str, cm: CountMatch) -> bool:
    """Whether a range with no count (`두 자릿수`) is the level an exact count written before it on its
    line reached (`【2017년】 12건. 처음으로 두 자릿수에 올라섰다`), not a count of its own."""
    if cm.counter or not _LEVEL_REACHED.match(text, cm.end):
        return False
    line_start = text.rfind("\n", 0, cm.start) + 1
    return any(c.counter and c.count is not None for c in find_counts(text, line_start, cm.start))


# a count measured against another organization's (`알파벳의 7.2%에 그친 59건`, `A의 절반에 못 미친 300건`)
_MEASURED_AGAINST = re.compile(
    r"의\s?(?:\d+(?:\.\d+)?\s?%|절반|\d+분의\s?\d+|\d+(?:\.\d+)?\s?배|[두세네]\s?배)\s?(?:에|를|을|수준|정도)?\s?"
    r"(?:그친|불과한|못\s?미친|달하는|이르는|해당하는|넘는|웃도는|밑도는)?\s*$"
)


def measured_against(doc: Doc, text: str, s: Sentence, cm: CountMatch) -> bool:
    """Whether a count is measured against an organization the sentence before counted papers for (`… 논문 등재
    수로 비교한 결과, 알파벳이 820건으로 1위` ⏎ `B는 알파벳의 7.2%에 그친 59건`): the same measure, papers."""
    m = _MEASURED_AGAINST.search(text, s.start, cm.start)
    before = doc.before(s) if m is not None else None
    if m is None or before is None or "논문" not in text[before.start : before.end]:
        return False
    base = text[max(s.start, m.start() - 20) : m.start()]
    return any(e.kind == "org" and base.endswith(text[e.start : e.end]) for e in before.entities)


def introduced_just_before(doc: Doc, s: Sentence, cm: CountMatch) -> bool:
    """Whether the count's owner was introduced by the sentence just before, in the same paragraph, which names
    one organization and no count (`둘째 줄에는 B가 올랐다. 15건으로 …`, `셋째 줄은 C다. 이 대학은 13건을`): a
    ranking told a line at a time, whose counts are of what the article ranks."""
    if any(e.kind == "org" and e.end <= cm.start for e in s.entities):
        return False
    text = doc.fields[s.field]
    opening = text[s.start : cm.start]
    if opening.strip(" ('\"‘“") and not refers_by_kind(text, s.start, cm.start):
        return False  # the count opens its sentence (`15건으로, …`) or follows `이 대학은`, not `…나누고, 16개가`
    before = doc.before(s)
    if before is None or before.para != s.para or before.field != s.field:
        return False
    orgs = {e.id for e in before.entities if e.kind == "org"}
    return len(orgs) == 1 and not find_counts(text, before.start, before.end)


# what may stand between an organization and its count besides a particle: degree words
# (`A가 가장 많은 16건`, `A는 이보다 한 건 적은 15건`, `A·B는 나란히 5건씩`), or the one it is measured against
# (`A는 B에 한 건 뒤진 6건`, `B보다 두 건 앞선`)
_DEGREE_BETWEEN = re.compile(  # also across a table's cell bar (`| A, B | 각 1개 |`)
    r"\s*[(|│]?\s*(?:[가-힣]{1,2}\s+)?(?:[가-힣A-Za-z]{1,10}(?:에|보다)\s+)?"
    r"(?:(?:가장|무려|모두|총|홀로|혼자서?|단독으로|각각|각|나란히|이보다|그보다|딱|단|불과|겨우|\d{1,2}|한|두|세|네|다섯|건|편|개|더|많은|적은"
    r"|모자란|뒤진|뒤처진|앞선|최다인?|지난해|작년|재작년|전년도?|올해|(?:19|20)\d{2}\s?년(?:에는|에|엔)?)\s*)*"
)  # also a year word (`A는 지난해 9건에서`, `A 역시 2019년 5건보다`)


_WHO_AFTER = re.compile(
    r"\s*(?:을|를|이|가)?\s*(?:[가-힣]+\s+){0,2}?(?:곳|기관|기업|대학|회사)(?:은|는|이)\s*"
)


def owner_named_after(text: str, s: Sentence, cm: CountMatch) -> bool:
    """An organization named as the one that has the count (`16건을 올린 곳은 A였다`), or modified by it
    (`1위는 9건을 올린 A였다`)."""
    m = _WHO_AFTER.match(text, cm.end, s.end)
    return any(
        e.kind == "org"
        and ((m is not None and e.start == m.end()) or OWNER_AFTER.fullmatch(text, cm.end, e.start))
        for e in s.entities
        if e.start >= cm.end
    )


def owner_right_before(text: str, s: Sentence, cm: CountMatch) -> bool:
    """An organization written just before the count (`A가 320건`, `A(120건)`, `A가 가장 많은 16건`):
    in an article about conference papers, its count is a paper count where the sentence does not say 논문."""
    return any(
        e.kind == "org"
        and 0 <= cm.start - e.end <= 24
        and (
            cm.start - e.end <= 4
            or _DEGREE_BETWEEN.fullmatch(text, e.end, cm.start) is not None
            or _GLOSS_THEN_PARTICLE.fullmatch(text, e.end, cm.start)
            is not None  # `마이크로소프트(MS)도 408개`
        )
        for e in s.entities
    )


_GLOSS_THEN_PARTICLE = re.compile(r"\s?\([^()]{1,16}\)\s?(?:은|는|이|가|도|으로,?|로,?)?\s?")
