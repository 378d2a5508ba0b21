"""What a mention does in its sentence (subject, object, collaborator, source, genitive) and lists of mentions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extract.linking.sentences import Sentence
from extract.linking.titles import is_persons_title
from extract.matcher import EntityMention

_SKIP_AFTER = re.compile(r"(?:\s*\([^()]{0,160}\))?['’”\"」』]*")
_SUBJ = re.compile(
    r"\s*(?:(?:연구진|연구팀|연구실|연구자들?|측|관계자|논문들?|진영(?:\s*전체)?|전체|단독으로|AI\s*연구\s*조직)\s*)?"
    r"(?:은|는|이|가|도|께서|이다|다|로는|으로는|만은|차지(?:다|였다|이다|이었다))(?![가-힣])"  # `맨 윗줄은 B 차지다`
)
# a comparison base in the genitive (`B(90편)의 3분의 1 수준인 30편`, `B의 절반`, `B의 두 배`)
GEN_COMPARED = re.compile(  # also `B 한 회사의 5분의 1에 못 미친다`
    r"\s*(?:한\s*(?:곳|회사|기업|대학)\s*)?(?:\([^)]{0,12}\)\s*)?의\s*"
    r"(?:(?:\d+|두|세|네|다섯)\s?분의\s?(?:\d+|한|하나)(?!\d)|(?:(?:\d+|두|세|네|다섯)\s?분의\s?\S+\s*)?"
    r"(?:수준|절반|(?:\d+|두|세|네)\s?배|\d+(?:\.\d+)?\s?%))"
)
_OBJ = re.compile(
    r"\s*(?:을|를|에게|에겐|보다|[와과]\s*비교|[와과]의\s*(?:격차|차이|간극)|[와과]\s*(?:나란히|동률|어깨를\s?나란히)|[을를]\s*제치|[을를]\s*빼|[을를]\s*제외|[와과]\s*달리|에\s?이어(?!서)|(?:으로|로)\s?(?:옮겨|옮긴|옮겼|이직|자리를\s?옮)"
    # a comparison base in the dative (`A는 B에 한 건 뒤진 6건`, `B에 두 편 앞선`)
    r"|에\s*(?:[가-힣\d]{1,3}\s?(?:건|편|개)\s*)?(?:뒤진|뒤처진|뒤졌|뒤처졌|앞선|앞섰|밀린|밀렸)"
    # a comparison base in the genitive (`B(90편)의 3분의 1 수준인 30편`, `B의 절반`, `B의 두 배`)
    r"|" + GEN_COMPARED.pattern + ")"
)
_COLLAB = re.compile(  # `A와 공동`, `A 김 교수 연구팀과 함께`, `A, B 등 국내외 기관과의 공동 연구`, `A 공동연구`
    r"\s?(?:공동\s?연구|협력\s?연구|산학\s?협력)(?:\s?(?:\d\s?단계|사업|과제|센터))?(?:서|에서|로|의|\s|$)"
    r"|\s?(?:와|과)\s(?:공동\s?)?논문\s?(?:\d+|[가-힣]{1,2})\s?편"  # `A, AAAI서 토론토대와 논문 2편`: A's, with B
    r"|\s?(?:와|과)\s(?:함께\s)?(?:쓴|작성한|집필한)\s"  # `B와 쓴 논문 두 편`
    r"|\s*(?:[가-힣]{2,4}\s?교수(?:\s?(?:연구진|연구팀|연구실|팀|랩))?|연구진|연구팀|연구실)?\s*(?:(?:등|같은)\s*)?(?:(?:국내외|국내|해외|외부|글로벌|여러|다수의?)?\s?(?:기관|대학|기업|연구기관|연구소|학교|업체|학계|업계|산업계)들?)?(?:와|과|하고|이랑|랑)(?:의)?\s*(?:공동|함께|협업|협력|손잡|산학|합작|같이)"
    # its units and people before the partner particle (`B 종양내과·병리과와 협업한`, `B 의대 병리과 김 교수팀과
    # 함께`), or a study done with it (`B 등과 … 검증한 연구`)
    r"|(?:\s[가-힣·A-Za-z]{1,16}(?<![은는이가을를도의에])){0,3}\s[가-힣·]{2,16}(?:와|과)(?:의)?\s?(?:공동|함께|협업|협력|손잡)"
    r"|\s?(?:등)?(?:와|과)\s[^.]{0,40}?(?:검증|개발|수행|분석|진행)한\s(?:연구|논문)"
)
_SOURCE = re.compile(  # also a name's product or desk (`닛케이 크로스테크에 따르면`), a platform posted on
    r"\s*(?:(?:측|\s*관계자|\s?[가-힣A-Za-z]{2,8})?에\s*따르면|(?:에|에서|에\s?올린|의)?\s?(?:게시물|게시글|포스트|글|계정|피드|페이지)(?![가-힣])|의\s*(?:발표|분석|집계|조사|자료|보고서|통계|설명)(?:\s?결과)?에\s*따르면)"
)
# an organization naming an event it hosts (`A 학술대회`, `A AI 포럼`) owns none of the event's papers
_EVENT = re.compile(
    r"(?:\s*(?:사내|AI|인공지능|테크|기술))?\s*(?:학술대회|학술\s대회|학회|컨퍼런스|콘퍼런스|포럼|심포지엄|개발자\s*대회)"
    r"(?:에서는|에서|에는|에|은|는|이|가|의|을|를|로|와|과|도)?(?![가-힣])"
)
_GEN = re.compile(r"\s*의(?![가-힣])")
# a member's kind written before it (`A, 일본 관계사 B와 함께`, `A와 자회사 B`)
_MEMBER_KIND = (
    r"(?:[가-힣A-Za-z·]{1,6}\s){0,2}(?:관계사|자회사|계열사|손자회사|연구소|연구기관|법인|서비스|조직|사업부)\s"
    # `번역 서비스 B`, `유럽 나노·반도체 연구기관 C`
    r"|(?:[가-힣A-Za-z]{1,6}\s)?[가-힣]{0,4}(?:제약사|바이오텍|상장사|스타트업|기업|업체)\s"  # `… 와 바이오텍 B, C가`
)
_COUNTRY_OF_MEMBER = re.compile(  # also an apposition (`유럽 연구 거점인 B`, `미국 법인인 C`)
    r"(?:\s?(?:관계사|자회사|계열사|손자회사|연구소|법인|기업|업체|대학|스타트업)"
    r"|(?:\s[가-힣A-Za-z·]{1,6}){1,2}?\s(?:연구기관|연구소|기업|업체)"  # `유럽 나노·반도체 연구기관 C`
    r"|(?:\s[가-힣A-Za-z]{1,6}){0,2}?\s?(?:자회사|계열사|연구소|법인|거점|지사|연구센터)(?:인|이자))\s(?=[가-힣A-Za-z])"
)
# the kind a list's next member is introduced as (`A와 진단업체로는 B가 각각`)
_MEMBER_LABEL = r"(?:[가-힣A-Za-z]{1,8}\s?(?:으로는|로는)\s)"
_LIST_GAP = re.compile(
    r"(?:\s*\([^()\d]{0,160}\))?['’”\"」』]*\s*(?:(?:,|·|ㆍ|/|및|와|과|랑|이랑|그리고|, 그리고)"
    rf"\s*(?:{_MEMBER_KIND}|{_MEMBER_LABEL})?)?\s*['‘“\"「『]*"
)
# `2024 NeurIPS와 2025 ICLR`, `NAACL을 비롯해 NeurIPS, AAAI 등`
_CONF_LIST_GAP = re.compile(
    r"(?:\s*(?:을|를)\s*비롯(?:해|하여|한)\s*,?\s*['‘“\"「『]*|"
    + _LIST_GAP.pattern
    + r")(?:(?:19|20)\d{2}\s*)?"
)
# a member with its own modifier clause: `ICML 2024와 다음 달 열리는 ICLR 2025`, `서울에서 열린 A와 부산에서 열린 B`
_CONF_MODIFIED_GAP = re.compile(
    r"(?:\s*\([^()\d]{0,160}\))?['’”\"」』]*\s*(?:,|·|ㆍ|및|와|과|그리고)\s*(?:[^\s,.·()]+\s+){0,4}"
    r"(?:열린|열렸던|열리는|열릴|개최된|개최됐던|개최되는|개최될|진행된|진행되는|진행될|치러진|치러지는|치러질|개막한|개막하는|개막할|예정인|앞둔)\s+['‘“\"「『]*(?:(?:19|20)\d{2}\s*)?"
)
# a member written as a description the gazetteer lacks with its acronym after it:
# `A학회(NeurIPS), 패턴인식 국제 학술대회(ICPR) 등`
_CONF_GLOSSED_GAP = re.compile(
    r"(?:\s*\([^()\d]{0,160}\))?['’”\"」』]*\s*(?:,|·|ㆍ|및|와|과)\s*[가-힣A-Za-z][가-힣A-Za-z ]{1,30}\(\s*"
)
# a member after a description ending in a venue noun: `머신러닝 학회 ‘ICML’, 음성 분야 학술대회 ‘ICASSP’`
_CONF_DESCRIBED_GAP = re.compile(
    r"['’”\"」』]*\s*(?:,|·|ㆍ|및|와|과)\s*[가-힣A-Za-z·ㆍ ]{0,30}?"
    r"(?:학회|학술대회|컨퍼런스|콘퍼런스|심포지엄)(?:인)?\s*['‘“\"「『]*"
)  # `자연어처리 학회 ACL-IJCNLP와 머신러닝 학회 ICML`, with or without quotes
# two lists, each closed by its class, joined (`A·B 네 곳의 NLP 학회와 C·D 두 곳의 ML 학회를 묶어`)
_CONF_CLASSED_GAP = re.compile(
    r"\s*(?:(?:\d|두|세|네|다섯|여섯)\s?(?:곳|개)의?\s*|같은\s*|등\s*)(?:[A-Za-z가-힣]{1,8}\s?)?"
    r"(?:학회|학술대회|컨퍼런스|콘퍼런스)(?:와|과)\s*"
)
_CONF_YEAR_GAP = re.compile(r"\s*['’]?(?:(?:19|20)\d{2}|\d{2})(?![\d년])")  # `NeurIPS 2024와 AAAI 2025`

ROLE_SUBJ, ROLE_OBJ, ROLE_COLLAB, ROLE_SOURCE, ROLE_GEN, ROLE_BARE, ROLE_EVENT, ROLE_TITLE = (
    "subj",
    "obj",
    "collab",
    "source",
    "gen",
    "bare",
    "event",
    "title",  # only a person's title: `교수(전 A 장관)`, `A 출신`
)


# the role words in the order they are tried: one alternation, whose first alternative that matches
# names the role (none of the patterns looks behind, so matching at `pos` is matching the rest alone)
_ROLE_AFTER = re.compile(
    "|".join(
        f"(?P<{role}>{pattern.pattern})"
        for role, pattern in (
            (ROLE_COLLAB, _COLLAB),
            (ROLE_SOURCE, _SOURCE),
            (ROLE_EVENT, _EVENT),
            (ROLE_OBJ, _OBJ),
            (ROLE_SUBJ, _SUBJ),
            (ROLE_GEN, _GEN),
        )
    )
)


def _role(text: str, end: int, limit: int) -> str:
    m = _SKIP_AFTER.match(text, end, limit)
    pos = m.end() if m else end
    role = _ROLE_AFTER.match(text, pos, limit)
    return role.lastgroup or ROLE_BARE if role is not None else ROLE_BARE


def hosts_event(text: str, end: int, limit: int) -> bool:
    """Whether the mention ending at `end` names an event it hosts (`A 학술대회`, `A AI 포럼`)."""
    return _role(text, end, limit) == ROLE_EVENT


@dataclass
class Group:
    """Entities of one kind written as a list (`A, B 등`, `A·B`, `A와 B`), with the list's role."""

    members: list[EntityMention]
    role: str = ROLE_BARE

    @property
    def start(self) -> int:
        """Start of the first member."""
        return self.members[0].start

    @property
    def end(self) -> int:
        """End of the last member."""
        return self.members[-1].end

    @property
    def kind(self) -> str:
        """`org` when any member is an organization, else the first member's kind."""
        for m in self.members:  # a plain loop: called for every group, many times per sentence
            if m.kind == "org":
                return "org"
        return self.members[0].kind

    def ids(self) -> list[str]:
        """Distinct ids of the members, in order."""
        return list(dict.fromkeys(m.id for m in self.members))


