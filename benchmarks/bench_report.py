"""Measure the therapist summary on a ten-year demo journal: data, layout, pages, PDF.

Run: python benchmarks/bench_report.py [--keep DIR] [--years 10] [--runs 5]
With --keep it reuses (or builds) the demo journal in DIR, like bench_core.py and
bench_chart.py (the same folder serves all three). It then times, offscreen, with the
mood chart drawn as the command line draws it (light theme, vectors):

- the one-year summary: build_summary + write_pdf (budget 1.5 s), and its parts;
- a change of option as the Summary page's preview meets it: build_summary + paint every
  page into a PDF writer in memory (budget 0.5 s);
- the last 30 days (the command line's default) and all ten years;
- a whole `journal-app report` process for one year, key derivation included.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from journal_app.reports.data import SummaryOptions
    from journal_app.reports.document import ChartPainter
    from journal_app.services.bundle import Services

from common import PASSPHRASE, build_journal, ms
from common import samples as timed

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def summary_figures(
    label: str,
    services: Services,
    options: SummaryOptions,
    chart: ChartPainter,
    folder: Path,
    runs: int,
    budget: str = "",
) -> None:
    """build_summary + write_pdf, median of ``runs``, with the parts."""
    from journal_app.reports.data import build_summary
    from journal_app.reports.layout import summary_html
    from journal_app.reports.pdf import write_pdf

    out = folder / "summary.pdf"
    pages: list[int] = []

    def whole() -> None:
        pages.append(write_pdf(out, build_summary(services, options), chart))

    totals = timed(whole, runs)
    data = build_summary(services, options)
    builds = timed(lambda: build_summary(services, options), runs)
    htmls = timed(lambda: summary_html(data), runs)
    writes = timed(lambda: write_pdf(out, data, chart), runs)
    size = out.stat().st_size / 1024
    print(
        f"[{label}] {pages[-1]} pages, {size:.0f} KiB: build_summary + write_pdf "
        f"{ms(statistics.median(totals))} median, {ms(max(totals)).strip()} worst of {runs}"
        + (f"   budget {budget}" if budget else "")
    )
    print(
        f"  build_summary {ms(statistics.median(builds))}   summary_html "
        f"{ms(statistics.median(htmls))}   write_pdf {ms(statistics.median(writes))}"
    )


def preview_figure(
    services: Services, options: SummaryOptions, chart: ChartPainter, runs: int
) -> None:
    """An option changes: the data again, and every page painted (into memory)."""
    from dataclasses import replace

    from PySide6.QtCore import QBuffer, QIODevice, QLocale
    from PySide6.QtGui import QPdfWriter

    from journal_app.reports.data import SECTIONS, build_summary
    from journal_app.reports.document import page_layout_for_locale, paint_summary

    variants = [
        replace(options, all_entries=True),  # the person ticked every entry
        replace(options, sections=frozenset(SECTIONS) - {"entries"}),
        options,
    ]
    times = []
    for n in range(runs):
        started = time.perf_counter()
        data = build_summary(services, variants[n % len(variants)])
        buffer = QBuffer()  # its own byte array: a temporary one would be freed under it
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(1200)
        writer.setPageLayout(page_layout_for_locale(QLocale()))
        paint_summary(writer, data, chart)
        del writer
        times.append(time.perf_counter() - started)
    print(
        f"[preview] an option changes, one year: data + every page painted "
        f"{ms(statistics.median(times))} median, {ms(max(times)).strip()} worst of {runs}"
        "   budget 500 ms"
    )


def cli_figure(folder: Path, out: Path, first: date, last: date, runs: int) -> None:
    """A whole `journal-app report` process for the year, KDF included (not subtracted)."""
    env = {**os.environ, "JOURNAL_APP_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    command = [
        sys.executable,
        "-m",
        "journal_app",
        "--data-dir",
        str(folder),
        "report",
        "--out",
        str(out),
        "--force",
        "--from",
        first.isoformat(),
        "--to",
        last.isoformat(),
    ]
    subprocess.run(command, env=env, check=True, capture_output=True)  # warm the page cache
    times = timed(lambda: subprocess.run(command, env=env, check=True, capture_output=True), runs)
    print(
        f"[cli] journal-app report, one year, whole process (KDF, imports, Qt, pyqtgraph) "
        f"{ms(statistics.median(times))} median"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build (or reuse) the demo journal here")
    options = parser.parse_args()

    print(
        f"machine                  {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {date.today()}"
    )
    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication

    from journal_app.cli.report import chart_painter
    from journal_app.reports.data import SummaryOptions
    from journal_app.services.bundle import Services

    folder = options.keep or Path(tempfile.mkdtemp(prefix="afterglow-bench-"))
    services = Services.build(folder)
    if not services.vault.exists():
        build_journal(folder, options.years)
    services.vault.unlock(PASSPHRASE)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    today = services.journeys.now().date()
    counts = {
        "entries": len(services.journal.entries()),
        "check-ins": len(services.checkins.checkins()),
        "journeys": len(services.journeys.journeys()),
        "questionnaires": len(services.assessments.history()),
    }
    print(f"journal                  {counts}, PySide6 {pyside_version}")

    started = time.perf_counter()
    chart = chart_painter(services)
    print(f"chart painter (cold: pyqtgraph, widget, read) {ms(time.perf_counter() - started)}")
    pdfs = Path(tempfile.mkdtemp(prefix="afterglow-report-bench-"))
    year = SummaryOptions(today - timedelta(days=364), today, name="Alex")
    summary_figures("one year, the first in the process", services, year, chart, pdfs, 1)
    summary_figures("one year", services, year, chart, pdfs, options.runs, "1500 ms")
    preview_figure(services, year, chart, max(options.runs, 6))
    month = SummaryOptions(today - timedelta(days=29), today)
    summary_figures("30 days", services, month, chart, pdfs, options.runs)
    first_day = min(r.data.day for r in services.journal.entries())
    everything = SummaryOptions(first_day, today)
    summary_figures(
        f"all {(today - first_day).days / 365.25:.0f} years",
        services,
        everything,
        chart,
        pdfs,
        options.runs,
    )
    services.vault.lock()
    cli_figure(folder, pdfs / "cli.pdf", year.start, year.end, options.runs)
    shutil.rmtree(pdfs)
    app.quit()
    if options.keep is None:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
