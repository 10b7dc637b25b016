"""Session 39 rules (docs/frames.md "Session 39 rules"), each asked end to end on a small archive."""
from __future__ import annotations

from retrieval.answer import figure_label
from retrieval.clean import Article
from retrieval.frame import question_frame
from retrieval.text import TextPipeline

from .answered import FILLER, listed_values, other_stories

MAUTE = FILLER + other_stories("maute", "Antaranews", "2017-11-06", [
    ("Militan Marawi Menyerah", "Sejumlah militan di Marawi menyerahkan diri kepada tentara Filipina."),
    ("Pengungsi Marawi Pulang", "Pengungsi Marawi mulai kembali ke rumah mereka setelah pertempuran usai."),
]) + [
    Article(id="maute-istri", outlet="Antaranews", published="2017-11-06", title="Istri Petinggi Maute Ditangkap",
            body="Polisi Filipina menangkap Minhati Madrais, istri petinggi kelompok Maute, di Marawi. "
                 "Minhati memiliki enam anak hasil dari pernikahannya dengan Maute."),
]


async def test_a_sentence_before_the_question_sets_the_scene_not_what_is_counted(empty_engine):
    """"… ditangkap polisi Filipina pada November 2017. Berapa anak yang ia miliki …?": the arrest
    is the scene (frame._asked_sentence_start); the children are not asked arrested."""
    await empty_engine.ingest_articles(MAUTE)
    values = listed_values(await empty_engine.ask(
        "Minhati Madrais, istri petinggi Maute, ditangkap polisi Filipina pada November 2017. "
        "Berapa anak yang ia miliki dari pernikahannya dengan Maute?"))
    assert 6 in values, values


def test_a_sentence_is_split_as_articles_are_not_at_an_abbreviation():
    """"Kab. Bekasi" ends no sentence: the noun asked before it still counts the dead."""
    pipeline = TextPipeline()
    frame = question_frame("Korban tewas di Kab. Bekasi berapa orang?", pipeline)
    assert (frame.noun or "").lower() == "korban" and "killed" in frame.predicates
    frame = question_frame("Warga ditangkap polisi di Bekasi; berapa anak yang mereka miliki?", pipeline)
    assert (frame.noun or "").lower() == "anak" and not frame.predicates
    # a classifier asked counts no noun of the sentence before ("orang", not the one complaining)
    frame = question_frame("Romahurmuziy mengeluhkan sel rutan berukuran 4x7 meter; berapa orang yang "
                           "menurutnya menempati ruangan itu?", pipeline)
    assert (frame.noun or "").lower() == "orang"


HEAT = FILLER + other_stories("haji", "Antaranews", "2016-09-24", [
    ("Jamaah Haji Kloter Pertama Pulang", "Jamaah haji kloter pertama tiba di tanah air dalam keadaan sehat."),
    ("Petugas Haji Siaga di Arafah", "Petugas haji bersiaga di Arafah untuk membantu jamaah lanjut usia."),
]) + [
    Article(id="haji-suhu", outlet="Antaranews", published="2016-09-24", title="Jamaah Haji Batuk Pilek",
            body="Kondisi cuaca yang cukup ekstrim dengan suhu udara sekitar 52 derajat Celcius menyebabkan "
                 "sebagian besar jamaah haji Indonesia di Mekkah menderita batuk dan pilek. "
                 "Sebanyak 1.200 jamaah haji menderita batuk dan dirawat di klinik kloter."),
]


async def test_a_temperature_is_a_measure_not_a_count_of_the_afflicted(empty_engine):
    """"sekitar 52 derajat … menyebabkan … jamaah menderita batuk": a degree is a measure (frame
    words measure_nouns), so what befell the pilgrims is not said of it."""
    await empty_engine.ingest_articles(HEAT)
    values = listed_values(await empty_engine.ask(
        "Berapa suhu udara di Mekkah yang membuat jamaah haji Indonesia menderita batuk dan pilek?"))
    assert 52 in values, values
    assert 1200 not in values, values


