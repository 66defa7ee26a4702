"""Settings > Backups: the automatic backups, Verify, Back up now, export, extra folder, restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.errors import VaultLocked
from journal_app.services.backups import KEEP_LATEST, KEEP_WEEKS, BackupInfo, BackupSummary
from journal_app.ui.backups.files import choose_export_path, choose_folder
from journal_app.ui.backups.key_dialog import BackupKey, BackupKeyDialog
from journal_app.ui.backups.merge_flow import MergeFlow
from journal_app.ui.backups.tasks import BackedUp, BackupTasks
from journal_app.ui.backups.words import (
    describe_damage,
    describe_summary,
    export_done,
    other_passphrase,
    size_mb,
    still_busy,
    when,
)
from journal_app.ui.dialogs.feedback import message_label, show_message
from journal_app.ui.gate.busy import BusyIndicator
from journal_app.ui.named import named
from journal_app.ui.pages.layout import card, paragraph
from journal_app.ui.session import SessionViewModel

PATH_ROLE = Qt.ItemDataRole.UserRole
VISIBLE_ROWS = 5


def push_button(text: str, accessible_name: str) -> QPushButton:
    widget = QPushButton(text)
    widget.setAccessibleName(accessible_name)
    return widget


class BackupsCard(QWidget):
    """The Backups card; every slow step runs on the session's runner."""

    def __init__(self, session: SessionViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._backups = session.services.backups
        self._working = False  # this card started what the session is busy with
        self._verify_key: BackupKey | None = None
        self._extra_folder = self._backups.extra_folder()
        self.tasks = BackupTasks(session)
        self.merge = MergeFlow(session, self)

        frame, layout = card(self.tr("Backups"))
        auto = paragraph(
            self.tr(
                "When your journal has changed, Afterglow backs it up as it locks and as you "
                "quit, into the backups folder beside it: the last {latest} are kept, plus "
                "one a week for {weeks} weeks."
            ).format(latest=KEEP_LATEST, weeks=KEEP_WEEKS),
            "hint",
        )
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Automatic backups"))
        self.list.setHeaderLabels([self.tr("Made"), self.tr("Size")])
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAllColumnsShowFocus(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.headerItem().setTextAlignment(
            1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.empty = paragraph(
            self.tr(
                "No automatic backups yet. The first is made when you lock Afterglow or quit "
                "after writing something, or now with “Back up now”."
            ),
            "hint",
        )
        self.verify_button = push_button(self.tr("Verify"), self.tr("Verify the chosen backup"))
        self.back_up_button = push_button(self.tr("Back up now"), self.tr("Back up now"))
        self.busy = BusyIndicator("")
        self.result = QLabel(wordWrap=True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName(self.tr("Backup result"))
        self.result.setVisible(False)
        self.problem = message_label(self.tr("Backup problem"))

        export_hint = paragraph(
            self.tr(
                "An export is an encrypted copy to keep anywhere; it opens with your "
                "passphrase or your recovery key. Restoring brings in anything newer from a "
                "backup and never deletes."
            ),
            "hint",
        )
        self.export_button = push_button(
            self.tr("Export a backup…"), self.tr("Export a backup to a file")
        )
        self.restore_button = push_button(
            self.tr("Restore from a backup…"), self.tr("Restore from a backup into this journal")
        )
        extra_title = QLabel(self.tr("Also copy to a folder (a USB stick, a synced folder)"))
        self.extra_label = named(QLabel(wordWrap=True), "muted")
        self.extra_label.setTextFormat(Qt.TextFormat.PlainText)
        self.extra_label.setAccessibleName(self.tr("Folder the backups are also copied to"))
        self.choose_button = push_button(
            self.tr("Choose…"), self.tr("Choose a folder to copy backups to")
        )
        self.stop_button = push_button(
            self.tr("Stop copying"), self.tr("Stop copying backups to that folder")
        )

        list_row = QHBoxLayout()
        list_row.addWidget(self.verify_button)
        list_row.addWidget(self.back_up_button)
        list_row.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.export_button)
        file_row.addWidget(self.restore_button)
        file_row.addStretch(1)
        extra_row = QHBoxLayout()
        extra_row.addWidget(self.extra_label, 1)
        extra_row.addWidget(self.choose_button)
        extra_row.addWidget(self.stop_button)
        layout.addWidget(auto)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addLayout(list_row)
        layout.addWidget(self.busy)
        layout.addWidget(self.result)
        layout.addWidget(self.problem)
        layout.addSpacing(6)
        layout.addWidget(export_hint)
        layout.addLayout(file_row)
        layout.addSpacing(6)
        layout.addWidget(extra_title)
        layout.addLayout(extra_row)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        policy = self.busy.sizePolicy()
        policy.setRetainSizeWhenHidden(False)  # no gap in the card while nothing runs
        self.busy.setSizePolicy(policy)

        self.list.itemSelectionChanged.connect(self._on_list_item_selection_changed)
        self.verify_button.clicked.connect(self._on_verify_button_clicked)
        self.back_up_button.clicked.connect(self._on_back_up_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.stop_button.clicked.connect(self._on_stop_button_clicked)
        self.tasks.verified.connect(self._on_tasks_verified)
        self.tasks.verify_failed.connect(self._on_tasks_verify_failed)
        self.tasks.backed_up.connect(self._on_tasks_backed_up)
        self.tasks.backup_failed.connect(self._on_tasks_failed)
        self.tasks.exported.connect(self._on_tasks_exported)
        self.tasks.export_failed.connect(self._on_tasks_failed)
        self.merge.working.connect(self._on_merge_working)
        self.merge.finished.connect(self._on_merge_finished)
        self.merge.failed.connect(self._on_merge_failed)
        session.busy_changed.connect(self._on_session_busy_changed)
        session.auto_backup_written.connect(self._on_session_auto_backup_written)
        self.refresh()
        self._show_extra_folder()
        self._set_busy(session.busy)

    # State

    def refresh(self) -> None:
        """List the automatic backups again, keeping the chosen one chosen."""
        chosen = self.selected_path()
        self.list.clear()
        try:
            backups = self._backups.list_backups()
        except OSError:  # one was pruned while we looked; the next look will be right
            backups = []
        except VaultLocked:  # the backup made as the journal locked; the card is closing
            backups = []
        for path, size, written in backups:
            item = QTreeWidgetItem([when(written), size_mb(size)])
            item.setData(0, PATH_ROLE, str(path))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
            if chosen is not None and path == chosen:
                self.list.setCurrentItem(item)
        newest = self.list.topLevelItem(0)
        if self.list.currentItem() is None and newest is not None:
            self.list.setCurrentItem(newest)
        has_backups = self.list.topLevelItemCount() > 0
        self.list.setVisible(has_backups)
        self.empty.setVisible(not has_backups)
        self._fit_list()
        self._update_buttons()

    def _fit_list(self) -> None:
        """As tall as its rows, up to VISIBLE_ROWS; the rest scroll."""
        rows = min(self.list.topLevelItemCount(), VISIBLE_ROWS)
        if rows == 0:
            return
        self.list.ensurePolished()
        row = self.list.sizeHintForRow(0)
        header = self.list.header().sizeHint().height()
        self.list.setFixedHeight(header + rows * row + 2 * self.list.frameWidth())

    def selected_path(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(0, PATH_ROLE)) if item is not None else None

    def _show_extra_folder(self) -> None:
        folder = self._extra_folder
        self.extra_label.setText(
            str(folder) if folder is not None else self.tr("Not copying anywhere else.")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = not self._session.busy
        for widget in (self.back_up_button, self.export_button, self.restore_button):
            widget.setEnabled(idle)
        self.choose_button.setEnabled(idle)
        self.verify_button.setEnabled(idle and self.selected_path() is not None)
        self.stop_button.setEnabled(idle and self._extra_folder is not None)

    def _set_busy(self, busy: bool) -> None:
        self.busy.set_busy(busy and self._working)
        self._update_buttons()

    def _start(self, text: str, started: bool) -> None:
        """Show what is happening, or say that something else still is."""
        self._say("")
        if not started:
            self._say_problem(still_busy())
            return
        self._working = True
        self.busy.label.setText(text)
        self.busy.bar.setAccessibleName(text)
        self._set_busy(True)

    def _say(self, text: str) -> None:
        show_message(self.problem, "")
        show_message(self.result, text)

    def _say_problem(self, text: str) -> None:
        show_message(self.result, "")
        show_message(self.problem, text)

    def _verify(self, path: Path) -> None:
        key = self._verify_key or BackupKey()
        started = self.tasks.verify(
            path, passphrase=key.passphrase, recovery_code=key.recovery_code
        )
        self._start(self.tr("Checking every part of this backup…"), started)

    # Slots

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def _on_list_item_selection_changed(self) -> None:
        self._update_buttons()

    def _on_verify_button_clicked(self) -> None:
        path = self.selected_path()
        if path is not None:
            self._verify_key = None
            self._verify(path)

    def _on_back_up_button_clicked(self) -> None:
        self._start(self.tr("Backing up…"), self.tasks.back_up_now())

    def _on_export_button_clicked(self) -> None:
        path = choose_export_path(self, journal_folder=self._session.services.vault.folder)
        if path is not None:
            self._start(self.tr("Writing the backup…"), self.tasks.export(path))

    def _on_restore_button_clicked(self) -> None:
        self._say("")
        self.merge.start()

    def _on_choose_button_clicked(self) -> None:
        folder = choose_folder(self, self._extra_folder)
        if folder is None:
            return
        self._backups.set_extra_folder(folder)
        self._extra_folder = folder
        self._show_extra_folder()
        self._say(
            self.tr(
                "From now on each automatic backup is copied to {folder} too. "
                "“Back up now” copies one there straight away."
            ).format(folder=folder)
        )

    def _on_stop_button_clicked(self) -> None:
        self._backups.set_extra_folder(None)
        self._extra_folder = None
        self._show_extra_folder()
        self._say(self.tr("Backups are no longer copied there. The copies already made stay."))
        self.choose_button.setFocus()

    def _on_session_busy_changed(self, busy: bool) -> None:
        if not busy:
            self._working = False
        self._set_busy(busy)

    def _on_session_auto_backup_written(self, _: str) -> None:
        self.refresh()

    def _on_tasks_verified(self, _: str, summary: BackupSummary) -> None:
        self._verify_key = None
        self._say(describe_summary(summary))

    def _on_tasks_verify_failed(self, path: str, message: str, wrong_key: bool) -> None:
        if not wrong_key:
            self._verify_key = None
            self._say_problem(describe_damage(message))
            return
        key, accepted = BackupKeyDialog.ask(
            self,
            Path(path).name,
            message=message if self._verify_key is not None else other_passphrase(),
            previous=self._verify_key,
            action=self.tr("Verify"),
        )
        self._verify_key = key
        if accepted:
            self._verify(Path(path))

    def _on_tasks_backed_up(self, result: BackedUp) -> None:
        self.refresh()
        text = self.tr("Backed up to {path}.").format(path=result.path)
        if result.extra_folder is not None:
            if result.copied:
                text += " " + self.tr("A copy is also in {folder}.").format(
                    folder=result.extra_folder
                )
            else:
                text += " " + self.tr(
                    "It couldn't be copied to {folder}: is the drive plugged in? "
                    "The backup beside your journal is fine."
                ).format(folder=result.extra_folder)
        self._say(text)

    def _on_tasks_exported(self, info: BackupInfo) -> None:
        self.refresh()
        self._say(export_done(info))

    def _on_tasks_failed(self, message: str) -> None:
        self._say_problem(message)

    def _on_merge_failed(self, message: str) -> None:
        self._say_problem(message)

    def _on_merge_working(self, text: str) -> None:
        self._start(text, True)

    def _on_merge_finished(self, text: str) -> None:
        self.refresh()  # the copy made just before the merge is one of them
        self._say(text)
