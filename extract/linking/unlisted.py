"""A conference the gazetteer lacks, written where a count's conference would be.

A fact with no conference says "the text names none". When the sentence does name one the gazetteer
does not know (`SITC에서 3편`, `‘2023 미국면역항암학회(SITC)’에서`, `ABCD 2024에 2편`), that is wrong:
the fact either has no conference it should have, or one carried from an earlier sentence that is
not this count's. `assign_confidence` keeps such facts below the default threshold.
"""

from __future__ import annotations

import re

from extract.linking.cues import UNLISTED_EDITION
from extract.linking.sentences import Sentence
from extract.numerals import CountMatch

_VENUE = r"(?:학회|학술\s?대회|심포지엄|컨퍼런스|콘퍼런스|연례\s?(?:학술\s?)?(?:대회|회의|총회)|총회|회의)"
# an acronym in a conference's slot: before a place particle or a venue word, with a year, or in
# parentheses after a described venue (`면역항암학회(SITC)`); `ICRA2023` glued to its year; its
# English name may stand in parentheses between (`ABCD(International Conference on …)에서`)
_EXPANSION = r"(?:\s?\((?:The\s)?[A-Z][A-Za-z&\-]*(?:\s[A-Za-z&\-]+){1,12}\))?"
_ACRONYM = re.compile(
    r"(?<![A-Za-z0-9&\-])(?P<acr>[A-Z][A-Z0-9&\-]{2,9})(?![A-Za-z])"
    rf"(?={_EXPANSION}\s?(?:['’”\"]?\s?)?(?:(?:19|20)\d{{2}}|'\d{{2}})?\s?['’”\"]?\s?(?:(?:에서|에|서|로부터)(?!의)|\s?{_VENUE}))"
)
# a product or compound code: letters then digits that are no year (`YH25448`, `HM43239`, `BR101801`)
_CODE = re.compile(r"[A-Z]{1,5}(?!(?:19|20)\d{2}$)\d{3,}")
_ACRONYM_AFTER_VENUE = re.compile(rf"{_VENUE}\s?\(\s?(?P<acr>[A-Z][A-Z0-9&\-]{{2,9}})\s?[),]")
_YEAR_THEN_ACRONYM = re.compile(
    r"(?<![\d])(?:19|20)\d{2}\s?(?:년\s?)?(?P<acr>[A-Z][A-Z0-9&\-]{2,9})(?![A-Za-z])"
)
# acronyms that take 에서/에 in news and are no venue: fields, indexes, chips, shows without papers
_NOT_VENUE = frozenset({
    "AI", "IT", "ICT", "SCI", "SCIE", "SSCI", "KCI", "SCOPUS", "GPU", "CPU", "NPU", "TPU", "HBM", "DRAM",
    "NAND", "SSD", "LLM", "API", "SNS", "CEO", "CTO", "CFO", "R&D", "PC", "SW", "HW", "VR", "AR", "XR",
    "MR", "IOT", "USB", "LTE", "NFT", "ESG", "GDP", "IPO", "KOSPI", "KOSDAQ", "CES", "MWC", "IFA", "GTC",
    "COMPUTEX", "SEMICON", "ARXIV", "OECD", "UN", "WHO", "FDA", "EMA", "MFDS", "IEEE", "ACM", "LCD",
    "OLED", "LED", "UHD", "QLED", "TV", "SOC", "AP", "ADAS", "EUV", "DDR", "LPDDR", "GDDR", "PIM", "CXL",
    "MRI", "CT", "PET", "DNA", "RNA", "MRNA", "ADC", "TIL", "EGFR", "AUC", "DBT", "ML", "DL", "NLP", "CV", "RL",
    "LBW", "SRC", "SIG",  # a conference's tracks: late-breaking work, student research competition, interest groups
})  # fmt: skip
# a described venue with a region before it (`미국면역항암학회`, `유럽 혈액학회`), or a Korean society's
# meeting (`대한내과학회 추계학술대회`, `한국물리학회`): a named one, unless it only names a field
# (`국제 AI 학회`: many conferences)
_DESCRIBED = re.compile(
    r"(?<![가-힣])(?:미국|유럽|북미|세계|아시아|아태|아시아태평양|범아시아|국제|일본|중국|영국|독일|캐나다|호주|대한|한국)"
    rf"\s?(?P<stem>[가-힣]{{2,12}}?){_VENUE}(?=에서|에|서|로부터|\(|['’”\"]|\s|$)"
)

