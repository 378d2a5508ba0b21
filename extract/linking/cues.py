"""The words the linker reads: regular expressions and word lists, grouped by what they detect."""

from __future__ import annotations

import re

from output.schema import Relation

# Clauses and lists of counts: where a clause ends, `각각` before or after the counts.
CLAUSE_BOUNDARY = re.compile(
    r"(?:며|고|면서|으나|지만|는데|했다|이다|다)[,.]?\s+|[,.]\s+(?=[가-힣]+(?:은|는|이|가)\s)"
)
# the end of the clause of a list's counts, before what the list did together (`…14개의 논문을 등재해 …`)
LIST_CLAUSE_END = re.compile(
    r"(?:며|고|면서|는데|해|하여|돼|되어|되며|으며)[,]?\s+"
    r"|(?:을|를)\s+(?:[가-힣]+\s+){0,2}?[가-힣]*(?:어|아|여|려|워|와|쳐|져)[,]?\s+"  # `…논문을 학회에 실어 …`
)
COUNT_LIST_GAP = re.compile(r"\s*(?:,|·|ㆍ|/|와|과|및)\s*")
DISTRIBUTIVE = re.compile(r"각각|각(?=\s)")
EACH_AFTER = re.compile(r"\s*(?:의\s*논문)?(?:이|가|을|를|씩)?\s*각각")
# a track of the conference the sentence is about (`기술 부문에서는`, `회로 부문은`): its counts are subsets
TRACK_SECTION = re.compile(
    r"(?<![가-힣])[가-힣A-Za-z]{1,8}\s?(?:부문|분과)\s?"
    r"(?:(?:맨\s?)?(?:윗칸|윗줄|1위|선두)\s?)?(?:에서는|에선|에서도|에서|별로는|은|는|만)(?![가-힣])"  # `회로 부문 맨 윗칸은`
)
# the track named back right after the count (`기술 부문 최다 기관은 11건 모두를 이 부문에서 올린 A`)
TRACK_AFTER = re.compile(r"\s*(?:모두|전부)?\s?(?:을|를)?\s?(?:이|그|해당|같은)\s?(?:부문|분과|트랙)에서")
# a sentence whose topic is the event itself (`이 학술대회는 …`, `해당 학회는 …`): a count in it with no
# organization is the event's, not the carried subject's (`이번 학회에서 10편을` stays the subject's)
_THIS_EVENT = (
    r"(?:이|그|해당|이번|올해|올해의|이\s?같은)\s?(?:학술대회|학회|대회|행사|컨퍼런스|콘퍼런스|심포지엄)"
)
EVENT_TOPIC = re.compile(  # also after a modifier of the event (`올해 30회째인 이 학술대회는`)
    rf"\s*(?:[^\s.,]+\s){{0,3}}?['‘“\"]?{_THIS_EVENT}(?:는|은)\s"
    # or a name described as an event or a selection (`톱픽스는 … 골라 싣는 제도로, 올해는`)
    r"|\s*['‘“\"]?[^\s.,'’”\"]{2,20}['’”\"]?(?:는|은)\s[^.]{0,60}?"
    r"(?:제도|행사|학술대회|학회|심포지엄|컨퍼런스|콘퍼런스|시상식)(?:로|이며|이고|인데),\s"
)
# the event as the place a sentence opens with (`올해 학술대회에는`, `이번 학회에선`)
EVENT_AS_PLACE = re.compile(rf"\s*{_THIS_EVENT}(?:에는|에선|에서는)\s")
# a group of organizations counted by a number (`두 회사`, `세 곳`, `양사`): a list taken together
GROUP_OF_ORGS = r"(?:(?:두|세|네|다섯|여러)\s?(?:회사|기업|곳|기관|대학|팀|자회사|계열사)|양사)"
# one count shared by each member of a list: a tied rank after it (`A, B, C가 모두 5건이 채택돼 공동
# 7위`, `A와 B가 나란히 4편으로 공동 3위`, `A와 B도 28편으로 어깨를 나란히 했다`, `모두 10편으로 같은
# 줄에 섰다`): each has the count, not all of them together
TIED_RANK_AFTER = re.compile(r"^[^.]{0,30}?(?:공동\s*\d{1,2}\s*위|(?P<tie>어깨를\s*나란히|동률|같은\s*줄))")
TIED_BEFORE = re.compile(r"(?:모두|나란히|똑같이|동일하게|같은)\s*$")

