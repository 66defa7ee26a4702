"""The entry list model: months newest first, entries within them, search highlighting."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt

from journal_app.ui.journal.highlight import match_spans, snippet
from journal_app.ui.journal.model import CHUNK, EntryTreeModel, Role
from journal_app.ui.journal.rows import EntryRow

ROWS = [
    EntryRow("c" * 32, date(2026, 3, 14), "Walked to the river", ("walk", "calm"), False),
    EntryRow("b" * 32, date(2026, 3, 2), "Tired morning", ("sleep",), True),
    EntryRow("a" * 32, date(2026, 2, 27), "A talk with my sister", (), False),
]


def test_model_passes_the_qt_model_tester_through_refills(qtmodeltester):
    model = EntryTreeModel()
    qtmodeltester.check(model)
    model.set_rows(ROWS, ("walk",))
    model.set_rows(ROWS[1:])
    model.set_rows([])


def test_entries_are_grouped_under_their_month_newest_first():
    model = EntryTreeModel()
    model.set_rows(ROWS)

    assert model.month_labels() == ["March 2026", "February 2026"]
    march = model.index(0, 0)
    assert model.rowCount(march) == 2
    assert [model.index(r, 0, march).data(Role.RECORD_ID) for r in range(2)] == [
        "c" * 32,
        "b" * 32,
    ]
    assert model.index(0, 0, model.index(1, 0)).data() == "A talk with my sister"


def test_an_entry_row_offers_day_tags_and_privacy():
    model = EntryTreeModel()
    model.set_rows(ROWS)
    private = model.index_of("b" * 32)

    assert private.data(Role.DAY) == "Mon 2"
    assert private.data(Role.TAGS) == ("sleep",)
    assert private.data(Role.PRIVATE) is True
    assert "private" in private.data(Qt.ItemDataRole.AccessibleTextRole)
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable


def test_the_model_says_which_heading_words_to_highlight():
    model = EntryTreeModel(lambda _: "We sat by the RIVER until dark.")
    model.set_rows(ROWS, ("river",))
    index = model.index_of("c" * 32)

    assert index.data(Role.TERMS) == ("river",)
    assert index.data(Role.HEADING_MATCHES) == [(14, 5)]
    assert index.data(Role.SNIPPET) == "We sat by the RIVER until dark."


def test_highlights_match_regardless_of_case_and_accents():
    assert match_spans("Le Café était calme", ("cafe", "etait")) == [(3, 4), (8, 5)]
    assert match_spans("STRASSE and straße", ("strasse",)) == [(0, 7), (12, 6)]
    assert match_spans("nothing here", ("river",)) == []


def test_a_snippet_starts_just_before_the_word_found():
    text = "One two three four five six seven eight nine ten eleven twelve kettle and more"
    assert snippet(text, ("kettle",)).startswith("…")
    assert "kettle" in snippet(text, ("kettle",), width=30)
    assert snippet(text, ("absent",)) == ""


def test_a_long_journal_lays_out_only_its_newest_months_until_asked(qtmodeltester):
    start = date(2026, 3, 14)
    rows = [
        EntryRow(f"{i:032x}", start - timedelta(days=i), f"Day {i}", (), False) for i in range(900)
    ]
    model = EntryTreeModel()
    qtmodeltester.check(model)
    model.set_rows(rows)
    first = model.rowCount()
    laid_out = sum(model.rowCount(model.index(m, 0)) for m in range(first))

    assert CHUNK <= laid_out < 900
    assert model.entry_count() == 900
    assert not model.index_of(rows[-1].id).isValid()
    assert model.show_more()
    assert model.rowCount() > first
    model.reveal(rows[-1].id)
    assert model.index_of(rows[-1].id).isValid()
    assert not model.can_show_more()


def test_an_edited_heading_updates_its_row_in_place(qtbot):
    model = EntryTreeModel()
    model.set_rows(ROWS)
    changed = ROWS[0]._replace(heading="By the water")

    with qtbot.waitSignal(model.dataChanged):
        assert model.replace_row(changed)
    assert model.index_of(changed.id).data() == "By the water"
    assert not model.replace_row(changed._replace(day=date(2026, 1, 1)))  # moved month
    assert model.parent(QModelIndex()) == QModelIndex()
