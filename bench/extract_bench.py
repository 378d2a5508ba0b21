"""Extractor throughput and memory against one plain Kiwi tokenize pass (`make bench`).

Generates N synthetic Korean tech-news articles from templates (fixed seed), then runs two
separate processes over the same texts: `plain` (Kiwi.tokenize over all texts, all cores) and
`extract` (extract.extract_many in CLI-sized batches). Each child loads and warms its Kiwi,
then times only the processing. Prints the throughput ratio extractor/plain (bar: >= 0.8) and
both peak RSS values (bar: extractor <= plain + 100 MB).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ORGS = [
    "네이버",
    "카카오",
    "삼성전자",
    "SK하이닉스",
    "KAIST",
    "서울대",
    "구글",
    "인텔",
    "카카오브레인",
    "LG AI연구원",
    "네이버 클로바",
]
CONFS = ["NeurIPS", "ICML", "ICLR", "CVPR", "ICCV", "ACL", "EMNLP", "AAAI", "ICASSP", "인터스피치", "ISSCC"]
TITLE = [
    "{org}, {conf} {year}서 논문 {n}편…역대 최다",
    '"{conf}서 {n}편"…{org} AI 연구 성과',
    "{org} {conf} 논문 {n}개 채택",
]
SENTENCES = [
    "{org}는 {conf} {year}에서 논문 {n}편이 채택됐다고 {day}일 밝혔다.",
    "이번 학회에는 전 세계에서 논문 {big}편이 제출됐고 이 가운데 {pct}%가 채택됐다.",
    '{org} 관계자는 "올해 {conf}에서 {n}개 논문을 발표하게 돼 기쁘다"고 말했다.',
    "{org2}와 {org3}는 {conf}에서 각각 {n}편, {m}편의 논문을 발표했다.",
    "{org}는 지난해 {conf}에서도 {m}건의 논문을 발표한 바 있다.",
    "학회별로는 {conf}({n}개), {conf2}({m}개) 순이었다.",
    "{org} 연구진은 음성 인식과 영상 생성 분야에서 새로운 기법을 제안했다.",
    "한국은 이번 학회에서 {big2}편으로 {rank}위를 기록했다.",
    "업계에서는 최상위 학회 논문 실적이 기술력을 가늠하는 지표로 통한다.",
    "{org}는 매출의 {pct}%를 연구개발에 투자하고 있으며, 파라미터 {param}억개 규모의 모델도 공개했다.",
]
# Most sentences of a real article name no count at all.
FILLER = [
    "이번 연구는 대규모 언어 모델의 추론 효율을 높이는 방법을 다뤘다.",
    "연구팀은 적은 데이터로도 높은 정확도를 내는 학습 기법을 제시했다.",
    "회사 측은 앞으로도 기초 연구와 인재 확보에 투자를 이어가겠다고 설명했다.",
    "전문가들은 생성형 인공지능 경쟁이 갈수록 치열해질 것으로 내다봤다.",
    "해당 기술은 검색과 쇼핑, 지도 등 여러 서비스에 적용될 예정이다.",
    "심사 과정에서는 독창성과 재현 가능성, 실험의 엄밀함이 중요하게 평가됐다.",
    "{org}는 국내외 대학과의 산학협력을 통해 연구 생태계를 넓혀 왔다.",
    "발표된 논문 가운데 일부는 이미 실제 제품 개선에 활용되고 있다.",
    "음성 합성 분야에서는 감정을 담은 자연스러운 목소리를 만드는 연구가 주목받았다.",
    "한편 정부도 인공지능 반도체와 데이터센터 지원 예산을 늘리기로 했다.",
    '업계 관계자는 "연구 성과가 곧 채용 경쟁력으로 이어진다"고 말했다.',
    "이 기법은 영상 속 물체의 움직임을 예측해 자연스러운 장면을 만들어 낸다.",
]


def make_articles(n: int, seed: int = 20261121) -> list[dict[str, str]]:
    """N deterministic synthetic articles (title, text, published_at)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        year = rng.randint(2018, 2026)

        def fill(t: str, year: int = year) -> str:
            return t.format(
                org=rng.choice(ORGS), org2=rng.choice(ORGS), org3=rng.choice(ORGS), conf=rng.choice(CONFS),
                conf2=rng.choice(CONFS), year=year, n=rng.randint(1, 40), m=rng.randint(1, 30),
                big=rng.randint(2000, 12000), big2=rng.randint(20, 120), pct=rng.randint(5, 40),
                day=rng.randint(1, 28), rank=rng.randint(1, 20), param=rng.randint(100, 3000),
            )  # fmt: skip

        paragraphs = []
        for _ in range(rng.randint(4, 8)):
            sentences = [
                fill(rng.choice(SENTENCES if rng.random() < 0.35 else FILLER))
                for _ in range(rng.randint(2, 5))
            ]
            paragraphs.append(" ".join(sentences))
        out.append(
            {
                "title": fill(rng.choice(TITLE)),
                "text": "\n\n".join(paragraphs),
                "published_at": f"{year}-06-01",
            }
        )
    return out