# Totals and parts: inclusion clauses (`A와 B를 포함하면`), total words, group-wide and collective
# references (`두 회사`), joint papers, subsets of an earlier count (`9편 중 5편`, `이 가운데`).
INCLUSION = re.compile(
    r"포함하면|포함해서?|포함시키면|포함할 경우|합치면|합하면|합산하면|더하면|세면|모으면|아우르면|합칠 경우|더할 경우"
    r"|더해서?|합쳐서?|합산해서?|포함하여|포함\s?시|합산\s?시|합산한|합친|포함(?=\s(?:총\s|모두\s)?\d)"
    # `두 회사 합산 14건`, `A·B 두 계열사의 지난해 합계는 40편`
    r"|(?:두|세|네|양|[2-9])\s?(?:회사|사|곳|기업|계열사|기관)(?:\s?합산(?=\s)|의\s(?:[가-힣]+\s)?합계(?:는|가|로))"
)
TOTAL_WORD = re.compile(
    r"(?<![가-힣])(?:총|등)(?![가-힣])|총합|모두|합계|합쳐|합해|도합|통틀어|전체|전부|합산|더해"
)
WHOLE_WORDS = re.compile(r"전체로|전체\s*(?:기준|합계)|통틀어")
AFFILIATE_WORDS = re.compile(r"계열사|관계사|자회사|그룹\s*전체|진영")
COLLECTIVE = re.compile(  # not venues counted as places (`학회 세 곳에서`)
    r"(?<!학회\s)(?<!학회)(?<!학술대회\s)(?:두|세|네)\s?(?:회사|계열사|기업|곳|연구소|조직)|양사|이들\s?(?:회사|기업|계열사)|(?<![\d가-힣])[2-9]\s?사(?![가-힣])"
)
# papers written together (`A와 B가 공동 논문 1편`, `함께 쓴 논문`), not a combined count (`함께 19편`)
JOINT = re.compile(r"공동|공저|(?:함께|같이)\s*(?:쓴|작성|집필|저술)|협업")
_POOL = (
    r"(\d+|(?<![가-힣])(?:(?:스무|스물|서른|열)(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉)?|두|세|네|다섯|여섯|일곱|여덟|아홉))"
    r"\s?(?:편|건|개)(?:의\s*(?:논문|연구))?\s?(?:중|가운데)"
)
SUBSET = re.compile(
    r"(?:" + _POOL + r"|그\s?가운데|그\s?중|이\s?중|이\s?가운데|그중"
    r"|(?:[한낸은]|의|정규|메인|본)\s논문\s?(?:중|가운데))"  # `A가 준비한 논문 가운데 절반인 세 편은`, `정규 논문 가운데`
    r"\s*(?:에서)?\s*[^\d]{0,12}$"
)
# a sentence opening with the pool its count is a part of, however far the count (`5편의 논문 중 A의 …
# 논문과 B의 … 논문 등 2편은`)
POOL_OPENING = re.compile(r"\s*['\"‘“]?" + _POOL + r"(?:에서)?\s")
# a department written with others not named (`산업공학과 등 나머지 학과가 5편`): the university's count
DEPARTMENTS_TOGETHER = re.compile(r"\s*(?:등|을\s*비롯한|를\s*비롯한)(?![가-힣])")
OTHER_DEPARTMENTS = re.compile(r"(?:타|다른|나머지|기타|여러|그\s?외|이\s?외)\s?(?:학과|학부|대학원|연구실)")
SUBSET_LEAD = re.compile(r"\s*(?:이|그)\s?(?:가운데|중)(?![가-힣])|\s*그중(?![가-힣])")

