"""Questions for my prescriber: the person's own list, and suggestions from the journal."""

from __future__ import annotations

from datetime import datetime, timedelta

from journal_app.domain.errors import ValidationError
from journal_app.domain.questions import (
    MAX_ITEMS,
    PrescriberQuestions,
    QuestionItem,
    Suggestion,
    suggested_questions,
)
from journal_app.domain.records import Record
from journal_app.messages import QT_TRANSLATE_NOOP, Message
from journal_app.services.vault import VaultService
from journal_app.services.weekly_check import KIND as WEEKLY_CHECK

KIND = PrescriberQuestions.KIND
LOOK_BACK = timedelta(days=90)  # suggestions come from the last three months of the journal


def _newest(record: Record) -> tuple[str, int, str]:
    return (record.updated_at, record.rev, record.id)


class QuestionsService:
    """The list over the unlocked vault (every call refuses a locked one).

    A journal holds one list. A merge of another journal's backup can bring a second: the
    newest is the list, the others' questions and hidden suggestions join it when read,
    and the next save keeps the joined list and moves the others to the Trash.
    """

    def __init__(self, vault: VaultService) -> None:
        self._vault = vault

    def now(self) -> datetime:
        """The current local wall-clock time, to the minute."""
        moment = self._vault.store.clock()().astimezone()
        return moment.replace(tzinfo=None, second=0, microsecond=0)

    def _lists(self) -> list[Record]:
        return sorted(self._vault.store.of_kind(KIND), key=_newest, reverse=True)

    def get(self) -> PrescriberQuestions:
        """The list as saved (joined with any merged in), or an empty one."""
        lists = self._lists()
        if not lists:
            return PrescriberQuestions()
        joined: PrescriberQuestions = lists[0].data
        for other in lists[1:]:
            extra: PrescriberQuestions = other.data
            have = {item.text.casefold() for item in joined.items}
            room = MAX_ITEMS - len(joined.items)  # beyond it, they stay in the Trash
            items = [i for i in extra.items if i.text.casefold() not in have][:room]
            keys = [k for k in extra.dismissed if k not in joined.dismissed]
            joined = PrescriberQuestions((*joined.items, *items), (*joined.dismissed, *keys))
        return joined

    def save(self, questions: PrescriberQuestions) -> Record:
        """Save the whole list in one write; the version it replaces is kept."""
        store = self._vault.store
        lists = self._lists()
        if not lists:
            return store.add(questions)
        saved = store.update(lists[0].id, questions)
        for other in lists[1:]:  # joined into the list just saved; kept in the Trash
            store.set_deleted(other.id, True)
        return saved

    # The person's own questions

    def items(self) -> tuple[QuestionItem, ...]:
        return self.get().items

    def add(self, text: str) -> Record:
        """Add a question at the end of the list."""
        return self.save(self.get().added(text))

    def set_done(self, index: int, done: bool) -> Record:
        """Tick (or untick) question ``index``, counting from 0."""
        return self.save(self.get().with_done(index, done))

    def remove(self, index: int) -> Record:
        """Take question ``index`` (from 0) out of the list; the earlier list is kept."""
        return self.save(self.get().without(index))

    # Suggestions

    def suggestions(self, now: datetime | None = None) -> list[Suggestion]:
        """Lines suggested from the last three months, minus the ones hidden or kept."""
        when = now or self.now()
        store = self._vault.store
        hidden = set(self.get().dismissed)
        found = suggested_questions(
            store.of_kind("journey"),
            store.of_kind(WEEKLY_CHECK),
            since=when - LOOK_BACK,
            today=when.date(),
        )
        return [s for s in found if s.key not in hidden]

    def dismiss(self, key: str) -> Record:
        """Hide a suggestion from now on."""
        return self.save(self.get().hiding(key))

    def keep(self, key: str, now: datetime | None = None, *, text: str | None = None) -> Record:
        """Add a suggestion to the list as the person's own question, and stop suggesting it.

        ``text`` is the line as the person saw it (the window passes it in their language);
        the English is kept when it is not given.
        """
        found = {s.key: s for s in self.suggestions(now)}
        if key not in found:
            raise ValidationError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "That suggestion isn't offered any more; nothing was added."
                    )
                )
            )
        return self.save(self.get().added(text or found[key].text).hiding(key))
