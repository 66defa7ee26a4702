"""The window's language: Afterglow's own catalogue and Qt's, installed before any widget.

Afterglow's catalogues are ``resources/i18n/afterglow_<lang>.qm``; Qt's own words (the
buttons of a dialog, a text field's menu) come from ``qtbase_<lang>.qm`` where Qt keeps
its translations. The language is the computer's, unless the settings name another
(``language=de_DE``, set by hand for now). When there is no catalogue the window speaks
English, quietly. Questionnaires, prompts and checklists are not here: they are resource
files, translated per locale (docs/translations.md).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from journal_app.texts import resource_root

CATALOGUE = "afterglow"
QT_CATALOGUE = "qtbase"
SETTINGS_KEY = "language"
# Marks the translators installed here, so installing again replaces them.
TRANSLATOR_NAME = "afterglow-translation"


def catalogue_folder() -> Path:
    """Where Afterglow's .qm files live (resources/i18n)."""
    return Path(str(resource_root().joinpath("i18n")))


def qt_catalogue_folder() -> Path:
    """Where Qt keeps the translations of its own words."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def chosen_locale(settings: QSettings | None = None) -> QLocale:
    """The language to speak: the settings' ``language`` if it names one, else the computer's."""
    if settings is not None:
        wanted = str(settings.value(SETTINGS_KEY, "") or "").strip()
        if wanted:
            locale = QLocale(wanted)
            if locale.language() != QLocale.Language.C:  # a name Qt doesn't know means "C"
                return locale
    return QLocale.system()


def install_translations(
    app: QCoreApplication,
    locale: QLocale,
    *,
    folder: Path | None = None,
    qt_folder: Path | None = None,
) -> list[Path]:
    """Install the catalogues for ``locale``'s languages; return the files that loaded.

    Replaces what an earlier call installed. A missing or unreadable catalogue is skipped:
    the words it would have changed stay English.
    """
    remove_translations(app)
    loaded: list[Path] = []
    for name, where in (
        (CATALOGUE, folder or catalogue_folder()),
        (QT_CATALOGUE, qt_folder or qt_catalogue_folder()),
    ):
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        # Tries each of the locale's languages, "de_DE" then "de", and stops at the first.
        if translator.load(locale, name, "_", str(where), ".qm") and app.installTranslator(
            translator
        ):
            loaded.append(Path(translator.filePath()))
        else:
            translator.setParent(None)
            translator.deleteLater()
    return loaded


def remove_translations(app: QCoreApplication) -> None:
    """Take out the catalogues :func:`install_translations` put in: English again."""
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
