from __future__ import annotations

from journal_app.ui.watch import JournalWatch


def test_the_watch_says_changed_once_per_change(unlocked):
    watch = JournalWatch(unlocked)
    assert not watch.changed()
    unlocked.journal.create("something new")
    assert watch.changed() and not watch.changed()
    watch.forget()
    assert watch.changed()
    unlocked.journal.create("and more")
    watch.mark()
    assert not watch.changed()
    assert JournalWatch(unlocked, seen_now=False).changed()
