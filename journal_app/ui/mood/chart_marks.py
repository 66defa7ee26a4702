"""Session labels that never overlap: close sessions share one label, like "S1–6"."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from journal_app.ui.mood.chart_data import Mark

LABEL_GAP = 6.0  # pixels kept clear between two labels
HIT_DISTANCE = 8.0  # a click this close (in pixels) to a session's line picks it


@dataclass(frozen=True, slots=True)
class Label:
    """One label on the session axis and the sessions it stands for."""

    x: float
    text: str
    marks: tuple[Mark, ...]


def label_text(marks: Sequence[Mark]) -> str:
    first, last = marks[0].number, marks[-1].number
    return f"S{first}" if first == last else f"S{first}–{last}"


def session_labels(
    marks: Sequence[Mark],
    to_pixels: Callable[[np.ndarray], np.ndarray],
    width_of: Callable[[str], float],
) -> list[Label]:
    """Labels for ``marks`` (in time order), merging neighbours whose labels would touch.

    ``to_pixels`` maps data x to pixels along the axis; ``width_of`` measures a text.
    """
    if not marks:
        return []
    pixels = to_pixels(np.fromiter((m.x for m in marks), float, len(marks)))
    groups: list[list[int]] = []
    for index in range(len(marks)):
        groups.append([index])
        while len(groups) > 1 and _touch(groups[-2], groups[-1], marks, pixels, width_of):
            last = groups.pop()
            groups[-1].extend(last)
    labels = []
    for group in groups:
        members = tuple(marks[i] for i in group)
        centre = (members[0].x + members[-1].x) / 2
        labels.append(Label(centre, label_text(members), members))
    return labels


def _touch(
    left: list[int],
    right: list[int],
    marks: Sequence[Mark],
    pixels: np.ndarray,
    width_of: Callable[[str], float],
) -> bool:
    def span(group: list[int]) -> tuple[float, float]:
        centre = (pixels[group[0]] + pixels[group[-1]]) / 2
        half = width_of(label_text([marks[group[0]], marks[group[-1]]])) / 2
        return centre - half, centre + half

    return span(left)[1] + LABEL_GAP > span(right)[0]


def nearest_mark(
    marks: Sequence[Mark], pixel: float, to_pixels: Callable[[np.ndarray], np.ndarray]
) -> Mark | None:
    """The session whose line is within HIT_DISTANCE pixels of ``pixel``, if any."""
    if not marks:
        return None
    distance = np.abs(to_pixels(np.fromiter((m.x for m in marks), float, len(marks))) - pixel)
    best = int(np.argmin(distance))
    return marks[best] if distance[best] <= HIT_DISTANCE else None
