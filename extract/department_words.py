"""The words that name a university's departments and schools (`컴퓨터공학과`, `전기및전자공학부`,
`인공지능대학원`), shared by the form rules (`extract.patterns`) and the linking of departments to
their university (`extract.departments`)."""

from __future__ import annotations

import re

from extract.mentions import JOSA, LEFT

DEPT_SUFFIX = r"(?:학과|학부|대학원)"
DEPT_WORD = re.compile(  # 전기 및 전자공학부: one department
    rf"{LEFT}((?:[가-힣]{{1,6}}\s?및\s?)?[가-힣A-Za-z][가-힣A-Za-z0-9]{{1,16}}{DEPT_SUFFIX})(?=\s?\(|[^가-힣\s]|\s+\d|$|\s+(?:연구|교수|소속|등(?![가-힣])|[가-힣]{{2,4}}\s?교수)|(?:{JOSA}))"
)
# between a university and its department: nothing, a space, or the school level (`경북대 대학원 인공지능학과`)
SCHOOL_GAP = re.compile(r"\s?(?:(?:일반)?대학원\s|공과대학\s)?")
GENERIC_DEPT_STEMS = {
    "일반", "전문", "특수", "해외", "국내", "소속", "해당", "관련", "같은", "전공", "명문", "주요", "상위",
    "대학", "본", "타", "각", "동", "모", "전체", "여러", "다른", "신설", "산하", "부설", "공동",
}  # fmt: skip
DEPT_SUFFIX_ANYWHERE = re.compile(DEPT_SUFFIX)
