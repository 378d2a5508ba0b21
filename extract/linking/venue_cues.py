"""Cues for the venues an article writes without naming them: unnamed and general ones (`25개 학회`,
`글로벌 학회`), this one (`이번 학회`), anaphoric ones (`두 학회`), named sets (`3대 AI 학회`), and the
venue as a source (`학회 측에 따르면`)."""

from __future__ import annotations

import re

# not a venue of its own: this one, the same one, or its edition before (`직전 학회`, `전년도 학회`, `한 해 전 학회`)
GENERIC_VENUE = re.compile(
    r"(?<!이번 )(?<!이 )(?<!해당 )(?<!같은 )(?<!본 )(?<!차기 )(?<!직전 )(?<!그 )(?<!메인 )(?<!지난해 )(?<!작년 )(?<!올해 )"
    r"(?<!전년 )(?<!전년도 )(?<!해 전 )(?<!년 전 )(?<!이전 )(?<!지난 )(?<!지난번 )(?<!앞선 )"
    r"(?:학회|학술\s?대회|(?:컨퍼런스|콘퍼런스)(?!\s?콜))"  # not an earnings call (`컨퍼런스콜`)
)
_VENUE_WORD = r"(?:학회|대회|학술대회|컨퍼런스|콘퍼런스|행사)"
# the event's organizers as a source (`학회 측 자료에 따르면`, `주최 측은`, `학회 집계에 따르면`): the
# article's conference
VENUE_SIDE = re.compile(
    rf"(?:{_VENUE_WORD}|주최)\s?(?:측|(?:의\s?)?(?:[가-힣]{{1,3}}\s)?(?:집계|자료|발표|통계|설명|공지|분석)\s?(?:에|를)\s?"
    r"(?:따르면|의하면|보면)"
    r"|에\s?(?:따르면|의하면))"
    # the event acting as its organizers (`학회가 '극동'으로 묶는 아시아`, `학회는 … 집계했다`)
    rf"|{_VENUE_WORD}(?:가|는|이)\s?(?:[^\s.]+\s){{0,2}}?[^\s.]*?(?:집계|분류|묶|구분|밝혔|밝힌|설명|공개했|공개한)"
    # its committees (`학회 극동지역위원회가 연 설명회 자료에 따르면`)
    rf"|{_VENUE_WORD}\s?[가-힣]{{0,8}}(?:위원회|조직위|사무국)"
)
PLURAL_ANAPHOR = re.compile(
    rf"(?:(?:이\s?|같은\s?|앞의\s?|해당\s?)?(두|세|네|2|3|4)\s?(?:개\s?)?|이들\s?|양대\s?|이\s?같은\s?){_VENUE_WORD}(?:들)?"
    rf"|(?:해당|이|그|같은)\s?{_VENUE_WORD}들"
)
# a named set of conferences (`세계 3대 AI 학회`, `양대 학회`, `AI 학회 여섯 곳`): the list the article gives
# for it, or none; its size is the group `n`
NAMED_SET = re.compile(
    rf"(?:(?P<venue>{_VENUE_WORD})\s?)?(?P<n>\d|두|세|네|다섯|여섯|일곱|여덟|양)\s?"
    rf"(?(venue)곳(?!곳)"
    rf"|대\s?(?:(?:AI|인공지능|머신러닝|컴퓨터\s?비전|비전|반도체|자연어처리|주요|국제|최고|권위)\s?){{0,2}}{_VENUE_WORD})"
)
PLURAL_VENUE = re.compile(
    rf"(?:\d+\s?개|여러|다수의?|각종|복수의?|주요|톱\s?티어|탑\s?티어|유수의?|세계\s?유수의?|(?:글로벌|국제|해외)\s?최상위(?:권)?)"
    rf"\s*(?:[가-힣A-Za-z·]+(?:\([가-힣A-Za-z]{{1,10}}\))?\s+){{0,2}}?{_VENUE_WORD}"  # `주요 인공지능(AI) 학회`
    rf"|{_VENUE_WORD}(?:들|\s*등)"
)
# venues described in general (`국내외 저명 학회에`, `글로벌 학회에`): many conferences, unless a
# superlative makes the description one (`세계 최고 권위의 국제 학회에서`)
GENERAL_VENUE = re.compile(
    rf"(?:국내외|글로벌|해외|국제|저명한?|유명한?|다양한|권위\s?있는)\s*(?:[가-힣A-Za-z·]+(?:\([가-힣A-Za-z]{{1,10}}\))?\s+){{0,2}}?"
    rf"{_VENUE_WORD}"
    # a field's venues (`AI 학회에 논문 20편`): the kind, not one of them
    rf"|(?<![가-힣A-Za-z])(?:AI|인공지능|머신러닝|딥러닝|반도체|컴퓨터\s?비전|비전|자연어\s?처리|NLP|음성|로봇|로보틱스|의료|의학|"
    rf"데이터|HCI|그래픽스|보안)\s*(?:관련\s*|분야\s*|분야의\s*)?{_VENUE_WORD}(?!들)"
)
SUPERLATIVE_VENUE = re.compile(r"최고|최대|최상위|최상급|가장|1위|으뜸|대표적인|대표\s")
VENUE_PLACE = re.compile(
    rf"{_VENUE_WORD}(?:에서|에|서|로부터|으로부터)(?![가-힣])"
)  # a venue as the place: `세계 최고 학회에서`, or what accepted the papers: `학회로부터 6편이 채택`
SINGULAR_ANAPHOR = re.compile(rf"(?:같은|그|해당|동일한?)\s?{_VENUE_WORD}(?!들)")
# a sentence that names conferences as a class (`IEDM과 함께 양대 학회로 꼽힌다`, `세계 3대 학회인 A, B, C`):
# the conferences written as the company of the article's own are no referent of later counts
_CLASS_NOUN = rf"(?<![\d가-힣])(?:\d|두|세|네|다섯|양)\s?대\s?(?:[가-힣A-Za-z]+\s?){{0,4}}?{_VENUE_WORD}"
CLASS_OF_VENUES = re.compile(
    rf"{_CLASS_NOUN}|꼽히|꼽힌|꼽힘|손꼽|불리|불린|중\s?(?:하나|한\s?곳)|쌍벽|대표하는|대표적인"
)
COMPANION_AFTER = re.compile(  # also `ISSCC와 쌍벽을 이루는 VLSI`
    r"\s*(?:\([^()]{0,40}\))?\s*['’\"”]?\s*(?:(?:과|와|이랑|하고)\s*(?:함께|더불어|나란히|쌍벽을)|에\s*이어(?!서))"
)
CLASS_BEFORE = re.compile(
    rf"{_CLASS_NOUN}\s*(?:인|이자|로\s?(?:꼽히는|불리는|손꼽히는)|으로\s?(?:꼽히는|불리는|손꼽히는))?"
    r"\s*[:(]?\s*['‘\"“]?\s*$"
)
ANAPHOR_NUMBER = {
    **{"양": 2, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8},
    **{str(n): n for n in range(2, 9)},
}
THIS_CONF = re.compile(
    r"(?:이번|이|해당|같은|본|메인|이번\s*대회의?|올해)\s*(?:학회|대회|행사|학술대회|컨퍼런스|콘퍼런스|무대)"
    # the event itself by its time or place (`학회 기간에`, `학회 현장에서`), or as a whole
    r"|(?<![가-힣])(?:학회|학술대회|컨퍼런스|콘퍼런스)\s?(?:기간|현장|무대|행사장)"
    # the whole of it (`학회 전체 제출 기관 가운데서도`, `학술대회 전체로 보면`)
    r"|(?<![가-힣])(?:학회|학술대회|컨퍼런스|콘퍼런스)\s?전체(?![가-힣]*\s?(?:학회|학술대회))"
    # an edition of it by its year (`2017년 학회에서만 아홉 편`)
    r"|(?<![0-9])(?:19|20)\d{2}\s?년\s?(?:학회|대회|학술대회)(?=에서|에|의|\s?때)"
    # its last edition (`지난해 학회의 7편`, `전년도 학회 때 7편`, `한 해 전 대회에서`)
    r"|(?<![가-힣])(?:지난해|작년|전년도?|한\s?해\s?전|1년\s?전)\s?(?:학회|대회|학술대회)(?=에서|에|의|\s?때)"
)

