"""From sentences to paper-count facts: which organization, which conferences, which year.

The linker walks the headline and then the body sentence by sentence, keeping a little state:
the current subject (the last organization written as a subject, `네이버는`, `카카오 관계자는`;
a conference or a country as a subject clears it) and the facts found so far. For every count
(numerals.find_counts) in a sentence it

1. drops what is not a paper count: counts of 학회 (`6개 학회`), parameters (`2040억개`), patents,
   counts in journal or challenge sentences, conference-wide submission/acceptance totals,
   counts next to a percentage (`32.1%인 198편`), people (`교수는 각각 9편`), countries;
2. finds the organization: distributive lists (`A·B가 각각 15건, 25건`), subsets (`9편 중 5편`,
   `그 가운데 4편`), totals (`A와 B를 포함하면 총 N`, lifted to the common parent), collective
   references (`두 회사`), otherwise the nearest organization before the count that is not an
   object, a source or a collaborator, else one after it in the clause, else the current subject;
3. finds the conferences: those written before the count in its clause (a list `A, B 등 6개
   학회` gives all of them, `CVPR(14개)` one), none for unnamed plural venues (`25개 학회`,
   `톱티어 학회`) or a year's total (`1년 치`), the article's conference for `이번 학회`, else
   those of the previous fact;
4. finds the year: written next to the conference (`ICLR 2022`), a year word in the clause
   (올해, 지난해, 작년, 내년, 전년도, `2021년`), the year written next to that conference elsewhere
   in the article, else the publication year. Relative words count from the conference's edition
   year when the article writes one (an ISSCC 2020 story from 2019), else from publication.

Finally duplicates collapse, a fact with no conference gives way to the same count with one,
and a parent's fact gives way to the same count for its unit (`네이버 AI… 14개` vs `클로바 14개`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from extract.gazetteer import Gazetteers
from extract.kiwi_runtime import TokenLike
from extract.matcher import EntityMention
from extract.numerals import CountMatch, find_counts
from output.schema import FieldName, Mention, PaperCount, Qualifier, Relation, Scope

# ---------------------------------------------------------------- sentences


@dataclass(frozen=True)
class Sentence:
    """A sentence (or headline segment) of one field, with the entities inside it."""

    field: FieldName
    start: int
    end: int
    para: int
    headline: bool
    entities: tuple[EntityMention, ...]


MAX_SENTENCE = 800
_HEADLINE_SPLIT = re.compile(r"…|\.\.\.|ㆍ{2,}|\s[|│]\s")


def _looks_like_headline(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) < 100 and not re.search(r"[다요죠]\.?['\"”’]?$", stripped)


def split_sentences(
    field_name: FieldName, text: str, tokens: Sequence[TokenLike], entities: Sequence[EntityMention]
) -> list[Sentence]:
    """Sentences of a field: lines, cut at Kiwi's sentence starts, headline lines cut at `…`."""
    starts = sorted(
        {t.start for i, t in enumerate(tokens) if i == 0 or t.sent_position != tokens[i - 1].sent_position}
    )
    spans: list[tuple[int, int, int, bool]] = []
    pos = 0
    para = 0
    for line in text.split("\n"):
        ls, le = pos, pos + len(line)
        pos = le + 1
        if not line.strip():
            continue
        para += 1
        headline = field_name == "title" or _looks_like_headline(line)
        cuts = [ls, *starts[bisect.bisect_right(starts, ls) : bisect.bisect_left(starts, le)]]
        if headline:
            cuts += [m.end() + ls for m in _HEADLINE_SPLIT.finditer(line)]
        cuts = [*sorted(set(cuts)), le]
        for a, b in itertools.pairwise(cuts):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            while b - a > MAX_SENTENCE:  # runaway "sentences" are cut at a space
                cut = text.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
                cut = cut if cut > a else a + MAX_SENTENCE
                spans.append((a, cut, para, headline))
                a = cut
                while a < b and text[a].isspace():
                    a += 1
            if a < b:
                spans.append((a, b, para, headline))
    out: list[Sentence] = []
    ents = sorted(entities, key=lambda e: e.start)
    j = 0
    for a, b, p, h in spans:
        while j < len(ents) and ents[j].start < a:
            j += 1
        k = j
        inside = []
        while k < len(ents) and ents[k].start < b:
            if ents[k].end <= b:
                inside.append(ents[k])
            k += 1
        out.append(Sentence(field_name, a, b, p, h, tuple(inside)))
    return out


# ---------------------------------------------------------------- roles of a mention

_SKIP_AFTER = re.compile(r"(?:\s*\([^()]{0,160}\))?['’”\"」』]*")
_SUBJ = re.compile(
    r"\s*(?:(?:연구진|연구팀|연구실|연구자들?|측|관계자|논문들?|진영(?:\s*전체)?|전체|단독으로|AI\s*연구\s*조직)\s*)?"
    r"(?:은|는|이|가|도|께서|이다|다|로는|으로는|만은)(?![가-힣])"
)
_OBJ = re.compile(
    r"\s*(?:을|를|에게|에겐|보다|[와과]\s*비교|[을를]\s*제치|[을를]\s*빼|[을를]\s*제외|[와과]\s*달리)"
)
_COLLAB = re.compile(
    r"\s*(?:연구진|연구팀|연구실)?\s*(?:등\s*)?(?:와|과|하고|이랑|랑)(?:의)?\s*(?:공동|함께|협업|협력|손잡|산학|합작|같이)"
)
_SOURCE = re.compile(r"\s*(?:측?에\s*따르면|의\s*발표에\s*따르면)")
_GEN = re.compile(r"\s*의(?![가-힣])")
_LIST_GAP = re.compile(
    r"(?:\s*\([^()\d]{0,160}\))?['’”\"」』]*\s*(?:,|·|ㆍ|/|및|와|과|랑|이랑|그리고|, 그리고)?\s*['‘“\"「『]*"
)
_CONF_LIST_GAP = re.compile(_LIST_GAP.pattern + r"(?:(?:19|20)\d{2}\s*)?")  # `2024 NeurIPS와 2025 ICLR`
_CONF_YEAR_GAP = re.compile(r"\s*['’]?(?:(?:19|20)\d{2}|\d{2})(?![\d년])")  # `NeurIPS 2024와 AAAI 2025`

ROLE_SUBJ, ROLE_OBJ, ROLE_COLLAB, ROLE_SOURCE, ROLE_GEN, ROLE_BARE = (
    "subj",
    "obj",
    "collab",
    "source",
    "gen",
    "bare",
)


def _role(text: str, end: int, limit: int) -> str:
    m = _SKIP_AFTER.match(text, end, limit)
    pos = m.end() if m else end
    rest = text[pos:limit]
    if _COLLAB.match(rest):
        return ROLE_COLLAB
    if _SOURCE.match(rest):
        return ROLE_SOURCE
    if _OBJ.match(rest):
        return ROLE_OBJ
    if _SUBJ.match(rest):
        return ROLE_SUBJ
    if _GEN.match(rest):
        return ROLE_GEN
    return ROLE_BARE


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
        return "org" if any(m.kind == "org" for m in self.members) else self.members[0].kind

    def ids(self) -> list[str]:
        """Distinct ids of the members, in order."""
        return list(dict.fromkeys(m.id for m in self.members))


