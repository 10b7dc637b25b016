"""Session 45 rules (docs/frames.md "Session 45 rules"), each asked end to end on a small archive."""
from __future__ import annotations

from retrieval.claims import find_quantities
from retrieval.clean import Article
from retrieval.relevance import asked_names, asked_name_phrases, asked_place_names, located_names
from retrieval.text import TextPipeline

from .answered import topic_archive, values_asked

VOTE = topic_archive("pbb", "2017-12-22", [
    Article(id="voting-yerusalem", outlet="Poskotanews", published="2017-12-22",
            title="Kalah Voting soal Yerusalem, AS Ancam Potong Dana PBB",
            body="Amerika Serikat kalah telak dalam pemungutan suara soal Yerusalem. Sementara 128 negara anggota "
                 "PBB lainnya, memilih menolak keputusan Trump yang menyatakan Yerusalem merupakan ibu kota Israel."),
])
VOTE_Q = ("berapa negara anggota PBB yang menolak keputusan Trump mengakui Yerusalem sebagai ibu kota Israel dalam "
          "voting di Majelis Umum PBB, Desember 2017?")


async def test_a_body_given_as_where_is_no_place_an_article_must_name(empty_engine):
    """"voting di Majelis Umum PBB": the assembly is a body, not a place, and an article may call the
    vote otherwise; the archive's vote still answers (relevance.located_names: only a gazetteer
    place, a name no Indonesian word, or a word after a place's head noun is where)."""
    values = await values_asked(empty_engine, VOTE, VOTE_Q)
    assert 128 in values, values


def _located(question: str) -> set[str]:
    pipe = TextPipeline()
    names = (tuple(tuple((t,) for t in n) for n in asked_names(question, pipe))
             + asked_name_phrases(question, pipe) + asked_place_names(question, pipe))
    return {" ".join(way) for name in located_names(question, names, pipe) for way in name}


def test_a_place_given_as_where_stays_where():
    """A place's head noun makes the dictionary word after it a place ("Stadion Patriot", "Desa
    Canggal"); gazetteer places (Bahama, Palu) and names no dictionary has (Nangarhar) stay where; a body
    or an event ("Majelis Umum", "Festival Cempaka Putih") is not."""
    assert "stadion patriot" in _located("berapa penonton laga Persib di Stadion Patriot, Bekasi?")
    assert "bahama" in _located("berapa korban tewas akibat Badai Dorian di Bahama?")
    assert "palu" in _located("berapa rumah rusak akibat gempa di Palu?")   # a gazetteer place, though "palu" is a word
    assert "nangarhar" in _located("berapa warga sipil tewas akibat serangan drone di Nangarhar?")
    assert not {"majelis umum", "festival cempaka putih"} & (
        _located(VOTE_Q) | _located("berapa stand usaha kecil menengah di Festival Cempaka Putih?"))


FERTILISER = topic_archive("pupuk", "2019-09-26", [
    Article(id="pupuk-2020", outlet="Tempo.co", published="2019-09-26", title="Anggaran Subsidi Pupuk 2020",
            body="Komisi IV DPR menyetujui anggaran subsidi pupuk 2020. Nilai itu terbagi atas Rp 11,3 triliun untuk "
                 "pupuk urea sebanyak 3,2 juta ton, Rp 1,6 triliun untuk pupuk SP-36 sebanyak 500 ribu ton, "
                 "Rp 1,3 triliun untuk pupuk ZA sebanyak 750 ribu ton."),
])
FILM = topic_archive("film", "2019-09-27", [
    Article(id="danur-3", outlet="Kompas.com", published="2019-09-27", title="Danur 3 Laris",
            body="MD Pictures mengumumkan bahwa Danur 3 ditonton lebih dari 250 ribu orang di hari pertama."),
])


