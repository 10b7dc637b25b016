"""Whose region, whose forecast and what a figure restates (session 15 rules, found on gold16).

A statistics story gives the nation's figure beside islands' and provinces' ("paling sedikit di
Kalimantan"), written by any of a place's names ("Sumut" for Sumatera Utara); a forecast asked by
its author ("proyeksi IMF") is not another body's; a count restated by "berjumlah" or a "jumlah"
phrase counts what the phrase names; a count of how far something has got ("baru 10 dari 17") is
no total; a comparison's year and event are not the figure's; a model's series ("seri 400") and a
range of days ("4 - 9 Juli") are no figures; and a missing plane's capacity is not a count of the
missing. Each test asks what a journalist would and checks the figures the answer lists."""
from __future__ import annotations

from retrieval import frame as F
from retrieval.claims import find_quantities
from retrieval.clean import Article
from retrieval.text import TextPipeline

from .answered import answer_labels as labels

POVERTY = Article(
    id="miskin-pulau", outlet="detikcom", published="2025-07-26", title="Sebaran Penduduk Miskin Menurut Pulau",
    body="Badan Pusat Statistik (BPS) mencatat jumlah penduduk miskin Indonesia pada Maret 2025 sebanyak 23,85 juta orang. "
         "Sementara itu, jumlah penduduk miskin paling sedikit berada di Kalimantan yaitu 0,91 juta orang. "
         "Di Sumatera, jumlah penduduk miskin sebanyak 5,2 juta orang.")
PRICES = Article(
    id="inflasi-daerah", outlet="detikcom", published="2025-10-08", title="Inflasi Sumatera Utara Tertinggi pada September",
    body="Badan Pusat Statistik mencatat inflasi tahunan nasional pada September 2025 sebesar 2,65 persen. "
         "Tercatat pada September 2025 inflasi Sumut mencapai 5,21% secara tahunan.")
FORECASTS = Article(
    id="proyeksi-inflasi", outlet="detikcom", published="2025-05-20", title="Lembaga Internasional Proyeksikan Inflasi RI",
    body="Dana Moneter Internasional (IMF) memproyeksikan inflasi Indonesia pada 2025 berada di kisaran 1,8%. "
         "Bank Indonesia (BI) memperkirakan inflasi Indonesia pada 2025 berada di kisaran 2,4%.")
ELECTION = [
    Article(id="pilkada-a", outlet="CNN Indonesia", published="2017-06-02", title="Baru Satu Provinsi Sepakati Dana Pilkada 2018",
            body="Komisi Pemilihan Umum menyatakan hingga kini baru ada satu provinsi penyelenggara Pilkada 2018 yang menyepakati naskah hibah. "
                 "Tercatat 3 provinsi yang belum melakukan pembahasan anggaran. "
                 "Jika ditotal, provinsi yang akan menyelenggarakan Pilkada 2018 berjumlah 17."),
    Article(id="pilkada-b", outlet="CNN Indonesia", published="2017-07-02", title="KPU Jatim Siapkan TPS Pilkada",
            body="\"Jumlah TPS yang disiapkan untuk Pilkada Jatim 2018 adalah 68.400 unit dan tersebar di 38 kabupaten/kota,\" ujar Ketua KPU Jatim. "
                 "Jumlah tersebut lebih sedikit dibandingkan TPS saat Pemilihan Presiden 2014 yang berjumlah lebih dari 75 ribu. "
                 "Rekapitulasi hasil Pilkada 2018 berlangsung pada 4 - 9 Juli 2018."),
]
PLANE = [
    Article(id="pesawat-a", outlet="Tempo.co", published="2019-09-18", title="Pesawat Kargo Hilang Kontak di Papua",
            body="Pesawat Twin Otter DHC-6 seri 400 PK-XYZ hilang kontak dalam penerbangan dari Timika ke Ilaga. "
                 "Pesawat yang berkapasitas 19 orang itu hanya membawa empat awak."),
    Article(id="pesawat-b", outlet="Okezone", published="2019-09-19", title="Pencarian Hari Kedua Pesawat Twin Otter",
            body="\"Hari ini tim bergerak dengan pesawat PK-ABC, jumlah personel yang terlibat dari tim SAR gabungan 14 orang, termasuk kru pesawat.\""),
]


