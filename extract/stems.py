"""Stems that make no name: common words before an organization suffix.

`연구대학` (a research university), `명문대학`, `생산기술연구소`, `디스플레이연구소`, `지방의료원` end like an
organization but name a kind of one, or a company's unit named by its field. A stem is generic when
it can be read whole as a run of the common words below (`생산` + `기술`, `차세대` + `디스플레이`);
a name has a word of its own (`누리`, `새솔`, `한양`). Written right after its company a field-named
unit is that company's unit (`extract.patterns.units_of_known`); alone it is no organization.
"""

from __future__ import annotations

from functools import cache

GENERIC_STEM_WORDS = frozenset(
    {
        # kinds and ranks of schools and institutions
        "연구", "교육", "명문", "사립", "국립", "공립", "시립", "도립", "지방", "지역", "거점", "종합", "전문",
        "일류", "유수", "주요", "해외", "외국", "세계", "국내", "대형", "중소", "신흥", "상위", "최고", "선도",
        "혁신", "중앙", "부속", "협력", "공공", "상급", "대학", "기업", "민간", "정부", "국책", "산하", "부설",
        # fields a company's unit is named by
        "디스플레이", "반도체", "메모리", "파운드리", "생산", "기술", "소재", "부품", "공정", "설비", "장비",
        "기초", "응용", "융합", "첨단", "차세대", "소프트웨어", "하드웨어", "통신", "제품", "품질",
        "디자인", "전략", "경영", "경제", "산업", "의료", "임상", "생명", "화학", "에너지", "배터리", "전지",
        "자동차", "로봇", "시스템", "데이터", "인공지능", "지능", "패키지", "패키징", "회로", "설계", "선행",
        "개발", "신소재", "재료", "광학", "모바일", "네트워크", "보안", "환경", "안전", "바이오", "제약",
    }
)  # fmt: skip
_LONGEST = max(len(w) for w in GENERIC_STEM_WORDS)


@cache
def generic_stem(stem: str) -> bool:
    """Whether `stem` is one or more common words and nothing else (`생산기술`, `연구`, `디스플레이`)."""
    if not stem:
        return False
    reach = [True] + [False] * len(stem)  # reach[i]: stem[:i] splits into common words
    for i in range(len(stem)):
        if reach[i]:
            for j in range(i + 1, min(len(stem), i + _LONGEST) + 1):
                if stem[i:j] in GENERIC_STEM_WORDS:
                    reach[j] = True
    return reach[-1]