async def test_the_unit_of_the_figure_before_counts_nothing_asked(empty_engine):
    """"… sebanyak 500 ribu ton, Rp 1,3 triliun untuk pupuk ZA": "ton" is the unit of the figure
    before, so the rupiah amount after it answers no "berapa ton" (answer._quantity_matches)."""
    values = await values_asked(empty_engine, FERTILISER, "Berapa ton alokasi pupuk bersubsidi untuk tahun 2020?")
    assert not {11.3e12, 1.6e12, 1.3e12} & set(values), values


async def test_a_names_number_before_a_count_leaves_its_noun(empty_engine):
    """"Danur 3 ditonton lebih dari 250 ribu orang": the film's number is no figure with a unit, so
    "ditonton" still says the 250 ribu are viewers (penonton)."""
    values = await values_asked(empty_engine, FILM, "Berapa penonton film Danur 3 pada hari pertama penayangannya?")
    assert 250000 in values, values


ALLOCATION = topic_archive("alokasi", "2019-09-26", [
    Article(id="subsidi-2020", outlet="Tempo.co", published="2019-09-26", title="DPR Setujui Subsidi Pupuk 2020",
            body="Komisi IV DPR menyetujui anggaran subsidi pupuk tahun 2020 sebesar Rp 26,6 triliun. Nilai itu terbagi "
                 "atas Rp 11,3 triliun untuk pupuk urea sebanyak 3,2 juta ton, Rp 1,6 triliun untuk pupuk SP-36 "
                 "sebanyak 500 ribu ton, dan Rp 1,3 triliun untuk pupuk ZA sebanyak 750 ribu ton."),
])


async def test_a_breakdown_opening_its_sentence_is_of_the_whole_said_before(empty_engine):
    """"Nilai itu terbagi atas Rp 11,3 triliun untuk pupuk urea …": the breakdown points back to the
    Rp 26,6 triliun said before; its items answer no question naming none of them
    (grades.breakdown_fits, _points_back)."""
    values = await values_asked(empty_engine, ALLOCATION, "Berapa anggaran subsidi pupuk tahun 2020 yang disetujui Komisi IV DPR?")
    assert 26.6e12 in values and not {11.3e12, 1.6e12, 1.3e12} & set(values), values


DISTRIBUTION = topic_archive("salur", "2019-09-20", [
    Article(id="salur-pupuk", outlet="SINDOnews", published="2019-09-20", title="Penyaluran Pupuk Subsidi",
            body="Kementan memastikan stok pupuk aman. Untuk informasi, realisasi penyaluran pupuk subsidi per 25 "
                 "Agustus 2019 sudah mencapai 64,8% dari alokasi setahun sebanyak 8,8 juta ton."),
])
WAGE = topic_archive("honor", "2019-07-16", [
    Article(id="nining", outlet="posmetro-medan.com", published="2019-07-16",
            title="Guru Honorer Tinggal di Toilet Sekolah",
            body="Nining, guru honorer SDN Karya Buana 3 Pandeglang, tinggal di toilet sekolah. \"Honor Rp350 ribu "
                 "tiap bulan, dibayar per tiga bulan cairnya,\" kata Nining, saat ditemui di kediamannya, Senin 15 Juli 2019."),
])


async def test_untuk_informasi_sets_no_topic(empty_engine):
    """"Untuk informasi, …" is said to the reader: no topic the figure is of (frame.scope_fits)."""
    values = await values_asked(empty_engine, DISTRIBUTION,
                                "Per 25 Agustus 2019, realisasi penyaluran pupuk subsidi sudah berapa persen dari alokasi setahun?")
    assert 64.8 in values, values


async def test_a_quoted_sentences_first_word_is_read_past_the_quote(empty_engine):
    """'"Honor Rp350 ribu tiap bulan," kata Nining' for "berapa honor … Nining": "Honor", an
    Indonesian word opening the quote, names no holder other than Nining (frame._listed_holder
    reads the sentence's first word past the opening quote)."""
    values = await values_asked(empty_engine, WAGE,
                                "Berapa honor per bulan Nining, guru honorer SDN Karya Buana 3 di Pandeglang yang tinggal di toilet sekolah?")
    assert 350000 in values, values


