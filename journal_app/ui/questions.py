"""Questions for my prescriber: the person's own list, suggestions from the journal, a page.

The list is theirs: they add, tick and remove lines, and keep or set aside what the journal
suggests. The printed page holds only their own questions still to ask, with a title and
the date; a suggestion reaches paper only once kept.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.errors import JournalError
from journal_app.domain.questions import MAX_ITEM, QuestionItem, Suggestion
from journal_app.services.bundle import Services
from journal_app.services.outputs import write_private_file
from journal_app.ui.dialogs.feedback import message_label, show_message
from journal_app.ui.messages import render
from journal_app.ui.named import named
from journal_app.ui.output_files import choose_output_file, in_documents
from journal_app.ui.pages.layout import paragraph
from journal_app.ui.printing import (
    PrintChoice,
    choose_printer,
    printers_available,
    reached_printer,
)
from journal_app.ui.questions_sheet import paint, pdf_offer, sheet_html, sheet_pdf

WIDTH = 720
HEIGHT = 600
SCREEN_MARGIN = 48


class QuestionsDialog(QDialog):
    """The person's questions with ticks, a field to add one, and the journal's suggestions."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("Questions for my prescriber"))
        self.setObjectName("page")
        self.item_rows: list[tuple[QCheckBox, QLabel, QPushButton]] = []
        self.suggestion_rows: list[tuple[Suggestion, QPushButton, QPushButton]] = []

        title = named(QLabel(self.tr("Questions for my prescriber")), "pageTitle")
        intro = paragraph(
            self.tr("A list to take to your next appointment. Tick each one once it's asked."),
            "muted",
        )
        self.items_box = QVBoxLayout()
        self.items_box.setSpacing(4)
        self.empty = paragraph(
            self.tr("Nothing here yet. Add a question below, or keep a suggestion."), "muted"
        )
        self.add_field = QLineEdit(maxLength=MAX_ITEM)
        self.add_field.setPlaceholderText(self.tr("Add a question"))
        self.add_field.setAccessibleName(self.tr("Add a question"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add this question to the list"))
        self.add_button.setAutoDefault(False)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_field, 1)
        add_row.addWidget(self.add_button)
        self.suggested_title = named(
            QLabel(self.tr("Suggested from what you logged")), "sectionTitle"
        )
        self.suggestions_box = QVBoxLayout()
        self.suggestions_box.setSpacing(10)

        column = named(QWidget(), "page")
        inside = QVBoxLayout(column)
        inside.setContentsMargins(0, 0, 12, 0)
        inside.setSpacing(8)
        inside.addSpacing(6)
        inside.addWidget(named(QLabel(self.tr("My questions")), "sectionTitle"))
        inside.addLayout(self.items_box)
        inside.addWidget(self.empty)
        inside.addLayout(add_row)
        inside.addSpacing(12)
        inside.addWidget(self.suggested_title)
        inside.addLayout(self.suggestions_box)
        inside.addStretch(1)
        self.scroll_area = QScrollArea(widgetResizable=True)
        self.scroll_area.setWidget(column)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)

        self.problem = message_label(self.tr("Problem"))
        self.status = paragraph("", "muted")
        self.status.setAccessibleName(self.tr("What happened"))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the list as a PDF"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the list"))
        self.print_button.setVisible(printers_available())
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close your questions"))
        for button in (self.pdf_button, self.print_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.add_field.returnPressed.connect(self._on_add_button_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self._fit_to_screen()
        self.refresh()
        self.add_field.setFocus()

    def _fit_to_screen(self) -> None:
        parent = self.parentWidget()
        available = (parent or self).screen().availableGeometry()
        self.resize(
            min(WIDTH, available.width() - SCREEN_MARGIN),
            min(HEIGHT, available.height() - SCREEN_MARGIN),
        )

    # Showing the list

    def refresh(self, focus: tuple[str, int] | None = None) -> None:
        """Read the list and the suggestions again; ``focus``: ("item"|"suggestion", row)."""
        try:
            items = self._services.questions.items()
            suggestions = self._services.questions.suggestions()
        except JournalError as error:
            show_message(self.problem, render(error))
            return
        for box in (self.items_box, self.suggestions_box):
            while box.count():
                taken = box.takeAt(0)
                widget = taken.widget() if taken is not None else None
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()  # a row may be the sender of the click being handled
        self.item_rows = []
        for index, item in enumerate(items):
            self.items_box.addWidget(self._item_row(index, item))
        self.suggestion_rows = []
        for suggestion in suggestions:
            self.suggestions_box.addWidget(self._suggestion_row(suggestion))
        self.empty.setVisible(not items)
        self.suggested_title.setVisible(bool(suggestions))
        waiting = any(not item.done for item in items)
        self.pdf_button.setEnabled(waiting)
        self.print_button.setEnabled(waiting)
        self._order_tabs()
        self._focus(focus)

    def _item_row(self, index: int, item: QuestionItem) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        tick = QCheckBox()
        tick.setChecked(item.done)
        tick.setAccessibleName(item.text)
        tick.setAccessibleDescription(self.tr("Ticked once it's asked"))
        tick.setToolTip(self.tr("Tick once it's asked"))
        text = paragraph(item.text, "muted" if item.done else "")
        remove = named(QPushButton(self.tr("Remove")), "link")
        remove.setAccessibleName(self.tr("Remove: {text}").format(text=item.text))
        remove.setAutoDefault(False)
        line.addWidget(tick)
        line.addWidget(text, 1)
        line.addWidget(remove)
        tick.toggled.connect(lambda done, i=index: self._on_tick_toggled(i, done))
        remove.clicked.connect(lambda _=False, i=index: self._on_remove_clicked(i))
        self.item_rows.append((tick, text, remove))
        return row

    def _suggestion_row(self, suggestion: Suggestion) -> QWidget:
        row = QWidget()
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        said, reason = render(suggestion.said), render(suggestion.reason)
        why = paragraph(reason, "hint")
        keep = QPushButton(self.tr("Keep"))
        keep.setAccessibleName(self.tr("Keep: {text}").format(text=said))
        keep.setAccessibleDescription(reason)
        dismiss = named(QPushButton(self.tr("Not needed")), "link")
        dismiss.setAccessibleName(self.tr("Not needed: {text}").format(text=said))
        buttons = QHBoxLayout()
        for button in (keep, dismiss):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addWidget(paragraph(said))
        column.addWidget(why)
        column.addLayout(buttons)
        position = len(self.suggestion_rows)
        keep.clicked.connect(lambda _=False, k=suggestion.key, p=position: self._on_keep(k, p))
        dismiss.clicked.connect(
            lambda _=False, k=suggestion.key, p=position: self._on_dismiss(k, p)
        )
        self.suggestion_rows.append((suggestion, keep, dismiss))
        return row

    def _order_tabs(self) -> None:
        chain: list[QWidget] = [w for tick, _, remove in self.item_rows for w in (tick, remove)]
        chain += [self.add_field, self.add_button]
        chain += [w for _, keep, dismiss in self.suggestion_rows for w in (keep, dismiss)]
        chain += [self.pdf_button, self.print_button, self.close_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _focus(self, focus: tuple[str, int] | None) -> None:
        if focus is None:
            return
        kind, index = focus
        targets: list[QWidget] = (  # the ticks, or the "Keep" buttons
            [tick for tick, _, _ in self.item_rows]
            if kind == "item"
            else [keep for _, keep, _ in self.suggestion_rows]
        )
        if not targets:
            self.add_field.setFocus()
            return
        widget = targets[min(index, len(targets) - 1)]
        widget.setFocus()
        self.scroll_area.ensureWidgetVisible(widget)

    # Changing it

    def _change(
        self, action: Callable[[], object], focus: tuple[str, int] | None, done: str = ""
    ) -> bool:
        """Run ``action`` on the service; a failure is said and nothing on screen is lost."""
        try:
            action()
        except JournalError as error:
            show_message(self.problem, render(error))
            self.refresh()
            return False
        show_message(self.problem, "")
        self.status.setText(done)
        self.refresh(focus)
        return True

    def _on_add_button_clicked(self) -> None:
        text = self.add_field.text()
        questions = self._services.questions
        if self._change(lambda: questions.add(text), None, self.tr("Added.")):
            self.add_field.clear()
            self.add_field.setFocus()

    def _on_tick_toggled(self, index: int, done: bool) -> None:
        questions = self._services.questions
        self._change(lambda: questions.set_done(index, done), ("item", index))

    def _on_remove_clicked(self, index: int) -> None:
        questions = self._services.questions
        self._change(lambda: questions.remove(index), ("item", index), self.tr("Removed."))

    def _on_keep(self, key: str, position: int) -> None:
        questions = self._services.questions
        words = self.tr("Added to your questions.")
        said = render(self.suggestion_rows[position][0].said)  # kept as the person read it
        self._change(lambda: questions.keep(key, text=said), ("suggestion", position), words)

    def _on_dismiss(self, key: str, position: int) -> None:
        questions = self._services.questions
        words = self.tr("It won't be suggested again.")
        self._change(lambda: questions.dismiss(key), ("suggestion", position), words)

    # Paper

    def page_html(self) -> str:
        return sheet_html(self._services.questions.items(), self._services.questions.now().date())

    def save_pdf(self) -> Path | None:
        """Ask where, then write the page as a private PDF; None if nothing was written."""
        target = choose_output_file(
            self,
            self.tr("Save your questions as a PDF"),
            in_documents("questions-for-my-prescriber.pdf"),
            self.tr("PDF files (*.pdf)"),
            suffix=".pdf",
            journal_folder=self._services.vault.folder,
        )
        if target is None:
            return None
        try:
            write_private_file(target, sheet_pdf(self.page_html()))
        except JournalError as error:
            show_message(self.problem, render(error))
            return None
        show_message(self.problem, "")
        self.status.setText(
            self.tr("Saved to {path}. It isn't encrypted, so keep it somewhere private.").format(
                path=target
            )
        )
        return target

    def _on_print_button_clicked(self) -> None:
        from journal_app.reports.document import page_layout_for_locale

        show_message(self.problem, "")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout_for_locale(QLocale()))
        printer.setDocName(self.tr("Questions for my prescriber"))
        choice = choose_printer(self, printer, self.tr("Print your questions"), pdf_offer())
        if choice is PrintChoice.PDF:
            self.save_pdf()
        elif choice is PrintChoice.PRINTER:
            paint(printer, self.page_html())
            if reached_printer(printer):
                self.status.setText(self.tr("Sent to the printer."))
            else:
                show_message(
                    self.problem, self.tr("The list didn't print. Check the printer and try again.")
                )

    # Opening

    @classmethod
    def show_for(cls, parent: QWidget, services: Services) -> QuestionsDialog:
        """Open the list over ``parent``'s window (or raise the one already open).

        Owned by ``parent``, a page: when the journal locks, the pages go, and it with them.
        """
        for dialog in parent.window().findChildren(cls):
            if dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        made = cls(services, parent)  # a journal that can't be read says so inside
        made.finished.connect(made.deleteLater)
        made.open()
        return made