def _groups(text: str, ents: Sequence[EntityMention], limit: int, kinds: tuple[str, ...]) -> list[Group]:
    groups: list[Group] = []
    for e in ents:
        if e.kind not in kinds:
            continue
        if groups:
            last = groups[-1]
            skip = _SKIP_AFTER.match(text, last.end, limit)
            if skip is not None and e.start < skip.end() and e.start > last.end:
                continue  # apposition: 카이스트(KAIST), 유레컴(EURECOM)
            gap_start = last.end
            if last.kind == "conf" and (year_gap := _CONF_YEAR_GAP.match(text, last.end, e.start)):
                gap_start = year_gap.end()
            gap = (_CONF_LIST_GAP if last.kind == "conf" else _LIST_GAP).fullmatch(text, gap_start, e.start)
            if gap is not None and (last.kind == "conf") == (e.kind == "conf"):
                last.members.append(e)
                continue
        groups.append(Group([e]))
    for g in groups:
        g.role = _role(text, g.end, limit)
    return groups


# ---------------------------------------------------------------- cues

_INCLUSION = re.compile(
    r"포함하면|포함해서?|포함시키면|포함할 경우|합치면|합하면|합산하면|더하면|세면|모으면|아우르면|합칠 경우|더할 경우"
    r"|더해서?|합쳐서?|합산해서?|포함하여|포함\s?시|합산\s?시|합산한|합친"
)
_CLAUSE_BOUNDARY = re.compile(
    r"(?:며|고|면서|으나|지만|는데|했다|이다|다)[,.]?\s+|[,.]\s+(?=[가-힣]+(?:은|는|이|가)\s)"
)
_DISTRIBUTIVE = re.compile(r"각각|각(?=\s)")
_COUNT_LIST_GAP = re.compile(r"\s*(?:,|·|ㆍ|/|와|과|및)\s*")
_EACH_AFTER = re.compile(r"\s*(?:의\s*논문)?(?:이|가|을|를|씩)?\s*각각")
_SUBSET = re.compile(
    r"(?:(\d+)\s?(?:편|건|개)\s?(?:중|가운데)|그\s?가운데|그\s?중|이\s?중|이\s?가운데|그중)\s*(?:에서)?\s*[^\d]{0,12}$"
)
_REFERENCE_COUNT = re.compile(r"\s?(?:중|가운데)(?![가-힣])")
_DELTA = re.compile(
    r"\s*(?:이|가|을|를)?\s*(?:더\s*)?(?:늘|증가|많아|많은|많다|감소|줄|적은|적다|뒤처|앞서|앞섰|차이)"
    r"|\s*(?:만)?(?:을|를|이|가)?\s*(?:더\s*)?남(?:겨|았|은|긴|기|아)"  # `100편까지 3편만을 남겨`
)
_COLLECTIVE = re.compile(
    r"(?:두|세|네)\s?(?:회사|계열사|기업|곳|연구소|조직)|양사|이들\s?(?:회사|기업|계열사)"
)
# papers written together (`A와 B가 공동 논문 1편`, `함께 쓴 논문`), not a combined count (`함께 19편`)
_JOINT = re.compile(r"공동|공저|(?:함께|같이)\s*(?:쓴|작성|집필|저술)|협업")
_WHOLE_WORDS = re.compile(r"전체로|전체\s*(?:기준|합계)|통틀어")
_AFFILIATE_WORDS = re.compile(r"계열사|관계사|자회사|그룹\s*전체|진영")
_MODIFIERS = r"(?:(?:AI|인공지능|정규|글로벌|국제|주요|학술|관련|신규|우수|핵심|해외|세계|톱티어|탑티어|최상위|최고|유명|머신러닝|딥러닝)\s*)"
_NOT_PAPER_NOUN = re.compile(
    rf"^(?:의\s*)?\s*{_MODIFIERS}{{0,3}}"
    r"(?:학회|학술대회|대회|컨퍼런스|콘퍼런스|워크숍|워크샵|저널|학술지|곳|개국|나라|국가|기업|기관|회사|팀|분야|규모|"
    r"특허|모델|종|명|제품|서비스|언어|과제|프로젝트|데이터|파라미터|매개변수|상|부문|세션|트랙|장|국|주제|개사|대학|연구실|"
    r"연구소|연구팀|계열사|사|조직|학과|센터|카테고리|세부|위|차례|번)"
)
_PAPER_NOUN_AFTER = re.compile(rf"^(?:의\s*)?\s*{_MODIFIERS}{{0,3}}(?:논문|연구|페이퍼|성과)")
_PAPER_CONTEXT = re.compile(r"논문|학회|학술대회|컨퍼런스|콘퍼런스|채택|등재|페이퍼|연구\s?성과")
_JOURNAL = re.compile(
    r"저널|학술지|자매지|네이처|사이언스|경진대회|챌린지|대회에서\s*(?:우승|1위|준우승)|해커톤|공모전"
)
_CONF_WIDE = re.compile(r"제출|접수|몰렸|몰려|몰린|투고|채택률|경쟁률|승인율|지원한\s*논문|참가자")
_PERCENT_BEFORE = re.compile(r"\d(?:\.\d+)?\s?%(?:인|에\s*해당하는|가량인|)\s*$")
_PERCENT_AFTER = re.compile(r"^\s*\(\s*(?:약\s*)?\d+(?:\.\d+)?\s?%\s*\)")
_PERSON_BEFORE = re.compile(
    r"(?:교수|박사|저자|학생|박사과정|석사과정|씨|원장)(?:들)?(?:와|과|는|은|이|가|도|,|·|\s*등|\s*모두)(?!\s*연구)"
)
_PERSON_AFTER = re.compile(r"^[^.,]{0,40}?(?:교수|박사|저자|학생)(?:다|이다|였다|로\s|이\s|가\s)")
_COPULA = re.compile(r"(?:\s*\([^()]{0,160}\))?['’”\"]*\s*(?:이다|다)(?![가-힣])")
_LOCATIVE = re.compile(r"\s*(?:[가-힣]{1,8}\s+)?[가-힣]{0,8}?(?:에서|에)(?![가-힣])")  # 캐나다 밴쿠버에서
_COUNTRY_AGGREGATE = re.compile(
    r"\s*(?:(?:기관|대학|기업|연구기관|연구진|연구자|연구팀|학계|업계|팀)들?\s*)?(?:전체\s*)?"
    r"(?:에서는|에서도|에서|은|는|이|가|도|로는|전체로는|출신|국적)(?![가-힣])"
)  # 한국에서 32편, 국내 대학 전체로는 14편, 대만 기관들은 38편
_CONF_TOPIC = re.compile(r"\s*(?:\([^()]{0,60}\))?\s*(?:\d{4}\s*)?(?:에는|에선|에서는)(?![가-힣])")
_AGGREGATE_WORDS = re.compile(r"전체|통틀어|전\s?세계|국가별|나라별|역대|참가국")
_PATENT = re.compile(r"특허|출원|상표")
_GENERIC_VENUE = re.compile(
    r"(?<!이번 )(?<!이 )(?<!해당 )(?<!같은 )(?<!본 )(?<!차기 )(?<!직전 )(?<!그 )(?:학회|학술대회|컨퍼런스|콘퍼런스)"
)
_VENUE_WORD = r"(?:학회|대회|학술대회|컨퍼런스|콘퍼런스|행사)"
_PLURAL_ANAPHOR = re.compile(
    rf"(?:(?:이\s?|같은\s?|앞의\s?|해당\s?)?(두|세|네|2|3|4)\s?(?:개\s?)?|이들\s?|양대\s?|이\s?같은\s?){_VENUE_WORD}(?:들)?"
    rf"|(?:해당|이|그|같은)\s?{_VENUE_WORD}들"
)
_SINGULAR_ANAPHOR = re.compile(rf"(?:같은|그|해당|동일한?)\s?{_VENUE_WORD}(?!들)")
_ANAPHOR_NUMBER = {"두": 2, "세": 3, "네": 4, "2": 2, "3": 3, "4": 4}
_YEARLY = re.compile(r"1년\s?치|한\s?해\s?(?:동안|치|간)|연간|1년간|1년\s?동안|한\s?해\s?기록")
_THIS_CONF = re.compile(
    r"(?:이번|이|해당|같은|본|이번\s*대회의?)\s*(?:학회|대회|행사|학술대회|컨퍼런스|콘퍼런스)"
)
_YEAR_WORD = re.compile(
    r"(?<![가-힣0-9])(올해|올(?=\s)|금년|지난\s?해|작년|재작년|전년도?|그\s?전\s?해|한\s?해\s?전|내년|이듬해|"
    r"같은\s?해|같은\s?(?:기간|시기)|동기간|그\s?해|((?:19|20)\d{2})\s?년)"
    r"(?=[^가-힣]|에|는|도|의|부터|까지|만|보다|과|와|를|을|이|동안|기준|실적|대비|치|한|들어|로)"
)
_SUBSET_LEAD = re.compile(r"\s*(?:이|그)\s?(?:가운데|중)(?![가-힣])|\s*그중(?![가-힣])")
_COMPARED = re.compile(r"\s*(?:의\s*)?보다")
_BASE_AFTER = re.compile(r"\s*(?:의\s*논문)?(?:보다|에서\s*(?:[가-힣]+\s+){0,3}(?:늘|증가|확대|줄|감소))")
_BASE_BEFORE = re.compile(r"(?:전년도?|그\s?전\s?해|한\s?해\s?전|작년\s?대비)\s*(?:의\s*)?(?:논문\s*)?$")
_FORECAST = re.compile(r"가능|전망|예상|관측|목표|기대|예정|계획|할\s*것")
_RELATIONS: tuple[tuple[re.Pattern[str], Relation], ...] = (
    (re.compile(r"구두|오럴|oral", re.I), "oral"),
    (re.compile(r"스포트라이트|spotlight", re.I), "spotlight"),
    (re.compile(r"수상|최우수|우수\s?논문상|best paper", re.I), "award"),
    (re.compile(r"채택|통과|승인|인정받"), "accepted"),
    (re.compile(r"등재|게재|실었|실린"), "published"),
    (re.compile(r"발표|선보|소개|올리|올렸|냈|내놓"), "presented"),
    (re.compile(r"제출"), "submitted"),
)


