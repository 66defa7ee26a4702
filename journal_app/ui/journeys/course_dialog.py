"""The Course… dialog: a course's kind and planned length, and which course a session is in."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.course import COURSE_KINDS, MAX_PLANNED
from journal_app.services.courses import NEW, CourseView
from journal_app.ui.journeys.common import primary_and_cancel, wrapped
from journal_app.ui.journeys.describe import date_span, kind_label
from journal_app.ui.mood.spin import ScaleSpinBox


@dataclass(frozen=True)
class CourseChoice:
    """What the person chose; None for what they left as it was."""

    kind: str | None = None
    planned: int | None = None
    move_to: str | None = None  # a course id, or "new"


def course_label(view: CourseView) -> str:
    """ "Induction · 1 Feb – 12 Mar 2026"."""
    return f"{kind_label(view.kind)} · {date_span(view.first, view.last)}"


class CourseDialog(QDialog):
    """Change a course's kind and planned length; move the open session to another course."""

    def __init__(
        self,
        view: CourseView,
        courses: list[CourseView],
        journey_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._moving = journey_id is not None
        self.setWindowTitle(self.tr("Course"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of course"))
        for kind in COURSE_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(view.kind))
        self.planned = ScaleSpinBox(1, MAX_PLANNED, self.tr("Planned number of sessions"))
        self.planned.setSpecialValueText(self.tr("not set"))
        if view.planned is not None:  # once set it can change, not go back to unset
            self.planned.setMinimum(1)
        self.planned.set_number(view.planned)
        self.course = QComboBox()
        self.course.setAccessibleName(self.tr("Course this session belongs to"))
        for other in courses:
            self.course.addItem(course_label(other), other.id)
        self.course.addItem(self.tr("A new course of its own"), NEW)
        self.course.setCurrentIndex(self.course.findData(view.id))

        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Planned sessions"), self.planned)
        if self._moving:
            form.addRow(self.tr("This session is in"), self.course)
        else:
            self.course.hide()
        buttons, self.save_button = primary_and_cancel(self.tr("Save"), self.tr("Save the course"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                self.tr(
                    "An induction is a few sessions close together; maintenance is boosters "
                    "every few weeks. The reflections follow the kind you choose. "
                    "Nothing you wrote changes."
                ),
                "hint",
            )
        )
        layout.addLayout(form)
        layout.addWidget(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.kind.setFocus()

    def choice(self) -> CourseChoice:
        view = self._view
        kind = self.kind.currentData()
        planned = self.planned.number()
        target = self.course.currentData()
        return CourseChoice(
            kind=kind if kind != view.kind else None,  # else it keeps following the count
            planned=planned if planned != view.planned else None,
            move_to=target if self._moving and target != view.id else None,
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        view: CourseView,
        courses: list[CourseView],
        journey_id: str | None = None,
    ) -> CourseChoice | None:
        """Show the dialog; return what changed, or None if the person cancelled."""
        dialog = cls(view, courses, journey_id, parent)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
