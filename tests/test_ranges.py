"""Ranges read whole at ingest (claims.find_quantities): a scale written once after the range, and a
range whose two ends are each written whole."""
from __future__ import annotations

import pytest

from retrieval.claims import find_quantities
from retrieval.clean import Article

from .answered import FILLER, listed_values


def _ranges(sentence: str) -> list[tuple[float, float | None]]:
    return [(q.value, q.high) for q in find_quantities(sentence)]


@pytest.mark.parametrize("sentence,expected", [
    # the scale after the high end is the low end's too
    ('"Untuk dana kemitraan kami mengusulkan Rp 400-500 miliar," kata Dinar.', [(400e9, 500e9)]),
    ("Ukuran 1,5 liter dijual mulai Rp40 sampai 50 ribu.", [(1.5, None), (40_000, 50_000)]),
    ("Ekspor biji kopi robusta sebanyak 350 hingga 400 ribu ton.", [(350_000, 400_000)]),
    ("Basuki mengusulkan tambahan anggaran Rp1,5 hingga Rp2 triliun untuk KPR.", [(1.5e12, 2e12)]),
    ("Pendapatan mereka 900 ribu - 1,2 juta sebulan.", [(900_000, 1_200_000)]),
    # both ends written whole: one range
    ("INASGOC menargetkan Rp 500 miliar hingga Rp 1,5 triliun dari sponsor.", [(500e9, 1.5e12)]),
    ("Suhu rata-rata 42 derajat celcius hingga 50 derajat celcius.", [(42, 50)]),
    ("Kerumunan diperkirakan antara 8.000 dan 10.000 orang.", [(8_000, 10_000)]),
    ("Suntikan investasi antara US$ 100 juta – US$ 150 juta.", [(100e6, 150e6)]),
    # not a range: a change, two figures joined by "dan" without "antara", a smaller second figure
    ("Harga naik dari Rp 5.000 hingga Rp 7.000 per kilogram.", [(5_000, None), (7_000, None)]),
    ("Sebanyak 5 orang tewas dan 10 orang luka.", [(5, None), (10, None)]),
    ("Sebanyak 12 orang tewas hingga 3 orang hilang.", [(12, None), (3, None)]),
    ("Desa Sukamaju dan Desa Sukajadi masing-masing menampung 500 dan 700 pengungsi.", [(500, None), (700, None)]),
    ("Harga cabai turun, kini Rp 70 ribu hingga Rp 50 ribu per kilogram.", [(70_000, None), (50_000, None)]),
])
def test_a_range_is_read_whole(sentence, expected):
    assert _ranges(sentence) == expected


RANGED = FILLER + [
    Article(id="sponsor-calo", outlet="Detik", published="2017-11-02", title="Calo Uji KIR di Ujung Menteng",
            body="Besaran tarif yang diminta calo uji KIR berkisar antara Rp 250 ribu sampai Rp 350 ribu, "
                 "tergantung jenis kendaraan."),
    Article(id="sponsor-kemitraan", outlet="Tempo.co", published="2019-09-16", title="Bekasi Usulkan Dana Kemitraan",
            body="\"Untuk dana kemitraan kami mengusulkan Rp 400-500 miliar,\" kata Dinar pada Senin."),
]


async def test_a_range_is_listed_as_one_figure(empty_engine):
    """What the user sees: one entry for the range, with both ends at their scale."""
    await empty_engine.ingest_articles(RANGED)
    answer = await empty_engine.ask("berapa tarif yang diminta calo uji KIR?")
    assert listed_values(answer) == [250_000], listed_values(answer)
    assert [c.figure.get("high") for c in answer.claims] == [350_000]
    answer = await empty_engine.ask("Berapa dana kemitraan yang diusulkan Pemkot Bekasi?")
    assert [(c.figure.get("value"), c.figure.get("high")) for c in answer.claims] == [(400e9, 500e9)]


@pytest.mark.parametrize("sentence,expected", [
    ("KSO Wika Gedung mendapatkan skor 93.92 persen dengan penilaian teknis 66.14 persen.", [93.92, 66.14]),
    ("BI rate turun ke 5.25% bulan ini.", [5.25]),
    ("Harga naik 2.500 persen dan 10.000 orang datang.", [2_500, 10_000]),   # thousands stay thousands
])
def test_a_percent_written_with_a_decimal_point(sentence, expected):
    """"93.92 persen": a decimal written the English way before a percent is read (it was dropped)."""
    assert [q.value for q in find_quantities(sentence)] == expected