def test_a_place_is_read_by_any_of_its_names_in_a_measure():
    spans = F._place_spans(["inflasi", "sumut"])
    assert [key for _, _, key in spans] == ["sumatera_utara"]
    assert F._without_places(["inflasi", "sumatera", "utara"]) == ["inflasi"]
    assert F._without_places(["papua", "pegunungan"], keep_place_only=False) == []


def test_islands_hold_their_provinces():
    assert F._within("bandung", "jawa") and F._within("kalimantan_tengah", "kalimantan")
    assert F._conflict("kalimantan", "jawa_barat") and not F._conflict("kalimantan", "kalimantan_barat")


async def test_a_province_asked_takes_its_own_rate_and_the_nation_not_a_provinces(empty_engine):
    await empty_engine.ingest_articles([PRICES])
    assert labels(await empty_engine.ask("berapa inflasi tahunan Sumatera Utara pada September 2025?")) == ["mencapai 5,21%"]
    assert labels(await empty_engine.ask("berapa inflasi tahunan nasional Indonesia pada September 2025?")) == ["2,65%"]


async def test_a_countrys_count_is_not_an_islands(empty_engine):
    await empty_engine.ingest_articles([POVERTY])
    got = labels(await empty_engine.ask("berapa jumlah penduduk miskin Indonesia pada Maret 2025?"))
    assert got == ["23.850.000"], got


async def test_a_forecast_asked_by_its_author_is_that_authors(empty_engine):
    await empty_engine.ingest_articles([FORECASTS])
    assert labels(await empty_engine.ask("berapa proyeksi IMF untuk inflasi Indonesia pada 2025?")) == ["1,8%"]
    assert labels(await empty_engine.ask("berapa perkiraan Bank Indonesia untuk inflasi 2025?")) == ["2,4%"]


def test_a_forecast_noun_asks_what_it_forecasts():
    frame = F.question_frame("berapa proyeksi IMF untuk inflasi Indonesia pada 2025?", TextPipeline())
    assert frame.noun == "inflasi" and frame.forecast
    assert F.asked_forecaster("berapa proyeksi IMF untuk inflasi Indonesia pada 2025?") == frozenset({"imf"})


async def test_a_total_is_not_a_count_of_how_far_it_has_got(empty_engine):
    await empty_engine.ingest_articles(ELECTION)
    assert labels(await empty_engine.ask("berapa provinsi yang menyelenggarakan Pilkada 2018?")) == ["17 provinsi"]


async def test_how_far_asked_takes_the_count_of_how_far(empty_engine):
    await empty_engine.ingest_articles(ELECTION)
    got = labels(await empty_engine.ask("berapa provinsi yang sudah menyepakati naskah hibah Pilkada 2018?"))
    assert "1" in got, got


async def test_a_comparisons_year_and_event_are_not_the_figures(empty_engine):
    await empty_engine.ingest_articles(ELECTION)
    got = labels(await empty_engine.ask("berapa TPS yang disiapkan KPU Jawa Timur untuk Pilkada Jatim 2018?"))
    assert got == ["68.400"], got


def test_a_models_series_and_a_range_of_days_are_no_figures():
    assert [q.text for q in find_quantities("Pesawat Twin Otter DHC-6 seri 400 PK-XYZ membawa 4 orang.")] == ["4 orang"]
    assert [q.text for q in find_quantities("Penderita diabetes tipe 2 mencapai 10 juta orang.")] == ["mencapai 10 juta orang"]
    assert find_quantities("Rekapitulasi berlangsung pada 4 - 9 Juli 2018.") == []
    assert [q.text for q in find_quantities("Korban diperkirakan 4 - 9 orang.")] == ["4 - 9 orang"]


