"""Words for check-ins and questionnaire results: one-line summaries and scores."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from journal_app.domain.checkin import CheckIn
from journal_app.instruments.definitions import Instrument
from journal_app.instruments.scoring import Score
from journal_app.messages import QT_TRANSLATE_NOOP
from journal_app.ui.date_words import in_words

NOT_A_DIAGNOSIS = QT_TRANSLATE_NOOP(
    "QuestionnaireForm", "This is a self-report to share with your care team, not a diagnosis."
)


def when_text(moment: datetime) -> str:
    """Like "Sat 14 Mar 2026, 18:30"."""
    return in_words(moment, "ddd d MMM yyyy, HH:mm")


def hours_text(hours: float) -> str:
    """7 -> "7", 7.5 -> "7.5"."""
    return f"{hours:g}"


def checkin_summary(checkin: CheckIn) -> str:
    """Like "Sat 14 Mar 2026, 18:30 · mood 7 · anxiety 3 · slept 7.5 h · calm, hopeful"."""
    parts = [
        when_text(checkin.at),
        QCoreApplication.translate("Mood", "mood {n}").format(n=checkin.mood),
    ]
    if checkin.anxiety is not None:
        parts.append(QCoreApplication.translate("Mood", "anxiety {n}").format(n=checkin.anxiety))
    if checkin.energy is not None:
        parts.append(QCoreApplication.translate("Mood", "energy {n}").format(n=checkin.energy))
    if checkin.sleep_hours is not None:
        parts.append(
            QCoreApplication.translate("Mood", "slept {h} h").format(
                h=hours_text(checkin.sleep_hours)
            )
        )
    if checkin.sleep_quality is not None:
        parts.append(
            QCoreApplication.translate("Mood", "sleep {n}/5").format(n=checkin.sleep_quality)
        )
    if checkin.emotions:
        parts.append(", ".join(checkin.emotions))
    return " · ".join(parts)


def band_label(instrument: Instrument, band_id: str) -> str:
    """The readable name of a severity band id ("moderately_severe" -> "Moderately severe")."""
    for band in instrument.bands:
        if band.id == band_id:
            return band.label
    return band_id


def score_line(instrument: Instrument, total: int, band_id: str, percent: int | None) -> str:
    """Like "12 of 27 · Moderate" or "15 of 25 (60%) · Adequate"."""
    score = QCoreApplication.translate("Mood", "{total} of {most}").format(
        total=total, most=instrument.max_total
    )
    if percent is not None:
        score += f" ({percent}%)"
    return f"{score} · {band_label(instrument, band_id)}"


def clusters_line(instrument: Instrument, clusters: dict[str, int]) -> str:
    """Like "Intrusion 6 of 20 · Avoidance 2 of 8 · …" (PCL-5)."""
    parts = []
    for cluster in instrument.clusters:
        if cluster.id in clusters:
            most = len(cluster.items) * instrument.values[-1]
            parts.append(
                QCoreApplication.translate("Mood", "{label} {n} of {most}").format(
                    label=cluster.label, n=clusters[cluster.id], most=most
                )
            )
    return " · ".join(parts)


def result_text(instrument: Instrument, score: Score) -> str:
    """The whole result in a few plain lines."""
    lines = [
        QCoreApplication.translate("Mood", "{name}: {score}").format(
            name=instrument.name,
            score=score_line(instrument, score.total, score.severity, score.percent),
        )
    ]
    if score.clusters:
        lines.append(clusters_line(instrument, score.clusters))
    return "\n".join(lines)
