"""Asking, in plain words, before a backup is brought into this journal."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from journal_app.messages import QT_TRANSLATE_NOOP
from journal_app.ui.named import named

PROMISE = QT_TRANSLATE_NOOP(
    "ConfirmMergeDialog",
    "Your journal stays as it is, plus anything newer from the backup. Nothing is deleted; "
    "a copy of your journal as it is now is saved first.",
)
OTHER_PROMISE = QT_TRANSLATE_NOOP(
    "ConfirmMergeDialog",
    "This backup is of another journal. Its entries, check-ins, journeys and questionnaires "
    "become new entries in this journal, next to yours. Nothing of yours is changed or "
    "deleted, and your settings stay as they are; a copy of your journal as it is now is "
    "saved first.",
)


class ConfirmMergeDialog(QDialog):
    """What the backup holds, what will happen, and "Restore" or "Cancel"."""

    def __init__(
        self, summary: str, parent: QWidget | None = None, *, other_journal: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(460)
        title = named(
            QLabel(self.tr("Bring this backup into your journal?"), wordWrap=True), "sectionTitle"
        )
        if other_journal:
            title.setText(self.tr("Add another journal's entries to yours?"))
        promise = OTHER_PROMISE if other_journal else PROMISE
        self.promise = QLabel(self.tr(promise), wordWrap=True)  # i18n: marked
        self.summary = named(QLabel(summary, wordWrap=True), "muted")
        self.summary.setAccessibleName(self.tr("What the backup holds"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("primary")
        self.ok_button.setText(
            self.tr("Add as new entries") if other_journal else self.tr("Restore")
        )
        self.ok_button.setAccessibleName(
            self.tr("Add this backup's records as new entries")
            if other_journal
            else self.tr("Restore from this backup")
        )
        self.ok_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.promise)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @classmethod
    def confirm(cls, parent: QWidget | None, summary: str, *, other_journal: bool = False) -> bool:
        """Ask; return True when the person chose Restore (or Add, for another journal)."""
        dialog = cls(summary, parent, other_journal=other_journal)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
