"""Medicines prescribers ask about around ketamine and esketamine sessions, found by name.

The classes are the ones the SPRAVATO REMS patient monitoring form asks about (medicines
"that may cause sedation or blood pressure changes": benzodiazepines, non-benzodiazepine
sedative hypnotics, psychostimulants, MAOIs) plus lamotrigine; docs/prescriber-questions.md
gives the sources. A match only ever becomes a question to ask, never advice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from journal_app.domain.text import fold
from journal_app.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class MedicineName:
    """One way of writing a medicine, the family it belongs to, and how a question names it."""

    key: str  # stable: the same medicine however it was written
    family: str
    shown: str  # as the question names it: "lorazepam", "my sleeping pills"
    pattern: re.Pattern[str]


# A family is said inside a sentence ("It is a benzodiazepine, one of..."): marked for translation.
BENZODIAZEPINE = QT_TRANSLATE_NOOP("messages", "a benzodiazepine")
SLEEP = QT_TRANSLATE_NOOP("messages", "a sleeping medicine")
LAMOTRIGINE = QT_TRANSLATE_NOOP("messages", "lamotrigine")
STIMULANT = QT_TRANSLATE_NOOP("messages", "a stimulant")
MAOI = QT_TRANSLATE_NOOP("messages", "an MAOI")

# family -> (written forms -> (key, shown)); generic names and common brand names.
_NAMES: dict[str, dict[str, tuple[str, str]]] = {
    BENZODIAZEPINE: {
        "alprazolam": ("alprazolam", "alprazolam"),
        "lorazepam": ("lorazepam", "lorazepam"),
        "clonazepam": ("clonazepam", "clonazepam"),
        "diazepam": ("diazepam", "diazepam"),
        "temazepam": ("temazepam", "temazepam"),
        "oxazepam": ("oxazepam", "oxazepam"),
        "chlordiazepoxide": ("chlordiazepoxide", "chlordiazepoxide"),
        "xanax": ("alprazolam", "Xanax (alprazolam)"),
        "ativan": ("lorazepam", "Ativan (lorazepam)"),
        "klonopin": ("clonazepam", "Klonopin (clonazepam)"),
        "rivotril": ("clonazepam", "Rivotril (clonazepam)"),
        "valium": ("diazepam", "Valium (diazepam)"),
        "benzodiazepine": ("benzodiazepine", "my benzodiazepine"),
        "benzo": ("benzodiazepine", "my benzodiazepine"),
    },
    SLEEP: {
        "zolpidem": ("zolpidem", "zolpidem"),
        "zopiclone": ("zopiclone", "zopiclone"),
        "eszopiclone": ("eszopiclone", "eszopiclone"),
        "zaleplon": ("zaleplon", "zaleplon"),
        "ambien": ("zolpidem", "Ambien (zolpidem)"),
        "stilnox": ("zolpidem", "Stilnox (zolpidem)"),
        "lunesta": ("eszopiclone", "Lunesta (eszopiclone)"),
        "imovane": ("zopiclone", "Imovane (zopiclone)"),
        "sleeping pill": ("sleeping-pill", "my sleeping pills"),
        "sleeping tablet": ("sleeping-pill", "my sleeping pills"),
    },
    LAMOTRIGINE: {
        "lamotrigine": ("lamotrigine", "lamotrigine"),
        "lamictal": ("lamotrigine", "Lamictal (lamotrigine)"),
    },
    STIMULANT: {
        "methylphenidate": ("methylphenidate", "methylphenidate"),
        "amphetamine": ("amphetamine", "amphetamine"),
        "dextroamphetamine": ("dexamfetamine", "dextroamphetamine"),
        "dexamfetamine": ("dexamfetamine", "dexamfetamine"),
        "lisdexamfetamine": ("lisdexamfetamine", "lisdexamfetamine"),
        "modafinil": ("modafinil", "modafinil"),
        "armodafinil": ("armodafinil", "armodafinil"),
        "ritalin": ("methylphenidate", "Ritalin (methylphenidate)"),
        "concerta": ("methylphenidate", "Concerta (methylphenidate)"),
        "adderall": ("amphetamine", "Adderall (amphetamine)"),
        "vyvanse": ("lisdexamfetamine", "Vyvanse (lisdexamfetamine)"),
        "elvanse": ("lisdexamfetamine", "Elvanse (lisdexamfetamine)"),
        "stimulant": ("stimulant", "my stimulant medicine"),
    },
    MAOI: {
        "phenelzine": ("phenelzine", "phenelzine"),
        "tranylcypromine": ("tranylcypromine", "tranylcypromine"),
        "selegiline": ("selegiline", "selegiline"),
        "moclobemide": ("moclobemide", "moclobemide"),
        "isocarboxazid": ("isocarboxazid", "isocarboxazid"),
        "nardil": ("phenelzine", "Nardil (phenelzine)"),
        "parnate": ("tranylcypromine", "Parnate (tranylcypromine)"),
        "emsam": ("selegiline", "Emsam (selegiline)"),
        "marplan": ("isocarboxazid", "Marplan (isocarboxazid)"),
        "manerix": ("moclobemide", "Manerix (moclobemide)"),
        "maoi": ("maoi", "my MAOI"),
        "mao inhibitor": ("maoi", "my MAOI"),
    },
}


def _pattern(written: str) -> re.Pattern[str]:
    # Whole words only (so "benzo" is not found in "benzoyl"), an optional plural "s",
    # and any run of spaces between the words of a name.
    words = r"\s+".join(re.escape(w) for w in written.split())
    return re.compile(rf"(?<![\w-]){words}s?(?!\w)")


NAMES = tuple(
    MedicineName(key, family, shown, _pattern(written))
    for family, names in _NAMES.items()
    for written, (key, shown) in names.items()
)


def medicines_named(text: str) -> list[MedicineName]:
    """The medicines asked about that ``text`` names, once each, in the order written.

    Matching ignores case and accents and only takes whole words.
    """
    folded = fold(text)
    found: list[tuple[int, MedicineName]] = []
    for name in NAMES:
        match = name.pattern.search(folded)
        if match is not None:
            found.append((match.start(), name))
    found.sort(key=lambda pair: pair[0])
    seen: set[str] = set()
    result: list[MedicineName] = []
    for _, name in found:
        if name.key not in seen:
            seen.add(name.key)
            result.append(name)
    return result