# ---------------------------------------------------------------- facts


@dataclass
class Fact:
    """A paper-count fact while linking: plain ids, converted to PaperCount at the end."""

    org: EntityMention
    org_id: str
    conf_ids: tuple[str, ...]
    year: int | None
    cm: CountMatch
    field: FieldName
    sent_start: int
    sent_end: int
    scope: Scope = "unit"
    relation: Relation | None = None
    headline: bool = False
    qualifier: Qualifier = "exact"
    year_source: str = "word"  # conference | word | article | carried | published
    compared: bool = False  # a comparison base: `전년 32편보다`, `전년도 4편에서 늘어`


@dataclass
class Doc:
    """One article being linked."""

    fields: dict[str, str]
    pub_year: int | None
    sentences: list[Sentence]
    gaz: Gazetteers
    conf_years: dict[str, int] = field(default_factory=dict)
    main_confs: tuple[str, ...] = ()
    has_paper_word: bool = False
    has_conf: bool = False
    unit_parents: dict[str, str] = field(default_factory=dict)  # pattern unit id -> known parent
    named: set[str] = field(default_factory=set)  # ids of the organizations the article names

    def lineage(self, org_id: str) -> list[str]:
        """The organization and its parents, nearest first (a pattern unit's through its parent)."""
        parent = self.unit_parents.get(org_id)
        if parent is not None:
            return [org_id, parent, *_ancestor_chain(self.gaz, parent)]
        return [org_id, *_ancestor_chain(self.gaz, org_id)]


@dataclass
class State:
    """What the linker carries from one sentence to the next."""

    subject: EntityMention | None = None
    last_subject: EntityMention | None = None
    title_subject: EntityMention | None = None
    facts: list[Fact] = field(default_factory=list)
    pending: list[Fact] = field(default_factory=list)  # facts of the sentence being linked
    recent_orgs: list[EntityMention] = field(default_factory=list)
    para: int = -1
    field: str = ""


def _org_ok(e: EntityMention) -> bool:
    return e.kind == "org"


def _last_fact(state: State) -> Fact | None:
    """The fact found last: earlier in this sentence, else in an earlier one."""
    if state.pending:
        return state.pending[-1]
    return state.facts[-1] if state.facts else None


def _reference_fact(state: State) -> Fact | None:
    """The last fact that is not a comparison base (`전년 32편보다`): what 같은 해/전년 refer to."""
    for f in itertools.chain(reversed(state.pending), reversed(state.facts)):
        if not f.compared:
            return f
    return None


def _conf_years(sentences: Sequence[Sentence]) -> dict[str, int]:
    seen: dict[str, dict[int, int]] = {}
    for s in sentences:
        for e in s.entities:
            if e.kind == "conf" and e.year:
                seen.setdefault(e.id, {}).setdefault(e.year, 0)
                seen[e.id][e.year] += 1
    return {cid: max(years, key=lambda y: years[y]) for cid, years in seen.items()}


def _main_confs(sentences: Sequence[Sentence]) -> tuple[str, ...]:
    title = {e.id for s in sentences if s.field == "title" for e in s.entities if e.kind == "conf"}
    if len(title) == 1:
        return tuple(title)
    allc = [e.id for s in sentences for e in s.entities if e.kind == "conf"]
    if len(set(allc)) == 1:
        return (allc[0],)
    lead = [e.id for s in sentences[:3] for e in s.entities if e.kind == "conf"]
    if len(set(lead)) == 1:
        return (lead[0],)
    return ()


def link(doc: Doc) -> list[Fact]:
    """Every paper-count fact of the document, cleaned of duplicates."""
    doc.conf_years = _conf_years(doc.sentences)
    doc.main_confs = _main_confs(doc.sentences)
    doc.has_paper_word = any("논문" in t for t in doc.fields.values())
    doc.has_conf = any(e.kind == "conf" for s in doc.sentences for e in s.entities)
    doc.unit_parents = {e.id: e.parent for s in doc.sentences for e in s.entities if e.parent}
    doc.named = {e.id for s in doc.sentences for e in s.entities if e.kind == "org"}
    state = State()
    prev_text = ""
    for s in doc.sentences:
        text = doc.fields[s.field]
        if s.field != state.field:
            state.field = s.field
            if s.field == "text" and state.title_subject is not None:
                state.subject = state.title_subject
        if s.para != state.para:
            if state.subject is None and state.last_subject is not None:
                state.subject = state.last_subject
            state.para = s.para
            prev_text = ""
        _link_sentence(doc, state, s, text, prev_text)
        prev_text = text[s.start : s.end]
    _sum_from_breakdown(doc, state.facts)
    return _clean(doc, state.facts)


