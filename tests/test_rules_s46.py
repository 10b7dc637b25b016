"""Session 46 rules (docs/frames.md "Session 46 rules"), each asked end to end on a small archive."""
from __future__ import annotations

from retrieval.claims import find_quantities
from retrieval.clean import Article

from .answered import topic_archive, values_asked

SERIE_A = topic_archive("seriea", "2018-02-27", [
    Article(id="napoli-cagliari", outlet="Poskotanews", published="2018-02-27", title="Napoli Tumpas Cagliari 5-0",
            body="Napoli menang 5-0 di kandang Cagliari. Dari 26 laga , Napoli sudah mengemas 69 angka berjarak empat "
                 "angka dari Juventus di peringkat kedua."),
])


async def test_angka_in_a_tally_names_the_points_asked(empty_engine):
    """"mengemas 69 angka" answers "berapa poin Napoli": the asked noun is present in the archive's
    figures through the word's sense in a tally (answer._targets_present reads UNIT_SENSES)."""
    values = await values_asked(empty_engine, SERIE_A, "berapa poin Napoli setelah menang 5-0 di kandang Cagliari?")
    assert 69 in values and 4 not in values, values


MESSI = topic_archive("messi", "2017-06-01", [
    Article(id="messi-musim", outlet="CNN Indonesia", published="2017-06-01", title="Messi Pemain Tersubur",
            body="Pada musim 2016 / 2017 Messi mampu mencetak 54 gol dari 52 laga , membuat dirinya selalu mencetak "
                 "lebih dari 40 gol untuk delapan musim beruntun ."),
])


async def test_an_opening_time_frames_both_items_and_a_streak_is_no_seasons_tally(empty_engine):
    """"Pada musim 2016 / 2017 …": the asked "musim" frames both figures and tells neither apart
    (frame.contrasted_pair_fits); "lebih dari 40 gol untuk delapan musim beruntun" is held over eight
    seasons, no one season's tally (periods.span_fits)."""
    values = await values_asked(empty_engine, MESSI, "Berapa jumlah gol Lionel Messi sepanjang musim 2016/2017?")
    assert 54 in values and 40 not in values, values


LA_LIGA = topic_archive("laliga", "2017-12-24", [
    Article(id="el-clasico", outlet="Poskotanews", published="2017-12-24", title="Barcelona Kalahkan Madrid 3-0",
            body="Kemenangan ini semakin membuat Barcelona semakin jauh di puncak klasemen dengan mengumpulkan poin 45 "
                 ", selisih sembilan dari Atletico Madrid yang berada di urutan kedua ."),
])


async def test_a_competition_named_after_where_holds_no_count(empty_engine):
    """"di puncak klasemen La Liga … di El Clasico": names after "di" or a competition's head noun
    tell where the points were won, not whose they are (frame._asked_holders)."""
    values = await values_asked(empty_engine, LA_LIGA, "Berapa poin Barcelona di puncak klasemen La Liga setelah menang "
                                                       "3-0 atas Real Madrid di El Clasico?")
    assert 45 in values, values


def test_a_number_spelled_again_in_brackets_keeps_its_unit():
    """"sebanyak 3 (tiga) orang": the unit after the bracket is the figure's; "24 (dua puluh empat)
    bulan" is a span of time, and the unit of the figure before is not carried to it."""
    assert [(q.value, q.unit) for q in find_quantities("Polisi menangkap sebanyak 3 (tiga) orang tersangka.")] == [(3, "orang")]
    quantities = find_quantities("Magister satu gelar dengan lama studi paling lama 24 (dua puluh empat) bulan.")
    assert [(q.value, q.unit) for q in quantities if q.value == 24] == [(24, None)]


SCHOLARSHIP = topic_archive("lpdp", "2019-09-02", [
    Article(id="beasiswa-santri", outlet="Kompas.com", published="2019-09-02", title="Syarat Beasiswa Santri LPDP",
            body="Program Beasiswa Santri dapat memilih 3 (tiga) perguruan tinggi tujuan. Magister satu gelar (single "
                 "degree) dengan lama studi paling lama 24 (dua puluh empat) bulan."),
    Article(id="chevening", outlet="SINDOnews", published="2019-09-20", title="Prudential Dukung Chevening",
            body="Sejak 2008, Prudential Indonesia melalui program ini telah mendukung 18 mahasiswa-mahasiswi untuk "
                 "melanjutkan studi mereka ke Inggris."),
])