# Numbers that are not paper counts: counts of other things (`6개 학회`, `10개국`), patents,
# percentages, differences (`3편 늘었다`), a reference count (`9편 중`), journal and challenge sentences.
_MODIFIERS = (  # also with a gloss (`인공지능(AI)`)
    r"(?:(?:AI|인공지능|정규|글로벌|국제|주요|학술|관련|신규|우수|핵심|해외|세계|톱티어|탑티어|최상위|최고|유명|머신러닝|딥러닝)"
    r"(?:\([A-Za-z]{1,5}\))?\s*)"
)
NOT_PAPER_NOUN = re.compile(
    rf"^(?:의\s*)?\s*{_MODIFIERS}{{0,3}}"
    r"(?:학회|학술대회|대회|컨퍼런스|콘퍼런스|워크숍|워크샵|저널|학술지|곳|개국|나라|국가|기업|기관|회사|업체|팀|분야|규모|"
    r"특허|모델|종|암종|명|제품|서비스|언어|과제|프로젝트|데이터|파라미터|매개변수|상|부문|세션|트랙|장|국|주제|개사|대학원|대학|학부|연구실|"
    r"연구소|연구팀|계열사|사|조직|학과|센터|카테고리|세부|위|차례|번|분과|부문상|부분|영역|항목|행사|강연|섹션|"
    r"데모|부스|데이터셋|튜토리얼|시연|코드|소스\s?코드|오픈\s?소스|(?:평가\s?)?지표|평가\s?항목|숫자|수치|키워드)"
)
# `연구` as the counted noun (`3편의 연구`), not the start of a place or a group (`8개 연구실`, `연구팀`)
PAPER_NOUN_AFTER = re.compile(
    rf"^(?:의\s*)?\s*{_MODIFIERS}{{0,3}}(?:논문|연구(?!실|소|팀|원|진|자|단|센터|그룹|기관|조직|분야|과제|\s?(?:트랙|세션|분야|주제|영역|부문))|페이퍼|성과)"
)  # not `22개 주요 연구 트랙`: tracks
# what medical and bio reporting counts instead of 논문, right after the count (`5개 연구결과를 발표한다`,
# `연구 초록 20편`, `포스터 3건을 공개`), with a verb of presenting in the sentence
PRESENTED_NOUN_AFTER = re.compile(
    r"^\s*(?:의\s*)?(?:(?:최신|임상|전임상|비임상|중개|주요|신규|추가)\s*)?(?:연구\s?결과|연구\s?초록|초록|포스터|연제|임상\s?결과)"
    r"(?=[^.]*(?:발표|공개|선보|소개|채택|선정))"
)
# 논문 as papers, not a paper award (`휴먼테크논문대상`, `우수 논문상`: counts of prizes)
PAPER_WORD = re.compile(r"논문(?!\s?(?:대상|상(?![가-힣])))")
PAPER_CONTEXT = re.compile(PAPER_WORD.pattern + r"|학회|학술대회|컨퍼런스|콘퍼런스|채택|등재|페이퍼")
JOURNAL = re.compile(
    r"저널|학술지|자매지|네이처|(?<![가-힣])사이언스(?![가-힣]{0,8}(?:대학원|학과|학부|연구|센터|랩))|경진대회|챌린지|대회에서\s*(?:우승|1위|준우승)|해커톤|공모전"
)
PATENT = re.compile(r"특허|출원|상표")
# things counted right after their noun that are never papers, whatever the sentence says
_THINGS = (
    r"(?:데모|시연|데이터셋|코드|저장소|시제품|제품|튜토리얼|세미나|강연|강좌|강의|부스|오픈소스|라이브러리|앱|솔루션|채용|투자|"
    r"계약|협약|작품|다운로드|조회|기사|영상|모델|데이터|이미지|사진|사례|증례|검사|검체|샘플|표본|환자|판독|진료|처방|"
    r"촬영|스캔|엑스레이|슬라이드|문서|문장|문항|질문|대화|게시물|리뷰|인터랙티비티|쇼케이스|경연|경진대회|출품작?|특별관심그룹|제안서?|전시)"
)
NOT_PAPER_THING = re.compile(_THINGS + "$")
# such a thing counted in a sentence (`인터랙티브 시연 2건`, `특별관심그룹(SIG) 1건`): a list of programme items
THING_COUNTED = re.compile(_THINGS + r"(?:\s?\([^)]{1,20}\))?\s?\d{1,3}\s?(?:건|개|편)")
# a word of the phrase a count modifies with 의 that names such a thing (`N건의 흉부 엑스레이 사례가`)
THING_WORD = re.compile(rf"[가-힣A-Za-z]*{_THINGS}들?(?:을|를|이|가|은|는|에서|에|으로|로|과|와|도|만|의)?")
# a word of that phrase that names papers (`N편의 영상 분석 논문을`, `N건의 데이터 분석 연구를`)
PAPER_WORD_IN_PHRASE = re.compile(r"논문|초록|페이퍼|연구(?!실|소|팀|원|진|자|단|센터)")
# a count as the object of what is done to data (`12만 건을 후향적으로 분석했다`, `1만 건을 학습시켜`):
# cases, images or records, not papers
ANALYSED_OBJECT = re.compile(
    r"\s*(?:을|를)\s*(?:[가-힣]+(?:적으로|히|게|해|하여|해서)\s+){0,2}"
    r"(?:분석|학습|판독|검사|진단|수집|촬영|스캔|라벨링|검증|재분석|활용|이용|사용)"
)
# citations of papers, not papers (`인용 수는 300건`, `인용한 후속 연구는 120건`)
CITED = re.compile(r"인용(?:\s?(?:수|횟수|건수|지수)|한|된|하는|되는|됐)")
# the word right before a count names what is counted (`시제품 5건`, `오픈소스 모델 3건`, `새 작품
# 40건`); in a sentence with no paper word these words may still stand before a paper count
COUNTED_NOUN_BEFORE = re.compile(r"(?<![\w])([가-힣]{2,})\s?$")
PAPER_ISH_NOUN = re.compile(
    r"논문|연구|초록|연제|페이퍼|LBW|[Ff]indings|[Ll]ate[- ]?[Bb]reaking|발표|채택|게재|등재|구두|오럴|포스터|스포트라이트|하이라이트|트랙|워크[숍샵]|파인딩스|본회의|"
    r"콘퍼런스|컨퍼런스|학회|학술대회|대회|심포지엄|세션|분야|저자|부문|대학원|학과|학부|연구실|연구팀|연구진|교수팀|"
    r"매년|해마다|연간|평균|대비|처음|"
    r"^(?:총|모두|합계|합쳐|누적|단독|공동|각각|각|나머지|전체|역대|최다|최대|최소|무려|약|올해|지난해|작년|"
    r"재작년|전년|전년도|이듬해|내년|금년|이번|당시|이후|이전|겨우|단|불과|고작|기준|합산|별도|추가|연속|"
    r"새로|또|다시|이어|뒤이어|그중|이중|가운데|국내|해외|세계|기업|대학|기관|특히|또한|아울러|게다가|그리고|한편|"
    r"바로|이미|벌써|역시|주로|대부분|절반|일부|각자|함께|따로|이어서|특별히|그밖|기록|실적|성적|성과|결과|"
    r"행사|회차)$"
)
# a count others are picked from (`9편 중`, `1,400편이 넘는 논문 가운데`)
REFERENCE_COUNT = re.compile(
    r"\s?(?:\([^()]{0,80}\)\s?)?"  # `채택 논문 200편(제1저자 소속 기준) 가운데`
    r"(?:(?:이|가)?\s*(?:넘는|넘은|이상의?|가량의?|남짓한?|에\s*달하는|에\s*이르는|의)\s*(?:논문|연구)?\s*)?"
    r"(?:중|가운데)(?![가-힣])"
)
DELTA = re.compile(
    r"\s*(?:넘게\s*|이상\s*)?(?:이|가|을|를)?\s*(?:더\s*)?(?:늘|증가|많아|많은|많다|많았|감소|줄|적은|적다|적었|적어|뒤처|뒤쳐|뒤지|뒤졌|뒤진|"
    r"앞서|앞섰|앞선|차이|차(?![가-힣])|차로|차다|차였|모자라|모자랐|부족|벌어|벌렸|격차)"
    r"|\s*(?:만)?(?:을|를|이|가)?\s*(?:더\s*)?남(?:겨|았|은|긴|기|아)"  # `100편까지 3편만을 남겨`
)
# data a study used, not papers (`12만건의 디지털 유방촬영 영상을 분석했다`, `3000개 조직 슬라이드`, `1000건 이상의
# 실제 환자 데이터`): a noun of data within three words after the count, before any paper word
DATA_COUNTED = re.compile(
    r"\s*(?:이상|가량|넘는|여)?\s*(?:의|개의)?\s*(?:(?!논문|연구|초록|포스터|발표|채택|게재|선정|실린|실렸)[^\s.,]+\s+){0,3}?"
    r"(?:(?:환자|의료|임상|진료|진단|촬영|유방|흉부|병리|조직|의료\s?영상|단층\s?촬영)?"  # not a name: `한결데이터`
    r"(?:영상|이미지|슬라이드|검체|샘플|증례|환자|데이터|X선|(?:진료|의무|환자|의료|검사)\s?기록)(?:들)?)"
    r"(?:을|를|이|가|의|과|와|로|으로|에서|에|만)?(?![가-힣])"
    r"(?!\s*(?:[^\s.,]+\s+){0,2}?(?:논문|초록))"  # `6편의 영상 분석 논문을`: papers about images
)
# a rate per paper, not a count (`논문 1편당 500만 원`, `1편을 쓰는 데 평균 3개월`, `1편에 상금 …`)
PER_PAPER = re.compile(
    r"\s?(?:당|마다)(?![가-힣])|(?:을|를)?\s*(?:쓰|내|작성하|완성하|준비하)"
    r"(?:는\s*데(?!\s*(?:그쳤|그친|그치|그쳐|머물|머문|불과))|려면|기\s*위해)"  # not `1편을 내는 데 그쳤다`
    r"|에\s*(?:상금|포상금?|보상금?|인센티브|장려금|지원금|[\d,]+\s*(?:만\s*)?원)"
)
# an average, not a count (`최근 5년 평균(7편)`, `연평균 5편`), and a count said of any one conference in
# general (`구글은 한 학회에 100편 넘게 낸다`, `학회마다 10편씩`)
AVERAGE_BEFORE = re.compile(
    r"(?:평균\s*(?:치|값)?|목표치|기대치|예상치|전망치)\s*(?:은|는|이|가|인)?\s*\(?\s*(?:약\s*)?$"
)  # also a goal or an expected value (`목표치(8편)를 넘었다`)
# a threshold the count after it passed (`처음으로 10편을 넘긴 12편`)
THRESHOLD_PASSED = re.compile(
    r"\s*(?:을|를|이|가)?\s*(?:넘긴|넘어선|넘은|돌파한|웃돈|넘기며|넘어서며)\s*(?:\d|[가-힣]+\s+\d)"
)
ANY_ONE_VENUE = re.compile(
    r"(?<![가-힣])(?:한|하나의|매)\s*(?:학회|대회|컨퍼런스|콘퍼런스)(?:에|에서|마다)|(?:학회|대회)마다"
)
# papers rejected, not accepted (`3편이 탈락했다`, `2편이 떨어졌다`)
REJECTED = re.compile(
    r"\s*(?:은|는|이|가|도)?\s*(?:[가-힣]{1,4}\s+){0,2}?(?:(?:채택|통과|선정|게재|승인)(?:이|은|는)?\s*)?"
    r"(?:탈락|떨어졌|떨어진|떨어지|낙방|고배|불발|리젝|거절|반려|(?:채택|통과|선정|게재|승인)(?:되|받|하)지\s*(?:못|않))"
)  # also not accepted (`3편은 끝내 채택되지 못했다`, `심사를 통과하지 못했다`, `최종 채택이 불발됐다`)
# a share written before a count (`약 23%인 2342편`, `60%(57건)`)
PERCENT_BEFORE = re.compile(r"\d(?:\.\d+)?\s?%(?:인|에\s*해당하는|가량인|)\s*\(?\s*$")
SUBJECT_PARTICLE = re.compile(r"(?:은|는|이|가)(?![가-힣])")
PERCENT_AFTER = re.compile(r"^\s*\(\s*(?:약\s*)?\d+(?:\.\d+)?\s?%\s*\)")

