"""Three readings of a figure, each a class: a bound asked ("tarif batas bawah", "paling lambat")
takes no figure its stretch gives as the other end; a multiplier ("naik 2 kali lipat") counts
nothing; and when no figure answers otherwise, a figure of the best articles whose clause names
the asked noun before it ("Kerugian negara dalam kasus ini mencapai Rp 205,14 miliar") answers."""
from __future__ import annotations

from retrieval.claims import find_quantities
from retrieval.clean import Article
from retrieval.grades import bound_fits

from .answered import FILLER
from .answered import answer_labels as labels


def _bound_kept(question: str, sentence: str) -> list[str]:
    return [q.text for q in find_quantities(sentence) if bound_fits(question, q.__dict__, sentence)]


def test_a_bound_asked_takes_no_figure_given_as_the_other_end():
    fares = ('"Di wilayah I tarif bawahnya itu Rp 3.500 per kilometer dengan tarif batas atasnya Rp 6.000," '
             'kata Pudji.')
    assert _bound_kept("berapa tarif batas bawah taksi online wilayah I?", fares) == ["3.500"]
    assert _bound_kept("berapa tarif batas atas taksi online wilayah I?", fares) == ["6.000"]
    vote = ("MK memutus pemilu lokal dilaksanakan paling cepat dua tahun dan paling lambat dua setengah tahun "
            "setelah pemilu nasional.")
    assert "dua" not in _bound_kept("paling lambat berapa tahun setelah pemilu nasional pemilu lokal digelar?", vote)
    assert _bound_kept("paling cepat berapa tahun setelah pemilu nasional pemilu lokal digelar?", vote) == ["dua"]
    # no bound asked, or a bound word that is part of a name: every figure stays
    assert _bound_kept("berapa tarif taksi online wilayah I?", fares) == ["3.500", "6.000"]
    # "atas" alone is a preposition, no bound
    assert _bound_kept("berapa tarif batas bawah taksi online?", "Tarif taksi online naik di atas Rp 5.000.") == ["5.000"]
    wage = "UMK Jabar 2018 tertinggi ialah Kabupaten Karawang yakni Rp 3.919.291."
    assert _bound_kept("berapa Upah Minimum Provinsi (UMP) Jawa Barat tahun 2018?", wage) == ["3.919.291"]


BPJS = Article(
    id="bpjs-diabetes", outlet="detikcom", published="2025-10-20",
    title="Pasien Diabetes-Hipertensi RI Naik 2 Kali Lipat, Sedot Biaya BPJS",
    body="Jumlah peserta BPJS Kesehatan dengan diabetes melitus yang mengakses layanan FKTP melonjak menjadi "
         "2,8 juta peserta pada 2024. Biaya layanan untuk kedua penyakit itu ikut membengkak.")


async def test_a_multiplier_counts_no_one(empty_engine):
    await empty_engine.ingest_articles([BPJS, *FILLER])
    got = labels(await empty_engine.ask("berapa pasien diabetes melitus yang mengakses layanan FKTP BPJS Kesehatan "
                                        "pada 2024?"))
    assert not any(g.startswith("2 ") or g == "2" for g in got), got


TOLL = Article(
    id="tol-lahan", outlet="detikcom", published="2025-10-21",
    title="Kejati Tetapkan Tiga Tersangka Baru",
    body="Kejaksaan Tinggi menetapkan tiga tersangka dugaan korupsi pengadaan lahan di sekitar Jalan Tol Trans "
         "Sumatera ruas Betung. Ketiganya langsung ditahan selama 20 hari ke depan. "
         "Penyidik memeriksa puluhan saksi sejak Agustus. "
         "Kerugian negara dalam kasus ini mencapai Rp 205,14 miliar. "
         "Para tersangka dijerat pasal 2 dan pasal 3 UU Tipikor.")


async def test_when_nothing_answers_a_figure_whose_clause_names_the_asked_noun_does(empty_engine):
    await empty_engine.ingest_articles([TOLL, *FILLER])
    got = labels(await empty_engine.ask("berapa kerugian negara dalam kasus dugaan korupsi pengadaan lahan di sekitar "
                                        "Jalan Tol Trans Sumatera?"))
    assert got == ["Rp 205,14 miliar"], got


