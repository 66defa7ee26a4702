"""The Summary page: choose what a therapist sees, watch the pages, then print or save."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.errors import JournalError
from journal_app.reports.data import (
    SummaryData,
    SummaryOptions,
    build_summary,
    entries_for_choosing,
)
from journal_app.services.bundle import Services
from journal_app.ui.dialogs.feedback import show_message
from journal_app.ui.messages import render
from journal_app.ui.mood.toggles import room_for_bold
from journal_app.ui.named import named
from journal_app.ui.output_files import choose_output_file
from journal_app.ui.printing import PrintChoice, choose_printer, reached_printer
from journal_app.ui.summary.options import OptionsPanel
from journal_app.ui.summary.output import (
    SummaryPainter,
    default_pdf_path,
    pdf_offer,
    summary_printer,
)
from journal_app.ui.summary.preview import SummaryPreview
from journal_app.ui.watch import JournalWatch

CLICK_DELAY_MS = 40  # gathers a burst of clicks (Tick all, several boxes) into one update
TYPING_DELAY_MS = 250  # lets typing pause before the pages are painted again


class SummaryPage(QWidget):
    """A summary for a therapist: the days, what to include, a live preview, print or PDF."""

    status_message = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._services = services
        self._watch = JournalWatch(services)
        self._data: SummaryData | None = None
        self._folder: Path | None = None  # where the last PDF went, offered again

        self.options_panel = OptionsPanel(self._today())
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the summary as a PDF file"))
        self.print_button = named(QPushButton(self.tr("Print…")), "primary")
        self.print_button.setAccessibleName(self.tr("Print the summary"))
        for button in (self.save_button, self.print_button):
            room_for_bold(button)
        self.notice = named(
            QLabel(
                self.tr(
                    "A saved PDF is not encrypted. Keep it somewhere private. "
                    "Printing on paper leaves no file behind."
                ),
                wordWrap=True,
            ),
            "hint",
        )
        self.saved = QLabel(wordWrap=True)
        self.saved.setAccessibleName(self.tr("Saved"))
        self.saved.setTextFormat(Qt.TextFormat.PlainText)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved.hide()
        self.error = named(QLabel(wordWrap=True), "error")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        self.pages = named(QLabel(), "muted")
        self.pages.setAccessibleName(self.tr("Pages in the summary"))
        self._painter = SummaryPainter(services, self)
        self.preview = SummaryPreview(
            lambda printer, data, dpi: self._painter.paint(printer, data, screen_dpi=dpi)
        )
        self._timer = QTimer(self, singleShot=True)
        self._lay_out()

        self.options_panel.changed.connect(self._on_options_panel_changed)
        self.options_panel.typed.connect(self._on_options_panel_typed)
        self.options_panel.period_changed.connect(self._on_options_panel_period_changed)
        self.preview.pages_changed.connect(self._on_preview_pages_changed)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self._timer.timeout.connect(self.update_preview)
        self._read_journal()

    def _lay_out(self) -> None:
        header = QVBoxLayout()
        header.setContentsMargins(24, 0, 0, 0)
        header.setSpacing(4)
        header.addWidget(named(QLabel(self.tr("Summary")), "pageTitle"))
        header.addWidget(
            named(
                QLabel(
                    self.tr("Something to bring to your therapist. You choose what it shows."),
                    wordWrap=True,
                ),
                "muted",
            )
        )
        actions = QHBoxLayout()
        actions.addWidget(self.pages)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        actions.addWidget(self.print_button)
        right = QVBoxLayout()
        right.setContentsMargins(12, 4, 24, 0)
        right.setSpacing(8)
        right.addLayout(actions)
        right.addWidget(self.notice)
        right.addWidget(self.saved)
        right.addWidget(self.error)
        right.addWidget(self.preview, 1)
        body = QHBoxLayout()
        body.setSpacing(0)
        body.addWidget(self.options_panel)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 18, 0, 18)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addLayout(body, 1)

    # The interface the shell and tests use

    def options(self) -> SummaryOptions:
        """The summary as chosen right now."""
        return self.options_panel.options()

    def data(self) -> SummaryData:
        """What prints now: the preview's data, brought up to date first if it is behind."""
        if self._data is None or self._timer.isActive():
            self.update_preview()
        assert self._data is not None
        return self._data

    def update_preview(self) -> None:
        """Gather the summary for the options as they stand and repaint the preview."""
        self._timer.stop()
        options = self.options()
        if self._data is not None and _only_words_differ(self._data.options, options):
            data = replace(self._data, options=options)  # nothing to read again
        else:
            data = build_summary(self._services, options)
        self._data = data
        self.preview.show_data(data)

    def focus(self) -> None:
        """Put the keyboard on Print (the page was opened with Ctrl+P)."""
        self.print_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh(self) -> None:
        """Read the journal again if anything changed since the last look."""
        if self._watch.changed():
            self._painter.refresh()
            self._read_journal()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self.refresh()
        super().showEvent(event)

    # Reading

    def _today(self) -> date:
        return self._services.journeys.now().date()

    def _last_session(self) -> date | None:
        now = self._services.journeys.now()
        held = [
            r.data.when
            for r in self._services.journeys.journeys()
            if r.data.session.start is not None and r.data.when <= now
        ]
        return held[-1].date() if held else None

    def _read_journal(self) -> None:
        self._watch.mark()
        self.options_panel.period.update_days(self._today(), self._last_session())
        self._list_entries()
        self._data = None
        self.update_preview()

    def _list_entries(self) -> None:
        first, last = self.options_panel.period.range()
        self.options_panel.set_entries(entries_for_choosing(self._services, first, last))

    # Printing and saving

    @contextmanager
    def _busy(self) -> Iterator[None]:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            yield
        finally:
            QApplication.restoreOverrideCursor()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _run(self, work: Callable[[], None], failed: str) -> bool:
        """Do ``work`` with a busy cursor; on failure explain kindly and return False."""
        self._show_error("")
        try:
            with self._busy():
                work()
        except (JournalError, OSError) as error:
            # A JournalError's message is written for the person; an OSError's is not.
            self._show_error(render(error) if isinstance(error, JournalError) else failed)
            self.status_message.emit(failed)
            return False
        return True

    def _on_print_button_clicked(self) -> None:
        self._show_error("")
        data = self.data()
        printer = summary_printer()
        choice = choose_printer(self, printer, self.tr("Print your summary"), pdf_offer())
        if choice is PrintChoice.PDF:
            self._save_as_pdf(data)
        elif choice is PrintChoice.PRINTER and self._run(
            lambda: self._print(printer, data),
            self.tr("The summary didn't print. Check the printer and try again."),
        ):
            show_message(self.saved, "")
            self.status_message.emit(self.tr("Your summary went to the printer."))

    def _print(self, printer: QPrinter, data: SummaryData) -> None:
        self._painter.paint(printer, data)
        if not reached_printer(printer):
            raise OSError("the pages did not reach the printer")

    def _on_save_button_clicked(self) -> None:
        self._save_as_pdf(self.data())

    def _save_as_pdf(self, data: SummaryData) -> None:
        """Ask where (never the journal's own folder), write a private PDF, warn it is plain."""
        self._show_error("")
        suggested = default_pdf_path(self._today())
        if self._folder is not None:
            suggested = self._folder / suggested.name
        path = choose_output_file(
            self,
            self.tr("Save your summary as a PDF"),
            suggested,
            self.tr("PDF files (*.pdf)"),
            suffix=".pdf",
            journal_folder=self._services.vault.folder,
        )
        if path is None:
            return
        show_message(self.saved, "")
        if self._run(
            lambda: self._painter.write(path, data),
            self.tr("The PDF wasn't saved."),
        ):
            self._folder = path.parent
            show_message(
                self.saved,
                self.tr(
                    "Saved to {path}. It is not encrypted: anyone who can open the file can "
                    "read it, so keep it somewhere private."
                ).format(path=path),
            )
            self.status_message.emit(
                self.tr("Saved {name}. It is not encrypted, so keep it somewhere private.").format(
                    name=path.name
                )
            )

    # Slots

    def _on_options_panel_changed(self) -> None:
        self._timer.start(CLICK_DELAY_MS)

    def _on_options_panel_typed(self) -> None:
        self._timer.start(TYPING_DELAY_MS)

    def _on_options_panel_period_changed(self) -> None:
        self._list_entries()

    def _on_preview_pages_changed(self, count: int) -> None:
        text = self.tr("1 page") if count == 1 else self.tr("{n} pages").format(n=count)
        self.pages.setText(text)


def _only_words_differ(before: SummaryOptions, after: SummaryOptions) -> bool:
    """True when only the name or the note changed, so the gathered data still holds."""
    return replace(before, name=after.name, talk_about=after.talk_about) == after
