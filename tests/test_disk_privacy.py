"""Nothing a person writes reaches the disk in plaintext, in any file of the data folder."""

from __future__ import annotations

from datetime import date, datetime

from journal_app.domain.journey import SessionLog
from journal_app.services.checkins import CheckInService
from journal_app.services.journal import JournalService
from journal_app.services.journeys import JourneyService

MARKER = "Zebrafinch-Ünïcode-7731"


def leaks(folder, needle: str) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for encoding in ("utf-8", "utf-16-le"):
                if needle.encode(encoding) in data:
                    found.append(f"{path.name} ({encoding})")
    return found


def write_everything(vault) -> None:
    journal = JournalService(vault)
    record = journal.create(
        f"body {MARKER}", title=f"title {MARKER}", tags=[MARKER], day=date(2019, 7, 23)
    )
    journal.edit(record.id, body=f"edited {MARKER} again")
    journal.delete(journal.create(f"deleted {MARKER}").id)
    CheckInService(vault).add(7, note=f"note {MARKER}", emotions=[MARKER])
    JourneyService(vault).add(
        datetime(2019, 7, 23, 10, 0),
        session=SessionLog(provider=f"provider {MARKER}", route="IM", dose_mg=61.5),
        intention=f"intention {MARKER}",
        notes=f"notes {MARKER}",
    )


def test_no_plaintext_in_the_database_or_its_wal_while_open(vault):
    write_everything(vault)
    assert (vault.folder / "vault.db-wal").exists()
    assert leaks(vault.folder, MARKER) == []


def test_no_plaintext_after_locking(vault):
    write_everything(vault)
    vault.lock()
    for needle in (MARKER, "2019-07-23", "61.5", "entry", "checkin", "journey"):
        assert leaks(vault.folder, needle) == [], needle
