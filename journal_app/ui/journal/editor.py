"""The entry editor: title, day, markdown body with preview, tags, privacy, prompts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.records import Record
from journal_app.domain.text import word_count
from journal_app.ui.dates import from_qdate, limit_to_journal_years
from journal_app.ui.dialogs.feedback import message_label, show_message
from journal_app.ui.elide import ElidedButton
from journal_app.ui.journal.prompts import Prompt, PromptDeck, quoted
from journal_app.ui.journal.tags import TagCompleter, format_tags, parse_tags
from journal_app.ui.named import named
from journal_app.ui.status_words import reserve_width


@dataclass(frozen=True)
class Draft:
    """What is in the editor now."""

    body: str
    title: str
    day: date
    tags: tuple[str, ...]
    private: bool
    prompt_id: str | None = None
    prompt_quote: str = ""

    @property
    def blank(self) -> bool:
        """True when nothing was written beyond the prompt that was offered."""
        body = self.body
        if self.prompt_quote and body.lstrip().startswith(self.prompt_quote.strip()):
            body = body.lstrip()[len(self.prompt_quote.strip()) :]
        return not body.strip()


class EntryEditor(QWidget):
    """Edits one entry; says ``edited`` on every change the person makes."""

    edited = Signal()
    delete_requested = Signal()
    versions_requested = Signal()

    def __init__(self, deck: PromptDeck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deck = deck
        self._loading = False
        self._prompt: Prompt | None = None

        self.title = named(QLineEdit(), "titleEdit")
        self.title.setPlaceholderText(self.tr("Title (optional)"))
        self.title.setAccessibleName(self.tr("Title"))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMM yyyy")
        self.day.setAccessibleName(self.tr("Day of this entry"))
        self.day.setToolTip(self.tr("The day this entry is about"))

        self.write_button = self._toggle(self.tr("Write"), self.tr("Write the entry"))
        self.preview_button = self._toggle(self.tr("Preview"), self.tr("See how it reads"))
        self.preview_button.setToolTip(self.tr("See how it reads (Ctrl+Shift+P)"))
        modes = QButtonGroup(self)
        modes.addButton(self.write_button)
        modes.addButton(self.preview_button)
        self.write_button.setChecked(True)
        self._mark_mode()
        self.prompt_button = QPushButton(self.tr("Give me a prompt"))
        self.prompt_button.setAccessibleName(self.tr("Give me a prompt"))
        self.prompt_button.setToolTip(
            self.tr("Adds a gentle question at the top; ask again for another")
        )

        self.body = named(QPlainTextEdit(), "body")
        self.body.setAccessibleName(self.tr("Entry text"))
        self.body.setPlaceholderText(self.tr("Write whatever is here for you. Markdown works."))
        self.body.setTabChangesFocus(True)
        self.preview = named(QTextBrowser(), "preview")
        self.preview.setAccessibleName(self.tr("Preview of the entry"))
        self.preview.setOpenLinks(False)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.body)
        self.pages.addWidget(self.preview)

        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.completer = TagCompleter(self.tags)
        self.tags.setCompleter(self.completer)
        self.private = QCheckBox(self.tr("Private"))
        self.private.setAccessibleName(self.tr("Private entry"))
        self.private.setToolTip(
            self.tr(
                "Private entries stay out of summaries for your therapist "
                "unless you pick them one by one"
            )
        )

        self.words = named(QLabel(), "muted")
        self.words.setAccessibleName(self.tr("Word count"))
        self.save_state = named(QLabel(), "muted")
        self.save_state.setAccessibleName(self.tr("Save state"))
        reserve_width(self.save_state)  # "Saved" appearing moves nothing
        self.save_problem = message_label(self.tr("Save problem"))
        self.versions_button = self._button(
            self.tr("Previous versions…"),
            self.tr("See and restore earlier versions of this entry"),
            elided=True,  # ends in "…" in a narrow window rather than widening it
        )
        self.delete_button = self._button(
            self.tr("Delete"), self.tr("Move this entry to the Trash; you can restore it later")
        )

        self._lay_out()
        self.title.textEdited.connect(self._on_field_edited)
        self.day.dateChanged.connect(self._on_field_edited)
        self.body.textChanged.connect(self._on_body_text_changed)
        self.tags.textEdited.connect(self._on_field_edited)
        self.private.toggled.connect(self._on_field_edited)
        self.preview_button.toggled.connect(self._on_preview_button_toggled)
        self.prompt_button.clicked.connect(self._on_prompt_button_clicked)
        self.versions_button.clicked.connect(self.versions_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        toggle = QShortcut(QKeySequence("Ctrl+Shift+P"), self)
        toggle.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        toggle.activated.connect(self._on_toggle_shortcut_activated)

    def _button(self, text: str, tip: str, *, elided: bool = False) -> QPushButton:
        button = ElidedButton(text) if elided else QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolTip(tip)
        return button

    def _toggle(self, text: str, tip: str) -> QPushButton:
        button = self._button(text, tip)
        button.setCheckable(True)
        return button

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.day)
        tools = QHBoxLayout()
        tools.addWidget(self.write_button)
        tools.addWidget(self.preview_button)
        tools.addStretch(1)
        tools.addWidget(self.prompt_button)
        details = QHBoxLayout()
        details.addWidget(self.tags, 1)
        details.addWidget(self.private)
        bottom = QHBoxLayout()
        bottom.addWidget(self.words)
        bottom.addSpacing(12)
        bottom.addWidget(self.save_state)
        bottom.addStretch(1)
        bottom.addWidget(self.versions_button)
        bottom.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.save_problem)
        layout.addLayout(details)
        layout.addLayout(bottom)
        for first, second in (
            (self.title, self.day),
            (self.day, self.write_button),
            (self.write_button, self.preview_button),
            (self.preview_button, self.prompt_button),
            (self.prompt_button, self.body),
            (self.body, self.preview),
            (self.preview, self.tags),
            (self.tags, self.private),
            (self.private, self.versions_button),
            (self.versions_button, self.delete_button),
        ):
            QWidget.setTabOrder(first, second)

    # Filling

    def show_new(self, day: date, prompt: Prompt | None = None) -> None:
        """Empty the editor for a new entry on ``day``, opening with ``prompt`` if given."""
        self._fill("", "", day, (), False)
        self._prompt = None
        if prompt is not None and prompt.text:
            self.insert_prompt(prompt, user=False)
        self._prompt = prompt  # kept even without words, so the entry remembers it
        self.set_has_record(False)

    def show_record(self, record: Record) -> None:
        """Show a saved entry."""
        entry = record.data
        self._fill(entry.body, entry.title, entry.day, entry.tags, entry.private)
        self._prompt = None
        self.body.moveCursor(QTextCursor.MoveOperation.End)  # ready to carry on writing
        self.set_has_record(True)

    def show_draft(
        self, *, body: str, title: str, day: date, tags: tuple[str, ...], private: bool
    ) -> None:
        """Show words that were typed but not saved (kept sealed across a lock)."""
        self._fill(body, title, day, tags, private)
        self.body.moveCursor(QTextCursor.MoveOperation.End)

    def _fill(self, body: str, title: str, day: date, tags: tuple[str, ...], private: bool) -> None:
        self._loading = True
        self.title.setText(title)
        limit_to_journal_years(self.day, day)  # an old entry's day is shown as stored
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.body.setPlainText(body)
        self.tags.setText(format_tags(tags))
        self.private.setChecked(private)
        self._loading = False
        self._update_words()
        if self.preview_button.isChecked():
            self.preview.setMarkdown(body)

    def draft(self) -> Draft:
        """Everything the editor holds, ready to save."""
        return Draft(
            body=self.body.toPlainText(),
            title=self.title.text(),
            day=from_qdate(self.day.date()),
            tags=parse_tags(self.tags.text()),
            private=self.private.isChecked(),
            prompt_id=self._prompt.id if self._prompt else None,
            prompt_quote=quoted(self._prompt) if self._prompt and self._prompt.text else "",
        )

    def insert_prompt(self, prompt: Prompt, *, user: bool = True) -> None:
        """Put ``prompt`` as a quote at the top, replacing a prompt given just before."""
        cursor = QTextCursor(self.body.document())
        cursor.beginEditBlock()
        text = self.body.toPlainText()
        if self._prompt is not None and text.startswith(quoted(self._prompt)):
            cursor.setPosition(len(quoted(self._prompt)), QTextCursor.MoveMode.KeepAnchor)
        self._loading = not user
        cursor.insertText(quoted(prompt))
        self._loading = False
        cursor.endEditBlock()
        self._prompt = prompt
        self.body.moveCursor(QTextCursor.MoveOperation.End)

    def set_has_record(self, saved: bool) -> None:
        self.delete_button.setEnabled(saved)
        self.versions_button.setEnabled(saved)

    def set_known_tags(self, tags: list[str]) -> None:
        self.completer.set_tags(tags)

    def set_save_state(self, text: str) -> None:
        self.save_state.setText(text)

    def set_save_problem(self, text: str) -> None:
        """Say, in full and where it can't be missed, why the words aren't saved yet."""
        show_message(self.save_problem, text)

    def focus_body(self) -> None:
        self.write_button.setChecked(True)
        self.body.setFocus(Qt.FocusReason.OtherFocusReason)

    # Slots

    def _update_words(self) -> None:
        count = word_count(self.body.toPlainText())
        self.words.setText(
            self.tr("1 word") if count == 1 else self.tr("{count} words").format(count=count)
        )

    def _on_body_text_changed(self) -> None:
        self._update_words()
        self._on_field_edited()

    def _on_field_edited(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _mark_mode(self) -> None:
        # The style sheet has no look for checked buttons, so the current mode goes bold.
        for button in (self.write_button, self.preview_button):
            font = button.font()
            font.setBold(button.isChecked())
            button.setFont(font)

    def _on_preview_button_toggled(self, previewing: bool) -> None:
        self._mark_mode()
        if previewing:
            self.preview.setMarkdown(self.body.toPlainText())
        self.pages.setCurrentWidget(self.preview if previewing else self.body)

    def _on_toggle_shortcut_activated(self) -> None:
        if self.preview_button.isChecked():
            self.focus_body()
        else:
            self.preview_button.setChecked(True)
            self.preview.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_prompt_button_clicked(self) -> None:
        prompt = self._deck.draw()
        if prompt is not None:
            self.insert_prompt(prompt)
            self.body.setFocus(Qt.FocusReason.OtherFocusReason)
