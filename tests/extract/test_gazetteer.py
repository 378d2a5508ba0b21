"""The packaged gazetteers load, cover what Korean tech news names, and bad files fail loudly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.gazetteer import (
    DATA_DIR,
    ConferenceEntry,
    GazetteerError,
    OrganizationEntry,
    default_gazetteers,
    fold,
    load_conferences,
    load_countries,
    load_organizations,
)

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
DEV_ALIASES = SHARED / "eval" / "dev" / "aliases.json"

# Canonical names in the shared alias list that are countries, not organizations.
COUNTRIES = {"South Korea", "USA", "China", "Japan"}


def org_index(orgs: tuple[OrganizationEntry, ...]) -> dict[str, str]:
    """Folded spelling -> organization id."""
    return {fold(s): o.id for o in orgs for s in o.spellings()}


def conf_index(confs: tuple[ConferenceEntry, ...]) -> dict[str, str]:
    """Folded spelling -> conference id."""
    return {fold(s): c.id for c in confs for s in c.spellings()}


@pytest.fixture(scope="module")
def orgs() -> tuple[OrganizationEntry, ...]:
    return load_organizations()


@pytest.fixture(scope="module")
def confs() -> tuple[ConferenceEntry, ...]:
    return load_conferences()


# --- the packaged files ---------------------------------------------------------------------


def test_packaged_files_load_with_enough_rows(orgs, confs) -> None:
    assert len(orgs) >= 600
    assert len(confs) >= 120


def test_default_gazetteers_index_by_id(orgs, confs) -> None:
    gaz = default_gazetteers()
    assert set(gaz.organizations) == {o.id for o in orgs}
    assert set(gaz.conferences) == {c.id for c in confs}


def test_every_organization_type_is_represented(orgs) -> None:
    types = {o.type for o in orgs}
    assert types == {"company", "lab", "university", "institute", "government", "nonprofit"}


def test_conferences_span_many_fields(confs) -> None:
    fields = {c.field for c in confs}
    for field in ("ml", "vision", "nlp", "speech", "data", "hci", "circuits", "robotics", "security"):
        assert field in fields


@pytest.mark.parametrize(
    ("unit", "parent"),
    [
        ("네이버 클로바", "naver"),
        ("클로바", "naver"),
        ("네이버랩스유럽", "naver"),
        ("파파고", "naver"),
        ("카카오브레인", "kakao"),
        ("카카오 엔터프라이즈", "kakao"),
        ("삼성종합기술원", "samsung-electronics"),
        ("LG AI연구원", "lg"),
        ("SK하이닉스", "sk"),
        ("구글 딥마인드", "google"),
        ("페이스북", "meta"),
        ("KAIST AI대학원", "kaist"),
    ],
)
def test_units_point_at_their_parent(orgs, unit: str, parent: str) -> None:
    by_id = {o.id: o for o in orgs}
    org = by_id[org_index(orgs)[fold(unit)]]
    assert org.parent == parent


def test_ancestors_walk_up_to_a_root(orgs) -> None:
    gaz = default_gazetteers()
    assert gaz.ancestors("samsung-ai-center") == ["samsung-research", "samsung-electronics", "samsung-group"]
    assert gaz.ancestors("naver") == []
    for org in orgs:
        chain = gaz.ancestors(org.id)
        assert org.id not in chain, f"{org.id} is its own ancestor"
        if chain:
            assert gaz.organizations[chain[-1]].parent is None


@pytest.mark.parametrize(
    ("spelling", "org_id"),
    [
        ("카카오 브레인", "kakao-brain"),
        ("NAVER CLOVA", "naver-clova"),
        ("서치CIC", "naver-search"),
        ("라인", "line"),
        ("LY Corporation", "line"),
        ("삼성", "samsung-electronics"),
        ("SKT", "sk-telecom"),
        ("현대차", "hyundai-motor"),
        ("카이스트", "kaist"),
        ("포항공대", "postech"),
        ("서울대학교", "snu"),
        ("과기정통부", "msit"),
        ("서울대-네이버 초대규모 AI연구센터", "snu-naver-center"),
        ("MS", "microsoft"),
        ("XRCE", "xerox"),
        ("FAIR", "facebook"),
        ("Meta AI", "meta"),
        ("스탠포드대", "stanford"),
        ("카네기멜런대", "cmu"),
        ("HUST", "hust-hanoi"),
    ],
)
def test_common_spellings_resolve(orgs, spelling: str, org_id: str) -> None:
    assert org_index(orgs).get(fold(spelling)) == org_id


@pytest.mark.parametrize(
    ("spelling", "conf_id"),
    [
        ("NIPS", "neurips"),
        ("뉴립스", "neurips"),
        ("신경정보처리시스템 학회", "neurips"),
        ("국제머신러닝학회", "icml"),
        ("INTERSPEECH", "interspeech"),
        ("ACL-IJCNLP", "acl"),
        ("EMNLP-IJCNLP", "emnlp"),
        ("NAACL-HLT", "naacl"),
        ("SIGKDD", "kdd"),
        ("TheWebConf", "www"),
        ("국제고체회로학회", "isscc"),
        ("ACM Multimedia", "acm-mm"),
    ],
)
def test_conference_spellings_resolve(confs, spelling: str, conf_id: str) -> None:
    assert conf_index(confs).get(fold(spelling)) == conf_id


def test_names_are_canonical(orgs, confs) -> None:
    assert len({o.name_en for o in orgs}) == len(orgs), "two organizations share an English name"
    names = {c.id: c.name for c in confs}
    assert names["neurips"] == "NeurIPS"
    assert names["interspeech"] == "Interspeech"


def test_countries_and_generic_words_are_not_organizations(orgs, confs) -> None:
    index = org_index(orgs)
    for word in ("한국", "대한민국", "미국", "일본", "중국", "국내", "업계", "South Korea", "USA"):
        assert fold(word) not in index, word
    assert fold("MM") not in conf_index(confs)


def test_spellings_have_no_stray_whitespace(orgs, confs) -> None:
    for entry in (*orgs, *confs):
        for spelling in entry.spellings():
            assert spelling == spelling.strip() and "  " not in spelling, (entry.id, spelling)


@pytest.mark.parametrize("name", ["organizations.jsonl", "conferences.jsonl"])
def test_rows_are_compact_json(name: str) -> None:
    for lineno, line in enumerate((DATA_DIR / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("//"):
            continue
        assert line == json.dumps(json.loads(line), ensure_ascii=False), f"{name}:{lineno}"


# --- the shared development aliases ---------------------------------------------------------


@pytest.mark.shared
def test_every_dev_alias_resolves_to_one_entity(orgs, confs) -> None:
    if not DEV_ALIASES.is_file():
        pytest.skip(f"{DEV_ALIASES} is absent (../shared exists only on the team's machines)")
    aliases = json.loads(DEV_ALIASES.read_text(encoding="utf-8"))
    for kind, index in (("organizations", org_index(orgs)), ("conferences", conf_index(confs))):
        for canonical, spellings in aliases[kind].items():
            if canonical in COUNTRIES:
                continue
            ids = {index.get(fold(s)) for s in (canonical, *spellings)}
            assert None not in ids, f"{kind}: some spelling of {canonical!r} is unknown"
            assert len(ids) == 1, f"{kind}: spellings of {canonical!r} map to {sorted(ids)}"


# --- errors name the file and line ----------------------------------------------------------

NAVER = {"id": "naver", "name": "네이버", "name_en": "Naver", "type": "company"}
KAKAO = {"id": "kakao", "name": "카카오", "name_en": "Kakao", "type": "company"}


def write_lines(tmp_path: Path, lines: list[str | dict]) -> Path:
    path = tmp_path / "gazetteer.jsonl"
    text = [ln if isinstance(ln, str) else json.dumps(ln, ensure_ascii=False) for ln in lines]
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    return path


def test_comments_and_blank_lines_are_skipped_but_counted(tmp_path: Path) -> None:
    path = write_lines(tmp_path, ["// header", "", NAVER, {**NAVER, "name": "네이버2"}])
    with pytest.raises(GazetteerError) as err:
        load_organizations(path)
    assert f"{path}:4:" in str(err.value)
    assert load_organizations(write_lines(tmp_path, ["// header", "", NAVER]))[0].id == "naver"


@pytest.mark.parametrize(
    ("lines", "line", "words"),
    [
        pytest.param([NAVER, KAKAO, {**KAKAO, "name_en": "Kakao Corp"}], 3, "id 'kakao'", id="duplicate-id"),
        pytest.param(
            [NAVER, {**KAKAO, "aliases": ["카카오", "N A V E R"]}], 2, "spelling", id="shared-spelling"
        ),
        pytest.param([NAVER, {**KAKAO, "parent": "daum"}], 2, "parent 'daum'", id="unknown-parent"),
        pytest.param([NAVER, {**KAKAO, "parent": "kakao"}], 2, "own parent", id="self-parent"),
        pytest.param([NAVER, '{"id": "kakao", "name": "카카오",'], 2, "not JSON", id="bad-json"),
        pytest.param([NAVER, {k: v for k, v in KAKAO.items() if k != "name_en"}], 2, "name_en", id="missing"),
        pytest.param([{**NAVER, "type": "country"}], 1, "type", id="bad-type"),
        pytest.param([{**NAVER, "aliases": [" "]}], 1, "blank alias", id="blank-alias"),
        pytest.param([{**NAVER, "homepage": "naver.com"}], 1, "homepage", id="extra-field"),
    ],
)
def test_organization_errors_name_file_and_line(tmp_path: Path, lines, line: int, words: str) -> None:
    path = write_lines(tmp_path, lines)
    with pytest.raises(GazetteerError) as err:
        load_organizations(path)
    message = str(err.value)
    assert f"{path}:{line}:" in message
    assert words in message


def test_conference_errors_name_file_and_line(tmp_path: Path) -> None:
    neurips = {"id": "neurips", "name": "NeurIPS", "full_name": "Neural Information Processing Systems"}
    icml = {"id": "icml", "name": "ICML", "full_name": "International Conference on Machine Learning"}
    path = write_lines(
        tmp_path, [{**neurips, "field": "ml"}, {**icml, "field": "ml", "aliases": ["Neur-IPS"]}]
    )
    with pytest.raises(
        GazetteerError, match="spelling 'Neur-IPS' of 'icml' already belongs to 'neurips'"
    ) as err:
        load_conferences(path)
    assert f"{path}:2:" in str(err.value)

    path = write_lines(tmp_path, [{**neurips, "field": "astrology"}])
    with pytest.raises(GazetteerError) as err:
        load_conferences(path)
    assert f"{path}:1:" in str(err.value)


def test_missing_file_is_a_gazetteer_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.jsonl"
    with pytest.raises(GazetteerError, match="cannot read"):
        load_organizations(missing)


def test_countries_are_data_and_their_errors_name_file_and_line(tmp_path: Path) -> None:
    countries = {c.id: c for c in load_countries()}
    assert {"south-korea", "usa", "china", "japan", "belgium"} <= set(countries)
    assert "싱가폴" in countries["singapore"].spellings()  # a variant spelling is one alias away
    path = write_lines(
        tmp_path,
        [
            {"id": "chile", "name": "칠레", "name_en": "Chile"},
            {"id": "peru", "name": "페루", "name_en": "Peru", "aliases": ["칠레"]},
        ],
    )
    with pytest.raises(GazetteerError, match="spelling '칠레' of 'peru' already belongs to 'chile'") as err:
        load_countries(path)
    assert f"{path}:2:" in str(err.value)
