"""A pseudo-translation of every message: all a person sees must have gone through it.

The pseudo catalogue turns "Save" into "⟦Ŝåvé⟧"; a visible text with Latin letters outside
the brackets never reached a translation. What may show as it is comes from the data
itself: the person's journal (a demo one here) and the resource files (questionnaire
wording, prompts, checklists, crisis lines), which are translated as files per locale
because a questionnaire must use its validated translation. Dates are written in German,
so an English day or month name stands out as well.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget

from journal_app.services.bundle import Services
from journal_app.texts import load_toml, resource_root
from journal_app.ui.backups.confirm import ConfirmMergeDialog
from journal_app.ui.backups.key_dialog import BackupKeyDialog
from journal_app.ui.crisis import CrisisDialog
from journal_app.ui.dialogs.change_passphrase import ChangePassphraseDialog
from journal_app.ui.journal.trash import TrashDialog
from journal_app.ui.journal.versions import VersionsDialog
from journal_app.ui.journeys.course_dialog import CourseDialog
from journal_app.ui.journeys.dialogs import ConfirmDelete, JourneyTrashDialog, PlanDialog
from journal_app.ui.journeys.stepper import STEPS
from journal_app.ui.main_window import MainWindow
from journal_app.ui.questions import QuestionsDialog
from journal_app.ui.safety_plan import SafetyPlanDialog, ask_about_unsaved
from journal_app.ui.session import SessionViewModel
from journal_app.ui.translations import install_translations, remove_translations
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock
from tests.services.demo_journals import make_demo
from tests.ui.pseudo_walk import (
    Exceptions,
    Seen,
    i18n_tool,
    locale_words,
    plain,
    strings_in,
    untranslated,
    visible_texts,
)

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

LEFT = Qt.MouseButton.LeftButton
PSEUDO = QLocale(QLocale.Language.Esperanto)  # any language: its catalogues are the pseudo ones
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
SETTLE = 5
BACKUP_FILE = "afterglow-2026-03-14.afterglow"  # a file name: the person's, not ours


def qt_button_words() -> set[object]:
    """Qt's own words for a dialog's buttons (Qt's catalogue translates them), read from Qt."""
    tool = i18n_tool()
    box = QDialogButtonBox()
    found: set[object] = set()
    for kind in QDialogButtonBox.StandardButton:
        button = box.addButton(kind) if kind != QDialogButtonBox.StandardButton.NoButton else None
        if button is not None:
            found.add(tool.Entry("QPlatformTheme", button.text(), "", False))
    box.deleteLater()
    return found


@pytest.fixture(scope="module")
def catalogues(qapp, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Afterglow's messages and Qt's button words, pseudo-translated, as .qm files."""
    tool = i18n_tool()
    try:
        tool.qt_tool("lupdate")
        tool.qt_tool("lrelease")
    except tool.ToolMissing as missing:
        pytest.skip(f"no pseudo catalogue without Qt's translation tools: {missing}")
    folder = tmp_path_factory.mktemp("pseudo")
    tool.build_pseudo(folder / "afterglow_eo.qm")
    tool.build_pseudo(folder / "qtbase_eo.qm", files=[], extra=qt_button_words())
    return folder


@pytest.fixture
def pseudo(qapp, catalogues: Path) -> Iterator[None]:
    """The pseudo language installed as the app does at start, dates in German."""
    loaded = install_translations(qapp, PSEUDO, folder=catalogues, qt_folder=catalogues)
    assert [path.name for path in loaded] == ["afterglow_eo.qm", "qtbase_eo.qm"]
    before = QLocale()
    QLocale.setDefault(GERMAN)
    yield
    QLocale.setDefault(before)
    remove_translations(qapp)


class Walk:
    """Reads windows as they are shown and keeps what went through no translation."""

    def __init__(self, exceptions: Exceptions) -> None:
        self.exceptions = exceptions
        self.problems: dict[str, str] = {}
        self.read = 0

    def look(self, window: QWidget, label: str) -> None:
        for _ in range(SETTLE):
            QApplication.processEvents()
        self.check(visible_texts(window), label)

    def check(self, seen: Iterable[Seen], label: str) -> None:
        listed = list(seen)
        self.read += len(listed)
        for item in untranslated(listed, self.exceptions):
            self.problems.setdefault(str(item), label)

    def report(self) -> str:
        return "\n".join(f"[{label}] {text}" for text, label in self.problems.items())


def data_texts(services: Services, *folders: Path) -> list[str]:
    """The journal's own words and the resource files' words: shown as they are."""
    found = [text for record in services.vault.store.all() for text in strings_in(record.to_dict())]
    root = Path(str(resource_root()))
    for path in sorted(root.rglob("*.toml")):
        if "styles" not in path.parts:
            found += strings_in(load_toml(path.relative_to(root).as_posix()))
    return found + [str(folder) for folder in folders]


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Services]:
    vault = make_demo(tmp_path / "demo", seed=1, years=2)
    yield Services.over(vault)
    vault.lock()


def test_every_page_and_dialog_goes_through_the_translation(
    qtbot, pseudo, demo: Services, theme, qsettings, tmp_path: Path, monkeypatch
):
    monkeypatch.setattr(MainWindow, "_quit_anyway", lambda self, problems: True)
    fresh = Services.build(tmp_path / "new", kdf_params=cheap_kdf, clock=fixed_clock)
    data = [*data_texts(demo, demo.vault.folder, fresh.vault.folder), BACKUP_FILE]
    walk = Walk(Exceptions(data, locale_words(GERMAN)))

    first = MainWindow(SessionViewModel(fresh), theme, qsettings)
    qtbot.addWidget(first)
    first.show()
    walk.look(first, "welcome")
    assert first.first_run is not None
    qtbot.mouseClick(first.first_run.welcome.start_button, LEFT)
    qtbot.keyClicks(first.first_run.create_step.form.first, "password123")  # the meter speaks
    walk.look(first, "new passphrase")
    first.close()

    session = SessionViewModel(demo)
    window = MainWindow(session, theme, qsettings, demo=True)
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    session.lock()
    walk.look(window, "unlock")
    with qtbot.waitSignal(session.vault_unlocked, timeout=10_000):
        session.unlock(PASSPHRASE)
    shell = window.shell
    assert shell is not None
    assert shell.navigation.item(0).text() == "⟦Ţöđåý⟧"  # the catalogue is in use
    walk.look(window, "Today")
    shell.show_page("journal")
    entries = demo.journal.entries()
    shell.journal.open_entry(entries[0].id)
    walk.look(window, "Journal")
    shell.show_page("journeys")
    journeys = demo.journeys
    planned = journeys.next_planned()
    recent = [r for r in journeys.journeys() if r.data.session.start][-1]
    for step in STEPS:
        record = planned if step in ("preparation", "intention") and planned else recent
        shell.journeys.open_journey(record.id, step)
        walk.look(window, f"Journeys, {step}")
    for page in ("mood", "summary", "settings"):
        shell.show_page(page)
        walk.look(window, page.title())

    def shown(dialog: QDialog) -> int:  # stands in for exec(): look, then cancel
        dialog.show()
        walk.look(dialog, type(dialog).__name__)
        return QDialog.DialogCode.Rejected.value

    def about(parent: QWidget, title: str, text: str) -> None:
        walk.check([Seen("About", title), Seen("About", plain(text))], "About")

    monkeypatch.setattr(QDialog, "exec", shown)
    monkeypatch.setattr(QMessageBox, "exec", shown)
    monkeypatch.setattr(QMessageBox, "about", about)
    window._on_about()
    CrisisDialog.show_for(window, demo)
    ChangePassphraseDialog.get_new_passphrase(window)
    PlanDialog.ask(window, journeys.now())
    views = journeys.courses.courses()
    CourseDialog.ask(window, views[0], views)
    TrashDialog.choose(window, demo)
    JourneyTrashDialog.choose(window, demo)
    edited = next(e for e in entries if demo.journal.revisions(e.id))
    VersionsDialog.choose(window, demo, edited.id)
    BackupKeyDialog.ask(window, BACKUP_FILE)
    ConfirmMergeDialog.confirm(window, "")
    ConfirmDelete.ask(window, QCoreApplication.translate("JourneysPage", "This journey"))
    ask_about_unsaved(window)
    SafetyPlanDialog.edit(window, demo)
    QuestionsDialog.show_for(shell.today, demo)
    for dialog in (*window.findChildren(SafetyPlanDialog), *window.findChildren(QuestionsDialog)):
        walk.look(dialog, type(dialog).__name__)
        dialog.close()

    print(f"{walk.read} texts read")
    assert walk.read > 500, "the walk read too little to mean anything"
    assert not walk.problems, f"Shown without a translation:\n{walk.report()}"


def test_the_walk_tells_english_from_translated_words_and_data(qtbot):
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

    widget = QWidget()
    layout = QVBoxLayout(widget)
    for text in ("⟦Ŝåvé⟧", "Save", "A walk by the river", "⟦Šéššîöñ 3⟧ · 12 Mar"):
        layout.addWidget(QLabel(text))
    button = QPushButton("⟦ÖĶ⟧")
    button.setToolTip("Open it")
    layout.addWidget(button)
    qtbot.addWidget(widget)
    widget.show()
    found = untranslated(
        visible_texts(widget), Exceptions(["A walk by the river"], locale_words(QLocale.c()))
    )
    assert sorted(item.text for item in found) == ["Open it", "Save"]
