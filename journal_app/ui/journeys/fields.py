"""Fields for logging a session: an optional time with "Now", a 0-10 scale, a number box."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSlider,
    QWidget,
)

from journal_app.ui.dates import limit_to_journal_years
from journal_app.ui.named import named
from journal_app.ui.text_width import keep_text_width
from journal_app.ui.time_typing import accept_typed_times

TIME_FORMAT = "ddd d MMM yyyy  HH:mm"
TIME_WIDTH = 232
SHORT_TIME_FORMAT = "d MMM  HH:mm"  # for times on the session's own day or the next
SHORT_TIME_WIDTH = 170
NUMBER_WIDTH = 64
LABEL_WIDTH = 120  # one label column for every card of the step, so fields line up
CHOICE_WIDTH = 220


def choice_box(name: str, choices: list[tuple[str, str | None]]) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    keep_text_width(box, CHOICE_WIDTH)
    for label, value in choices:
        box.addItem(label, value)
    return box


def row_label(text: str, field: QWidget | None = None) -> QLabel:
    """A form row's label, as wide as the others; it wraps rather than widening the column."""
    label = QLabel(text, wordWrap=True)
    keep_text_width(label, LABEL_WIDTH)
    if field is not None:
        label.setBuddy(field)
    return label


def unit(text: str) -> QLabel:
    return named(QLabel(text), "muted")


def layout_order(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` that Tab reaches, in the order their layouts show them."""
    found: list[QWidget] = []

    def visit(layout: QLayout | None) -> None:
        if layout is None:
            return
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None:
                continue
            widget = item.widget()
            if widget is not None:
                if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    found.append(widget)
                visit(widget.layout())
            else:
                visit(item.layout())

    visit(root.layout())
    return found


def chain_tabs(root: QWidget) -> None:
    """Make Tab walk ``root`` top to bottom, rows added later included."""
    widgets = layout_order(root)
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def number_box(name: str, width: int = NUMBER_WIDTH) -> QLineEdit:
    """A narrow box for a number the person may leave empty."""
    box = QLineEdit()
    box.setAccessibleName(name)
    keep_text_width(box, width)
    box.setMaxLength(12)
    return box


def read_number(box: QLineEdit, *, whole: bool = False) -> float | int | None:
    """The number in ``box`` (a comma works as a decimal point), None if empty.

    Raises ValueError when the text is not a number (or not a whole one, with ``whole``).
    """
    text = box.text().strip().replace(",", ".")
    if not text:
        return None
    return int(text) if whole else float(text)


def number_text(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def to_qt(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def from_qt(moment: QDateTime) -> datetime:
    day, time = moment.date(), moment.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


class TimeField(QWidget):
    """A wall-clock time that may be left unset; "Now" fills in the present minute."""

    edited = Signal()

    def __init__(
        self,
        name: str,
        now: Callable[[], datetime],
        suggest: Callable[[], datetime],
        parent: QWidget | None = None,
        *,
        short: bool = False,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._suggest = suggest  # where "Pick a time" starts: the planned time, say
        self._set = False
        self._loading = False

        self.edit = QDateTimeEdit()
        limit_to_journal_years(self.edit)
        accept_typed_times(self.edit)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(SHORT_TIME_FORMAT if short else TIME_FORMAT)
        self.edit.setAccessibleName(name)
        self.empty = named(QLabel(self.tr("Not set")), "muted")
        self.empty.setAccessibleName(self.tr("{name}: not set").format(name=name))
        self.now_button = QPushButton(self.tr("Now"))
        self.now_button.setAccessibleName(self.tr("{name}: now").format(name=name))
        self.now_button.setToolTip(self.tr("Fill in the time right now"))
        self.toggle_button = named(QPushButton(), "link")
        self._name = name
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        width = SHORT_TIME_WIDTH if short else TIME_WIDTH
        keep_text_width(self.edit, width)
        keep_text_width(self.empty, width)
        layout.addWidget(self.edit)
        layout.addWidget(self.empty)
        layout.addWidget(self.now_button)
        layout.addWidget(self.toggle_button)
        layout.addStretch(1)
        self._show()

        self.edit.dateTimeChanged.connect(self._on_edit_changed)
        self.now_button.clicked.connect(self._on_now_button_clicked)
        self.toggle_button.clicked.connect(self._on_toggle_button_clicked)

    def value(self) -> datetime | None:
        return from_qt(self.edit.dateTime()) if self._set else None

    def set_value(self, moment: datetime | None) -> None:
        """Show ``moment`` (None: not set) without saying ``edited``."""
        self._loading = True
        try:
            self._set = moment is not None
            limit_to_journal_years(self.edit, moment)  # an old session's time is kept as stored
            if moment is not None:
                self.edit.setDateTime(to_qt(moment))
            self._show()
        finally:
            self._loading = False

    def _change(self, moment: datetime | None) -> None:
        self.set_value(moment)
        self.edited.emit()

    def _show(self) -> None:
        self.edit.setVisible(self._set)
        self.empty.setVisible(not self._set)
        words = self.tr("Clear") if self._set else self.tr("Pick a time")
        self.toggle_button.setText(words)
        self.toggle_button.setAccessibleName(f"{self._name}: {words}")

    def _on_edit_changed(self, _: QDateTime) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_now_button_clicked(self) -> None:
        self._change(self._now())

    def _on_toggle_button_clicked(self) -> None:
        if self._set:
            self._change(None)
            self.now_button.setFocus()
        else:
            self._change(self._suggest())
            self.edit.setFocus()


class ScaleField(QWidget):
    """A 0-10 slider that starts unset; the number shows once the person moves it."""

    edited = Signal()

    def __init__(self, name: str, low: str, high: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._set = False
        self._loading = False
        self._name = name
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setAccessibleName(name)
        self.slider.setAccessibleDescription(
            self.tr("0 is {low}, 10 is {high}").format(low=low, high=high)
        )
        self.low = named(QLabel(low), "hint")
        self.high = named(QLabel(high), "hint")
        room = self.low.fontMetrics().horizontalAdvance("x" * 12)  # so sliders line up
        self.low.setFixedWidth(room)
        self.low.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.high.setFixedWidth(room)
        self.number = named(QLabel(), "sectionTitle")
        self.number.setMinimumWidth(48)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setAccessibleName(self.tr("{name} value").format(name=name))
        self.clear_button = named(QPushButton(self.tr("Clear")), "link")
        self.clear_button.setAccessibleName(self.tr("Clear {name}").format(name=name))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.low)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.high)
        layout.addWidget(self.number)
        layout.addWidget(self.clear_button)
        self._show()

        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.slider.sliderPressed.connect(self._on_slider_pressed)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)

    def value(self) -> int | None:
        return self.slider.value() if self._set else None

    def set_value(self, value: int | None) -> None:
        self._loading = True
        try:
            self._set = value is not None
            self.slider.setValue(value or 0)
            self._show()
        finally:
            self._loading = False

    def _show(self) -> None:
        self.number.setText(str(self.slider.value()) if self._set else "–")
        self.clear_button.setEnabled(self._set)

    def _mark(self) -> None:
        if self._loading:
            return
        self._set = True
        self._show()
        self.edited.emit()

    def _on_slider_value_changed(self, _: int) -> None:
        self._mark()

    def _on_slider_pressed(self) -> None:
        self._mark()

    def _on_clear_button_clicked(self) -> None:
        self.set_value(None)
        self.slider.setFocus()
        self.edited.emit()
