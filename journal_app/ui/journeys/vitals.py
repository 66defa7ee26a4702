"""Blood pressure and pulse: one reading at each moment of the card, more at clock times."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTime, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.errors import ValidationError
from journal_app.domain.journey import Vital
from journal_app.domain.session_card import VITAL_MOMENTS
from journal_app.ui.journeys.common import error_label, show_error
from journal_app.ui.journeys.fields import number_box, read_number, unit
from journal_app.ui.messages import render
from journal_app.ui.named import named
from journal_app.ui.text_width import keep_text_width
from journal_app.ui.time_typing import accept_typed_times

BP_WIDTH = 48
CLOCK_WIDTH = 84


class ReadingField(QWidget):
    """One reading: top and bottom numbers and a pulse, out of the way until asked for.

    ``at`` is "before", "40min" or "leaving"; None for a reading at a clock time, whose
    time is chosen in the row. A row in a list (``listed``) is always open and asks to go
    with ``remove_requested``; a single one closes again instead.
    """

    edited = Signal()
    remove_requested = Signal(object)  # this field

    def __init__(
        self,
        name: str,
        at: str | None,
        *,
        listed: bool = False,
        moment_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._at = at
        self._listed = listed
        self._open = listed
        self.add_button = named(QPushButton(self.tr("Add a reading")), "link")
        self.add_button.setAccessibleName(self.tr("{name}: add a reading").format(name=name))
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        accept_typed_times(self.time)
        self.time.setAccessibleName(self.tr("{name}: time").format(name=name))
        keep_text_width(self.time, CLOCK_WIDTH)
        self.time.setVisible(at is None)
        self.moment = named(QLabel(moment_label), "muted")
        self.moment.setVisible(at is not None and listed)
        self.systolic = self._box(self.tr("{name}: top number (systolic)"), name, self.tr("SYS"))
        self.diastolic = self._box(
            self.tr("{name}: bottom number (diastolic)"), name, self.tr("DIA")
        )
        self.pulse = self._box(self.tr("{name}: pulse"), name, "")
        self.remove_button = named(QPushButton(self.tr("Remove")), "link")
        self.remove_button.setAccessibleName(self.tr("{name}: remove").format(name=name))
        self.error = error_label(self.tr("{name}: problem").format(name=name))
        self._fields = QWidget()
        row = QHBoxLayout(self._fields)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for widget in (
            self.time,
            self.moment,
            self.systolic,
            unit("/"),
            self.diastolic,
            unit(self.tr("Pulse")),
            self.pulse,
            self.remove_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.add_button)
        line.addWidget(self._fields)
        line.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(line)
        layout.addWidget(self.error)
        self._show()

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.time.timeChanged.connect(self._on_field_edited)
        for box in (self.systolic, self.diastolic, self.pulse):
            box.textEdited.connect(self._on_field_edited)

    def _box(self, template: str, name: str, placeholder: str) -> QLineEdit:
        box = number_box(template.format(name=name), BP_WIDTH)
        box.setPlaceholderText(placeholder)
        box.setMaxLength(3)
        return box

    def set_value(self, vital: Vital | None, at_clock: str = "") -> None:
        """Show ``vital`` (None: none yet); ``at_clock`` ("HH:MM") places a new clock row."""
        self._open = self._listed or vital is not None
        clock = vital.at if vital is not None else at_clock
        if self._at is None and clock:
            self.time.blockSignals(True)
            self.time.setTime(QTime.fromString(clock, "HH:mm"))
            self.time.blockSignals(False)
        self.systolic.setText(str(vital.systolic) if vital else "")
        self.diastolic.setText(str(vital.diastolic) if vital else "")
        self.pulse.setText(str(vital.pulse) if vital and vital.pulse is not None else "")
        show_error(self.error, "")
        self._show()

    def value(self) -> tuple[Vital | None, str]:
        """The reading (None if none), and what is wrong with it ("" if nothing)."""
        boxes = (self.systolic, self.diastolic, self.pulse)
        if not self._open or not any(box.text().strip() for box in boxes):
            return None, ""
        try:
            systolic, diastolic, pulse = (read_number(box, whole=True) for box in boxes)
        except ValueError:
            return None, self.tr("Write the readings as whole numbers, like 128 / 82.")
        if systolic is None or diastolic is None:
            return None, self.tr(
                "Write both numbers: the top one (systolic) and the bottom one (diastolic)."
            )
        at = self._at or self.time.time().toString("HH:mm")
        try:
            return Vital(
                at, int(systolic), int(diastolic), None if pulse is None else int(pulse)
            ), ""
        except ValidationError as error:
            return None, render(error)

    def focus_first(self) -> None:
        (self.time if self._at is None else self.systolic).setFocus()

    def _show(self) -> None:
        self.add_button.setVisible(not self._open)
        self._fields.setVisible(self._open)

    def _on_field_edited(self, *_: object) -> None:
        self.edited.emit()

    def _on_add_button_clicked(self) -> None:
        self._open = True
        self._show()
        self.systolic.setFocus()

    def _on_remove_button_clicked(self) -> None:
        if self._listed:
            self.remove_requested.emit(self)
            return
        self.set_value(None)
        self.add_button.setFocus()
        self.edited.emit()


class MoreReadings(QWidget):
    """Readings at clock times (and any second reading at a named moment), as many as taken."""

    edited = Signal()
    rows_changed = Signal()  # a row came or went: the tab order needs a look

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self.rows: list[ReadingField] = []
        self.add_button = named(QPushButton(self.tr("Add a reading")), "link")
        self.add_button.setAccessibleName(self.tr("Add a reading at another time"))
        self._column = QVBoxLayout()
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(6)
        adding = QHBoxLayout()
        adding.addWidget(self.add_button)
        adding.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(self._column)
        layout.addLayout(adding)
        self.add_button.clicked.connect(self._on_add_button_clicked)

    def load(self, vitals: list[Vital], moment_words: dict[str, str]) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for vital in vitals:
            row = self._add(vital.at if vital.at in VITAL_MOMENTS else None, moment_words)
            row.set_value(vital)
        self.rows_changed.emit()

    def value(self) -> tuple[list[Vital], bool]:
        """The readings shown, and False if any needs a second look (shown beside it)."""
        readings: list[Vital] = []
        ok = True
        for row in self.rows:
            vital, problem = row.value()
            show_error(row.error, problem)
            ok = ok and not problem
            if vital is not None:
                readings.append(vital)
        return readings, ok

    def _add(self, at: str | None, moment_words: dict[str, str]) -> ReadingField:
        name = self.tr("Another reading")
        row = ReadingField(name, at, listed=True, moment_label=moment_words.get(at or "", ""))
        row.edited.connect(self.edited)
        row.remove_requested.connect(self._on_row_remove_requested)
        self._column.addWidget(row)
        self.rows.append(row)
        return row

    def _on_add_button_clicked(self) -> None:
        row = self._add(None, {})
        row.set_value(None, f"{self._now():%H:%M}")
        self.rows_changed.emit()
        row.focus_first()

    def _on_row_remove_requested(self, row: ReadingField) -> None:
        self.rows.remove(row)
        row.hide()
        row.setParent(None)
        row.deleteLater()
        self.add_button.setFocus()
        self.rows_changed.emit()
        self.edited.emit()


class Vitals(QObject):
    """The card's readings: before dosing, about 40 minutes in, before leaving, and more."""

    def __init__(self, now: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words = {
            "before": self.tr("Before dosing"),
            "40min": self.tr("About 40 minutes in"),
            "leaving": self.tr("Before leaving"),
        }
        self.moments = {
            at: ReadingField(self.tr("Blood pressure, {when}").format(when=words.lower()), at)
            for at, words in self.words.items()
        }
        self.more = MoreReadings(now)

    def fields(self) -> list[ReadingField | MoreReadings]:
        return [*self.moments.values(), self.more]

    def load(self, vitals: tuple[Vital, ...]) -> None:
        extra: list[Vital] = []
        for at, field in self.moments.items():
            same = [vital for vital in vitals if vital.at == at]
            field.set_value(same[0] if same else None)
            extra += same[1:]
        self.more.load([*extra, *(v for v in vitals if v.at not in VITAL_MOMENTS)], self.words)

    def value(self) -> tuple[tuple[Vital, ...], bool]:
        """Every reading shown, and False if one needs a second look (shown beside it)."""
        readings: list[Vital] = []
        ok = True
        for field in self.moments.values():
            vital, problem = field.value()
            show_error(field.error, problem)
            ok = ok and not problem
            if vital is not None:
                readings.append(vital)
        more, more_ok = self.more.value()
        return (*readings, *more), ok and more_ok
