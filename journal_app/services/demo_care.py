"""The demo's safety cards, weekly checks and questions for the prescriber.

The story: an induction of IV ketamine at the clinic (0.5 mg/kg over 40 minutes; blood
pressure up at the 40-minute reading, once to about 150/95, and down again by leaving),
then maintenance boosters of esketamine nasal spray at the clinic, one of them taken at
home as a lozenge with a sitter checking blood pressure. Weekly checks during the
induction are mostly "no", with one week of feeling unreal that then lifts. Every number
is part of a plausible record, never a recommendation.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from journal_app.domain.questions import PrescriberQuestions, QuestionItem
from journal_app.domain.session_card import SideEffect, Vital
from journal_app.domain.weekly_check import WeeklyCheck

IV_KETAMINE, ESKETAMINE, LOZENGE = "iv-ketamine", "esketamine", "lozenge"
# (setting, route) of each treatment: the checklists are chosen by them.
SETTING_ROUTE = {
    IV_KETAMINE: ("clinic", "IV"),
    ESKETAMINE: ("clinic", "intranasal"),
    LOZENGE: ("home", "lozenge"),
}

MG_PER_KG = 0.5
INFUSION_MINUTES = 40
WEIGHTS_KG = (69.0, 69.5, 70.0, 70.5, 71.0)  # weighed at each visit
LOZENGE_MG = 200.0
HOLD_MINUTES = 15
HOME_SITTER = "Sam"

BEFORE_SYSTOLIC, BEFORE_DIASTOLIC, BEFORE_PULSE = (120, 135), (75, 85), (64, 80)
HIGH_READING = ((148, 152), (93, 96))  # the one induction session's 40-minute peak
USUAL_PEAK = 146  # every other 40-minute systolic stays at or below this

MEDICATIONS = (
    "Sertraline 100 mg in the morning; lorazepam 0.5 mg at night sometimes.",
    "Same as usual: sertraline 100 mg, lorazepam 0.5 mg at night sometimes.",
    "Sertraline 100 mg. Lorazepam 0.5 mg now and then at night.",
)
HOME_NOTES = (
    (0, "Sam took my blood pressure at the kitchen table and wrote it on the card"),
    (3, "lozenge in my cheek, timer on for fifteen minutes, bitter"),
    (25, "sofa, blanket, the same playlist as the clinic"),
    (45, "Sam checked my blood pressure again; said it was on the card"),
    (70, "a bit sleepy, Sam reading in the armchair, pages turning"),
)
HOME_NARRATIVE = (
    "The first booster at home. Sam took my blood pressure at the kitchen table and wrote "
    "it on the card, then set a timer while I held the lozenge in my cheek for fifteen "
    "minutes. It tasted bitter and made my mouth numb. Then the sofa, the blanket and the "
    "mask. It came on more slowly than at the clinic, a soft heaviness rather than a drop, "
    "and it was gentler all the way through. Sam checked my blood pressure again at the "
    "times on the card and it was fine. By lunchtime I felt clear, and very hungry."
)
QUESTIONS = (
    ("Should I keep taking my evening lorazepam the night before a session?", True),
    ("Is it expected that my blood pressure goes up at the 40-minute check?", False),
    (
        "What reading should Sam call the clinic about when he checks my blood pressure at home?",
        False,
    ),
)


@dataclass(frozen=True, slots=True)
class CardTimes:
    """When a treatment's effects begin, peak and end, and when the person feels clear."""

    onset: tuple[int, int]  # minutes after the start
    peak: tuple[int, int]
    end: tuple[int, int]
    clear: tuple[int, int]


