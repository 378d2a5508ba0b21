"""Property tests: no input crashes the extractor, offsets point at their text, output is stable."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract, extract_many
from extract.kiwi_runtime import chunk_starts, tokenize_many
from extract.numerals import find_counts, parse_number
from output.schema import Extraction
from tests.extract.conftest import SMALL_MATCHER

HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
MIXED = st.one_of(
    HANGUL,
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.sampled_from(list("\n\t\r\x00\x0b\x1f\u200b\ufeff…·‘’“”()%~-,.")),
    st.characters(),
)
PIECES = st.sampled_from(
    [
        "네이버", "클로바", "카카오브레인", "KAIST", "카이스트", "라인", "삼성전자", "구글", "ICLR", "CVPR 2022",
        "뉴립스", "인터스피치(Interspeech) 2021", "논문", "학회", "각각", "포함하면", "총", "지난해", "올해", "는 ",
        "가 ", "와 ", "·", ", ", "(", ")", "12편", "3개", "40건", "두 자릿수", "1만2000", "열두 편", "약", "이상",
        "9편 중 5편", "그 가운데", "25개 학회", "교수는", "한국이", "미국(71편)", "%", ".", "\n", "…", " ",
    ]
)  # fmt: skip
TEXT = st.one_of(st.text(MIXED, max_size=300), st.lists(PIECES, max_size=60).map("".join))
DATES = st.one_of(
    st.none(), st.sampled_from(["2022-01-26", "2019-11-18T09:00:00+09:00", "bad", "", "0001-01-01"])
)


def _check_offsets(record: dict[str, str | None], result: Extraction) -> None:
    def ok(field: str, start: int, end: int, text: str) -> None:
        value = record[field]
        assert value is not None and 0 <= start <= end <= len(value) and value[start:end] == text

    for org in result.organizations:
        for m in org.mentions:
            ok(m.field, m.start, m.end, m.text)
    for conf in result.conferences:
        for m in conf.mentions:
            ok(m.field, m.start, m.end, m.text)
    for fact in result.paper_counts:
        ok(fact.evidence.field, fact.evidence.start, fact.evidence.end, fact.evidence.text)
        if fact.organization_mention is not None:
            m = fact.organization_mention
            ok(m.field, m.start, m.end, m.text)


@settings(max_examples=200, deadline=None)
@given(text=TEXT, title=st.one_of(st.none(), TEXT), published_at=DATES)
def test_never_crashes_offsets_hold_and_output_is_stable(
    text: str, title: str | None, published_at: str | None
) -> None:
    first = extract(text, title=title, published_at=published_at, matcher=SMALL_MATCHER)
    _check_offsets({"text": text, "title": title}, first)
    again = extract(text, title=title, published_at=published_at, matcher=SMALL_MATCHER)
    assert first.model_dump(mode="json") == again.model_dump(mode="json")
    json.dumps(first.model_dump(mode="json"), ensure_ascii=False)
    Extraction.model_validate(first.model_dump(mode="json"))  # the output satisfies the schema


@settings(max_examples=40, deadline=None)
@given(texts=st.lists(TEXT, min_size=1, max_size=6))
def test_batch_equals_one_by_one(texts: list[str]) -> None:
    batch = extract_many(texts, matcher=SMALL_MATCHER)
    single = [extract(t, matcher=SMALL_MATCHER) for t in texts]
    assert [b.model_dump() for b in batch] == [s.model_dump() for s in single]


@settings(max_examples=200, deadline=None)
@given(text=st.text(MIXED, max_size=200))
def test_numerals_never_crash(text: str) -> None:
    parse_number(text)
    for c in find_counts(text):
        assert text[c.start : c.end] == c.text
        assert c.count is None or c.count >= 0


def test_one_megabyte_text() -> None:
    unit = "네이버는 올해 CVPR에서 논문 12편을 발표했다. 이번 학회에는 논문 9000편이 제출됐다. "
    text = unit * (1_000_000 // len(unit.encode("utf-8")) + 1)
    assert len(text.encode("utf-8")) >= 1_000_000
    result = extract(text, title="네이버, CVPR서 논문 12편", published_at="2023-06-01", matcher=SMALL_MATCHER)
    _check_offsets({"text": text, "title": "네이버, CVPR서 논문 12편"}, result)
    assert {(p.organization_id, p.count) for p in result.paper_counts} == {("naver", 12)}


def test_one_megabyte_line_without_sentence_ends() -> None:
    unit = "카카오 논문 3편 학회 "
    text = unit * (1_000_000 // len(unit.encode("utf-8")) + 1)
    result = extract(text, matcher=SMALL_MATCHER)
    _check_offsets({"text": text, "title": None}, result)


def test_long_texts_are_tokenized_in_chunks_with_offsets_in_the_whole_text() -> None:
    text = "네이버는 올해 CVPR에서 논문 12편을 발표했다. 카카오도 같은 학회에 3편을 냈다. " * 120
    assert len(chunk_starts(text)) > 1
    (tokens,) = tokenize_many([text])
    names = [t for t in tokens if t.tag == "NNP"]
    assert names and all(text.startswith(t.form, t.start) for t in names)  # type: ignore[attr-defined]
    positions = [t.sent_position for t in tokens]
    assert positions == sorted(positions) and positions[-1] >= 239