TOLL = FILLER + other_stories("tol", "Antaranews", "2017-10-13", [
    ("Tarif Tol Purbaleunyi Naik", "Tarif tol Purbaleunyi naik mulai bulan depan untuk semua golongan."),
    ("Antrean di Gerbang Tol Baros", "Antrean kendaraan terjadi di gerbang tol Baros pada akhir pekan."),
]) + [
    Article(id="tol-pasteur", outlet="Antaranews", published="2017-10-13", title="Gerbang Tol Pasteur Dipindah",
            body="PT Jasa Marga akan memindahkan gerbang tol masuk Pasteur dari semula berada di kilometer 1 ke "
                 "kilometer 4,75 atau di dekat simpang susun Baros, Bandung. "
                 "Di lokasi baru akan dibangun gardu sebanyak tujuh unit sejauh 2 km 300 meter dari gerbang lama."),
]


async def test_a_point_on_a_road_answers_which_kilometre(empty_engine):
    """"ke kilometer berapa": a point on a road (claims._road_points, an ordinal), not the count of
    booths nor a distance."""
    await empty_engine.ingest_articles(TOLL)
    answer = await empty_engine.ask("Gerbang tol masuk Pasteur di Bandung dipindahkan Jasa Marga ke kilometer berapa?")
    values = listed_values(answer)
    assert 4.75 in values, values
    assert 7 not in values and 2 not in values, values
    assert 1 not in values, values   # where it is moved from (frame.moved_to_fits)
    assert "KM 4,75" in [figure_label(c.figure) for c in answer.claims], answer.claims


EMBARKATION = FILLER + other_stories("embarkasi", "Antaranews", "2017-08-14", [
    ("Jamaah Haji Asal Riau Tiba di Madinah", "Jamaah haji asal Riau tiba di Madinah dalam keadaan sehat."),
    ("Calon Haji Lansia Didampingi", "Calon haji lanjut usia didampingi petugas sejak di asrama haji."),
]) + [
    Article(id="embarkasi-batam", outlet="Antaranews", published="2017-08-14", title="Embarkasi Batam Berangkatkan Calon Haji",
            body="Sampai Senin siang , Embarkasi Hang Nadim Batam sudah memberangkatkan 6.713 calon haji dari "
                 "Provinsi Kepulauan Riau, Riau dan Kalimantan Barat. "
                 "Pada Senin pagi , embarkasi itu baru memberangkatkan 6.300 calon haji."),
]


async def test_the_one_part_of_the_day_a_sentence_opens_with_is_its_figures(empty_engine):
    """"Sampai Senin siang , Embarkasi … sudah memberangkatkan 6.713 calon haji": the part of the
    day is said before the comma, outside the figure's clause, and it is the sentence's only one
    (grades._daypart_said); the morning's count is another moment."""
    await empty_engine.ingest_articles(EMBARKATION)
    values = listed_values(await empty_engine.ask(
        "Hingga Senin siang, 14 Agustus 2017, berapa calon haji yang sudah diberangkatkan Embarkasi Hang Nadim Batam?"))
    assert 6713 in values, values
    assert 6300 not in values, values


HOUSING = FILLER + other_stories("madinah", "Antaranews", "2017-04-02", [
    ("Hotel di Madinah Penuh", "Hotel di sekitar Masjid Nabawi penuh menjelang musim haji."),
    ("ITPC Jeddah Promosikan Produk", "ITPC Jeddah mempromosikan produk makanan Indonesia di Arab Saudi."),
]) + [
    Article(id="madinah-rumah", outlet="Antaranews", published="2017-04-02", title="Peluang Investasi di Madinah",
            body="Selain itu , Pemerintah Madinah juga sedang mengembangkan perumahan untuk jamaah haji dan umrah "
                 "sebesar US$ 6 miliar yang dikerjakan berdasarkan skema public private partnership. "
                 "Kereta cepat Haramain menelan biaya US$ 7 miliar."),
]


async def test_a_project_valued_is_named_by_its_kind(empty_engine):
    """"nilai proyek perumahan": the sentence says "mengembangkan perumahan … sebesar US$ 6 miliar"
    without the word "proyek" (frame._valued_names, frame words kind_named_heads); the railway's
    cost names no housing."""
    await empty_engine.ingest_articles(HOUSING)
    values = listed_values(await empty_engine.ask(
        "Berapa nilai proyek perumahan untuk jamaah haji dan umrah yang dikembangkan Pemerintah Madinah?"))
    assert 6e9 in values, values
    assert 7e9 not in values, values


