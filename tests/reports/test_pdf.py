"""The summary as a PDF: what was chosen is there, what was not (private above all) is not."""

from __future__ import annotations

import errno
import os
from datetime import date, datetime, time, timedelta
from pathlib import Path
from time import perf_counter

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter

from journal_app.domain.errors import DiskFull, NoPermission, ReadOnlyStorage
from journal_app.reports.data import SECTIONS, SummaryOptions, build_summary, entries_for_choosing
from journal_app.reports.document import NO_CHART, ChartPainter, page_layout_for_locale
from journal_app.reports.layout import CHART_CAPTION, FOOTER, NOTHING_HERE
from journal_app.reports.pdf import write_pdf
from journal_app.services.bundle import Services
from tests.reports.conftest import MARKERS, pdf_pages
from tests.small_disk import small_disk

MARCH = (date(2026, 3, 1), date(2026, 3, 14))
UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def write(tmp_path: Path, services: Services, chart=None, **options: object) -> list[str]:
    data = build_summary(services, SummaryOptions(*MARCH, **options))  # type: ignore[arg-type]
    out = tmp_path / "summary.pdf"
    write_pdf(out, data, chart, locale=UK)
    return pdf_pages(out)


def test_the_pdf_has_title_range_pages_footer_and_the_chosen_entries(tmp_path, journal, chart):
    pages = write(tmp_path, journal, chart, name="Robin", all_entries=True)
    first, text = pages[0], " ".join(pages)
    assert first.startswith("Summary for Robin 1 March – 14 March 2026 Made on 14 March 2026")
    assert f"Page 1 of {len(pages)}" in first
    assert all(FOOTER in page for page in pages)
    assert MARKERS["open"] in text and MARKERS["unticked"] in text
    assert "Listen to the tired part" in text and "a green field" in text
    assert "9 of 27" in text and "Mild" in text
    assert "Before the period began" not in text


def test_no_entries_by_default_and_no_word_of_private_ones(tmp_path, journal, chart):
    text = " ".join(write(tmp_path, journal, chart))
    assert not any(marker in text for marker in MARKERS.values())
    assert "Journal entries" not in text
    assert "private" not in text.lower()


def test_private_entries_stay_out_unless_included(tmp_path, journal, chart):
    text = " ".join(write(tmp_path, journal, chart, all_entries=True))
    assert MARKERS["private"] not in text and MARKERS["open"] in text
    assert "private" not in text.lower()
    text = " ".join(write(tmp_path, journal, chart, all_entries=True, include_private=True))
    assert MARKERS["private"] in text
    assert "private" not in text.lower()


def test_only_the_ticked_entries_go_in(tmp_path, journal, chart):
    rows = {r.title: r.id for r in entries_for_choosing(journal, *MARCH)}
    private = next(i for text, i in rows.items() if MARKERS["private"] in text)
    text = " ".join(write(tmp_path, journal, chart, entry_ids=frozenset({private})))
    assert MARKERS["private"] in text  # picked one by one
    assert MARKERS["open"] not in text and MARKERS["unticked"] not in text


def test_no_entries_leaves_every_entry_out(tmp_path, journal, chart):
    sections = frozenset(SECTIONS) - {"entries"}
    text = " ".join(write(tmp_path, journal, chart, sections=sections, include_private=True))
    assert not any(marker in text for marker in MARKERS.values())
    assert "Journal entries" not in text and "private" not in text
    assert "Listen to the tired part" in text


def test_a_period_with_nothing_in_it_is_one_kind_page(tmp_path, journal, chart):
    data = build_summary(journal, SummaryOptions(date(2025, 6, 1), date(2025, 6, 30)))
    write_pdf(tmp_path / "quiet.pdf", data, chart, locale=UK)
    [page] = pdf_pages(tmp_path / "quiet.pdf")
    assert NOTHING_HERE in page
    assert "Page 1 of 1" in page and FOOTER in page


def test_a_longer_summary_numbers_every_page(tmp_path, journal, chart):
    for day in range(1, 15):
        text = f"Day {day}. " + "The tide came in and went out. " * 30
        journal.journal.create(text, day=date(2026, 3, day))
    pages = write(tmp_path, journal, chart, all_entries=True)
    assert len(pages) >= 3
    for n, page in enumerate(pages, start=1):
        assert f"Page {n} of {len(pages)}" in page
        assert FOOTER in page
    assert all(p.startswith("Journal summary · 1 March – 14 March 2026") for p in pages[1:])


