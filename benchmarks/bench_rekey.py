"""Key changes and the move to format 2, timed on copies of a ten-year demo journal.

Run: python benchmarks/bench_rekey.py --keep DIR [--format-one DIR] [--runs 5]

- ``--keep DIR``: the format-2 demo journal ``bench_core.py --keep`` left (copied, never
  changed): a passphrase change and a new recovery key, each beyond its key derivation.
- ``--format-one DIR``: a journal written by a format-1 Afterglow (for example the demo
  built by the code before issue 17): the first unlock that moves it to format 2, beyond
  the key derivation and against an unlock of the moved copy.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import PASSPHRASE, ms
from timed_cli import kdf_stopwatch

from journal_app.crypto.kdf import KdfParams
from journal_app.crypto.keyslots import PASSPHRASE as PASSPHRASE_SLOT
from journal_app.services.vault import VaultService
from journal_app.storage.vault_file import VaultFile

NEW = "a new benchmark passphrase, not a secret"


def copy_of(folder: Path) -> Path:
    target = Path(tempfile.mkdtemp(prefix="afterglow-rekey-")) / "journal"
    target.mkdir()
    shutil.copy(folder / "vault.db", target / "vault.db")
    return target


def beyond_kdf(folder: Path, action: Callable[[VaultService], object], runs: int) -> float:
    """Median time of ``action`` on a fresh unlocked copy, less its key derivations."""
    results = []
    for _ in range(runs):
        copy = copy_of(folder)
        # The journal's own settings, not a new calibration (which runs the KDF to time it).
        _, slots, _ = VaultFile.peek_slots(copy)
        params = next(
            KdfParams.from_dict(s.params) for _, s in slots if s.slot_type == PASSPHRASE_SLOT
        )
        vault = VaultService(copy, kdf_params=lambda: params)  # noqa: B023
        vault.unlock(PASSPHRASE)
        with kdf_stopwatch() as spent:
            started = time.perf_counter()
            action(vault)
            results.append(time.perf_counter() - started - sum(spent))
        vault.lock()
        shutil.rmtree(vault.folder.parent, ignore_errors=True)
    return statistics.median(results)


def move_beyond_kdf(folder: Path, runs: int) -> tuple[float, float]:
    """The unlock that moves a format-1 copy, and a later unlock of it, beyond the KDF."""
    moving, after = [], []
    for _ in range(runs):
        vault = VaultService(copy_of(folder))
        for into in (moving, after):
            with kdf_stopwatch() as spent:
                started = time.perf_counter()
                vault.unlock(PASSPHRASE)
                into.append(time.perf_counter() - started - sum(spent))
            vault.lock()
        shutil.rmtree(vault.folder.parent, ignore_errors=True)
    return statistics.median(moving), statistics.median(after)


def main() -> None:
    # A window or command that changes a key has saved before and imported sqlite-utils
    # (about 0.1 s, once per process); the move to format 2 pays it, as a first save does.
    import sqlite_utils  # noqa: F401

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, required=True)
    parser.add_argument("--format-one", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    change = beyond_kdf(options.keep, lambda v: v.change_passphrase(NEW), options.runs)
    print(f"passphrase change beyond the KDF   {ms(change)}")
    recovery = beyond_kdf(options.keep, lambda v: v.new_recovery_key(), options.runs)
    print(f"new recovery key                   {ms(recovery)}")
    if options.format_one is not None:
        moving, after = move_beyond_kdf(options.format_one, options.runs)
        print(f"unlock that moves to format 2      {ms(moving)} beyond the KDF (copy first)")
        print(f"the next unlock of the moved copy  {ms(after)} beyond the KDF")


if __name__ == "__main__":
    main()
