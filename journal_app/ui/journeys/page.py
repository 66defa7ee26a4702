"""The Journeys page: the series of sessions on the left, the open one as a stepper."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCursor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.course_schedule import is_course_step
from journal_app.domain.errors import JournalError
from journal_app.domain.integration import DUE, STEP_NAMES
from journal_app.domain.journey import Journey
from journal_app.domain.records import Record
from journal_app.services.bundle import Services
from journal_app.services.courses import CourseView
from journal_app.ui.journeys.course_dialog import CourseChoice, CourseDialog
from journal_app.ui.journeys.describe import date_span, next_step
from journal_app.ui.journeys.dialogs import ConfirmDelete, JourneyTrashDialog, PlanDialog
from journal_app.ui.journeys.empty import EmptyState, UndoBar
from journal_app.ui.journeys.guide import Guides
from journal_app.ui.journeys.listing import JourneyList, course_rows
from journal_app.ui.journeys.sitter import save_sitter_card
from journal_app.ui.journeys.stepper import STEPS
from journal_app.ui.journeys.view import JourneyView
from journal_app.ui.messages import render
from journal_app.ui.named import named
from journal_app.ui.pages.layout import list_and_detail, page_header


def _is_step(step: str | None) -> bool:
    """True for a pane ("session") or an integration step ("1d", "course-week-2")."""
    return step is not None and (step in (*STEP_NAMES, *STEPS) or is_course_step(step))


class JourneysPage(QWidget):
    """Plan, walk through and look back on each session."""

    status_message = Signal(str)

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, guide: Guides | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._services = services
        self._journeys = services.journeys
        self._guide = guide or Guides.load()

        self.plan_button = named(QPushButton(self.tr("Plan a journey…")), "primary")
        self.plan_button.setAccessibleName(self.tr("Plan a journey"))
        self.questions_button = QPushButton(self.tr("Questions for my prescriber…"))
        self.questions_button.setObjectName("link")
        self.questions_button.setAccessibleName(self.tr("Questions for my prescriber"))
        self.questions_button.clicked.connect(self._on_questions_button_clicked)
        self.trash_button = QPushButton(self.tr("Trash…"))
        self.trash_button.setAccessibleName(self.tr("Trash"))
        self.trash_button.setToolTip(
            self.tr("See journeys you moved to the Trash, and restore them")
        )
        self.list = JourneyList()
        self.undo_bar = UndoBar()
        self.view = JourneyView(self._journeys, self._guide, checkins=services.checkins)
        self.empty = EmptyState()
        self._lay_out()
        self._connect()
        self._refresh()
        first = self._first_to_open()
        if first is not None:
            self._open(first)

    def _lay_out(self) -> None:
        header = page_header(
            self.tr("Journeys"), self.questions_button, self.plan_button, self.trash_button
        )
        self.split = list_and_detail([self.list, self.undo_bar], self.view, (300, 760), stretch=0)
        self.body = QStackedWidget()
        self.body.addWidget(self.split)
        self.body.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.addLayout(header)
        layout.addWidget(self.body, 1)
        QWidget.setTabOrder(self.questions_button, self.plan_button)
        QWidget.setTabOrder(self.plan_button, self.trash_button)
        QWidget.setTabOrder(self.trash_button, self.list)

    def _connect(self) -> None:
        self.plan_button.clicked.connect(self._on_plan_button_clicked)
        self.empty.plan_button.clicked.connect(self._on_plan_button_clicked)
        self.trash_button.clicked.connect(self._on_trash_button_clicked)
        self.list.journey_chosen.connect(self._on_list_journey_chosen)
        self.view.saved.connect(self._on_view_saved)
        self.view.delete_requested.connect(self._on_view_delete_requested)
        self.view.course_requested.connect(self._on_view_course_requested)
        self.view.sitter_card_requested.connect(self._on_view_sitter_card_requested)
        self.list.course_menu_requested.connect(self._on_list_course_menu_requested)
        self.undo_bar.undo_button.clicked.connect(self._on_undo_button_clicked)
        delete = QAction(self.tr("Move to Trash"), self.list)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._on_view_delete_requested)
        self.list.addAction(delete)
        keys: list[tuple[str | QKeySequence.StandardKey, Callable[[], object]]] = [
            ("Ctrl+PgUp", lambda: self._move_step(-1)),
            ("Ctrl+PgDown", lambda: self._move_step(1)),
            *((f"Alt+{n}", lambda s=step: self._choose_step(s)) for n, step in enumerate(STEPS, 1)),
            (QKeySequence.StandardKey.Save, self.flush),
        ]
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # The interface the shell uses

    def open_journey(self, record_id: str, step: str | None = None) -> None:
        """Show a journey, at ``step`` if given (an integration step like "1d", or a pane)."""
        current = self.view.record
        if current is None or current.id != record_id:
            try:
                record = self._journeys.get(record_id)
            except JournalError as error:
                self.status_message.emit(render(error))
                return
            if record.deleted:
                self.status_message.emit(self.tr("That journey is in the Trash. Restore it first."))
                return
            if not self._leave_current():
                return
            self._open(record, land=not _is_step(step))
        if step is not None and (step in STEP_NAMES or is_course_step(step)):
            self.view.show_step("integration", step)
        elif step in STEPS:
            self.view.show_step(step)
        self.list.select(record_id)

    def flush(self) -> None:
        """Save anything typed and not saved yet, now."""
        self.view.saver.save_now()

    def unsaved_draft(self) -> dict[str, object] | None:
        """The open journey as shown, if some of it could not be saved, or None."""
        saver, record = self.view.saver, self.view.record
        if record is None or not saver.unsaved():
            return None
        journey, _ = self.view.compose(record.data)
        return {
            "record_id": record.id,
            "journey": journey.to_data(),
            "answers": [list(answer) for answer in saver.pending_answers()],
        }

    def unsaved_problem(self) -> str | None:
        saver = self.view.saver
        return saver.problem if saver.unsaved() else None

    def restore_draft(self, draft: dict[str, object]) -> None:
        """Show a journey sealed at the last lock as it was on screen, and save it."""
        record_id = str(draft.get("record_id", ""))
        self.open_journey(record_id, None)
        record = self.view.record
        if record is None or record.id != record_id:
            return
        # The draft is what unsaved_draft() wrote, sealed and read back as JSON.
        journey = Journey.from_data(cast(dict[str, Any], draft["journey"]))
        self.view.load(replace(record, data=journey), *self.view.placement())
        self.view.saver.mark_edited()
        answers = cast(list[list[str]], draft.get("answers") or [])
        for step, prompt_id, text in answers:
            self.view.saver.mark_answer(step, prompt_id, text)

    # Helpers

    def _open(self, record: Record, *, land: bool = True) -> None:
        """Load ``record`` into the stepper, landing on what comes next for it."""
        courses = self._journeys.courses.courses()
        view = next((v for v in courses if any(r.id == record.id for r in v.journeys)), None)
        number = view.number(record.id) if view is not None else (1, 1)
        self.view.load(record, self._earlier_intentions(record, courses), number)
        self.list.select(record.id)
        if land:
            now = self._journeys.now()
            upcoming = next_step(record.data, self.view.states(), now, self._guide.preparation)
            self.view.show_step(upcoming.pane, upcoming.step)

    def _earlier_intentions(
        self, record: Record, courses: list[CourseView]
    ) -> list[tuple[str, str]]:
        """Earlier sessions' intentions: "Session 2" within this course, else the date."""
        own = next((v for v in courses if any(r.id == record.id for r in v.journeys)), None)
        found = []
        for earlier in self._journeys.earlier(record):
            if own is not None and any(r.id == earlier.id for r in own.journeys):
                which = self.tr("Session {n}").format(n=own.number(earlier.id)[0])
            else:
                which = date_span(earlier.data.when, earlier.data.when)
            found.append((which, earlier.data.intention.sentence))
        return found

    def _first_to_open(self) -> Record | None:
        """The journey wanting attention now: a step due, else the next planned, else the last."""
        due = [d.journey for d in self._journeys.due() if d.state.status == DUE]
        if due:
            return due[0]
        ordered = self._journeys.journeys()
        return self._journeys.next_planned() or (ordered[-1] if ordered else None)

    def _leave_current(self) -> bool:
        """Save the open journey before showing another; False keeps it open."""
        if self.view.saver.save_now():
            return True
        self.status_message.emit(
            self.tr(
                "Some of this session isn't saved yet, so it stays open. The note there says why."
            )
        )
        record = self.view.record
        self.list.select(record.id if record else None)
        return False

    def _refresh(self) -> None:
        """Redraw the courses (numbers and next steps change as journeys do)."""
        now = self._journeys.now()
        courses = self._journeys.courses
        views = courses.courses()
        rows = course_rows(
            [(v, courses.steps(v, now)) for v in views], now, self._guide.preparation
        )
        current = self.view.record
        self.list.set_rows(rows, current.id if current else None)
        for view in views:
            if current is not None and any(r.id == current.id for r in view.journeys):
                self.view.set_number(view.number(current.id))
        self.body.setCurrentWidget(self.split if rows else self.empty)
        self.plan_button.setVisible(bool(rows))

    def _close_view(self) -> None:
        """Open a neighbour after a journey left the list, or nothing if none is left."""
        ids = self.list.ids()
        if not ids:
            self.view.clear()
            return
        self._open(self._journeys.get(ids[-1]))

    def _move_step(self, delta: int) -> None:
        self.view.steps.step_by(delta)
        self.view.steps.buttons[self.view.current_step()].setFocus(
            Qt.FocusReason.ShortcutFocusReason
        )

    def _choose_step(self, step: str) -> None:
        self.view.steps.choose(step)
        self.view.steps.buttons[step].setFocus(Qt.FocusReason.ShortcutFocusReason)

    # Slots

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Time passes between visits: redraw what is due."""
        super().showEvent(event)
        self._refresh()
        self.view.refresh_states()

    def _on_list_journey_chosen(self, record_id: str) -> None:
        self.open_journey(record_id)

    def _on_view_saved(self, _: Record) -> None:
        self._refresh()

    def _on_plan_button_clicked(self) -> None:
        if not self._leave_current():
            return
        when = PlanDialog.ask(self, self._journeys.now())
        if when is None:
            return
        try:
            record = self._journeys.add(when)
        except JournalError as error:
            self.status_message.emit(render(error))
            return
        self.undo_bar.dismiss()
        self._refresh()
        self._open(record)
        self.status_message.emit(self.tr("Planned. Take each step whenever you're ready."))

    def _on_view_delete_requested(self) -> None:
        record = self.view.record
        if record is None or not self._leave_current():
            return
        course = self.view.course
        number = course.number(record.id)[0] if course is not None else 0
        name = self.tr("Session {n}").format(n=number) if number else self.tr("This journey")
        if not ConfirmDelete.ask(self, name):
            return
        try:
            self._journeys.delete(record.id)
        except JournalError as error:
            self.status_message.emit(render(error))
            return
        self.view.clear()
        self._refresh()
        self._close_view()
        self.undo_bar.offer(record.id, self.tr("{name} is in the Trash.").format(name=name))
        self.status_message.emit(self.tr("Moved to the Trash. You can restore it from Trash."))

    def _on_view_course_requested(self) -> None:
        record, course = self.view.record, self.view.course
        if record is not None and course is not None:
            self.edit_course(course.id, record.id)

    def _on_list_course_menu_requested(self, course_id: str, record_id: str) -> None:
        menu = QMenu(self)
        action = menu.addAction(
            self.tr("Course and this session…") if record_id else self.tr("Course…")
        )
        action.triggered.connect(lambda: self.edit_course(course_id, record_id or None))
        menu.exec(QCursor.pos())
        menu.deleteLater()

    def edit_course(self, course_id: str, record_id: str | None) -> None:
        """Ask how the course should be (and where the session belongs), then change it."""
        if not self._leave_current():
            return
        courses = self._journeys.courses
        views = courses.courses()
        view = next((v for v in views if v.id == course_id), None)
        if view is None:
            return
        choice = CourseDialog.ask(self, view, views, record_id)
        if choice is not None:
            self._change_course(view, record_id, choice)

    def _change_course(self, view: CourseView, record_id: str | None, choice: CourseChoice) -> None:
        courses = self._journeys.courses
        try:
            if choice.kind is not None or choice.planned is not None:
                courses.set(view.id, kind=choice.kind, planned=choice.planned)
            if choice.move_to is not None and record_id is not None:
                courses.move(record_id, choice.move_to)
        except JournalError as error:
            why = render(error)
            self.status_message.emit(self.tr("The course wasn't changed. {why}").format(why=why))
            self._refresh()
            return
        self._refresh()
        current = self.view.record
        if current is not None:
            self._open(self._journeys.get(current.id), land=False)
        if choice != CourseChoice():
            self.status_message.emit(
                self.tr("Saved. The reflections now follow the course as it is.")
            )

    def _restore(self, record_id: str) -> None:
        try:
            record = self._journeys.undelete(record_id)
        except JournalError as error:
            self.status_message.emit(render(error))
            return
        self.undo_bar.dismiss()
        self._refresh()
        if self._leave_current():
            self._open(record)
        self.status_message.emit(self.tr("Restored, with all its answers."))

    def _on_undo_button_clicked(self) -> None:
        if self.undo_bar.record_id is not None:
            self._restore(self.undo_bar.record_id)

    def _on_trash_button_clicked(self) -> None:
        if not self._leave_current():
            return
        record_id = JourneyTrashDialog.choose(self, self._services)
        if record_id is not None:
            self._restore(record_id)

    def _on_view_sitter_card_requested(self) -> None:
        save_sitter_card(self, self._services)

    def _on_questions_button_clicked(self) -> None:
        from journal_app.ui.questions import QuestionsDialog  # loaded when first opened

        self.flush()  # a reading just typed counts in the suggestions
        QuestionsDialog.show_for(self, self._services)