def test_two_pages_say_page_2_of_2(tmp_path, journal):
    no_chart = frozenset(SECTIONS) - {"chart"}
    pages = write(tmp_path, journal, None, sections=no_chart, all_entries=True)
    for day in range(1, 15):  # one entry more each time, until the summary needs two pages
        if len(pages) > 1:
            break
        journal.journal.create(f"Entry {day}. " + "Some words. " * 40, day=date(2026, 3, day))
        pages = write(tmp_path, journal, None, sections=no_chart, all_entries=True)
    assert len(pages) == 2
    assert "Page 1 of 2" in pages[0] and "Page 2 of 2" in pages[1]


@pytest.mark.parametrize(
    ("locale", "size", "points"),
    [
        (US, QPageSize.PageSizeId.Letter, (612, 792)),
        (
            QLocale(QLocale.Language.German, QLocale.Country.Germany),
            QPageSize.PageSizeId.A4,
            (595, 842),
        ),
        (
            QLocale(QLocale.Language.French, QLocale.Country.Canada),
            QPageSize.PageSizeId.Letter,
            (612, 792),
        ),
        (
            QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico),
            QPageSize.PageSizeId.Letter,
            (612, 792),
        ),
        (
            QLocale(QLocale.Language.English, QLocale.Country.Australia),
            QPageSize.PageSizeId.A4,
            (595, 842),
        ),
    ],
)
def test_the_page_size_follows_the_locale(tmp_path, journal, locale, size, points):
    layout = page_layout_for_locale(locale)
    assert layout.pageSize().id() == size
    assert layout.orientation() == QPageLayout.Orientation.Portrait
    data = build_summary(journal, SummaryOptions(*MARCH))
    write_pdf(tmp_path / "sized.pdf", data, None, locale=locale)
    box = PdfReader(tmp_path / "sized.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == points


def _images(reader: PdfReader) -> dict[str, int]:
    """Image XObjects on every page, by name, with their width in pixels."""
    found = {}
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject")
        for name, ref in (xobjects.get_object() if xobjects else {}).items():
            image = ref.get_object()
            if image.get("/Subtype") == "/Image":
                found[name] = int(image["/Width"])
    return found


def _chart_pdf(tmp_path: Path, journal: Services, chart: ChartPainter) -> PdfReader:
    data = build_summary(journal, SummaryOptions(*MARCH))
    calls: list[tuple[QRectF, tuple[date, date]]] = []

    def painter(p: QPainter, rect: QRectF, span: tuple[date, date]) -> None:
        calls.append((QRectF(rect), span))
        chart(p, rect, span)

    write_pdf(tmp_path / "chart.pdf", data, painter, locale=UK)
    assert len(calls) == 1 and calls[0][1] == MARCH
    assert calls[0][0].width() > calls[0][0].height() > 0
    return PdfReader(tmp_path / "chart.pdf")


def test_the_chart_is_drawn_with_vector_paths(tmp_path, journal, chart):
    reader = _chart_pdf(tmp_path, journal, chart)
    content = reader.pages[0].get_contents().get_data().decode("latin-1")
    assert content.count(" l\n") + content.count(" c\n") > 50  # lines and curves


def test_the_chart_has_no_image_at_all(tmp_path, journal, chart):
    assert _images(_chart_pdf(tmp_path, journal, chart)) == {}


def test_without_a_chart_painter_the_chart_says_it_is_not_available(tmp_path, journal):
    data = build_summary(journal, SummaryOptions(*MARCH))
    write_pdf(tmp_path / "plain.pdf", data, None, locale=UK)
    [page] = pdf_pages(tmp_path / "plain.pdf")
    assert NO_CHART in page
    assert CHART_CAPTION not in page  # nothing describes a chart that isn't there


def test_an_existing_file_is_replaced_whole(tmp_path, journal):
    out = tmp_path / "summary.pdf"
    out.write_text("the old one")
    write_pdf(out, build_summary(journal, SummaryOptions(*MARCH)), None, locale=UK)
    assert out.read_bytes().startswith(b"%PDF")
    assert _leftovers(tmp_path) == ["summary.pdf"]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "journal")