# the conference as the count's place (`5편을 ICML에서`), or whose threshold the papers passed (`'X'의 문턱을 넘었다`)
# or whose acceptance the count's papers won (`논문 한 편이 … 국제학회인 ACL의 게재 승인을 받았다`)
PLACE_AFTER = re.compile(
    r"\s*(?:\([^()]*\))?['’]?\s*(?:\d{4}\s*)?['’]?\s*(?:무대\s?)?(?:에서|에|서|의\s?(?:문턱|관문|게재\s?승인|최종\s?승인|채택|심사"
    r"|(?:정규\s?|메인\s?|본\s?)?(?:구두|워크숍|세션|트랙|콘퍼런스|학회)))"  # `… ECCV 2020의 정규 구두 세션에 올랐다`
)

# a conference as the place or the time of an `also` (`CVPR 2021에서도`, `'ASCO 2019'에서도`, `CVPR 때도`)
ALSO_AT = re.compile(  # also past the event's scene (`'ASCO 2019' 현장에서도`)
    r"\s?(?:\d{4})?['’]?\s?(?:(?:현장|무대|행사)\s?)?(?:에서도|에도|서도|때도|당시에도|(?:에\s?)?이어)(?![가-힣])"
)

# a class of venues the papers went to (`양대 학회인 NIPS와 ICML에 낸 논문 수는`): no aside of companions
VENUE_OF_PAPERS = re.compile(  # also `NIPS와 ICML을 통해 KAIST가 출판한 논문 수는`, `NIPS와 ICML 두 곳에 실린`
    r"['’]?(?:\s?\([^()]{0,30}\))?(?:\s?(?:두|세|네|다섯|[2-9])\s?(?:곳|개\s?학회))?\s?(?:에서|에|을\s?통해|를\s?통해)\s?(?:[^\s.,]+(?:이|가)\s)?"
    r"(?:낸|발표한|발표된|실은|실린|채택된|게재한|게재된|올린|제출한|출판한|펴낸)"
)
# the bare venue word opening a sentence (`학회에서는 …`, `대회에는 …`): the conference just written of
BARE_VENUE = re.compile(  # also opening an interview's answer, or the venue's own doing (`A. 학회의 초청을 받은 …`)
    r"\s*(?:(?:A|답)\s?[.:]\s*)?(?:학회|학술대회|대회|콘퍼런스|컨퍼런스)(?:에서는|에서|에는|엔|의(?=\s(?:초청|선택|심사|부름)))\s"
)
# a year qualified as counted so far (`2019년(10월 현재): 26편`)
YEAR_SO_FAR = re.compile(r"(?:19|20)\d{2}\s?년\s?[(—–:,-]?\s*$")  # `2019년(10월 현재)`, `2019년 — 10월 현재`
# this time's count (`이번 두 편은`, `이번에 채택된 2편은`), right before it
THIS_TIMES_COUNT = re.compile(
    r"(?<![가-힣])이번(?:에)?\s(?:(?:채택된|발표한|발표하는|선정된|실린|발표될)\s)?$"
)
# an edition or venue word pointing at the conference named last (`2018년 대회`, `이 학회`; not `이번 학회`)
LAST_NAMED = re.compile(r"(?:19|20)\d{2}\s?년|이\s|이(?=학회|대회)|같은|해당|올해\s?(?=대회|학회|학술대회)")
# the main track of a conference (`메인 콘퍼런스 3편`, `본 학회에`), not necessarily the article's conference
MAIN_TRACK = re.compile(r"메인|본")
# a conference as its sentence's topic (`NAACL은 …`)
CONF_AS_TOPIC = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:은|는)\s")
# counts ranking their owner at the conference written next (`N편으로 CONF …`; `, 2005년 17건` between)
RANKED_BY_COUNTS = re.compile(r"(?:\s?[,·]\s?[^,.]{0,12}?\d+\s?(?:편|건|개))*\s?(?:으로|로)\s")
RANK_AT_VENUE = re.compile(r"[^,.]{0,16}?(?:최다|가장\s?많|1위|선두|최고\s?기록)")
IN_PARENS_AFTER = re.compile(r"\s?\([^()]{0,30}$")
# conferences named as examples of a class of venues (`ICASSP, ICCV 같은 대형 학회`, `CVPR처럼 큰 학회`)
AS_EXAMPLES = re.compile(
    r"[)'’\"”]?\s?(?:[과와]\s?같은|같은|처럼)\s(?:[^\s.,]+\s){0,2}?(?:학회|학술대회|대회|컨퍼런스|콘퍼런스)"
)
# a sentence that leads the list below it (`다음과 같다`, `아래와 같이 늘었다`)
# a lead of what follows (`다음과 같다`), or of the numbers below (`아래 숫자는 모두 A, B 등에 … 더한 값이다`)
LEADS_A_LIST = re.compile(r"(?:다음|아래)과\s?같|(?:아래|다음|이하)(?:의)?\s?(?:숫자|수치|집계|통계)")
# a section's heading line in the body (`■ 카카오 AI 계열사, …`, `【반도체】`)
SECTION_MARK = re.compile(r"\s*[■□◆◇▶▷►◎◈★☆#【]\s*")
# a set of venues by number (`11개 글로벌 톱티어 AI 학회`, `AI 학회 11곳`): venues the article counts papers at
COUNTED_VENUES = re.compile(
    r"\d+\s?개\s?(?:[^\s.,]+\s){0,3}?(?:학회|학술대회|컨퍼런스|콘퍼런스)"
    r"|(?:학회|학술대회|컨퍼런스|콘퍼런스)\s?\d+\s?곳"  # `톱티어 AI 학회 11곳에`
)
# one edition described by when or where it is held (`내년 2월 샌프란시스코에서 열리는 학회에`)
HELD_VENUE = re.compile(
    r"(?:열리는|열린|열릴|개최되는|개최된|개최될)\s(?:[가-힣]+\s)?(?:학회|학술\s?대회|대회)(?:에|에서)"
)

# the article's event as a time (`학회 직전`, `대회 기간`) or as held (`학회가 온라인으로 열린 해`), no venue of its own
VENUE_AS_TIME = re.compile(
    r"(?:^|[=:\s])(?:학회|학술\s?대회|대회)(?:\s?(?:직전|직후|기간|개막\s?전|때)(?![가-힣])"
    r"|(?:가|는)\s(?:[가-힣0-9]+\s){0,2}?(?:열린|열리던|열렸던|개최된))"
)