def test_a_kind_named_is_a_word_after_the_heads():
    """"proyek pengadaan e-KTP": "pengadaan" is another head (its stem "ada" is in every other
    sentence) and "e" of "e-KTP" no word; "proyek pengadaan monitoring satellite": the kind is
    "monitoring"."""
    from retrieval.frame import _valued_names
    pipeline = TextPipeline()
    for question, kinds in (("berapa nilai proyek pengadaan e-KTP?", {"proyek"}),
                            ("berapa nilai proyek pengadaan monitoring satellite Bakamla?", {"proyek", "monitoring"}),
                            ("Berapa nilai proyek perumahan untuk jamaah haji?", {"proyek", "rumah"})):
        frame = question_frame(question, pipeline)
        assert _valued_names(question, frame.value_of, pipeline.stem) == kinds, question


TRANSFERS = FILLER + other_stories("bursa", "Bola.net", "2018-02-02", [
    ("Bursa Transfer Januari Ditutup", "Bursa transfer musim dingin Liga Inggris resmi ditutup pada Rabu malam."),
    ("Spurs Tambah Amunisi", "Tottenham Hotspur menambah amunisi lini serang jelang paruh kedua musim."),
]) + [
    Article(id="bursa-spurs", outlet="Bola.net", published="2018-02-02", title="Tottenham Rekrut Pemain Muda",
            body="Di bursa transfer musim dingin ini Tottenham merekrut 4 pemain muda dengan kontrak berdurasi "
                 "lima setengah tahun atau hingga 2023. "
                 "Pada 2016 Tottenham merekrut 7 pemain muda dari akademi Eropa."),
]


async def test_the_year_a_contract_ends_is_not_when_the_signing_was(empty_engine):
    """"kontrak berdurasi lima setengah tahun atau hingga 2023": a term's end to come
    (frame._TERM_END_YEAR_RE) says nothing of when the signings asked for January 2018 were made;
    another year's signings are still another year's."""
    await empty_engine.ingest_articles(TRANSFERS)
    values = listed_values(await empty_engine.ask(
        "Berapa pemain muda yang direkrut Tottenham Hotspur pada bursa transfer Januari 2018?"))
    assert 4 in values, values
    assert 7 not in values, values


COMPENSATION = FILLER + other_stories("kompensasi", "Kompas.com", "2019-09-11", [
    ("Nelayan Karawang Kembali Melaut", "Nelayan di pesisir Karawang mulai kembali melaut setelah tumpahan minyak dibersihkan."),
    ("Sumur YYA-1 Ditutup", "Pertamina menargetkan sumur YYA-1 ditutup permanen pada akhir bulan."),
]) + [
    Article(id="kompensasi-sedari", outlet="Kompas.com", published="2019-09-11", title="Warga Sedari Terima Kompensasi",
            body="PHE sudah berikan kompensasi tahap awal terhadap 1.245 warga Desa Sedari dan 780 warga Desa "
                 "Tambaksari dengan nilai Rp900 ribu per bulannya untuk tiap orang terhitung sejak Juli 2019. "
                 "Sebanyak 300 warga Desa Sedari telah menerima bantuan sembako sejak Juli 2019."),
]


async def test_a_since_of_a_later_figure_is_not_this_figures(empty_engine):
    """"… 1.245 warga … dengan nilai Rp900 ribu per bulannya … terhitung sejak Juli 2019": the start
    dates the payment, a later figure's phrase (frame._since_in_clause), so the count holds on the
    day asked; a count since July in its own clause is a running total."""
    await empty_engine.ingest_articles(COMPENSATION)
    values = listed_values(await empty_engine.ask(
        "Berapa warga Desa Sedari yang menerima kompensasi tahap awal tumpahan minyak YYA-1 pada 11 September 2019?"))
    assert 1245 in values, values
    assert 300 not in values, values


