"""Spokespeople: the owner of `우리` in a quote is the organization whose spokesperson speaks (`카카오
관계자는 "… 우리 ACL 논문 4편도 …"`), not an organization the quote talks about (`"메타는 한 학회에
50편 넘게 낸다"`); a parent's spokesperson (`삼성전자 관계자는 …`) reports its unit's papers, not its own."""

from __future__ import annotations

import re

from extract.linking.sentences import Sentence
from extract.linking.state import Doc, Fact
from extract.matcher import EntityMention
from extract.numerals import CountMatch

_QUOTE_OPEN = re.compile(r"[\"“]")
_WE = re.compile(r"(?<![가-힣])우리(?:의|는|가|도|\s*(?:회사|연구원|연구소|학교|대학|팀|연구진|측))?\s")
# the speaker: an organization followed by its spokesperson (`카카오 관계자는`, `네이버 측은`, `KAIST 총장은`)
_SPOKESPERSON = re.compile(
    r"\s*(?:[가-힣A-Za-z]{1,8}\s+){0,2}?(?:관계자|측|대표|센터장|연구원장|원장|총장|소장|책임자|부사장|사장)"
    r"(?:은|는|이|가|도)?(?![가-힣])"
)


def _we_in_quote(text: str, s: Sentence, cm: CountMatch) -> tuple[list[int], re.Match[str]] | None:
    """Where the quotes before a count open, and the last `우리` after the last of them, when the
    count stands inside a quote with `우리` before it; else None."""
    opened = [m.start() for m in _QUOTE_OPEN.finditer(text, s.start, cm.start)]
    straight = text.count('"', s.start, cm.start) % 2 == 1
    curly = text.count("“", s.start, cm.start) > text.count("”", s.start, cm.start)
    if not opened or not (straight or curly):
        return None  # the count is not inside a quote
    we = [m for m in _WE.finditer(text, opened[-1], cm.start)]
    return (opened, we[-1]) if we else None


def speaker_of_we(text: str, s: Sentence, cm: CountMatch) -> EntityMention | None:
    """The speaking organization when the count is the quote's `우리 … N편`, with no organization
    named between `우리` and the count; else None."""
    quoted = _we_in_quote(text, s, cm)
    if quoted is None:
        return None
    opened, we = quoted
    if any(e.kind == "org" and we.start() <= e.start < cm.start for e in s.entities):
        return None
    speakers = [
        e
        for e in s.entities
        if e.kind == "org" and e.end <= opened[0] and _SPOKESPERSON.match(text, e.end, opened[0])
    ]
    return speakers[-1] if speakers else None


_SIDE_AFTER = re.compile(r"\s?(?:관계자|측|대변인)(?:은|는|이|가|도|에\s?따르면)?(?![가-힣])")


def speaks_for_unit(
    doc: Doc, subject: EntityMention | None, org: EntityMention, facts: list[Fact], announces: bool = False
) -> bool:
    """Whether `org` is written as the side or spokesperson (`삼성전자 관계자는`, `삼성전자 측은`) of a parent of
    the article's current subject (`삼성리서치`), or as the subject of a sentence that only announces
    (`announces`: `LG는 … 선보인다고 밝혔다`, no count), and no count so far was the parent's own
    (`삼성전자는 올해 40편 …` makes `삼성전자 관계자는 "지난해 31편"` Samsung's): what it reports is the unit's."""
    return (
        subject is not None
        and org.id in doc.lineage(subject.id)[1:]
        and (announces or _SIDE_AFTER.match(doc.fields[org.field], org.end) is not None)
        and not any(f.org_id == org.id for f in facts)
    )


# a parent relaying what the sentence before said of its unit (`LG는 19일 이같이 밝히며 정규 논문이 여섯 편`)
# or what it announced of them (`LG가 이날 밝힌 발표 논문 구성은 정규 논문 여섯 편`)
RELAYS = re.compile(
    r"(?:이같이|이와\s?같이|이\s?같은\s?내용을)\s?(?:밝히|발표하|설명하|전하)"
    r"|(?:밝힌|발표한|공개한|전한|설명한)\s(?:[가-힣]+\s){0,2}?(?:구성|내용|내역|현황|명단|목록)(?:은|는|을|에)"
)
# a sentence that reports what was said (`… 선보인다고 이날 밝혔다`)
ANNOUNCES = re.compile(r"(?:밝혔|말했|전했|설명했|발표했|알렸)다\.?['\"”’]?\s*$")


# a speaker from an organization the text does not name (`한 경쟁 게임사 관계자는`, `다른 기업 임원은`)
_UNNAMED_SPEAKER = re.compile(
    r"(?<![가-힣])(?:한|다른|경쟁|타|어느)\s?[가-힣A-Za-z\s]{0,20}?(?:관계자|임원|연구원|담당자|연구자)(?:는|은|가|이)\s*['\"“]?$"
)


def unnamed_speakers_we(text: str, s: Sentence, cm: CountMatch) -> bool:
    """Whether the count is the quote's `우리 … N편` and the speaker is from an organization the text
    does not name (`한 경쟁 게임사 연구 조직 관계자는 "우리도 지난해 ICML에 2편을 냈지만 …"`): no one's we can name."""
    quoted = _we_in_quote(text, s, cm)
    return quoted is not None and _UNNAMED_SPEAKER.search(text, s.start, quoted[0][-1] + 1) is not None


# a news outlet's name (`…신문`, `…일보`, `EE타임스재팬`) or a committee's (`ISSCC 한국위원회`,
# `프로그램위원회`): a source, never an owner of papers
# a news outlet, a committee or a firm that rates companies by data (`CEO스코어`, `리더스인덱스`) by its name
_SOURCE_NAME = re.compile(
    r"(?:신문|일보|타임스|타임즈|뉴스|방송|통신사)(?:재팬|코리아|아시아)?$|위원회$|스코어$|인덱스$"
)


def reports_only(doc: Doc, org: EntityMention) -> bool:
    """Whether the organization only reports others' papers: a ministry or a public agency (gazetteer
    type `government`), or a news outlet, a committee or a data firm by its name (`니혼게이자이신문이 집계한`,
    `EE타임스재팬에 따르면`, `ISSCC 한국위원회는`, `CEO스코어는`)."""
    entry = doc.gaz.organizations.get(org.id)
    return (entry is not None and entry.type == "government") or any(
        _SOURCE_NAME.search(name) for name in (org.name, org.text)
    )
