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


MEDALS = [
    Article(id="tengah", outlet="juara.net", published="2017-08-23", title="Perolehan Medali Indonesia",
            body="Secara keseluruhan, Indonesia sudah mendapat 32 medali di SEA Games 2017 dengan koleksi 7 medali emas, "
                 "10 medali perak, dan 15 medali perunggu."),
    Article(id="akhir", outlet="ANTARA", published="2017-08-31", title="Indonesia Peringkat Kelima SEA Games 2017",
            body="Indonesia berada di peringkat kelima SEA Games 2017 dengan 38 medali emas, 63 perak, dan 90 perunggu."),
]


async def test_a_tally_said_on_the_way_is_not_the_final_one_asked(empty_engine):
    await empty_engine.ingest_articles(MEDALS)
    got = labels(await empty_engine.ask("berapa medali emas yang dibawa pulang Indonesia dari SEA Games 2017?"))
    assert got and all("38" in x for x in got), got


def test_votes_collected_so_far_are_no_final_count():
    from retrieval.periods import interim_fits
    asked = "berapa suara yang diraih pasangan itu secara keseluruhan?"
    q = {"text": "1,2 juta suara"}
    assert not interim_fits(asked, q, "Pasangan itu sudah mengumpulkan 1,2 juta suara dari 20 kabupaten.")
    assert interim_fits(asked, q, "Pasangan itu meraih 1,2 juta suara.")


GAMES = [
    Article(id="uji", outlet="ANTARA", published="2017-08-03", title="Paralayang Uji Coba Asian Games",
            body="Kejuaraan uji coba cabang olahraga paralayang Asian Games 2018 akan diikuti 100 atlet dari 13 negara."),
    Article(id="games", outlet="juara.net", published="2017-04-01", title="INASGOC Hitung Kebutuhan Relawan",
            body="Panitia Asian Games 2018 menghitung kebutuhan relawan untuk melayani sekitar 11.000 atlet dan "
                 "ofisial dari 45 negara."),
]


async def test_a_trial_run_is_not_the_event(empty_engine):
    await empty_engine.ingest_articles(GAMES)
    got = labels(await empty_engine.ask("Asian Games 2018 akan diikuti atlet dan ofisial dari berapa negara?"))
    assert got and all("45" in x for x in got), got


def test_a_trial_asked_takes_only_the_trials_figures():
    from retrieval.grades import trial_fits
    asked = "berapa cabang olahraga yang dipertandingkan dalam test event Asian Games 2018?"
    assert not trial_fits(asked, "Asian Games 2018 dipastikan menggelar 40 cabang olahraga.", "Asian Games 2018 Gelar 40 Cabor")
    assert trial_fits(asked, "Sebanyak 10 cabang olahraga akan dipertandingkan pada test event tersebut.", None)
    assert trial_fits("berapa penumpang LRT Jakarta selama masa uji coba?", "Selama uji coba, LRT melayani 5.000 penumpang.", None)
    assert not trial_fits("berapa penumpang LRT Jakarta per hari?", "Selama uji coba, LRT melayani 5.000 penumpang.", None)


def test_a_count_from_several_countries_is_not_one_countrys():
    from retrieval.grades import one_country_fits
    asked = "berapa atlet paralayang Indonesia yang ikut kejuaraan itu?"
    assert not one_country_fits(("indonesia",), asked, {"text": "100 atlet"}, "Kejuaraan itu diikuti 100 atlet dari 13 negara.")
    assert one_country_fits(("indonesia",), asked, {"text": "delapan atlet"}, "Indonesia menurunkan delapan atlet.")
    # the countries themselves asked, or no country asked: the count stands
    assert one_country_fits(("indonesia",), "dari berapa negara atlet itu datang?", {"text": "100 atlet"},
                            "Kejuaraan itu diikuti 100 atlet dari 13 negara.")
    assert one_country_fits((), "berapa atlet yang ikut kejuaraan itu?", {"text": "100 atlet"},
                            "Kejuaraan itu diikuti 100 atlet dari 13 negara.")


def test_how_much_asks_no_size():
    """"berapa besar BLT Kesra …" asks how much, not the "large" grade of a size scale ("mortir
    besar"): before, every "Rp900.000" of the transfer failed grade_fits."""
    from retrieval.grades import asked_grades
    assert asked_grades("berapa besar BLT Kesra yang diterima tiap keluarga penerima manfaat?") == ()
    assert asked_grades("berapa mortir besar yang dikirim?") == (("size", "besar"),)