TIMES = {
    IV_KETAMINE: CardTimes((3, 8), (20, 35), (45, 60), (60, 100)),
    ESKETAMINE: CardTimes((5, 15), (25, 40), (60, 85), (90, 120)),
    LOZENGE: CardTimes((10, 20), (40, 60), (90, 115), (120, 150)),
}
# The person's 0-10 ratings of intensity and dissociation: (low, high) of each.
RATINGS = {IV_KETAMINE: ((4, 9), (3, 9)), ESKETAMINE: ((4, 8), (3, 8)), LOZENGE: ((3, 6), (2, 5))}
MODERATE_FROM = 7  # a dissociation rated this high or more is logged as moderate
# name -> (chance, lifted: minutes after the start). Dissociation is always logged, mild
# or moderate by its rating; each lifts by the time the person feels clear, but nausea
# may linger a little.
EFFECTS: dict[str, dict[str, tuple[float, tuple[int, int]]]] = {
    IV_KETAMINE: {
        "dissociation": (1.0, (50, 90)),
        "nausea": (0.35, (60, 120)),
        "dizziness": (0.35, (60, 110)),
    },
    ESKETAMINE: {
        "dissociation": (1.0, (60, 100)),
        "sedation": (0.4, (70, 120)),
        "dizziness": (0.35, (60, 110)),
        "nausea": (0.3, (60, 120)),
        "feeling_drunk": (0.15, (60, 100)),
    },
    LOZENGE: {
        "dissociation": (1.0, (60, 90)),
        "sedation": (1.0, (100, 150)),
        "dizziness": (0.5, (70, 110)),
    },
}
LINGERS = ("nausea",)


def _after(at: datetime, rng: random.Random, bounds: tuple[int, int]) -> datetime:
    return at + timedelta(minutes=rng.randint(*bounds))


def _clock(at: datetime) -> str:
    return f"{at:%H:%M}"


class DemoCare:
    """Writes the demo's cards and care records from the shared random generator."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def card(
        self, treatment: str, at: datetime, *, devices: int = 3, high: bool = False
    ) -> dict[str, Any]:
        """A session's card as SessionLog fields: times, medicine, dose, vitals, effects.

        ``devices`` counts esketamine sprays; ``high`` marks the induction session whose
        40-minute reading reaches about 150/95.
        """
        rng = self._rng
        times = TIMES[treatment]
        setting, route = SETTING_ROUTE[treatment]
        clear = _after(at, rng, times.clear)
        intensity, dissociation = (rng.randint(*bounds) for bounds in RATINGS[treatment])
        fields: dict[str, Any] = {
            "onset": _after(at, rng, times.onset),
            "peak": _after(at, rng, times.peak),
            "end": _after(at, rng, times.end),
            "clear_at": clear,
            "setting": setting,
            "route": route,
            "intensity": intensity,
            "dissociation": dissociation,
            "side_effects": self._effects(treatment, at, clear, dissociation),
        }
        if treatment == IV_KETAMINE:
            fields |= {
                "medicine": "ketamine",
                "dose_mg_per_kg": MG_PER_KG,
                "weight_kg": rng.choice(WEIGHTS_KG),
                "infusion_minutes": INFUSION_MINUTES,
                "vitals": self._clinic_vitals(at, (10, 25), high),
            }
        elif treatment == ESKETAMINE:
            fields |= {
                "medicine": "esketamine",
                "devices": devices,
                "vitals": self._clinic_vitals(at, (8, 20), False),
            }
        else:
            fields |= {
                "medicine": "ketamine",
                "dose_mg": LOZENGE_MG,
                "hold_minutes": HOLD_MINUTES,
                "sitter_present": True,
                "vitals": self._sitter_vitals(at),
            }
        return fields

    def _before(self) -> tuple[int, int, int]:
        rng = self._rng
        return (
            rng.randint(*BEFORE_SYSTOLIC),
            rng.randint(*BEFORE_DIASTOLIC),
            rng.randint(*BEFORE_PULSE),
        )

    def _clinic_vitals(self, at: datetime, rise: tuple[int, int], high: bool) -> tuple[Vital, ...]:
        """Before, up at 40 minutes, and back down by leaving; a high one rechecked."""
        rng = self._rng
        systolic, diastolic, pulse = self._before()
        if high:
            peak = (rng.randint(*HIGH_READING[0]), rng.randint(*HIGH_READING[1]))
            systolic = max(systolic, peak[0] - rise[1])  # a rise like the others, from higher
        else:
            rose = rng.randint(rise[0], min(rise[1], USUAL_PEAK - systolic))
            peak = (systolic + rose, min(diastolic + rng.randint(3, 8), 90))
        readings = [
            Vital("before", systolic, diastolic, pulse),
            Vital("40min", *peak, pulse + rng.randint(2, 10)),
        ]
        if high:  # the nurse looked again a quarter of an hour later
            again = at + timedelta(minutes=55)
            readings.append(
                Vital(_clock(again), peak[0] - rng.randint(8, 12), peak[1] - 5, pulse + 4)
            )
        readings.append(
            Vital(
                "leaving",
                systolic + rng.randint(-4, 5),
                diastolic + rng.randint(-3, 3),
                pulse + rng.randint(-3, 3),
            )
        )
        return tuple(readings)

    def _sitter_vitals(self, at: datetime) -> tuple[Vital, ...]:
        """The sitter's readings at home, at the clock times on the card."""
        rng = self._rng
        systolic, diastolic, pulse = self._before()
        return (
            Vital(_clock(at - timedelta(minutes=10)), systolic, diastolic, pulse),
            Vital(
                _clock(at + timedelta(minutes=45)),
                systolic + rng.randint(6, 12),
                diastolic + rng.randint(2, 6),
                pulse + rng.randint(0, 6),
            ),
            Vital(
                _clock(at + timedelta(minutes=120)),
                systolic + rng.randint(-3, 4),
                diastolic + rng.randint(-2, 2),
                pulse + rng.randint(-4, 2),
            ),
        )

    def _effects(
        self, treatment: str, at: datetime, clear: datetime, dissociation: int
    ) -> tuple[SideEffect, ...]:
        rng = self._rng
        found = []
        for name, (chance, lifted) in EFFECTS[treatment].items():
            if rng.random() >= chance:
                continue
            strong = name == "dissociation" and dissociation >= MODERATE_FROM
            until = _after(at, rng, lifted)
            if name not in LINGERS:
                until = min(until, clear)
            found.append(SideEffect(name, "moderate" if strong else "mild", until))
        return tuple(found)

    def medications(self, note: str) -> str:
        """The preparation's medications line: the person's medicines, now and then a note."""
        line = self._rng.choice(MEDICATIONS)
        return f"{line} {note}" if self._rng.random() < 0.5 else line

    def home_notes(self, at: datetime) -> tuple[tuple[datetime, str], ...]:
        """The lines captured during the home session, at their moments."""
        return tuple((at + timedelta(minutes=minutes), text) for minutes, text in HOME_NOTES)


