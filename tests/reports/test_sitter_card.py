"""The sitter card: one calm page, the blood-pressure lines, and who to call."""

from __future__ import annotations

import stat
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale

from journal_app.reports import sitter_card as sc
from journal_app.reports.sitter_card import (
    LOCAL_EMERGENCY,
    SitterCard,
    emergency_number,
    sitter_card_for,
    sitter_card_html,
    write_sitter_card,
)
from journal_app.services.crisis import crisis_info

UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
POINTS_PER_MM = 72 / 25.4
SECTIONS = ("Sitter card", "What you do", "What you don’t do", "Blood pressure")
EMERGENCY_SIGNS = (
    "trouble breathing",
    "chest pain",
    "faint, or can't be woken",
    "a seizure",
    "confused, and it is getting worse",
    "harming themselves",
)


def text_of(path: Path) -> str:
    pages = PdfReader(path).pages
    text = " ".join(unicodedata.normalize("NFKC", p.extract_text()) for p in pages)
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("region", "number"),
    [
        ("us", "911"),
        ("ca", "911"),
        ("uk", "999"),
        ("ie", "112 or 999"),
        ("au", "000"),
        ("nz", "111"),
        ("fr", "15, or 112"),
        ("de", "112"),
        ("elsewhere", LOCAL_EMERGENCY),
    ],
)
def test_the_emergency_number_comes_from_the_regions_crisis_lines(region, number):
    assert emergency_number(crisis_info().region(region)) == number


def test_the_region_chosen_in_settings_wins_over_the_locale():
    info = crisis_info()
    assert sitter_card_for(info, "au", "en_GB.UTF-8").emergency == "000"
    assert sitter_card_for(info, None, "en_GB.UTF-8").emergency == "999"
    assert sitter_card_for(info, None, "").emergency == LOCAL_EMERGENCY
    assert sitter_card_for(info, None, "C", "  0161 496\n0000 ").clinic_phone == "0161 496 0000"


def test_the_html_escapes_the_clinic_number():
    html = sitter_card_html(SitterCard("999", "<b>0161</b> & more"))
    assert "&lt;b&gt;0161&lt;/b&gt; &amp; more" in html
    assert "<b>0161</b>" not in html


def test_the_card_holds_no_dosing_words():
    html = sitter_card_html(SitterCard("911", "555 0100")).lower()
    for word in (" mg", "dose", "dosing", "tablet", "spray"):
        assert word not in html


def test_the_pdf_has_every_section_the_blood_pressure_lines_and_who_to_call(qapp, tmp_path):
    out = tmp_path / "card.pdf"
    card = sitter_card_for(crisis_info(), "uk", "", "0161 496 0000")
    assert write_sitter_card(out, card, locale=UK) == 1
    text = text_of(out)
    for words in SECTIONS:
        assert words in text
    assert "When to call emergency services" in text
    assert "The clinic: 0161 496 0000" in text and "Emergency services: 999" in text
    assert "Call 999 straight away if they:" in text
    for sign in EMERGENCY_SIGNS:
        assert sign in text
    for when in sc.BP_TIMES:
        assert when in text
    assert "When Time Top number Bottom number Pulse" in text
    assert "Check blood pressure at the times the clinic asked" in text
    assert "Give them any medicine" in text and "Drive them anywhere" in text
    assert "Leave them alone during the session" in text
    assert sc.FOOTER in text


def test_elsewhere_says_your_local_emergency_number(qapp, tmp_path):
    out = tmp_path / "card.pdf"
    write_sitter_card(out, sitter_card_for(crisis_info(), "elsewhere", ""), locale=UK)
    text = text_of(out)
    assert "Call your local emergency number straight away if they:" in text
    assert "Emergency services: your local emergency number" in text


@pytest.mark.parametrize(("locale", "size_mm"), [(UK, (210, 297)), (US, (215.9, 279.4))])
def test_one_page_on_a4_and_on_letter_even_with_a_long_number(qapp, tmp_path, locale, size_mm):
    out = tmp_path / "card.pdf"
    card = SitterCard("your local emergency number", "+44 (0)20 7946 0000 ext. 1234, ask for Sam")
    assert write_sitter_card(out, card, locale=locale) == 1
    [page] = PdfReader(out).pages
    width, height = (float(x) / POINTS_PER_MM for x in (page.mediabox.width, page.mediabox.height))
    assert (round(width), round(height)) == tuple(round(x) for x in size_mm)


def test_the_file_is_private(qapp, tmp_path):
    out = tmp_path / "card.pdf"
    write_sitter_card(out, SitterCard("911"), locale=US)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["card.pdf"]
