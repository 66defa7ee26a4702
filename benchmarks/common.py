"""What every benchmark script shares: the demo journal, timing and printing."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

PASSPHRASE = "benchmark passphrase, not a secret"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def samples(action: Callable[[], object], runs: int) -> list[float]:
    """How long ``action`` took, in seconds, each of ``runs`` times."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return times


def median_time(action: Callable[[], object], runs: int) -> float:
    return statistics.median(samples(action, runs))


def build_journal(folder: Path, years: int = 10) -> None:
    """The seeded demo journal, with the real KDF, unless ``folder`` already holds one."""
    from journal_app.services.demo import DemoWriter
    from journal_app.services.vault import VaultService

    vault = VaultService(folder)
    if vault.exists():
        return
    started = time.perf_counter()
    vault.create(PASSPHRASE)
    counts = DemoWriter(vault, seed=1).write(years=years)
    vault.lock()
    print(f"demo journal written     {time.perf_counter() - started:6.1f} s  {counts}")