def _sum_from_breakdown(doc: Doc, facts: list[Fact]) -> None:
    """A total followed by its breakdown by conference (`모두 10편(ICLR 4편, ICML 6편)`, `논문 20편을
    냈다. 학회별로는 ACL 9편, EMNLP 8편, NAACL 3편이다`) is summed over those conferences when
    the parts (in its sentence or the next) add up to it and it named none of them itself (or
    only some, and no unnamed venue: `주요 학회에 총 61편` keeps none)."""
    starts = {name: [s.start for s in doc.sentences if s.field == name] for name in doc.fields}
    for i, total in enumerate(facts):
        if total.cm.count is None or total.compared:
            continue
        if _GENERIC_VENUE.search(doc.fields[total.field], total.sent_start, total.cm.start):
            continue  # `주요 학회에 총 61편. 학회별로는 …`: the total names its venues as unnamed
        field_starts = starts.get(total.field, [])
        k = bisect.bisect_left(field_starts, total.sent_end)
        sentences = {total.sent_start, field_starts[k] if k < len(field_starts) else -1}
        parts: list[Fact] = []
        added = 0
        for f in itertools.islice(facts, i + 1, None):
            if (
                f.org_id != total.org_id
                or f.field != total.field
                or f.sent_start not in sentences
                or f.cm.count is None
                or f.compared
                or len(f.conf_ids) != 1
                or any(p.conf_ids == f.conf_ids for p in parts)
            ):
                break
            parts.append(f)
            added += f.cm.count
            if added >= total.cm.count:
                break
        confs = tuple(p.conf_ids[0] for p in parts)
        if len(parts) >= 2 and added == total.cm.count and set(total.conf_ids) < set(confs):
            total.conf_ids = confs
            years = {p.year for p in parts}
            if len(years) == 1 and total.year_source not in ("word", "conference"):
                total.year = years.pop()


def _ancestor_chain(gaz: Gazetteers, org_id: str) -> list[str]:
    return gaz.ancestors(org_id) if org_id in gaz.organizations else []


def _is_ancestor(gaz: Gazetteers, anc: str, desc: str) -> bool:
    return anc in _ancestor_chain(gaz, desc)


def _lift(gaz: Gazetteers, org: EntityMention, included: Sequence[EntityMention]) -> str:
    """The organization a total belongs to: the nearest ancestor covering the included ones."""
    inc = [e.id for e in included if e.kind == "org" and e.id != org.id]
    if not inc or all(_is_ancestor(gaz, org.id, i) for i in inc):
        return org.id
    chain = _ancestor_chain(gaz, org.id)
    for anc in chain:
        if all(i == anc or _is_ancestor(gaz, anc, i) for i in inc):
            return anc
    return chain[-1] if chain else org.id


def _update_subject(state: State, s: Sentence, text: str, groups: list[Group], excluded: set[int]) -> None:
    first_subj: Group | None = None
    for g in groups:
        if g.role == ROLE_SUBJ and not any(id(m) in excluded for m in g.members):
            if g.kind != "org" and _COPULA.match(text, g.end, s.end):
                continue  # `…, ICLR(9편)이다`: a predicate, not a new subject
            if g.kind == "org":
                first_subj = g
                break
            if first_subj is None:
                first_subj = g
    lead = text[s.start : s.start + 3]
    initial = next(
        (g for g in groups if g.start - s.start <= max(2, len(lead) - len(lead.lstrip("'\"‘“[(")))), None
    )
    if first_subj is not None and first_subj.kind == "org":
        org = next(m for m in first_subj.members if m.kind == "org")
        state.subject = state.last_subject = org
    elif first_subj is not None:
        owner = [  # `KAIST의 누적 NeurIPS 논문이`: the conference belongs to the organization before it
            g
            for g in groups
            if g.kind == "org"
            and g.role == ROLE_GEN
            and g.end <= first_subj.start
            and first_subj.start - g.end <= 12
            and not any(id(m) in excluded for m in g.members)
        ]
        state.subject = next(m for m in owner[-1].members if m.kind == "org") if owner else None
    elif (
        initial is not None
        and initial.kind == "org"
        and initial.role not in (ROLE_OBJ, ROLE_SOURCE, ROLE_COLLAB)
    ):
        org = next(m for m in initial.members if m.kind == "org")
        state.subject = state.last_subject = org
    elif initial is not None and initial.kind == "conf" and initial.role in (ROLE_GEN, ROLE_SUBJ):
        state.subject = None


def _link_sentence(doc: Doc, state: State, s: Sentence, text: str, prev_text: str) -> None:
    counts = find_counts(text, s.start, s.end)
    if not counts and not s.entities:
        return  # most sentences: nothing to link and no subject to update
    sent = text[s.start : s.end]
    groups = _groups(text, s.entities, s.end, ("org", "country", "conf"))
    org_groups = [g for g in groups if g.kind in ("org", "country")]
    conf_groups = [g for g in groups if g.kind == "conf"]

    # inclusion clause: "A와 B를 포함하면 총 N"
    incl_end = -1
    included: list[EntityMention] = []
    affiliate = False
    im = None
    for found in _INCLUSION.finditer(sent):
        im = found
    if im is not None:
        kw_start, kw_end = s.start + im.start(), s.start + im.end()
        clause_start = s.start
        for b in _CLAUSE_BOUNDARY.finditer(sent, 0, im.start()):
            clause_start = s.start + b.end()
        included = [e for e in s.entities if clause_start <= e.start < kw_start and e.kind == "org"]
        affiliate = bool(_AFFILIATE_WORDS.search(text, clause_start, kw_end))
        incl_end = kw_end
    excluded_ids = {id(e) for e in included}

    if s.headline and s.field == "title" and state.title_subject is None:
        first_org = next((e for e in s.entities if e.kind == "org"), None)
        if first_org is not None:
            state.title_subject = first_org

    prev_confs: tuple[str, ...] | None = None
    prev_end = s.start
    distributive_done: set[int] = set()
    pending: list[Fact] = []
    state.pending = pending
    for idx, cm0 in enumerate(counts):
        cm = cm0
        window_start = prev_end
        if idx in distributive_done:
            prev_end = cm.end
            continue
        if not _is_paper_count(doc, text, s, sent, cm, prev_text, incl_end):
            continue
        prev_end = cm.end
        if _aggregate_count(text, s, cm, groups):
            continue
        # ---- organization
        joint: list[EntityMention] = []
        org, scope, parent = _resolve_org(
            doc, state, s, text, cm, org_groups, excluded_ids, included, incl_end, affiliate, joint
        )
        # distributive lists
        dist = _distributive(text, s, cm, counts, idx, org_groups, conf_groups)
        if dist is not None:
            kind, members, idxs = dist
            for member, j in zip(members, idxs, strict=False):
                cmj = counts[j]
                if kind == "org":
                    f = _make_fact(
                        doc,
                        state,
                        s,
                        text,
                        cmj,
                        member,
                        member.id,
                        "unit",
                        None,
                        window_start,
                        conf_groups,
                        prev_confs,
                    )
                else:
                    if org is None:
                        continue
                    f = _make_fact(
                        doc,
                        state,
                        s,
                        text,
                        cmj,
                        org,
                        org.id,
                        scope,
                        None,
                        window_start,
                        conf_groups,
                        prev_confs,
                    )
                    f.conf_ids = (member.id,)
                    f.year, f.year_source = _year_for(
                        doc, state, text, s, cmj, (member.id,), member if member.year else None, window_start
                    )
                pending.append(f)
                distributive_done.add(j)
            prev_confs = pending[-1].conf_ids if pending else prev_confs
            continue
        for member in joint:
            f = _make_fact(
                doc,
                state,
                s,
                text,
                cm,
                member,
                member.id,
                "unit",
                None,
                window_start,
                conf_groups,
                prev_confs,
            )
            prev_confs = f.conf_ids
            pending.append(f)
        if joint:
            continue
        if org is None:
            continue
        if org.kind == "country":
            continue
        org_id = org.id
        if scope == "total" and included:
            org_id = _lift(doc.gaz, org, included)
        fact = _make_fact(
            doc, state, s, text, cm, org, org_id, scope, parent, window_start, conf_groups, prev_confs
        )
        if fact is None:
            continue
        if not any(window_start <= e.start and e.end <= cm.start for g in conf_groups for e in g.members):
            _sum_of_parts(state, pending, fact, text, window_start)
        prev_confs = fact.conf_ids
        pending.append(fact)
    state.pending = []
    for f in pending:
        state.facts.append(f)
        if not state.recent_orgs or state.recent_orgs[-1].id != f.org_id:
            state.recent_orgs.append(f.org if f.org.id == f.org_id else replace(f.org, id=f.org_id))
    _update_subject(state, s, text, org_groups + conf_groups, excluded_ids)


