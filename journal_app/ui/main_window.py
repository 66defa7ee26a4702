"""The main window: the lock gate or the unlocked shell, the menus and the status line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QStackedWidget, QWidget

from journal_app import __version__
from journal_app.messages import QT_TRANSLATE_NOOP
from journal_app.services.backups import BackupInfo
from journal_app.ui.backups.files import choose_export_path
from journal_app.ui.backups.tasks import BackupTasks
from journal_app.ui.backups.words import export_done, still_busy
from journal_app.ui.crisis import CrisisDialog
from journal_app.ui.gate.first_run import FirstRunFlow
from journal_app.ui.gate.unlock import UnlockPage
from journal_app.ui.guide import GuideDialog
from journal_app.ui.lock_keys import LockKeys
from journal_app.ui.reminders import Reminders
from journal_app.ui.session import SessionViewModel
from journal_app.ui.shell import Shell
from journal_app.ui.theme import MODES, ThemeManager
from journal_app.ui.window_fit import bring_on_screen, place_first

GEOMETRY_KEY = "window/geometry"
MINIMUM = QSize(640, 420)  # the pages scroll rather than cut anything off below 960×540
NOT_ADVICE = QT_TRANSLATE_NOOP(
    "MainWindow",
    "Afterglow is a private journal, not medical advice. It does not diagnose, treat or "
    "monitor anything, and nobody watches what you write here. If you are in crisis, "
    "contact your care team or your local emergency number.",
)


class MainWindow(QMainWindow):
    """Shows the first-run flow, the unlock page or the journal, and owns the menus."""

    def __init__(
        self,
        session: SessionViewModel,
        theme: ThemeManager,
        settings: QSettings,
        *,
        demo: bool = False,
    ) -> None:
        super().__init__()
        self.session = session
        self.theme = theme
        self._settings = settings
        self._demo = demo
        self.shell: Shell | None = None
        self.setWindowTitle(self.tr("Afterglow"))
        self.setMinimumSize(MINIMUM)

        self.stack = QStackedWidget()
        self.unlock_page = UnlockPage(session)
        self.first_run: FirstRunFlow | None = None
        self.backup_tasks = BackupTasks(session)
        self.stack.addWidget(self.unlock_page)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self._lock_keys = LockKeys(self, self.session.lock)
        self.statusBar().showMessage(self.tr("Everything stays on this computer."))

        self.reminders = Reminders(session.services, self)
        session.vault_unlocked.connect(self._on_session_unlocked)
        session.about_to_lock.connect(self.reminders.plan_for_lock)  # reminders go on locked
        session.vault_locked.connect(self._on_session_locked)
        session.backup_restored.connect(self._on_session_backup_restored)
        self.backup_tasks.exported.connect(self._on_backup_tasks_exported)
        self.backup_tasks.export_failed.connect(self._on_backup_tasks_export_failed)
        if not session.vault_exists():
            self._show_first_run()
        self._update_actions()
        QTimer.singleShot(0, self._focus_gate)
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is not None and self.restoreGeometry(geometry):
            bring_on_screen(self)
        else:
            place_first(self)

    # Menus

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[..., object],
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_entry_action = self._action(
            self.tr("&New Entry"), QKeySequence.StandardKey.New, self._on_new_entry
        )
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.session.lock)
        self.print_summary_action = self._action(
            self.tr("&Print Summary…"), QKeySequence.StandardKey.Print, self._on_print_summary
        )
        self.export_backup_action = self._action(
            self.tr("&Export Backup…"), "Ctrl+Shift+E", self._on_export_backup
        )
        file_menu.addAction(self.new_entry_action)
        file_menu.addAction(self.print_summary_action)
        file_menu.addAction(self.export_backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        )

        edit_menu = bar.addMenu(self.tr("&Edit"))
        for text, key, method in (
            (self.tr("&Undo"), QKeySequence.StandardKey.Undo, "undo"),
            (self.tr("&Redo"), QKeySequence.StandardKey.Redo, "redo"),
            (self.tr("Cu&t"), QKeySequence.StandardKey.Cut, "cut"),
            (self.tr("&Copy"), QKeySequence.StandardKey.Copy, "copy"),
            (self.tr("&Paste"), QKeySequence.StandardKey.Paste, "paste"),
            (self.tr("Select &All"), QKeySequence.StandardKey.SelectAll, "selectAll"),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(key))
            # Shortcuts stay with the focused editor; the menu item forwards to it.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, m=method: self._forward_to_focus(m))
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        self.find_action = self._action(
            self.tr("&Find in Journal"), QKeySequence.StandardKey.Find, self._on_find
        )
        edit_menu.addAction(self.find_action)

        view_menu = bar.addMenu(self.tr("&View"))
        self.page_actions = []
        for index, (name, text) in enumerate(
            (
                ("today", self.tr("&Today")),
                ("journal", self.tr("&Journal")),
                ("journeys", self.tr("J&ourneys")),
                ("mood", self.tr("&Mood")),
                ("summary", self.tr("S&ummary")),
                ("settings", self.tr("&Settings")),
            )
        ):
            action = self._action(
                text, f"Ctrl+{index + 1}", lambda _=False, n=name: self._on_show_page(n)
            )
            self.page_actions.append(action)
            view_menu.addAction(action)
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(self.tr("T&heme"))
        group = QActionGroup(self)
        labels = {
            "system": self.tr("Follow System"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for mode in MODES:
            action = QAction(labels[mode], self, checkable=True)
            action.setChecked(self.theme.mode == mode)
            action.triggered.connect(lambda _=False, m=mode: self.theme.set_mode(m))
            group.addAction(action)
            theme_menu.addAction(action)
        self._theme_actions = dict(zip(MODES, group.actions(), strict=True))
        self.theme.mode_changed.connect(self._on_theme_mode_changed)

        help_menu = bar.addMenu(self.tr("&Help"))
        # Reachable even while the journal is locked (all regions are shown then).
        help_menu.addAction(self._action(self.tr("Need &Help Now?"), "F1", self._on_need_help))
        help_menu.addAction(self._action(self.tr("&User Guide"), None, self._on_user_guide))
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("&About Afterglow"), None, self._on_about))

    def _forward_to_focus(self, method: str) -> None:
        widget = QApplication.focusWidget()
        if widget is not None and hasattr(widget, method):
            getattr(widget, method)()

    def _update_actions(self) -> None:
        unlocked = self.shell is not None
        for action in (
            self.new_entry_action,
            self.print_summary_action,
            self.export_backup_action,
            self.lock_action,
            self.find_action,
            *self.page_actions,
        ):
            action.setEnabled(unlocked)

    # Gate and shell

    def _show_first_run(self) -> None:
        self.first_run = FirstRunFlow(self.session)
        self.stack.addWidget(self.first_run)
        self.stack.setCurrentWidget(self.first_run)

    def _focus_gate(self) -> None:
        """Put the keyboard where the person starts: Get started, or the passphrase."""
        if self.first_run is not None:
            self.first_run.welcome.focus()
        elif self.shell is None:
            self.unlock_page.focus_passphrase()

    def _on_session_unlocked(self) -> None:
        self.shell = Shell(self.session, self.theme, demo=self._demo)
        self.shell.status_message.connect(self._on_status_message)
        self.stack.addWidget(self.shell)
        self.stack.setCurrentWidget(self.shell)
        if self.first_run is not None:
            self.stack.removeWidget(self.first_run)
            self.first_run.deleteLater()
            self.first_run = None
        self.unlock_page.clear()
        self._update_actions()
        self.reminders.start()
        self.statusBar().showMessage(self.tr("Unlocked. Everything stays on this computer."), 4000)
        if (moved := self.session.moved) is not None:
            self.statusBar().showMessage(moved)  # once, at the unlock that moved it
        if (older := self.session.older_copy) is not None:
            self.statusBar().showMessage(older)  # stays until the next message
        self.shell.navigation.setFocus()

    def _on_session_locked(self) -> None:
        if self.shell is not None:
            self.stack.removeWidget(self.shell)
            self.shell.deleteLater()
            self.shell = None
        self.unlock_page.clear()
        self.stack.setCurrentWidget(self.unlock_page)
        self._update_actions()
        self.statusBar().showMessage(self.tr("Locked. Your journal is hidden until you unlock it."))
        self.unlock_page.focus_passphrase()

    # Slots

    def _on_new_entry(self) -> None:
        if self.shell is not None:
            self.shell.new_entry()

    def _on_find(self) -> None:
        if self.shell is not None:
            self.shell.find_in_journal()

    def _on_print_summary(self) -> None:
        if self.shell is not None:
            self.shell.show_page("summary")
            self.shell.summary.focus()

    def _on_export_backup(self) -> None:
        if self.shell is None:
            return
        path = choose_export_path(self, journal_folder=self.session.services.vault.folder)
        if path is None:
            return
        if self.backup_tasks.export(path):
            self.statusBar().showMessage(self.tr("Writing the backup…"))
        else:
            self.statusBar().showMessage(still_busy(), 5000)

    def _on_backup_tasks_exported(self, info: BackupInfo) -> None:
        self.statusBar().showMessage(export_done(info), 10000)

    def _on_backup_tasks_export_failed(self, message: str) -> None:
        self.statusBar().clearMessage()
        QMessageBox.warning(self, self.tr("The backup wasn't written"), message)

    def _on_session_backup_restored(self, count: int) -> None:
        self.statusBar().showMessage(
            self.tr("Your journal is restored: {n} records, all checked.").format(n=f"{count:,}"),
            10000,
        )

    def _on_show_page(self, name: str) -> None:
        if self.shell is not None:
            self.shell.show_page(name)

    def _on_theme_mode_changed(self, mode: str) -> None:
        self._theme_actions[mode].setChecked(True)

    def _on_status_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 5000)

    def _on_need_help(self) -> None:
        CrisisDialog.show_for(self, self.session.services)

    def _on_user_guide(self) -> None:
        GuideDialog.show_for(self)  # readable locked too: it holds nothing of the journal

    def _on_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Afterglow"),
            self.tr(
                "<h3>Afterglow {version}</h3>"
                "<p>A private journal for psychedelic-assisted therapy: preparation, "
                "sessions, integration and everyday life.</p>"
                "<p>Everything you write is encrypted and stays on this computer.</p>"
                "<p>{advice}</p><p>Free software under the GNU GPL, version 3 or later.</p>"
            ).format(version=__version__, advice=self.tr(NOT_ADVICE)),  # i18n: marked
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.shell is not None:
            self.shell.flush()
            problems = self.shell.unsaved()
            if problems and not self._quit_anyway(problems):
                event.ignore()
                return
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.session.lock()
        self.reminders.stop()
        super().closeEvent(event)

    def _quit_anyway(self, problems: list[str]) -> bool:
        """Ask before words that could not be saved are lost by quitting."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Some words aren't saved"))
        box.setText(
            self.tr("Some of what you wrote couldn't be saved yet, and quitting now would lose it.")
        )
        box.setInformativeText("\n\n".join(dict.fromkeys(problems)))
        stay = box.addButton(self.tr("Keep Afterglow open"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(self.tr("Quit and lose them"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.exec()
        return box.clickedButton() is not stay

    def show_and_raise(self) -> None:
        """Bring the window to the front (a second launch asked for it)."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def page_widget(self) -> QWidget | None:
        return self.stack.currentWidget()
