"""Settings: auto-lock, reminders, crisis lines, theme, passphrase, data, backups, about."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from journal_app import __version__
from journal_app.messages import QT_TRANSLATE_NOOP
from journal_app.services.autostart import Autostart
from journal_app.services.crisis import DEFAULT_REGION, crisis_info, region_for_locale
from journal_app.ui.backups.card import BackupsCard
from journal_app.ui.crisis import locale_name
from journal_app.ui.dialogs.change_passphrase import ChangePassphraseDialog
from journal_app.ui.dialogs.new_recovery_key import (
    ConfirmNewRecoveryKeyDialog,
    NewRecoveryKeyDialog,
)
from journal_app.ui.named import named
from journal_app.ui.notify import Notices, Notifier
from journal_app.ui.pages.layout import card, centred_column, paragraph
from journal_app.ui.pages.settings_reminders import RemindersCard
from journal_app.ui.session import SessionViewModel
from journal_app.ui.theme import MODES, ThemeManager

REGION = "region"
CLINIC_PHONE = "clinic_phone"
NOT_ADVICE = QT_TRANSLATE_NOOP(
    "SettingsPage",
    "Afterglow is a private journal, not medical advice. It does not diagnose, treat or "
    "monitor anything, and nobody watches what you write. If you are struggling, please "
    "reach out to your care team or a crisis line.",
)


class SettingsPage(QWidget):
    """Preferences; sensitive ones live in the vault, the theme in QSettings."""

    status_message = Signal(str)

    def __init__(
        self,
        session: SessionViewModel,
        theme: ThemeManager,
        parent: QWidget | None = None,
        *,
        notices: Notices | None = None,
        autostart: Autostart | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._session = session
        self._theme = theme

        privacy, privacy_layout = card(self.tr("Privacy"))
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSuffix(self.tr(" minutes"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setValue(session.auto_lock_minutes)
        self.auto_lock.setAccessibleName(self.tr("Lock after this many minutes without use"))
        self.change_passphrase = QPushButton(self.tr("Change passphrase…"))
        self.change_passphrase.setAccessibleName(self.tr("Change passphrase"))
        self.new_recovery_key = QPushButton(self.tr("New recovery key…"))
        self.new_recovery_key.setAccessibleName(self.tr("Make a new recovery key"))
        form = QFormLayout()
        form.addRow(self.tr("Lock when idle for"), self.auto_lock)
        form.addRow(self.tr("Passphrase"), self.change_passphrase)
        form.addRow(self.tr("Recovery key"), self.new_recovery_key)
        privacy_layout.addLayout(form)
        privacy_layout.addWidget(
            paragraph(
                self.tr("Afterglow also locks when you press Ctrl+L and when the computer sleeps."),
                "hint",
            )
        )

        settings = session.services.settings
        self.reminders_card = RemindersCard(
            session, notices if notices is not None else Notifier(parent=self), autostart=autostart
        )
        reminders = self.reminders_card
        self.reminders_on = reminders.reminders_on
        self.questionnaire_hints = reminders.questionnaire_hints
        self.quiet_from = reminders.quiet_from
        self.quiet_until = reminders.quiet_until

        support, support_layout = card(self.tr("Crisis lines"))
        self.region = QComboBox()
        self.region.setAccessibleName(self.tr("Region for crisis lines"))
        lines = crisis_info()
        local = lines.region(region_for_locale(locale_name(), lines))
        automatic = local.name if local.id != DEFAULT_REGION else self.tr("another country")
        self.region.addItem(
            self.tr("Automatic (from your computer: {region})").format(region=automatic), None
        )
        for region in lines.regions:
            self.region.addItem(region.name, region.id)
        self.region.setCurrentIndex(max(0, self.region.findData(settings.get(REGION))))
        support_form = QFormLayout()
        support_form.addRow(self.tr("Region"), self.region)
        self.clinic_phone = QLineEdit(str(settings.get(CLINIC_PHONE) or ""))
        self.clinic_phone.setMaxLength(40)
        self.clinic_phone.setPlaceholderText(self.tr("Printed on the sitter card"))
        self.clinic_phone.setAccessibleName(self.tr("My clinic's phone, for the sitter card"))
        support_form.addRow(self.tr("Clinic's phone"), self.clinic_phone)
        support_layout.addLayout(support_form)
        support_layout.addWidget(
            paragraph(
                self.tr(
                    "“Need help now?” in the sidebar shows this region's lines first, "
                    "and every other country's after them."
                ),
                "hint",
            )
        )

        looks, looks_layout = card(self.tr("Appearance"))
        self.theme_choice = QComboBox()
        self.theme_choice.setAccessibleName(self.tr("Theme"))
        labels = {
            "system": self.tr("Follow system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for mode in MODES:
            self.theme_choice.addItem(labels[mode], mode)
        self.theme_choice.setCurrentIndex(MODES.index(theme.mode))
        looks_form = QFormLayout()
        looks_form.addRow(self.tr("Theme"), self.theme_choice)
        looks_layout.addLayout(looks_form)

        data, data_layout = card(self.tr("Your data"))
        folder = session.services.vault.folder
        self.folder_label = QLabel(str(folder), wordWrap=True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setAccessibleName(self.tr("Data folder"))
        self.show_folder = QPushButton(self.tr("Show folder"))
        self.show_folder.setAccessibleName(self.tr("Show the data folder"))
        row = QHBoxLayout()
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.show_folder)
        data_layout.addWidget(
            paragraph(
                self.tr("Your journal is one encrypted file in this folder:"),
                "hint",
            )
        )
        data_layout.addLayout(row)

        self.backups = BackupsCard(session)

        about, about_layout = card(self.tr("About"))
        about_layout.addWidget(QLabel(self.tr("Afterglow {v}").format(v=__version__)))
        about_layout.addWidget(QLabel(self.tr(NOT_ADVICE), wordWrap=True))  # i18n: marked
        about_layout.addWidget(
            named(QLabel(self.tr("Free software under the GNU GPL, version 3 or later.")), "muted")
        )

        centred_column(
            self,
            [
                named(QLabel(self.tr("Settings")), "pageTitle"),
                privacy,
                reminders,
                support,
                looks,
                data,
                self.backups,
                about,
            ],
        )

        self.auto_lock.valueChanged.connect(self._on_auto_lock_changed)
        self.theme_choice.currentIndexChanged.connect(self._on_theme_choice_changed)
        self.region.currentIndexChanged.connect(self._on_region_current_index_changed)
        self.clinic_phone.editingFinished.connect(self._on_clinic_phone_editing_finished)
        reminders.status_message.connect(self.status_message)
        self.change_passphrase.clicked.connect(self._on_change_passphrase_clicked)
        self.new_recovery_key.clicked.connect(self._on_new_recovery_key_clicked)
        self.show_folder.clicked.connect(self._on_show_folder_clicked)
        theme.mode_changed.connect(self._on_theme_mode_changed)
        session.passphrase_changed.connect(self._on_session_passphrase_changed)
        session.passphrase_change_failed.connect(self.status_message)

    def _on_auto_lock_changed(self, minutes: int) -> None:
        self._session.set_auto_lock_minutes(minutes)

    def _on_region_current_index_changed(self, index: int) -> None:
        self._session.services.settings.set(REGION, self.region.itemData(index))

    def _on_clinic_phone_editing_finished(self) -> None:
        text = " ".join(self.clinic_phone.text().split())
        self._session.services.settings.set(CLINIC_PHONE, text)

    def _on_theme_choice_changed(self, index: int) -> None:
        self._theme.set_mode(self.theme_choice.itemData(index))

    def _on_theme_mode_changed(self, mode: str) -> None:
        self.theme_choice.blockSignals(True)
        self.theme_choice.setCurrentIndex(MODES.index(mode))
        self.theme_choice.blockSignals(False)

    def _on_change_passphrase_clicked(self) -> None:
        passphrase, accepted = ChangePassphraseDialog.get_new_passphrase(self)
        if accepted:
            self.status_message.emit(self.tr("Changing your passphrase…"))
            self._session.change_passphrase(passphrase)

    def _on_session_passphrase_changed(self) -> None:
        self.status_message.emit(
            self.tr("Your passphrase is changed. Use the new one from now on.")
        )

    def _on_new_recovery_key_clicked(self) -> None:
        code = ConfirmNewRecoveryKeyDialog.make_new_key(self._session, self)
        if code is None:
            return
        NewRecoveryKeyDialog.show_code(self._session, code, self)
        if self._session.unlocked:
            self.status_message.emit(
                self.tr(
                    "Your new recovery key is in use. The old one no longer opens this journal."
                )
            )

    def _on_show_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._session.services.vault.folder)))