async def test_a_span_read_past_its_spelling_and_a_programme_is_no_defendant(empty_engine):
    """"paling lama 24 (dua puluh empat) bulan" answers "berapa bulan": the measure word is read past
    the bracket (answer._word_after), and "Beasiswa Santri", words of the language, names a programme,
    not a person a span is asked of (frame._asked_holders)."""
    values = await values_asked(empty_engine, SCHOLARSHIP,
                                "Berapa bulan maksimal lama studi magister yang dibiayai Beasiswa Santri LPDP 2019?")
    assert values == [24], values


async def test_a_pair_of_nouns_counts_either_half(empty_engine):
    """"18 mahasiswa-mahasiswi" counts the asked "mahasiswa" (answer._quantity_matches)."""
    values = await values_asked(empty_engine, SCHOLARSHIP,
                                "Sejak 2008, berapa mahasiswa yang sudah didukung Prudential Indonesia lewat beasiswa Chevening?")
    assert 18 in values, values


CODING = topic_archive("idcamp", "2019-09-10", [
    Article(id="idcamp", outlet="SINDOnews", published="2019-09-10", title="IDCamp Diminati Pelajar",
            body="Peserta IDCamp didominasi oleh peserta yang masih berstatus pelajar dan mahasiswa dengan persentase "
                 "sekitar 65% dari total pendaftar. Peserta perempuan tercatat cukup tinggi, yakni 20% dari total "
                 "pendaftar. IDCamp menerima peserta dengan pendidikan terakhir SMP sebanyak 3%, SMA/SMK 49%, dan "
                 "perguruan tinggi 47% dari total peserta."),
])


async def test_a_share_asked_by_its_part_is_not_another_parts_share(empty_engine):
    """"berapa persen peserta IDCamp yang masih berstatus pelajar dan mahasiswa": the share of women
    and the shares of a list by schooling are other parts of the same total (frame.share_part_fits)."""
    values = await values_asked(empty_engine, CODING, "Berapa persen peserta IDCamp yang masih berstatus pelajar dan mahasiswa?")
    assert 65 in values and not {20, 47, 49} & set(values), values


SET_PIECES = topic_archive("arsenal", "2025-10-03", [
    Article(id="arsenal-setpiece", outlet="detikcom", published="2025-10-03", title="Arsenal Andalkan Set Piece",
            body="Sepanjang musim ini ada tujuh dari 12 gol Arsenal tercipta dari situasi set piece."),
    Article(id="lifter", outlet="Tempo.co", published="2019-09-18", title="Eko Yuli Tampil di Pattaya",
            body="Eko menjadi satu dari delapan lifter Indonesia yang bertanding di Kejuaraan Dunia Angkat Besi 2019."),
])


async def test_the_whole_a_part_is_counted_out_of_is_not_the_part(empty_engine):
    """"tujuh dari 12 gol Arsenal tercipta dari situasi set piece": what follows the whole is said of
    the part, which the question asks (grades.counted_whole_fits)."""
    values = await values_asked(empty_engine, SET_PIECES,
                                "berapa gol Arsenal musim 2025/2026 yang tercipta dari situasi set piece?")
    assert 7 in values and 12 not in values, values


FESTIVAL = topic_archive("ffi", "2005-11-20", [
    Article(id="ffi-2005", outlet="Kompas", published="2005-11-20", title="Nominasi FFI 2005",
            body="Untuk film bioskop , terpilih tujuh dari 27 film yang ikut seleksi ."),
])


async def test_a_yang_clause_after_the_whole_may_tell_the_whole(empty_engine):
    """"terpilih tujuh dari 27 film yang ikut seleksi": the part has its own verb before it, and
    the "yang" clause tells the 27, which "berapa film … yang ikut seleksi" asks (grades.counted_whole_fits)."""
    values = await values_asked(empty_engine, FESTIVAL, "Berapakah film bioskop yang ikut seleksi dalam FFI 2005?")
    assert 27 in values, values


async def test_one_of_a_group_counts_the_group(empty_engine):
    """"satu dari delapan lifter Indonesia yang bertanding": one member of the group asked, which the
    eight are (grades.counted_whole_fits leaves "satu dari" alone)."""
    values = await values_asked(empty_engine, SET_PIECES,
                                "berapa lifter Indonesia yang bertanding di Kejuaraan Dunia Angkat Besi 2019?")
    assert 8 in values, values


HAT_TRICK = topic_archive("haaland", "2019-09-18", [
    Article(id="haaland", outlet="Tempo.co", published="2019-09-18", title="Haaland Cetak Trigol",
            body="Erling Haaland tampil gemilang bersama Red Bull Salzburg. Pemain 19 tahun ini memborong tiga gol saat "
                 "timnya menang 6-2 atas Genk dalam babak penyisihan Grup E Liga Champions."),
])