def test_a_vehicles_clause_is_the_vehicles():
    pipeline = TextPipeline()
    assert F.question_frame("berapa kapasitas penumpang pesawat Twin Otter yang hilang kontak di Papua?", pipeline).predicates == ()
    assert F.question_frame("berapa korban banjir yang meninggal?", pipeline).predicates == ("killed",)
    assert F.question_frame("berapa tentara Korut yang dikirim ke Rusia yang tewas?", pipeline).predicates == ("sent", "killed")


async def test_a_missing_planes_capacity_and_a_teams_restated_count(empty_engine):
    await empty_engine.ingest_articles(PLANE)
    assert labels(await empty_engine.ask("berapa kapasitas penumpang pesawat Twin Otter yang hilang kontak di Papua?")) == ["19"]
    got = labels(await empty_engine.ask("berapa personel tim SAR gabungan yang terlibat dalam pencarian pesawat Twin Otter?"))
    assert got == ["14"], got


MONTHLY = Article(
    id="inflasi-juli", outlet="detikcom", published="2025-08-01", title="Harga Beras Naik, Inflasi Indonesia Juli 2025 Terkerek",
    body="Badan Pusat Statistik (BPS) mencatat inflasi Indonesia pada Juli 2025 sebesar 0,28% secara bulanan disumbang harga beras. "
         "Komoditas yang dominan mendorong inflasi Juli 2025 adalah beras yang memberikan andil inflasi bulanan sebesar 0,07%. "
         "Komoditas lain yang memberi andil inflasi Juli adalah cabai dengan andil sebesar 0,04%. "
         "Secara tahunan terjadi inflasi 2,31%, dan secara tahun kalender terjadi inflasi 1,62%.")
SEARCH = Article(
    id="pesawat-c", outlet="Okezone", published="2019-09-20", title="Pencarian Pesawat Twin Otter Difokuskan di Lembah",
    body="Pencarian difokuskan pada lokasi terakhir pesawat hilang kontak, yakni berjarak 16 mil dari Ilaga dan 44 mil dari Kabupaten Mimika. "
         "Pesawat lalu terdeteksi pada ketinggian 14.100 feet sebelum hilang.")


async def test_a_rates_period_is_its_own(empty_engine):
    await empty_engine.ingest_articles([MONTHLY])
    assert labels(await empty_engine.ask("berapa inflasi tahunan Indonesia pada Juli 2025?")) == ["2,31%"]
    assert labels(await empty_engine.ask("berapa inflasi bulanan Indonesia pada Juli 2025?")) == ["0,28%"]


async def test_a_contribution_asked_is_the_givers_share(empty_engine):
    await empty_engine.ingest_articles([MONTHLY])
    assert labels(await empty_engine.ask("berapa andil beras terhadap inflasi bulanan Juli 2025?")) == ["0,07%"]


def test_a_vehicles_predicate_without_yang_and_a_time_clause_ask_no_class():
    pipeline = TextPipeline()
    assert F.question_frame("berapa mil jarak titik terakhir pesawat Twin Otter PK-CDC hilang kontak dari Ilaga?",
                            pipeline).predicates == ()
    assert F.question_frame("pada ketinggian berapa kaki pesawat itu terdeteksi sebelum hilang?", pipeline).predicates == ()
    assert F.question_frame("berapa tentara Korut tewas di Kursk?", pipeline).predicates == ("killed",)


async def test_a_distance_from_the_asked_place_in_any_spelling(empty_engine):
    await empty_engine.ingest_articles([SEARCH])
    assert labels(await empty_engine.ask("berapa mil jarak lokasi terakhir pesawat Twin Otter hilang kontak dari Ilaga?")) == ["16"]
    assert labels(await empty_engine.ask("pada ketinggian berapa kaki pesawat Twin Otter terakhir terdeteksi sebelum hilang?")) == ["14.100"]


CANDIDATES = Article(
    id="lhkpn-a", outlet="Suara.com", published="2018-01-11", title="KPK Terima Laporan Harta Calon Kepala Daerah Pilkada 2018",
    body="KPK sudah menerima 391 laporan harta kekayaan dari calon kepala daerah yang ikut Pilkada 2018. "
         "Dia merinci calon kepala daerah tersebut masing-masing berasal dari calon gubernur sebanyak 22 orang dan calon bupati sebanyak 138 orang.")
