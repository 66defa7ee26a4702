"""A few plain sentences with numbers from the person's own entries; never a diagnosis."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from journal_app.domain.errors import NotFound
from journal_app.instruments.definitions import instrument
from journal_app.messages import QT_TRANSLATE_NOOP
from journal_app.services.bundle import Services
from journal_app.services.measurement import Measure
from journal_app.services.measurement_words import said
from journal_app.services.mood import JourneyEffect, SleepMood
from journal_app.ui.date_words import in_words
from journal_app.ui.messages import render
from journal_app.ui.named import named

EFFECTS_SHOWN = 3
LABEL = QT_TRANSLATE_NOOP("InsightsPanel", "Descriptive, from your own entries; not a diagnosis.")


def _day(day: date) -> str:
    return in_words(day, "d MMM yyyy")


def _n(value: float) -> str:
    return f"{value:.1f}"


def effect_sentence(effect: JourneyEffect, number: int) -> str:
    """Mood in the week before a session and the week after, in one sentence."""
    before, after = effect.before, effect.after[7]
    head = QCoreApplication.translate("Mood", "Session {n} ({day})").format(
        n=number, day=_day(effect.day)
    )
    if before.mean is None or after.mean is None:
        return QCoreApplication.translate(
            "Mood", "{head}: not enough check-ins around it to compare."
        ).format(head=head)
    change = round(after.mean - before.mean, 1)
    moved = (
        QCoreApplication.translate("Mood", "about the same") if change == 0 else f"{change:+.1f}"
    )
    return QCoreApplication.translate(
        "Mood",
        "{head}: mood averaged {before} in the week before ({b} days with check-ins) and "
        "{after} in the week after ({a} days): {moved}.",
    ).format(
        head=head,
        before=_n(before.mean),
        b=before.days,
        after=_n(after.mean),
        a=after.days,
        moved=moved,
    )


def change_sentences(found: Measure) -> list[str]:
    """A questionnaire's change since before its series of sessions, by the published rules.

    Nothing when there was no series before the latest result: there is nothing to compare.
    """
    if found.latest is None or found.series_start is None:
        return []
    return [render(line) for line in said(found, instrument(found.instrument).name)]


def sleep_sentence(found: SleepMood) -> str:
    """How sleep and mood went together, with the two averages and r."""
    parts = []
    if found.rested.mean is not None and found.short.mean is not None:
        parts.append(
            QCoreApplication.translate(
                "Mood",
                "After 7 hours of sleep or more, mood averaged {rested} ({r_days} days); "
                "after less, {short} ({s_days} days).",
            ).format(
                rested=_n(found.rested.mean),
                r_days=found.rested.days,
                short=_n(found.short.mean),
                s_days=found.short.days,
            )
        )
    if found.r is not None:
        parts.append(
            QCoreApplication.translate(
                "Mood", "Sleep and mood went together {how} (r = {r:.2f}, {n} days)."
            ).format(how=_strength(found.r), r=found.r, n=found.n)
        )
    return " ".join(parts)


def _strength(r: float) -> str:
    size = abs(r)
    if size < 0.1:
        return QCoreApplication.translate("Mood", "hardly at all")
    words = (
        QCoreApplication.translate("Mood", "a little")
        if size < 0.3
        else QCoreApplication.translate("Mood", "somewhat")
        if size < 0.5
        else QCoreApplication.translate("Mood", "clearly")
    )
    direction = (
        QCoreApplication.translate("Mood", "more sleep, higher mood")
        if r > 0
        else QCoreApplication.translate("Mood", "more sleep, lower mood")
    )
    return f"{words}: {direction}"


class InsightsPanel(QWidget):
    """Before/after around sessions, questionnaire change and sleep with mood."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._mood = services.mood
        self.label = named(QLabel(self.tr(LABEL), wordWrap=True), "hint")  # i18n: marked
        self.lines = QLabel(wordWrap=True)
        self.lines.setAccessibleName(self.tr("Figures from your entries"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lines)
        layout.addWidget(self.label)

    def sentences(self, start: date | None = None) -> list[str]:
        found = []
        effects = self._mood.journey_effects(start)[-EFFECTS_SHOWN:]
        for effect in reversed(effects):
            try:
                record = self._services.journeys.get(effect.journey_id)
            except NotFound:
                continue
            number, _ = self._services.journeys.number_in_series(record)
            found.append(effect_sentence(effect, number))
        for change in self._mood.questionnaire_changes(start).values():
            said = change_sentences(change)
            if said:
                found.append(" ".join(said))
        sleep = self._mood.sleep_mood_correlation(start)
        if sleep is not None:
            found.append(sleep_sentence(sleep))
        return found

    def refresh(self, start: date | None = None) -> None:
        """Show the figures for days from ``start`` (None: everything)."""
        found = self.sentences(start)
        if not found:
            found = [
                self.tr(
                    "As you check in around sessions and take questionnaires, a few simple "
                    "figures will show here."
                )
            ]
        self.lines.setText("\n\n".join(found))