# Counts that are no organization's: conference-wide submission totals, people (`교수는 각각 9편`),
# places after a country, country and whole-conference aggregates (`한국에서 32편`, `ICML에는 전체`),
# and a conference written as a predicate (`…, ICLR(9편)이다`).
CONF_WIDE = re.compile(
    r"제출|접수|응모|출품|몰렸|몰려|몰린|투고|들어와|들어왔|채택률|경쟁률|승인율|지원한\s*논문|참가자"
    r"|(?:전\s?세계|세계\s?각국|각국)에서\s(?:모두\s|총\s)?[\d,]+\s?(?:편|건)"  # `전 세계에서 195편의 논문이`
)
PERSON_BEFORE = re.compile(
    r"(?:교수|박사과정|석사과정|박사(?!과정)|저자|학생|씨|원장|소령|중령|대령|대위|중위)(?:들)?"
    r"(?:\s?\((?!전\s|前)[^()\d]{1,20}\))?"  # `박 교수(소프트웨어학부)가`, not a former post (`(전 A 부사장)`)
    r"(?:와|과|는|은|이|가|도|,|·|\s*등|\s*모두|로\s*,)(?!\s*연구)"
    r"|교수\s?(?:팀|연구팀|연구실|랩)(?:은|는|이|가|도|의)?\s*[|│]?\s*(?:총|모두|무려)?\s*$"  # `A 교수팀 4편`, `| A 교수 연구팀 | 5편 |`
    r"|(?:교수|연구자|연구원|저자|학생)\s*(?:\d+|두|세|네|다섯)\s?명(?:이|은|는|도)?\s*(?:각각|각|모두)?\s*$"  # `교수 2명 각 9편`
    r"|(?:교수|박사과정|석사과정|박사|학생|씨|연구원)\s*\(\s*$"  # `김 교수(5편)와 이 교수(3편)`: a person's count
    # papers under one person's name (`한 교수 이름으로 일곱 편`, `연구자 한 명 명의로`)
    r"|(?:교수|연구자|저자|학생)\s?(?:한\s?(?:명|사람)(?:의)?\s?)?(?:이름으로|명의로|혼자서?|홀로)\s"
)
# a paragraph that ranks people (`교수 개별로는`, `저자별로`): its counts are theirs, not the institution's
PERSON_RANKING = re.compile(
    r"(?:교수|연구자|저자|연구원|개인)\s?(?:개별로는|개별로|별로는|별로|개인별로는?|한\s?명\s?한\s?명)"
)
HEADCOUNT = re.compile(r"\d+\s?명(?![가-힣])|\d+\s?명(?:이|은|는|도|의)")
PERSON_AFTER = re.compile(r"^[^.,]{0,40}?(?:교수|박사|저자|학생)(?:다|이다|였다|로\s|이\s|가\s|[.)\]]?\s*$)")
# a group a count is compared within, not its owner (`국내 기업으로는 가장 많은`, `대학 중 최다`)
# the kinds of organization a count is ranked among (`국내 기업 중`, `게임사 가운데`)
_CLASS_NOUN = r"기업|대학|기관|업체|스타트업|연구소|회사|게임사|제약사|통신사|빅테크|병원"
COMPARISON_CLASS = re.compile(
    rf"\s*(?:[가-힣A-Za-z]+\s*){{0,2}}?(?:{_CLASS_NOUN})들?\s*"
    r"(?:으로는|로는|으로서는|중에서는|중에서|중|가운데|에서는)\s*(?:처음|최초|가장|최다|최고|유일|1위|두\s*번째|세\s*번째)"
)
# a country naming the class of a record, not an owner (`국내 기업 최다 7편`, `국내 최초로 10편`)
CLASS_RECORD = re.compile(
    rf"\s*(?:(?:{_CLASS_NOUN}|연구기관|학계|업계)들?"
    r"\s*(?:중|가운데|으로는|로는)?\s*)?"
    r"(?:최다|최초|최고|1위|처음|가장\s*많은)"
)
# a count in a generic statement: an indefinite subject (`한 기업이`, `어느 대학도`) or a rarity
# (`…10편 이상을 낸 경우는 드물다`)
GENERIC_SUBJECT = re.compile(
    r"(?<![가-힣])(?:한|어느|어떤|특정)\s*(?:기업|기관|대학|회사|팀|연구팀|연구실|연구자)(?:이|가|도|에서만|에서도|에서|만|은|는)?\s"
)
# a count of papers each of a class of places the text does not name (`2편씩 낸 곳도 네 곳 있었다`)
UNNAMED_PLACES_AFTER = re.compile(  # also `여섯 편씩을 기록한 다섯 기관이`: places counted, not named
    r"\s*씩?\s*(?:을|를)?\s*(?:낸|발표한|올린|채택된|기록한)\s?(?:(?:곳|기관|기업|대학|회사|팀|연구실)(?:도|이|은|는|만)?\s*"
    r"(?:\d+|한|두|세|네|다섯|여섯|여러|몇)\s?(?:곳|개|군데)|(?:\d+|두|세|네|다섯|여섯|일곱|여러)\s?(?:곳|개\s?기관|기관|대학|기업|팀))"
)
GENERIC_RARITY = re.compile(
    r"^[^.]{0,40}?경우(?:는|가|도)?\s*(?:매우|극히|거의|아주)?\s*(?:드물|흔치|흔하지|많지\s*않|손에\s*꼽)"
)
LOCATIVE = re.compile(r"\s*(?:[가-힣]{1,8}\s+)?[가-힣]{0,8}?(?:에서|에)(?![가-힣])")  # 캐나다 밴쿠버에서
# a country as the place an event is held (`미국 뉴올리언스 모리얼 컨벤션센터에서 열리는`)
HOST_PLACE = re.compile(  # also the place an edition is named by (`독일 함부르크 대회 때 21편`)
    r"\s*(?:[^\s.,]+\s+){0,4}?[^\s.,]*?에서\s*(?:열리|열린|열릴|개최|진행)"
    r"|\s(?:[가-힣]{2,8}\s)?(?:대회|학술대회|행사)(?:에서는|에서|에선|에는|때|의)?(?![가-힣])"
    r"|\s[가-힣]{2,10}\s?[=|]"  # a timeline label's or a dateline's place (`◇2019년 미국 롱비치=`)
)
COUNTRY_AGGREGATE = re.compile(
    r"\s*(?:(?:기관|대학|기업|연구기관|연구진|연구자|연구팀|학계|업계|팀)들?\s*)?(?:전체\s*)?"
    r"(?:에서는|에서도|에서|은|는|이|가|도|로는|전체로는|출신|국적)(?![가-힣])"
    r"(?!\s(?:[가-힣]+\s)?(?:열리는|열린|열릴|개최되는|개최된|개최될))"  # not `국내에서 처음 열리는 X에서`
)  # 한국에서 32편, 국내 대학 전체로는 14편, 대만 기관들은 38편
# a country naming the group whose papers a line counts, even with no particle (`국내 연구팀 100개 이상
# 논문 채택`, `한국 연구진 논문 33편`): the line is about the country's papers, not the last subject's
COUNTRY_GROUP = re.compile(
    r"\s*(?:연구팀|연구진|연구자|연구기관|기관|대학|기업|팀)들?(?:은|는|이|가|의)?\s*(?:논문\s*)?(?:(?:총|모두)\s*)?\d"
    r"|\s*(?:전체|합계|총계)(?![가-힣])"  # a heading over the country's whole (`■ 한국 전체 CHI 논문 수`)
)  # not `국내 기업 최초로 …`: the class of a record, whose sentence is still the subject's
CONF_TOPIC = re.compile(r"\s*(?:\([^()]{0,60}\))?\s*(?:\d{4}\s*)?(?:에는|에선|에서는)(?![가-힣])")
AGGREGATE_WORDS = re.compile(r"전체|통틀어|전\s?세계|국가별|나라별|역대|참가국")
# a conference's own papers, passive and with no owner: `ICML에 채택된 논문은`, `이번 학회에서 발표된 논문`,
# `실린 논문`, `CVPR 2024 전체 채택 논문`, `ICML 채택 논문 수는`
CONF_WIDE_PAPERS = re.compile(
    r"(?:(?:채택|발표|게재|등재|수록|선정)(?:된|됐던|되는)|실린|실렸던)\s*(?:전체\s*|모든\s*)?논문"
    r"|전체\s*(?:채택|발표|게재|수록)?\s*논문|(?:채택|발표|게재|수록)\s*논문(?:\s*수)?(?:은|는|이|가)"
)
VENUE = re.compile(r"학회|대회|학술대회|컨퍼런스|콘퍼런스")
# an event written by its own name and year, quoted (`'Agents4Science 2025'`): a named venue
UNLISTED_EDITION = re.compile(r"['‘\"“]\s*[A-Za-z][A-Za-z0-9&.\- ]{1,40}?\s?(?:19|20)\d{2}\s*['’\"”]")
COPULA = re.compile(r"(?:\s*\([^()]{0,160}\))?['’”\"]*\s*(?:이다|다)(?![가-힣])")

