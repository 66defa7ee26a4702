"""How the golden format-1 vaults in tests/storage/golden_vault/ were made, once.

They are written through the services, exactly as the app writes a journal, by
:func:`make_golden_vaults`, which only ever writes what is missing and never replaces a
file. tests/storage/test_golden_vault.py reads them; see docs/vault-format.md, "Golden
vaults".

v1-full and v1-empty were made by format 1 as committed in 90b52e1, from a clean copy
(``git archive 90b52e1``) so that no change in progress leaked into them; v2-full and
v2-empty by format 2 as committed in f915233 (with NAMES and the ``-full`` rule
below added), the same way. Passphrase:
PASSPHRASE below; recovery key: ``<name>.recovery-key.txt`` beside each vault.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from journal_app.crypto.kdf import KdfParams
from journal_app.domain.assessment import Assessment
from journal_app.domain.journey import Preparation, SessionLog, TimedNote
from journal_app.domain.safety_plan import SafetyPlan
from journal_app.domain.session_card import SideEffect, Vital
from journal_app.services.bundle import Services
from journal_app.storage.database import SCHEMA_VERSION
from journal_app.storage.vault_file import FORMAT_VERSION, VAULT_NAME

GOLDEN = Path(__file__).resolve().parent / "golden_vault"
PASSPHRASE = "golden vault passphrase"
KDF = KdfParams(bytes(range(16, 32)), memory_kib=64, iterations=1, lanes=1)
FORMAT_1 = ("v1-full", "v1-empty")
FORMAT_2 = ("v2-full", "v2-empty")
NAMES = FORMAT_1 + FORMAT_2


class SteppingClock:
    """A clock the builder sets by hand, so every timestamp is a chosen one."""

    def __init__(self, start: datetime) -> None:
        self.at = start

    def __call__(self) -> datetime:
        return self.at

    def to(self, year: int, month: int, day: int, hour: int, minute: int) -> None:
        """Set the clock to a UTC time; it never goes backwards."""
        moment = datetime(year, month, day, hour, minute, 0, 250000, tzinfo=UTC)
        assert moment >= self.at
        self.at = moment

    def step(self, **delta: float) -> None:
        self.at += timedelta(**delta)


def _fill(services: Services, clock: SteppingClock) -> None:
    """Write one of every record kind the app stores, with history and a Trash."""
    journal, store = services.journal, services.vault.store
    clock.to(2026, 2, 27, 19, 5)
    services.settings.set("region", "uk")
    services.settings.set("auto_lock_minutes", 15)
    services.settings.set("clinic_phone", "+44 20 7946 0000")
    services.settings.set("checkin_reminder", True)

    clock.to(2026, 3, 1, 7, 12)
    journal.create(
        "Morning pages. The garden smelled of rain — felt 🙂.",
        day=datetime(2026, 3, 1).date(),
        title="First page",
        tags=["morning", "garden"],
        mood=7,
    )
    clock.to(2026, 3, 1, 22, 30)
    journal.create(
        "Something only for me: the letter I never sent.",
        day=datetime(2026, 3, 1).date(),
        title="Private",
        private=True,
    )
    clock.to(2026, 3, 2, 8, 0)
    edited = journal.create(
        "Slept badly. The fog is back.", day=datetime(2026, 3, 2).date(), mood=3
    )
    clock.to(2026, 3, 2, 13, 20)
    journal.edit(edited.id, body="Slept badly. The fog lifted by lunch.", tags=["sleep"])
    clock.to(2026, 3, 2, 21, 45)
    journal.edit(edited.id, body="Slept badly. The fog lifted by lunch; I called my sister.")
    clock.to(2026, 3, 3, 12, 0)
    draft = journal.create("A draft I don't want to keep.", day=datetime(2026, 3, 3).date())
    clock.step(minutes=30)
    journal.delete(draft.id)

    checkins = services.checkins
    clock.to(2026, 3, 3, 21, 41)
    checkins.add(
        6,
        at=datetime(2026, 3, 3, 21, 40),
        anxiety=3,
        energy=4,
        sleep_hours=7.5,
        sleep_quality=4,
        emotions=["calm", "tender"],
        note="Quiet evening.",
    )
    clock.to(2026, 3, 4, 9, 16)
    checkins.add(4, at=datetime(2026, 3, 4, 9, 15))
    clock.to(2026, 3, 4, 10, 1)
    mistaken = checkins.add(2, at=datetime(2026, 3, 4, 10, 0))
    clock.step(minutes=1)
    checkins.delete(mistaken.id)

    clock.to(2026, 3, 4, 19, 20)
    services.assessments.take("phq9", [1, 1, 0, 2, 1, 0, 1, 0, 0], datetime(2026, 3, 4, 19, 0))
    services.assessments.take(
        "gad7", [1, 2, 1, 0, 1, 1, 0], datetime(2026, 3, 4, 19, 5), difficulty=1
    )
    services.assessments.take("who5", [3, 3, 2, 4, 3], datetime(2026, 3, 4, 19, 10))
    services.assessments.take(
        "pcl5", [1] * 10 + [0] * 10, datetime(2026, 3, 4, 19, 15), event_note="The car"
    )
    # A result as a version-1 questionnaire left it (no difficulty, no event note).
    store.add(Assessment("phq9", 1, datetime(2026, 2, 20, 18, 0), (0,) * 9, 0, "minimal"))

    journeys = services.journeys
    started = datetime(2026, 3, 6, 10, 5)
    session = SessionLog(
        start=started,
        onset=started + timedelta(minutes=4),
        peak=started + timedelta(minutes=25),
        end=started + timedelta(minutes=55),
        setting="clinic",
        route="IV",
        provider="Dr. Okafor",
        sitter_present=True,
        music="Clinic playlist",
        intensity=7,
        dissociation=6,
        body="Heavy arms, warm chest.",
        notes=(TimedNote(started + timedelta(minutes=35), "Ocean. Colours like 🌊."),),
        narrative="It started slowly and then the room went soft.",
        medicine="ketamine",
        dose_mg_per_kg=0.5,
        weight_kg=71.0,
        infusion_minutes=40,
        clear_at=started + timedelta(hours=3),
    )
    clock.to(2026, 3, 6, 13, 30)
    journey = journeys.add(started, session=session, intention="Meet what comes with kindness.")
    clock.step(minutes=10)
    prepared = replace(
        journeys.get(journey.id).data,
        preparation=Preparation(
            checked=("prep-prescriber", "prep-fasting"),
            custom_items=(("own-1", "Bring the blue blanket"),),
            screening={"medications": "Sertraline 50 mg"},
        ),
        aftercare=("after-rest", "after-water-meal"),
    )
    journeys.save(journey.id, prepared)
    journeys.add_vital(journey.id, Vital("before", 128, 82, 70))
    journeys.add_vital(journey.id, Vital("40min", 151, 94))
    journeys.set_side_effect(journey.id, SideEffect("nausea", "mild", started + timedelta(hours=2)))
    clock.to(2026, 3, 6, 15, 0)
    journeys.answer(journey.id, "0h", "int-0h-images", "A door in a field.", starred=True)
    clock.to(2026, 3, 7, 9, 30)
    journeys.answer(journey.id, "1d", "int-1d-sleep", "Slept nine hours.")
    course_id = journeys.get(journey.id).data.course_id
    journeys.courses.set(course_id, kind="induction", planned=6)
    clock.to(2026, 3, 12, 19, 0)
    journeys.courses.answer(course_id, "course-week-1", "int-cw-days", "Calmer mornings.")
    journeys.add(datetime(2026, 3, 27, 10, 0), intention="Second session")

    clock.to(2026, 3, 12, 20, 1)
    services.weekly_check.record(
        datetime(2026, 3, 12, 20, 0), bladder=False, unreal=True, memory=None, note="Foggy"
    )
    services.questions.add("Can I take my sertraline on session mornings?")
    services.questions.add("Is the nausea worth mentioning?")
    services.questions.set_done(1, True)
    plan = SafetyPlan(warning_signs="Not sleeping", people_to_ask="Sam")
    services.safety_plan.save(plan)
    clock.to(2026, 3, 13, 9, 0)
    services.safety_plan.save(replace(plan, professionals="Clinic crisis line"))


def expected(services: Services) -> dict[str, Any]:
    """Every record as stored, with the Trash and each record's earlier versions."""
    store = services.vault.store
    records = sorted((r.to_dict() for r in store.all()), key=lambda r: r["id"])
    kept = {r["id"]: store.revisions(r["id"]) for r in records if r["kind"] != "revision"}
    return {
        "vault_id": services.vault.vault_id,
        "format": FORMAT_VERSION,
        "schema_version": SCHEMA_VERSION,
        "records": records,
        "in_trash": sorted(r["id"] for r in records if r["deleted_at"] is not None),
        "earlier_versions": {
            record_id: [r.data.snapshot["rev"] for r in revisions]
            for record_id, revisions in sorted(kept.items())
            if revisions
        },
    }