def _is_paper_count(
    doc: Doc, text: str, s: Sentence, sent: str, cm: CountMatch, prev_text: str, incl_end: int
) -> bool:
    after = text[cm.end : min(s.end, cm.end + 30)]
    before = text[max(s.start, cm.start - 14) : cm.start]
    if cm.counter and not _PAPER_NOUN_AFTER.match(after) and _NOT_PAPER_NOUN.match(after):
        return False
    if cm.count_min is not None and cm.count_min >= 10**6:
        return False
    if re.search(r"[억조]", cm.text):
        return False
    if _PATENT.search(before) or re.match(r"^(?:의\s*)?\s*특허", after):
        return False
    if _REFERENCE_COUNT.match(after) or _DELTA.match(after):
        return False
    if _PERCENT_BEFORE.search(text[max(s.start, cm.start - 14) : cm.start]) or _PERCENT_AFTER.match(after):
        return False
    has_conf = any(e.kind == "conf" for e in s.entities)
    if s.headline:  # a headline's segments share their context
        line_start = text.rfind("\n", 0, s.start) + 1
        line_end = text.find("\n", s.end)
        sent = text[line_start : line_end if line_end >= 0 else len(text)]
    context = _PAPER_CONTEXT.search(sent) or has_conf
    if cm.counter == "편" or (not cm.counter):
        if not (context or doc.has_paper_word or doc.has_conf or _PAPER_CONTEXT.search(prev_text)):
            return False
    elif (
        not context
        and not (_PAPER_CONTEXT.search(prev_text) and s.headline is False)
        and not (s.headline and doc.has_paper_word and cm.counter == "건")
    ):
        return False
    return not (_JOURNAL.search(sent) and not has_conf and "학회" not in sent and incl_end < 0)


def _resolve_org(
    doc: Doc,
    state: State,
    s: Sentence,
    text: str,
    cm: CountMatch,
    org_groups: list[Group],
    excluded: set[int],
    included: list[EntityMention],
    incl_end: int,
    affiliate: bool,
    joint: list[EntityMention],
) -> tuple[EntityMention | None, Scope, Fact | None]:
    """The organization a count belongs to, its scope, and the fact it is a subset of; for a
    joint paper of a list of organizations (`A와 B가 공동 논문 1편`), None with the list in `joint`."""
    usable = [
        g
        for g in org_groups
        if g.role not in (ROLE_OBJ, ROLE_COLLAB, ROLE_SOURCE)
        and not any(id(m) in excluded for m in g.members)
        and not (g.kind == "country" and _LOCATIVE.match(text, g.end, s.end))
    ]
    before = [g for g in usable if g.end <= cm.start]
    after = [g for g in usable if g.start >= cm.end]
    scope: Scope = "unit"
    is_total = incl_end >= 0 and cm.start >= incl_end and (bool(included) or affiliate)
    # conference-wide totals and people
    any_org_before = any(g.kind == "org" for g in before)
    sent_text = text[s.start : s.end]
    if _CONF_WIDE.search(sent_text) and not any_org_before:
        return None, scope, None
    if (cm.count or 0) >= 300 and not any_org_before:
        return None, scope, None
    anchor = before[-1].end if before else s.start
    if _PERSON_BEFORE.search(text, anchor, cm.start) or _PERSON_AFTER.match(text[cm.end : s.end]):
        return None, scope, None
    # a count inside the inclusion clause is the included unit's: `네이버랩스가 발표한 논문 4편을
    # 포함하면`, `자회사 카카오브레인이 낸 3편까지 합치면`, `라인(3편)과 NLE(2편)을 포함하면`
    if incl_end >= 0 and cm.end <= incl_end:
        inner = [e for e in included if e.end <= cm.start]
        if inner:
            return inner[-1], scope, None
    # subset: "9편 중 5편", "그 가운데 4편"
    sub = _SUBSET.search(text[max(s.start, cm.start - 40) : cm.start])
    if sub is not None and state.facts:
        n = int(sub.group(1)) if sub.group(1) else None
        parent = next((f for f in reversed(state.facts) if n is None or f.cm.count == n), None)
        if parent is not None:
            own = [g for g in before if g.start >= cm.start - 40 and g.kind == "org"]
            own = own or [
                g for g in after if g.kind == "org" and not _CLAUSE_BOUNDARY.search(text, cm.end, g.start)
            ]
            if own:
                org = own[0].members[0] if own[0] in after else own[-1].members[0]
                return org, "unit", parent
            return parent.org, "subset", parent
    if is_total:
        scope = "total"
        between = [g for g in before if g.start >= incl_end]
        if between:
            return between[-1].members[0], scope, None
        subj = [g for g in before if g.role == ROLE_SUBJ and g.kind == "org"]
        if subj:
            return subj[0].members[0], scope, None
        if state.subject is not None:
            return state.subject, scope, None
        if included:
            return included[0], scope, None
        return None, scope, None
    window = text[max(s.start, (before[-1].end if before else s.start)) : cm.start]
    if _COLLECTIVE.search(window) and (
        not before or before[-1].kind != "org" or _COLLECTIVE.search(text[before[-1].end : cm.start])
    ):
        if before and before[-1].kind == "org" and _COLLECTIVE.match(text[before[-1].end : cm.start].strip()):
            return before[-1].members[0], "total", None
        return _common_parent(doc.gaz, state.recent_orgs), "total", None
    if before:
        g = before[-1]
        if len(g.ids()) > 1 and g.kind == "org":
            members = [m for m in g.members if m.kind == "org"]
            owner = _joint_owner(doc.gaz, members)
            if owner is not None and owner not in members and owner.id not in doc.named:
                owner = None  # never a parent the article does not name
            joint_words = _JOINT.search(text, g.end, cm.start) and not _DISTRIBUTIVE.search(
                text, g.end, cm.start
            )
            if joint_words and (owner is None or owner not in members):
                joint.extend(dict((m.id, m) for m in members).values())
                return None, scope, None  # a joint paper: each organization's, not a group's
            return owner, "total", None
        if _AFFILIATE_WORDS.search(text, g.end, cm.start) or _WHOLE_WORDS.search(text, g.end, cm.start):
            # `LG는 LG AI연구원이 7편, LG전자가 2편을 발표해 그룹 전체로 9편`: the parent named before
            outer = [m for h in before for m in h.members if _is_ancestor(doc.gaz, m.id, g.members[0].id)]
            if (
                not outer
                and state.subject is not None
                and _is_ancestor(doc.gaz, state.subject.id, g.members[0].id)
            ):
                outer = [state.subject]
            return (outer[0] if outer else g.members[0]), "total", None
        return g.members[0], scope, None
    if after:
        g = after[0]
        if not _CLAUSE_BOUNDARY.search(text, cm.end, g.start):
            return g.members[0], scope, None
    if s.field == "title" and state.title_subject is not None:
        return state.title_subject, scope, None
    if state.subject is not None:
        return state.subject, scope, None
    return None, scope, None