# counts since a start, not of one year (`출범 이후 지금까지 총 234편`, `누적 논문`): undated
# where such a span starts (`설립 이후`, `…발표한 이후`, `2021년 이후`, `참가 이래`)
FOUNDING = r"설립|출범|창립|개소|개원"  # the start of an organization
SINCE = re.compile(
    rf"(?:{FOUNDING}|설립된|출범한)\s*(?:이후|이래|후)|이래로?(?![가-힣])"
    r"|(?<=[한된은난])\s*이후(?:로|부터)?(?![가-힣])|(?<=년)\s*이후(?:로|부터)?(?![가-힣])"
)
# a milestone after a start (`설립 3년 만에 논문 100편`, `회사를 세운 지 3년 만에`): all papers since, unless of a named conference
MILESTONE = re.compile(
    rf"(?:{FOUNDING}|창업|(?:세운|설립한|창업한|출범한|문을\s?연|만든)\s?지)\s*(?:\d+|한|두|세|네|다섯)\s?(?:년|개월)\s*(?:만에|만|째)(?![가-힣])"
)
CUMULATIVE = re.compile(
    r"(?<!올해\s)(?<!올해)(?<!금년\s)누적|(?<!올해\s)(?<!올해는\s)(?<!올해에만\s)(?<!월\s)(?<!월)(?:지금|현재)까지(?!\s?(?:알려진|확인된|공개된|나온\s정보))|이제까지|여태까지|(?:(?:최근|지난)\s*)?(?:(?<!\d)[2-9]|\d{2}|두|세|네|다섯|십)\s?년\s*(?:간|동안)|"
    r"(?:최근|지난)\s*(?:(?<!\d)[2-9]|\d{2}|두|세|네|다섯|십)\s?년(?![가-힣])|"  # `최근 5년 ECCV·AAAI에 각각`
    r"(?:19|20)\d{2}\s?년\s?(?:부터|이후|에서)\s*(?:올해|금년|작년|지난해|(?:19|20)\d{2}\s?년)\s?(?:까지|사이)|"
    r"(?:19|20)\d{2}\s?년\s?부터(?![가-힣])|"  # `2014년부터 … 모두 11편`: since then, to now
    r"(?:(?<!\d)[2-9]|두|세|네|다섯)\s?해\s*(?:간|동안|에\s*걸쳐)|"  # `두 해 동안`
    r"(?:19|20)\d{2}\s?년(?:과|와|,)\s*(?:19|20)\d{2}\s?년\s*(?:간|동안|사이|에\s*걸쳐)|"  # `2023년과 2024년 동안`
    r"(?<!\d)(?:19|20)\d{2}\s?(?:년\s?)?[~∼〜\-–]\s?(?:19|20)?\d{2}\s?년\s?(?:간|동안|사이|집계|누적|합계|통산)|"
    + SINCE.pattern
)  # `최근 5년간 ECCV에 4편`, `2019~2023년 동안`: over several years
# a sentence that breaks a total down (`학회별로는`, `이 가운데`, `세부적으로`)
BREAKDOWN = re.compile(
    r"(?:학회|대회|분야|부문|기관|회사)별(?:로는|로|는)?|세부적으로|구체적으로|이\s?중|그\s?중|이\s?가운데|그\s?가운데"
)
# the count's papers as the subject of a passive (`논문 76편이 발표됐다`, `120편 논문이 발표되며`,
# `86편이 실렸다`), no one's active verb (`8편을 발표한다`)
PASSIVE_PAPERS_AFTER = re.compile(
    r"\s?(?:의\s?)?(?:논문|연구)?\s?(?:이|가)\s(?:발표되|발표된|발표됐|채택되|채택됐|실리|실렸|소개되|소개된)"
)
LISTED_TOTAL = re.compile(
    r"(?:등|까지)\s*(?:을\s*포함해\s*)?(?:총|모두|전체|합계)\s*$"
)  # `A 11편, B 9편 등 총`
# a record of the span (`참가 이래 최다인`, `개교 이래 이 학회에서 거둔 가장 큰 성과로`): one edition's count
RECORD = re.compile(
    r"\s*(?:역[대다]\s*)?(?:최다|최대|최고|처음|가장|최초)"
    r"|[^,.\d]{0,24}?(?:최다|최대|최고|가장\s?(?:큰|많은|좋은))\s?(?:성과|기록|실적|성적)"
)
# the conferences as a series counted year by year (`A는 ICML과 NeurIPS에서 매년 논문을 늘려 왔다`): the
# dated counts after it (`2011년 3건에서 …`) are of those conferences, each year's editions
YEARLY_SERIES = re.compile(r"해마다|매년|매해|연도별|해가\s?갈수록|해를\s?거듭할수록|추이")
YEARLY = re.compile(  # a period's total over all venues (`지난 한 해 발표한 정규 논문은 66건`)
    r"1년\s?(?:전체\s?)?(?:치|간|동안|실적|성과)|한\s?해\s?(?:전체\s?)?(?:동안|치|간|기록|실적|성과)|연간|[상하]반기"
    r"|(?<![가-힣])(?:지난|올)\s?한\s?해(?![가-힣])|[1-4일이삼사]\s?분기|\d{1,2}월\s?(?:기준|까지|현재)"
)