async def test_a_noun_pointed_back_at_is_the_storys_subject(empty_engine):
    """"Pemain 19 tahun ini memborong tiga gol": the player pointed back at is the one the story is
    about, no other holder (frame.holder_fits)."""
    values = await values_asked(empty_engine, HAT_TRICK,
                                "Berapa gol yang dicetak Erling Haaland ke gawang Genk di Liga Champions bersama Red Bull Salzburg?")
    assert 3 in values, values


def test_a_tallys_noun_before_its_number_is_its_unit():
    """"naik tiga tangga … setelah mengumpulkan poin 28": the noun before the number is what it
    counts, not the unit of the figure before; "selisih gol 26" is a goal difference, no goals."""
    quantities = find_quantities("Kemenangan itu membuat posisi Persib naik tiga tangga ke peringkat sembilan klasemen "
                                 "sementara setelah mengumpulkan poin 28 .")
    assert [(q.value, q.unit) for q in quantities if q.value == 28] == [(28, "poin")]
    assert [q.unit for q in find_quantities("Indonesia mencatat tiga kemenangan dan selisih gol 26 .") if q.value == 26] != ["gol"]


RIDER = topic_archive("crutchlow", "2017-09-07", [
    Article(id="crutchlow", outlet="juara.net", published="2017-09-07", title="Jari Crutchlow Teriris Pisau",
            body="Cal Crutchlow mengalami cedera jari menjelang GP San Marino. Pebalap Inggris berada di posisi ketujuh "
                 "klasemen. Ia mengemas 89 poin , atau terpaut 94 angka dari sang pemuncak klasemen , Andrea Dovizioso ."),
])


async def test_a_pronoun_after_a_description_is_the_storys_subject(empty_engine):
    """"Pebalap Inggris berada di posisi ketujuh. Ia mengemas 89 poin": a subject in words of the
    language describes the one the story is about, so "Ia" holds the asked rider's points
    (frame.holder_fits: only a name stands for the pronoun)."""
    values = await values_asked(empty_engine, RIDER, "berapa poin Cal Crutchlow (LCR Honda) di klasemen MotoGP 2017 "
                                                     "menjelang GP San Marino, saat jarinya terluka teriris pisau?")
    assert 89 in values, values


def test_one_unit_of_time_in_a_word_is_a_span():
    """"hukuman rehabilitasi sosial selama setahun": one year, read as "1 tahun" is; "setahun lalu"
    is when, no span, and "dalam sehari" mostly a rate."""
    assert [(q.value, q.unit) for q in find_quantities("Hakim menjatuhkan hukuman rehabilitasi sosial selama setahun "
                                                          "kepada MJE.")] == [(1, "tahun")]
    assert find_quantities("Hampir setahun lalu ia datang ke kota itu.") == []
    assert [q.text for q in find_quantities("Dalam sehari ada 5 kasus baru.")] == ["5 kasus"]


COMMUTERS = topic_archive("krl", "2019-09-10", [
    Article(id="krl-ganjil", outlet="Okezone", published="2019-09-10", title="Penumpang KRL Naik",
            body="Jumlah penumpang KRL pada hari pertama perluasan ganjil genap mencapai 1.034.210 pengguna. "
                 "Polisi juga memeriksa penumpang dan 12 saksi."),
])


async def test_people_counted_by_another_word_are_the_ones_a_total_names(empty_engine):
    """"Jumlah penumpang KRL … mencapai 1.034.210 pengguna": a count of people by another noun of
    people restates the noun its "jumlah" opens (answer._quantity_matches); "penumpang dan 12 saksi"
    opens none, so the witnesses are no passengers."""
    values = await values_asked(empty_engine, COMMUTERS,
                                "Berapa jumlah penumpang KRL pada hari pertama perluasan ganjil genap?")
    assert 1034210 in values and 12 not in values, values


LIGA_1 = topic_archive("liga1", "2019-09-20", [
    Article(id="bali-persija", outlet="Tempo.co", published="2019-09-20", title="Bali United Kalahkan Persija",
            body="Bali United kokoh di puncak klasemen sementara Liga 1 Indonesia 2019 dengan 44 poin dari 18 pertandingan "
                 "usai menundukkan Persija dengan skor 1-0 di Stadion Patriot Candrabhaga, Bekasi, Jawa Barat."),
])


async def test_a_country_in_a_leagues_name_is_not_whose_figure(empty_engine):
    """"klasemen sementara Liga 1 Indonesia 2019 dengan 44 poin": Indonesia names the league, not
    another party than the asked Bali United (frame.measure_fits, _in_competition_name)."""
    values = await values_asked(empty_engine, LIGA_1, "Berapa poin Bali United setelah menang 1-0 atas Persija Jakarta di "
                                                      "Stadion Patriot Candrabhaga, Bekasi, 19 September 2019?")
    assert 44 in values and 18 not in values, values