def group_mentions(
    text: str, ents: Sequence[EntityMention], limit: int, kinds: tuple[str, ...]
) -> list[Group]:
    """Mentions of the given kinds joined into lists (`A, B 등`, `A·B`, `A와 B`), each with its role."""
    groups: list[Group] = []
    for i, e in enumerate(ents):
        if e.kind not in kinds:
            continue
        if e.kind == "country" and _COUNTRY_OF_MEMBER.match(text, e.end, limit):
            continue  # `일본 관계사 라인`, `유럽 연구 거점인 B`: the country describes the organization after it
        if groups:
            last = groups[-1]
            skip = _SKIP_AFTER.match(text, last.end, limit)
            if skip is not None and e.start < skip.end() and e.start > last.end:
                continue  # apposition: 카이스트(KAIST), 유레컴(EURECOM)
            if last.kind == "conf" and e.kind == "country" and _in_conf_modifier(text, last, ents, i):
                continue  # `ICML과 미국 밴쿠버에서 열리는 NeurIPS`: a place, inside the list
            gap_start = _conf_gap_start(text, last, e.start)
            gap = (_CONF_LIST_GAP if last.kind == "conf" else _LIST_GAP).fullmatch(text, gap_start, e.start)
            if last.kind == "conf" and e.kind == "conf" and gap is None:
                gap = (
                    _CONF_MODIFIED_GAP.fullmatch(text, gap_start, e.start)
                    or _CONF_GLOSSED_GAP.fullmatch(text, gap_start, e.start)
                    or _CONF_DESCRIBED_GAP.fullmatch(text, gap_start, e.start)
                    or _CONF_CLASSED_GAP.fullmatch(text, gap_start, e.start)
                )
            if gap is not None and (last.kind == "conf") == (e.kind == "conf"):
                last.members.append(e)
                continue
        groups.append(Group([e]))
    for g in groups:
        g.role = ROLE_TITLE if is_persons_title(text, g.start, g.end) else _role(text, g.end, limit)
    return groups


