"""Measure the Mood page's year calendar on a ten-year demo journal, offscreen.

Run: python benchmarks/bench_year.py [--keep DIR] [--years 10] [--runs 15]
With --keep it reuses (or builds) the demo journal in DIR, like bench_core.py. It times
building one year (reading that year's check-ins and journeys into the table), switching
year and drawing the calendar at 1024x600; the budget is 50 ms to build a year.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from common import PASSPHRASE, build_journal, ms
from common import samples as timed

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--keep", type=Path, help="reuse (or build) the demo journal here")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=15)
    options = parser.parse_args()
    folder = options.keep or Path(tempfile.mkdtemp(prefix="afterglow-year-"))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from journal_app.services.bundle import Services
    from journal_app.ui.mood.year import YearSection
    from journal_app.ui.theme import ThemeManager

    build_journal(folder, options.years)
    app = QApplication(sys.argv[:1])
    services = Services.build(folder)
    services.vault.unlock(PASSPHRASE)
    settings = QSettings(str(folder / "bench-settings.ini"), QSettings.Format.IniFormat)
    theme = ThemeManager(app, settings)
    theme.set_mode("light")
    section = YearSection(services, theme)
    section.resize(824, 560)
    section.show()
    app.processEvents()
    this_year = section.year()
    print(
        f"{len(services.checkins.checkins())} check-ins, "
        f"{len(services.journeys.journeys())} journeys, years {section.span()}"
    )

    builds = timed(lambda: section.show_year(this_year), options.runs)
    print(
        f"  build one year        {ms(statistics.median(builds))} median, "
        f"{ms(max(builds)).strip()} worst   budget 50 ms"
    )

    def switch() -> None:
        section.show_year(this_year - 1)
        section.show_year(this_year)

    switches = [t / 2 for t in timed(switch, options.runs)]
    print(f"  switch year           {ms(statistics.median(switches))} median")
    refreshes = timed(section.refresh, options.runs)
    print(f"  refresh (all years)   {ms(statistics.median(refreshes))} median")
    draws = timed(section.view.viewport().grab, options.runs)
    print(f"  draw the calendar     {ms(statistics.median(draws))} median")
    services.vault.lock()
    if options.keep is None:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
