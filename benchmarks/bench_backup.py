"""Backups on a ten-year journal, and `journal-app search` against `jrnl -contains`.

Run: python benchmarks/bench_backup.py --keep /tmp/bench10 [--jrnl /path/to/jrnl]
(`--keep` reuses or builds the demo journal as bench_core.py does; `--jrnl` points at a
jrnl executable, e.g. from `python -m venv /tmp/jrnl && /tmp/jrnl/bin/pip install jrnl`.)
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from common import PASSPHRASE, build_journal, ms
from common import median_time as timed

from journal_app.services.bundle import Services
from journal_app.services.demo import DemoWriter

JRNL_PASSWORD = "jrnl benchmark password"
WORD = "kettle"
JRNL_CONFIG = """colors:
  body: none
  date: none
  tags: none
  title: none
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%F %r'
version: v4.6
"""


def journal(folder: Path) -> Services:
    build_journal(folder)
    return Services.build(folder)


def backups(folder: Path, runs: int, scratch: Path) -> None:
    services = journal(folder)
    services.vault.unlock(PASSPHRASE)
    path = scratch / "bench.journal-backup"
    export = timed(lambda: services.backups.export(path), runs)
    size = path.stat().st_size / 1_000_000
    count = len(list(services.vault.store.all()))
    print(f"records                  {count:,}; backup file {size:.1f} MB")
    print(f"export                   {ms(export)}   budget 1000 ms")
    services.vault.lock()

    reader = Services.build(scratch / "reader")
    verify_total, verify_beyond = [], []
    for _ in range(runs):
        with backup_kdf_stopwatch() as spent:
            started = time.perf_counter()
            reader.backups.verify(path, passphrase=PASSPHRASE)
            verify_total.append(time.perf_counter() - started)
        verify_beyond.append(verify_total[-1] - sum(spent))
    print(
        f"verify                   {ms(statistics.median(verify_total))}, of which "
        f"{ms(statistics.median(verify_beyond)).strip()} beyond the KDF   budget KDF + 1000 ms"
    )

    totals, beyond = [], []
    for run in range(runs):
        target = Services.build(scratch / f"restored-{run}")
        with backup_kdf_stopwatch() as spent:
            started = time.perf_counter()
            contents = target.backups.open(path, passphrase=PASSPHRASE)
            target.backups.restore_new(contents)
            totals.append(time.perf_counter() - started)
        beyond.append(totals[-1] - sum(spent))
        target.vault.lock()
    print(
        f"restore (empty folder)   {ms(statistics.median(totals))}, of which "
        f"{ms(statistics.median(beyond)).strip()} beyond the KDF   budget KDF + 2000 ms"
    )


@contextmanager
def backup_kdf_stopwatch() -> Iterator[list[float]]:
    """Time each key derivation the backup reader runs while the block runs."""
    import journal_app.backup.format as module

    real, spent = module.derive_key, []

    def timed_derive(*args):
        started = time.perf_counter()
        try:
            return real(*args)
        finally:
            spent.append(time.perf_counter() - started)

    module.derive_key = timed_derive
    try:
        yield spent
    finally:
        module.derive_key = real


def jrnl_versus_afterglow(jrnl: str, runs: int, scratch: Path) -> None:
    """3,650 daily entries in an encrypted jrnl journal and, imported, in Afterglow."""
    source = journal_texts(scratch)
    home = scratch / "jrnl-home"
    (home / "jrnl").mkdir(parents=True)
    book = scratch / "jrnl-journal.txt"
    book.write_text(source, encoding="utf-8")
    (home / "jrnl" / "jrnl.yaml").write_text(JRNL_CONFIG.format(journal=book), encoding="utf-8")
    env = {**os.environ, "XDG_CONFIG_HOME": str(home), "HOME": str(home)}
    exported = scratch / "jrnl-export.json"
    subprocess.run(
        [jrnl, "--export", "json", "--file", str(exported)],
        env=env,
        check=True,
        capture_output=True,
    )
    answers = f"{JRNL_PASSWORD}\n{JRNL_PASSWORD}\nn\n"
    subprocess.run(
        [jrnl, "--encrypt"], env=env, input=answers, text=True, check=True, capture_output=True
    )

    def jrnl_search() -> None:
        done = subprocess.run(
            [jrnl, "-contains", WORD],
            env=env,
            input=f"{JRNL_PASSWORD}\n",
            text=True,
            capture_output=True,
        )
        assert done.returncode == 0 and WORD in done.stdout.lower(), done.stderr[-300:]

    folder = scratch / "afterglow-from-jrnl"
    cli_env = {
        **os.environ,
        "JOURNAL_APP_DATA_DIR": str(folder),
        "JOURNAL_APP_NEW_PASSPHRASE": PASSPHRASE,
        "JOURNAL_APP_PASSPHRASE": PASSPHRASE,
    }
    app = [sys.executable, "-m", "journal_app"]
    subprocess.run([*app, "init"], env=cli_env, check=True, capture_output=True)
    imported = subprocess.run(
        [*app, "import", "jrnl", str(exported)],
        env=cli_env,
        check=True,
        capture_output=True,
        text=True,
    )
    print("imported                 " + imported.stdout.strip().splitlines()[0][:70])

    def afterglow_search() -> None:
        done = subprocess.run([*app, "search", WORD], env=cli_env, capture_output=True, text=True)
        assert done.returncode == 0 and done.stdout, done.stderr[-300:]

    jrnl_search()
    afterglow_search()  # warm the page cache for both
    theirs = timed(jrnl_search, runs)
    ours = timed(afterglow_search, runs)
    print(f"jrnl -contains {WORD}     {ms(theirs)}  (encrypted jrnl journal, 3,650 entries)")
    print(f"journal-app search {WORD} {ms(ours)}  (Argon2id KDF included)")
    print(f"ratio                    Afterglow takes {ours / theirs:.2f} of jrnl's time")


def journal_texts(scratch: Path) -> str:
    """3,650 daily entries in jrnl's plain-text format, from the demo corpus."""
    services = Services.build(scratch / "corpus")
    services.vault.create(PASSPHRASE)
    DemoWriter(services.vault, seed=2).write(years=1)
    bodies = [r.data for r in services.journal.entries()]
    services.vault.lock()
    first = date(2016, 11, 21)
    lines = []
    for day in range(3650):
        entry = bodies[day % len(bodies)]
        title = (entry.title or entry.body.split(".")[0])[:60].replace("\n", " ")
        tags = " ".join(f"@{t}" for t in entry.tags)
        lines.append(f"[{first + timedelta(days=day)} 21:00] {title}.\n{entry.body}\n{tags}\n")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jrnl", help="a jrnl executable to compare search with")
    options = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="afterglow-bench-backup-"))
    try:
        backups(options.keep, options.runs, scratch)
        if options.jrnl:
            jrnl_versus_afterglow(options.jrnl, options.runs, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