ABOARD = [
    Article(id="pesawat-d", outlet="Tempo.co", published="2019-09-18", title="Pesawat Twin Otter PK-XYZ Hilang Kontak di Papua",
            body="Pesawat Twin Otter PK-XYZ yang hilang kontak di Papua tidak membawa penumpang. "
                 "Orang yang berada di dalam pesawat itu hanya tiga awak."),
    Article(id="pesawat-e", outlet="Okezone", published="2019-09-18", title="Tim SAR Cari Pesawat Twin Otter PK-XYZ di Papua",
            body="Personel yang dikerahkan mencari pesawat PK-XYZ berjumlah 11 orang menggunakan pesawat Twin Otter PK-ABD."),
]


async def test_a_status_nouns_other_kind_is_no_count_of_the_asked_kind(empty_engine):
    await empty_engine.ingest_articles([CANDIDATES])
    answer = await empty_engine.ask("berapa calon kepala daerah Pilkada 2018 yang sudah menyerahkan LHKPN ke KPK?")
    assert "138" not in labels(answer) and "22" not in labels(answer), labels(answer)


async def test_who_is_aboard_counts_people_of_any_kind_and_not_the_search_planes(empty_engine):
    await empty_engine.ingest_articles(ABOARD)
    got = labels(await empty_engine.ask("berapa orang yang berada di dalam pesawat Twin Otter PK-XYZ yang hilang kontak di Papua?"))
    assert got == ["3"], got
    got = labels(await empty_engine.ask("berapa personel yang dikerahkan mencari pesawat Twin Otter PK-XYZ di Papua?"))
    assert got == ["11"], got


BUDGET = Article(
    id="apbn-defisit", outlet="detikcom", published="2025-10-20", title="Defisit APBN 2026 Dirancang Melebar",
    body="Sementara untuk tahun depan, defisit APBN 2026 dirancang sebesar Rp 690 triliun atau 2,69% terhadap produk "
         "domestik bruto (PDB).")


async def test_a_share_restating_an_amount_answers_with_it(empty_engine):
    await empty_engine.ingest_articles([BUDGET])
    got = labels(await empty_engine.ask("berapa defisit yang dirancang dalam APBN 2026?"))
    assert got == ["Rp 690 triliun", "2,69%"], got


def test_a_vehicles_predicate_is_not_its_crews():
    frames = F.figure_frames("Pesawat Twin Otter DHC 6-400 dengan registrasi PK-XYZ yang hilang kontak membawa 4 awak.",
                             [(81, 87, "awak")])
    assert frames == [(None, [], False)]
    frames = F.figure_frames("Tim SAR yang hilang kontak membawa 4 awak.", [(35, 41, "awak")])
    assert frames[0][1] == ["missing"]
    # an active verb does to its object what it says: the crash killed the 189 people
    sentence = "Kecelakaan pesawat yang menewaskan 189 orang ini masih diselidiki."
    at = sentence.index("189")
    assert F.figure_frames(sentence, [(at, at + 10, "orang")])[0][1] == ["killed"]
    sentence = "Bus yang terjun ke jurang itu melukai 20 penumpang."
    at = sentence.index("20")
    assert F.figure_frames(sentence, [(at, at + 12, "penumpang")])[0][1] == ["wounded"]


TRANSIT = Article(
    id="penumpang-harian", outlet="Tempo.co", published="2019-09-11", title="Penumpang Angkutan Umum Naik saat Ganjil Genap",
    body="Jumlah penumpang KRL pada hari pertama perluasan ganjil genap mencapai 913 ribu orang. "
         "Pada hari yang sama, jumlah penumpang MRT hanya mencapai 86.000 orang. "
         "Jumlah penumpang Transjakarta mencapai 892 ribu orang.")