CAR_SALES = FILLER + other_stories("wuling", "Liputan6.com", "2019-09-12", [
    ("Wuling Luncurkan Varian Baru", "Wuling Motors meluncurkan varian baru Confero di Jakarta."),
    ("Diler Wuling Bertambah", "Jaringan diler Wuling Motors bertambah di luar Pulau Jawa."),
]) + [
    Article(id="wuling-agustus", outlet="Liputan6.com", published="2019-09-12", title="Penjualan Wuling Agustus 2019",
            body="Wuling Motors Indonesia mencatat penjualan sebanyak 1.849 unit (wholesales) sepanjang Agustus 2019. "
                 "Pabrik Wuling di Cikarang memproduksi 3.200 unit mobil sepanjang Agustus 2019."),
]


async def test_what_was_done_to_the_measured_is_named_by_its_noun(empty_engine):
    """"berapa unit mobil Wuling yang terjual": the sales are the measure, "penjualan sebanyak 1.849
    unit" (frame._asked_deed_stems: one stem, jual)."""
    await empty_engine.ingest_articles(CAR_SALES)
    values = listed_values(await empty_engine.ask(
        "Berapa unit mobil Wuling yang terjual (wholesales) pada Agustus 2019?"))
    assert 1849 in values, values


DUTCH_VOTE = FILLER + other_stories("belanda", "CNN Indonesia", "2017-03-16", [
    ("Wilders Akui Kekalahan", "Geert Wilders mengakui partainya gagal menjadi pemenang pemilu Belanda."),
    ("Eropa Sambut Hasil Pemilu Belanda", "Para pemimpin Eropa menyambut hasil pemilu Belanda dengan lega."),
]) + [
    Article(id="belanda-vvd", outlet="CNN Indonesia", published="2017-03-16", title="VVD Menang Pemilu Belanda",
            body="Dengan sekitar 95 persen suara yang masuk , VVD memenangkan 33 dari 150 kursi di parlemen , "
                 "kehilangan 41 kursi yang dia dapatkan saat pemilu 2012 ."),
]


async def test_another_years_event_in_the_figures_clause_is_its_time(empty_engine):
    """"… 41 kursi yang dia dapatkan saat pemilu 2012" for the seats won in the election of March
    2017 (frame._event_kinds: the same kind of event, another year, in the figure's own clause)."""
    await empty_engine.ingest_articles(DUTCH_VOTE)
    values = listed_values(await empty_engine.ask(
        "Berapa kursi yang dimenangkan partai VVD pimpinan Mark Rutte dalam pemilu parlemen Belanda Maret 2017?"))
    assert 33 in values, values
    assert 41 not in values, values


BRIO = FILLER + other_stories("brio", "Okezone", "2019-09-13", [
    ("Honda Luncurkan HR-V Baru", "Honda meluncurkan HR-V baru di Jakarta pekan ini."),
    ("Pasar Mobil Lesu", "Pasar mobil nasional masih lesu sepanjang tahun ini."),
]) + [
    Article(id="brio-agustus", outlet="Okezone", published="2019-09-13", title="Penjualan Honda Brio Agustus 2019",
            body="Honda Brio menjadi model dengan penjualan tertinggi untuk Honda di bulan Agustus dengan total "
                 "6.256 unit. Pada Agustus 2019 Honda Brio RS terjual sebanyak 1.511 unit."),
]


async def test_a_whole_asked_with_its_parts_takes_no_part_alone(empty_engine):
    """"Honda Brio (Brio Satya dan Brio RS)": the whole, not "Honda Brio RS terjual sebanyak 1.511
    unit", one part's (grades.listed_parts_fits)."""
    await empty_engine.ingest_articles(BRIO)
    values = listed_values(await empty_engine.ask(
        "Berapa unit Honda Brio (Brio Satya dan Brio RS) yang terjual pada Agustus 2019?"))
    assert 6256 in values, values
    assert 1511 not in values, values


QUARANTINE = FILLER + other_stories("karantina", "detikcom", "2025-10-14", [
    ("Ekspor Kopi Jateng Naik", "Ekspor kopi dari Jawa Tengah naik pada triwulan ketiga tahun ini."),
    ("Pelabuhan Tanjung Emas Sibuk", "Aktivitas bongkar muat di Pelabuhan Tanjung Emas meningkat."),
]) + [
    Article(id="karantina-jateng", outlet="detikcom", published="2025-10-14", title="Sertifikasi Ekspor Karantina Jateng",
            body="Jumlah sertifikasi ekspor di Jawa Tengah periode Januari-September 2025 antara lain karantina hewan "
                 "ada 448 sertifikasi, karantina ikan 2.548 sertifikasi, dan karantina tumbuhan 15.809 sertifikasi."),
]


