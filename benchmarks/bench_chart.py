"""Measure the mood chart on a ten-year demo journal (and twenty synthetic years), offscreen.

Run: python benchmarks/bench_chart.py [--keep DIR] [--years 10] [--runs 7]
With --keep it reuses (or builds) the demo journal in DIR, like bench_core.py (the same
folder serves both). Then it draws the chart offscreen at 1000x400 in the light theme and
prints one line per figure; DESIGN.md gives the budgets (100 ms to draw, 50 ms a range).
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from journal_app.domain.records import Record
    from journal_app.services.bundle import Services

from common import PASSPHRASE, build_journal, ms
from common import samples as timed

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RANGES = (30, 90, 365, None)
SIZE = (1000, 400)


def synthetic_checkins(years: int) -> list[Record]:
    """Daily check-ins for ``years`` years, made in memory (not stored)."""
    from journal_app.domain.checkin import CheckIn
    from journal_app.domain.records import Record

    rng = random.Random(2)
    first = datetime.combine(date.today(), datetime.min.time()) - timedelta(days=365 * years)
    records = []
    for n in range(365 * years):
        if rng.random() < 0.08:
            continue
        at = first + timedelta(days=n, hours=20)
        checkin = CheckIn(at=at, mood=rng.randint(1, 10), sleep_hours=rng.randint(10, 20) / 2)
        records.append(Record.create(checkin, "2026-01-01T00:00:00.000Z"))
    return records


def measure(
    label: str, services: Services, app: QApplication, settings: QSettings, runs: int
) -> None:
    """Draw, switch ranges and print to PDF with the chart over ``services``."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    from journal_app.ui.mood.chart import MoodChart
    from journal_app.ui.theme import ThemeManager

    def settle() -> None:
        app.processEvents()

    started = time.perf_counter()
    theme = ThemeManager(app, settings)
    theme.set_mode("light")
    chart = MoodChart(services, theme.colours())
    chart.resize(*SIZE)
    chart.show()
    settle()
    chart.grab()
    cold = time.perf_counter() - started
    days = len(chart.plot.series.points()[0])
    print(f"[{label}] {days} days with a mood, {len(chart.plot.marks)} sessions")
    print(f"  chart built and first drawn (cold) {ms(cold)}")

    draws = []
    for _ in range(runs):
        started = time.perf_counter()
        chart.refresh()
        chart.grab()
        draws.append(time.perf_counter() - started)
        settle()  # the window's own repaint, outside the figure
    print(
        f"  refresh + draw, mood, all years {ms(statistics.median(draws))} median, "
        f"{ms(max(draws)).strip()} worst of {runs}   budget 100 ms"
    )

    switches = []
    for _ in range(runs):
        for days in RANGES:
            started = time.perf_counter()
            chart.set_range(days)
            settle()
            chart.grab()
            switches.append(time.perf_counter() - started)
    chart.set_range(None)
    print(
        f"  switch range (30/90/365/all) {ms(statistics.median(switches))} median, "
        f"{ms(max(switches)).strip()} worst of {len(switches)}   budget 50 ms"
    )

    if services.assessments.history("phq9"):

        def metric_round_trip() -> None:
            for name in ("phq9", "mood"):
                chart.set_metric(name)
                settle()
                chart.grab()

        trips = timed(metric_round_trip, runs)
        print(f"  switch metric mood→phq9→mood {ms(statistics.median(trips))} median")

    folder = Path(tempfile.mkdtemp(prefix="afterglow-chart-pdf-"))

    def to_pdf() -> None:
        writer = QPdfWriter(str(folder / "chart.pdf"))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        painter = QPainter(writer)
        width = writer.width()
        chart.render_to(painter, QRectF(0, 0, width, width * 0.4), metric="mood", days=None)
        painter.end()

    pdfs = timed(to_pdf, runs)
    size_kib = (folder / "chart.pdf").stat().st_size / 1024
    print(
        f"  render_to a PDF (A4, all years) {ms(statistics.median(pdfs))} median, "
        f"{size_kib:.0f} KiB"
    )
    shutil.rmtree(folder)
    chart.close()
    chart.deleteLater()
    settle()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the demo journal here")
    parser.add_argument("--synthetic-years", type=int, default=20)
    options = parser.parse_args()

    print(
        f"machine                  {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {date.today()}"
    )
    started = time.perf_counter()
    import pyqtgraph  # noqa: F401 - the first open of the Mood page pays this once

    print(f"import pyqtgraph          {ms(time.perf_counter() - started)}")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from journal_app.services.bundle import Services

    folder = options.keep or Path(tempfile.mkdtemp(prefix="afterglow-bench-"))
    services = Services.build(folder)
    if not services.vault.exists():
        build_journal(folder, options.years)
    services.vault.unlock(PASSPHRASE)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    config = Path(tempfile.mkdtemp(prefix="afterglow-bench-config-"))
    settings = QSettings(str(config / "settings.ini"), QSettings.Format.IniFormat)

    measure(f"{options.years}-year demo journal", services, app, settings, options.runs)

    records = synthetic_checkins(options.synthetic_years)
    services.checkins.checkins = lambda **_: records  # in memory only
    measure(f"{options.synthetic_years} synthetic years", services, app, settings, options.runs)

    services.vault.lock()
    shutil.rmtree(config)
    if options.keep is None:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
