"""Which days the summary covers: a few presets, or two dates of one's own."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.reports.data import preset_range
from journal_app.ui.dates import from_qdate, limit_to_journal_years, to_qdate
from journal_app.ui.named import named

PRESETS = ("since_last_session", "two_weeks", "thirty_days", "custom")
DATE_FORMAT = "d MMM yyyy"


class PeriodChooser(QWidget):
    """Radio buttons for the usual periods and two dates that any of them can be tuned from."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._last_session: date | None = None
        self._picked = False  # the person chose a period; keep it when the journal changes
        labels = {
            "since_last_session": self.tr("Since my last session"),
            "two_weeks": self.tr("Last 2 weeks"),
            "thirty_days": self.tr("Last 30 days"),
            "custom": self.tr("Choose dates"),
        }
        self.presets = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for index, name in enumerate(PRESETS):
            button = QRadioButton(labels[name])
            button.setAccessibleName(labels[name])
            self.presets.addButton(button, index)
            layout.addWidget(button)
        self.start = self._date_edit(self.tr("First day"))
        self.end = self._date_edit(self.tr("Last day"))
        dates = QGridLayout()
        dates.setContentsMargins(24, 4, 0, 0)
        dates.setHorizontalSpacing(10)
        for line, (words, edit) in enumerate(
            ((self.tr("From"), self.start), (self.tr("To"), self.end))
        ):
            label = QLabel(words)
            label.setBuddy(edit)
            dates.addWidget(label, line, 0)
            dates.addWidget(edit, line, 1)
        dates.setColumnStretch(2, 1)
        layout.addLayout(dates)
        self.last_session_hint = named(QLabel(wordWrap=True), "hint")
        layout.addWidget(self.last_session_hint)

        self.presets.idClicked.connect(self._on_presets_id_clicked)
        self.start.dateChanged.connect(self._on_dates_changed)
        self.end.dateChanged.connect(self._on_dates_changed)
        self.update_days(today, None)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setAccessibleName(name)
        limit_to_journal_years(edit)
        return edit

    def range(self) -> tuple[date, date]:
        """The first and last day, in order whichever way round they were typed."""
        first, last = sorted((from_qdate(self.start.date()), from_qdate(self.end.date())))
        return first, last

    def preset(self) -> str:
        return PRESETS[self.presets.checkedId()]

    def update_days(self, today: date, last_session: date | None) -> None:
        """Know today and the last session; offer "Since my last session" only if there is one."""
        self._today = today
        self._last_session = day = last_session
        button = self.presets.button(PRESETS.index("since_last_session"))
        button.setEnabled(day is not None)
        if day is None:
            self.last_session_hint.setText(self.tr("No session recorded yet."))
        else:
            shown = to_qdate(day).toString(DATE_FORMAT)
            self.last_session_hint.setText(self.tr("Your last session: {day}.").format(day=shown))
        if not self._picked or (day is None and button.isChecked()):
            self.choose("since_last_session" if day is not None else "thirty_days")
        elif self.preset() != "custom":
            self.choose(self.preset())

    def choose(self, preset: str) -> None:
        """Pick a preset and set the dates it stands for."""
        self.presets.button(PRESETS.index(preset)).setChecked(True)
        if preset != "custom":
            first, last = preset_range(preset, self._today, self._last_session)
            self._set_dates(first, last)

    def _set_dates(self, first: date, last: date) -> None:
        if self.range() == (first, last):
            return
        for edit, day in ((self.start, first), (self.end, last)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)
        self.changed.emit()

    def _on_presets_id_clicked(self, index: int) -> None:
        self._picked = True
        self.choose(PRESETS[index])
        if PRESETS[index] == "custom":
            self.start.setFocus()

    def _on_dates_changed(self, _: QDate) -> None:
        self._picked = True
        self.presets.button(PRESETS.index("custom")).setChecked(True)
        self.changed.emit()
