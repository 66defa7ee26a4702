"""What the sizes of vault.db's rows still tell someone with a copy of the file (issue 17).

Run: python benchmarks/bench_sizes.py [--keep DIR] [--years 10]

Builds (or reuses) the ten-year demo journal, opens it to learn each row's kind, and
prints, per kind, how many rows there are and their sizes; then, per size, which kinds
share it. The threat model (docs/threat-model.md, "What the file's sizes show") keeps the
table this prints.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from common import PASSPHRASE, build_journal

from journal_app.services.vault import VaultService


def row_sizes(folder: Path) -> dict[str, int]:
    conn = sqlite3.connect(folder / "vault.db")
    try:
        return {i: n for i, n in conn.execute("SELECT id, length(blob) FROM records")}
    finally:
        conn.close()


def kinds(folder: Path) -> dict[str, str]:
    vault = VaultService(folder, read_only=True)
    vault.unlock(PASSPHRASE)
    try:
        return {r.id: r.kind for r in vault.store.all()}
    finally:
        vault.lock()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, help="build the journal here, or reuse it")
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp()) / "journal"
    build_journal(folder, args.years)
    sizes, kind_of = row_sizes(folder), kinds(folder)
    by_kind: dict[str, list[int]] = defaultdict(list)
    for record_id, size in sizes.items():
        by_kind[kind_of.get(record_id, "?")].append(size)
    print(f"{'kind':<22}{'rows':>6}{'smallest':>10}{'median':>9}{'largest':>9}{'sizes':>7}")
    for kind, found in sorted(by_kind.items(), key=lambda k: -len(k[1])):
        print(
            f"{kind:<22}{len(found):>6}{min(found):>10}{int(statistics.median(found)):>9}"
            f"{max(found):>9}{len(set(found)):>7}"
        )
    shared: dict[int, Counter[str]] = defaultdict(Counter)
    for record_id, size in sizes.items():
        shared[size][kind_of.get(record_id, "?")] += 1
    print("\nmost common sizes, and the kinds that share each:")
    for size, counter in sorted(shared.items(), key=lambda s: -sum(s[1].values()))[:8]:
        print(
            f"{size:>7} B  {sum(counter.values()):>5} rows  "
            + ", ".join(f"{k} {n}" for k, n in counter.most_common())
        )
    smallest = min(sizes.values())
    at_smallest = sum(1 for s in sizes.values() if s == smallest)
    print(f"\nrows at the smallest size ({smallest} B): {at_smallest} of {len(sizes)}")
    writing = max(by_kind.get("entry", [0]) + by_kind.get("revision", [0]))
    bigger = Counter(kind_of.get(i, "?") for i, s in sizes.items() if s > writing)
    print(
        f"rows bigger than the largest entry or earlier version ({writing} B): "
        + (", ".join(f"{k} {n}" for k, n in bigger.most_common()) or "none")
    )
    for kind in ("journey", "course", "safety_plan"):
        if kind in by_kind:
            floor = min(by_kind[kind])
            above = sum(1 for s in sizes.values() if s >= floor)
            print(f"rows at least as big as the smallest {kind} ({floor} B): {above}")


if __name__ == "__main__":
    main()