def weekly_checks(
    induction: list[datetime], induction_id: str, home: datetime | None, maintenance_id: str
) -> list[WeeklyCheck]:
    """A check a week into the induction, one the next week, one after; one after home.

    The second says a feeling of being unreal hasn't lifted; the third that it has.
    """
    first = induction[0].replace(hour=20, minute=30)
    checks = [
        WeeklyCheck(
            first + timedelta(days=6),
            bladder=False,
            unreal=False,
            memory=False,
            course_id=induction_id,
        ),
        WeeklyCheck(
            first + timedelta(days=13),
            bladder=False,
            unreal=True,
            memory=False,
            note="Since the last session things have looked a little far away, as if "
            "through glass. Told the nurse at the clinic.",
            course_id=induction_id,
        ),
        WeeklyCheck(
            first + timedelta(days=20),
            bladder=False,
            unreal=False,
            memory=False,
            note="The far-away feeling faded over a few days and has gone.",
            course_id=induction_id,
        ),
    ]
    if home is not None:
        checks.append(
            WeeklyCheck(
                home.replace(hour=20, minute=45) + timedelta(days=3),
                bladder=False,
                unreal=False,
                memory=False,
                extra_dose=False,
                course_id=maintenance_id,
            )
        )
    return checks


def prescriber_questions() -> PrescriberQuestions:
    """The person's own questions: the first asked already, the others still to ask."""
    return PrescriberQuestions(tuple(QuestionItem(text, done) for text, done in QUESTIONS))