async def test_people_asked_of_a_named_owner_are_not_anothers(empty_engine):
    await empty_engine.ingest_articles([TRANSIT])
    got = labels(await empty_engine.ask("berapa jumlah penumpang KRL pada hari pertama perluasan ganjil genap?"))
    assert got == ["mencapai 913.000"], got
    got = labels(await empty_engine.ask("berapa jumlah penumpang Transjakarta pada hari pertama perluasan ganjil genap?"))
    assert got == ["mencapai 892.000"], got


def test_a_score_after_a_match_word_is_a_scoreline_no_range():
    # a scoreline counts nothing: both tallies, for a question asking a match's (tests/test_scores.py)
    def scores(sentence: str) -> list[tuple[float, float | None, float | None, str | None]]:
        return [(q.value, q.against, q.high, q.unit) for q in find_quantities(sentence)]
    assert scores("Arsenal kalah 0-2 dan dilanjutkan dengan skor 0-1 pada Februari.") == [(0, 2, None, None), (0, 1, None, None)]
    assert scores("Timnas kalah 2-3 dari Malaysia.") == [(2, 3, None, None)]
    assert [q.text for q in find_quantities("Korban diperkirakan 2-3 orang.")] == ["2-3 orang"]


VOTES = Article(
    id="suara-dapil", outlet="wowkeren.com", published="2019-09-21", title="Perolehan Suara Artis di Dapil Jawa Barat",
    body="Baik Ervan Saputra maupun Mulyani Dewi sama-sama maju di daerah pemilihan Jawa Barat XI dengan perolehan suara masing-masing "
         "33.901 dan 24.187 suara.")


async def test_a_tickets_votes_are_not_other_candidates(empty_engine):
    assert F.question_frame("berapa suara Prabowo-Sandi di Jawa Barat?", TextPipeline()).holders == ("prabowo", "sandi")
    await empty_engine.ingest_articles([VOTES])
    assert labels(await empty_engine.ask("berapa suara Prabowo-Sandi di Jawa Barat?")) == []


def test_where_the_counted_go_is_asked_unless_they_are_sent_or_passing():
    pipeline = TextPipeline()
    assert F.question_frame("berapa jumlah wisatawan mancanegara ke Bali?", pipeline).places == ("bali",)
    assert F.question_frame("berapa tentara Korut yang dikirim ke Rusia?", pipeline).places == ()
    assert F.question_frame("berapa pemudik yang kembali ke Pulau Jawa lewat Bakauheni?", pipeline).places == ()


def test_a_place_in_an_order_is_no_count():
    sentence = "Bali kalah oleh Seoul yang berada di peringkat 11 dengan total kunjungan 11,25 juta wisatawan."
    assert [q.text for q in find_quantities(sentence)] == ["11,25 juta wisatawan", "peringkat 11"]
    assert [q.text for q in find_quantities("Inflasi berada di posisi 2,5%.")] == ["2,5%"]


GOLD = [
    Article(id="emas-a", outlet="Okezone", published="2019-09-10", title="Harga Emas Antam Turun",
            body="Harga emas Antam hari ini dijual Rp 754.000 per gram. "
                 "Berikut daftar harga emas Antam untuk pecahan lainnya:,- 1 gram: Rp754.000,- 2 gram: Rp1.457.000,- 5 gram: Rp3.590.000."),
    Article(id="emas-b", outlet="Okezone", published="2019-09-11", title="Harga Emas Antam Turun Lagi",
            body="Harga emas Antam hari ini dijual Rp 751.000 per gram."),
]


async def test_todays_price_is_the_newest_reports_and_a_gram_not_a_bar(empty_engine):
    await empty_engine.ingest_articles(GOLD)
    got = labels(await empty_engine.ask("berapa harga emas Antam hari ini?"))
    assert got == ["Rp 751.000"], got
    got = labels(await empty_engine.ask("berapa harga emas Antam?"))
    assert got == ["Rp 754.000", "Rp 751.000"], got


