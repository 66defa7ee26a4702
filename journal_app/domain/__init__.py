"""Pure records and rules: no I/O, no Qt, only the standard library."""

from journal_app.domain.assessment import Assessment
from journal_app.domain.checkin import CheckIn
from journal_app.domain.course import Course
from journal_app.domain.entry import Entry
from journal_app.domain.journey import Journey
from journal_app.domain.questions import PrescriberQuestions
from journal_app.domain.records import Record
from journal_app.domain.revision import Revision, Setting
from journal_app.domain.safety_plan import SafetyPlan
from journal_app.domain.weekly_check import WeeklyCheck

__all__ = [
    "Assessment",
    "CheckIn",
    "Course",
    "Entry",
    "Journey",
    "PrescriberQuestions",
    "Record",
    "Revision",
    "SafetyPlan",
    "Setting",
    "WeeklyCheck",
]