_TOTAL_WORD = re.compile(
    r"(?<![가-힣])(?:총|등)(?![가-힣])|총합|모두|합계|합쳐|합해|도합|통틀어|전체|전부|합산|더해"
)


def _sum_of_parts(state: State, pending: list[Fact], fact: Fact, text: str, window_start: int) -> None:
    """A total after counts of the same organization at named conferences is summed over all of
    them (`ICLR(4편)과 ICML(6편)에서 모두 10편`, `ACL 3편, EMNLP 2편 등 총 5편`): the total's
    conferences are theirs, when the parts add up to it (or fall short of it after 등)."""
    if fact.cm.count is None or not _TOTAL_WORD.search(text, window_start, fact.cm.start):
        return
    parts: list[Fact] = []
    total = 0
    for f in itertools.chain(reversed(pending), reversed(state.facts)):
        if (
            f.org_id != fact.org_id
            or f.cm.count is None
            or f.compared
            or not f.conf_ids
            or f.field != fact.field
        ):
            break
        parts.append(f)
        total += f.cm.count
        if total >= fact.cm.count:
            break
    confs = tuple(dict.fromkeys(c for f in reversed(parts) for c in f.conf_ids))
    if len(parts) < 2 or len(confs) < 2:
        return
    listed = all(any(f is p for p in pending) for f in parts) and "등" in text[window_start : fact.cm.start]
    if total != fact.cm.count and not (listed and total < fact.cm.count):
        return
    years = {f.year for f in parts}
    if fact.year_source in ("word", "conference") and years != {fact.year}:
        return  # `지난해 ICLR 4편, ICML 6편 … 올해 10편`: other years' counts
    fact.conf_ids = confs
    if len(years) == 1:
        fact.year = years.pop()


def _aggregate_count(text: str, s: Sentence, cm: CountMatch, groups: list[Group]) -> bool:
    """A count for a country or for the whole conference, not for an organization: a country
    written as its subject or source before it (`한국에서 32편`, `국내 대학 전체로는`), or a
    conference as topic with an aggregate word (`올해 ICML에는 전체 …편`)."""
    if any(g.kind == "org" and g.end <= cm.start and g.role not in (ROLE_OBJ, ROLE_COLLAB) for g in groups):
        return False
    for g in groups:
        if g.end > cm.start or _CLAUSE_BOUNDARY.search(text, g.end, cm.start):
            continue
        if g.kind == "country" and _COUNTRY_AGGREGATE.match(text, g.end, s.end):
            return True
        if (
            g.kind == "conf"
            and _CONF_TOPIC.match(text, g.end, s.end)
            and _AGGREGATE_WORDS.search(text, g.end, cm.start)
        ):
            return True
    return False


def _joint_owner(gaz: Gazetteers, members: list[EntityMention]) -> EntityMention | None:
    """Who owns a count written for a list of organizations: one that contains the others, or
    their nearest common parent; None for unrelated organizations (a joint count)."""
    ids = list(dict.fromkeys(m.id for m in members))
    for m in members:
        if all(i == m.id or _is_ancestor(gaz, m.id, i) for i in ids):
            return m
    chains = [[i, *_ancestor_chain(gaz, i)] for i in ids]
    for anc in chains[0]:
        if all(anc in c for c in chains[1:]) and anc in gaz.organizations:
            entry = gaz.organizations[anc]
            first = members[0]
            return EntityMention(
                "org",
                anc,
                entry.name,
                entry.name_en,
                "gazetteer",
                first.start,
                first.end,
                first.text,
                field=first.field,
            )
    return None


def _common_parent(gaz: Gazetteers, recent: list[EntityMention]) -> EntityMention | None:
    distinct: list[EntityMention] = []
    for e in reversed(recent):
        if all(d.id != e.id for d in distinct):
            distinct.append(e)
        if len(distinct) == 2:
            break
    if len(distinct) < 2:
        return None
    a, b = distinct
    chain_a = [a.id, *_ancestor_chain(gaz, a.id)]
    chain_b = {b.id, *_ancestor_chain(gaz, b.id)}
    for anc in chain_a:
        if anc in chain_b and anc in gaz.organizations:
            entry = gaz.organizations[anc]
            return EntityMention(
                "org", anc, entry.name, entry.name_en, "gazetteer", a.start, a.end, a.text, field=a.field
            )
    return None


def _distributive(
    text: str,
    s: Sentence,
    cm: CountMatch,
    counts: list[CountMatch],
    idx: int,
    org_groups: list[Group],
    conf_groups: list[Group],
) -> tuple[str, list[EntityMention], list[int]] | None:
    """`A·B가 각각 15건, 25건` → pairs; `CVPR과 ICCV에서 각각 10편, 8편` → conference pairs;
    also with 각각 after the counts (`NeurIPS와 AAAI에 2편, 1편이 각각 채택`)."""
    dm = None
    for found in _DISTRIBUTIVE.finditer(text, s.start, cm.start):
        dm = found
    if dm is not None:
        dist_start, dist_end = dm.start(), dm.end()
        first = next(j for j in range(len(counts)) if counts[j].start >= dist_end)
        if first < idx:
            return None  # the counts right after 각각 took it: `각각 4편, 6편 등 모두 10편`
        later = [j for j in range(idx, len(counts)) if counts[j].start >= dist_end]
        in_clause = [j for j in later if not _CLAUSE_BOUNDARY.search(text, dist_end, counts[j].start)]
    else:
        run = [idx]  # `2편, 1편이 각각`, `7편과 9편을 각각`
        while run[-1] + 1 < len(counts) and _COUNT_LIST_GAP.fullmatch(
            text, counts[run[-1]].end, counts[run[-1] + 1].start
        ):
            run.append(run[-1] + 1)
        if len(run) < 2 or not _EACH_AFTER.match(text, counts[run[-1]].end, s.end):
            return None
        dist_start = dist_end = cm.start
        later = in_clause = run
    lists: list[tuple[str, list[EntityMention], int]] = []  # kind, distinct members, end of the list
    for kind, groups in (("org", org_groups), ("conf", conf_groups)):
        cands = [g for g in groups if g.end <= dist_start and g.kind == kind]
        if not cands:
            continue
        g = cands[-1]
        members: list[EntityMention] = []
        seen: set[str] = set()
        for m in g.members:
            if m.kind == kind and m.id not in seen:
                members.append(m)
                seen.add(m.id)
        if len(members) >= 2:
            lists.append((kind, members, g.end))
    # the list as long as the counts of the clause, the nearer one on a tie (`A와 B는 CVPR과
    # ICCV에 각각 3편, 4편` pairs the conferences); else the first that fits, as before
    same_length = [
        x
        for x in lists
        if len(x[1]) == len(in_clause) and not _CLAUSE_BOUNDARY.search(text, x[2], dist_start)
    ]
    if same_length:
        kind, members, _ = max(same_length, key=lambda x: x[2])
        return kind, members, in_clause
    for kind, members, _ in lists:
        if len(later) >= len(members):
            return kind, members, later[: len(members)]
        if len(later) == 1:
            return kind, members, later * len(members)
    return None