MARKET = Article(
    id="harga-pangan", outlet="Kompas.com", published="2019-09-02", title="Harga Beras dan Pangan Naik",
    body="Rerata harga beras kualitas medium naik menjadi Rp 9.230 per kilogram. "
         "Di sentra beras medium, rerata harga gabah kering panen naik menjadi Rp 4.760 per kilogram. "
         "Di pasar beras medium yang sama, harga cabai rawit anjlok hingga Rp 6 ribu per kilogram.")


async def test_a_goods_price_is_not_anothers(empty_engine):
    await empty_engine.ingest_articles([MARKET])
    got = labels(await empty_engine.ask("berapa harga beras medium per kilogram?"))
    assert got == ["Rp 9.230"], got


RUPIAH = Article(
    id="kurs-a", outlet="Tribunnews", published="2019-09-10", title="Rupiah Menguat terhadap Dolar AS",
    body="Nilai tukar rupiah terhadap dolar AS hari ini ditutup di level Rp 14.050 per dolar AS. "
         "Dilihat dari nilai tukar rupiah terhadap dolar AS, taksiran harga satu menara itu sekitar US$ 140 ribu.")


async def test_the_rupiahs_rate_is_said_in_rupiah(empty_engine):
    await empty_engine.ingest_articles([RUPIAH])
    got = labels(await empty_engine.ask("berapa nilai tukar rupiah terhadap dolar AS?"))
    assert got == ["Rp 14.050"], got


def test_a_label_after_a_colon_is_no_figure():
    assert find_quantities("Permohonan itu terdaftar dengan Nomor: 97/Pid.Pra/2019/PN.JKT.SEL.") == []


GROWTH = Article(
    id="pertumbuhan-a", outlet="detikcom", published="2025-10-10", title="Pertumbuhan Ekonomi Indonesia 2025",
    body="Pertumbuhan ekonomi Indonesia pada 2025 tercatat 5,04 persen. "
         "Bank Dunia memproyeksikan pertumbuhan ekonomi Indonesia pada 2025 tidak sampai 5 persen.")
REGISTRANTS = Article(
    id="cpns-a", outlet="Tempo.co", published="2019-09-10", title="Pendaftar CPNS 2019",
    body="Batas usia calon pendaftar CPNS yang mendaftar adalah 35 tahun. Jumlah pendaftar CPNS 2019 mencapai 4,2 juta orang.")


async def test_a_forecast_is_no_growth_and_an_age_restates_no_count(empty_engine):
    await empty_engine.ingest_articles([GROWTH, REGISTRANTS])
    assert labels(await empty_engine.ask("berapa pertumbuhan ekonomi Indonesia pada 2025?")) == ["tercatat 5,04%"]
    got = labels(await empty_engine.ask("berapa jumlah pendaftar CPNS 2019?"))
    assert got == ["4.200.000"], got


CASES = Article(
    id="kasus-a", outlet="Okezone", published="2019-09-18", title="KPK Tetapkan Tersangka Baru",
    body="KPK telah menetapkan dua tersangka baru dalam kasus suap dana hibah KONI. "
         "Sebelumnya, KPK telah menetapkan empat tersangka baru terkait kasus korupsi e-KTP. "
         "Contohnya, peserta BPJS Kesehatan kelas 3 menunggak iuran.")


async def test_a_case_asked_by_name_is_not_another_case(empty_engine):
    await empty_engine.ingest_articles([CASES])
    got = labels(await empty_engine.ask("berapa jumlah tersangka kasus suap dana hibah KONI?"))
    assert got == ["2"], got


def test_a_class_named_by_its_number_is_no_count():
    assert find_quantities("Contohnya, peserta BPJS Kesehatan kelas 3 menunggak iuran.") == []
    assert [q.text for q in find_quantities("Ada 3 kelas peserta.")] == ["3 kelas"]


def test_menurut_a_pronoun_names_no_speaker():
    from retrieval.claims import find_attribution
    said = find_attribution("Ekonomi melambat, dan menurut kami anggaran Rp 500 triliun itu pasti lebih.")
    assert said.speaker is None and not said.pronoun
    said = find_attribution("Menurut dia, jumlahnya 5 orang.")
    assert said.speaker is None and said.pronoun
    assert find_attribution("Menurut Kepala BPS Suhariyanto, inflasi 0,3 persen.").speaker == "Kepala BPS Suhariyanto"


