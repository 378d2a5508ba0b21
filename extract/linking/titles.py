"""Organizations named only in a person's title: a former post (`이 교수(전 과학기술정보통신부 장관)`,
`전 네이버 부사장인`), a post the person held (`과기부 장관을 지낸`) or came from (`삼성전자 출신`).
The person's team may own a count; the organization of the old post never does."""

from __future__ import annotations

import re

# a post held at an organization: what follows its name in a person's title
_POST = (
    r"(?:장관|차관|총장|학장|원장|소장|청장|처장|부회장|회장|부사장|사장|대표이사|대표|이사장|이사|전무|상무|"
    r"위원장|위원|의원|실장|본부장|센터장|연구소장|부문장|팀장|CTO|CEO|CSO)"
)
_FORMER_BEFORE = re.compile(r"(?:^|[\s(（\[,])(?:전|前)\s*$")  # `(전 `, `前 `
# a founder (`인텔 창업자인 고든 무어`): the person's title, not the organization acting
_FOUNDER_AFTER = re.compile(
    r"\s?(?:의\s)?(?:공동\s?)?(?:창업자|창업주|창립자|설립자)(?:인|이자|이며|이|가|는|은|로|의)?(?![가-힣])"
)
_POST_AFTER = re.compile(rf"\s*{_POST}(?:인|이던|였던|이었던|이자|을|를|으로|로|이|은|과|와)?(?![가-힣])")
# a former post after the name (`네이버 전 부사장`), a post held (`장관을 지낸`), a place come from (`출신`)
_HELD_AFTER = re.compile(  # also with the person's name between (`인텔의 고든 무어 전 회장`)
    rf"(?:\s?의)?\s*(?:[가-힣]{{1,5}}\s){{0,2}}(?:(?:전|前)\s*{_POST}(?:인|이|가|은|는|의|과|와|을|를)?(?![가-힣])|(?:{_POST}\s*)?(?:출신|(?:을|를)\s*(?:지낸|역임한|거친))(?![가-힣]))"
)


# a person's affiliation in parentheses after the person (`박 교수(소프트웨어학부)가 7편`): the person's, not its own;
# not that of a team the person leads (`김 교수(서울대)가 이끄는 연구팀은`), whose organization owns its count
_PERSON_BEFORE_PARENS = re.compile(
    r"(?:교수|부교수|조교수|석좌교수|연구교수|연구원|박사|학생|연구자)\s?\(\s*$"
)
_PARENS_CLOSED = re.compile(
    r"\s*\)(?!\s?(?:가|이|는|은)?\s?(?:이끄는|이끈|지도하는|주도하는|맡은|맡고\s?있는))"
)


def is_persons_title(text: str, start: int, end: int) -> bool:
    """Whether the organization written at text[start:end] is only part of a person's title: a
    former post (`전 A 장관`, `A 전 대표`), a post held (`A 장관을 지낸`) or left (`A 출신`), or the
    person's affiliation in parentheses (`박 교수(A)`)."""
    if _HELD_AFTER.match(text, end) or _FOUNDER_AFTER.match(text, end):
        return True
    if _PERSON_BEFORE_PARENS.search(text, max(0, start - 12), start) and _PARENS_CLOSED.match(text, end):
        return True  # `박 교수(소프트웨어학부)`
    return bool(_FORMER_BEFORE.search(text, max(0, start - 4), start) and _POST_AFTER.match(text, end))
