"""How many times ("berapa kali"), and the days after a named date ("sepekan setelah gempa 29 Mei").

"empat kali" and "200 kali" are counts of times, the answer to "berapa kali"; "dua kali lipat"
multiplies and counts nothing. A question asking "sepekan setelah gempa 29 Mei 2017" asks the days
from the quake to a week after it: a report written on the fifth day answers it."""
from __future__ import annotations

from retrieval.claims import find_quantities
from retrieval.clean import Article
from retrieval.frame import asked_dates

from .answered import answer_labels as labels

QUAKE = [
    Article(id="poso-1", outlet="CNN Indonesia", published="2017-06-03", title="Tanggap Darurat Gempa Poso 7 Hari",
            body="Gempa 6,6 SR mengguncang Poso, Sulawesi Tengah, Senin (29/5/2017). "
                 "Berdasarkan laporan BMKG, sudah terjadi 200 kali gempa susulan di Poso dengan intensitas yang menurun."),
    Article(id="umrah-1", outlet="CNN Indonesia", published="2017-08-02", title="Izin First Travel Dicabut Kemenag",
            body="Kementerian Agama mencabut izin First Travel. "
                 "Sebelum izin dicabut, Kementerian Agama sudah memanggil First Travel untuk mediasi hingga empat kali."),
]


def test_times_are_counted_and_a_multiplier_is_not():
    assert [(q.text, q.unit) for q in find_quantities("KPK memanggil dia empat kali.")] == [("empat kali", "kali")]
    assert find_quantities("Harga cabai naik dua kali lipat.") == []
    assert [q.unit for q in find_quantities("Nilainya naik 3 kali lipat.")] == [None]


async def test_how_many_times_takes_a_count_of_times(empty_engine):
    await empty_engine.ingest_articles(QUAKE)
    got = labels(await empty_engine.ask("berapa kali Kementerian Agama memanggil First Travel untuk mediasi?"))
    assert got == ["hingga 4"], got


def test_days_after_a_named_date_are_asked():
    assert asked_dates("berapa gempa susulan sepekan setelah gempa 29 Mei 2017?") == ("2017-05-29", "2017-06-05")
    assert asked_dates("berapa korban 3 hari setelah banjir 1 Januari 2020?") == ("2020-01-01", "2020-01-04")
    assert asked_dates("berapa korban banjir 1 Januari 2020?") == ("2020-01-01",)


async def test_a_report_within_the_week_after_answers_it(empty_engine):
    await empty_engine.ingest_articles(QUAKE)
    got = labels(await empty_engine.ask("sudah berapa kali gempa susulan terjadi di Poso sepekan setelah gempa 29 Mei 2017?"))
    assert got == ["200"], got


def test_days_before_a_holiday_are_labels_not_counts():
    """"H-7 Lebaran", "H - 14 hingga H+14" name days around a holiday: no figure to list."""
    assert find_quantities("Posko beroperasi pada H - 7 lebaran hingga H+7 lebaran.") == []
    assert [q.text for q in find_quantities("Pada H-3 Lebaran, 5.000 kendaraan melintas.")] == ["5.000 kendaraan"]


def test_an_office_numbered_is_no_count():
    """"kursi RI 6", "RI-1": the office of the president or a minister, not a figure."""
    assert find_quantities("Puan untuk menduduki kursi RI 6.") == []
    assert [q.text for q in find_quantities("Calon RI-1 itu meraih 55 persen suara.")] == ["55 persen"]


def test_people_joined_by_dan_share_what_befell_them():
    """"26 santri dan 2 guru dikabarkan tewas": both died; "3 orang tewas dan 5 orang luka-luka" keep their own."""
    assert [(q.text, q.predicates) for q in find_quantities(
        "Akibat kebakaran tersebut 26 santri dan 2 guru dikabarkan tewas terpanggang.")] == [
        ("26 santri", ["killed"]), ("2 guru", ["killed"])]
    assert [q.predicates for q in find_quantities("3 orang tewas dan 5 orang luka-luka.")] == [["killed"], ["wounded"]]


def test_a_score_is_no_count():
    """"menang 3-0 atas Indonesia", "skor 2-1": a scoreline, neither a range nor a count (its noun is
    nobody's, no unit is lent to it); "2-3 orang" is a range."""
    figures = find_quantities("Thailand menang 3-0 atas Indonesia dan mengoleksi empat angka.")
    assert [(q.text, q.unit, q.against) for q in figures] == [("empat angka", "angka", None), ("3-0", None, 0.0)]
    assert [(q.value, q.high) for q in find_quantities("Sebanyak 2-3 orang terluka.")] == [(2.0, 3.0)]