def _make_fact(
    doc: Doc,
    state: State,
    s: Sentence,
    text: str,
    cm: CountMatch,
    org: EntityMention,
    org_id: str,
    scope: Scope,
    parent: Fact | None,
    window_start: int,
    conf_groups: list[Group],
    prev_confs: tuple[str, ...] | None,
) -> Fact:
    year_source, conf_source = "word", "other"
    if parent is not None:
        confs = parent.conf_ids
        year_word = _year_word(doc, state, text, window_start, cm.start, confs)
        year = year_word if year_word is not None else parent.year
    else:
        confs, conf_mention, conf_source = _confs_for(
            doc, state, s, text, cm, conf_groups, prev_confs, window_start
        )
        year, year_source = _year_for(doc, state, text, s, cm, confs, conf_mention, window_start, conf_source)
        last = state.facts[-1] if state.facts else None
        if (
            conf_source == "carried"
            and last is not None
            and year_source == "word"
            and year is not None
            and last.year is not None
            and year > last.year
            and not _THIS_CONF.search(text, s.start, cm.start)
        ):
            confs = ()  # a later year's count (a goal, a forecast) does not inherit them
    sent = text[s.start : s.end]
    qualifier: Qualifier = cm.qualifier
    tail = text[cm.end : s.end]
    if qualifier in ("exact", "at_least") and _FORECAST.search(tail[:40]):
        qualifier = (
            "forecast"
            if qualifier == "at_least" or re.search(r"가능|전망|예상|관측|목표", tail[:40])
            else qualifier
        )
    relation: Relation | None = None
    for rx, rel in _RELATIONS:
        if rx.search(sent):
            relation = rel
            break
    if relation in ("oral", "spotlight", "award") and scope == "unit":
        scope = "subset"
    if parent is not None and org_id == parent.org_id:
        scope = "subset"
    words = [m.group(1).replace(" ", "") for m in _YEAR_WORD.finditer(text, window_start, cm.start)]
    compared = bool(
        _BASE_AFTER.match(text, cm.end, s.end)
        or (words and words[-1] in _PREVIOUS_YEAR)
        or _BASE_BEFORE.search(text, window_start, cm.start)
    )
    return Fact(
        compared=compared,
        org=org,
        org_id=org_id,
        conf_ids=confs,
        year=year,
        cm=cm,
        field=s.field,
        sent_start=s.start,
        sent_end=s.end,
        scope=scope,
        relation=relation,
        headline=s.headline,
        qualifier=qualifier,
        year_source=year_source,
    )


def _confs_for(
    doc: Doc,
    state: State,
    s: Sentence,
    text: str,
    cm: CountMatch,
    conf_groups: list[Group],
    prev_confs: tuple[str, ...] | None,
    window_start: int,
) -> tuple[tuple[str, ...], EntityMention | None, str]:
    """Conferences of a count, the one mention giving them, and where they came from: `own`
    (written for it), `anaphor` (`두 학회`, `이들 학회`, `같은 학회`: the previous fact's),
    `carried` (the previous sentence's fact), else `other`."""
    in_window = [[m for m in g.members if window_start <= m.start and m.end <= cm.start] for g in conf_groups]
    in_window = [ms for ms in in_window if ms]
    if in_window:
        ms = in_window[-1]
        ids = tuple(dict.fromkeys(m.id for m in ms))
        return ids, (ms[-1] if len(ids) == 1 else None), "own"
    window = text[window_start : cm.start]
    anaphoric = _anaphoric_confs(doc, state, s, window, cm.start)
    if anaphoric:
        return anaphoric, None, "anaphor"
    if prev_confs is None:
        after = [g for g in conf_groups if g.start >= cm.end and g.start - cm.end <= 25]
        if (
            after
            and re.match(r"^[^,.]{0,25}?$", text[cm.end : after[0].start])
            and re.match(
                r"\s*(?:\([^()]*\))?['’]?\s*(?:\d{4}\s*)?['’]?\s*(?:에서|에|서)", text[after[0].end : s.end]
            )
        ):
            ids = tuple(after[0].ids())
            return ids, (after[0].members[-1] if len(ids) == 1 else None), "own"
    if _GENERIC_VENUE.search(window) and not _THIS_CONF.search(window):
        return (), None, "other"
    if _YEARLY.search(window):
        return (), None, "other"
    if _THIS_CONF.search(text, s.start, cm.start) and doc.main_confs:
        return doc.main_confs, None, "other"
    if prev_confs is not None:
        return prev_confs, None, "prev"
    before_all = [g for g in conf_groups if g.end <= cm.start]
    if before_all:
        ids = tuple(before_all[-1].ids())
        return ids, (before_all[-1].members[-1] if len(ids) == 1 else None), "own"
    if _GENERIC_VENUE.search(text, s.start, s.end) and not _THIS_CONF.search(text, s.start, s.end):
        return (), None, "other"
    if state.facts:
        return state.facts[-1].conf_ids, None, "carried"
    return doc.main_confs, None, "other"


def _anaphoric_confs(doc: Doc, state: State, s: Sentence, window: str, pos: int) -> tuple[str, ...]:
    """Conferences of `두 학회`, `이들 학회`, `두 대회 모두`, `같은 학회` before a count: the
    previous fact's when they fit the reference, else the last ones the article named."""
    plural = None
    for found in _PLURAL_ANAPHOR.finditer(window):
        plural = found
    prev = _last_fact(state)
    if plural is not None:
        n = _ANAPHOR_NUMBER.get(plural.group(1) or "", 0)
        if prev is not None and (len(prev.conf_ids) == n or (not n and len(prev.conf_ids) >= 2)):
            return prev.conf_ids
        named = _confs_named_before(doc, s.field, pos)
        if n and len(named) >= n:
            return tuple(reversed(named[:n]))
        return prev.conf_ids if prev is not None and len(prev.conf_ids) >= 2 else ()
    if _SINGULAR_ANAPHOR.search(window) and prev is not None and prev.conf_ids:
        return prev.conf_ids
    return ()


def _confs_named_before(doc: Doc, field_name: FieldName, pos: int) -> list[str]:
    """Distinct conferences named before a position (headline first), the latest first."""
    seen: list[str] = []
    for sent in reversed(doc.sentences):
        if sent.field == field_name and sent.start >= pos:
            continue
        for e in reversed(sent.entities):
            if e.kind == "conf" and (e.field != field_name or e.end <= pos) and e.id not in seen:
                seen.append(e.id)
    return seen