ABUSE = topic_archive("cabul", "2019-09-18", [
    Article(id="guru-tebo", outlet="SINDOnews", published="2019-09-18", title="Guru Honorer di Tebo Dibekuk",
            body="Seorang guru honorer SMP di Tebo, Jambi berinisial FR (38) dibekuk karena tega mencabuli 23 muridnya."),
])


async def test_victims_asked_by_the_deed_are_its_verbs_object(empty_engine):
    """"korban pencabulan" asked: "tega mencabuli 23 muridnya" counts the victims though no casualty
    word is said (frame._victims_of_asked_deed: the verb of the deed's own stem, right before)."""
    values = await values_asked(empty_engine, ABUSE, "Berapa murid yang menjadi korban pencabulan guru honorer FR di Tebo, Jambi?")
    assert 23 in values, values


STANDINGS = topic_archive("epl", "2019-09-15", [
    Article(id="city-norwich", outlet="Tempo.co", published="2019-09-15", title="Manchester City Kalah dari Norwich",
            body="Manchester City kalah 2-3 dari Norwich City pada pekan kelima Liga Inggris. Hasil itu membuat Norwich "
                 "naik ke peringkat ke-12 dengan koleksi enam poin, sementara City tertahan di urutan kedua dengan "
                 "jarak lima poin dari pemuncak klasemen Liverpool. City sendiri tertahan di posisi kedua dengan poin 10."),
])


async def test_a_tally_is_not_the_gap_nor_the_winners(empty_engine):
    """"berapa poin Manchester City setelah kalah 2-3 dari Norwich City": 10 is City's; "dengan jarak
    lima poin dari pemuncak" is a gap (grades.margin_fits), and "membuat Norwich naik … dengan koleksi
    enam poin" the club that beat City's (tallies._opponents reads "kalah … dari")."""
    values = await values_asked(empty_engine, STANDINGS,
                                "Berapa poin Manchester City setelah kalah 2-3 dari Norwich City di pekan kelima Liga Inggris?")
    assert 10 in values and 5 not in values and 6 not in values, values


DEBT = topic_archive("uln", "2019-09-16", [
    Article(id="uln-kompas", outlet="Kompas.com", published="2019-09-16", title="Utang Luar Negeri Juli 2019",
            body="Bank Indonesia mencatat ULN Indonesia pada Juli 2019 sebesar 395,3 miliar dollar AS. Rinciannya terdiri "
                 "dari , pemerintah dan bank sentral sebesar 197,5 miliar dollar AS, serta utang swasta (termasuk BUMN) "
                 "sebesar 197,8 miliar dollar AS."),
    Article(id="uln-pemerintah", outlet="Tempo.co", published="2019-09-16", title="Utang Pemerintah Juli 2019",
            body="BI mencatat utang luar negeri milik pemerintah pada akhir Juli 2019 sebesar 194,5 miliar dollar AS."),
])


async def test_a_breakdown_marker_of_two_phrases_is_one(empty_engine):
    """"Rinciannya terdiri dari , pemerintah dan bank sentral … serta utang swasta …": the marker is
    read whole, so the items are the government's and the private debt, and the private debt is no
    answer to a question asking the government's and the central bank's (grades._BREAKDOWN_RE)."""
    values = await values_asked(empty_engine, DEBT, "Berapa besar utang luar negeri pemerintah dan bank sentral per Juli 2019?")
    assert 197.5e9 in values and 197.8e9 not in values, values


async def test_tidak_termasuk_sets_aside(empty_engine):
    """"pemerintah saja, tidak termasuk bank sentral": the figure labelled "pemerintah dan bank
    sentral" is set aside (frame.SET_ASIDE_WORDS)."""
    values = await values_asked(empty_engine, DEBT,
                                "Berapa utang luar negeri milik pemerintah saja, tidak termasuk bank sentral, pada akhir Juli 2019?")
    assert 194.5e9 in values and 197.5e9 not in values, values