def test_a_failure_while_painting_leaves_nothing_behind(tmp_path, journal):
    def broken(p: QPainter, rect: QRectF, span: tuple[date, date]) -> None:
        raise RuntimeError("the chart fell over")

    data = build_summary(journal, SummaryOptions(*MARCH))
    with pytest.raises(RuntimeError):
        write_pdf(tmp_path / "summary.pdf", data, broken, locale=UK)
    assert _leftovers(tmp_path) == []


def test_a_full_disk_leaves_nothing_and_says_what_to_do(tmp_path, journal, monkeypatch):
    def no_room(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_room)  # a disk that fills while the file is flushed
    data = build_summary(journal, SummaryOptions(*MARCH))
    with pytest.raises(DiskFull, match=r"so the summary couldn't be written\. .* free some"):
        write_pdf(tmp_path / "summary.pdf", data, None, locale=UK)
    assert _leftovers(tmp_path) == []


def test_a_really_full_disk_is_noticed_though_qt_would_not_say(tmp_path, journal):
    """Qt's PDF writer drops write errors: it left a cut-off PDF and counted the pages."""
    data = build_summary(journal, SummaryOptions(*MARCH))
    whole = tmp_path / "whole.pdf"
    write_pdf(whole, data, None, locale=UK)
    with small_disk(tmp_path / "disk", 16) as disk:
        assert whole.stat().st_size > 16 * 1024  # so it cannot fit
        with pytest.raises(DiskFull):
            write_pdf(disk / "summary.pdf", data, None, locale=UK)
        assert list(disk.iterdir()) == []


def test_an_existing_pdf_survives_a_full_disk(tmp_path, journal):
    data = build_summary(journal, SummaryOptions(*MARCH))
    with small_disk(tmp_path / "disk", 16) as disk:
        earlier = disk / "summary.pdf"
        earlier.write_bytes(b"%PDF-1.4 an earlier summary")
        with pytest.raises(DiskFull):
            write_pdf(earlier, data, None, locale=UK)
        assert earlier.read_bytes() == b"%PDF-1.4 an earlier summary"
        assert [p.name for p in disk.iterdir()] == ["summary.pdf"]


def test_a_read_only_disk_names_the_folder(tmp_path, journal):
    data = build_summary(journal, SummaryOptions(*MARCH))
    disk = tmp_path / "disk"
    expected = f"The folder {disk} is read-only"
    with small_disk(disk, 64, read_only=True), pytest.raises(ReadOnlyStorage, match=expected):
        write_pdf(disk / "summary.pdf", data, None, locale=UK)


def test_a_folder_it_may_not_write_to_gives_a_kind_message(tmp_path, journal, monkeypatch):
    real_open = os.open

    def refused(path: object, flags: int, *args: object) -> int:
        if flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refused)
    data = build_summary(journal, SummaryOptions(*MARCH))
    with pytest.raises(NoPermission) as caught:
        write_pdf(tmp_path / "summary.pdf", data, None, locale=UK)
    assert str(caught.value).startswith(
        f"Afterglow isn't allowed to write to {tmp_path}, so the summary couldn't be written."
    )
    assert _leftovers(tmp_path) == []


def test_the_pdf_is_readable_only_by_its_owner(tmp_path, journal):
    out = tmp_path / "summary.pdf"
    write_pdf(out, build_summary(journal, SummaryOptions(*MARCH)), None, locale=UK)
    assert out.stat().st_mode & 0o077 == 0


def test_ten_years_are_summarised_in_a_few_pages(tmp_path, journal, chart):
    long_text = "The weeks after the session were slow and kind and full of small things. " * 40
    for n in range(80):
        day = date(2017, 1, 1) + timedelta(days=45 * n)
        journal.journal.create(f"Entry {n}. {long_text}", day=day)
        if n % 4 == 0:
            journal.journeys.add(datetime.combine(day, time(10)), notes=long_text)
    options = SummaryOptions(date(2016, 3, 15), date(2026, 3, 14), all_entries=True)
    data = build_summary(journal, options)
    started = perf_counter()
    pages = write_pdf(tmp_path / "decade.pdf", data, chart, locale=UK)
    assert perf_counter() - started < 5  # a generous ceiling; the benchmark has the figures
    assert pages <= 8
    text = " ".join(pdf_pages(tmp_path / "decade.pdf"))
    assert "more chosen entries are in the journal but not in this summary" in text
    assert "earlier sessions in this period are not listed" in text
