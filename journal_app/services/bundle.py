"""Every service the window needs, built once over one vault and handed down."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from journal_app.crypto.kdf import KdfParams, calibrate
from journal_app.domain.clock import Clock, utc_now
from journal_app.services.assessments import AssessmentService
from journal_app.services.backups import BackupService
from journal_app.services.checkins import CheckInService
from journal_app.services.journal import JournalService
from journal_app.services.journeys import JourneyService
from journal_app.services.mood import MoodService
from journal_app.services.questions import QuestionsService
from journal_app.services.safety_plan import SafetyPlanService
from journal_app.services.search import SearchService
from journal_app.services.settings import SettingsService
from journal_app.services.vault import VaultService
from journal_app.services.weekly_check import WeeklyCheckService


@dataclass(frozen=True)
class Services:
    """The use cases over one vault."""

    vault: VaultService
    journal: JournalService
    search: SearchService
    checkins: CheckInService
    journeys: JourneyService
    settings: SettingsService
    assessments: AssessmentService
    mood: MoodService
    backups: BackupService
    safety_plan: SafetyPlanService
    weekly_check: WeeklyCheckService
    questions: QuestionsService

    @classmethod
    def build(
        cls,
        folder: Path,
        *,
        kdf_params: Callable[[], KdfParams] = calibrate,
        clock: Clock = utc_now,
    ) -> Services:
        return cls.over(VaultService(folder, kdf_params=kdf_params, clock=clock))

    @classmethod
    def over(cls, vault: VaultService) -> Services:
        """The services over an existing vault service (the command line's, say)."""
        return cls(
            vault=vault,
            journal=JournalService(vault),
            search=SearchService(vault),
            checkins=CheckInService(vault),
            journeys=JourneyService(vault),
            settings=SettingsService(vault),
            assessments=AssessmentService(vault),
            mood=MoodService(vault),
            backups=BackupService(vault),
            safety_plan=SafetyPlanService(vault),
            weekly_check=WeeklyCheckService(vault),
            questions=QuestionsService(vault),
        )
