"""Measure the vault's budgets on a ten-year demo journal with the real key derivation.

Run: python benchmarks/bench_core.py [--years 10] [--runs 5] [--keep DIR]
Prints one line per figure; DESIGN.md and the issues give the budgets.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from common import PASSPHRASE, build_journal, median_time, ms
from timed_cli import kdf_stopwatch

from journal_app.crypto import keyslots
from journal_app.crypto.kdf import KdfParams, derive_key
from journal_app.services.journal import JournalService
from journal_app.services.search import SearchService
from journal_app.services.vault import VaultService
from journal_app.storage.vault_file import VaultFile

WORDS = ["kettle", "rain", "Biscuit", "sleep", "session", "café", "grateful"]


FRESH_PROCESS_KDF = """
import json, sys, time
from journal_app.crypto.kdf import KdfParams, derive_key
params = KdfParams.from_dict(json.loads(sys.argv[1]))
started = time.perf_counter()
derive_key("x", params)
print(time.perf_counter() - started)
"""


def kdf_seconds(folder: Path, runs: int) -> tuple[float, float]:
    """The key derivation warm (in this process) and as a new process meets it."""
    vault_file = VaultFile.open(folder)
    slot = next(s for _, s in vault_file.slots() if s.slot_type == keyslots.PASSPHRASE)
    vault_file.close()
    params = KdfParams.from_dict(slot.params)
    print(
        f"kdf parameters           {params.memory_kib // 1024} MiB, {params.iterations} passes,"
        f" {params.lanes} lanes"
    )
    warm = median_time(lambda: derive_key(PASSPHRASE, params), runs)
    command = [sys.executable, "-c", FRESH_PROCESS_KDF, json.dumps(slot.params)]
    fresh = statistics.median(
        float(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
        for _ in range(runs)
    )
    return warm, fresh


def cli_seconds(folder: Path, args: list[str], runs: int) -> tuple[float, float]:
    """A whole ``journal-app`` process: (median wall time, median time beyond its KDF)."""
    env = {**os.environ, "JOURNAL_APP_PASSPHRASE": PASSPHRASE, "JOURNAL_APP_DATA_DIR": str(folder)}
    command = [sys.executable, str(Path(__file__).with_name("timed_cli.py")), *args]
    walls, beyond = [], []
    for attempt in range(runs + 1):
        started = time.perf_counter()
        done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
        wall = time.perf_counter() - started
        kdf = float(done.stderr.rsplit("kdf-seconds ", 1)[1])
        if attempt:  # the first run only warms the page cache
            walls.append(wall)
            beyond.append(wall - kdf)
    return statistics.median(walls), statistics.median(beyond)


def unlock_beyond_kdf(vault: VaultService, runs: int) -> float:
    """Median unlock time less the time spent in the KDF during that same unlock."""
    results = []
    with kdf_stopwatch() as spent:
        for _ in range(runs):
            spent.clear()
            started = time.perf_counter()
            vault.unlock(PASSPHRASE)
            results.append(time.perf_counter() - started - sum(spent))
            vault.lock()
    return statistics.median(results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the demo journal here")
    options = parser.parse_args()

    folder = options.keep or Path(tempfile.mkdtemp(prefix="afterglow-bench-"))
    print(
        f"machine                  {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {date.today()}"
    )
    build_journal(folder, options.years)
    vault = VaultService(folder)

    kdf, kdf_fresh = kdf_seconds(folder, options.runs)
    print(f"key derivation (KDF)     {ms(kdf)} warm, {ms(kdf_fresh).strip()} in a new process")

    print(f"unlock beyond the KDF    {ms(unlock_beyond_kdf(vault, options.runs))}   budget 300 ms")

    vault.unlock(PASSPHRASE)
    records = len(vault.store)
    rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"records in memory        {records}, peak RSS {rss_mib:.0f} MiB   budget 200 MiB")
    journal = JournalService(vault)
    print(f"list all entries         {ms(median_time(journal.entries, options.runs))}")
    search = SearchService(vault)
    first = median_time(lambda: search.search("kettle"), 1)
    print(f"search, first (folding) {ms(first)}")
    # Each word differs from the one before, so every search scans the whole journal.
    per_query = []
    for word in WORDS * options.runs:
        started = time.perf_counter()
        search.search(word)
        per_query.append(time.perf_counter() - started)
    print(
        f"search, each keystroke   {ms(max(per_query))} worst of {len(per_query)} searches"
        "   budget 30 ms"
    )
    vault.lock()

    for label, args in (
        ("search WORD", ["search", "kettle"]),
        ("list -n 10", ["list", "-n", "10"]),
    ):
        whole, beyond = cli_seconds(folder, args, options.runs * 2)
        print(
            f"journal-app {label:<12} {ms(whole)}, of which {ms(beyond).strip()} beyond its KDF"
            "   budget KDF + 250 ms"
        )

    if options.keep is None:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
