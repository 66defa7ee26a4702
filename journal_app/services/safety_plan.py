"""The personal safety plan: one per journal, saved whole, earlier versions kept."""

from __future__ import annotations

from journal_app.domain.records import Record
from journal_app.domain.revision import Revision
from journal_app.domain.safety_plan import SafetyPlan
from journal_app.services.vault import VaultService

KIND = SafetyPlan.KIND


def _newest(record: Record) -> tuple[str, int, str]:
    return (record.updated_at, record.rev, record.id)


class SafetyPlanService:
    """Read and save the plan over the unlocked vault (every call refuses a locked one).

    A journal holds one plan. A merge of another journal's backup can bring a second
    one: the newest is the plan, and the next save keeps the others as its earlier
    versions, so nothing anyone wrote is lost.
    """

    def __init__(self, vault: VaultService) -> None:
        self._vault = vault

    def _plans(self) -> list[Record]:
        """Every plan outside the Trash, newest first."""
        return sorted(self._vault.store.of_kind(KIND), key=_newest, reverse=True)

    def record(self) -> Record | None:
        """The plan's record, or None if no plan was ever saved."""
        plans = self._plans()
        return plans[0] if plans else None

    def get(self) -> SafetyPlan:
        """The plan as last saved, or an empty one."""
        record = self.record()
        return record.data if record is not None else SafetyPlan()

    def save(self, plan: SafetyPlan, *, keep_revision: bool = True) -> Record:
        """Save the whole plan in one write; the version it replaces is kept.

        ``keep_revision=False`` overwrites in place (see services/editing.py).
        """
        store = self._vault.store
        plans = self._plans()
        if not plans:
            return store.add(plan)
        current, others = plans[0], plans[1:]
        saved = store.update(current.id, plan, keep_revision=keep_revision)
        for other in others:
            self._fold(current.id, other)
        return saved

    def _fold(self, plan_id: str, other: Record) -> None:
        """Keep a second plan (and its history) as earlier versions of the plan."""
        store = self._vault.store
        kept = {
            (r.data.snapshot.get("id"), r.data.rev, r.data.snapshot.get("updated_at"))
            for r in store.revisions(plan_id)
        }
        snapshots = [other.to_dict()] + [r.data.snapshot for r in store.revisions(other.id)]
        now = store.now()
        new = [
            Record.create(Revision(plan_id, snapshot), now)
            for snapshot in snapshots
            if (snapshot["id"], snapshot["rev"], snapshot["updated_at"]) not in kept
        ]
        store.put_many(new)  # first, so a failure below leaves two copies, never none
        store.purge(other.id)

    def revisions(self) -> list[Record]:
        """Earlier versions of the plan, newest first."""
        record = self.record()
        return [] if record is None else self._vault.store.revisions(record.id)