def read_corpus(folders: list[str], n: int) -> list[dict[str, str]]:
    """Articles of eval-format folders (`date:`/`publisher:` header, blank line, headline, body),
    repeated in order up to `n`: real-density text for the same comparison."""
    found = []
    for folder in folders:
        for path in sorted(Path(folder).glob("*.txt")):
            header, _, body = path.read_text(encoding="utf-8").partition("\n\n")
            date = next((line[5:].strip() for line in header.splitlines() if line.startswith("date:")), "")
            title, _, text = body.strip().partition("\n")
            found.append({"title": title.strip(), "text": text.strip(), "published_at": date})
    if not found:
        raise SystemExit(f"extract_bench: no *.txt articles in {', '.join(folders)}")
    return [found[i % len(found)] for i in range(n)]


def child(mode: str, n: int, batch: int, corpus: list[str]) -> None:
    """Run one side of the benchmark in this process and print a JSON result line."""
    articles = read_corpus(corpus, n) if corpus else make_articles(n)
    if mode == "plain":
        from kiwipiepy import Kiwi

        from extract.kiwi_runtime import worker_count

        kiwi = Kiwi(num_workers=worker_count())
        kiwi.tokenize("네이버는 올해 학회에서 논문 3편을 발표했다.")
        texts = [t for a in articles for t in (a["text"], a["title"])]
        started = time.perf_counter()
        for _ in kiwi.tokenize(texts):
            pass
        elapsed = time.perf_counter() - started
    else:
        from extract import extract_many
        from extract.kiwi_runtime import get_kiwi
        from extract.matcher import default_matcher

        get_kiwi()
        default_matcher()
        started = time.perf_counter()
        facts = 0
        for i in range(0, len(articles), batch):
            facts += sum(len(r.paper_counts) for r in extract_many(articles[i : i + batch]))
        elapsed = time.perf_counter() - started
    chars = sum(len(a["text"]) + len(a["title"]) for a in articles)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"mode": mode, "seconds": elapsed, "chars": chars, "rss_mb": rss_mb}))


def main() -> int:
    """Run both sides as separate processes and compare."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--rounds", type=int, default=3, help="alternating runs per side; the fastest counts")
    ap.add_argument(
        "--corpus", action="append", default=[], metavar="DIR",
        help="articles from eval-format folders (repeated up to --articles) instead of synthetic ones",
    )  # fmt: skip
    ap.add_argument("--child", choices=["plain", "extract"])
    args = ap.parse_args()
    if args.child:
        child(args.child, args.articles, args.batch, args.corpus)
        return 0
    results: dict[str, dict[str, float]] = {}
    for _ in range(max(1, args.rounds)):  # alternate, so a busy moment hurts both sides alike
        for mode in ("plain", "extract"):
            cmd = [
                sys.executable,
                __file__,
                "--child",
                mode,
                "--articles",
                str(args.articles),
                "--batch",
                str(args.batch),
                *(arg for folder in args.corpus for arg in ("--corpus", folder)),
            ]
            proc = subprocess.run(
                cmd, capture_output=True, text=True, check=True, cwd=ROOT, env={**os.environ}
            )
            run = json.loads(proc.stdout.strip().splitlines()[-1])
            best = results.get(mode)
            peak = max(run["rss_mb"], best["rss_mb"] if best else 0.0)
            if best is None or run["seconds"] < best["seconds"]:
                best = run
            results[mode] = {**best, "rss_mb": peak}
    plain, ext = results["plain"], results["extract"]
    ratio = plain["seconds"] / ext["seconds"]
    extra = ext["rss_mb"] - plain["rss_mb"]
    print(f"articles={args.articles} chars={plain['chars']}")
    print(
        f"plain:   {plain['seconds']:.2f}s  {plain['chars'] / plain['seconds']:.0f} chars/s  peak RSS {plain['rss_mb']:.0f} MB"
    )
    print(
        f"extract: {ext['seconds']:.2f}s  {ext['chars'] / ext['seconds']:.0f} chars/s  peak RSS {ext['rss_mb']:.0f} MB"
    )
    ok = ratio >= 0.8 and extra <= 100
    print(
        f"ratio extractor/plain = {ratio:.2f} (>= 0.8)  extra memory = {extra:+.0f} MB (<= 100)  {'OK' if ok else 'FAIL'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
