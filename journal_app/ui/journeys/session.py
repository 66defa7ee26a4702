"""Session: the card in the order things happen, then notes and the narrative.

Before (medicine, route, setting, a first reading), dosing, about 40 minutes in, side
effects, leaving; each card stays short, and the dose shows only the route's fields.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
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
from journal_app.ui.journeys.dose import DoseFields, MedicineField
from journal_app.ui.journeys.effects import SideEffectsField
from journal_app.ui.journeys.fields import (
    TIME_FORMAT,
    TIME_WIDTH,
    ScaleField,
    TimeField,
    chain_tabs,
    choice_box,
    from_qt,
    row_label,
    to_qt,
)
from journal_app.ui.journeys.notes import QuickNotes
from journal_app.ui.journeys.vitals import Vitals
from journal_app.ui.messages import render
from journal_app.ui.pages.layout import card
from journal_app.ui.text_width import keep_text_width
from journal_app.ui.time_typing import accept_typed_times

TIMES = ("onset", "peak", "end", "clear_at")  # checked against the start


class SessionPane(QWidget):
    """Logs the session; ``value()`` is None while something needs a second look."""

    edited = Signal()
    note_added = Signal()

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._sitter_was: bool | None = None
        self._sitter_touched = False
        self._loading = False

        self.planned = QDateTimeEdit(calendarPopup=True, displayFormat=TIME_FORMAT)
        accept_typed_times(self.planned)
        limit_to_journal_years(self.planned)
        self.planned.setAccessibleName(self.tr("Planned for"))
        keep_text_width(self.planned, TIME_WIDTH)
        self.start = TimeField(self.tr("Started"), now, self._planned_time)
        self.onset = TimeField(self.tr("First effects"), now, self._start_time)
        self.peak = TimeField(self.tr("Strongest"), now, self._start_time)
        self.clear_at = TimeField(
            self.tr("Felt clear and ready to go home at"), now, self._start_time
        )
        self.end = TimeField(self.tr("Ended"), now, self._start_time)
        self.medicine = MedicineField()
        unknown = self.tr("Not noted")
        self.route = choice_box(
            self.tr("Route"), [(unknown, None), *((route_label(r), r) for r in ROUTES)]
        )
        self.setting = choice_box(
            self.tr("Setting"), [(unknown, None), *((setting_label(s), s) for s in SETTINGS)]
        )
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
        self.dosing = DoseFields()
        self.dose = self.dosing.boxes["dose_mg"]
        self.vitals = Vitals(now, self)
        self.intensity = ScaleField(self.tr("Intensity"), self.tr("gentle"), self.tr("very strong"))
        self.dissociation = ScaleField(
            self.tr("Dissociation"), self.tr("none"), self.tr("complete")
        )
        self.body = text_box(self.tr("Body sensations"), self.tr("Warmth, heaviness, tingling…"))
        self.effects = SideEffectsField(now, self._start_time)
        self.errors = {name: error_label(self.tr("Problem with this time")) for name in TIMES} | {
            "medicine": self.medicine.error,
            "dose": self.dosing.error,
            "effects": self.effects.error,
        }

        before_card, before = card(self.tr("Before"))
        before.addWidget(wrapped(self.tr("All optional. “Now” fills in this minute."), "hint"))
        before.addLayout(
            self._form(
                (self.tr("Planned for"), self.planned),
                (self.tr("Medicine"), self.medicine),
                (self.tr("Route"), self.route),
                (self.tr("Setting"), self.setting),
                (self.tr("Provider"), self.provider),
                (self.tr("Sitter"), self.sitter),
                (self.tr("Music"), self.music),
                (self.tr("Blood pressure"), self.vitals.moments["before"]),
            )
        )
        dosing_card, dosing = card(self.tr("Dosing"))
        dosing.addWidget(self.dosing)
        dosing.addLayout(
            self._form(
                (self.tr("Started"), self.start),
                (self.tr("First effects"), self.onset),
                (self.tr("Strongest"), self.peak),
            )
        )
        during_card, during = card(self.tr("About 40 minutes in"))
        during.addLayout(
            self._form(
                (self.tr("Blood pressure"), self.vitals.moments["40min"]),
                (self.tr("Other readings"), self.vitals.more),
                (self.tr("Intensity"), self.intensity),
                (self.tr("Dissociation"), self.dissociation),
                (self.tr("In my body"), self.body),
            )
        )
        effects_card, effects = card(self.tr("Side effects"))
        effects.addWidget(wrapped(self.tr("Tick any you noticed, if you like."), "hint"))
        effects.addWidget(self.effects)
        leaving_card, leaving = card(self.tr("Leaving"))
        leaving.addLayout(
            self._form(
                (self.tr("Blood pressure"), self.vitals.moments["leaving"]),
                (self.tr("Felt clear and ready to go home at"), self.clear_at),
                (self.tr("Ended"), self.end),
            )
        )
        notes_card, notes = card(self.tr("Notes as they come"))
        self.quick_notes = QuickNotes(now)
        self.note, self.add_note_button = self.quick_notes.note, self.quick_notes.add_button
        self.note_list = self.quick_notes.list
        notes.addWidget(self.quick_notes)
        story_card, story = card(self.tr("In my own words"))
        story.addWidget(wrapped(self.tr("Capture first, interpret later."), "hint"))
        self.narrative = text_box(self.tr("What happened, in my own words"), lines=8)
        story.addWidget(self.narrative)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        cards = [before_card, dosing_card, during_card, effects_card, leaving_card]
        self._scroll = scrolling([*cards, notes_card, story_card])
        layout.addWidget(self._scroll)
        self._connect()
        self._order_tabs()

    def _form(self, *rows: tuple[str, QWidget]) -> QFormLayout:
        form = form_layout()
        for label, field in rows:
            if field is self.clear_at:  # a sentence, too long for the label column
                form.addRow(QLabel(label))
                form.addRow("", field)
            else:
                form.addRow(row_label(label, field), field)
            name = next((n for n in TIMES if getattr(self, n, None) is field), "")
            if name:
                form.addRow("", self.errors[name])
        return form

    def _connect(self) -> None:
        for field in (self.start, self.onset, self.peak, self.clear_at, self.end):
            field.edited.connect(self._on_field_edited)
        for part in (self.intensity, self.dissociation, self.dosing, self.effects):
            part.edited.connect(self._on_field_edited)
        for reading in self.vitals.fields():
            reading.edited.connect(self._on_field_edited)
        self.vitals.more.rows_changed.connect(self._order_tabs)
        self.effects.rows_changed.connect(self._order_tabs)
        self.planned.dateTimeChanged.connect(self._on_field_edited)
        self.setting.currentIndexChanged.connect(self._on_field_edited)
        self.medicine.edited.connect(self._on_dose_way_changed)
        self.route.currentIndexChanged.connect(self._on_dose_way_changed)
        for line in (self.provider, self.music):
            line.textEdited.connect(self._on_field_edited)
        self.body.textChanged.connect(self._on_field_edited)
        self.narrative.textChanged.connect(self._on_field_edited)
        self.sitter.toggled.connect(self._on_sitter_toggled)
        self.quick_notes.note_added.connect(self.note_added)

    def load(self, journey: Journey) -> None:
        """Show the session of ``journey`` (no ``edited`` for this)."""
        log = journey.session
        self._loading = True
        try:
            limit_to_journal_years(self.planned, journey.planned_at)  # an old plan stays as stored
            self.planned.setDateTime(to_qt(journey.planned_at))
            for name in ("start", "onset", "peak", "end", "clear_at"):
                getattr(self, name).set_value(getattr(log, name))
            self.medicine.load(log)
            self.setting.setCurrentIndex(max(0, self.setting.findData(log.setting)))
            self.route.setCurrentIndex(max(0, self.route.findData(log.route)))
            self.dosing.load(log)
            self.vitals.load(log.vitals)
            self.effects.load(log.side_effects)
            self.provider.setText(log.provider)
            self._sitter_was, self._sitter_touched = log.sitter_present, False
            self.sitter.setChecked(bool(log.sitter_present))
            self.music.setText(log.music)
            self.intensity.set_value(log.intensity)
            self.dissociation.set_value(log.dissociation)
            self.body.setPlainText(log.body)
            self.narrative.setPlainText(log.narrative)
            self.quick_notes.load(log.notes)
        finally:
            self._loading = False
        for label in self.errors.values():
            show_error(label, "")
        self._order_tabs()

    def planned_at(self) -> datetime:
        return from_qt(self.planned.dateTime())

    def notes(self) -> tuple[TimedNote, ...]:
        return self.quick_notes.notes

    def value(self) -> SessionLog | None:
        """The session as shown, or None (with the reasons shown by the fields)."""
        fields: dict[str, Any] = {
            "start": self.start.value(),
            "onset": self.onset.value(),
            "peak": self.peak.value(),
            "end": self.end.value(),
            "clear_at": self.clear_at.value(),
            "setting": self.setting.currentData(),
            "route": self.route.currentData(),
            "provider": self.provider.text(),
            "sitter_present": self._sitter(),
            "music": self.music.text(),
            "intensity": self.intensity.value(),
            "dissociation": self.dissociation.value(),
            "body": self.body.toPlainText(),
            "notes": self.quick_notes.notes,
            "narrative": self.narrative.toPlainText(),
        }
        problems = dict.fromkeys(self.errors, "")
        medicine, problems["medicine"] = self.medicine.value()
        dose, problems["dose"] = self.dosing.value()
        effects, problems["effects"] = self.effects.value()
        fields |= medicine | dose | {"side_effects": effects}
        fields["vitals"], vitals_ok = self.vitals.value()
        checks = {name: {name: fields[name]} for name in TIMES}
        if not problems["effects"]:
            checks["effects"] = {"side_effects": effects}
        for name, shown in checks.items():
            try:
                SessionLog(start=fields["start"], **shown)
            except ValidationError as error:
                problems[name] = render(error)
        for name, label in self.errors.items():
            show_error(label, problems[name])
        if any(problems.values()) or not vitals_ok:
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

    def _order_tabs(self) -> None:
        column = self._scroll.widget()
        if column is not None:
            chain_tabs(column)

    # Slots

    def _on_field_edited(self, *_: object) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_dose_way_changed(self, *_: object) -> None:
        if not self._loading:
            self.dosing.follow(self.route.currentData(), self.medicine.medicine())
            self.edited.emit()

    def _on_sitter_toggled(self, _: bool) -> None:
        if not self._loading:
            self._sitter_touched = True
            self.edited.emit()
