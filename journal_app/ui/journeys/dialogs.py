"""Small dialogs: plan a journey, confirm moving one to the Trash, restore from the Trash."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QMessageBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.records import Record
from journal_app.services.bundle import Services
from journal_app.ui.dates import limit_to_journal_years
from journal_app.ui.journal.picker import PickerDialog, PickerItem
from journal_app.ui.journeys.common import primary_and_cancel, wrapped
from journal_app.ui.journeys.describe import route_label, setting_label, when_text
from journal_app.ui.time_typing import accept_typed_times


def default_plan_time(now: datetime) -> datetime:
    """A week from today at 10:00: a gentle default that is easy to change."""
    return datetime.combine(now.date() + timedelta(days=7), datetime.min.time()).replace(hour=10)


class PlanDialog(QDialog):
    """Asks when a session is (or was); ``ask`` returns the time or None."""

    def __init__(self, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan a journey"))
        when = default_plan_time(now)
        self.date = QDateEdit(QDate(when.year, when.month, when.day))
        self.date.setCalendarPopup(True)
        limit_to_journal_years(self.date)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        self.date.setAccessibleName(self.tr("Day of the session"))
        self.time = QTimeEdit(QTime(when.hour, when.minute))
        self.time.setDisplayFormat("HH:mm")
        accept_typed_times(self.time)
        self.time.setAccessibleName(self.tr("Time of the session"))
        form = QFormLayout()
        form.addRow(self.tr("Day"), self.date)
        form.addRow(self.tr("Time"), self.time)
        buttons, self.plan_button = primary_and_cancel(self.tr("Plan it"), self.tr("Plan it"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                self.tr(
                    "When is the session? You can change it later. A day in the past works "
                    "too, to write about one that already happened."
                ),
                "hint",
            )
        )
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.date.setFocus()

    def when(self) -> datetime:
        day, time = self.date.date(), self.time.time()
        return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    @classmethod
    def ask(cls, parent: QWidget | None, now: datetime) -> datetime | None:
        """Show the dialog; return the chosen time, or None if the person cancelled."""
        dialog = cls(now, parent)
        try:
            return dialog.when() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class ConfirmDelete:
    """The kind question before a journey goes to the Trash."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> bool:
        """True if the person chose to move ``name`` (like "Session 3") to the Trash."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("ConfirmDelete", "Move to the Trash?"))
        box.setText(
            QCoreApplication.translate("ConfirmDelete", "Move {name} to the Trash?").format(
                name=name
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "ConfirmDelete",
                "Its preparation, session notes and integration answers go with it. "
                "Nothing is lost: you can restore it from the Trash whenever you like.",
            )
        )
        move = box.addButton(
            QCoreApplication.translate("ConfirmDelete", "Move to Trash"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        keep = box.addButton(
            QCoreApplication.translate("ConfirmDelete", "Keep it"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(keep)
        try:
            box.exec()
            return box.clickedButton() is move
        finally:
            box.deleteLater()


def trash_item(record: Record) -> PickerItem:
    journey = record.data
    lines = [f"**{when_text(journey.when)}**"]
    if journey.intention.sentence:
        lines.append(f"“{journey.intention.sentence}”")
    log = journey.session
    details = [route_label(log.route) if log.route else "", setting_label(log.setting or "")]
    if any(details):
        lines.append(" · ".join(d for d in details if d))
    return PickerItem(record.id, when_text(journey.when), "\n\n".join(lines))


class JourneyTrashDialog(PickerDialog):
    """Lists journeys in the Trash; ``choose`` returns the id of the one to restore."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__([trash_item(r) for r in services.journeys.trash()], parent)
        self.configure(
            self.tr("Trash"),
            self.tr("Journeys you moved here keep all their answers until you restore them."),
            self.tr("The Trash has no journeys in it."),
            self.tr("Restore"),
        )

    @classmethod
    def choose(cls, parent: QWidget | None, services: Services) -> str | None:
        """Ask which journey to restore; return its id, or None."""
        return cls.run(cls(services, parent))