ISRAEL_UN = Article(
    id="israel-pbb", outlet="Tempo.co", published="2017-03-30", title="Israel Pangkas Sumbangan untuk PBB",
    body="Israel mengumumkan akan memangkas sumbangannya pada Perserikatan Bangsa-Bangsa (PBB) sebesar US$ 2 juta. "
         "Keputusan itu diambil setelah Dewan HAM PBB mengeluarkan lima resolusi yang mengkritik Israel. "
         "Sebanyak 2 juta warga Palestina tinggal di Jalur Gaza.")


async def test_deposits_gifts_and_donations_are_amounts_of_money(empty_engine):
    """"berapa sumbangan", "berapa simpanan", "berapa hadiah" ask amounts of money, as "berapa
    iuran" does: an amount in dollars answers, a count of people does not."""
    from retrieval.frame import question_frame
    from retrieval.text import TextPipeline
    p = TextPipeline()
    for q in ("berapa simpanan dana Pemprov Jawa Barat di perbankan?", "berapa total hadiah turnamen China Open 2019?",
              "berapa sumbangan Israel untuk PBB yang dipangkas?"):
        assert question_frame(q, p).money, q
    await empty_engine.ingest_articles([ISRAEL_UN, *FILLER])
    got = labels(await empty_engine.ask("berapa sumbangan Israel untuk PBB yang dipangkas menurut pengumuman "
                                        "Kementerian Luar Negeri Israel?"))
    assert got == ["US$ 2 juta"], got


SAMBO = Article(
    id="sambo-asia", outlet="Kompas.com", published="2019-09-19", title="Pengurus Sambo Galau",
    body="Pengurus besar sambo menyiapkan atlet untuk SEA Games 2019 Filipina. "
         "Di Kejuaraan Asia di India atlet Sambo sukses merebut tiga emas, dua perak dan satu perunggu. "
         "Sambo akan mengirim 12 atlet ke Filipina.")


async def test_a_list_of_kinds_counts_the_noun_left_out(empty_engine):
    """"merebut tiga emas, dua perak dan satu perunggu": each kind counts medals, although the
    sentence never says "medali"; a kind word alone outside such a list still counts nothing."""
    await empty_engine.ingest_articles([SAMBO, *FILLER])
    got = labels(await empty_engine.ask("berapa medali emas yang direbut atlet sambo Indonesia di Kejuaraan Asia "
                                        "2019 di India?"))
    assert got == ["3"], got


def test_what_held_after_something_asked_is_not_what_held_at_its_start():
    from retrieval.periods import start_state_fits

    def kept(question: str, sentence: str) -> list[str]:
        return [q.text for q in find_quantities(sentence) if start_state_fits(question, q.__dict__, sentence)]
    vo2 = "Di awal pelatnas VO2Max anak-anak rata-rata di bawah 50."
    assert kept("berapa rata-rata VO2Max atlet kick boxing setelah berlatih di ISTC Sukabumi?", vo2) == []
    assert kept("berapa rata-rata VO2Max atlet kick boxing di awal pelatnas?", vo2) != []
    budget = "Efisiensi anggaran untuk upacara yang sebelumnya ditaksir mencapai 85 juta dollar AS."
    assert kept("berapa anggaran upacara pembukaan Asian Games 2018 setelah efisiensi?", budget) == []
    now = "Semula tarifnya Rp 9.000 dan kini menjadi Rp 9.500."
    assert kept("berapa tarif tol setelah naik?", now) == ["9.500"]
    # "setelah" starting a span asked: no state
    assert kept("berapa hari setelah penyiraman Jokowi memanggil Kapolri?", "Sebelumnya Jokowi menunggu 97 hari.") \
        == ["97"]


IKN = Article(
    id="ikn-banggar", outlet="detikcom", published="2025-09-20", title="Basuki Buka Suara soal Anggaran IKN",
    body="Kepala Otorita IKN Basuki Hadimuljono buka suara terkait tambahan anggaran sebesar Rp 14,92 triliun untuk "
         "tahun 2026 yang ditolak Banggar DPR tersebut. Otorita IKN mempekerjakan 1.200 pegawai.")


