"""report: the therapist summary as a PDF. The one command besides the window that loads Qt.

Qt (QtGui for the pages, QtWidgets for the mood chart) is imported inside the command
only, so every other command starts without it.
"""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from journal_app.cli.context import CliContext
from journal_app.domain.errors import ValidationError
from journal_app.reports.data import SECTIONS, SummaryOptions, build_summary
from journal_app.reports.words import long_date, range_text
from journal_app.services.bundle import Services
from journal_app.services.mood import check_range
from journal_app.services.outputs import check_output_file

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, QRectF
    from PySide6.QtGui import QPainter

    from journal_app.reports.document import ChartPainter

DEFAULT_DAYS = 30
NOT_ENCRYPTED = (
    "This PDF is not encrypted: keep it somewhere private, and delete it when you no longer "
    "need it."
)
# Qt allows one application object per process, and it must outlive every widget: one
# made here is kept for the life of the process rather than torn down after the command.
_QT_APP: list[QObject] = []
NO_CHART = "The mood chart is left out: it needs the full Qt widgets, which aren't running here."


def report(ctx: CliContext) -> int:
    a = ctx.args
    start, end = _period(ctx, a.start, a.end)  # all checked before asking for the passphrase
    target = check_output_file(Path(a.out), journal_folder=ctx.folder, force=a.force)
    if a.no_entries and (a.entries or a.entry_ids):
        raise ValidationError("--no-entries can't go with --entries or --entry: choose one.")
    services = Services.over(ctx.unlocked())
    options = SummaryOptions(
        start,
        end,
        sections=frozenset(SECTIONS) - ({"entries"} if a.no_entries else set()),
        all_entries=a.entries,
        include_private=a.include_private,
        entry_ids=_picked(services, a.entry_ids, start, end),
        self_harm_answers=not a.no_self_harm_answers,
    )
    data = build_summary(services, options)

    from journal_app.reports.pdf import write_pdf

    painter = chart_painter(services) if _has_widgets(qt_application()) else None
    if painter is None:
        ctx.say(NO_CHART)
    pages = write_pdf(target, data, painter)
    ctx.out(str(target))
    ctx.say(
        f"Wrote the summary for {range_text(start, end)} to {target} "
        f"({pages} page{'s' if pages != 1 else ''})."
    )
    ctx.say(NOT_ENCRYPTED)
    return 0


def _picked(services: Services, ids: list[str], start: date, end: date) -> frozenset[str]:
    """The entries named with --entry (private ones too: picked one by one), in the days."""
    picked = set()
    for given in ids:
        record = services.journal.get(given)
        day = record.data.day
        if not start <= day <= end:
            raise ValidationError(
                f"The entry {given} is from {long_date(day)}, outside the summary's days "
                f"({range_text(start, end)}). Choose --from and --to to include it."
            )
        picked.add(record.id)
    return frozenset(picked)


def _period(ctx: CliContext, start: date | None, end: date | None) -> tuple[date, date]:
    """--from and --to, by default the last 30 days up to today."""
    today = ctx.clock().astimezone().date()
    last = end or today
    first = start or last - timedelta(days=DEFAULT_DAYS - 1)
    check_range(first, last)
    return first, last


def qt_application() -> QObject:
    """The running Qt application, or a new one (offscreen when there is no display)."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QGuiApplication.instance()
    if app is None:
        app = QApplication(["journal-app"])
        _QT_APP.append(app)
    return app


def _has_widgets(app: QObject) -> bool:
    from PySide6.QtWidgets import QApplication

    return isinstance(app, QApplication)


def chart_painter(services: Services) -> ChartPainter:
    """Draw the mood chart in the light theme (paper is light), as vectors."""
    from journal_app.texts import load_toml
    from journal_app.ui.mood.chart import MoodChart

    chart = MoodChart(services, load_toml("styles/themes.toml")["light"])

    def paint(painter: QPainter, rect: QRectF, span: tuple[date, date]) -> None:
        chart.render_to(painter, rect, metric="mood", span=span)

    return paint