# Owners written after the count: an adnominal clause (`8편이 채택된 A와 B`, `8편을 낸 A보다`) or a
# count as topic (`10편은 A, 12편은 B에서 나왔다`).
# a count in parentheses right after its organization: `고려대(8편)`, `A(논문 약 5편)`, after its other name or
# its country (`아이멕(IMEC·10편)`, `B(미국, 7편)`)
PAREN_COUNT_OPEN = re.compile(r"\s?\(\s*(?:[^()·,\d]{1,30}[·,]\s*)?(?:논문\s*)?(?:약\s*)?")
OWNER_AFTER = re.compile(
    # `9편의 인텔을 제쳤다`, `45편의 서울대`, `18편의 미국 IBM`: the count modifies the name (not `9편의 논문으로 B에 이어`)
    r"\s*의\s*(?:[가-힣]{1,4}(?<![로에서을를와과])\s)?$|"
    r"\s*(?:의\s*논문)?(?:이|가|을|를|씩)?\s*(?:각각\s*)?(?:논문(?:이|을)?\s*)?"
    r"(?:채택된|채택됐던|채택되어|채택시킨|채택받은|발표한|발표된|발표했던|낸|내놓은|제출한|게재한|게재된|선정된|올린|기록한|배출한|통과한|통과시킨|실은|"
    r"발표하는|내놓는|선보이는|올리는|내는|"
    r"에\s*(?:그친|그쳤던|머문|머무른|머물렀던|불과한)|이던|였던|이었던|(?:은|는))\s*(?:(?:곳|기관|기업|대학|회사)(?:은|는|이)\s*)?['‘\"“]?"
    r"(?:(?:미국|일본|중국|대만|독일|영국|프랑스|벨기에|네덜란드|스위스|캐나다|싱가포르|홍콩|한국|국내|해외)\s)?"
)  # `16건을 올린 곳은 A`, `32편이던 B도`, `5편을 낸 미국 IBM`
# a survey's author is its source, not the owner of the counts it reports (`A가 … 조사한 결과`)
# the count is what a survey covered (`논문 2천여 건 전수조사`, `논문 300편을 분석한`)
SURVEY_OBJECT = re.compile(r"^\s*(?:을|를|의)?\s*(?:전수\s?)?(?:조사|분석|집계|검토)")
SURVEY = re.compile(
    r"(?:조사|분석|집계|평가|전수\s?조사)(?:한|했던|해|된)?\s*결과(?!\s?(?:등|과|와|및|들|를|을)(?![가-힣]))|에\s*따르면"
    r"|자료를\s?보면"  # `A가 23일 공개한 자료를 보면 … 774편이다`: A reports the conference's numbers
)  # not results presented (`병용임상 분석결과 등 5개 연구결과를 발표`, `분석 결과를 비롯해`): no survey
# a count over many organizations (`민간 기업 338곳의 논문 총 2759건`, `15개 기업이 모두`)
MANY_ORGS = re.compile(
    r"\d[\d,]*\s?(?:곳|개\s?(?:사|기업|기관|대학|팀|연구실|연구팀)|개사)\s*(?:의|에서|이|가)?\s*(?:논문\s*)?(?:은|는|이|가|수는|수)?\s*(?:총|모두|합계)?\s*$"
)

