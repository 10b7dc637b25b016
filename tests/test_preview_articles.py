"""An article whose title says it comes before an event ("Jadwal MotoGP San Marino", "Jelang
Lebaran") tells the state before it: its figures do not answer a question about the state after
that event (session 18, periods.preview_fits)."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.periods import preview_fits

from .answered import answer_labels as labels

STANDINGS = [
    Article(id="jadwal", outlet="Liputan6.com", published="2019-09-10",
            title="Klasemen MotoGP 2019 Jelang Balapan di San Marino",
            body="Marc Marquez memimpin klasemen MotoGP 2019 dengan 250 poin."),
    Article(id="hasil", outlet="Kompas.com", published="2019-09-15", title="Marquez Menang di MotoGP San Marino",
            body="Marc Marquez kini mengoleksi 275 poin di puncak klasemen MotoGP 2019."),
]
async def test_standings_told_before_the_race_do_not_answer_the_points_after_it(empty_engine):
    await empty_engine.ingest_articles(STANDINGS)
    got = labels(await empty_engine.ask("berapa poin Marc Marquez di klasemen MotoGP 2019 usai menang di GP San Marino?"))
    assert got and all("275" in x for x in got), got


def test_a_preview_of_another_event_or_no_preview_leaves_the_figure_alone():
    asked = "berapa poin Marquez usai seri San Marino 2019?"
    assert not preview_fits(asked, "Jadwal MotoGP San Marino 2019: Momentum Kebangkitan Marquez")
    assert preview_fits(asked, "Jadwal MotoGP Aragon 2019: Marquez Incar Gelar")   # told after San Marino
    assert preview_fits(asked, "Hasil MotoGP San Marino 2019")
    assert preview_fits("berapa poin Marquez sebelum seri San Marino?", "Jadwal MotoGP San Marino 2019")


def test_a_price_told_before_a_holiday_is_no_price_after_it():
    asked = "berapa harga cabai rawit di Pasar Kramat Jati usai Lebaran?"
    assert not preview_fits(asked, "Jelang Lebaran, Harga Cabai Rawit Melonjak")
    assert preview_fits(asked, "Harga Cabai Rawit Turun")
    assert preview_fits("berapa harga cabai rawit menjelang Lebaran?", "Jelang Lebaran, Harga Cabai Rawit Melonjak")