def test_numbers_a_list_opens_with_their_unit_are_not_the_counted_figures():
    """"lima gol, yaitu pada menit 9, 50, 52, 63 dan 90": the numbers after "menit" are minutes,
    not goals (claims._LIST_UNIT_BEFORE_RE); a bare figure beside a count still takes its noun."""
    units = {q.text: q.unit for q in find_quantities(
        "Marselino Ferdinan menyumbang lima gol, yaitu pada menit 9, 50, 52, 63 dan 90.")}
    assert units["lima gol"] == "gol" and all(units[t] != "gol" for t in ("50", "52", "63", "90")), units
    units = {q.text: q.unit for q in find_quantities("Korban tewas 12 orang, luka 5, dan hilang 3.")}
    assert units["5"] == "orang", units


SELECTION = topic_archive("pppk", "2019-03-01", [
    Article(id="pppk-hasil", outlet="Tribunnews", published="2019-03-01", title="Hasil Seleksi P3K Tahap Pertama",
            body="BKN mengumumkan hasil seleksi. Sementara untuk seleksi Pegawai Pemerintah dengan Perjanjian Kerja (P3K) "
                 "Tahap Pertama sejumlah 51.293 peserta melampaui passing grade."),
])


async def test_passing_the_grade_is_passing(empty_engine):
    """"51.293 peserta melampaui passing grade" answers who passed ("lolos"): predicates.txt."""
    values = await values_asked(empty_engine, SELECTION,
                                "Berapa peserta seleksi P3K (PPPK) tahap pertama 2019 yang lolos melampaui passing grade?")
    assert 51293 in values, values


REALLOCATION = topic_archive("realokasi", "2019-05-20", [
    Article(id="realokasi-sumut", outlet="SINDOnews", published="2019-05-20", title="Realokasi Pupuk Bersubsidi Mei 2019",
            body="Kementan melakukan realokasi pupuk bersubsidi pada Mei 2019. Khusus provinsi Sumatera Utara, alokasi "
                 "semula untuk pupuk bersubsidi urea 96.893 ton naik menjadi 101.750 ton, SP36 dari 32.155 ton naik "
                 "menjadi 33.773 ton."),
])


async def test_a_measure_changed_to_a_new_figure_is_the_same_measure(empty_engine):
    """"alokasi semula … urea 96.893 ton naik menjadi 101.750 ton": the new figure measures what the
    old one did (frame._CHANGED_TO_RE), so it answers the allocation after the change."""
    values = await values_asked(empty_engine, REALLOCATION,
                                "Berapa ton alokasi pupuk urea bersubsidi untuk Sumatera Utara setelah realokasi Mei 2019?")
    assert 101750 in values and 96893 not in values, values


AUDIENCE = topic_archive("warkop", "2017-09-05", [
    Article(id="warkop-2", outlet="Kompas.com", published="2017-09-05", title="Warkop DKI Reborn Part 2 Laris",
            body="Film komedi itu laris di bioskop. Tepatnya, jumlah penonton Warkop DKI Reborn Part 2 saat ini sudah "
                 "2 juta 55 ribu orang."),
])
AGENTS = topic_archive("aaji", "2019-09-10", [
    Article(id="aaji-agen", outlet="Tempo.co", published="2019-09-10", title="AAJI: Jumlah Agen Asuransi Melambat",
            body="Namun, asosiasi mencatat jumlah tenaga pemasar asuransi jiwa berlisensi pada kuartal kedua 2019 "
                 "mengalami perlambatan 0,9% menjadi 598.029 orang."),
])