# Comparisons: bases (`전년 32편보다`, `전년도 4편에서 늘어`); year words are in year_words.py.
COMPARED = re.compile(r"\s*\)?\s*(?:의\s*)?(?:보다|대비|에\s?비해|에\s?비하면|[와과]\s?비교)")
BASE_AFTER = re.compile(r"\s*(?:의\s*논문)?(?:보다|에서\s*(?:[가-힣]+\s+){0,3}(?:늘|증가|확대|줄|감소))")
BASE_BEFORE = re.compile(r"(?:전년도?|그\s?전\s?해|한\s?해\s?전|작년\s?대비)\s*(?:의\s*)?(?:논문\s*)?$")

# a count of submissions followed by the accepted part (`논문 5편을 제출해 3편이 채택됐다`): only the
# part is a paper count
SUBMITTED_THEN_ACCEPTED = re.compile(
    r"\s*(?:의\s*논문)?(?:을|를)?\s*(?:제출|투고)(?:해|하여|했고|했으며|했는데|한\s*결과|해\s*이\s*중)[^.]{0,40}?"
    r"(?:채택|통과|선정|승인|뽑혔|뽑힌|뽑혀)"
)
# every submitted paper accepted (`4편을 제출해 모두 채택됐다`): the submissions are the accepted papers
SUBMITTED_ALL_ACCEPTED = re.compile(
    r"\s*(?:의\s*논문)?(?:을|를)?\s*(?:제출|투고)(?:해|하여|했고|했으며|했는데)\s*(?:이\s*)?(?:모두|전부|다)\s*"
    r"(?:채택|통과|승인)"
)
# a count of submissions with no acceptance written in the rest of the sentence (`40편을 제출했으나 결과는
# 다음 달 나온다`): not a count of the conference's papers
SUBMITTED_ONLY = re.compile(
    r"\s*(?:의\s*논문)?(?:을|를)?\s*(?:제출|투고)(?![^.]*(?:채택|통과|선정|승인|게재|실렸|실린|이름을))"
    r"(?:(?![^.]*발표)|[^.]*결과[^.]*발표)"  # `발표한다` is acceptance; `결과는 9월 발표된다` is not
)

