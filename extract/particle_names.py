"""Names of organizations no gazetteer lists, read from the slot they fill in a sentence about papers:
a word Kiwi reads as a proper noun, or a compound ending in a company word, before a subject particle
(`다온비전은`), a count (`새솔전자 3편`), a copula after a word that asks for an organization, a list
mark, or in the other slots of `_OTHER_SLOT` (source `pattern`).

Every slot needs a count (`3편`, `2건`) or 논문 in reach, and no reach crosses a full stop or a line
break: `tag_spans` tells the reader which pieces of a text Kiwi must tag for this module.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from extract.department_words import DEPT_SUFFIX_ANYWHERE, GENERIC_DEPT_STEMS
from extract.kiwi_runtime import TokenLike
from extract.mentions import EntityMention
from extract.patterns import (
    COMPANY_SUFFIX,
    GENERIC_NAME_STEMS,
    GENERIC_UNIT_STEMS,
    ORG_WORD_END,
    pattern_mention,
)
from extract.stems import generic_stem
from output.schema import FieldName

# what every slot's reach holds: a count or 논문 (`_COUNT_AHEAD`, `_COUNT_MODIFIES`, `_PAPERS_BEFORE`,
# `_COUNT_RIGHT_AFTER`)
_COUNT_OR_PAPER = re.compile(r"\d+\s?(?:편|건)|논문")


def tag_spans(text: str) -> list[tuple[int, int]]:
    """Where `names_before_particle` reads Kiwi's tags: around each count or 논문, from the full stop or
    line break before it to the one after it (no slot's reach crosses either)."""
    out: list[tuple[int, int]] = []
    for m in _COUNT_OR_PAPER.finditer(text):
        start = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        while text[start].isspace():
            start += 1  # the space after a full stop belongs to the sentence before
        ends = [i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0]
        out.append((start, min(ends, default=len(text))))
    return out


_SURNAMES = set(
    "김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉"
)
_NAME_PARTICLES = {"은", "는", "이", "가", "도", "까지"}
# the characters of a word read back from a particle (what `matcher._WORD_CHAR` matches, and &)
_WORD_CHARS = frozenset(
    [chr(c) for c in range(ord("가"), ord("힣") + 1)]
    + list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789㈜&")
)
_SUBJECT_TAGS = frozenset({"JX", "JKS"})
_SLOT_FORMS = frozenset({"소속", "논문"})
_SLOT_TAGS = frozenset({"SN", "SSO", "JKB", "VCP", "JC", "SP"})  # the tags `_slot_after` reads
# a name in another slot of a sentence about papers: its papers (`새롬바이오의 논문 2편`), a co-author
# (`한결데이터와 공동으로`)
_OTHER_SLOT = re.compile(
    r"의\s*(?:[가-힣]+\s+)?논문|(?:와|과)\s*(?:공동|함께)|(?:연구진|연구팀)(?:이|은|는|도|의|\s+논문)(?![가-힣])"
)
_OTHER_SLOT_AT = re.compile(f"(?=(?:{_OTHER_SLOT.pattern}))")  # zero-width: overlapping starts too
# `논문 5편을 발표한 가온AI는`: a count in the adnominal clause right before the name
_COUNT_MODIFIES = re.compile(r"\d+\s?(?:편|건)[^.\n]{0,24}?(?:한|된|낸|올린|내놓은)\s+$")
_COUNT_AHEAD = re.compile(r"[^.\n]{0,80}?(?:\d+\s?(?:편|건)|논문)")
_TRACK_WORD = re.compile(
    r"(?:메인|본|인더스트리|산업)?(?:파인딩스|트랙|세션|워크[숍샵]|튜토리얼|포스터)|(?:풀|숏|롱|쇼트)페이퍼"
    r"|레이트\s?(?:뉴스|브레이킹)|[가-힣]{1,3}(?:작|작품)"  # `레이트뉴스는 11건`, works: `투고작은`, `출품작은`
)


def names_before_particle(text: str, tokens: Sequence[TokenLike], field: FieldName) -> list[EntityMention]:
    """Company and institute names written as a subject in a sentence about papers: a word Kiwi
    reads as a proper noun (`다온비전은`), a compound ending in a company word (`누리데이터도`,
    `한결소프트가`), or a quoted name (`'한빛로보틱스'는`) before 은/는/이/가/도/까지, also with a gloss
    in parentheses between (`누리에이아이(누리AI)는`); also in the other slots of `_slot_after`."""
    out: list[EntityMention] = []
    slots = {m.start() for m in _OTHER_SLOT_AT.finditer(text)}  # every offset where a slot begins
    hints: list[int] | None = None  # where a digit or 논 is written, when first needed
    for i in range(1, len(tokens)):
        t = tokens[i]
        tag = t.tag  # each read of a Kiwi token's field builds a new object: read once, and only if needed
        if (tag in _SUBJECT_TAGS and t.form in _NAME_PARTICLES) or (slots and t.start in slots):
            slot: str | None = "any"
        elif tag in _SLOT_TAGS or t.form in _SLOT_FORMS:  # what `_slot_after` can read as a slot
            slot = _slot_after(text, tokens, i)
        else:
            continue
        if slot is None:
            continue
        end = t.start
        if text[end - 1] == " " and (t.form in ("연구진", "연구팀", "소속", "논문") or t.tag == "SN"):
            end -= 1  # `다온에이아이 연구진이`, `누리테크 소속`, `새솔전자 3편`
        if text[end - 1] == ")":  # `호두에이아이(호두AI)는`: the name before its gloss
            opened = text.rfind("(", max(0, end - 24), end)
            if opened <= 0 or ")" in text[opened : end - 1]:
                continue
            end = opened
        quoted = text[end - 1] in "'’\"”"
        if quoted:
            end -= 1
        start = _word_start(text, end, max(0, end - 64))
        if start == end or (quoted and (start == 0 or text[start - 1] not in "'‘\"“")):
            continue
        if not quoted and text.endswith("들", start, end):
            continue  # `크루들이`, `연구자들은`: a plural, no name
        if quoted and _PRODUCT_BEFORE.search(text, max(0, start - 30), start - 1):
            continue  # `초대규모 인공지능(AI) '하이퍼클로바'의`: a product the descriptor names, no organization
        if slot == "pred" and not _PRED_BEFORE.search(text, max(0, start - 40), start):
            continue  # `발표한 곳은 X다`: only after a word that asks for an organization
        by_form_only = slot in ("list", "count-form")
        if by_form_only and not _looks_like_name(text, start, end, (), quoted, by_form_only=True):
            continue  # the word alone decides (most words before a comma are no names)
        if hints is None:
            hints = [m.start() for m in _PAPER_HINT.finditer(text)]
        if not slot.startswith("count") and not _about_papers(text, t.start, start, slot != "any", hints):
            continue  # not a sentence about papers, nor the name an adnominal with a count modifies
        inside = [u for u in tokens[max(0, i - 16) : i] if start <= u.start < end]
        if not inside or any(u.tag[0] in "JEV" or u.tag in ("XSV", "XSA", "SN") for u in inside):
            continue
        if not by_form_only and not _looks_like_name(text, start, end, inside, quoted):
            continue
        if _PERSON_TITLE_BEFORE.search(text, max(0, start - 60), start):
            continue  # `박사과정생 류수둥(Liu Shudong)과 잔룬저(Zhan Runzhe)가`: people
        out.append(pattern_mention(text[start:end], start, field))
    return out


# what a quoted product is introduced as (`초대규모 AI '하이퍼클로바'`, `언어모델 '엑사원'`, `챗봇 서비스 '…'`)
_PRODUCT_BEFORE = re.compile(
    r"(?:인공지능(?:\s?\(AI\))?|(?<![A-Za-z])AI|모델|언어\s?모델|서비스|플랫폼|챗봇|솔루션|에이전트|반도체|칩)\s?$"
)


# a person's title before a name, or before the list of names it opens
_PERSON_TITLE_BEFORE = re.compile(
    r"(?:박사과정생|석사과정생|박사과정|석사과정|학부생|대학원생|교수|박사|학생)\s"
    r"(?:[가-힣]{2,4}(?:\([^()]{0,30}\))?\s?(?:과|와|,|·)\s?)*$"
)


def _word_start(text: str, end: int, floor: int) -> int:
    """Where the run of word characters ending at `end` begins (not before `floor`); `end` if none."""
    start = end
    while start > floor and text[start - 1] in _WORD_CHARS:
        start -= 1
    return start


# `7편을 발표한 곳은 한결로보틱스다`, `2위는 9편의 한결로보틱스였다`: a predicate that names the owner
_PRED_BEFORE = re.compile(
    r"(?:(?:곳|기관|기업|회사|대학|학교|스타트업|업체|주인공|\d위)(?:은|는|이|가)|\d+\s?(?:편|건)의)\s$"
)
_COUNT_RIGHT_AFTER = re.compile(r"\s?(?:\(\s?)?(?:에서\s?(?:만\s?|도\s?)?)?\d+\s?(?:편|건)")
_PAPERS_BEFORE = re.compile(r"(?:\d+\s?(?:편|건)|논문)[^.\n]{0,80}$")


def _slot_after(text: str, tokens: Sequence[TokenLike], i: int) -> str | None:
    """What the token `i` right after a word makes of it: `count` (`새솔전자 3편`, `누리바이오(3편)`,
    `한결로보틱스에서 4편`; without parentheses `count-form`: only a name by form), `pred` (a copula or 로 after it: `…곳은 누리바이오였다`), `list` (와/과, a
    comma or a middle dot after it: only a name by form), `any` (`가온테크 소속`), or None."""
    t = tokens[i]
    prev = tokens[i - 1]
    if prev.start + len(prev.form) != t.start - (text[t.start - 1] == " ") or prev.tag[0] in "JEVS":
        return None  # the word before must end right here (one space allowed before a count)
    if t.tag in ("SN", "SSO") or (t.tag == "JKB" and t.form == "에서"):
        if not _COUNT_RIGHT_AFTER.match(text, prev.start + len(prev.form)):
            return None
        return "count" if t.tag == "SSO" else "count-form"  # `벤치마크에서 3편`: a proper noun alone is weak
    if t.form == "소속" and text[t.start - 1] == " ":
        return "any"
    if t.form == "논문" and text[t.start - 1] == " " and _COUNT_RIGHT_AFTER.match(text, t.start + 2):
        return "count-form"  # `누리연구원 논문 2편`
    if t.tag == "VCP" or (t.tag == "JKB" and t.form in ("로", "으로")):
        return "pred"
    if (t.tag == "JC" and t.form in ("와", "과")) or (t.tag == "SP" and t.form in (",", "·")):
        return "list"
    return None


def _about_papers(text: str, after: int, start: int, before_too: bool, hints: Sequence[int]) -> bool:
    """A count or 논문 ahead in the sentence, a count in the adnominal clause before the name, or
    (`before_too`, for a predicate or a list) a count or 논문 earlier in the sentence. Each pattern
    is tried only when `hints` (the offsets of digits and 논) has what it begins with in its reach."""
    return bool(
        (_hint_in(hints, after, after + 81) and _COUNT_AHEAD.match(text, after))
        or (_hint_in(hints, start - 40, start) and _COUNT_MODIFIES.search(text, max(0, start - 40), start))
        or (
            before_too
            and _hint_in(hints, start - 100, start)
            and _PAPERS_BEFORE.search(text, max(0, start - 100), start)
        )
    )


_PAPER_HINT = re.compile(r"[\d논]")  # the first character of a count (`3편`) or of 논문


def _hint_in(hints: Sequence[int], a: int, b: int) -> bool:
    """Whether some offset of `hints` (sorted) is in [a, b)."""
    i = bisect.bisect_left(hints, a)
    return i < len(hints) and hints[i] < b


def _looks_like_name(
    text: str, start: int, end: int, run: Sequence[TokenLike], quoted: bool, by_form_only: bool = False
) -> bool:
    word = text[start:end]
    if not _NAME_FORM.fullmatch(word) or _PRODUCT_END.search(word):
        return False  # `한빛GPT는`: a model, not its maker
    suffix = COMPANY_SUFFIX.search(word)
    stem = word[: suffix.start()] if suffix else word
    if suffix and (len(stem) < 2 or stem in GENERIC_NAME_STEMS or generic_stem(stem)):
        return False
    if _TRACK_WORD.fullmatch(word):
        return False  # `파인딩스는 1200편`: a conference's track, not a name
    if quoted:
        return True
    if by_form_only:  # `한결로보틱스와`: in a list a proper-noun reading alone is too weak
        return bool(suffix and len(stem) >= 2) or _org_word_by_form(word)
    if suffix and (len(run) >= 2 or len(stem) >= 2):
        return True  # `소리모빌리티가`: a company word after a stem, even read as one common noun
    if any(t.tag == "NNP" for t in run) and len(word) >= 3:
        return not (len(word) == 3 and word[0] in _SURNAMES and not suffix)  # 김민수는: a person
    return False


_NAME_FORM = re.compile(r"[가-힣][가-힣A-Za-z0-9]{1,14}")
_PRODUCT_END = re.compile(r"(?:GPT|LLM|LM|봇|챗)$")


def _org_word_by_form(word: str) -> bool:
    """`누리연구원`, `새솔대학교`: an organization word after a stem that is no role (`선임연구원`)."""
    end = ORG_WORD_END.search(word)
    if end is None or DEPT_SUFFIX_ANYWHERE.search(end.group()):
        return False  # departments and schools are read by `departments`, with their university
    stem = word[: end.start()]
    generic = GENERIC_NAME_STEMS | GENERIC_UNIT_STEMS | GENERIC_DEPT_STEMS
    return len(stem) >= 2 and stem not in generic and not generic_stem(stem)
