"""Crisis lines: each says what it is and where it came from; the region follows the locale."""

from __future__ import annotations

from datetime import date

import pytest

from journal_app.services.crisis import (
    KINDS,
    country_of_locale,
    crisis_info,
    crisis_text,
    parse_crisis,
    person_region,
    region_for_locale,
    system_locale,
)
from journal_app.texts import load_toml

REGIONS = ("us", "ca", "uk", "ie", "au", "nz", "de", "fr", "nl", "es", "elsewhere")


def test_every_region_is_there_in_order_with_elsewhere_last():
    assert crisis_info().ids() == REGIONS
    assert load_toml("crisis.toml")["version"] == 2


def test_every_line_says_its_kind_its_source_and_when_it_was_checked():
    for region in crisis_info().regions:
        assert region.lines, region.id
        for line in region.lines:
            assert line.kind in KINDS
            assert line.source.startswith("https://")
            assert isinstance(line.verified_on, date)
            assert line.name and line.how


def one_year_before(today: date) -> date:
    try:
        return today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        return today.replace(year=today.year - 1, day=28)


def test_no_line_was_last_checked_more_than_12_months_ago():
    """Crisis numbers change: someone must re-check them yearly (docs/crisis-lines.md)."""
    oldest_allowed = one_year_before(date.today())
    stale = [
        f"{region.id}: {line.name} (checked {line.verified_on})"
        for region in crisis_info().regions
        for line in region.lines
        if line.verified_on < oldest_allowed
    ]
    assert not stale, "Re-check these crisis lines (docs/crisis-lines.md): " + "; ".join(stale)


def test_one_year_before_a_leap_day():
    assert one_year_before(date(2028, 2, 29)) == date(2027, 2, 28)


@pytest.mark.parametrize(
    ("region", "numbers"),
    [
        ("us", ["988", "988lifeline.org", "HOME to 741741", "623-473-7433", "911"]),
        ("ca", ["988", "911"]),
        ("uk", ["116 123", "SHOUT to 85258", "111", "999"]),
        ("ie", ["116 123", "112 or 999"]),
        ("au", ["13 11 14", "0477 13 11 14", "000"]),
        ("nz", ["1737", "111"]),
        ("de", ["0800 111 0 111", "0800 111 0 222", "116 123", "112"]),
        ("fr", ["3114", "15", "112"]),
        ("nl", ["113", "0800-0113", "112"]),
        ("es", ["024", "112"]),
        ("elsewhere", ["local emergency number", "findahelpline.com"]),
    ],
)
def test_each_region_has_its_numbers(region, numbers):
    hows = " ".join(line.how for line in crisis_info().region(region).lines)
    for number in numbers:
        assert number in hows


def test_every_region_has_an_emergency_line_and_a_crisis_line():
    for region in crisis_info().regions:
        kinds = {line.kind for line in region.lines}
        assert "emergency" in kinds, region.id
        assert "crisis" in kinds, region.id


def test_fireside_is_peer_support_with_hours_that_vary():
    [fireside] = [x for x in crisis_info().region("us").lines if "Fireside" in x.name]
    assert fireside.kind == "peer_support"
    assert "vary" in fireside.hours


def bad_toml(**line_changes: object) -> dict[str, object]:
    line = {
        "name": "A line",
        "how": "Call 1",
        "kind": "crisis",
        "source": "https://example.org",
        "verified_on": date(2026, 12, 5),
    }
    line.update(line_changes)
    line = {k: v for k, v in line.items() if v is not None}
    return {
        "intro": "i",
        "monitoring": "m",
        "emergency": "e",
        "regions": [{"id": "elsewhere", "name": "Elsewhere", "lines": [line]}],
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "hotline"}, "kind is 'hotline'; it must be one of crisis, peer_support"),
        ({"kind": None}, "kind is None"),
        ({"source": None}, "source must be the https:// address"),
        ({"source": "http://example.org"}, "source must be the https:// address"),
        ({"verified_on": None}, "verified_on must be a date"),
        ({"verified_on": "2026-12-05"}, "verified_on must be a date"),
    ],
)
def test_a_line_missing_what_it_must_say_is_refused_clearly(change, message):
    with pytest.raises(ValueError, match="region 'elsewhere', line 'A line'") as caught:
        parse_crisis(bad_toml(**change))
    assert message in str(caught.value)