IMPORTS = Article(
    id="impor-beras", outlet="ANTARA", published="2018-01-13", title="Impor Beras 2018 dan Harga Beras Medium",
    body="Nilai impor beras pada 2018 mencapai US$ 1,03 miliar. "
         "Pada 2018, nilai harga beras impor di pasar mencapai Rp 11.000 per kilogram.")


async def test_a_unit_price_is_no_value_of_trade(empty_engine):
    await empty_engine.ingest_articles([IMPORTS])
    got = labels(await empty_engine.ask("berapa nilai impor beras tahun 2018?"))
    assert got == ["US$ 1,03 miliar"], got


DEMO = [
    Article(id="demo-a", outlet="Okezone", published="2019-09-24", title="Demo Mahasiswa Tolak RUU KUHP di DPR",
            body="Polisi menangkap 94 mahasiswa dalam demo tolak RUU KUHP di depan gedung DPR."),
    Article(id="demo-b", outlet="Kompas.com", published="2019-09-24", title="Mahasiswa Demo Tolak RUU KUHP",
            body="Kemarin ada 20 mahasiswa yang berdemo tolak RUU KUHP di luar gedung DPR."),
]


async def test_an_arrest_asked_is_a_figure_said_to_be_arrested(empty_engine):
    await empty_engine.ingest_articles(DEMO)
    got = labels(await empty_engine.ask("berapa jumlah mahasiswa yang ditangkap saat demo tolak RUU KUHP?"))
    assert got == ["94"], got
    from retrieval.relevance import figure_answers
    frame = F.question_frame("berapa jumlah mahasiswa yang ditangkap saat demo tolak RUU KUHP?", TextPipeline())
    sentence = "Kemarin ada 20 mahasiswa yang berdemo tolak RUU KUHP di luar gedung DPR."
    figures = [dict(vars(q)) for q in find_quantities(sentence)]
    assert [figure_answers(frame, q, sentence, None, siblings=figures) for q in figures] == [False]
    frame = F.question_frame("berapa personel yang dikerahkan untuk mengamankan laga Indonesia vs Thailand?", TextPipeline())
    assert frame.predicates == ("sent",)


def test_a_contribution_said_with_its_owner_and_far_from_its_figure():
    """Session 22: "memangkas sumbangannya pada Perserikatan Bangsa-Bangsa ( PBB ) sebesar US$ 2 juta"
    says the contribution ("-nya", and further back than a few words) within the figure's clause."""
    from retrieval.grades import contribution_fits
    sentence = ("Israel mengumumkan akan memangkas sumbangannya pada Perserikatan Bangsa-Bangsa ( PBB ) sebesar "
                "US$ 2 juta .")
    assert contribution_fits("berapa sumbangan Israel untuk PBB yang dipangkas?", {"text": "2 juta"}, sentence)
    # a figure of another clause than the contribution's is none
    other = "Sumbangan Israel untuk PBB dipangkas, sementara anggaran militernya naik US$ 2 juta."
    assert not contribution_fits("berapa sumbangan Israel untuk PBB yang dipangkas?", {"text": "2 juta"}, other)


def test_a_giving_asked_with_the_nasalised_verb():
    """Session 33: "menyumbang" is meN- + sumbang (the s goes): a question asking what a region
    gives ("Bali menyumbang berapa persen devisa …") takes the share said to be given, as
    "disumbangkan" always did."""
    from retrieval.grades import contribution_fits
    sentence = "Padahal, Bali menyumbang 44 persen devisa pariwisata nasional."
    figure = {"text": "44 persen", "unit": "persen"}
    assert contribution_fits("Bali menyumbang berapa persen devisa pariwisata nasional?", figure, sentence)
    assert contribution_fits("berapa persen devisa yang disumbangkan Bali?", figure, sentence)
    # a rate asked as itself is still not one thing's share of it
    assert not contribution_fits("berapa persen kenaikan devisa pariwisata nasional?", figure, sentence)
