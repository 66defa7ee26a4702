"""My safety plan: six short steps, in the person's own words, for a hard moment.

Opened from the Need help panel while the journal is unlocked. Nothing typed is lost:
a failed save keeps the words with a kind message, closing with unsaved words asks, and
a lock seals the words (Shell) and closes the dialog; the next unlock brings them back.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.errors import JournalError, StorageProblem, ValidationError
from journal_app.domain.safety_plan import STEPS, SafetyPlan
from journal_app.services.bundle import Services
from journal_app.services.editing import EditSession
from journal_app.ui.dialogs.feedback import message_label, show_message
from journal_app.ui.messages import render
from journal_app.ui.named import named
from journal_app.ui.status_words import reserve_width

DRAFT_NAME = "safety_plan"  # the name its words are sealed under across a lock
WIDTH = 680
HEIGHT = 760
SCREEN_MARGIN = 48  # room left around the dialog for the window frame and a panel
STEP_HEIGHT = 104  # about four lines; a longer step scrolls inside its box


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    KEEP_EDITING = "keep"


def ask_about_unsaved(parent: QWidget) -> Answer:
    """Ask what to do with unsaved words: save them (the default), let them go, or stay."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("SafetyPlanDialog", "Save your safety plan?"))
    box.setText(
        QCoreApplication.translate(
            "SafetyPlanDialog", "Some of what you wrote in your safety plan isn't saved yet."
        )
    )
    save = box.addButton(
        QCoreApplication.translate("SafetyPlanDialog", "Save"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("SafetyPlanDialog", "Don't save"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("SafetyPlanDialog", "Keep editing"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(save)
    box.setEscapeButton(keep)
    try:
        box.exec()
        clicked = box.clickedButton()
    finally:
        box.deleteLater()
    if clicked is save:
        return Answer.SAVE
    return Answer.DISCARD if clicked is discard else Answer.KEEP_EDITING


class SafetyPlanDialog(QDialog):
    """The six steps, each with a sentence of guidance and a box to write in."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._closed_by_lock = False
        record = services.safety_plan.record()
        plan = record.data if record is not None else SafetyPlan()
        self._editing = EditSession(record.id, record.rev) if record is not None else None
        self.setWindowTitle(self.tr("My safety plan"))

        title = named(QLabel(self.tr("My safety plan")), "pageTitle")
        intro = QLabel(
            self.tr(
                "A plan for hard moments, written while things feel a little calmer. "
                "When it gets hard, start at step 1 and go on until something helps."
            ),
            wordWrap=True,
        )
        private = named(
            QLabel(
                self.tr(
                    "Only you can read this. It stays encrypted on this computer and is never "
                    "part of a summary."
                ),
                wordWrap=True,
            ),
            "muted",
        )
        self.restored = named(QLabel(wordWrap=True), "banner")
        self.restored.setAccessibleName(self.tr("Words brought back"))
        self.restored.setVisible(False)

        column = named(QWidget(), "page")
        steps = QVBoxLayout(column)
        steps.setContentsMargins(0, 0, 12, 0)
        steps.setSpacing(6)
        self.editors: dict[str, QPlainTextEdit] = {}
        self._headings: dict[QWidget, QLabel] = {}
        for number, (name, heading, guidance) in enumerate(self._steps(), start=1):
            editor = self._editor(number, heading, guidance)
            label = named(QLabel(f"{number}. {heading}", wordWrap=True), "sectionTitle")
            label.setBuddy(editor)
            hint = named(QLabel(guidance, wordWrap=True), "muted")
            if number > 1:
                steps.addSpacing(12)
            steps.addWidget(label)
            steps.addWidget(hint)
            steps.addWidget(editor)
            editor.setPlainText(plan.steps()[name])
            self.editors[name] = editor
            self._headings[editor] = label
        steps.addStretch(1)
        self.scroll_area = QScrollArea(widgetResizable=True)
        self.scroll_area.setWidget(column)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)

        self.problem = message_label(self.tr("Save problem"))
        self.save_state = named(QLabel(), "muted")
        self.save_state.setAccessibleName(self.tr("Save state"))
        reserve_width(self.save_state)
        self.save_button = named(QPushButton(self.tr("Save")), "primary")
        self.save_button.setAccessibleName(self.tr("Save my safety plan"))
        self.save_button.setToolTip(self.tr("Save my safety plan (Ctrl+S)"))
        self.save_button.setAutoDefault(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close my safety plan"))
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_state, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(private)
        layout.addWidget(self.restored)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

        self._saved_texts = self.texts()
        editors = list(self.editors.values())
        for before, after in zip(
            [*editors, self.save_button],
            [*editors[1:], self.save_button, self.close_button],
            strict=True,
        ):
            QWidget.setTabOrder(before, after)
        for editor in editors:
            editor.textChanged.connect(self._on_editor_text_changed)
            editor.installEventFilter(self)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.close_button.clicked.connect(self.reject)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.activated.connect(self._on_save_button_clicked)
        self._fit_to_screen()
        editors[0].setFocus()

    def _steps(self) -> list[tuple[str, str, str]]:
        """Each step's name, heading and one sentence of guidance, in the plan's order."""
        words = [
            (
                self.tr("Signs a hard time is coming"),
                self.tr(
                    "The thoughts, feelings or situations that tell you things are starting "
                    "to slide. Noticing them early gives you more time for the steps below."
                ),
            ),
            (
                self.tr("What I can do on my own"),
                self.tr(
                    "Small things that have steadied you before, with nobody else needed: "
                    "a walk, a shower, a song, slow breathing, something warm to hold."
                ),
            ),
            (
                self.tr("People and places that take my mind elsewhere"),
                self.tr(
                    "Somewhere to go or someone to be around, without having to talk about "
                    "how you feel: a café, a friend's kitchen, the library, a park."
                ),
            ),
            (
                self.tr("People I can reach out to"),
                self.tr(
                    "Friends or family you could tell that you're struggling and ask for "
                    "help. Note how to reach them, so you don't have to look it up."
                ),
            ),
            (
                self.tr("Professionals and crisis lines"),
                self.tr(
                    "Your therapist, doctor or care team, and a crisis line where you live, "
                    "with their numbers and hours. The lines under Need help now are there too."
                ),
            ),
            (
                self.tr("Making my surroundings safer"),
                self.tr(
                    "What you could put away, lock up or hand to someone you trust while "
                    "things are hard, and who could help you do that."
                ),
            ),
        ]
        return [(name, *text) for name, text in zip(STEPS, words, strict=True)]

    def _editor(self, number: int, heading: str, guidance: str) -> QPlainTextEdit:
        editor = named(QPlainTextEdit(), f"step_{number}")
        editor.setAccessibleName(self.tr("Step {n}: {heading}").format(n=number, heading=heading))
        editor.setAccessibleDescription(guidance)
        editor.setTabChangesFocus(True)
        editor.setFixedHeight(STEP_HEIGHT)
        return editor

    def _fit_to_screen(self) -> None:
        """As tall as the screen allows (1024×600 included); the steps scroll inside."""
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else self.screen()
        available = screen.availableGeometry()
        width = min(WIDTH, available.width() - SCREEN_MARGIN)
        height = min(HEIGHT, available.height() - SCREEN_MARGIN)
        self.resize(width, height)

    # What is typed

    def texts(self) -> dict[str, str]:
        """Each step's text as it is in the dialog now."""
        return {name: editor.toPlainText() for name, editor in self.editors.items()}

    def unsaved(self) -> bool:
        return self.texts() != self._saved_texts

    def unsaved_draft(self) -> dict[str, str] | None:
        """The words not yet saved, to be sealed at a lock (None: everything is saved)."""
        return self.texts() if self.unsaved() else None

    def restore_draft(self, draft: dict[str, object]) -> None:
        """Put back words sealed at the last lock; they stay unsaved until Save."""
        for name, editor in self.editors.items():
            text = draft.get(name)
            if isinstance(text, str):
                editor.setPlainText(text)
        show_message(
            self.restored,
            self.tr("What you wrote before the journal locked is back. Save it to keep it."),
        )

    # Saving

    def save(self) -> bool:
        """Save every step; on failure the words stay and a message says what to do."""
        texts = self.texts()
        try:
            plan = SafetyPlan.from_steps(texts)
            service = self._services.safety_plan
            if self._editing is None:
                self._editing = EditSession()
                self._editing.created(service.save(plan))
            else:
                self._editing.save(lambda keep: service.save(plan, keep_revision=keep))
        except Exception as error:  # whatever went wrong, the words stay in the boxes
            show_message(self.problem, self._problem_words(error))
            self.save_state.setText(self.tr("Not saved"))
            return False
        self._saved_texts = texts
        show_message(self.problem, "")
        self.restored.setVisible(False)
        self.save_state.setText(self.tr("Saved"))
        return True

    def _problem_words(self, error: BaseException) -> str:
        kept = self.tr("Your words are still here.")
        if isinstance(error, StorageProblem):
            return f"{render(error)} {kept}"
        if isinstance(error, ValidationError | JournalError):
            return self.tr("Not saved: {reason} {kept}").format(reason=render(error), kept=kept)
        return self.tr("Saving didn't work just now. {kept} Please try Save again.").format(
            kept=kept
        )

    # Closing

    def reject(self) -> None:
        """Close (Close, Esc, the window's ×); ask first if words aren't saved."""
        if self._closed_by_lock or not self.unsaved():
            super().reject()
            return
        answer = ask_about_unsaved(self)
        if self._closed_by_lock:  # the journal locked while the question was open
            return
        if answer is Answer.DISCARD or (answer is Answer.SAVE and self.save()):
            super().reject()

    def close_for_lock(self) -> None:
        """The journal is locking: empty the boxes and close at once, without asking.

        The Shell has sealed :meth:`unsaved_draft` first.
        """
        self._closed_by_lock = True
        for box in self.findChildren(QMessageBox):
            box.reject()
        for editor in self.editors.values():
            editor.clear()
        self._saved_texts = self.texts()
        super().reject()

    # Slots

    def _on_editor_text_changed(self) -> None:
        if not self._closed_by_lock:
            self.save_state.setText(self.tr("Not saved yet") if self.unsaved() else "")

    def _on_save_button_clicked(self) -> None:
        self.save()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.FocusIn
            and isinstance(watched, QWidget)
            and watched in self._headings
        ):
            # Keep the step being written in view, with its heading, as Tab moves on.
            self.scroll_area.ensureWidgetVisible(self._headings[watched], 0, 8)
            self.scroll_area.ensureWidgetVisible(watched, 0, 8)
        return super().eventFilter(watched, event)

    # Opening

    @classmethod
    def edit(cls, parent: QWidget, services: Services) -> None:
        """Open the safety plan over ``parent`` (it stays open until the person closes it)."""
        cls._open(parent, services)

    @classmethod
    def restore(cls, parent: QWidget, services: Services, draft: dict[str, object]) -> None:
        """Open the plan with the words sealed at the last lock put back."""
        dialog = cls._open(parent, services)
        if dialog is not None:
            dialog.restore_draft(draft)

    @classmethod
    def _open(cls, parent: QWidget, services: Services) -> SafetyPlanDialog | None:
        owner = parent.window()
        if services is None or not services.vault.unlocked:
            QMessageBox.information(
                owner,
                QCoreApplication.translate("SafetyPlanDialog", "Your safety plan is locked"),
                QCoreApplication.translate(
                    "SafetyPlanDialog",
                    "Unlock your journal to see your safety plan. The crisis lines are "
                    "here whenever you need them, locked or not.",
                ),
            )
            return None
        for dialog in owner.findChildren(cls):
            if dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        try:
            made = cls(services, owner)
        except JournalError as error:
            QMessageBox.warning(
                owner,
                QCoreApplication.translate("SafetyPlanDialog", "Your safety plan didn't open"),
                render(error),
            )
            return None
        made.finished.connect(made.deleteLater)
        made.open()
        return made
