# ruff: noqa: RUF001 - Chinese text uses full-width punctuation
"""The warning quotes the whole sentence around the matched words, marked and escaped."""

from __future__ import annotations

from tradeguard.signals.presenters import WINDOW, sentence_around


def test_the_sentence_around_the_match_in_english() -> None:
    text = "Thanks for paying. We shipped. Pay USD 400 insurance first, then we release it. Bye."
    start = text.index("Pay USD 400")
    end = start + len("Pay USD 400 insurance first, then we")
    before, matched, after, cut_b, cut_a = sentence_around(text, start, end)
    assert (before, matched, after) == ("", "Pay USD 400 insurance first, then we", " release it.")
    assert not cut_b
    assert not cut_a


def test_decimal_points_do_not_end_a_sentence() -> None:
    text = "The fee is USD 1,150.00 and must be paid before we ship. OK?"
    start = text.index("must")
    before, _, after, *_ = sentence_around(text, start, start + 4)
    assert before == "The fee is USD 1,150.00 and "
    assert after == " be paid before we ship."


def test_chinese_sentence_ends_and_newlines() -> None:
    text = "您好！货到港了\n海关要收反倾销税400美金，请今天付款。谢谢！"
    start = text.index("反倾销税")
    before, _, after, *_ = sentence_around(text, start, start + 4)
    assert before == "海关要收"
    assert after == "400美金，请今天付款。"


def test_a_very_long_sentence_is_cut_to_a_window() -> None:
    text = "x" * (WINDOW + 50) + " pay the fee " + "y" * (WINDOW + 50)
    start = text.index("pay")
    before, _, after, cut_b, cut_a = sentence_around(text, start, start + 3)
    assert cut_b
    assert cut_a
    assert len(before) == WINDOW
    assert len(after) == WINDOW
