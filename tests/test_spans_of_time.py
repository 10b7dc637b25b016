"""A span of time in two units (session 18): "satu tahun enam bulan" is labelled whole, as "2 tahun
8 bulan" was, and carries its value in the first unit (1,5 tahun); its second part is no figure of
its own."""
from __future__ import annotations

from retrieval.answer import _duration


def test_a_span_written_in_words_is_labelled_whole_with_its_value():
    text = "Buni Yani divonis penjara satu tahun enam bulan oleh Pengadilan Negeri Bandung."
    got = _duration({"text": "satu", "value": 1.0}, text, ("tahun",))
    assert got["duration"] == "satu tahun enam bulan" and got["duration_value"] == 1.5
    assert _duration({"text": "enam", "value": 6.0}, text, ("bulan",)) is None   # the span's second part


def test_a_span_in_digits_and_a_plain_one():
    got = _duration({"text": "2", "value": 2.0}, "Ending divonis 2 tahun 8 bulan penjara.", ("tahun",))
    assert got["duration"] == "2 tahun 8 bulan" and abs(got["duration_value"] - 2.6667) < 1e-3
    plain = _duration({"text": "4", "value": 4.0}, "Terdakwa divonis 4 tahun penjara.", ("tahun",))
    assert plain["duration"] == "4 tahun" and "duration_value" not in plain
