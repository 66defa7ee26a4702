"""The window's language: which catalogues load, the settings' choice, the strength meter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from journal_app.app import build_window
from journal_app.domain.passphrase import HINTS, estimate
from journal_app.ui.dialogs.strength_meter import StrengthMeter
from journal_app.ui.translations import (
    SETTINGS_KEY,
    TRANSLATOR_NAME,
    chosen_locale,
    install_translations,
    remove_translations,
)
from tests.ui.pseudo_walk import have_qt_tools, i18n_tool

tool = i18n_tool()
needs_tools = pytest.mark.skipif(
    not have_qt_tools(), reason="pyside6-lupdate/lrelease are not installed"
)


def catalogue(path: Path, context: str, pairs: dict[str, str]) -> Path:
    """A tiny real .qm: ``pairs`` (English -> translation) under ``context``."""
    messages = "".join(
        f"<message><source>{source}</source><translation>{text}</translation></message>"
        for source, text in pairs.items()
    )
    ts = path.with_suffix(".ts")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        f"<context><name>{context}</name>{messages}</context></TS>",
        encoding="utf-8",
    )
    tool.lrelease(ts, path)
    return path


def cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    text = box.buttons()[0].text()
    box.deleteLater()
    return text


@pytest.fixture
def english(qapp) -> Iterator[None]:
    """Whatever a test installs is taken out again."""
    remove_translations(qapp)
    yield
    remove_translations(qapp)


# Loading


@needs_tools
def test_a_german_computer_gets_afterglows_german_and_qts(qapp, english, tmp_path):
    catalogue(tmp_path / "afterglow_de.qm", "Shell", {"Today": "Heute"})
    loaded = install_translations(qapp, QLocale("de_DE"), folder=tmp_path)
    assert [path.name for path in loaded] == ["afterglow_de.qm", "qtbase_de.qm"]
    assert QCoreApplication.translate("Shell", "Today") == "Heute"
    assert cancel_text() == "Abbrechen"  # Qt's own buttons, from Qt's catalogue


@needs_tools
def test_a_regional_locale_falls_back_to_its_language(qapp, english, tmp_path):
    catalogue(tmp_path / "afterglow_pt.qm", "Shell", {"Today": "Hoje"})
    loaded = install_translations(qapp, QLocale("pt_BR"), folder=tmp_path)
    assert loaded[0].name == "afterglow_pt.qm"
    assert QCoreApplication.translate("Shell", "Today") == "Hoje"


def test_no_catalogue_means_english_quietly(qapp, english, tmp_path):
    loaded = install_translations(qapp, QLocale("fr_FR"), folder=tmp_path / "missing")
    assert [path.name for path in loaded] == ["qtbase_fr.qm"]
    assert QCoreApplication.translate("Shell", "Today") == "Today"
    nothing = install_translations(
        qapp, QLocale("fr_FR"), folder=tmp_path / "missing", qt_folder=tmp_path / "missing"
    )
    assert nothing == []
    assert cancel_text() == "Cancel"


def test_a_damaged_catalogue_is_skipped(qapp, english, tmp_path):
    (tmp_path / "afterglow_de.qm").write_bytes(b"\x00not a catalogue" * 1000)
    loaded = install_translations(qapp, QLocale("de_DE"), folder=tmp_path, qt_folder=tmp_path)
    assert loaded == []
    assert QCoreApplication.translate("Shell", "Today") == "Today"


def test_installing_again_replaces_what_was_there(qapp, english, tmp_path):
    install_translations(qapp, QLocale("de_DE"), folder=tmp_path)
    install_translations(qapp, QLocale("de_DE"), folder=tmp_path)
    assert len(qapp.findChildren(QTranslator, TRANSLATOR_NAME)) == 1
    install_translations(qapp, QLocale("en_GB"), folder=tmp_path, qt_folder=tmp_path)
    assert qapp.findChildren(QTranslator, TRANSLATOR_NAME) == []
    assert cancel_text() == "Cancel"


@pytest.mark.parametrize(
    ("wanted", "language"),
    [
        ("de_DE", QLocale.Language.German),
        ("pt-BR", QLocale.Language.Portuguese),
        ("", QLocale.system().language()),
        ("not a language at all", QLocale.system().language()),
    ],
)
def test_the_settings_may_name_another_language(tmp_path, wanted, language):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTINGS_KEY, wanted)
    assert chosen_locale(settings).language() == language
    assert chosen_locale(None).language() == QLocale.system().language()


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_the_window_is_built_in_the_chosen_language(qtbot, english, tmp_path, qsettings):
    qsettings.setValue(SETTINGS_KEY, "de_DE")
    launched = build_window(tmp_path / "unused", demo=True, settings=qsettings)
    assert launched is not None
    qtbot.addWidget(launched.window)
    files = [Path(t.filePath()).name for t in launched.app.findChildren(QTranslator)]
    assert "qtbase_de.qm" in files
    launched.cleanup()


# The strength meter


def test_the_meter_says_each_estimate_in_its_own_words(qtbot):
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    for key, english in HINTS.items():
        assert meter.hint_words(english) == english, key  # every hint has its own tr()
    assert meter.hint_words("Something new") == "Something new"
    for passphrase in ("password123", "correct horse battery staple"):
        strength = estimate(passphrase)
        assert meter.describe(strength) == strength.description


@needs_tools
def test_the_meter_speaks_the_windows_language(qtbot, qapp, english, tmp_path):
    catalogue(
        tmp_path / "afterglow_de.qm",
        "StrengthMeter",
        {
            "Strong": "Stark",
            "centuries": "Jahrhunderte",
            "{label}: would take {time} to guess": "{label}: {time} zum Erraten",
            HINTS["strong"]: "Eine gute Passphrase.",
        },
    )
    install_translations(qapp, QLocale("de_DE"), folder=tmp_path)
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.set_passphrase("correct horse battery staple")
    assert meter.summary.text() == "Stark: Jahrhunderte zum Erraten"
    assert meter.advice.text() == "Eine gute Passphrase."


class Picker(QObject):
    def title(self) -> str:
        return self.tr("Choose one")


class TrashPicker(Picker):
    pass


@needs_tools
def test_a_base_class_finds_its_words_from_a_subclass(qapp, english, tmp_path):
    """lupdate files the words under the class they are written in; PySide6 looks there too."""
    catalogue(tmp_path / "afterglow_de.qm", "Picker", {"Choose one": "Wählen Sie eins"})
    install_translations(qapp, QLocale("de_DE"), folder=tmp_path)
    assert TrashPicker().title() == "Wählen Sie eins"
