"""Every dialog fits 960×540 (1920×1080 at 2×) and 1366×768 with Large Text.

A dialog opens no bigger than the screen, takes the size it is given there, shows its
buttons whole, and clips no words: what doesn't fit scrolls or wraps.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from journal_app.services.bundle import Services
from journal_app.ui.backups.confirm import ConfirmMergeDialog
from journal_app.ui.backups.key_dialog import BackupKeyDialog
from journal_app.ui.dialogs.change_passphrase import ChangePassphraseDialog
from journal_app.ui.dialogs.new_recovery_key import (
    ConfirmNewRecoveryKeyDialog,
    NewRecoveryKeyDialog,
)
from journal_app.ui.journal.picker import PickerDialog, PickerItem
from journal_app.ui.journeys.course_dialog import CourseDialog
from journal_app.ui.journeys.dialogs import PlanDialog
from journal_app.ui.questions import QuestionsDialog
from journal_app.ui.safety_plan import SafetyPlanDialog
from journal_app.ui.session import SessionViewModel
from journal_app.ui.theme import ThemeManager
from tests.ui.fit_fixtures import DESIGN_POINTS
from tests.ui.fit_helpers import problems, settle

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

SCREENS = {
    "1920x1080 at 2x": (QSize(960, 540), 1.0),
    "1366x768 Large Text": (QSize(1366, 768), 1.5),
}
CODE = "-".join(["ABCD"] * 14)  # a recovery code's shape: 14 groups of four
FRAME = QSize(16, 40)  # what a window manager adds around a dialog (a title bar, edges)


def dialogs(services: Services) -> dict[str, Callable[[], QDialog]]:
    courses = services.journeys.courses.courses()
    course = courses[-1]
    long_line = "Session 4 · Thu 3 Dec 2026, 10:00 · " * 3
    many = [PickerItem(str(n), long_line, "# A title\n\n" + "words " * 400) for n in range(40)]
    session = SessionViewModel(services)
    return {
        "Plan a journey": lambda: PlanDialog(datetime(2026, 3, 14, 10, 0)),
        "Course": lambda: CourseDialog(course, courses, course.journeys[0].id),
        "Questions for my prescriber": lambda: QuestionsDialog(services),
        "Safety plan": lambda: SafetyPlanDialog(services),
        "Change passphrase": ChangePassphraseDialog,
        "Restore a backup": lambda: ConfirmMergeDialog("1,204 entries, 20 journeys. " * 6),
        "Open a backup": lambda: BackupKeyDialog("afterglow.journal-backup", new_passphrase=True),
        "Trash": lambda: PickerDialog(many),
        "New recovery key": lambda: ConfirmNewRecoveryKeyDialog(session),
        "The new recovery key": lambda: NewRecoveryKeyDialog(session, CODE),
    }


def inside(dialog: QDialog, box: QDialogButtonBox) -> list[str]:
    """The buttons of ``box`` that are not whole and in view."""
    cut = []
    for button in box.buttons():
        if not button.isVisible():
            continue
        where = QRect(button.mapTo(dialog, button.rect().topLeft()), button.size())
        if not dialog.rect().contains(where):
            cut.append(button.text())
    return cut


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_dialog_fits_the_screen_with_its_buttons_in_view(
    qtbot, qapp, fit_demo, text_size, qsettings: QSettings, screen
):
    size, scale = SCREENS[screen]
    text_size(DESIGN_POINTS * scale)
    theme = ThemeManager(qapp, qsettings)
    found = []
    for mode in ("light", "dark"):
        theme.set_mode(mode)
        for name, make in dialogs(fit_demo).items():
            dialog = make()
            qtbot.addWidget(dialog)
            dialog.show()
            settle()
            room = size - FRAME
            asked = dialog.size().boundedTo(room)
            dialog.resize(asked)
            settle()
            where = f"{mode}, {name}"
            if dialog.size() != asked:
                found.append(f"{where}: {dialog.size().toTuple()}, not {asked.toTuple()}")
            found += [f"{where}: {problem}" for problem in problems(dialog)]
            for box in dialog.findChildren(QDialogButtonBox):
                found += [
                    f"{where}: the button {text!r} is out of view" for text in inside(dialog, box)
                ]
            if isinstance(dialog, NewRecoveryKeyDialog):
                dialog.step.confirm.setChecked(True)  # kept: closing asks nothing
            dialog.close()
    assert not found, "\n".join(found)