# a count followed by the part of it that was rejected (`7편을 냈으나 3편이 탈락했다`): the submissions,
# unless the count's own verb says accepted or presented (`4편을 발표했고, 2편이 고배를 마셨다`)
SUBMITTED_THEN_REJECTED = re.compile(
    r"(?:(?!채택|발표|통과|선정|게재)[^.]){0,30}?(?:\d+|한|두|세|네|다섯)\s?(?:편|건)(?:만|은|는|이|가|도)?\s*"
    r"(?:탈락|떨어졌|떨어진|낙방|고배|(?:채택|통과|선정)(?:되|받)지\s*(?:못|않))"
)

# Qualifier and relation of a fact: forecasts (`가능`, `전망`; FIRM: what makes even an exact count one,
# `100개 돌파가 유력시된다`, `넘어설 것으로 보인다`) and the relation words in order of priority.
FORECAST_FIRM = re.compile(
    r"가능|전망|예상|관측|목표|유력|무난|점쳐|점치|점친|점쳤|내다보|내다봤|내다본|것으로\s*(?:보|봤|관측|예상|전망|내다)"
)
FORECAST = re.compile(rf"{FORECAST_FIRM.pattern}|기대|예정|계획|[할될설날을]\s*것")
RELATIONS: tuple[tuple[re.Pattern[str], Relation], ...] = (
    (re.compile(r"구두|오럴|oral", re.I), "oral"),
    (re.compile(r"스포트라이트|spotlight", re.I), "spotlight"),
    (re.compile(r"수상|최우수|우수\s?논문상|best paper", re.I), "award"),
    (re.compile(r"채택|통과|승인|인정받"), "accepted"),
    (re.compile(r"등재|게재|실었|실린"), "published"),
    (re.compile(r"발표|선보|소개|올리|올렸|냈|내놓"), "presented"),
    (re.compile(r"제출"), "submitted"),
)