async def test_a_kind_asked_takes_its_own_item_of_a_list_sharing_a_noun(empty_engine):
    """"karantina hewan ada 448 …, karantina ikan 2.548 …, dan karantina tumbuhan 15.809 sertifikasi":
    the plant quarantine asked takes its own figure (grades.head_keyed_fits)."""
    await empty_engine.ingest_articles(QUARANTINE)
    values = listed_values(await empty_engine.ask(
        "Berapa jumlah sertifikasi ekspor karantina tumbuhan di Jawa Tengah pada Januari-September 2025?"))
    assert 15809 in values, values
    assert 448 not in values and 2548 not in values, values


ASYLUM_AID = FILLER + other_stories("unhcr", "Tempo.co", "2019-09-13", [
    ("Pencari Suaka Tinggalkan Kalideres", "Sebagian pencari suaka mulai meninggalkan eks gedung Kodim Kalideres."),
    ("Pemprov DKI Tunggu UNHCR", "Pemprov DKI menunggu langkah UNHCR soal pencari suaka di Jakarta."),
]) + [
    Article(id="unhcr-dana", outlet="Tempo.co", published="2019-09-13", title="UNHCR Beri Dana Pencari Suaka",
            body="Mereka tidak bisa kembali ke eks gedung Kodim Kalideres karena telah menandatangani perjanjian dengan UNHCR dan menerima dana mulai Rp 1.000.000 untuk satu orang, "
                 "Rp 1.300.000 untuk tiga orang, dan Rp 1.600.000 untuk lima orang untuk meninggalkan penampungan."),
]


async def test_an_amount_for_the_recipient_asked_in_a_list_of_recipients(empty_engine):
    """"Rp 1.000.000 untuk satu orang, Rp 1.300.000 untuk tiga orang, dan Rp 1.600.000 untuk lima
    orang": the aid "untuk satu orang" asked is the first (grades.for_keyed_fits), never the others.
    (The first is not listed yet: money_fits reads "mulai Rp 1.000.000" as a list's start.)"""
    await empty_engine.ingest_articles(ASYLUM_AID)
    values = listed_values(await empty_engine.ask(
        "Berapa uang bantuan UNHCR untuk satu orang pencari suaka yang diminta keluar dari penampungan Kalideres, September 2019?"))
    assert 1.3e6 not in values and 1.6e6 not in values, values


TAX_ARREARS = FILLER + other_stories("pkb", "Kompas.com", "2019-09-16", [
    ("Razia Pajak Kendaraan", "BPRD DKI menggelar razia pajak kendaraan di kawasan Sudirman."),
    ("Pemutihan Pajak Kendaraan", "Program pemutihan pajak kendaraan diperpanjang hingga akhir tahun."),
]) + [
    Article(id="pkb-tunggak", outlet="Kompas.com", published="2019-09-16", title="Jutaan Kendaraan Tunggak Pajak",
            body="Kepala BPRD DKI mengatakan 788 ribu kendaraan roda empat menunggak pajak kendaraan bermotor. "
                 "Kemudian, sekitar 1,4 juta kendaraan roda dua dan roda tiga di Jakarta menunggak pajak dengan total nilai "
                 "tunggakan Rp 1,6 triliun."),
]


async def test_a_noun_asked_with_its_kind_takes_no_other_kind_of_it(empty_engine):
    """"kendaraan roda empat": not "1,4 juta kendaraan roda dua dan roda tiga" (grades.noun_kind_fits)."""
    await empty_engine.ingest_articles(TAX_ARREARS)
    values = listed_values(await empty_engine.ask(
        "Berapa unit kendaraan roda empat di Jakarta yang menunggak pajak kendaraan bermotor menurut Kepala BPRD DKI?"))
    assert 788000 in values, values
    assert 1.4e6 not in values, values


