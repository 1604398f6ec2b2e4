"""Tag the TempEval-3 corpus and print the scorer's figures and the tagger's speed.

    python benchmarks/tempeval.py ../shared/tempeval/train [--errors errs.jsonl]

The corpus is read through the scorer's own --dump-plain, so offsets are exactly the scorer's.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from timeline_app.extraction.temporal import tag


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="folder of .tml files (e.g. ../shared/tempeval/train)")
    parser.add_argument("--scorer", type=Path, help="score.py (default: the first found in the corpus folder or above it)")
    parser.add_argument("--errors", type=Path, help="write the scorer's error list here")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes over the corpus once warm")
    args = parser.parse_args()
    scorer = args.scorer or _find_scorer(args.corpus.resolve())
    if scorer is None or not scorer.is_file():
        sys.exit(f"tempeval.py: no score.py found for {args.corpus} (looked in it and the folders above it, and "
                 f"in ../shared/tempeval); give one with --scorer")
    with tempfile.TemporaryDirectory() as tmp:
        plain = Path(tmp) / "plain"
        subprocess.run([sys.executable, str(scorer), str(args.corpus), "--dump-plain", str(plain)],
                       check=True, capture_output=True)
        docs = []
        for meta_path in sorted(plain.glob("*.json")):
            meta = json.loads(meta_path.read_text())
            text = (plain / (meta_path.name[:-5] + ".txt")).read_text(encoding="utf-8")
            dct = date.fromisoformat(meta["dct"][:10])
            docs.append((meta["doc"], text, dct))
        out = Path(tmp) / "system.jsonl"
        with out.open("w") as fh:
            for doc, text, dct in docs:
                fh.write(json.dumps({"doc": doc, "timexes": [t.as_json() for t in tag(text, dct, language="en")]}) + "\n")
        words = sum(len(text.split()) for _, text, _ in docs)
        best = float("inf")
        for _ in range(args.repeat):
            started = time.perf_counter()
            for _, text, dct in docs:
                tag(text, dct, language="en")
            best = min(best, time.perf_counter() - started)
        command = [sys.executable, str(scorer), str(args.corpus), "--system", str(out), "--json", str(Path(tmp) / "r.json")]
        if args.errors:
            command += ["--errors", str(args.errors)]
        result = subprocess.run(command, capture_output=True, text=True, check=True)
        print(result.stdout.strip())
        report = json.loads((Path(tmp) / "r.json").read_text())
        print(json.dumps({"documents": len(docs), "words": words, "seconds": round(best, 3),
                          "words_per_second": round(words / best), "report": _headline(report)}))
    return 0


def _headline(report: dict) -> dict:
    keys = ("strict", "relaxed", "value", "type")
    return {k: report.get(k) for k in keys if k in report} or report


def _find_scorer(corpus: Path) -> Path | None:
    """score.py in the corpus folder or a folder above it (the shared layout keeps it beside train/),
    else the shared one next to this project."""
    for folder in (corpus, *corpus.parents):
        if (folder / "score.py").is_file():
            return folder / "score.py"
    shared = Path(__file__).resolve().parents[2] / "shared" / "tempeval" / "score.py"
    return shared if shared.is_file() else None


if __name__ == "__main__":
    sys.exit(main())
