"""Search benchmark: figures, not pass/fail.  Run: .venv/bin/python bench/bench_search.py

For SQLite (FTS5) and PostgreSQL (tsvector), each in a fresh database:
(a) the five sample packs imported, a set of realistic queries through search():
    p50/p95 latency;
(b) a generated corpus of --paragraphs passages (default 100,000; words drawn
    from the sample packs so term frequencies are realistic) added to the index:
    p50/p95 of search() for common words, rare words, phrases and filtered queries.
Baselines measured in the same run, on the same data: the bare full-text match
(count of matching rows, no ranking, no snippets) and a LIKE scan of the text.

Target (bench/README.md): search() p95 <= 50 ms at 100,000 paragraphs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import djangobench

SEED_QUERIES = [
    "Better Care Fund",
    "dementia",
    "mental health",
    "housing",
    '"joint strategic needs assessment"',
    "pharmacy",
    "immunisation",
    "annual report",
    "CCG commissioning",
    "suicide prevention",
    "loneliness",
    "children young people",
    "budget",
    "primary care",
    "homelessness",
]
REPEAT = 5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--paragraphs", type=int, default=100_000)
    parser.add_argument(
        "--pg-url", default=djangobench.DEFAULT_PG, help="an admin URL of the PostgreSQL server"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.paragraphs)
    backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
    return djangobench.run_children(__file__, backends, args.pg_url, ["--paragraphs", str(args.paragraphs)])


def child(backend: str, paragraphs: int) -> int:
    djangobench.setup_child()
    from minutebook.records.importer import import_packs

    seconds = djangobench.timed(lambda: import_packs([djangobench.SAMPLES]))
    print(f"(a) five sample packs imported in {seconds:.1f} s; {entry_count()} index entries")
    report("seeds", SEED_QUERIES)
    words = corpus_words()
    seconds = djangobench.timed(lambda: generate(paragraphs, words))
    print(
        f"(b) generated {paragraphs:,} paragraphs in {seconds:.1f} s ({paragraphs / seconds:,.0f}/s, index included)"
    )
    print(f"    index entries now {entry_count():,}")
    report("generated", generated_queries(words))
    return 0


def entry_count() -> int:
    from minutebook.search.models import SearchEntry

    return SearchEntry.objects.count()


def report(label: str, queries: list[str | tuple[str, dict[str, object]]]) -> None:
    from minutebook.search.query import search

    runs = [(q, {}) if isinstance(q, str) else q for q in queries]
    for _ in range(1):  # warm caches once
        for query, filters in runs:
            search(query, **filters)
    full, cpu, bare, like, totals = [], [], [], [], []
    for _ in range(REPEAT):
        for query, filters in runs:
            started = time.process_time()
            full.append(djangobench.timed(lambda q=query, f=filters: totals.append(search(q, **f).total)))
            cpu.append(time.process_time() - started)
            bare.append(djangobench.timed(lambda q=query: bare_match(q)))
            like.append(djangobench.timed(lambda q=query: like_scan(q)))
    print(
        f"    load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (wall-clock figures include waiting)"
    )
    print(
        f"    {label}: {len(runs)} queries x {REPEAT}, matches per query median {sorted(totals)[len(totals) // 2]:,}"
    )
    for name, samples in (
        ("search() ranked+snippets", full),
        ("  the same, CPU time of ours", cpu),
        ("baseline: bare match count", bare),
        ("baseline: LIKE scan", like),
    ):
        p50, p95 = djangobench.percentiles(samples)
        print(f"      {name:28s} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms")


def bare_match(query: str) -> int:
    from django.db import connection

    from minutebook.search.backends import SQLiteFTS

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT count(*) FROM search_fts WHERE search_fts MATCH %s", [SQLiteFTS.match(query)]
            )
        else:
            cursor.execute(
                "SELECT count(*) FROM search_searchentry WHERE document @@ websearch_to_tsquery('english', %s)",
                [query],
            )
        return int(cursor.fetchone()[0])


def like_scan(query: str) -> int:
    from django.db import connection

    word = re.sub(r'["]', "", query).split()[0].lower()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM search_searchentry WHERE LOWER(text) LIKE %s", [f"%{word}%"])
        return int(cursor.fetchone()[0])


def corpus_words() -> list[str]:
    text = " ".join(p.read_text(encoding="utf-8") for p in djangobench.SAMPLES.glob("*.txt"))
    return [w for w in re.findall(r"[A-Za-z][a-z]{2,}", text) if len(w) < 20]


def generate(count: int, words: list[str]) -> None:
    """``count`` passages of 40-90 words sampled from the packs, spread over 2010-2024 and bodies."""
    from django.db import transaction

    from minutebook.records.models import Body, Meeting, SourceFile
    from minutebook.search.facets import facets
    from minutebook.search.models import SearchEntry

    rng = random.Random(20240601)
    bodies = [
        Body.objects.create(name=f"Generated Board {n}", key=f"generated board {n}", slug=f"gen-{n}")
        for n in range(4)
    ]
    source = SourceFile.objects.create(original_name="generated.txt", sha256="0" * 64, size=0)
    meetings = [
        Meeting.objects.create(body=bodies[n % 4], date=dt.date(2010, 1, 1) + dt.timedelta(days=9 * n))
        for n in range(600)
    ]
    kinds = ["paragraph"] * 6 + ["resolution", "action", "report", "document"]
    batch: list[SearchEntry] = []
    with transaction.atomic():
        for n in range(count):
            meeting, kind = meetings[n % len(meetings)], kinds[n % len(kinds)]
            batch.append(
                SearchEntry(
                    kind=kind,
                    object_id=n,
                    title=" ".join(rng.choices(words, k=5)),
                    text=" ".join(rng.choices(words, k=rng.randint(40, 90))),
                    date=meeting.date,
                    body_id=meeting.body_id,
                    meeting=meeting,
                    source=source,
                    line=n % 4000 + 1,
                    weight=rng.choice([1.0, 1.0, 1.5, 0.3]),
                    facets=facets(kind, meeting.body_id, meeting.date),
                )
            )
            if len(batch) == 5000:
                SearchEntry.objects.bulk_create(batch)
                batch = []
        SearchEntry.objects.bulk_create(batch)
    from django.db import connection

    if connection.vendor == "postgresql":  # fresh statistics, as autovacuum would gather
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE search_searchentry")


def generated_queries(words: list[str]) -> list[str | tuple[str, dict[str, object]]]:
    from collections import Counter

    from minutebook.records.models import Body

    ranked = [w for w, _ in Counter(w.lower() for w in words).most_common() if len(w) > 3]
    common, middling, rare = ranked[:5], ranked[200:205], ranked[-5:]
    body = Body.objects.filter(name__startswith="Generated").first()
    window = {"date_from": dt.date(2018, 1, 1), "date_to": dt.date(2019, 12, 31)}
    return [
        *common,
        *middling,
        *rare,
        f"{common[0]} {middling[0]}",
        f'"{ranked[10]} {ranked[11]}"',
        "Better Care Fund",
        (common[1], {"kind": "resolution"}),
        (middling[1], {"body": body}),
        (common[2], window),
    ]


if __name__ == "__main__":
    sys.exit(main())