def _conf_gap_start(text: str, last: Group, end: int) -> int:
    """Where the gap after a list's last member starts: after its year (`NeurIPS 2024와`), after
    the parenthesis it was written in (`아시아컴퓨터비전총회(ACCV), …`)."""
    if last.kind != "conf":
        return last.end
    if year_gap := _CONF_YEAR_GAP.match(text, last.end, end):
        return year_gap.end()
    start = last.members[-1].start
    if start > 0 and text[start - 1] == "(" and text.startswith(")", last.end):
        return last.end + 1
    return last.end


def _in_conf_modifier(text: str, last: Group, ents: Sequence[EntityMention], i: int) -> bool:
    """Whether the country at `ents[i]` is inside the modifier clause of the next member of a
    conference list (`ICML과 캐나다 밴쿠버에서 열리는 NeurIPS`)."""
    nxt = next((e for e in ents[i + 1 :] if e.kind != "country"), None)
    return (
        nxt is not None
        and nxt.kind == "conf"
        and _CONF_MODIFIED_GAP.fullmatch(text, _conf_gap_start(text, last, nxt.start), nxt.start) is not None
    )


# an organization's record as its sentence's topic (`B의 성적도`, `B의 AI 논문 실적은`)
_RECORD_TOPIC = re.compile(
    r"\s?의\s?(?:[가-힣A-Za-z]+\s){0,2}?(?:성적|실적|성과|성적표|논문\s?수)(?:도|은|는|이|가)\s"
)


