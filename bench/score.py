"""Extraction scores on the shared evaluation sets, and the precision-recall curve over confidence.

    .venv/bin/python bench/score.py                    # what `make score` prints
    .venv/bin/python bench/score.py --verbose heldout  # the misses and wrong facts of one set
    .venv/bin/python bench/score.py --json             # one JSON object per set and threshold
    .venv/bin/python bench/score.py --set mine=DIR     # also a set of your own in eval/real's format

Sets: `dev` (../shared/eval/dev), `real` (../shared/eval/real), and our split of `real` into
`tune` (what rules are developed on) and `heldout` (only ever scored: bench/real_split.json).
Scoring is ../shared/tools/score_facts.py's own (imported, not copied): a fact is right when its
organization, its conference set, its year (when the gold has one) and its integer count match a
gold fact of scope unit, total or subset. The extractor runs once per set with every candidate
(min_confidence 0); each threshold then keeps the facts whose confidence reaches it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extract import extract_many  # noqa: E402
from extract.api import DEFAULT_MIN_CONFIDENCE  # noqa: E402

SHARED = ROOT.parent / "shared"
SPLIT = Path(__file__).with_name("real_split.json")
THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def load_scorer() -> ModuleType:
    """The shared scorer as a module (../shared/tools/score_facts.py)."""
    path = SHARED / "tools" / "score_facts.py"
    spec = importlib.util.spec_from_file_location("score_facts", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"score: cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_gold(folder: Path) -> list[dict[str, Any]]:
    """The gold rows of a set folder (`gold.jsonl` beside `articles/` and `aliases.json`)."""
    path = folder / "gold.jsonl"
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as exc:
        raise SystemExit(f"score: cannot read {path}: {exc.strerror}") from exc
    rows = []
    for number, line in enumerate(lines, start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"score: {path}: line {number}: {exc.msg}") from exc
    return rows


def eval_sets() -> dict[str, tuple[Path, list[dict[str, Any]]]]:
    """Each set's folder and gold rows."""
    out: dict[str, tuple[Path, list[dict[str, Any]]]] = {}
    for name in ("dev", "real"):
        folder = SHARED / "eval" / name
        out[name] = (folder, read_gold(folder))
    split = json.loads(SPLIT.read_text("utf-8"))
    folder, gold = out["real"]
    for part in ("tune", "heldout"):
        names = set(split[part])
        out[part] = (folder, [row for row in gold if row["file"] in names])
    return out


def run_set(scorer: ModuleType, folder: Path, gold: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Every article of a set run through the extractor with all candidates kept."""
    records = [scorer.read_article(folder / "articles" / row["file"]) for row in gold]
    results = extract_many(records, min_confidence=0.0)
    out = {}
    for record, result in zip(records, results, strict=True):
        out[record["id"]] = {**record, **result.model_dump(mode="json")}
    return out


def at_threshold(output: dict[str, dict[str, Any]], threshold: float) -> dict[str, dict[str, Any]]:
    """The records with only the facts whose confidence reaches the threshold."""
    kept = {}
    for key, rec in output.items():
        facts = [f for f in rec["paper_counts"] if (f.get("confidence") or 0.0) >= threshold]
        kept[key] = {**rec, "paper_counts": facts}
    return kept


def score_at(
    scorer: ModuleType, gold: Sequence[dict[str, Any]], output: dict[str, dict[str, Any]], aliases: Path,
    threshold: float, verbose: bool = False,
) -> dict[str, Any]:  # fmt: skip
    """Precision, recall and F1 of facts and organizations at one threshold."""
    orgs, confs = scorer.load_aliases(aliases)
    s = scorer.score(list(gold), at_threshold(output, threshold), orgs, confs, verbose)
    p, r, f = scorer.prf(s["tp"], s["fp"], s["fn"])
    op, orr, of = scorer.prf(*s["entities"]["org"])
    return {
        "threshold": threshold, "tp": s["tp"], "fp": s["fp"], "fn": s["fn"],
        "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
        "org_precision": round(op, 3), "org_recall": round(orr, 3), "org_f1": round(of, 3),
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Print the scores of every set at the default threshold, then the curves."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("verbose_sets", nargs="*", help="sets whose misses and wrong facts to list")
    ap.add_argument("--verbose", action="store_true", help="list misses for the sets named")
    ap.add_argument("--json", action="store_true", help="JSON lines instead of a table")
    ap.add_argument("--threshold", type=float, default=DEFAULT_MIN_CONFIDENCE)
    ap.add_argument(
        "--set", action="append", default=[], metavar="NAME=DIR",
        help="also score a folder in eval/real's format (articles/, gold.jsonl, aliases.json)",
    )  # fmt: skip
    args = ap.parse_args(argv)
    if not (SHARED / "eval").is_dir():
        print(f"score: {SHARED / 'eval'} is absent (it exists only on the team's machines)")
        return 0
    scorer = load_scorer()
    sets = eval_sets()
    for spec in args.set:
        name, _, folder_name = spec.partition("=")
        if not name or not folder_name:
            raise SystemExit(f"score: --set wants NAME=DIR, not {spec!r}")
        sets[name] = (Path(folder_name), read_gold(Path(folder_name)))
    outputs = {name: run_set(scorer, folder, gold) for name, (folder, gold) in sets.items()}
    rows = []
    for name, (folder, gold) in sets.items():
        show = args.verbose and name in args.verbose_sets
        if show:
            print(f"=== {name} at {args.threshold}")
        rows.append(
            (name, score_at(scorer, gold, outputs[name], folder / "aliases.json", args.threshold, show))
        )
    if args.json:
        for name, row in rows:
            print(json.dumps({"set": name, **row}))
    else:
        print(f"facts at the default threshold {args.threshold}:")
        print(f"  {'set':8} {'tp':>4} {'fp':>4} {'fn':>4}   {'P':>5}  {'R':>5}  {'F1':>5}   org R")
        for name, r in rows:
            print(
                f"  {name:8} {r['tp']:4} {r['fp']:4} {r['fn']:4}   {r['precision']:.3f}  {r['recall']:.3f}"
                f"  {r['f1']:.3f}   {r['org_recall']:.3f}"
            )
    curves = ["real", "tune", "heldout", "dev"]
    for name in curves + [n for n in sets if n not in curves]:
        folder, gold = sets[name]
        curve = [score_at(scorer, gold, outputs[name], folder / "aliases.json", t) for t in THRESHOLDS]
        if args.json:
            for row in curve:
                print(json.dumps({"set": name, "curve": True, **row}))
            continue
        print(f"precision-recall over confidence, {name}:")
        print(
            "  "
            + "  ".join(
                f"{r['threshold']:.1f}: P {r['precision']:.2f} R {r['recall']:.2f}" for r in curve[:5]
            )
        )
        print(
            "  "
            + "  ".join(
                f"{r['threshold']:.1f}: P {r['precision']:.2f} R {r['recall']:.2f}" for r in curve[5:]
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
