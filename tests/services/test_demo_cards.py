"""The demo journal's safety cards, weekly checks and questions for the prescriber."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from journal_app.domain.course import INDUCTION, MAINTENANCE
from journal_app.domain.journey import SessionLog
from journal_app.domain.questions import HIGH_DIASTOLIC, HIGH_SYSTOLIC
from journal_app.services.courses import CourseService
from journal_app.services.journeys import JourneyService
from journal_app.services.questions import QuestionsService
from journal_app.services.vault import VaultService
from journal_app.services.weekly_check import WeeklyCheckService
from tests.services.demo_journals import make_demo


def _held(vault: VaultService, kind: str | None = None) -> list[SessionLog]:
    found = []
    for view in CourseService(vault).courses():
        if kind is None or view.kind == kind:
            found += [r.data.session for r in view.journeys if r.data.session.start is not None]
    return found


def _reading(log: SessionLog, at: str) -> tuple[int, int]:
    (vital,) = [v for v in log.vitals if v.at == at]
    return vital.systolic, vital.diastolic


def _minutes(log: SessionLog, moment: Any) -> float:
    return (moment - log.start).total_seconds() / 60


def test_every_session_held_has_a_medicine_and_a_card(demo):
    sessions = _held(demo)
    assert len(sessions) >= 14
    for log in sessions:
        assert log.medicine in ("ketamine", "esketamine")
        assert log.dose_given_mg is not None and log.dose_words
        assert len(log.vitals) >= 3 and log.side_effects and log.clear_at is not None
        assert all(e.severity in ("mild", "moderate") for e in log.side_effects)


def test_the_induction_is_iv_ketamine_by_weight_over_forty_minutes(demo):
    sessions = _held(demo, INDUCTION)
    assert len(sessions) == 6
    for log in sessions:
        assert (log.medicine, log.route, log.setting) == ("ketamine", "IV", "clinic")
        assert log.dose_mg is None and log.dose_mg_per_kg == 0.5
        assert 65 <= log.weight_kg <= 75 and log.infusion_minutes == 40
        assert log.dose_words.startswith("0.5 mg/kg × ") and "over 40 minutes" in log.dose_words
        assert 60 <= _minutes(log, log.clear_at) <= 100
        assert all(_minutes(log, e.until) <= 120 for e in log.side_effects)


def test_induction_blood_pressure_rises_at_forty_minutes_then_settles(demo):
    peaks = []
    for log in _held(demo, INDUCTION):
        before, at_40, leaving = (_reading(log, at) for at in ("before", "40min", "leaving"))
        assert 120 <= before[0] <= 135 and 75 <= before[1] <= 85
        assert 10 <= at_40[0] - before[0] <= 25 and at_40[1] > before[1]
        assert leaving[0] < at_40[0] and abs(leaving[0] - before[0]) <= 5
        peaks.append(at_40)
    high = [p for p in peaks if p[0] >= 147]
    assert len(high) == 1 and 148 <= high[0][0] <= 152 and 93 <= high[0][1] <= 96
    assert all(s < HIGH_SYSTOLIC and d < HIGH_DIASTOLIC for s, d in peaks)  # never a crisis


def test_the_boosters_are_spravato_in_the_clinic_but_one_at_home(demo):
    boosters = _held(demo, MAINTENANCE)
    spray = [log for log in boosters if log.route == "intranasal"]
    assert len(spray) == len(boosters) - 1
    assert spray[0].devices == 2 and all(log.devices == 3 for log in spray[1:])
    for log in spray:
        assert (log.medicine, log.setting, log.dose_mg) == ("esketamine", "clinic", None)
        assert log.dose_given_mg == 28 * log.devices
        assert [v.at for v in log.vitals] == ["before", "40min", "leaving"]
        assert _reading(log, "40min")[0] > _reading(log, "before")[0]


def test_one_booster_is_a_lozenge_at_home_with_a_sitter_taking_blood_pressure(demo):
    (home,) = [log for log in _held(demo) if log.setting == "home"]
    assert (home.medicine, home.route, home.dose_mg, home.hold_minutes) == (
        "ketamine",
        "lozenge",
        200.0,
        15,
    )
    assert home.sitter_present and home.dose_words == "200 mg lozenge held 15 minutes"
    times = [v.at for v in home.vitals]
    assert len(times) == 3 and all(len(t) == 5 and t[2] == ":" for t in times)
    assert times[0] < f"{home.start:%H:%M}" < times[1] < times[2]
    (journey,) = [
        r.data for r in JourneyService(demo).journeys() if r.data.session.start == home.start
    ]
    assert journey.preparation.screening["sitter"] == "Sam"


def test_weekly_checks_in_the_induction_are_mostly_no_with_one_week_unreal(demo):
    (induction,) = [v for v in CourseService(demo).courses() if v.kind == INDUCTION]
    checks = [r.data for r in WeeklyCheckService(demo).checks()]
    during = [c for c in checks if c.course_id == induction.id]
    assert len(during) >= 3 and len(checks) > len(during)
    answers = [a for c in checks for a in c.answers().values() if a is not None]
    assert sum(answers) == 1  # one "yes" in all of them
    unreal = next(i for i, c in enumerate(during) if c.unreal)
    assert 0 < unreal < len(during) - 1 and during[unreal].note
    assert during[unreal + 1].unreal is False and "gone" in during[unreal + 1].note
    first = induction.journeys[0].data.session.start
    assert all(timedelta(0) < c.at - first <= timedelta(days=35) for c in during)


def test_the_questions_list_holds_the_persons_own_questions(demo):
    service = QuestionsService(demo)
    items = service.items()
    assert 2 <= len(items) <= 3 and all(i.text.endswith("?") for i in items)
    assert sum(i.done for i in items) == 1
    assert any("lorazepam" in i.text for i in items)
    suggested = [s.text for s in service.suggestions()]
    assert "Ask about the timing of lorazepam around sessions." in suggested


def test_preparation_notes_name_the_medicines_taken(demo):
    notes = [r.data.preparation.screening["medications"] for r in JourneyService(demo).journeys()]
    assert all("sertraline 100 mg" in n.lower() and "lorazepam" in n.lower() for n in notes)


def test_the_demo_cards_are_the_same_for_the_same_seed(tmp_path):
    def cards(folder: str, seed: int) -> list[Any]:
        vault = make_demo(tmp_path / folder, seed, 1)
        journeys = [r.data.session.to_data() for r in JourneyService(vault).journeys()]
        checks = [r.data.to_data() for r in WeeklyCheckService(vault).checks()]
        found = [journeys, checks, QuestionsService(vault).get().to_data()]
        vault.lock()
        return found

    assert cards("a", 5) == cards("b", 5)
    assert cards("c", 5)[0] != cards("d", 6)[0]
