"""Replacing the recovery key: asking first, then showing the new key once."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.dialogs.feedback import message_label, show_message
from journal_app.ui.gate.busy import BusyIndicator
from journal_app.ui.gate.recovery_key import RecoveryKeyStep
from journal_app.ui.named import named
from journal_app.ui.pages.layout import paragraph
from journal_app.ui.session import SessionViewModel
from journal_app.ui.text_width import scaled


class _WholeContent(QScrollArea):
    """A scroll area that asks for room for all it holds; it scrolls only when squeezed."""

    def sizeHint(self) -> QSize:  # noqa: N802
        inner = self.widget()
        if inner is None:
            return super().sizeHint()
        scroll_bar = self.verticalScrollBar().sizeHint().width()
        return inner.sizeHint() + QSize(scroll_bar + 2 * self.frameWidth(), 2 * self.frameWidth())


def _scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless area that scrolls up and down on a small screen."""
    area = _WholeContent()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


class ConfirmNewRecoveryKeyDialog(QDialog):
    """What a new key means, then "Make a new key": it stays open while the key is made."""

    def __init__(self, session: SessionViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._working = False
        self.code: str | None = None
        self.setWindowTitle(self.tr("New recovery key"))
        self.setMinimumWidth(scaled(460, self.font()))
        title = named(QLabel(self.tr("Make a new recovery key?"), wordWrap=True), "sectionTitle")
        replaces = paragraph(
            self.tr(
                "A new recovery key will take the place of the one you have now. From then "
                "on, your old recovery key no longer opens this journal, or any backup you "
                "make afterwards."
            )
        )
        older = paragraph(
            self.tr(
                "Backups made before now still open with the old key, so keep them "
                "somewhere safe too, or delete them once you have made a new backup."
            ),
            "muted",
        )
        once = paragraph(
            self.tr(
                "You'll see the new key once, straight after this, to write down or print. "
                "Your passphrase and your entries stay as they are."
            ),
            "muted",
        )
        self.busy = BusyIndicator(self.tr("Making your new recovery key…"))
        self.error = message_label(self.tr("Why the recovery key wasn't replaced"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.make_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.make_button.setObjectName("primary")
        self.make_button.setText(self.tr("Make a new key"))
        self.make_button.setAccessibleName(self.tr("Make a new recovery key"))
        self.make_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

        words = QWidget()
        column = QVBoxLayout(words)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        for widget in (title, replaces, older, once, self.error):
            column.addWidget(widget)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(_scrolling(words), 1)  # what it means scrolls; the buttons stay
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        session.vault_locked.connect(self._on_session_vault_locked)

    @classmethod
    def make_new_key(cls, session: SessionViewModel, parent: QWidget | None) -> str | None:
        """Ask, and make the new key if the person agrees; return its code, or None."""
        dialog = cls(session, parent)
        try:
            dialog.exec()
            return dialog.code
        finally:
            dialog.deleteLater()

    def reject(self) -> None:
        """Close on Escape, Cancel or the close button, unless the key is being made."""
        # The change can't be stopped halfway, and it is quick; Qt keeps the dialog open.
        if not self._working:
            super().reject()

    def _set_working(self, working: bool) -> None:
        self._working = working
        self.busy.set_busy(working)
        self.make_button.setEnabled(not working)
        self.cancel_button.setEnabled(not working)

    def _on_buttons_accepted(self) -> None:
        show_message(self.error, "")
        self._set_working(True)
        if not self._session.new_recovery_key(self._on_made, self._on_failed):
            self._on_failed(
                self.tr(
                    "Afterglow is still finishing something else, so nothing was changed. "
                    "Please try again in a moment."
                )
            )

    def _on_made(self, code: str) -> None:
        self._set_working(False)
        self.code = code
        self.accept()

    def _on_failed(self, message: str) -> None:
        self._set_working(False)
        show_message(self.error, message)
        # Trying again straight away would meet the same problem: say what happened, and
        # leave the way out.
        self.make_button.setVisible(False)
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        self.cancel_button.setFocus()

    def _on_session_vault_locked(self) -> None:
        self._working = False
        super().reject()


class NewRecoveryKeyDialog(QDialog):
    """The new recovery key, shown once, with Print… and "I have written it down"."""

    def __init__(self, session: SessionViewModel, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        self.step = RecoveryKeyStep(journal_folder=session.services.vault.folder)
        self.step.set_code(code)
        title = self.step.findChild(QLabel, "pageTitle")
        if title is not None:
            title.setText(self.tr("Your new recovery key"))
        self.step.open_button.setText(self.tr("Done"))
        self.step.open_button.setAccessibleName(self.tr("Done: I have kept my new recovery key"))
        # The key and what it means scroll on a small screen (or with large text); the
        # promise and Done stay in view below them.
        area = _scrolling(self.step)
        footer = QHBoxLayout()
        footer.setContentsMargins(12, 0, 12, 0)
        footer.addWidget(self.step.confirm, 1)
        footer.addWidget(self.step.open_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 16)
        layout.setSpacing(12)
        layout.addWidget(area, 1)
        layout.addLayout(footer)

        self.step.finished.connect(self.accept)
        session.vault_locked.connect(self._on_session_vault_locked)
        self.step.focus()

    @classmethod
    def show_code(cls, session: SessionViewModel, code: str, parent: QWidget | None) -> None:
        """Show the new key until the person says it is kept; then forget it."""
        dialog = cls(session, code, parent)
        try:
            with session.idle_held():  # writing it down by hand is not idleness
                dialog.exec()
        finally:
            dialog.step.clear()
            dialog.deleteLater()

    def reject(self) -> None:
        """Escape or the window's close button: make sure the key isn't lost by a slip."""
        if self.step.confirm.isChecked() or self._close_anyway():
            self.step.clear()
            super().reject()

    def _close_anyway(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Close without keeping the key?"),
            self.tr(
                "Your old recovery key no longer works, and this one won't be shown again. "
                "If you close now without writing it down, you can make another new key "
                "in Settings whenever you like."
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Close

    def _on_session_vault_locked(self) -> None:
        # The key never stays on an unattended screen.
        self.step.clear()
        super().reject()
