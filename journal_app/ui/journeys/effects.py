"""Side effects: a short checklist, each with how strong it was and when it lifted."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.errors import ValidationError
from journal_app.domain.journey import SEVERITIES, SIDE_EFFECTS, SideEffect
from journal_app.domain.session_card import MAX_SIDE_EFFECT_NAME, side_effect_key
from journal_app.ui.journeys.common import error_label, form_layout, show_error, wrapped
from journal_app.ui.journeys.fields import TimeField, row_label
from journal_app.ui.messages import render
from journal_app.ui.text_width import keep_text_width

COLUMNS = 2


class EffectDetail(QWidget):
    """How strong one side effect was, and (if noted) when it lifted."""

    edited = Signal()

    def __init__(
        self,
        words: str,
        now: Callable[[], datetime],
        suggest: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.severity = QComboBox()
        self.severity.setAccessibleName(self.tr("{effect}: how strong").format(effect=words))
        self.severity.setPlaceholderText(self.tr("How strong?"))
        strengths = {
            "mild": self.tr("Mild"),
            "moderate": self.tr("Moderate"),
            "severe": self.tr("Severe"),
        }
        for severity in SEVERITIES:
            self.severity.addItem(strengths[severity], severity)
        self.severity.setCurrentIndex(-1)
        keep_text_width(self.severity, 150)
        self.until = TimeField(
            self.tr("{effect}: lasted until").format(effect=words), now, suggest, short=True
        )
        strength = QHBoxLayout()
        strength.addWidget(self.severity)
        strength.addStretch(1)
        form = form_layout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(4)
        form.addRow(row_label(words, self.severity), strength)
        form.addRow(row_label(self.tr("Lasted until")), self.until)
        self.setLayout(form)
        self.severity.currentIndexChanged.connect(self._on_severity_changed)
        self.until.edited.connect(self.edited)

    def set_value(self, effect: SideEffect | None) -> None:
        self.severity.blockSignals(True)
        self.severity.setCurrentIndex(self.severity.findData(effect.severity) if effect else -1)
        self.severity.blockSignals(False)
        self.until.set_value(effect.until if effect else None)

    def chosen(self) -> str | None:
        value: str | None = self.severity.currentData()
        return value

    def _on_severity_changed(self, _: int) -> None:
        self.edited.emit()


class SideEffectsField(QWidget):
    """The checklist; a ticked effect opens its details below the list."""

    edited = Signal()
    rows_changed = Signal()  # an own effect was added: the tab order needs a look

    def __init__(
        self,
        now: Callable[[], datetime],
        suggest: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._suggest = suggest
        self._loading = False
        self.words = {
            "dissociation": self.tr("Dissociation"),
            "sedation": self.tr("Sedation or sleepiness"),
            "dizziness": self.tr("Dizziness"),
            "nausea": self.tr("Nausea or vomiting"),
            "headache": self.tr("Headache"),
            "blurred_vision": self.tr("Blurred vision"),
            "anxiety": self.tr("Anxiety"),
            "feeling_drunk": self.tr("Feeling drunk"),
            "numbness": self.tr("Numbness or tingling"),
        }
        self.boxes: dict[str, QCheckBox] = {}
        self.details: dict[str, EffectDetail] = {}
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(24)
        self._grid.setVerticalSpacing(6)
        self._details = QVBoxLayout()
        self._details.setContentsMargins(0, 4, 0, 0)
        self._details.setSpacing(10)
        self.own = QLineEdit()
        self.own.setAccessibleName(self.tr("Another side effect, in my own words"))
        self.own.setPlaceholderText(self.tr("Something else…"))
        self.own.setMaxLength(MAX_SIDE_EFFECT_NAME)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add this side effect"))
        adding = QHBoxLayout()
        adding.addWidget(self.own, 1)
        adding.addWidget(self.add_button)
        self.hint = wrapped(self.tr("Choose how strong each one was, and it is kept."), "hint")
        self.hint.hide()
        self.error = error_label(self.tr("Problem with a side effect"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(self._grid)
        layout.addLayout(adding)
        layout.addLayout(self._details)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        for key in SIDE_EFFECTS:
            self._add(key, self.words[key])
        self.own.returnPressed.connect(self._on_add_button_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)

    def load(self, effects: tuple[SideEffect, ...]) -> None:
        self._loading = True
        try:
            stored = {effect.name: effect for effect in effects}
            for name in stored:
                if name not in self.boxes:
                    self._add(name, name)
            for name, box in self.boxes.items():
                box.setChecked(name in stored)
                self.details[name].set_value(stored.get(name))
                self.details[name].setVisible(name in stored)
            self.own.clear()
        finally:
            self._loading = False
        self.hint.hide()
        show_error(self.error, "")

    def value(self) -> tuple[tuple[SideEffect, ...], str]:
        """The ticked effects with a strength, and what is wrong ("" if nothing)."""
        effects: list[SideEffect] = []
        waiting = False
        for name, box in self.boxes.items():
            detail = self.details[name]
            severity = detail.chosen()
            if not box.isChecked():
                continue
            if severity is None:
                waiting = True
                continue
            try:
                effects.append(SideEffect(name, severity, detail.until.value()))
            except ValidationError as error:
                return tuple(effects), render(error)
        self.hint.setVisible(waiting)
        return tuple(effects), ""

    def _add(self, name: str, words: str) -> None:
        box = QCheckBox(words)
        box.setAccessibleName(words)
        count = len(self.boxes)
        self._grid.addWidget(box, count // COLUMNS, count % COLUMNS)
        detail = EffectDetail(words, self._now, self._suggest)
        detail.hide()
        self._details.addWidget(detail)
        self.boxes[name] = box
        self.details[name] = detail
        box.toggled.connect(lambda checked, key=name: self._on_box_toggled(key, checked))
        detail.edited.connect(self.edited)

    def _on_box_toggled(self, name: str, checked: bool) -> None:
        self.details[name].setVisible(checked)
        if not self._loading:
            self.edited.emit()

    def _on_add_button_clicked(self) -> None:
        typed = " ".join(self.own.text().split())
        if not typed:
            return
        name = side_effect_key(typed)
        existing = {key.casefold(): key for key in self.boxes}
        name = existing.get(name.casefold(), name)
        if name not in self.boxes:
            self._add(name, typed)
            self.rows_changed.emit()
        self.boxes[name].setChecked(True)
        self.own.clear()
        self.details[name].severity.setFocus()
