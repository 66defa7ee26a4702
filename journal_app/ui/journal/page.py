"""The Journal page: entries with search and filters on the left, the editor on the right."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.errors import JournalError
from journal_app.domain.records import Record
from journal_app.services.bundle import Services
from journal_app.ui.journal.autosave import Autosaver
from journal_app.ui.journal.editor import EntryEditor
from journal_app.ui.journal.filters import FilterBar
from journal_app.ui.journal.listview import EntryListView
from journal_app.ui.journal.model import EntryTreeModel
from journal_app.ui.journal.prompts import Prompt, PromptDeck, load_prompts
from journal_app.ui.journal.rows import EntryFilter, EntryRows, row_of
from journal_app.ui.journal.trash import TrashDialog
from journal_app.ui.journal.versions import VersionsDialog
from journal_app.ui.messages import render
from journal_app.ui.named import named
from journal_app.ui.pages.layout import list_and_detail, page_header
from journal_app.ui.watch import JournalWatch


def body_reader(services: Services) -> Callable[[str], str]:
    """Look up an entry's text by id, for search snippets ("" if it is gone).

    A plain function rather than a method of the page: the model keeps it, and a model
    holding its page would make a cycle that Python's collector may break by emptying
    the model while Qt still uses it.
    """

    def body_of(record_id: str) -> str:
        try:
            return str(services.journal.get(record_id).data.body)
        except JournalError:
            return ""

    return body_of


class JournalPage(QWidget):
    """Write, find, and look after journal entries."""

    status_message = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._services = services
        self._rows = EntryRows(services)
        self._deck = PromptDeck(load_prompts())
        self._known_tags: set[str] = set()
        self._syncing = False  # True while the page itself moves the list's selection
        self._prepared = False  # whether search has folded every entry yet
        self._watch = JournalWatch(services)  # built up to date; a merge may change it later

        self.new_button = named(QPushButton(self.tr("New entry")), "primary")
        self.new_button.setAccessibleName(self.tr("New entry"))
        self.new_button.setToolTip(self.tr("Start a new entry (Ctrl+N)"))
        self.trash_button = QPushButton(self.tr("Trash…"))
        self.trash_button.setAccessibleName(self.tr("Trash"))
        self.trash_button.setToolTip(self.tr("See deleted entries and restore them"))
        self.filters = FilterBar(self._today())
        self.count = named(QLabel(), "muted")
        self.count.setAccessibleName(self.tr("Entries shown"))
        self.model = EntryTreeModel(body_reader(services), self)
        self.list = EntryListView(self.model)
        self.empty = named(
            QLabel(
                self.tr("Nothing here yet. Press New entry, or Ctrl+N, to write your first one.")
            ),
            "hint",
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.list)
        self.list_stack.addWidget(self.empty)
        self.editor = EntryEditor(self._deck)
        self.autosave = Autosaver(services, self.editor.draft, self)
        self._lay_out()
        self._connect()

        self._reload_tags()
        self._refresh()
        self._start_new()

    def _lay_out(self) -> None:
        header = page_header(self.tr("Journal"), self.new_button, self.trash_button)
        card = named(QFrame(), "card")
        QVBoxLayout(card).addWidget(self.editor)
        splitter = list_and_detail([self.filters, self.count, self.list_stack], card, (360, 640))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        chain = (
            self.new_button,
            self.trash_button,
            self.filters.search,
            self.filters.tag,
            self.filters.only_between,
            self.filters.start,
            self.filters.end,
            self.list,
            self.editor.title,
        )
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.trash_button.clicked.connect(self._on_trash_button_clicked)
        self.filters.changed.connect(self._on_filters_changed)
        self.filters.search.down_pressed.connect(self.list.enter_from_search)
        self.filters.search.first_focused.connect(self._on_search_first_focused)
        self.list.up_from_top.connect(self.focus_search)
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)
        self.list.activated.connect(self._on_list_activated)
        self.editor.edited.connect(self.autosave.mark_edited)
        self.editor.delete_requested.connect(self._on_editor_delete_requested)
        self.editor.versions_requested.connect(self._on_editor_versions_requested)
        self.autosave.state_changed.connect(self.editor.set_save_state)
        self.autosave.problem_changed.connect(self.editor.set_save_problem)
        self.autosave.entry_saved.connect(self._on_autosave_entry_saved)
        delete = QAction(self.tr("Delete"), self.list)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self._on_editor_delete_requested)
        self.list.addAction(delete)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.flush)

    # The interface the shell uses

    def new_entry(self, prompt_id: str | None = None) -> None:
        """Start a new entry, opening with the prompt ``prompt_id`` if given."""
        if self._leave_current():
            self._start_new(prompt_id)
            self.editor.focus_body()

    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def open_entry(self, record_id: str) -> None:
        """Show a saved entry in the editor (saving the one open before)."""
        if record_id != self.autosave.record_id:
            if not self._leave_current():
                return
            try:
                record = self._services.journal.get(record_id)
            except JournalError as error:
                self.status_message.emit(render(error))
                return
            if record.deleted:
                self.status_message.emit(self.tr("That entry is in the Trash. Restore it first."))
                return
            self._show_record(record)
        self._select_current()

    def flush(self) -> None:
        """Save anything typed and not saved yet, now."""
        self.autosave.save_now()

    def unsaved_draft(self) -> dict[str, object] | None:
        """What the editor holds that could not be saved (to seal across a lock), or None."""
        if not self.autosave.unsaved():
            return None
        draft = self.editor.draft()
        if draft.blank:
            return None
        return {
            "record_id": self.autosave.record_id,
            "body": draft.body,
            "title": draft.title,
            "day": draft.day.isoformat(),
            "tags": list(draft.tags),
            "private": draft.private,
            "prompt_id": draft.prompt_id,
        }

    def unsaved_problem(self) -> str | None:
        """Why the open entry is not saved, if it isn't."""
        return self.autosave.problem if self.autosave.unsaved() else None

    def restore_draft(self, draft: dict[str, object]) -> None:
        """Put words sealed at the last lock back into the editor, and save them."""
        record_id = draft.get("record_id")
        record = None
        if isinstance(record_id, str):
            try:
                record = self._services.journal.get(record_id)
            except JournalError:
                record = None
        if record is not None and not record.deleted:
            self._show_record(record)
        else:
            prompt_id = draft.get("prompt_id")
            self._start_new(prompt_id if isinstance(prompt_id, str) and prompt_id else None)
        tags = draft.get("tags")
        self.editor.show_draft(
            body=str(draft.get("body", "")),
            title=str(draft.get("title", "")),
            day=date.fromisoformat(str(draft.get("day") or self._today().isoformat())),
            tags=tuple(str(t) for t in tags) if isinstance(tags, list | tuple) else (),
            private=bool(draft.get("private", False)),
        )
        self.autosave.mark_edited()
        self._select_current()

    # Helpers

    def _today(self) -> date:
        return self._services.journeys.now().date()

    def _start_new(self, prompt_id: str | None = None) -> None:
        prompt = None
        if prompt_id:  # one from another prompts file is remembered, though not shown
            prompt = self._deck.find(prompt_id) or Prompt(prompt_id, "")
        self.editor.show_new(self._today(), prompt)
        self.autosave.begin_new()
        self._select_current()

    def _show_record(self, record: Record) -> None:
        self.editor.show_record(record)
        self.autosave.begin_existing(record)

    def _leave_current(self) -> bool:
        """Save the open entry before showing another; False keeps it open (it can't save)."""
        if self.autosave.save_now():
            return True
        self.status_message.emit(
            self.tr("This entry isn't saved yet, so it stays open. The note below it says why.")
        )
        self._select_current()
        return False

    def _select_current(self) -> None:
        record_id = self.autosave.record_id
        self._syncing = True
        try:
            if record_id:
                self.list.reveal(record_id)
            self.list.show_entry(self.model.index_of(record_id) if record_id else QModelIndex())
        finally:
            self._syncing = False

    def _refresh(self, *, scroll_top: bool = False) -> None:
        wanted = self.filters.value()
        rows = self._rows.find(wanted)
        self._syncing = True
        try:
            self.model.set_rows(rows, wanted.terms)
            self.list.reset_rows()
        finally:
            self._syncing = False
        self._select_current()
        if scroll_top:
            self.list.scrollToTop()
        self._show_count(wanted, len(rows))

    def _show_count(self, wanted: EntryFilter, count: int) -> None:
        if count:
            text = self.tr("1 entry") if count == 1 else self.tr("{n} entries").format(n=count)
        elif wanted.terms:
            text = self.tr("No entries match; try fewer words")
        elif wanted.narrowed:
            text = self.tr("No entries match; try another tag or other dates")
        else:
            text = ""
        self.count.setText(text)
        vault_empty = not count and not wanted.narrowed
        self.list_stack.setCurrentWidget(self.empty if vault_empty else self.list)

    def _reload_tags(self) -> None:
        tags = self._services.journal.tags()
        self._known_tags = {t.casefold() for t in tags}
        self.filters.set_tags(tags)
        self.editor.set_known_tags(tags)

    # Slots

    def _on_new_button_clicked(self) -> None:
        self.new_entry()

    def _on_search_first_focused(self) -> None:
        # The first search after unlock folds every entry's text once (~45 ms over ten
        # years); doing it as the field takes focus keeps that off the first keystroke.
        self._services.search.prepare()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Fold the entries for search when the page first appears (already done: no-op)."""
        super().showEvent(event)
        if self._watch.changed():  # a merge or import changed the journal meanwhile
            self._reload_tags()
            self._refresh()
        if not self._prepared:
            self._prepared = True
            QTimer.singleShot(0, self, self._on_prepare_timer_timeout)

    def _on_prepare_timer_timeout(self) -> None:
        if self._services.vault.unlocked:  # the journal may have locked in the meantime
            self._services.search.prepare()

    def _on_filters_changed(self) -> None:
        self._refresh(scroll_top=True)

    def _on_list_current_changed(self, current: QModelIndex, _: QModelIndex) -> None:
        row = self.model.row_at(current)
        if not self._syncing and row is not None:
            self.open_entry(row.id)

    def _on_list_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index)
        if row is not None:
            self.open_entry(row.id)
            if self.autosave.record_id == row.id:
                self.editor.focus_body()

    def _on_autosave_entry_saved(self, record: Record, created: bool) -> None:
        row = row_of(record)
        if created:
            self.editor.set_has_record(True)
            self._refresh()
        elif not self.model.replace_row(row):
            self._refresh()
        if {t.casefold() for t in row.tags} - self._known_tags:
            self._reload_tags()

    def _on_editor_delete_requested(self) -> None:
        record_id = self.autosave.record_id
        if record_id is None or not self._leave_current():
            return
        try:
            self._services.journal.delete(record_id)
        except JournalError as error:
            self.status_message.emit(render(error))
            return
        self._start_new()
        self._reload_tags()
        self._refresh()
        self.status_message.emit(self.tr("Moved to the Trash. You can restore it from Trash."))

    def _on_trash_button_clicked(self) -> None:
        if not self._leave_current():
            return
        record_id = TrashDialog.choose(self, self._services)
        if record_id is None:
            return
        try:
            self._services.journal.undelete(record_id)
        except JournalError as error:
            self.status_message.emit(render(error))
            return
        self._reload_tags()
        self._refresh()
        self.open_entry(record_id)
        self.status_message.emit(self.tr("Restored. It's back in your journal."))

    def _on_editor_versions_requested(self) -> None:
        record_id = self.autosave.record_id
        if record_id is None or not self._leave_current():
            return
        revision_id = VersionsDialog.choose(self, self._services, record_id)
        if revision_id is None:
            return
        try:
            record = self._services.journal.restore_revision(revision_id)
        except JournalError as error:
            self.status_message.emit(render(error))
            return
        self._show_record(record)
        self._reload_tags()
        self._refresh()
        self.status_message.emit(
            self.tr("That version is back. The text from just before is kept as a version too.")
        )
