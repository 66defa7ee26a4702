"""One day opened from the year calendar: its check-ins, its session and its entries."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from journal_app.domain.records import Record
from journal_app.domain.text import first_line
from journal_app.ui.elide import ElidedButton
from journal_app.ui.mood.describe import checkin_summary
from journal_app.ui.named import named

MOST_CHECKINS = 6  # a day with more (a stuck clock, an import) lists the first few
MOST_ENTRIES = 5
NOTE_CHARACTERS = 160


class DayPanel(QWidget):
    """What happened on one day, with buttons to open its entries and its journey."""

    open_entry_requested = Signal(str)
    open_journey_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day: date | None = None
        self.title = named(QLabel(), "sectionTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setText(self.tr("Choose a day"))
        self.hint = named(
            QLabel(
                self.tr("Click a day, or move to it with the arrow keys and press Enter."),
                wordWrap=True,
            ),
            "muted",
        )
        self._lines = QVBoxLayout()
        self._lines.setContentsMargins(0, 0, 0, 0)
        self._lines.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(self._lines)
        self.buttons: list[QPushButton] = []

    def show_day(
        self,
        day: date,
        checkins: Sequence[Record],
        journeys: Sequence[Record],
        entries: Sequence[Record],
    ) -> None:
        """Show ``day`` with its check-ins (oldest first), journeys and entries."""
        self.day = day
        self._clear()
        self.title.setText(
            QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")
        )
        self.hint.setVisible(not (checkins or journeys or entries))
        self.hint.setText(self.tr("Nothing was written or checked in on this day."))
        for record in checkins[:MOST_CHECKINS]:
            self._add_line(self._checkin_words(record))
        if len(checkins) > MOST_CHECKINS:
            more = len(checkins) - MOST_CHECKINS
            self._add_line(self.tr("…and {n} more check-ins this day.").format(n=more), "muted")
        for record in journeys:
            planned = record.data.session.start is None
            text = self.tr("Open the planned session") if planned else self.tr("Open the session")
            self._add_button(text, record.id, self.open_journey_requested)
        for record in entries[:MOST_ENTRIES]:
            heading = record.data.title or first_line(record.data.body)
            self._add_button(
                self.tr("Open the entry “{title}”").format(title=heading),
                record.id,
                self.open_entry_requested,
            )
        if len(entries) > MOST_ENTRIES:
            more = len(entries) - MOST_ENTRIES
            self._add_line(
                self.tr("…and {n} more entries: the Journal lists them all.").format(n=more),
                "muted",
            )

    def lines(self) -> list[str]:
        """The words shown under the title, top to bottom (for tests and screen readers)."""
        shown = []
        for n in range(self._lines.count()):
            item = self._lines.itemAt(n)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel | QPushButton):
                shown.append(widget.accessibleName() or widget.text())
        return shown

    def _checkin_words(self, record: Record) -> str:
        words = checkin_summary(record.data)
        note = " ".join(record.data.note.split())
        if len(note) > NOTE_CHARACTERS:
            note = note[: NOTE_CHARACTERS - 1].rstrip() + "…"
        return f"{words}\n{note}" if note else words

    def _add_line(self, text: str, name: str = "") -> None:
        label = named(QLabel(text, wordWrap=True), name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self._lines.addWidget(label)

    def _add_button(self, text: str, record_id: str, signal: SignalInstance) -> None:
        button = ElidedButton(text.replace("&", "&&"))  # "&" is a shortcut marker
        button.setAccessibleName(text)
        # A push button never shrinks below its words; this one may, eliding them.
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda: signal.emit(record_id))
        self._lines.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.buttons.append(button)

    def _clear(self) -> None:
        while self._lines.count():
            item = self._lines.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.buttons = []
