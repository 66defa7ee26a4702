from __future__ import annotations


def test_write_then_list_shows_the_entry(initialised):
    wrote = initialised("write", "A quiet evening with tea", "--tag", "rest")
    assert wrote.code == 0, wrote.err
    listed = initialised("list")
    assert "A quiet evening with tea" in listed.out
    assert "#rest" in listed.out


def test_every_command_has_a_handler_that_exists():
    from journal_app.cli import HANDLERS, _handler

    for name in HANDLERS:
        assert callable(_handler(name)), name
