"""The unlocked window's body: the sidebar and its pages. Built on unlock, gone on lock."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import suppress
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.errors import SHORT_ID
from journal_app.messages import Message
from journal_app.ui.crisis import CrisisDialog
from journal_app.ui.journal.page import JournalPage
from journal_app.ui.journeys.page import JourneysPage
from journal_app.ui.messages import render
from journal_app.ui.named import named
from journal_app.ui.page_area import PageArea
from journal_app.ui.pages.settings import SettingsPage
from journal_app.ui.pages.today import TodayPage
from journal_app.ui.safety_plan import DRAFT_NAME as SAFETY_PLAN
from journal_app.ui.safety_plan import SafetyPlanDialog
from journal_app.ui.session import SessionViewModel
from journal_app.ui.sidebar import Sidebar
from journal_app.ui.theme import ThemeManager

if TYPE_CHECKING:
    from journal_app.ui.mood.page import MoodPage
    from journal_app.ui.summary.page import SummaryPage

PAGES = ("today", "journal", "journeys", "mood", "summary", "settings")
EDITING = ("journal", "journeys")  # the pages that save as the person types
LIVE = ("today", "mood", "summary")  # pages that only show the journal: refreshed live
BANNER_SHOWN = 5  # records left out that the banner names one by one, at most


class Shell(QWidget):
    """Sidebar navigation over the pages that exist."""

    status_message = Signal(str)

    def __init__(
        self,
        session: SessionViewModel,
        theme: ThemeManager,
        *,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._theme = theme
        self.today = TodayPage(session.services)
        # The other pages are built the first time they are needed, so unlocking shows
        # Today without waiting for pages the person may not open.
        self._built: dict[str, QWidget] = {"today": self.today}

        title = named(QLabel(self.tr("Afterglow")), "appTitle")
        self.navigation = named(QListWidget(), "navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        for name, label in (
            ("today", self.tr("Today")),
            ("journal", self.tr("Journal")),
            ("journeys", self.tr("Journeys")),
            ("mood", self.tr("Mood")),
            ("summary", self.tr("Summary")),
            ("settings", self.tr("Settings")),
        ):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.navigation.addItem(item)
        self.help_button = named(QPushButton(self.tr("Need help now?")), "link")
        self.help_button.setAccessibleName(self.tr("Need help now? Show crisis lines"))
        self.help_button.clicked.connect(self._on_help_button_clicked)
        lock = QPushButton(self.tr("Lock"))
        lock.setToolTip(self.tr("Lock the journal now (Ctrl+L)"))
        lock.setAccessibleName(self.tr("Lock the journal"))
        lock.clicked.connect(session.lock)
        sidebar = Sidebar(title, self.navigation, [self.help_button, lock])

        self.stack = named(QStackedWidget(), "pages")
        self.stack.addWidget(self.today)
        for _ in PAGES[1:]:
            self.stack.addWidget(named(QWidget(), "page"))  # stands in until built
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        if demo:
            banner = QLabel(
                self.tr(
                    "This is a demo journal with made-up entries. Nothing you change here is kept."
                )
            )
            banner.setObjectName("banner")
            banner.setAccessibleName(self.tr("Demo notice"))
            banner.setContentsMargins(16, 8, 16, 8)
            body.addWidget(banner)
        self.damaged_banner = self._damaged_banner(session)
        if self.damaged_banner is not None:
            body.addWidget(self.damaged_banner)
        # An older copy of the journal stays named while it is open, not only for as long
        # as the status line keeps a message.
        self.older_copy_banner = self._notice(
            session.older_copy, self.tr("An older copy of this journal")
        )
        # The move to format 2 names a folder path, longer than a status line can show.
        self.moved_banner = self._notice(
            session.moved, self.tr("This journal moved to a newer format")
        )
        for notice in (self.older_copy_banner, self.moved_banner):
            if notice is not None:
                body.addWidget(notice)
        self.page_area = PageArea(self.stack)  # scrolls only below 960×540
        body.addWidget(self.page_area, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(sidebar)
        layout.addLayout(body, 1)

        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)
        self.today.open_entry_requested.connect(self._on_today_open_entry)
        self.today.new_entry_requested.connect(self._on_today_new_entry)
        self.today.open_journey_requested.connect(self._on_today_open_journey)
        self.today.questionnaire_requested.connect(self._on_today_questionnaire_requested)
        session.about_to_lock.connect(self._on_session_about_to_lock)
        session.drafts_restored.connect(self._on_session_drafts_restored)
        session.journal_changed.connect(self._on_session_journal_changed)
        self.navigation.setCurrentRow(0)

    @staticmethod
    def _notice(text: str | None, name: str) -> QLabel | None:
        """A banner that stays above the pages while the journal is open (None: no text)."""
        if text is None:
            return None
        notice = named(QLabel(text, wordWrap=True), "banner")
        notice.setTextFormat(Qt.TextFormat.PlainText)
        notice.setAccessibleName(name)
        notice.setContentsMargins(16, 8, 16, 8)
        return notice

    def _damaged_banner(self, session: SessionViewModel) -> QLabel | None:
        """Name the records left out at unlock, and why; None when every record opened."""
        store = session.services.vault.store
        tampered = store.tampered
        damaged = [record_id for record_id in store.damaged if record_id not in tampered]
        if not tampered and not damaged:
            return None
        if not tampered:
            text = self.tr(
                "{n} saved record(s) could not be opened because the file was damaged: "
                "{ids}. Everything else is here and safe. You can restore them from a backup."
            ).format(n=len(damaged), ids=", ".join(d[:SHORT_ID] for d in damaged))
            name = self.tr("Damaged records")
        else:
            text = "\n".join(self._tampered_lines(tampered, damaged))
            name = self.tr("Records left out: the journal file was changed outside Afterglow")
        warning = named(QLabel(text, wordWrap=True), "banner")
        warning.setTextFormat(Qt.TextFormat.PlainText)
        warning.setAccessibleName(name)
        warning.setAccessibleDescription(text)
        warning.setContentsMargins(16, 8, 16, 8)
        return warning

    def _tampered_lines(self, tampered: Mapping[str, Message], damaged: list[str]) -> list[str]:
        """What was changed outside Afterglow, record by record, then what is safe."""
        count = len(tampered)
        if count == 1:
            lines = [
                self.tr(
                    "The journal file was changed outside Afterglow, so 1 saved record "
                    "was left out:"
                )
            ]
        else:
            lines = [
                self.tr(
                    "The journal file was changed outside Afterglow, so {n} saved records "
                    "were left out:"
                ).format(n=count)
            ]
        for record_id, what in list(tampered.items())[:BANNER_SHOWN]:
            lines.append(
                self.tr("• {id}: {what}").format(id=record_id[:SHORT_ID], what=render(what))
            )
        if count > BANNER_SHOWN:
            lines.append(self.tr("• and {n} more").format(n=count - BANNER_SHOWN))
        if len(damaged) == 1:
            lines.append(
                self.tr(
                    "1 other saved record could not be opened because the file was damaged: {ids}."
                ).format(ids=self._short_ids(damaged))
            )
        elif damaged:
            lines.append(
                self.tr(
                    "{n} other saved records could not be opened because the file was "
                    "damaged: {ids}."
                ).format(n=len(damaged), ids=self._short_ids(damaged))
            )
        lines.append(
            self.tr(
                "The rest of your journal is here and safe. You can bring these records "
                "back from a backup."
            )
        )
        return lines

    def _short_ids(self, record_ids: list[str]) -> str:
        """The first few records' short ids, and how many more there are."""
        shown = ", ".join(record_id[:SHORT_ID] for record_id in record_ids[:BANNER_SHOWN])
        if len(record_ids) <= BANNER_SHOWN:
            return shown
        return self.tr("{ids} and {n} more").format(ids=shown, n=len(record_ids) - BANNER_SHOWN)

    def _page(self, name: str) -> QWidget:
        """The page called ``name``, built now if this is the first time it is needed."""
        page = self._built.get(name)
        if page is None:
            services = self._session.services
            if name == "journal":
                page = JournalPage(services)
            elif name == "journeys":
                page = JourneysPage(services)
            elif name == "mood":
                # The chart library takes a fifth of a second to import: only when needed.
                from journal_app.ui.mood.page import MoodPage

                page = MoodPage(services, self._theme)
                page.open_journey_requested.connect(self._on_mood_open_journey)
                page.open_entry_requested.connect(self._on_today_open_entry)
            elif name == "summary":
                from journal_app.ui.summary.page import SummaryPage

                page = SummaryPage(services)
            else:
                page = SettingsPage(self._session, self._theme)
            page.status_message.connect(self.status_message)
            index = PAGES.index(name)
            stand_in = self.stack.widget(index)
            assert stand_in is not None  # every page has a stand-in until it is built
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.stack.setCurrentIndex(current)
            self._built[name] = page
        return page

    @property
    def journal(self) -> JournalPage:
        return cast("JournalPage", self._page("journal"))

    @property
    def journeys(self) -> JourneysPage:
        return cast("JourneysPage", self._page("journeys"))

    @property
    def mood(self) -> MoodPage:
        return cast("MoodPage", self._page("mood"))

    @property
    def summary(self) -> SummaryPage:
        return cast("SummaryPage", self._page("summary"))

    @property
    def settings(self) -> SettingsPage:
        return cast("SettingsPage", self._page("settings"))

    def show_page(self, name: str) -> None:
        self.navigation.setCurrentRow(PAGES.index(name))

    def current_page(self) -> str:
        return PAGES[self.stack.currentIndex()]

    def new_entry(self, prompt_id: str | None = None) -> None:
        self.show_page("journal")
        self.journal.new_entry(prompt_id)

    def find_in_journal(self) -> None:
        self.show_page("journal")
        self.journal.focus_search()

    def _editing_pages(self) -> list[tuple[str, JournalPage | JourneysPage]]:
        pages = []
        for name in EDITING:
            page = self._built.get(name)
            if isinstance(page, JournalPage | JourneysPage):
                pages.append((name, page))
        return pages

    def flush(self) -> None:
        """Save anything typed but not yet saved (before locking or quitting)."""
        for _, page in self._editing_pages():
            page.flush()

    def unsaved(self) -> list[str]:
        """Why each page with unsaved words could not save them (empty: all saved)."""
        problems = []
        for _, page in self._editing_pages():
            problem = page.unsaved_problem()
            if problem is not None:
                problems.append(problem)
        return problems

    def _on_session_about_to_lock(self) -> None:
        """Save what was typed; what can't be saved is sealed with the journal's key."""
        for name, page in self._editing_pages():
            try:
                page.flush()
                draft = page.unsaved_draft()
                if draft is not None:
                    self._session.seal_draft(name, draft)
            except Exception:
                continue
        # The safety plan may be open over the Need help panel: seal, then close it.
        for dialog in self.window().findChildren(SafetyPlanDialog):
            with suppress(Exception):  # a failure here never stops the lock
                plan_draft = dialog.unsaved_draft()
                if plan_draft is not None:
                    self._session.seal_draft(SAFETY_PLAN, plan_draft)
            dialog.close_for_lock()

    def _on_session_journal_changed(self, _kinds: frozenset[str]) -> None:
        """A page that only shows the journal catches up at once if it is on screen.

        (The editing pages re-read when shown: refreshing under the person's typing would
        move things about; each page's watch says whether anything changed.)
        """
        if not self._session.unlocked:
            return  # the news came from a worker thread and arrived after the lock
        page = self._built.get(self.current_page())
        if page is not None and self.current_page() in LIVE:
            cast("TodayPage | MoodPage | SummaryPage", page).refresh()

    def _on_session_drafts_restored(self, drafts: dict[str, dict[str, object]]) -> None:
        for name in EDITING:
            if name in drafts:
                self.show_page(name)
                page = self._page(name)
                assert isinstance(page, JournalPage | JourneysPage)  # what EDITING holds
                page.restore_draft(drafts[name])
        if any(name in drafts for name in EDITING):
            self.status_message.emit(
                self.tr("What you wrote before the lock is back, and Afterglow is saving it.")
            )
        if SAFETY_PLAN in drafts:
            SafetyPlanDialog.restore(self, self._session.services, drafts[SAFETY_PLAN])

    def _on_today_open_entry(self, record_id: str) -> None:
        self.show_page("journal")
        self.journal.open_entry(record_id)

    def _on_navigation_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self._page(PAGES[row])
            self.stack.setCurrentIndex(row)

    def _on_today_open_journey(self, journey_id: str, step: str) -> None:
        self.show_page("journeys")
        self.journeys.open_journey(journey_id, step or None)

    def _on_today_new_entry(self, prompt_id: str) -> None:
        self.new_entry(prompt_id or None)

    def _on_today_questionnaire_requested(self, instrument_id: str) -> None:
        self.show_page("mood")
        self.mood.open_questionnaire(instrument_id)

    def _on_mood_open_journey(self, journey_id: str) -> None:
        self.show_page("journeys")
        self.journeys.open_journey(journey_id, None)

    def _on_help_button_clicked(self) -> None:
        CrisisDialog.show_for(self, self._session.services)
