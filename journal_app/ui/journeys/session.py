"""Session: times, setting and route, how it felt, quick notes and the narrative."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.errors import ValidationError
from journal_app.domain.journey import ROUTES, SETTINGS, Journey, SessionLog, TimedNote
from journal_app.ui.dates import limit_to_journal_years
from journal_app.ui.journeys.common import (
    error_label,
    form_layout,
    scrolling,
    show_error,
    text_box,
    wrapped,
)
from journal_app.ui.journeys.describe import route_label, setting_label
from journal_app.ui.journeys.fields import (
    TIME_FORMAT,
    TIME_WIDTH,
    ScaleField,
    TimeField,
    from_qt,
    to_qt,
)
from journal_app.ui.pages.layout import card

NOTE_ROWS_SHOWN = 6  # more notes scroll


def choice_box(name: str, choices: list[tuple[str, str | None]]) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for label, value in choices:
        box.addItem(label, value)
    return box


class SessionPane(QWidget):
    """Logs the session; ``value()`` is None while something needs a second look."""

    edited = Signal()
    note_added = Signal()

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._notes: tuple[TimedNote, ...] = ()
        self._sitter_was: bool | None = None
        self._sitter_touched = False
        self._loading = False

        when_card, when = card(self.tr("When"))
        when.addWidget(wrapped(self.tr("All optional. “Now” fills in this minute."), "hint"))
        self.planned = QDateTimeEdit(calendarPopup=True, displayFormat=TIME_FORMAT)
        limit_to_journal_years(self.planned)
        self.planned.setAccessibleName(self.tr("Planned for"))
        self.planned.setFixedWidth(TIME_WIDTH)
        self.start = TimeField(self.tr("Started"), now, self._planned_time)
        self.onset = TimeField(self.tr("First effects"), now, self._start_time)
        self.peak = TimeField(self.tr("Strongest"), now, self._start_time)
        self.end = TimeField(self.tr("Ended"), now, self._start_time)
        self.errors = {
            name: error_label(self.tr("Problem with this time"))
            for name in ("onset", "peak", "end")
        }
        times = form_layout()
        times.addRow(self.tr("Planned for"), self.planned)
        times.addRow(self.tr("Started"), self.start)
        for name, field, label in (
            ("onset", self.onset, self.tr("First effects")),
            ("peak", self.peak, self.tr("Strongest")),
            ("end", self.end, self.tr("Ended")),
        ):
            times.addRow(label, field)
            times.addRow("", self.errors[name])
        when.addLayout(times)

        where_card, where = card(self.tr("Where and how"))
        unknown = self.tr("Not noted")
        self.setting = choice_box(
            self.tr("Setting"), [(unknown, None), *((setting_label(s), s) for s in SETTINGS)]
        )
        self.route = choice_box(
            self.tr("Route"), [(unknown, None), *((route_label(r), r) for r in ROUTES)]
        )
        self.dose = QLineEdit()
        self.dose.setAccessibleName(self.tr("Dose in mg"))
        self.dose.setPlaceholderText(self.tr("Optional, for example 50"))
        self.errors["dose"] = error_label(self.tr("Problem with the dose"))
        self.provider = QLineEdit()
        self.provider.setAccessibleName(self.tr("Provider"))
        self.provider.setPlaceholderText(self.tr("Clinic or person, if you like"))
        self.provider.setMaxLength(200)
        self.sitter = QCheckBox(self.tr("Someone I trust was with me"))
        self.sitter.setAccessibleName(self.tr("Sitter present"))
        self.sitter.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.music = QLineEdit()
        self.music.setAccessibleName(self.tr("Music"))
        self.music.setPlaceholderText(self.tr("A playlist, an album, silence…"))
        self.music.setMaxLength(1000)
        self.dose.setFixedWidth(200)
        dose_row = QHBoxLayout()
        dose_row.setSpacing(8)
        dose_row.addWidget(self.dose)
        dose_row.addWidget(QLabel(self.tr("mg"), objectName="muted"))
        dose_row.addStretch(1)
        form = form_layout()
        form.addRow(self.tr("Setting"), self.setting)
        form.addRow(self.tr("Route"), self.route)
        form.addRow(self.tr("Dose"), dose_row)
        form.addRow("", self.errors["dose"])
        form.addRow(self.tr("Provider"), self.provider)
        form.addRow(self.tr("Sitter"), self.sitter)
        form.addRow(self.tr("Music"), self.music)
        where.addLayout(form)

        felt_card, felt = card(self.tr("How it felt"))
        self.intensity = ScaleField(self.tr("Intensity"), self.tr("gentle"), self.tr("very strong"))
        self.dissociation = ScaleField(
            self.tr("Dissociation"), self.tr("none"), self.tr("complete")
        )
        self.body = text_box(self.tr("Body sensations"), self.tr("Warmth, heaviness, tingling…"))
        scales = form_layout()
        scales.addRow(self.tr("Intensity"), self.intensity)
        scales.addRow(self.tr("Dissociation"), self.dissociation)
        scales.addRow(self.tr("In my body"), self.body)
        felt.addLayout(scales)

        notes_card, notes = card(self.tr("Notes as they come"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Quick note"))
        self.note.setPlaceholderText(self.tr("A word or a line; Enter adds it with the time"))
        self.add_note_button = QPushButton(self.tr("Add note"))
        self.add_note_button.setAccessibleName(self.tr("Add note"))
        self.note_list = QListWidget()
        self.note_list.setAccessibleName(self.tr("My notes, with their times"))
        self.note_list.setWordWrap(True)
        self.note_list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        adding = QHBoxLayout()
        adding.addWidget(self.note, 1)
        adding.addWidget(self.add_note_button)
        notes.addLayout(adding)
        notes.addWidget(self.note_list)

        story_card, story = card(self.tr("In my own words"))
        story.addWidget(wrapped(self.tr("Capture first, interpret later."), "hint"))
        self.narrative = text_box(self.tr("What happened, in my own words"), lines=8)
        story.addWidget(self.narrative)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling([when_card, where_card, felt_card, notes_card, story_card]))
        self._connect()

    def _connect(self) -> None:
        for field in (self.start, self.onset, self.peak, self.end):
            field.edited.connect(self._on_field_edited)
        self.intensity.edited.connect(self._on_field_edited)
        self.dissociation.edited.connect(self._on_field_edited)
        self.planned.dateTimeChanged.connect(self._on_field_edited)
        self.setting.currentIndexChanged.connect(self._on_field_edited)
        self.route.currentIndexChanged.connect(self._on_field_edited)
        for line in (self.dose, self.provider, self.music):
            line.textEdited.connect(self._on_field_edited)
        self.body.textChanged.connect(self._on_field_edited)
        self.narrative.textChanged.connect(self._on_field_edited)
        self.sitter.toggled.connect(self._on_sitter_toggled)
        self.note.returnPressed.connect(self._on_add_note_button_clicked)
        self.add_note_button.clicked.connect(self._on_add_note_button_clicked)

    def load(self, journey: Journey) -> None:
        """Show the session of ``journey`` (no ``edited`` for this)."""
        log = journey.session
        self._loading = True
        try:
            limit_to_journal_years(self.planned, journey.planned_at)  # an old plan stays as stored
            self.planned.setDateTime(to_qt(journey.planned_at))
            for field, moment in (
                (self.start, log.start),
                (self.onset, log.onset),
                (self.peak, log.peak),
                (self.end, log.end),
            ):
                field.set_value(moment)
            self.setting.setCurrentIndex(max(0, self.setting.findData(log.setting)))
            self.route.setCurrentIndex(max(0, self.route.findData(log.route)))
            self.dose.setText(f"{log.dose_mg:g}" if log.dose_mg is not None else "")
            self.provider.setText(log.provider)
            self._sitter_was, self._sitter_touched = log.sitter_present, False
            self.sitter.setChecked(bool(log.sitter_present))
            self.music.setText(log.music)
            self.intensity.set_value(log.intensity)
            self.dissociation.set_value(log.dissociation)
            self.body.setPlainText(log.body)
            self.narrative.setPlainText(log.narrative)
            self._notes = log.notes
            self._show_notes()
            self.note.clear()
        finally:
            self._loading = False
        for label in self.errors.values():
            show_error(label, "")

    def planned_at(self) -> datetime:
        return from_qt(self.planned.dateTime())

    def notes(self) -> tuple[TimedNote, ...]:
        return self._notes

    def value(self) -> SessionLog | None:
        """The session as shown, or None (with the reasons shown by the fields)."""
        fields: dict[str, Any] = {
            "start": self.start.value(),
            "onset": self.onset.value(),
            "peak": self.peak.value(),
            "end": self.end.value(),
            "setting": self.setting.currentData(),
            "route": self.route.currentData(),
            "provider": self.provider.text(),
            "sitter_present": self._sitter(),
            "music": self.music.text(),
            "intensity": self.intensity.value(),
            "dissociation": self.dissociation.value(),
            "body": self.body.toPlainText(),
            "notes": self._notes,
            "narrative": self.narrative.toPlainText(),
        }
        problems = {name: "" for name in self.errors}
        dose_text = self.dose.text().strip().replace(",", ".")
        try:
            fields["dose_mg"] = float(dose_text) if dose_text else None
            SessionLog(dose_mg=fields["dose_mg"])
        except ValueError:
            problems["dose"] = self.tr(
                "Write the dose as a number, like 50 or 37.5, or leave it empty."
            )
        except ValidationError as error:
            problems["dose"] = str(error)
        for name in ("onset", "peak", "end"):
            try:
                SessionLog(start=fields["start"], **{name: fields[name]})
            except ValidationError as error:
                problems[name] = str(error)
        for name, label in self.errors.items():
            show_error(label, problems[name])
        if any(problems.values()):
            return None
        return SessionLog(**fields)

    def _sitter(self) -> bool | None:
        if self.sitter.isChecked():
            return True
        return False if self._sitter_touched else self._sitter_was

    def _planned_time(self) -> datetime:
        return self.planned_at()

    def _start_time(self) -> datetime:
        return self.start.value() or self.planned_at()

    def _show_notes(self) -> None:
        self.note_list.clear()
        for note in self._notes:
            self.note_list.addItem(f"{note.at:%H:%M}   {note.text}")
        self.note_list.setVisible(bool(self._notes))
        rows = min(len(self._notes), NOTE_ROWS_SHOWN)
        height = sum(self.note_list.sizeHintForRow(row) for row in range(rows))
        self.note_list.setFixedHeight(height + 2 * self.note_list.frameWidth() + 8)

    # Slots

    def _on_field_edited(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_sitter_toggled(self, _: bool) -> None:
        if not self._loading:
            self._sitter_touched = True
            self.edited.emit()

    def _on_add_note_button_clicked(self) -> None:
        text = self.note.text().strip()
        if not text:
            return
        self._notes = (*self._notes, TimedNote(self._now(), text))
        self._show_notes()
        self.note_list.scrollToBottom()
        self.note.clear()
        self.note_added.emit()
