"""Save a sitter card from the window: where to, then one private PDF page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from journal_app.domain.errors import JournalError
from journal_app.services.bundle import Services
from journal_app.services.crisis import crisis_info
from journal_app.ui.messages import render
from journal_app.ui.output_files import choose_output_file, in_documents


def save_sitter_card(parent: QWidget, services: Services) -> Path | None:
    """Ask where, write the card (0600), say where it went; None if nothing was written."""
    from journal_app.reports.sitter_card import sitter_card_for, write_sitter_card
    from journal_app.ui.crisis import locale_name

    target = choose_output_file(
        parent,
        QCoreApplication.translate("SitterCard", "Save a sitter card"),
        in_documents("sitter-card.pdf"),
        QCoreApplication.translate("SitterCard", "PDF files (*.pdf)"),
        suffix=".pdf",
        journal_folder=services.vault.folder,
    )
    if target is None:
        return None
    settings = services.settings
    card = sitter_card_for(
        crisis_info(),
        settings.get("region"),
        locale_name(),
        str(settings.get("clinic_phone") or ""),
    )
    try:
        write_sitter_card(target, card)
    except JournalError as error:
        QMessageBox.warning(
            parent, QCoreApplication.translate("SitterCard", "The card wasn't saved"), render(error)
        )
        return None
    QMessageBox.information(
        parent,
        QCoreApplication.translate("SitterCard", "Sitter card saved"),
        QCoreApplication.translate(
            "SitterCard",
            "Saved to {path}. It holds nothing from your journal: only what a sitter needs, "
            "and lines for blood pressure.",
        ).format(path=target),
    )
    return target