def _build(name: str, folder: Path) -> tuple[str, dict[str, Any]]:
    """Make the vault ``name`` in ``folder``; return its recovery code and expectation."""
    clock = SteppingClock(datetime(2026, 2, 27, 19, 0, 0, 250000, tzinfo=UTC))
    services = Services.build(folder, kdf_params=lambda: KDF, clock=clock)
    code = services.vault.create(PASSPHRASE)
    if name.endswith("-full"):
        _fill(services, clock)
    described = expected(services)
    services.vault.lock()
    return code, described


def make_golden_vaults(folder: Path = GOLDEN) -> list[Path]:
    """Write whichever golden vaults are missing; never replace a file that exists."""
    written: list[Path] = []
    for name in NAMES:
        vault = folder / name / VAULT_NAME
        key = folder / f"{name}.recovery-key.txt"
        described = folder / f"{name}.expected.json"
        if vault.exists() or key.exists() or described.exists():
            continue
        with tempfile.TemporaryDirectory() as temp:
            code, expectation = _build(name, Path(temp) / "journal")
            vault.parent.mkdir(parents=True)
            shutil.copyfile(Path(temp) / "journal" / VAULT_NAME, vault)
        key.write_text(code + "\n", encoding="utf-8")
        text = json.dumps(expectation, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        described.write_text(text, encoding="utf-8")
        written += [vault, key, described]
    return written
