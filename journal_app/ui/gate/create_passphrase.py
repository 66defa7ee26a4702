"""First run, second step: choosing the passphrase and creating the journal."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from journal_app.ui.dialogs.new_passphrase import NewPassphraseForm
from journal_app.ui.gate.busy import BusyIndicator
from journal_app.ui.gate.card import Card, button, button_row
from journal_app.ui.named import named
from journal_app.ui.pages.layout import paragraph


class CreatePassphraseStep(Card):
    """A new passphrase typed twice; "Create my journal" asks for it to be made."""

    create_requested = Signal(str)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = named(QLabel(self.tr("Choose a passphrase")), "pageTitle")
        intro = paragraph(
            self.tr(
                "Your passphrase locks your journal. A few unrelated words that you "
                "will remember work well."
            ),
            "muted",
        )
        self.form = NewPassphraseForm()
        note = paragraph(
            self.tr(
                "Nobody can reset this passphrase for you. If you forget it, only the "
                "recovery key you will see next can open your journal."
            ),
            "hint",
        )
        self.busy = BusyIndicator(self.tr("Creating your journal…"))
        self.back_button = button(self.tr("Back"), self.tr("Back to the welcome page"))
        self.create_button = button(
            self.tr("Create my journal"), self.tr("Create my journal"), primary=True
        )

        self.body.addWidget(title)
        self.body.addWidget(intro)
        self.body.addWidget(self.form)
        self.body.addWidget(note)
        self.body.addLayout(button_row(self.back_button, self.busy, self.create_button))

        self.form.submitted.connect(self._on_create_button_clicked)
        self.create_button.clicked.connect(self._on_create_button_clicked)
        self.back_button.clicked.connect(self.back_requested)

    def focus(self) -> None:
        self.form.focus_first()

    def set_busy(self, busy: bool) -> None:
        self.busy.set_busy(busy)
        self.form.set_inputs_enabled(not busy)
        self.back_button.setEnabled(not busy)
        self.create_button.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.form.show_error(text)

    def clear(self) -> None:
        self.form.clear()
        self.busy.set_busy(False)

    def _on_create_button_clicked(self) -> None:
        if self.form.check():
            self.create_requested.emit(self.form.passphrase())