async def test_an_addition_or_a_cut_of_money_is_an_amount_of_money(empty_engine):
    """"berapa tambahan anggaran", "berapa pemangkasan dana": the change of an amount, in money."""
    from retrieval.frame import question_frame
    from retrieval.text import TextPipeline
    p = TextPipeline()
    for q in ("berapa tambahan anggaran 2026 yang diajukan Otorita IKN?", "berapa pemangkasan dana transfer ke daerah?"):
        assert question_frame(q, p).money, q
    await empty_engine.ingest_articles([IKN, *FILLER])
    got = labels(await empty_engine.ask("berapa tambahan anggaran 2026 yang diajukan Kepala Otorita IKN Basuki "
                                        "Hadimuljono namun ditolak Badan Anggaran DPR?"))
    assert got == ["Rp 14,92 triliun"], got


PAPUA = [
    Article(id="papua-wiranto", outlet="Tribunnews", published="2019-09-10", title="Mahasiswa Papua Pulang Kampung",
            body="Gelombang mahasiswa asal Papua yang pulang kampung terus bertambah. "
                 "Dari data terakhir yang disebut Menteri Koordinator Bidang Politik, Hukum dan Keamanan Wiranto, "
                 "sudah sekitar 830 mahasiswa Papua kembali ke tempat asalnya. "
                 "\"Kami akan menambah 6.000 personel keamanan di Papua,\" kata Wiranto."),
    Article(id="papua-lukas", outlet="Kompas.com", published="2019-09-11", title="Eksodus Mahasiswa Papua",
            body="Gubernur Papua Lukas Enembe mengatakan 1.200 mahasiswa Papua sudah pulang kampung dari berbagai kota."),
]


async def test_a_speaker_named_after_a_word_of_saying_is_who_said_it(empty_engine):
    """"menurut Wiranto": a sentence with no quoted speaker that names him after "yang disebut" is
    his; a figure said by another named speaker is not."""
    await empty_engine.ingest_articles([*PAPUA, *FILLER])
    got = labels(await empty_engine.ask("berapa mahasiswa asal Papua yang pulang kampung menurut Menko Polhukam "
                                        "Wiranto?"))
    assert got == ["sekitar 830"], got
    assert not any("1.200" in g for g in got), got


HONDA = Article(
    id="honda-agustus", outlet="Tempo.co", published="2019-09-12", title="Penjualan Honda Agustus 2019",
    body="PT Honda Prospect Motor mengumumkan pencapaian penjualan retail Honda sepanjang Agustus 2019 sebesar "
         "13.127 unit. Pada segmen mobil premium, Honda Accord mencatatkan penjualan sebanyak 100 unit, diikuti "
         "Honda Civic sedan sebanyak 70 unit, Honda City sebanyak 48 unit dan Honda Odyssey sebanyak 20 unit.")


async def test_a_whole_asked_by_its_name_takes_no_item_of_its_breakdown(empty_engine):
    """"penjualan ritel Honda": not the models' parts ("Honda Civic sedan sebanyak 70 unit"), whose
    names are the asked one and more; a question naming the model takes its figure."""
    await empty_engine.ingest_articles([HONDA, *FILLER])
    got = labels(await empty_engine.ask("Berapa unit penjualan ritel Honda sepanjang Agustus 2019?"))
    assert got == ["13.127"], got
    got = labels(await empty_engine.ask("Berapa unit penjualan Honda Civic sepanjang Agustus 2019?"))
    assert "70" in got and "48" not in got, got


def test_a_month_asked_takes_no_figure_of_the_year_so_far():
    from retrieval.frame import question_frame, time_fits
    from retrieval.text import TextPipeline
    p = TextPipeline()
    ytd = "Sepanjang tahun 2019, Honda telah membukukan penjualan retail sebanyak 97.367 unit."
    month = "PT Honda Prospect Motor mengumumkan penjualan retail sepanjang Agustus 2019 sebesar 13.127 unit."

    def fits(question: str, sentence: str, figure: str) -> bool:
        return time_fits(question_frame(question, p), sentence, None, "2019-09-12", None, figure)
    assert not fits("berapa penjualan ritel Honda sepanjang Agustus 2019?", ytd, "97.367 unit")
    assert fits("berapa penjualan ritel Honda sepanjang Agustus 2019?", month, "13.127 unit")
    # the year so far asked, in either way: it answers
    assert fits("berapa penjualan ritel Honda sepanjang tahun 2019 sampai Agustus?", ytd, "97.367 unit")
    assert fits("berapa penjualan ritel Honda Januari-Agustus 2019?", ytd, "97.367 unit")