STATE_BUDGET = FILLER + other_stories("apbn", "detikcom", "2025-10-14", [
    ("Defisit APBN Terjaga", "Menteri Keuangan menyebut defisit APBN masih terjaga hingga kuartal ketiga."),
    ("Penerimaan Pajak Melambat", "Penerimaan pajak melambat seiring harga komoditas yang turun."),
]) + [
    Article(id="apbn-sept", outlet="detikcom", published="2025-10-14", title="Realisasi APBN September 2025",
            body="Tercatat pendapatan negara sampai 30 September 2025 mencapai Rp 1.863,3 triliun atau 65,0% dari "
                 "outlook, sementara belanja negara terealisasi sebesar Rp 2.234,8 triliun atau 63,4% dari outlook."),
]


async def test_function_words_after_a_noun_are_no_kinds_of_a_list(empty_engine):
    """"pendapatan negara sampai 30 September …, belanja negara terealisasi sebesar …": "sampai" and
    "terealisasi" are no kinds of "negara" (grades._head_keyed_items), so "belanja negara sampai
    akhir September" keeps its figure."""
    await empty_engine.ingest_articles(STATE_BUDGET)
    values = listed_values(await empty_engine.ask("berapa realisasi belanja negara sampai akhir September 2025?"))
    assert any(abs(v - 2.2348e15) < 1e3 for v in values), values


PETRAL_BRIBE = FILLER + other_stories("petral", "Liputan6.com", "2019-09-10", [
    ("KPK Periksa Saksi Petral", "KPK memeriksa saksi kasus suap perdagangan minyak mentah di Petral."),
    ("Pertamina Dukung KPK", "Pertamina menyatakan mendukung langkah KPK mengusut kasus Petral."),
]) + [
    Article(id="petral-suap", outlet="Liputan6.com", published="2019-09-10", title="Eks Bos Petral Tersangka Suap",
            body="Wakil Ketua KPK Laode M. Syarief mengatakan, Bambang diduga menerima uang suap sebesar USD$ 2,9 juta "
                 "atau lebih dari Rp 40,7 miliar dalam kasus mafia migas. "
                 "Negara diduga merugi Rp 100 miliar dalam kasus itu."),
]


async def test_bribe_money_is_the_bribe_and_more_than_is_no_change(empty_engine):
    """"menerima uang suap sebesar … lebih dari Rp 40,7 miliar": "uang" is no other amount than the
    bribe asked (money_generic before the asked money thing), and "lebih dari" bounds the amount,
    no change starting from it (frame._figure_role); the state's loss is another amount."""
    await empty_engine.ingest_articles(PETRAL_BRIBE)
    values = listed_values(await empty_engine.ask(
        "berapa nilai suap yang diduga diterima Bambang Irianto, eks bos Petral, jika dihitung dalam rupiah?"))
    assert 40.7e9 in values, values
    assert 100e9 not in values, values


SHAMAN = FILLER + other_stories("aulia", "Kompas.com", "2019-09-05", [
    ("Sidang Aulia Kesuma Ditunda", "Sidang perkara pembunuhan berencana dengan terdakwa Aulia Kesuma ditunda."),
    ("Polisi Periksa Dukun", "Polisi memeriksa dukun yang disebut dalam kasus pembunuhan di Lebak Bulus."),
]) + [
    Article(id="aulia-dukun", outlet="Kompas.com", published="2019-09-05", title="Aulia Bayar Dukun Santet",
            body="Aulia bahkan memberikan uang bayaran senilai Rp 40 juta kepada dukun santet. "
                 "Aulia juga menjanjikan utang Rp 10 juta kepada para eksekutor."),
]


async def test_money_asked_as_money_takes_money_of_any_kind(empty_engine):
    """"berapa uang yang diberikan …": "uang bayaran senilai Rp 40 juta" is the money asked; the head
    is read past "uang" only when the question asks a kind of money (not here), and the debt
    promised is no money given."""
    await empty_engine.ingest_articles(SHAMAN)
    values = listed_values(await empty_engine.ask("berapa uang yang diberikan Aulia Kesuma untuk dukun santet?"))
    assert 40e6 in values, values


def _verdicts(question: str, sentence: str, published: str) -> dict[str, bool]:
    """Each figure of a sentence, as stored at ingest, and whether it answers the question."""
    from retrieval.claims import extract_claims
    from retrieval.relevance import figure_answers
    pipeline = TextPipeline()
    frame = question_frame(question, pipeline)
    quantities = [dict(q) if isinstance(q, dict) else dict(q.__dict__)
                  for c in extract_claims([sentence]) for q in c.quantities]
    return {q["text"]: figure_answers(frame, q, sentence, None, published, [x for x in quantities if x is not q])
            for q in quantities}


