"""Import N generated articles (about 600 words each) into a fresh store through the command line,
start-up included, and print articles per second.

    python benchmarks/import.py [--articles 100] [--words 600]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ACTORS = ["Armenia", "Azerbaijan", "Georgia", "Turkey", "Russia", "the European Union", "the United States", "Iran"]
PEOPLE = ["Foreign Minister Ararat Mirzoyan", "Foreign Minister Jeyhun Bayramov", "President Ilham Aliyev",
          "Prime Minister Nikol Pashinyan", "Secretary of State Antony Blinken", "envoy Toivo Klaar"]
VERBS = ["met", "held talks", "signed a memorandum", "exchanged prisoners", "announced new checkpoints",
         "issued a joint statement", "spoke by phone", "agreed to extend the monitoring mission"]
WHEN = ["on Monday", "on Tuesday", "last week", "in September", "on {md}", "in the spring of {y}", "in {y}",
        "two years ago", "earlier this month", "since {y}", "between March and May", "on {dmy}"]
FILLER = [
    "Officials on both sides described the atmosphere as businesslike and said experts would keep working.",
    "Analysts in the region cautioned that a lasting settlement would still take considerable effort.",
    "The talks covered transport links, the return of displaced people and the demarcation of the frontier.",
    "Diplomats said the parties had narrowed their differences on several technical questions.",
    "Opposition politicians in both capitals criticised the pace and the secrecy of the negotiations.",
    "Humanitarian groups called for better access to communities living close to the line of contact.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def make_article(rng: random.Random, index: int, words: int) -> str:
    published = date(2023, 1, 1) + timedelta(days=rng.randrange(900))
    lines = [
        "World, Caucasus", "",
        f"Regional envoys report progress on border file {index}", "",
        f"Staff Writer  | {published:%d.%m.%Y} - Update : {published + timedelta(days=1):%d.%m.%Y}", "",
    ]
    count = 0
    while count < words:
        when = rng.choice(WHEN).format(
            y=rng.randrange(1990, 2023), md=f"{MONTHS[rng.randrange(12)][:3]}. {rng.randrange(1, 28)}",
            dmy=f"{rng.randrange(1, 28)} {MONTHS[rng.randrange(12)]} {rng.randrange(2000, 2024)}")
        sentence = (f"{rng.choice(PEOPLE)} of {rng.choice(ACTORS)} {rng.choice(VERBS)} with counterparts from "
                    f"{rng.choice(ACTORS)} {when}, according to a statement released by the ministry.")
        paragraph = sentence + " " + " ".join(rng.sample(FILLER, 2))
        lines += [paragraph, ""]
        count += len(paragraph.split())
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--words", type=int, default=600)
    args = parser.parse_args()
    rng = random.Random(20231128)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        total_words = 0
        for i in range(args.articles):
            text = make_article(rng, i, args.words)
            total_words += len(text.split())
            (folder / f"article-{i:04d}.txt").write_text(text, encoding="utf-8")
        db = Path(tmp) / "bench.timeline.sqlite"
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "timeline_app", "import", "--db", str(db), "--yes", str(folder)],
            capture_output=True, text=True, check=False,
        )
        elapsed = time.perf_counter() - started
        if result.returncode != 0:
            print(result.stderr[-2000:], file=sys.stderr)
            return 1
        summary = result.stdout.strip().splitlines()[-1]
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(summary)
        print(json.dumps({
            "articles": args.articles, "words": total_words, "seconds": round(elapsed, 2),
            "articles_per_second": round(args.articles / elapsed, 1), "peak_rss_mb": round(peak_mb, 1),
        }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