def test_a_file_without_elsewhere_is_refused():
    raw = bad_toml()
    raw["regions"][0]["id"] = "us"  # type: ignore[index]
    with pytest.raises(ValueError, match='no "elsewhere" region'):
        parse_crisis(raw)


@pytest.mark.parametrize(
    ("locale_name", "region"),
    [
        ("en_CA", "ca"),
        ("fr_CA.UTF-8", "ca"),
        ("de_DE", "de"),
        ("de_DE.UTF-8@euro", "de"),
        ("en_IE", "ie"),
        ("ga_IE.utf8", "ie"),
        ("en_GB.UTF-8", "uk"),
        ("cy_GB", "uk"),
        ("en_US", "us"),
        ("es_US", "us"),
        ("en_AU", "au"),
        ("mi_NZ", "nz"),
        ("fr_FR", "fr"),
        ("nl_NL", "nl"),
        ("es_ES", "es"),
        ("en-CA", "ca"),  # a BCP 47 tag, as some desktops set
        ("de_AT", "elsewhere"),  # Austria: we have no lines for it yet
        ("uk_UA", "elsewhere"),  # Ukrainian in Ukraine, not the United Kingdom
        ("fr_BE", "elsewhere"),
        ("C", "elsewhere"),
        ("C.UTF-8", "elsewhere"),
        ("POSIX", "elsewhere"),
        ("en", "elsewhere"),
        ("", "elsewhere"),
        ("garbage!!", "elsewhere"),
    ],
)
def test_the_region_follows_the_locale(locale_name, region):
    assert region_for_locale(locale_name) == region


def test_the_country_of_a_locale():
    assert country_of_locale("fr_CA.UTF-8") == "CA"
    assert country_of_locale("C") is None


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "en_GB.UTF-8"}, "en_GB.UTF-8"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "de_DE"}, "de_DE"),
        ({"LANG": "en_GB", "LC_MESSAGES": "de_DE", "LC_ALL": "fr_CA"}, "fr_CA"),
        ({"LANG": "en_GB", "LC_ALL": ""}, "en_GB"),  # an empty variable does not count
        ({}, ""),
    ],
)
def test_the_system_locale_comes_from_the_environment(env, expected):
    assert system_locale(env) == expected


def test_the_settings_choice_wins_over_the_locale():
    assert person_region("uk", "en_CA") == "uk"
    assert person_region(None, "en_CA") == "ca"
    assert person_region("", "de_DE") == "de"
    assert person_region("atlantis", "de_DE") == "de"  # an old or unknown value: the locale


def test_regions_in_order_the_persons_first_and_elsewhere_last():
    info = crisis_info()
    assert [r.id for r in info.ordered("de")] == [
        "de", "us", "ca", "uk", "ie", "au", "nz", "fr", "nl", "es", "elsewhere"
    ]  # fmt: skip
    assert [r.id for r in info.ordered("elsewhere")] == list(REGIONS[-1:] + REGIONS[:-1])
    assert info.ordered(None)[0].id == "elsewhere"


def test_crisis_text_shows_the_locales_region_alone_and_how_to_see_the_others():
    text = crisis_text(None, "en_AU")
    assert "Australia:" in text and "13 11 14" in text
    assert "United States" not in text and "988" not in text
    assert "journal-app help-now --region CODE" in text
    assert text.rstrip().endswith("It cannot call anyone for you.")
    assert "immediate danger" in text


def test_crisis_text_with_no_known_region_lists_every_region_after_elsewhere():
    text = crisis_text(None, "C")
    assert text.index("Elsewhere:") < text.index("United States:") < text.index("Spain:")
    assert "13 11 14" in text and "988" in text and "116 123" in text


def test_crisis_text_shows_a_chosen_region_alone_and_how_to_see_the_others():
    text = crisis_text("ie", "en_US")
    assert "Ireland:" in text and "112 or 999" in text
    assert "United States" not in text and "741741" not in text
    assert "journal-app help-now --region CODE" in text
    assert "Nobody monitors this app" in text


def test_crisis_text_reads_the_real_locale_when_none_is_given(monkeypatch):
    for variable in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert crisis_text().split("\n")[2] == "Netherlands:"