def test_two_gendered_parts_are_parts_though_a_verb_follows_both():
    """"empat anak perempuan dan dua anak laki-laki … turut diamankan": the words after the second
    figure are both's, its first word alone tells the part (frame.contrasted_pair_fits); a bare
    "Wilayah 10" is no item of the pair."""
    verdicts = _verdicts("Berapa anak Minhati yang turut diamankan polisi Filipina?",
                         "Saat ini empat anak perempuan dan dua anak laki-laki Minhati turut diamankan ke Kantor "
                         "Polisi Wilayah 10 .", "2017-11-06")
    assert verdicts["empat anak"] is False and verdicts["dua anak"] is False, verdicts


def test_the_others_besides_one_named_are_not_how_many():
    """"dirinya dan 16 WNI lain ingin pulang": the others besides her (grades.others_besides_fits),
    17 with her; a question asking the others takes them."""
    sentence = ("Salah satu WNI yang diwawancarai, Nurshadrina Nailah menuturkan, dirinya dan 16 WNI lain ingin "
                "pulang karena menemukan banyak perbedaan.")
    assert _verdicts("Berapa WNI bekas simpatisan ISIS yang ingin pulang?", sentence, "2017-07-14")["16 WNI"] is False
    assert _verdicts("Berapa WNI lain selain Nurshadrina yang ingin pulang?", sentence, "2017-07-14")["16 WNI"] is True


OJOL_TARIFF = FILLER + other_stories("ojol", "posmetro-medan.com", "2019-09-01", [
    ("Pengemudi Ojol Sambut Tarif Baru", "Pengemudi ojek online menyambut tarif baru yang lebih tinggi."),
    ("Kemenhub Evaluasi Tarif Ojol", "Kemenhub akan mengevaluasi tarif ojek online setiap tiga bulan."),
]) + [
    Article(id="ojol-tarif", outlet="posmetro-medan.com", published="2019-09-01", title="Tarif Baru Ojol Berlaku Nasional",
            body="\"Sebelumnya tarif ojol diberlakukan di 133 kota dan kabupaten, mulai 2 September 2019 akan berlaku di "
                 "seluruh Indonesia yaitu di 224 kota/ kabupaten untuk Grab,\" lanjutnya."),
]


async def test_the_earlier_state_before_the_day_asked_is_no_answer(empty_engine):
    """"Sebelumnya … di 133 kota …, mulai 2 September 2019 … di 224 kota": asked from that day, the
    figure before its clause is the old state (grades.before_change_fits)."""
    await empty_engine.ingest_articles(OJOL_TARIFF)
    values = listed_values(await empty_engine.ask(
        "Di berapa kota/kabupaten Grab menerapkan tarif baru ojek online yang berlaku sejak 2 September 2019?"))
    assert 224 in values, values
    assert 133 not in values, values


TITLES = FILLER + other_stories("superseries", "juara.net", "2017-12-18", [
    ("Final Superseries Dubai Usai", "Final Superseries Dubai berakhir dengan tiga gelar untuk Asia."),
    ("PBSI Evaluasi Musim 2017", "PBSI mengevaluasi prestasi pemain pelatnas sepanjang musim 2017."),
]) + [
    Article(id="superseries-gelar", outlet="juara.net", published="2017-12-18", title="Indonesia Kumpulkan Gelar Superseries",
            body="Pada turnamen superseries dan superseries premier 2017 Indonesia mengumpulkan 12 gelar. "
                 "Merah Putih kalah dari China yang mengumpulkan 17 gelar ."),
]


async def test_a_place_a_yang_clause_hangs_the_figure_on_is_whose_it_is(empty_engine):
    """"kalah dari China yang mengumpulkan 17 gelar": China's titles (frame.relative_holder_fits), not
    Indonesia's asked."""
    await empty_engine.ingest_articles(TITLES)
    values = listed_values(await empty_engine.ask(
        "Berapa gelar yang dikumpulkan Indonesia pada turnamen superseries dan superseries premier 2017?"))
    assert 12 in values, values
    assert 17 not in values, values