def _ref_year(doc: Doc, confs: tuple[str, ...]) -> int | None:
    years = {doc.conf_years[c] for c in confs if c in doc.conf_years}
    if len(years) == 1 and len(confs) >= 1 and all(c in doc.conf_years for c in confs):
        return years.pop()
    return doc.pub_year


_PREVIOUS_YEAR = ("전년", "전년도", "그전해", "한해전")
_SAME_PERIOD = ("같은해", "같은기간", "같은시기", "동기간", "그해")


def _resolve_year_word(
    word: str, explicit: str | None, doc: Doc, confs: tuple[str, ...], last_year: int | None, after: str
) -> int | None:
    """The year a year word stands for. 올해/지난해/… count from the reference year (the
    conference's edition year, else publication); 전년/전년도 (and 작년 대비) from the year of the
    fact just mentioned, 같은 해/같은 기간 is that year."""
    if explicit:
        return int(explicit)
    ref = _ref_year(doc, confs)
    pub = doc.pub_year
    w = word.replace(" ", "")
    if w == "작년" and re.match(r"\s?대비", after):
        w = "전년"
    if w in _PREVIOUS_YEAR and last_year is not None:
        return last_year - 1
    if w in _SAME_PERIOD:
        return last_year if last_year is not None else ref
    if w in ("올해", "올", "금년"):
        return ref
    if w in ("지난해", "작년", *_PREVIOUS_YEAR):
        return ref - 1 if ref else None
    if w == "재작년":
        return ref - 2 if ref else None
    if w in ("내년", "이듬해"):
        return pub + 1 if pub else None
    return None


def _year_word(doc: Doc, state: State, text: str, a: int, b: int, confs: tuple[str, ...]) -> int | None:
    last = None
    for m in _YEAR_WORD.finditer(text, a, b):
        last = m
    if last is None:
        return None
    prev = _reference_fact(state)
    return _resolve_year_word(
        last.group(1),
        last.group(2),
        doc,
        confs,
        prev.year if prev else None,
        text[last.end() : last.end() + 4],
    )


def _year_for(
    doc: Doc,
    state: State,
    text: str,
    s: Sentence,
    cm: CountMatch,
    confs: tuple[str, ...],
    conf_mention: EntityMention | None,
    window_start: int,
    conf_source: str = "own",
) -> tuple[int | None, str]:
    """The year of a count and where it came from (see Fact.year_source).

    Order: the year written next to its conference, a year word before it in its clause (or
    in its sentence, unless the count is compared with an earlier one: `12편보다 많은 15편`),
    the conference's year elsewhere in the article, the year of an unnamed-venue total in the
    previous sentence (`지난해 학회에 총 61편. 학회별로는 NeurIPS(24편)…`), the previous fact's
    year for a part of it (`이 가운데 … 5편`), else the publication year."""
    if conf_mention is not None and conf_mention.year:
        return conf_mention.year, "conference"
    y = _year_word(doc, state, text, window_start, cm.start, confs)
    if y is None and not _COMPARED.match(text, window_start, cm.start):
        y = _year_word(doc, state, text, s.start, cm.start, confs)
    if y is not None:
        return y, "word"
    years = {doc.conf_years[c] for c in confs if c in doc.conf_years}
    if confs and len(years) == 1:
        return years.pop(), "article"
    ref = _reference_fact(state)
    if confs and conf_source in ("anaphor", "prev", "carried") and ref is not None and ref.conf_ids == confs:
        return ref.year, "inherited"  # the same conferences as the fact before: the same edition
    last = state.facts[-1] if state.facts else None
    if (
        confs
        and last is not None
        and last.year_source == "word"
        and not last.conf_ids
        and not _YEARLY.search(text, last.sent_start, last.cm.start)
        and last.field == s.field
        and last.sent_end <= s.start
        and not text[last.sent_end : s.start].strip()
    ):
        return last.year, "carried"
    if last is not None and last.field == s.field and _SUBSET_LEAD.match(text, s.start, cm.start):
        return last.year, "carried"  # `이 가운데 … 5편`: part of what was just counted
    return doc.pub_year, "published"


# ---------------------------------------------------------------- cleaning


def _key(f: Fact) -> tuple[object, ...]:
    return (
        f.org_id,
        frozenset(f.conf_ids),
        f.year,
        f.cm.count if f.cm.count is not None else ("text", f.cm.text),
    )


def _clean(doc: Doc, facts: list[Fact]) -> list[Fact]:
    uniq: dict[tuple[object, ...], Fact] = {}
    for f in facts:
        k = _key(f)
        if k not in uniq or (uniq[k].headline and not f.headline):
            uniq[k] = f
    kept = list(uniq.values())
    same_number: dict[tuple[int, int | None], list[Fact]] = {}
    for f in kept:
        if f.cm.count is not None:
            same_number.setdefault((f.cm.count, f.year), []).append(f)
    out = []
    for f in kept:
        if f.cm.count is not None:
            peers = same_number[(f.cm.count, f.year)]
            if not f.conf_ids and any(g is not f and g.org_id == f.org_id and g.conf_ids for g in peers):
                continue  # the same number restated without its conference
            if f.scope != "total" and any(
                g is not f
                and (set(g.conf_ids) == set(f.conf_ids) or not f.conf_ids)
                and (
                    f.org_id in doc.lineage(g.org_id)[1:]
                    or (
                        f.headline
                        and not g.headline
                        and set(doc.lineage(f.org_id)) & set(doc.lineage(g.org_id))
                    )
                )
                for g in peers
            ):
                continue  # a parent (or, in a headline, a sister company) named for what its unit did
        out.append(f)
    out.sort(key=lambda f: (f.field != "title", f.cm.start))
    return out


def to_paper_count(doc: Doc, f: Fact) -> PaperCount:
    """The schema model of a linked fact."""
    gaz = doc.gaz
    if f.org_id in gaz.organizations:
        entry = gaz.organizations[f.org_id]
        name: str = entry.name
        name_en: str | None = entry.name_en
    else:
        name, name_en = f.org.name, f.org.name_en
    org_mention = Mention.model_construct(
        field=f.org.field, start=f.org.start, end=f.org.end, text=f.org.text
    )
    conf_names = [gaz.conferences[c].name if c in gaz.conferences else c for c in f.conf_ids]
    text = doc.fields[f.field]
    evidence = Mention.model_construct(
        field=f.field, start=f.sent_start, end=f.sent_end, text=text[f.sent_start : f.sent_end]
    )
    return PaperCount.model_construct(
        organization_id=f.org_id,
        organization=name,
        organization_en=name_en,
        organization_mention=org_mention if _mention_valid(doc, org_mention) else None,
        conferences=conf_names,
        year=f.year,
        count=f.cm.count,
        count_min=f.cm.count_min,
        count_max=f.cm.count_max,
        count_text=f.cm.text,
        qualifier=f.qualifier,
        relation=f.relation,
        scope=f.scope,
        evidence=evidence,
    )


def _mention_valid(doc: Doc, m: Mention) -> bool:
    t = doc.fields.get(m.field)
    return t is not None and t[m.start : m.end] == m.text
