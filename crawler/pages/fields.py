"""Field processors shared by the generic parser and the site adapters: pure functions on strings.

- `clean_whitespace`: one line of text, spaces collapsed, invisible characters gone.
- `parse_kst_datetime`: any date a Korean news page, feed or sitemap writes → KST-aware datetime.
- `strip_title_suffix`: `제목 | 한국일보` → `제목`.
- `clean_author_names`: `가상일보=홍길순 기자`, `홍길동 기자 (hong@x.kr) 외 1명` → `["홍길순"]`, `["홍길동"]`.
- `clean_body`: article text → one paragraph per line, Korean news boilerplate removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache

from output.schema import KST

# --- whitespace --------------------------------------------------------------------------

_INVISIBLE = re.compile(r"[\u200b-\u200f\u2028\u2029\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")


def clean_whitespace(text: str | None) -> str:
    """Collapse runs of spaces (NBSP, ideographic space…) and line breaks into one space; strip."""
    if not text:
        return ""
    text = _INVISIBLE.sub("", text)
    return _SPACES.sub(" ", " ".join(text.split())).strip()


def clean_lines(text: str | None) -> list[str]:
    """The non-empty lines of a text, each with its whitespace cleaned."""
    if not text:
        return []
    lines = (clean_whitespace(line) for line in _INVISIBLE.sub("", text).splitlines())
    return [line for line in lines if line]


# --- dates -------------------------------------------------------------------------------

# Labels written before a date on Korean pages: `입력 2022.01.26 14:03`, `기사입력 :2011/04/05`…
_DATE_LABEL = re.compile(
    r"^(?:기사\s*)?(?:최초\s*)?(?:입력|승인|수정|등록|발행|게재|송고|작성|업데이트|최종\s*수정|"
    r"published|posted|updated|modified)(?:일|일시|시간)?\s*[:：]?\s*",
    re.IGNORECASE,
)
_KOREAN_DATE = re.compile(
    r"(?P<y>\d{4})\s*(?:[./-]|년)\s*(?P<m>\d{1,2})\s*(?:[./-]|월)\s*(?P<d>\d{1,2})\s*(?:일|\.)?"
    r"(?:\s*\([월화수목금토일]\))?"
    r"(?:[\sT]*(?P<ampm>오전|오후|AM|PM|am|pm)?\s*(?P<H>\d{1,2})\s*(?::|시)\s*(?P<M>\d{1,2})\s*분?"
    r"(?:\s*(?::|분)?\s*(?P<S>\d{1,2})\s*초?)?(?:\.\d+)?\s*(?P<ampm2>오전|오후|AM|PM|am|pm)?)?"
)
_ISO_LIKE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$")
_RFC822 = re.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}")


def to_kst(value: datetime) -> datetime:
    """A datetime in KST: naive values are read as KST, aware ones converted."""
    if value.tzinfo is None or value.utcoffset() is None:
        return value.replace(tzinfo=KST)
    return value.astimezone(KST)


def _hour_24(hour: int, ampm: str | None) -> int:
    """오전/AM 12 → 0; 오후/PM 1–11 → 13–23; 오후 12 stays 12 (noon)."""
    if not ampm:
        return hour
    if ampm.lower() in {"오전", "am"}:
        return 0 if hour == 12 else hour
    return hour if hour == 12 else hour + 12


def _korean_datetime(text: str) -> datetime | None:
    match = _KOREAN_DATE.search(text)
    if not match:
        return None
    parts = match.groupdict()
    hour = int(parts["H"]) if parts["H"] else 0
    hour = _hour_24(hour, parts["ampm"] or parts["ampm2"])
    try:
        return datetime(
            int(parts["y"]),
            int(parts["m"]),
            int(parts["d"]),
            hour,
            int(parts["M"] or 0),
            int(parts["S"] or 0),
            tzinfo=KST,
        )
    except ValueError:
        return None


def parse_kst_datetime(text: str | None, *, strict: bool = False) -> datetime | None:
    """Read a date as Korean news sites write it; KST-aware (naive means KST), None when unreadable.

    Handles ISO 8601 (`2020-08-27T20:27:29+09:00`, `.000+0900`, no zone), RFC 822 (`+0900`, `GMT`),
    `입력 2022.01.26 14:03`, `2024.05.30. 오전 11:40`, `2022-01-26 오후 2:03`, `입력 :2011/04/05 15:23`,
    `2022년 1월 26일 14시 3분`; anything else with a digit goes to dateparser (Korean and English). A date KST
    cannot hold (`31 Dec 9999 23:00 GMT`) is None, or with `strict` an OverflowError.
    """
    try:
        return _parse_kst_datetime(text)
    except OverflowError:
        if strict:
            raise
        return None


def _parse_kst_datetime(text: str | None) -> datetime | None:
    if not text:
        return None
    cleaned = _DATE_LABEL.sub("", clean_whitespace(text))
    if not cleaned:
        return None
    if _ISO_LIKE.match(cleaned):
        try:
            return to_kst(datetime.fromisoformat(cleaned))
        except ValueError:
            pass
    if _RFC822.match(cleaned):
        try:
            return to_kst(parsedate_to_datetime(cleaned))
        except (TypeError, ValueError):
            pass
    found = _korean_datetime(cleaned)
    if found is not None:
        return found
    if not any(
        c.isdigit() for c in cleaned
    ):  # no date (a byline, a label): dateparser would take ms to say so
        return None
    return _dateparser_datetime(cleaned)


def _dateparser_datetime(text: str) -> datetime | None:
    import dateparser  # ~0.1 s to import: only when a date has none of the forms read above

    parsed = dateparser.parse(
        text,
        languages=["ko", "en"],
        settings={"TIMEZONE": "Asia/Seoul", "RETURN_AS_TIMEZONE_AWARE": True, "PREFER_DATES_FROM": "past"},
    )
    return to_kst(parsed) if parsed is not None else None


# --- titles ------------------------------------------------------------------------------

_TITLE_SEPARATOR = r"(?:\s+[-–—|:·]\s+|\s*[|ㅣ｜]\s*|\s*::\s*|-)"
# Publisher-looking last segments: `- 매일경제`, `| 전자신문`, `: 네이버 뉴스`, `- 조선닷컴 - 스포츠 > 포토`.
_PUBLISHER_WORD = re.compile(
    r"(?:뉴스|일보|신문|경제|닷컴|타임스|타임즈|미디어|데일리|방송|저널|투데이|코리아|네트워크|\.com|\.co\.kr|\.net|"
    r"news|times|daily|korea|tv)(?:\s*\d+)?$",
    re.IGNORECASE,
)
_AGGREGATOR_SUFFIXES = (
    "네이버 뉴스",
    "네이버뉴스",
    "다음 뉴스",
    "다음뉴스",
    "Daum 뉴스",
    "네이트 뉴스",
    "네이버",
)


@lru_cache(maxsize=512)
def _suffix_pattern(name: str) -> re.Pattern[str]:
    """A headline ending in the site name: `제목 - 조선닷컴 - 스포츠 > 포토`, `제목-정치ㅣ한국일보`, `제목 | 한국일보`."""
    return re.compile(
        rf"^(?P<head>.+?)(?:-[^\s|ㅣ｜\-–—]{{1,8}})?{_TITLE_SEPARATOR}{re.escape(name)}"
        rf"(?:{_TITLE_SEPARATOR}.{{0,30}})?$"
    )


def strip_title_suffix(title: str | None, publisher: str | Iterable[str] | None = None) -> str:
    """A headline without the site name the page appends (`제목 | 한국일보`, `제목-정치ㅣ한국일보`)."""
    title = clean_whitespace(title)
    if not title:
        return ""
    names = [publisher] if isinstance(publisher, str) else list(publisher or [])
    names = [clean_whitespace(n) for n in [*names, *_AGGREGATOR_SUFFIXES] if n and clean_whitespace(n)]
    for name in sorted(set(names), key=len, reverse=True):
        match = _suffix_pattern(name).match(title)
        if match and len(match.group("head")) >= 2:
            return match.group("head").strip()
    # No known name: drop one last ` - X` / ` | X` segment when X looks like a publisher.
    match = re.match(
        r"^(?P<head>.+?)(?:\s+(?:[-–—|:]|::)\s+|\s*[|ㅣ｜]\s*)(?P<tail>[^|ㅣ｜\-–—:]{1,20})$", title
    )
    if match and _PUBLISHER_WORD.search(match.group("tail").strip()):
        return match.group("head").strip()
    return title


# --- authors -----------------------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"https?://\S+")
_ROLE = (
    r"(?:수석\s*|선임\s*|전문\s*|객원\s*|인턴\s*|사진\s*|영상\s*|취재\s*|편집\s*|대기\s*)?"
    r"(?:기자|특파원|논설위원|편집위원|전문위원|칼럼니스트|리포터|에디터|통신원|PD)"
)
_NAME_BEFORE_ROLE = re.compile(rf"((?:[가-힣]{{2,4}}\s*[,·、/]\s*)*[가-힣]{{2,4}})\s*{_ROLE}(?![가-힣])")
_NAME_SPLIT = re.compile(r"\s*(?:[,·、/&;]|\s및\s|\band\b)\s*")
_HANGUL_NAME = re.compile(r"^[가-힣]{2,4}$")
_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z.'-]*(?:\s[A-Za-z][A-Za-z.'-]*){0,3}$")
_NOT_NAMES = frozenset(
    {"기자", "특파원", "뉴스", "연합뉴스", "뉴시스", "뉴스1", "편집국", "온라인", "디지털뉴스부"}
)


def _scrub_author_text(text: str) -> str:
    text = _URL.sub(" ", _EMAIL.sub(" ", clean_whitespace(text)))
    text = re.sub(r"외\s*\d+\s*(?:명|인)", " ", text)  # `홍길동 기자 외 1명`
    text = re.sub(r"[\[\]()<>{}【】]", " ", text)
    return re.sub(r"^[^=]{1,20}=\s*", "", text.strip())  # `가상일보=홍길순 기자`


def clean_author_names(raw: str | Iterable[str] | None, *, exclude: Iterable[str] = ()) -> list[str]:
    """Reporter names from a byline or a list of them: no 기자, no e-mail, no `외 1명`, no duplicates.

    `exclude` names that are not people on this page (the publisher, e.g. `뉴스타파`).
    """
    if raw is None:
        return []
    not_names = _NOT_NAMES | {clean_whitespace(name) for name in exclude}
    items = [raw] if isinstance(raw, str) else list(raw)
    names: list[str] = []
    for item in items:
        text = _scrub_author_text(item or "")
        found: list[str] = []
        if re.search(_ROLE, text):
            for group in _NAME_BEFORE_ROLE.findall(text):
                found.extend(_NAME_SPLIT.split(group))
        else:
            for piece in _NAME_SPLIT.split(text):
                piece = piece.strip(" =-")
                if _HANGUL_NAME.match(piece) or _LATIN_NAME.match(piece):
                    found.append(piece)
                elif re.fullmatch(r"[가-힣]{2,4}(?:\s+[가-힣]{2,4})+", piece):
                    found.extend(piece.split())  # `홍길동 김철수`
        for name in found:
            name = name.strip()
            if name and name not in not_names and name not in names:
                names.append(name)
    return names


# --- body --------------------------------------------------------------------------------

# `[서울=뉴시스]`, `[부산=가상일보 홍길순 기자]`, `(서울=연합뉴스) 홍길동 기자 =`, `[아이뉴스24 홍길동 기자]`
_DATELINE = re.compile(
    r"^\s*(?:[\[(【〔]\s*(?:[^\])】〕=]{1,20}=[^\])】〕]{0,30}|[^\])】〕]{0,30}(?:기자|특파원))\s*[\])】〕]"
    rf"(?:\s*(?:[가-힣]{{2,4}}\s*)?(?:{_ROLE})?\s*(?:\(?{_EMAIL.pattern}\)?)?\s*=)?\s*)"
)
_EMAIL_IN_PARENS = re.compile(rf"\s*[(\[<]\s*{_EMAIL.pattern}\s*[)\]>]")
_NAMES = r"(?:[가-힣]{2,4}\s*[,·]\s*)*[가-힣]{2,4}"
_BYLINE_LINE = re.compile(
    rf"^[/\-=\s]*(?:[가-힣]{{1,10}}=)?{_NAMES}\s*{_ROLE}\s*(?:\(?{_EMAIL.pattern}\)?)?"
    rf"(?:\s*[/,]\s*{_NAMES}\s*{_ROLE}\s*(?:\(?{_EMAIL.pattern}\)?)?)*(?:\s*외\s*\d+\s*명)?\s*$"
)
_COPYRIGHT = re.compile(
    r"무단\s*전재|재배포\s*금지|재판매\s*및\s*DB\s*금지|AI\s*학습\s*(?:및\s*)?활용\s*금지|저작권자|"
    r"Copyright|All\s+rights\s+reserved|[ⓒ©]\s*\S+",
    re.IGNORECASE,
)
_CAPTION_LINE = re.compile(
    r"^\s*(?:[▲△▶►☞]|\[?사진\s*[=:]|<사진|\(사진\s*=|사진\s*제공|/?\s*사진\s*=|그래픽\s*=)"
)
_CAPTION_INLINE = re.compile(r"\s*[(\[<]\s*(?:사진|그래픽|자료|출처|영상)\s*[=:][^)\]>]{0,60}[)\]>]")
_WIDGET_WORDS = re.compile(
    r"공유하기|페이스북|트위터|카카오(?:톡|스토리)|URL\s*복사|링크\s*복사|댓글|좋아요|추천\s*\d*|구독|"
    r"글자\s*크기|인쇄|스크랩|기사\s*제보|제보하기|관련\s*기사|많이\s*본\s*뉴스|이\s*기사를\s*추천|100자평|"
    r"SNS\s*공유|북마크|본문\s*듣기|번역하기|Facebook|Twitter|share|(?:URL|주소|링크)이?\s*복사되었습니다",
    re.IGNORECASE,
)
_RELATED_HEADER = re.compile(
    r"^\s*[\[<【]?\s*(?:관련\s*기사|관련\s*뉴스|함께\s*볼만한|추천\s*기사|많이\s*본)"
)
_TIP_LINE = re.compile(r"제보는?\s*(?:카카오톡|카톡|이메일|전화)|카톡\s*okjebo|뉴스\s*제보|기사\s*제보")


def _is_widget_line(line: str) -> bool:
    """A short line made of share/comment/subscribe words (`페이스북 공유`, `댓글 3`, `구독`)."""
    if len(line) > 30 or not _WIDGET_WORDS.search(line):
        return False
    rest = re.sub(r"[\W\d_]+", "", _WIDGET_WORDS.sub("", line))
    return len(rest) <= 4


# `…처리했다.부산=홍길순 기자 hong@example.com` (a byline glued to the last sentence)
_TRAILING_BYLINE = re.compile(
    rf"\s*/?\s*(?:[가-힣]{{1,10}}=)?(?:[가-힣]{{2,4}}\s*[,·]\s*)*[가-힣]{{2,4}}\s*{_ROLE}\s*\(?{_EMAIL.pattern}\)?$"
)
# A line that only carries a date: `입력 2020.08.27 20:27`, `수정 2020.08.27 21:00 | 승인 …`
_DATE_ONLY_LINE = re.compile(
    r"^[-·•*]?\s*(?:(?:기사\s*)?(?:입력|승인|수정|등록|발행|게재|송고|업데이트|최종\s*수정)\s*[:：]?\s*"
    r"\d{4}[./-]\s*\d{1,2}[./-]\s*\d{1,2}\.?\s*(?:(?:오전|오후)\s*)?(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*[|/·]?\s*)+$"
)


def _is_inline_caption_line(line: str) -> bool:
    """A short line carrying `(사진=…)` that is a caption, not a sentence (no `…다.` ending)."""
    if len(line) >= 150 or not _CAPTION_INLINE.search(line):
        return False
    rest = _CAPTION_INLINE.sub("", line).strip()
    return not re.search(r"[다요죠][.!?\"”’']*$", rest) or bool(
        re.search(r"\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?", rest)
    )


def _is_boilerplate_line(line: str) -> bool:
    if _DATE_ONLY_LINE.match(line):
        return True
    if _COPYRIGHT.search(line) and len(line) < 120:
        return True
    if _BYLINE_LINE.match(line):
        return True
    if len(line) < 200 and _EMAIL.search(line) and len(_EMAIL.sub("", line).strip()) <= 25:
        return True  # `hong@x.kr`, `◎공감언론 뉴시스 hong@newsis.com`
    if _CAPTION_LINE.match(line) or _is_inline_caption_line(line):
        return True
    if _TIP_LINE.search(line) and len(line) < 120:
        return True
    return _is_widget_line(line)


def clean_body(text: str | None) -> str:
    """Article text with Korean boilerplate removed, one paragraph per line.

    Drops datelines (`[서울=뉴시스]`), byline and e-mail lines, photo captions (`▲ …`, `(사진=…)`),
    copyright lines (`무단전재 및 재배포 금지`, `*재판매 및 DB 금지`, `저작권자 ©`), share and
    comment widgets, and related-article boxes (everything from a `관련기사` header to the end).
    """
    kept: list[str] = []
    for line in clean_lines(text):
        if _RELATED_HEADER.match(line) and len(line) <= 30 and kept:
            break
        if not kept:
            line = _DATELINE.sub("", line).strip()
        # Each `in` test is what the pattern after it needs to match (an e-mail's `@`, a caption's
        # `=` or `:`): tried at every position of every line, they cost a fifth of a page's parse.
        line = (_TRAILING_BYLINE.sub("", line) if "@" in line else line).strip()
        if not line or _is_boilerplate_line(line):
            continue
        if "@" in line:
            line = _EMAIL_IN_PARENS.sub("", line)
        if "=" in line or ":" in line:
            line = _CAPTION_INLINE.sub("", line)
        kept.append(line.strip())
    return "\n".join(kept)


def byline_names(text: str | None) -> list[str]:
    """Reporter names written in a body: its dateline (`[서울=뉴시스] 홍길동 기자 =`) or byline lines."""
    lines = clean_lines(text)
    candidates: list[str] = []
    if lines:
        dateline = _DATELINE.match(lines[0])
        if dateline:
            candidates.append(dateline.group(0))
    for line in lines:
        trailing = _TRAILING_BYLINE.search(line) if "@" in line else None
        if _BYLINE_LINE.match(line) and re.search(_ROLE, line):
            candidates.append(line)
        elif trailing:
            candidates.append(trailing.group(0))
    return clean_author_names(candidates)
