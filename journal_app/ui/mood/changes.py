"""Changing and trashing check-ins and questionnaire results from the Mood page."""

from __future__ import annotations

from dataclasses import asdict

from journal_app.domain.checkin import CheckIn
from journal_app.domain.records import Record
from journal_app.services.bundle import Services


def update_checkin(services: Services, record_id: str, changed: CheckIn) -> Record:
    """Store an edited check-in (its time stays), keeping the old one as a revision."""
    fields = asdict(changed)
    fields.pop("at")
    return services.checkins.update(record_id, **fields)


def set_trashed(services: Services, record_id: str, kind: str, trashed: bool) -> Record:
    """Move a check-in or questionnaire result to the Trash, or bring it back."""
    service = services.checkins if kind == "checkin" else services.assessments
    return service.delete(record_id) if trashed else service.undelete(record_id)