def test_a_rate_said_by_the_short_form_the_question_gives_is_the_asked_rate():
    """"Tingkat Pengangguran Terbuka (TPT)" asked: "penurunan Tingkat Pengangguran Terbuka (TPT) dari
    4,82% menjadi 4,76%" measures it, though the phrase before the change is read as "TPT"."""
    from retrieval.frame import measure_fits, question_frame
    from retrieval.text import TextPipeline
    p = TextPipeline()
    frame = question_frame("Berapa persen Tingkat Pengangguran Terbuka (TPT) Indonesia pada Februari 2025?", p)
    s = ("Survei Angkatan Kerja Nasional Februari 2025 juga mencatat penurunan Tingkat Pengangguran Terbuka (TPT) "
         "dari 4,82% menjadi 4,76%.")
    assert "4,76%" in [q.text for q in find_quantities(s) if measure_fits(frame, q.__dict__, s)]


def test_the_end_of_a_month_asked_is_now_in_the_first_days_after_it():
    """"pada akhir September 2019": an article of 1 October saying "kini … tersisa 12 unit" tells the
    month's end; one of 10 October tells its own day. What "mulanya" held is the state before."""
    from retrieval.frame import question_frame, time_fits
    from retrieval.periods import start_state_fits
    from retrieval.text import TextPipeline
    p = TextPipeline()
    question = "berapa pesawat yang masih dioperasikan Sriwijaya Air pada akhir September 2019?"
    s = "Jika mulanya Sriwijaya Air mengoperasikan 30 pesawat, maka akibat sengketa KSM tersebut kini hanya tersisa 12 unit."
    frame = question_frame(question, p)
    assert time_fits(frame, s, None, "2019-10-01", None, "12 unit")
    assert not time_fits(frame, s, None, "2019-10-10", None, "12 unit")
    assert [q.text for q in find_quantities(s) if start_state_fits(question, q.__dict__, s)] == ["12 unit"]


def test_an_amount_listed_after_the_asked_name_written_longer_is_its_own():
    """"Anies-Sandi" asked: "Gubernur DKI Anies Baswedan dan Wagub Sandiaga Uno menganggarkan … Rp
    799 miliar" is theirs, in a sentence of two figures."""
    from retrieval.frame import party_fits, question_frame
    from retrieval.text import TextPipeline
    p = TextPipeline()
    frame = question_frame("berapa anggaran pengadaan lahan untuk program rumah DP 0 rupiah Anies-Sandi?", p)
    dp0 = ("Untuk menjalankan program rumah DP 0 rupiah, Gubernur DKI Anies Baswedan dan Wagub Sandiaga Uno "
           "menganggarkan pengadaan lahan sebesar Rp 799 miliar.")
    assert "799 miliar" in [q.text for q in find_quantities(dp0) if party_fits(frame, q.__dict__, dp0)]


def test_a_stretch_of_months_asked_is_a_period_told_of_later():
    """"BSU Juni-Juli 2025": a report of October saying "telah menerima" tells of it, though its
    lead says "kemarin"; a sentence naming another month does not."""
    from retrieval.frame import question_frame, time_fits
    from retrieval.text import TextPipeline
    p = TextPipeline()
    frame = question_frame("Berapa pekerja yang telah menerima Bantuan Subsidi Upah (BSU) Juni-Juli 2025?", p)
    s = "Sebanyak 14,95 juta pekerja di seluruh Indonesia telah menerima bantuan subsidi upah."
    assert time_fits(frame, s, None, "2025-10-22", ["kemarin"], "14,95 juta pekerja")
    other = "Pada Agustus 2025 sebanyak 3 juta pekerja menerima bantuan subsidi upah."
    assert not time_fits(frame, other, None, "2025-10-22", None, "3 juta pekerja")
