"""Markdown front matter is read as YAML, safely: hostile blocks lose nothing and say why."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.backup.exports import entry_markdown
from journal_app.backup.front_matter import MAX_FRONT_MATTER, FrontMatter, split_front_matter
from journal_app.backup.import_markdown import parse_markdown
from journal_app.domain.entry import Entry

BODY = "I slept well and the garden smelled of rain."


def one_entry(tmp_path: Path, text: str, name: str = "2024-05-01-note.md") -> tuple[Entry, str]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = parse_markdown(tmp_path)
    assert not result.skipped, result.skipped
    (entry,) = result.entries
    notes = " | ".join(note.text for note in result.notes)
    return entry, notes


# What YAML allows that the hand-written reader did not


def test_block_lists_quotes_and_comments_are_read(tmp_path):
    text = (
        "---\n"
        "title: 'It''s okay: to rest'  # Obsidian quotes titles with colons\n"
        "date: 2024-03-06\n"
        'tags:\n  - gratitude\n  - "body scan"\n'
        "mood: 7\n"
        "private: yes\n"
        "---\n\n" + BODY
    )
    entry, notes = one_entry(tmp_path, text)
    assert (entry.title, entry.day, entry.tags) == (
        "It's okay: to rest",
        date(2024, 3, 6),
        ("gratitude", "body scan"),
    )
    assert (entry.mood, entry.private, entry.body, notes) == (7, True, BODY, "")


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2024-03-06", date(2024, 3, 6)),
        ('"2024-03-06T21:40"', date(2024, 3, 6)),
        ("2024-03-06 21:40:00", date(2024, 3, 6)),
        ("2024-03-06T23:30:00+02:00", date(2024, 3, 6)),  # the day as written, not in UTC
    ],
)
def test_dates_are_the_day_that_was_written(tmp_path, written, day):
    entry, _ = one_entry(tmp_path, f"---\ndate: {written}\n---\n{BODY}", name="x.md")
    assert entry.day == day


def test_a_date_that_isnt_real_is_skipped_with_its_reason_not_a_crash(tmp_path):
    (tmp_path / "x.md").write_text("---\ndate: 2024-02-30\n---\nText", encoding="utf-8")
    result = parse_markdown(tmp_path)
    assert [(s.where, s.reason) for s in result.skipped] == [
        ("x.md", "its date '2024-02-30' isn't a real date (YYYY-MM-DD)")
    ]


@pytest.mark.parametrize(
    ("written", "tags"),
    [
        ("[a, b]", ("a", "b")),
        ("a, b", ("a", "b")),
        ("kap", ("kap",)),
        ("[2024, true]", ("2024", "true")),
        ("[]", ()),
        ("", ()),
    ],
)
def test_tags_as_a_list_a_line_or_one_word(tmp_path, written, tags):
    entry, notes = one_entry(tmp_path, f"---\ntags: {written}\n---\n{BODY}")
    assert entry.tags == tags
    assert notes == ""


def test_tags_that_arent_words_are_left_out_and_said(tmp_path):
    entry, notes = one_entry(tmp_path, f"---\ntags: [calm, [nested], {{a: 1}}]\n---\n{BODY}")
    assert entry.tags == ("calm",)
    assert notes == "some of its tags weren't words, so those were left out"


def test_keys_in_any_case_and_unknown_keys_are_fine(tmp_path):
    entry, _ = one_entry(tmp_path, f"---\nTitle: Hi\ncssclass: wide\n1: one\n---\n{BODY}")
    assert entry.title == "Hi"


def test_afterglows_own_export_reads_back_exactly(tmp_path):
    entry = Entry(
        body=BODY,
        day=date(2024, 1, 2),
        title='She said: "rest" — #1 \\ ok',
        tags=("a, b", "ünï", "'quoted'"),
        private=True,
        mood=3,
    )
    back, notes = one_entry(tmp_path, entry_markdown(entry))
    assert (back.title, back.tags, back.private, back.mood, back.body) == (
        entry.title,
        entry.tags,
        True,
        3,
        BODY,
    )
    assert notes == ""


@given(
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40),
    st.lists(
        st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12),
        max_size=4,
    ),
)
def test_any_title_and_tags_the_export_writes_read_back(title, tags):
    entry = Entry(body=BODY, day=date(2024, 1, 2), title=title.strip(), tags=tuple(tags))
    meta = split_front_matter(entry_markdown(entry))
    assert meta.problem == ""
    assert meta.text("title") == entry.title
    assert meta.values["tags"] == list(entry.tags)


# Blocks that are Markdown, not front matter


@pytest.mark.parametrize(
    "text",
    [
        "---\nA paragraph between two rules.\n---\nMore.",
        "---\n- a list\n- between rules\n---\nMore.",
        "---\nno closing rule, so this is a rule and text",
    ],
)
def test_a_block_that_isnt_a_mapping_is_kept_as_text_silently(text):
    assert split_front_matter(text) == FrontMatter(body=text)


def test_an_empty_block_is_dropped_and_nothing_is_lost():
    assert split_front_matter("---\n---\nText") == FrontMatter(body="Text")


# Hostile or broken front matter: the entry comes in whole, and the note says why


def test_a_python_tag_is_refused_and_never_run(tmp_path):
    marker = tmp_path / "ran"
    text = (
        "---\n"
        f"title: !!python/object/apply:os.system ['touch {marker}']\n"
        "date: 2024-05-01\n"
        "---\n" + BODY
    )
    entry, notes = one_entry(tmp_path, text)
    assert not marker.exists()
    assert entry.body == text.strip()  # the whole file, front matter included, is kept
    assert entry.title == ""
    assert entry.day == date(2024, 5, 1)  # from the file name, as the note says
    assert notes == (
        "its front matter asks for a kind of value Afterglow never builds (a YAML tag such "
        "as !!python), so it was kept as text at the top of the entry (its title, tags and "
        "date weren't read from it)"
    )


def test_broken_yaml_keeps_the_whole_text_and_names_the_line(tmp_path):
    text = "---\ntitle: fine\ntitle: Morning after: the quiet\ntags: [a, b\n---\n" + BODY
    entry, notes = one_entry(tmp_path, text)
    assert entry.body == text.strip()
    assert notes.startswith("its front matter isn't valid YAML (line 3), so it was kept as text")


def test_an_alias_bomb_is_read_at_once_and_only_its_words_are_used(tmp_path):
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    lines += ["tags: *a9", "title: &t Laughs", "aliased: *t", "date: 2024-05-02"]
    text = "---\n" + "\n".join(lines) + "\n---\n" + BODY
    started = time.perf_counter()
    entry, notes = one_entry(tmp_path, text)
    assert time.perf_counter() - started < 1  # 10**10 "lol"s were never made
    assert (entry.title, entry.tags, entry.day, entry.body) == (
        "Laughs",
        (),
        date(2024, 5, 2),
        BODY,
    )
    assert notes == "some of its tags weren't words, so those were left out"


def test_a_self_referring_alias_is_harmless(tmp_path):
    entry, notes = one_entry(tmp_path, f"---\ntags: &t [calm, *t]\n---\n{BODY}")
    assert entry.tags == ("calm",)
    assert "left out" in notes


@pytest.mark.parametrize("depth", [50, 5000])
def test_nesting_too_deep_is_refused_plainly(tmp_path, depth):
    text = "---\ntags: " + "[" * depth + "]" * depth + "\n---\n" + BODY
    entry, notes = one_entry(tmp_path, text)
    if depth == 50:
        assert entry.body == BODY
    else:
        assert entry.body == text.strip()
        assert "its front matter isn't valid YAML" in notes


def test_huge_front_matter_is_not_parsed_and_is_kept_as_text(tmp_path):
    text = "---\n" + "note: " + "x" * MAX_FRONT_MATTER + "\n---\n" + BODY
    started = time.perf_counter()
    entry, notes = one_entry(tmp_path, text)
    assert time.perf_counter() - started < 1
    assert entry.body == text.strip()
    assert notes.startswith("its front matter is longer than 64 KiB, so it was kept as text")


def test_a_broken_block_still_takes_its_day_from_the_file_time_and_says_both(tmp_path):
    (tmp_path / "undated.md").write_text("---\ndate: [\n---\nText", encoding="utf-8")
    result = parse_markdown(tmp_path)
    (entry,) = result.entries
    texts = [note.text for note in result.notes]
    assert len(texts) == 2
    assert texts[0].startswith("its front matter isn't valid YAML (line 3)")  # where it ended
    assert texts[1].startswith("it has no date, so the day it was last changed")
    assert entry.body == "---\ndate: [\n---\nText"


def test_unknown_yaml_types_that_are_safe_still_count_as_not_words(tmp_path):
    entry, notes = one_entry(tmp_path, f"---\ntags: !!set {{a, b}}\nmood: 6.5\n---\n{BODY}")
    assert entry.tags == () and entry.mood is None
    assert "tags weren't words" in notes and "mood '6.5'" in notes
