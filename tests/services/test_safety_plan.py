"""The safety plan service: one plan, saved whole, earlier versions kept, locked refused."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from journal_app.backup.exports import SAFETY_PLAN_FILE, export_json, markdown_files
from journal_app.backup.import_afterglow import parse_afterglow_json
from journal_app.domain.errors import DiskFull, VaultLocked
from journal_app.domain.records import Record
from journal_app.domain.revision import REVISIONS_KEPT
from journal_app.domain.safety_plan import MAX_STEP, SafetyPlan
from journal_app.services.bundle import Services
from journal_app.services.safety_plan import SafetyPlanService
from journal_app.services.search import SearchService
from tests.conftest import PASSPHRASE

SIGNS = "Not sleeping, skipping meals"
NOW = "2026-03-14T18:30:00.000Z"


@pytest.fixture
def plans(vault) -> SafetyPlanService:
    return SafetyPlanService(vault)


def test_a_journal_without_a_plan_gives_an_empty_one(plans):
    assert plans.get() == SafetyPlan()
    assert plans.get().empty
    assert plans.record() is None
    assert plans.revisions() == []


def test_a_saved_plan_comes_back_after_lock_and_unlock(plans, vault):
    plans.save(SafetyPlan(warning_signs=SIGNS, people_to_ask="Ana 07700 900123"))
    vault.lock()
    vault.unlock(PASSPHRASE)
    again = SafetyPlanService(vault).get()
    assert again.warning_signs == SIGNS and again.people_to_ask == "Ana 07700 900123"


def test_the_plan_is_one_record_and_each_save_keeps_the_one_before(plans, vault):
    first = plans.save(SafetyPlan(warning_signs="first"))
    second = plans.save(SafetyPlan(warning_signs="second"))
    assert first.id == second.id and second.rev == 2
    assert len(vault.store.of_kind("safety_plan")) == 1
    [earlier] = plans.revisions()
    assert earlier.data.snapshot["data"]["warning_signs"] == "first"


def test_a_save_that_changes_nothing_keeps_no_version(plans):
    plans.save(SafetyPlan(coping_alone="walk"))
    plans.save(SafetyPlan(coping_alone="walk"))
    assert plans.revisions() == []


def test_saving_in_place_keeps_no_version_for_later_saves_of_one_sitting(plans):
    plans.save(SafetyPlan(coping_alone="one"))
    plans.save(SafetyPlan(coping_alone="two"), keep_revision=True)
    plans.save(SafetyPlan(coping_alone="three"), keep_revision=False)
    assert [r.data.snapshot["data"]["coping_alone"] for r in plans.revisions()] == ["one"]
    assert plans.get().coping_alone == "three"


def test_only_the_last_versions_are_kept_as_for_entries(plans):
    for n in range(REVISIONS_KEPT + 5):
        plans.save(SafetyPlan(distractions=f"v{n}"))
    assert len(plans.revisions()) == REVISIONS_KEPT


def test_a_locked_journal_is_refused(plans, vault):
    vault.lock()
    with pytest.raises(VaultLocked):
        plans.get()
    with pytest.raises(VaultLocked):
        plans.save(SafetyPlan(warning_signs="x"))


def test_a_full_disk_changes_nothing_and_says_so(plans, vault, monkeypatch):
    plans.save(SafetyPlan(warning_signs="kept"))
    store = vault.store

    def full(*_args, **_kwargs):
        raise DiskFull()

    monkeypatch.setattr(store._repository, "save", full)
    with pytest.raises(DiskFull, match="The disk is full"):
        plans.save(SafetyPlan(warning_signs="lost?"))
    assert plans.get().warning_signs == "kept"


def test_the_services_bundle_offers_the_plan(vault):
    services = Services.over(vault)
    services.safety_plan.save(SafetyPlan(professionals="Dr Rowan"))
    assert services.safety_plan.get().professionals == "Dr Rowan"


def second_plan(text: str, stamp: str, record_id: str = "b" * 32) -> Record:
    """A plan from another journal, as a merge of its backup would bring it."""
    record = Record.create(SafetyPlan(warning_signs=text), stamp, record_id=record_id)
    return replace(record, updated_at=stamp)


def test_two_plans_after_a_merge_show_the_newest_and_keep_the_other_as_a_version(plans, vault):
    mine = plans.save(SafetyPlan(warning_signs="mine, older"))
    vault.store.put_many([second_plan("theirs, newer", "2027-01-01T00:00:00.000Z")])
    assert plans.get().warning_signs == "theirs, newer"
    plans.save(SafetyPlan(warning_signs="theirs, edited"))
    [kept] = vault.store.of_kind("safety_plan")
    assert kept.id == "b" * 32 and kept.data.warning_signs == "theirs, edited"
    earlier = [r.data.snapshot["data"]["warning_signs"] for r in plans.revisions()]
    assert sorted(earlier) == ["mine, older", "theirs, newer"]
    assert all(r.data.record_id == kept.id for r in plans.revisions())
    assert mine.id not in {r.id for r in vault.store.all()}
    # A later version can be made current again, as for entries.
    older = next(r for r in plans.revisions() if "mine" in json.dumps(r.data.snapshot))
    vault.store.restore_revision(older.id)
    assert plans.get().warning_signs == "mine, older"


def test_a_plan_in_the_trash_is_not_the_plan(plans, vault):
    record = plans.save(SafetyPlan(warning_signs="trashed"))
    vault.store.set_deleted(record.id, True)
    assert plans.get().empty


def test_the_plan_is_in_the_json_export(plans, vault, tmp_path):
    plans.save(SafetyPlan(safer_surroundings="Pills to Sam"))
    path = tmp_path / "export.json"
    export_json(vault.store.all(), path, exported=NOW)
    records = json.loads(path.read_text())["records"]
    [plan] = [r for r in records if r["kind"] == "safety_plan"]
    assert plan["data"]["safer_surroundings"] == "Pills to Sam"


def test_the_markdown_export_has_a_readable_plan_page_in_order(plans, vault):
    plans.save(SafetyPlan(warning_signs=SIGNS, professionals="Dr Rowan"))
    page = markdown_files(vault.store.all(), NOW)[SAFETY_PLAN_FILE]
    assert page.startswith("# My safety plan\n")
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert headings[0] == "## 1. Signs a hard time is coming"
    assert headings[5] == "## 6. Making my surroundings safer"
    assert SIGNS in page and "Dr Rowan" in page and "(empty)" in page


def test_no_plan_no_plan_page(vault):
    assert SAFETY_PLAN_FILE not in markdown_files(vault.store.all(), NOW)


def test_search_never_finds_the_plan(plans, vault):
    plans.save(SafetyPlan(warning_signs="lanternmoss"))
    assert SearchService(vault).search("lanternmoss") == []


def test_a_json_export_brings_the_plan_back_checked_as_if_typed(plans, vault, tmp_path):
    plans.save(SafetyPlan(people_to_ask="Ana"))
    path = tmp_path / "export.json"
    export_json(vault.store.all(), path, exported=NOW)
    document = json.loads(path.read_text())
    [raw] = [r for r in document["records"] if r["kind"] == "safety_plan"]
    raw["data"]["coping_alone"] = "x" * (MAX_STEP + 1)  # a hand-edited, hostile export
    hostile = tmp_path / "hostile.json"
    hostile.write_text(json.dumps(document))

    read = parse_afterglow_json(path)
    [plan] = [r for r in read.records if r.kind == "safety_plan"]
    assert plan.data.people_to_ask == "Ana"
    refused = parse_afterglow_json(hostile)
    assert not [r for r in refused.records if r.kind == "safety_plan"]
    assert any("Step 2 of the safety plan" in s.reason for s in refused.skipped)