def record_owner(s: Sentence, text: str, groups: list[Group]) -> EntityMention | None:
    """The one organization whose record its sentence is about (`또 다른 계열사인 B의 성적도 가파르다`)."""
    owners = [
        g for g in groups if g.kind == "org" and len(g.ids()) == 1 and _RECORD_TOPIC.match(text, g.end, s.end)
    ]
    return next(m for m in owners[0].members if m.kind == "org") if len(owners) == 1 else None


# a service as someone's own page (`자신의 페이스북에 "총 30건이 채택됐다"는 글을`): a medium, no owner
_SOMEONES_OWN = re.compile(r"(?:자신의|본인의|개인)\s?$")
# a place something was posted on (`페이스북에 올린 집계를 보면`, `블로그에 게시한 글`): a medium, no owner
_POSTED_ON = re.compile(  # also past its object (`페이스북에 채택 현황을 정리해 올리며`)
    r"\s?에\s?(?:[^\s.,]+\s){0,3}?(?:올린|올리며|올려|올렸|올라온|게시한|게시하며|게시해|게시했|게시된|남긴|남기며|쓴|적은)\s"
)
# a seller or a giver (`제록스로부터 사들인 연구소에서`): no owner
_FROM_IT = re.compile(r"\s?(?:으로부터|로부터)")


def a_medium_or_giver(text: str, g: Group, sent_start: int, sent_end: int) -> bool:
    """Whether a list names where something was posted (`자신의 페이스북에`, `페이스북에 올린 집계`) or whom
    something came from (`제록스로부터 사들인`): no owner of a count."""
    return bool(
        _SOMEONES_OWN.search(text, max(sent_start, g.start - 6), g.start)
        or _FROM_IT.match(text, g.end, sent_end)
        or _POSTED_ON.match(text, g.end, sent_end)
    )