async def test_a_names_number_or_a_rate_does_not_end_the_counted_phrase(empty_engine):
    """"jumlah penonton Warkop DKI Reborn Part 2 … 2 juta 55 ribu orang" and "jumlah tenaga pemasar …
    perlambatan 0,9% menjadi 598.029 orang": "Part 2" and "0,9%" are no earlier counts, so "jumlah"
    still names what the people counted are (relevance.clause_before)."""
    values = await values_asked(empty_engine, AUDIENCE,
                                "Berapa jumlah penonton film Warkop DKI Reborn: Jangkrik Boss! Part 2 pada hari kelima penayangannya?")
    assert 2055000 in values, values
    values = await values_asked(empty_engine, AGENTS,
                                "Berapa jumlah tenaga pemasar asuransi jiwa berlisensi pada kuartal II 2019 menurut AAJI?")
    assert 598029 in values, values


TEACHER = topic_archive("tebo", "2019-09-18", [
    Article(id="tebo-ancaman", outlet="Okezone", published="2019-09-18",
            title="Guru Honorer di Jambi Minta Disodomi 23 Murid Selama Tujuh Tahun",
            body="Polisi menangkap FR, guru honorer SMP di Tebo. Atas perbuatannya, FR terancam hukuman penjara "
                 "maksimal 15 tahun."),
])


async def test_how_long_a_deed_went_on_is_no_penalty(empty_engine):
    """"… Minta Disodomi 23 Murid Selama Tujuh Tahun" under "berapa tahun ancaman penjara": a span
    brought by "selama" in a clause naming no penalty is how long the deed went on
    (frame.penalty_fits)."""
    values = await values_asked(empty_engine, TEACHER,
                                "Berapa tahun ancaman penjara bagi FR, guru honorer SMP di Tebo yang mencabuli puluhan muridnya?")
    assert 15 in values and 7 not in values, values


BUDGET = topic_archive("pagu", "2019-09-17", [
    Article(id="pagu-kementan", outlet="SINDOnews", published="2019-09-17", title="DPR Setujui Pagu Kementan 2020",
            body="Komisi IV DPR RI menyetujui pagu anggaran Kementerian Pertanian (Kementan) tahun 2020 sebesar Rp21,05 triliun."),
    Article(id="subsidi-pupuk", outlet="Kompas.com", published="2019-09-17", title="Subsidi Pupuk 2020 Disetujui",
            body="Komisi IV DPR juga menyetujui anggaran subsidi pupuk tahun 2020 sebesar Rp 26,6 triliun."),
])


async def test_a_broad_amount_asked_by_its_kind_needs_the_kind_named(empty_engine):
    """"anggaran subsidi pupuk" asked: "pagu anggaran Kementerian Pertanian … Rp21,05 triliun" names
    no subsidy, neither does its title: the ministry's whole budget is no answer (frame._kind_unnamed)."""
    values = await values_asked(empty_engine, BUDGET, "Berapa anggaran subsidi pupuk tahun 2020 yang disetujui Komisi IV DPR?")
    assert 26.6e12 in values and 21.05e12 not in values, values


LAYOFF = topic_archive("uber", "2019-09-11", [
    Article(id="uber-phk", outlet="Okezone", published="2019-09-11", title="Uber PHK 435 Karyawan",
            body="Uber kembali melakukan PHK terhadap 435 karyawan pada 10 September 2019. Terdiri dari 170 orang "
                 "karyawan departemen produk dan 265 departemen teknik."),
])


async def test_a_breakdowns_item_named_whole_is_the_asked_one(empty_engine):
    """"Terdiri dari 170 orang karyawan departemen produk dan 265 departemen teknik" for "berapa orang
    … dari tim teknik": the item the question names whole (teknik) is asked, not the one sharing only
    its noun (karyawan); the rule sees the sentence's every figure even when the sentence was read
    from its article with only some of them offered (answer.Candidate.siblings)."""
    values = await values_asked(empty_engine, LAYOFF,
                                "Dari karyawan Uber yang di-PHK September 2019, berapa orang yang berasal dari tim teknik?")
    assert 170 not in values, values
