"""The medicine, and the dose as it was given: only the fields the chosen route uses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from journal_app.domain.errors import ValidationError
from journal_app.domain.journey import MEDICINES, SessionLog
from journal_app.domain.session_card import MAX_MEDICINE_NAME
from journal_app.ui.journeys.common import error_label, form_layout, show_error
from journal_app.ui.journeys.fields import (
    choice_box,
    number_box,
    number_text,
    read_number,
    row_label,
    unit,
)
from journal_app.ui.messages import render
from journal_app.ui.named import named

# The log's dose fields, in the order they are shown; True for whole numbers.
DOSE_FIELDS = {
    "dose_mg": False,
    "devices": True,
    "dose_mg_per_kg": False,
    "weight_kg": False,
    "infusion_minutes": True,
    "hold_minutes": True,
}


def wanted(field: str, route: str | None, medicine: str | None) -> bool:
    """Whether ``field`` is how a dose is usually given by ``route``."""
    devices = route == "intranasal" and medicine == "esketamine"
    shown: dict[str, bool] = {
        "dose_mg": not devices,  # IV too: some know only the total in mg
        "devices": devices,
        "dose_mg_per_kg": route == "IV",
        "weight_kg": route == "IV",
        "infusion_minutes": route == "IV",
        "hold_minutes": route == "lozenge",
    }
    return shown[field]


class MedicineField(QWidget):
    """Which medicine, and its name when it is another one."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kept_name = False  # a stored name stays in view whatever the medicine
        words = {
            "ketamine": self.tr("Ketamine"),
            "esketamine": self.tr("Esketamine (Spravato)"),
            "psilocybin": self.tr("Psilocybin"),
            "mdma": self.tr("MDMA"),
            "other": self.tr("Another medicine"),
        }
        self.box = choice_box(
            self.tr("Medicine"),
            [(self.tr("Not noted"), None), *((words[m], m) for m in MEDICINES)],
        )
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("The medicine's name"))
        self.name.setPlaceholderText(self.tr("Its name"))
        self.name.setMaxLength(MAX_MEDICINE_NAME)
        self.error = error_label(self.tr("Problem with the medicine"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box)
        row.addWidget(self.name, 1)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(row)
        layout.addRow(self.error)
        self._show_name()
        self.box.currentIndexChanged.connect(self._on_box_changed)
        self.name.textEdited.connect(self._on_name_edited)

    def medicine(self) -> str | None:
        value: str | None = self.box.currentData()
        return value

    def load(self, log: SessionLog) -> None:
        self.box.blockSignals(True)
        self.box.setCurrentIndex(max(0, self.box.findData(log.medicine)))
        self.box.blockSignals(False)
        self.name.setText(log.medicine_name)
        self._kept_name = bool(log.medicine_name)
        self._show_name()
        show_error(self.error, "")

    def value(self) -> tuple[dict[str, Any], str]:
        """The log's medicine fields, and what is wrong with them ("" if nothing)."""
        fields: dict[str, Any] = {
            "medicine": self.medicine(),
            "medicine_name": self.name.text().strip() if self.name.isVisibleTo(self) else "",
        }
        try:
            SessionLog(**fields)
        except ValidationError as error:
            return fields, render(error)
        return fields, ""

    def _show_name(self) -> None:
        self.name.setVisible(self.medicine() == "other" or self._kept_name)

    def _on_name_edited(self, _: str) -> None:
        self.edited.emit()

    def _on_box_changed(self, _: int) -> None:
        self._kept_name = False
        self._show_name()
        self.edited.emit()


class DoseFields(QWidget):
    """The dose as given: devices, mg/kg and weight, minutes held, or plain mg."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._route: str | None = None
        self._medicine: str | None = None
        self._kept: set[str] = set()  # stored fields stay in view until the route changes
        names = {
            "dose_mg": (self.tr("Dose"), self.tr("Dose in mg"), self.tr("mg")),
            "devices": (self.tr("Devices"), self.tr("Number of devices"), self.tr("devices")),
            "dose_mg_per_kg": (
                self.tr("Or per kg"),
                self.tr("Dose in mg per kg, instead of the total"),
                self.tr("mg/kg"),
            ),
            "weight_kg": (self.tr("Body weight"), self.tr("Body weight in kg"), self.tr("kg")),
            "infusion_minutes": (
                self.tr("Infusion"),
                self.tr("Infusion time in minutes"),
                self.tr("minutes"),
            ),
            "hold_minutes": (
                self.tr("Held for"),
                self.tr("Minutes the lozenge was held"),
                self.tr("minutes"),
            ),
        }
        self.boxes: dict[str, QLineEdit] = {}
        self.form = form_layout()
        self.form.setContentsMargins(0, 0, 0, 0)
        for field, (label, name, unit_text) in names.items():
            box = number_box(name)
            self.boxes[field] = box
            row = QHBoxLayout()
            row.setSpacing(8)
            row.addWidget(box)
            row.addWidget(unit(unit_text))
            row.addStretch(1)
            self.form.addRow(row_label(label, box), row)
        self.total = named(QLabel(), "muted")
        self.total.setAccessibleName(self.tr("The dose in mg"))
        self.form.addRow("", self.total)
        self.error = error_label(self.tr("Problem with the dose"))
        self.form.addRow("", self.error)
        self.setLayout(self.form)
        for box in self.boxes.values():
            box.textEdited.connect(self._on_box_edited)
        self._show()

    def follow(self, route: str | None, medicine: str | None) -> None:
        """Show the fields ``route`` (and ``medicine``) use; the others keep their text."""
        if (route, medicine) != (self._route, self._medicine):
            self._kept.clear()
        self._route, self._medicine = route, medicine
        self._show()

    def load(self, log: SessionLog) -> None:
        self._route, self._medicine = log.route, log.medicine
        for field, box in self.boxes.items():
            box.setText(number_text(getattr(log, field)))
        self._kept = {field for field in self.boxes if getattr(log, field) is not None}
        self._show()
        show_error(self.error, "")

    def value(self) -> tuple[dict[str, Any], str]:
        """The shown dose fields (hidden ones are None), and what is wrong ("" if nothing)."""
        fields: dict[str, Any] = dict.fromkeys(self.boxes)
        for field, whole in DOSE_FIELDS.items():
            if not self._shown(field):
                continue
            try:
                fields[field] = read_number(self.boxes[field], whole=whole)
            except ValueError:
                return fields, self._not_a_number(field)
        try:
            SessionLog(medicine=self._counted(), **fields)
        except ValidationError as error:
            return fields, render(error)
        return fields, ""

    def _counted(self) -> str | None:
        """The medicine as far as the dose needs it: esketamine's devices have a size."""
        return self._medicine if self._medicine == "esketamine" else None

    def _shown(self, field: str) -> bool:
        return field in self._kept or wanted(field, self._route, self._medicine)

    def _not_a_number(self, field: str) -> str:
        if DOSE_FIELDS[field]:
            return self.tr("Write this as a whole number, like 2, or leave it empty.")
        return self.tr("Write this as a number, like 50 or 37.5, or leave it empty.")

    def _show(self) -> None:
        for row, field in enumerate(self.boxes):
            self.form.setRowVisible(row, self._shown(field))
        self._show_total()

    def _show_total(self) -> None:
        fields, problem = self.value()
        mg = None if problem else SessionLog(medicine=self._counted(), **fields).dose_given_mg
        words = ""
        if mg is not None and fields["devices"] == 1:
            words = self.tr("1 device · {mg} mg").format(mg=f"{mg:g}")
        elif mg is not None and fields["devices"] is not None:
            words = self.tr("{count} devices · {mg} mg").format(
                count=fields["devices"], mg=f"{mg:g}"
            )
        elif (
            mg is not None
            and fields["dose_mg_per_kg"] is not None
            and fields["weight_kg"] is not None
        ):
            words = self.tr("{per_kg} mg/kg × {kg} kg · {mg} mg").format(
                per_kg=f"{fields['dose_mg_per_kg']:g}", kg=f"{fields['weight_kg']:g}", mg=f"{mg:g}"
            )
        self.total.setText(words)
        self.form.setRowVisible(len(self.boxes), bool(words))

    def _on_box_edited(self, _: str) -> None:
        self._show_total()
        self.edited.emit()
