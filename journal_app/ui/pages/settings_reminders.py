"""Settings, Reminders: what reminds, when it keeps quiet, and whether this computer can show it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.errors import JournalError
from journal_app.domain.reminders import clock_time, in_quiet_hours
from journal_app.services.autostart import Autostart, launch_command, supported
from journal_app.services.demo_folder import PREFIX as DEMO_PREFIX
from journal_app.services.reminder_times import (
    CHECKIN_AT,
    CHECKIN_ON,
    ENABLED,
    HINTS,
    QUIET_FROM,
    QUIET_UNTIL,
)
from journal_app.texts import resource_root
from journal_app.ui.calendar_file import add_to_calendar
from journal_app.ui.messages import render
from journal_app.ui.notify import DESKTOP, TRAY, Notices
from journal_app.ui.pages.layout import card, paragraph
from journal_app.ui.session import SessionViewModel
from journal_app.ui.time_typing import accept_typed_times


def _time_field(text: str, name: str) -> QTimeEdit:
    field = QTimeEdit(QTime.fromString(text, "HH:mm"))
    accept_typed_times(field)
    field.setDisplayFormat("HH:mm")
    field.setAccessibleName(name)
    return field


class RemindersCard(QWidget):
    """The Reminders card; reminder settings live in the journal, autostart in one file."""

    status_message = Signal(str)

    def __init__(
        self,
        session: SessionViewModel,
        notices: Notices,
        parent: QWidget | None = None,
        *,
        autostart: Autostart | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._notices = notices
        self._autostart = autostart or Autostart()
        settings = session.services.settings
        frame, layout = card(self.tr("Reminders"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

        self.reminders_on = QCheckBox(self.tr("Remind me when an integration step is ready"))
        self.reminders_on.setAccessibleName(self.tr("Integration reminders"))
        self.reminders_on.setChecked(bool(settings.get(ENABLED)))
        self.questionnaire_hints = QCheckBox(
            self.tr("Suggest a PHQ-9 and GAD-7 every two weeks and after sessions")
        )
        self.questionnaire_hints.setAccessibleName(self.tr("Questionnaire suggestions on Today"))
        self.questionnaire_hints.setChecked(bool(settings.get(HINTS)))
        self.checkin_on = QCheckBox(self.tr("Remind me to check in each day at"))
        self.checkin_on.setAccessibleName(self.tr("Daily check-in reminder"))
        self.checkin_on.setChecked(bool(settings.get(CHECKIN_ON)))
        self.checkin_at = _time_field(settings.get(CHECKIN_AT), self.tr("Check-in reminder time"))
        checkin = QHBoxLayout()
        checkin.addWidget(self.checkin_on)
        checkin.addWidget(self.checkin_at)
        checkin.addStretch(1)
        self.quiet_from = _time_field(settings.get(QUIET_FROM), self.tr("Quiet hours start"))
        self.quiet_until = _time_field(settings.get(QUIET_UNTIL), self.tr("Quiet hours end"))
        quiet = QHBoxLayout()
        quiet.addWidget(self.quiet_from)
        quiet.addWidget(QLabel(self.tr("to")))
        quiet.addWidget(self.quiet_until)
        quiet.addStretch(1)
        form = QFormLayout()
        form.addRow(self.reminders_on)
        form.addRow(self.questionnaire_hints)
        form.addRow(checkin)
        form.addRow(self.tr("Quiet hours"), quiet)
        layout.addLayout(form)
        self.quiet_note = paragraph(
            self.tr(
                "That time is within your quiet hours, so the check-in reminder won't appear. "
                "Choose another time, or change the quiet hours."
            ),
            "hint",
        )
        layout.addWidget(self.quiet_note)

        self.delivery = paragraph("", "hint")
        self.delivery.setAccessibleName(self.tr("How reminders appear on this computer"))
        layout.addWidget(self.delivery)
        self.add_to_calendar = QPushButton(self.tr("Add to my calendar…"))
        self.add_to_calendar.setAccessibleName(self.tr("Add the coming reminders to my calendar"))
        calendar_row = QHBoxLayout()
        calendar_row.addWidget(self.add_to_calendar)
        calendar_row.addStretch(1)
        layout.addLayout(calendar_row)
        layout.addWidget(
            paragraph(
                self.tr(
                    "For when Afterglow is closed: saves the next two months' reminders as a "
                    "calendar file. Each one says only “Afterglow: a moment for reflection”, "
                    "though their times follow your sessions: keep the file and the calendar "
                    "somewhere private."
                ),
                "hint",
            )
        )

        self.autostart = QCheckBox(self.tr("Open Afterglow when I log in"))
        self.autostart.setAccessibleName(self.tr("Open Afterglow when I log in, locked"))
        self.autostart_note = paragraph(
            self.tr(
                "It opens locked, at the passphrase screen. Once you have unlocked it, "
                "reminders come all day, even after it locks again."
            ),
            "hint",
        )
        folder = session.services.vault.folder
        demo = any(part.startswith(DEMO_PREFIX) for part in folder.parts)
        self.autostart_offered = supported() and not demo
        self.autostart.setChecked(self.autostart_offered and self._autostart.enabled())
        layout.addWidget(self.autostart)
        layout.addWidget(self.autostart_note)
        self.autostart.setVisible(self.autostart_offered)
        self.autostart_note.setVisible(self.autostart_offered)

        self._update_enabled()
        self.refresh_delivery()
        self._update_quiet_note()

        self.reminders_on.toggled.connect(self._on_reminders_on_toggled)
        self.questionnaire_hints.toggled.connect(self._on_questionnaire_hints_toggled)
        self.checkin_on.toggled.connect(self._on_checkin_on_toggled)
        self.checkin_at.timeChanged.connect(self._on_checkin_at_changed)
        self.quiet_from.timeChanged.connect(self._on_quiet_hours_changed)
        self.quiet_until.timeChanged.connect(self._on_quiet_hours_changed)
        self.add_to_calendar.clicked.connect(self._on_add_to_calendar_clicked)
        self.autostart.toggled.connect(self._on_autostart_toggled)

    def refresh_delivery(self) -> None:
        """Say how reminders would appear now, or plainly that they can't."""
        route = self._notices.route()
        if route == DESKTOP:
            text = self.tr(
                "Reminders appear as notifications on your desktop while Afterglow is open, "
                "also after it has locked itself. They never show what you wrote, and nothing "
                "leaves this computer."
            )
        elif route == TRAY:
            text = self.tr(
                "Reminders appear beside Afterglow's icon in the system tray while Afterglow is "
                "open, also after it has locked itself. They never show what you wrote, and "
                "nothing leaves this computer."
            )
        else:
            text = self.tr(
                "This computer doesn't show notifications from Afterglow, so reminders can't "
                "appear. Add to my calendar instead, and your calendar app will remind you."
            )
        self.delivery.setText(text)
        self.delivery.setObjectName("hint" if route in (DESKTOP, TRAY) else "banner")
        self.delivery.style().unpolish(self.delivery)
        self.delivery.style().polish(self.delivery)

    def _settings_set(self, key: str, value: object) -> None:
        self._session.services.settings.set(key, value)

    def _update_quiet_note(self) -> None:
        quiet = (
            clock_time(self.quiet_from.time().toString("HH:mm")),
            clock_time(self.quiet_until.time().toString("HH:mm")),
        )
        at = clock_time(self.checkin_at.time().toString("HH:mm"))
        self.quiet_note.setVisible(self.checkin_on.isChecked() and in_quiet_hours(at, *quiet))

    def _update_enabled(self) -> None:
        any_on = self.reminders_on.isChecked() or self.checkin_on.isChecked()
        self.quiet_from.setEnabled(any_on)
        self.quiet_until.setEnabled(any_on)
        self.checkin_at.setEnabled(self.checkin_on.isChecked())

    def _on_reminders_on_toggled(self, on: bool) -> None:
        self._settings_set(ENABLED, on)
        self._update_enabled()

    def _on_questionnaire_hints_toggled(self, on: bool) -> None:
        self._settings_set(HINTS, on)

    def _on_checkin_on_toggled(self, on: bool) -> None:
        self._settings_set(CHECKIN_ON, on)
        self._update_enabled()
        self._update_quiet_note()

    def _on_checkin_at_changed(self) -> None:
        self._settings_set(CHECKIN_AT, self.checkin_at.time().toString("HH:mm"))
        self._update_quiet_note()

    def _on_quiet_hours_changed(self) -> None:
        self._settings_set(QUIET_FROM, self.quiet_from.time().toString("HH:mm"))
        self._settings_set(QUIET_UNTIL, self.quiet_until.time().toString("HH:mm"))
        self._update_quiet_note()

    def _on_add_to_calendar_clicked(self) -> None:
        self.status_message.emit(add_to_calendar(self.window(), self._session.services))

    def _on_autostart_toggled(self, on: bool) -> None:
        try:
            if on:
                self._autostart.enable(
                    launch_command(self._session.services.vault.folder),
                    name=self.tr("Afterglow"),
                    comment=self.tr("Your private journal, opened locked"),
                    icon=Path(str(resource_root().joinpath("icons", "afterglow.svg"))),
                )
                message = self.tr("Afterglow will open, locked, when you log in.")
            else:
                self._autostart.disable()
                message = self.tr("Afterglow won't open by itself when you log in.")
        except (JournalError, OSError) as error:
            self.autostart.blockSignals(True)
            self.autostart.setChecked(self._autostart.enabled())
            self.autostart.blockSignals(False)
            detail = render(error) if isinstance(error, JournalError) else error.strerror or ""
            message = self.tr("That couldn't be changed: {detail}").format(detail=detail)
        self.status_message.emit(message)
