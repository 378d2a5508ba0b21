"""What Kiwi reads of a text: the pieces some reading needs tags for, blanked elsewhere, offsets kept."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import extract
from extract.reading import blanked, piece_starts, read_many, tag_spans

ARTICLE = (
    "한빛소프트는 올해 학회에서 논문 4편을 발표했다. 회사는 연구 인력을 꾸준히 늘려 왔다.\n"
    "업계는 생성형 인공지능 경쟁이 치열해질 것으로 본다. 누리에이아이는 3편이 채택됐다."
)


def test_pieces_start_after_sentence_ends_and_line_breaks() -> None:
    text = "첫 문장이다. 둘째 문장이다.\n셋째 줄이다"
    assert [text[i:] for i in piece_starts(text)] == [text, "둘째 문장이다.\n셋째 줄이다", "셋째 줄이다"]


def test_a_full_stop_inside_a_number_or_a_latin_abbreviation_ends_no_piece() -> None:
    assert piece_starts("점유율은 3.5%로 올랐고 U.S. 시장도 컸다.") == [0]


def test_sentences_without_a_count_or_a_tagged_name_are_blanked() -> None:
    out = blanked(ARTICLE, piece_starts(ARTICLE))
    assert len(out) == len(ARTICLE)
    assert "한빛소프트는 올해 학회에서 논문 4편을 발표했다." in out
    assert "누리에이아이는 3편이 채택됐다." in out
    assert "인력" not in out and "인공지능" not in out
    assert out.count("\n") == ARTICLE.count("\n")


def test_a_text_every_piece_of_which_is_read_is_unchanged() -> None:
    text = "가온테크는 5편을 냈다. 논문은 모두 구두 발표다."
    assert blanked(text, piece_starts(text)) is text


def test_every_piece_starts_a_sentence_and_tokens_keep_their_offsets() -> None:
    (reading,) = read_many([ARTICLE])
    assert set(piece_starts(ARTICLE)) <= set(reading.sentence_starts)
    assert reading.tokens and all(
        ARTICLE.startswith(t.form, t.start) for t in reading.tokens if t.tag == "NNP"
    )
    assert all(t.form != "회사" for t in reading.tokens)  # the blanked sentence has no tokens


def test_names_found_by_tags_are_found_as_before() -> None:
    found = extract(ARTICLE, published_at="2024-05-02")
    names = {o.name for o in found.organizations}
    assert {"한빛소프트", "누리에이아이"} <= names
    assert sorted((p.organization, p.count) for p in found.paper_counts) == [
        ("누리에이아이", 3),
        ("한빛소프트", 4),
    ]


SENTENCES = st.sampled_from(
    [
        "새롬바이오는 논문 2편을 냈다.", "회사는 투자를 늘렸다.", "박민지 한결마이터스 대표는 웃었다.",
        "삼성전자, 누리소프트, 네이버 등이 참여했다.", "다온비전연구소도 참가했다!", "학회는 6월에 열린다?",
        "3.5%가 늘었다.", "\n", "\n\n", " ", "그는 \"좋다.\" 라고 말했다.", "ICML 2024에서 9건.",
    ]
)  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(st.lists(SENTENCES, max_size=12).map(" ".join))
def test_blanking_keeps_offsets_and_every_tag_span(text: str) -> None:
    out = blanked(text, piece_starts(text))
    assert len(out) == len(text)
    assert all(a == b or (a == " " and b != "\n") for a, b in zip(out, text, strict=True))
    for a, b in tag_spans(text):
        assert out[a:b] == text[a:b]