_FIELD_ONLY = re.compile(
    r"(?:반도체|인공지능|컴퓨터|전자|전기|정보|통신|의학|의료|과학|공학|기술|학술|최고|최대|유명|주요|저명|권위|대표|종합|관련)+"
)


# a name in quotes as the count's place (`'사이언티픽 데이터'에 2편`, `'ABC 워크숍'에서 논문 3편`)
_QUOTED_PLACE = re.compile(r"['‘\"“](?P<name>[^'’\"”\n]{2,40})['’\"”]\s?(?:에서|에|서)\s?(?:논문\s?)?$")


def names_unlisted_venue(text: str, s: Sentence, cm: CountMatch, since: int | None = None) -> bool:
    """Whether the count's sentence names, before the count (after `since`, when given) or as its
    place right after it, a conference the gazetteer does not list (no entity covers the name)."""
    taken = [(e.start, e.end) for e in s.entities]
    start = s.start if since is None else max(s.start, since)
    end = min(s.end, cm.end + 30)
    quoted = _QUOTED_PLACE.search(text, max(start, cm.start - 50), cm.start)
    if quoted is not None and not _covered(taken, quoted.start("name"), quoted.end("name")):
        return True  # a journal or a venue the gazetteer lacks, named in quotes as the count's place
    for m in UNLISTED_EDITION.finditer(text, start, end):
        if not _covered(taken, m.start(), m.end()):
            return True  # `'Agents4Science 2025'`, not a listed `‘CVPR 2022’`
    for rx in (_ACRONYM, _ACRONYM_AFTER_VENUE, _YEAR_THEN_ACRONYM):
        for m in rx.finditer(text, start, end):
            if m.start("acr") >= cm.end and not _is_place_after(text, cm, m.start("acr")):
                continue
            if m.group("acr").upper() in _NOT_VENUE or _covered(taken, m.start("acr"), m.end("acr")):
                continue
            if _CODE.fullmatch(m.group("acr")):
                continue  # `YH25448에 관한 연구`: a drug candidate's code, not a venue
            if rx is _YEAR_THEN_ACRONYM and _edition_of_listed(text, taken, m.start()):
                continue  # `ICML 2023 DMLR 워크숍`: a part of the listed conference's edition
            return True
    for m in _DESCRIBED.finditer(text, start, cm.start):
        if not _FIELD_ONLY.fullmatch(m.group("stem")) and not _covered(taken, m.start(), m.end()):
            # `미국흉부학회(ATS)`: the listed acronym in parentheses names it
            glossed = re.match(r"\s?\(\s?", text[m.end() : m.end() + 3])
            if glossed is None or not _covered(taken, m.end() + glossed.end(), m.end() + glossed.end() + 1):
                return True
    return False


def _edition_of_listed(text: str, taken: list[tuple[int, int]], year_at: int) -> bool:
    """Whether the year at `year_at` is a listed conference's edition (`ICML 2023 …`)."""
    return any(b <= year_at and not text[b:year_at].strip(" '‘’\"") for _, b in taken)


def _is_place_after(text: str, cm: CountMatch, at: int) -> bool:
    """An acronym right after the count, as the place of its clause (`3편을 SITC에서 발표`)."""
    return re.fullmatch(r"[^,.]{0,12}?\s", text[cm.end : at]) is not None


def _covered(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in taken)
