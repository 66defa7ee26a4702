"""The left side of the Summary page: the days, a name, what to include and a note."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journal_app.reports.data import SECTIONS, EntryRow, SummaryOptions
from journal_app.ui.journeys.checklist import ItemLabel
from journal_app.ui.named import named
from journal_app.ui.pages.layout import card
from journal_app.ui.summary.checklist import EntryChecklist
from journal_app.ui.summary.period import PeriodChooser
from journal_app.ui.text_width import scaled

NAME_LENGTH = 80
WIDTH = 420  # at the designed text size, where the window has room
NOTE_HEIGHT = 120


class OptionsPanel(QScrollArea):
    """Every choice the summary is made from, in a column that scrolls."""

    changed = Signal()  # a click: update the preview soon
    typed = Signal()  # a keystroke: update once the typing pauses
    period_changed = Signal()  # the days changed, so the entries to choose from did too

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent, widgetResizable=True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside take focus instead
        labels = {
            "overview": self.tr("At a glance"),
            "journeys": self.tr("Journeys"),
            "prescriber": self.tr("Questions for my prescriber"),
            "integration": self.tr("Integration highlights"),
            "chart": self.tr("Mood chart, with sessions marked"),
            "questionnaires": self.tr("Questionnaire results"),
            "checkins": self.tr("Check-in summary"),
            "entries": self.tr("Journal entries"),
            "talk_about": self.tr("What I'd like to talk about"),
        }
        self.period = PeriodChooser(today)
        self.name = QLineEdit(placeholderText=self.tr("Your name (optional)"))
        self.name.setAccessibleName(self.tr("Your name (optional)"))
        self.name.setMaxLength(NAME_LENGTH)
        # The entries and the note have cards of their own, titled already.
        shown = {
            **labels,
            "entries": self.tr("Include the entries I tick"),
            "talk_about": self.tr("Include this note"),
        }
        self.sections: dict[str, QCheckBox] = {}
        for section in SECTIONS:
            box = QCheckBox(shown[section])
            box.setChecked(True)
            box.setAccessibleName(self.tr("Include {section}").format(section=labels[section]))
            self.sections[section] = box
        # The words wrap in a label of their own: a check box's text can't, and the card
        # is narrow. Clicking the words ticks the box, as its own text would.
        self_harm_words = self.tr("Include my answers to the question about self-harm")
        self.self_harm = QCheckBox()
        self.self_harm.setChecked(True)
        self.self_harm.setAccessibleName(self_harm_words)
        self.self_harm_label = ItemLabel(self_harm_words, wordWrap=True)
        self.self_harm_label.setBuddy(self.self_harm)
        self.self_harm_label.clicked.connect(self.self_harm.toggle)
        self.self_harm_hint = named(
            QLabel(
                self.tr(
                    "Your answers to PHQ-9 question 9 help your therapist look after you. "
                    "You can leave them out."
                ),
                wordWrap=True,
            ),
            "hint",
        )
        self.entries = EntryChecklist()
        self.note = named(QPlainTextEdit(), "talkAbout")
        self.note.setAccessibleName(labels["talk_about"])
        self.note.setPlaceholderText(
            self.tr("Anything you want to bring up: a question, a worry, something that went well.")
        )
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(NOTE_HEIGHT)
        self.setWidget(self._column())

        self.period.changed.connect(self.period_changed)
        self.period.changed.connect(self.changed)
        self.name.textEdited.connect(self.typed)
        for box in self.sections.values():
            box.toggled.connect(self._on_section_toggled)
        self.self_harm.toggled.connect(self.changed)
        self.entries.changed.connect(self.changed)
        self.note.textChanged.connect(self.typed)

    def _column(self) -> QWidget:
        days, days_layout = card(self.tr("Which days"))
        days_layout.addWidget(self.period)
        who, who_layout = card(self.tr("Your name"))
        who_layout.addWidget(self.name)
        who_layout.addWidget(named(QLabel(self.tr("Printed at the top, if you add it.")), "hint"))
        include, include_layout = card(self.tr("What to include"))
        for section in SECTIONS[:-2]:
            include_layout.addWidget(self.sections[section])
        include_layout.addSpacing(6)
        self_harm = QHBoxLayout()
        self_harm.setSpacing(8)
        self_harm.addWidget(self.self_harm, 0, Qt.AlignmentFlag.AlignTop)
        self_harm.addWidget(self.self_harm_label, 1)
        include_layout.addLayout(self_harm)
        include_layout.addWidget(self.self_harm_hint)
        entries, entries_layout = card(self.tr("Journal entries"))
        entries_layout.addWidget(self.sections["entries"])
        entries_layout.addWidget(
            named(
                QLabel(
                    self.tr(
                        "Choose entries to include: none go in until you tick them. "
                        "Tick all leaves private ones for you to tick one by one."
                    ),
                    wordWrap=True,
                ),
                "hint",
            )
        )
        entries_layout.addWidget(self.entries)
        note, note_layout = card(self.tr("What I'd like to talk about"))
        note_layout.addWidget(self.sections["talk_about"])
        note_layout.addWidget(self.note)
        column = named(QWidget(), "page")
        layout = QVBoxLayout(column)
        layout.setContentsMargins(24, 4, 12, 24)
        layout.setSpacing(14)
        for frame in (days, who, include, entries, note):
            layout.addWidget(frame)
        layout.addStretch(1)
        return column

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """As narrow as the choices inside allow (they never scroll sideways)."""
        hint = super().minimumSizeHint()
        held = self.widget()
        inside = held.minimumSizeHint().width() if held is not None else 0
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), inside + bar + 2 * self.frameWidth()), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802
        """``WIDTH`` at the designed text size, growing with the text; the preview gets the rest."""
        wanted = max(scaled(WIDTH, self.font()), self.minimumSizeHint().width())
        return QSize(wanted, super().sizeHint().height())

    def options(self) -> SummaryOptions:
        """The summary as chosen right now."""
        first, last = self.period.range()
        return SummaryOptions(
            start=first,
            end=last,
            sections=frozenset(s for s, box in self.sections.items() if box.isChecked()),
            entry_ids=self.entries.chosen_ids(),
            self_harm_answers=self.self_harm.isChecked(),
            name=self.name.text().strip(),
            talk_about=self.note.toPlainText().strip(),
        )

    def set_entries(self, rows: list[EntryRow]) -> None:
        self.entries.set_rows(rows)

    def _on_section_toggled(self, _: bool) -> None:
        self.entries.set_enabled_choice(self.sections["entries"].isChecked())
        self.note.setEnabled(self.sections["talk_about"].isChecked())
        asked = self.sections["questionnaires"].isChecked()
        self.self_harm.setEnabled(asked)
        self.self_harm_hint.setEnabled(asked)
        self.self_harm_label.setEnabled(asked)
        self.changed.emit()
