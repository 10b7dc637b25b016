"""One figure reported independently by several outlets is one entry listing every outlet (and
each page's speaker); figures that differ, or count another thing, stay apart. Amounts of money
read as written ("Rp 42.000"), and a figure's place is not where it was said."""
from __future__ import annotations

from retrieval.answer import figure_label, render_text
from retrieval.claims import find_quantities
from retrieval.clean import Article

CRASH = [
    Article(id="crash-a", outlet="Kompas.com", published="2019-09-02", title="Kecelakaan beruntun di Tol Cipularang",
            body="Kecelakaan beruntun terjadi di Tol Cipularang pada Senin siang. "
                 "Polisi mencatat delapan orang tewas dalam kecelakaan beruntun itu, kata Kapolres Purwakarta. "
                 "Petugas masih mengevakuasi kendaraan yang terbakar."),
    Article(id="crash-b", outlet="Tempo.co", published="2019-09-03", title="Sopir truk jadi tersangka",
            body="Sopir truk ditetapkan sebagai tersangka kecelakaan Tol Cipularang. "
                 "Kecelakaan beruntun di Tol Cipularang itu menewaskan 8 orang dan melukai 28 lainnya. "
                 "Polisi memeriksa rem truk tersebut."),
    Article(id="crash-c", outlet="Okezone", published="2019-09-04", title="Korban kecelakaan Cipularang dimakamkan",
            body="Keluarga korban memakamkan jenazah di kampung halaman. "
                 "Data Jasa Raharja menyebut korban tewas kecelakaan beruntun Tol Cipularang berjumlah sembilan orang, "
                 "ujar Kepala Cabang Jasa Raharja Jawa Barat. Santunan diberikan pekan ini."),
    Article(id="crash-d", outlet="SINDOnews", published="2019-09-05", title="Korban luka kecelakaan Cipularang",
            body="Rumah sakit merawat para korban kecelakaan beruntun di Tol Cipularang. "
                 "Sebanyak 8 orang luka berat masih dirawat di rumah sakit, kata direktur rumah sakit. "
                 "Keluarga menunggu di ruang tunggu."),
]


async def test_one_figure_from_several_outlets_is_one_entry_listing_them_all(empty_engine):
    await empty_engine.ingest_articles(CRASH)
    answer = await empty_engine.ask("berapa orang tewas dalam kecelakaan beruntun di Tol Cipularang?")
    labels = [figure_label(c.figure) for c in answer.claims]
    assert labels.count("8") == 1 and "9" in labels, labels
    eight = next(c for c in answer.claims if figure_label(c.figure) == "8")
    assert {s.outlet for s in eight.sources} == {"Kompas.com", "Tempo.co"}
    # the injured eight (another predicate) joins neither entry
    assert all(s.article_id != "crash-d" for c in answer.claims for s in c.sources)
    # the disagreement stays plain: 8 and 9 side by side
    assert answer.disagreement and "8" in answer.disagreement and "9" in answer.disagreement


async def test_a_joined_entry_says_whose_report_each_page_is(empty_engine):
    await empty_engine.ingest_articles(CRASH)
    answer = await empty_engine.ask("berapa orang tewas dalam kecelakaan beruntun di Tol Cipularang?")
    eight = next(c for c in answer.claims if figure_label(c.figure) == "8")
    by_outlet = {s.outlet: s.speaker for s in eight.sources}
    assert "Kapolres Purwakarta" in (by_outlet["Kompas.com"] or "") and by_outlet["Tempo.co"] is None
    text = render_text(answer)
    line = next(ln for ln in text.splitlines() if ln.startswith(tuple(f"{i}. 8 " for i in range(1, 9))))
    assert "Kompas.com · 2 Sep 2019 (Kapolres Purwakarta)" in line and "Tempo.co · 3 Sep 2019" in line
    as_json = answer.to_dict()["claims"]
    assert any(s["speaker"] and "Kapolres" in s["speaker"] for c in as_json for s in c["sources"])


async def test_amounts_of_money_are_shown_with_their_currency_as_written(empty_engine):
    await empty_engine.ingest_articles([
        Article(id="iuran-1", outlet="Kompas.com", published="2019-09-02", title="Iuran BPJS naik",
                body="Pemerintah menaikkan iuran BPJS Kesehatan. "
                     "Iuran peserta mandiri kelas III naik menjadi Rp 42.000 per bulan mulai Januari 2020. "
                     "Defisit BPJS Kesehatan diperkirakan mencapai Rp 32,8 triliun."),
    ])
    answer = await empty_engine.ask("berapa iuran BPJS Kesehatan kelas III setelah kenaikan?")
    labels = [figure_label(c.figure) for c in answer.claims]
    assert "Rp 42.000" in labels, labels
    assert not any(lb.endswith((" per", " di", " dari")) for lb in labels), labels


def test_a_figures_place_is_not_where_it_was_said():
    said = find_quantities("Kecelakaan itu menewaskan 8 orang, kata Dedi di Gedung Humas Mabes Polri.")
    assert said[0].scope is None
    sent = find_quantities("Sekitar 8.000 tentara Korea Utara telah dikerahkan ke Oblast Kursk Rusia, kata Blinken.")
    assert sent[0].scope == "Oblast Kursk Rusia"
    road = find_quantities("Sebanyak 21 kendaraan terlibat kecelakaan di Tol Cipularang KM 91.")
    assert road[0].scope == "Tol Cipularang"
    marker = find_quantities("Sebanyak 5 kendaraan terlibat kecelakaan di KM 92.")
    assert marker[0].scope is None


async def test_a_figure_whose_owner_is_said_once_joins_the_same_figure(empty_engine):
    await empty_engine.ingest_articles([
        Article(id="dpr-a", outlet="Kompas.com", published="2019-09-17", title="Paripurna revisi UU KPK sepi",
                body="Rapat paripurna pengesahan revisi UU KPK digelar Selasa. "
                     "Rapat paripurna itu hanya dihadiri 102 anggota DPR berdasarkan hitungan manual. "
                     "Pimpinan sidang tetap mengesahkan revisi itu."),
        Article(id="dpr-b", outlet="SINDOnews", published="2019-09-17", title="Kursi kosong di paripurna",
                body="Banyak kursi kosong terlihat di ruang sidang. "
                     "Hanya 102 anggota yang hadir dalam rapat paripurna pengesahan revisi UU KPK. "
                     "Sebanyak 289 anggota menandatangani daftar hadir."),
    ])
    answer = await empty_engine.ask("berapa anggota DPR yang hadir dalam rapat paripurna revisi UU KPK?")
    labels = [figure_label(c.figure) for c in answer.claims]
    assert labels == ["102"], labels   # the signatures (289) count another thing
    assert {s.outlet for s in answer.claims[0].sources} == {"Kompas.com", "SINDOnews"}


async def test_one_figure_in_two_places_is_two_entries(empty_engine):
    await empty_engine.ingest_articles([
        Article(id="banjir-a", outlet="Kompas.com", published="2025-03-04", title="Banjir di Bekasi",
                body="Banjir merendam permukiman warga di Bekasi sejak Senin. "
                     "Sebanyak 300 warga mengungsi di Bekasi akibat banjir itu. Air mulai surut Rabu."),
        Article(id="banjir-b", outlet="Tempo.co", published="2025-03-04", title="Banjir di Bogor",
                body="Hujan deras sejak Minggu membuat sungai meluap di Bogor. "
                     "Sebanyak 300 warga mengungsi di Bogor akibat banjir itu. Posko didirikan di balai desa."),
    ])
    answer = await empty_engine.ask("berapa warga mengungsi akibat banjir?")
    assert [figure_label(c.figure) for c in answer.claims].count("300") == 2


async def test_the_same_figure_years_apart_is_two_entries(empty_engine):
    await empty_engine.ingest_articles([
        Article(id="kursi-a", outlet="kumparan", published="2017-08-08", title="Peta kursi DPRD",
                body="Peta kekuatan partai di DPRD menentukan koalisi pilkada. "
                     "PDIP meraih 20 kursi di DPRD dan menjadi partai terbesar. Golkar berada di urutan kedua."),
        Article(id="kursi-b", outlet="Kompas.com", published="2019-09-02", title="Kursi DPRD periode baru",
                body="Anggota DPRD periode baru dilantik pekan ini. "
                     "PDIP meraih 20 kursi di DPRD hasil Pemilu 2019. Gerindra menyusul di posisi kedua."),
    ])
    answer = await empty_engine.ask("berapa kursi yang diraih PDIP di DPRD?")
    assert [figure_label(c.figure) for c in answer.claims].count("20") == 2


def test_an_event_noun_is_no_place():
    assert find_quantities("6 Korban Tewas di Kecelakaan Tol Purbaleunyi adalah Penumpang")[0].scope == "Tol Purbaleunyi"


async def test_equal_small_figures_of_unrelated_stories_stay_apart(empty_engine):
    await empty_engine.ingest_articles([
        Article(id="bus-a", outlet="Kompas.com", published="2019-09-02", title="Bus terguling di Ciamis",
                body="Sebuah bus terguling di jalan menurun di Ciamis. "
                     "Kecelakaan bus itu menewaskan satu orang penumpang. Sopir bus melarikan diri."),
        Article(id="bus-b", outlet="Tempo.co", published="2019-09-05", title="Bus tabrak truk di Nganjuk",
                body="Bus antarkota menabrak truk di Nganjuk pada Kamis dini hari. "
                     "Kecelakaan bus itu menewaskan satu orang penumpang. Polisi memeriksa sopir truk."),
    ])
    answer = await empty_engine.ask("berapa korban tewas kecelakaan bus?")
    ones = [c for c in answer.claims if c.figure and c.figure["value"] == 1]
    assert len(ones) == 2 and all(len({s.outlet for s in c.sources}) == 1 for c in ones)


async def test_an_amount_of_money_counts_no_recipients(empty_engine):
    await empty_engine.ingest_articles([Article(
        id="blt-1", outlet="detikcom", published="2025-10-17", title="Prabowo perluas BLT",
        body="Pemerintah memperluas bantuan langsung tunai. "
             "BLT diberikan kepada sekitar 35 juta penerima dengan nilai Rp 300 ribu per bulan. "
             "Penyaluran dimulai pekan depan.")])
    answer = await empty_engine.ask("berapa penerima BLT yang diperluas pemerintah?")
    labels = [figure_label(c.figure) for c in answer.claims]
    assert labels == ["sekitar 35.000.000"], labels
    rate = await empty_engine.ask("berapa nilai BLT per bulan?")
    assert any(lb.startswith("Rp 300") for lb in (figure_label(c.figure) for c in rate.claims if c.figure))


async def test_an_amount_of_money_is_no_percentage(empty_engine):
    await empty_engine.ingest_articles([Article(
        id="brent-1", outlet="Tempo.co", published="2019-09-17", title="Harga minyak melonjak",
        body="Serangan ke kilang Aramco mengguncang pasar minyak. "
             "Minyak mentah Brent naik 14,6 persen menjadi US$ 69,02 per barel pada perdagangan Senin. "
             "Pasar menunggu kabar pemulihan produksi.")])
    answer = await empty_engine.ask("berapa persen harga minyak naik setelah serangan kilang Aramco?")
    assert [figure_label(c.figure) for c in answer.claims] == ["14,6%"]


async def test_a_total_asked_takes_an_articles_total_not_its_parts(empty_engine):
    await empty_engine.ingest_articles([Article(
        id="suap-1", outlet="Tempo.co", published="2019-09-18", title="KPK tetapkan Menpora tersangka",
        body="KPK menetapkan Menpora Imam Nahrawi sebagai tersangka. "
             "Imam diduga menerima uang suap dengan total Rp 26,5 miliar. "
             "Uang suap itu terdiri atas Rp 14,7 miliar yang diterima melalui asistennya dan Rp 11,8 miliar yang diminta langsung.")])
    answer = await empty_engine.ask("berapa total uang suap yang diduga diterima Imam Nahrawi?")
    assert [figure_label(c.figure) for c in answer.claims] == ["Rp 26,5 miliar"]


async def test_one_figure_in_two_towns_is_two_entries(empty_engine):
    await empty_engine.ingest_articles([
        Article(id="mbg-a", outlet="Kompas.com", published="2025-09-02", title="Siswa keracunan MBG di Garut",
                body="Puluhan siswa mengeluh mual setelah makan siang di sekolah. "
                     "Di Garut, 20 siswa keracunan MBG dan dirawat di puskesmas. Dinas kesehatan mengambil sampel."),
        Article(id="mbg-b", outlet="Tempo.co", published="2025-09-03", title="Siswa keracunan MBG di Bogor",
                body="Sekolah menghentikan sementara pembagian makanan. "
                     "Di Bogor, 20 siswa keracunan MBG dan dirawat di rumah sakit. Polisi menyelidiki dapur penyedia."),
    ])
    answer = await empty_engine.ask("berapa siswa keracunan MBG?")   # the acronym pins one programme, not one town
    twenty = [c for c in answer.claims if c.figure and c.figure["value"] == 20]
    assert len(twenty) == 2, [(c.text, [s.outlet for s in c.sources]) for c in answer.claims]


async def test_a_measure_asked_pins_its_story(empty_engine):
    """Two reports of one rate by one outlet, a week apart and naming nothing in common, are one
    entry: the measure asked ("prevalensi perokok anak") pins the story as a place would."""
    await empty_engine.ingest_articles([
        Article(id="rokok-1", outlet="Tempo.co", published="2019-09-11", title="Perokok anak terus bertambah",
                body="Jumlah perokok anak terus bertambah setiap tahun. "
                     "Menurut riset kesehatan dasar, prevalensi perokok anak meningkat dari 7,2 persen menjadi 9,1 persen. "
                     "Pemerintah diminta bertindak."),
        Article(id="rokok-2", outlet="Tempo.co", published="2019-09-18", title="Cukai rokok naik tahun depan",
                body="Tarif cukai rokok naik tahun depan. "
                     "Data Kementerian Kesehatan mencatat prevalensi perokok anak sudah 9,1 persen, lebih tinggi "
                     "dibanding lima tahun sebelumnya. "
                     "Kenaikan cukai diharapkan menekan konsumsi."),
    ])
    answer = await empty_engine.ask("berapa prevalensi perokok anak saat ini?")
    labels = [figure_label(c.figure) for c in answer.claims]
    assert labels.count("9,1%") == 1, labels
    entry = next(c for c in answer.claims if figure_label(c.figure) == "9,1%")
    assert {s.article_id for s in entry.sources} == {"rokok-1", "rokok-2"}


async def test_qualifiers_that_say_the_same_join(empty_engine):
    """"sedikitnya 24" and "setidaknya 24" are one figure; "hampir 24" stays apart."""
    await empty_engine.ingest_articles([
        Article(id="bom-1", outlet="Kompas.com", published="2019-09-17", title="Bom bunuh diri di Charikar",
                body="Sebuah bom bunuh diri meledak di lokasi kampanye di Charikar. "
                     "Ledakan di Charikar tersebut menewaskan sedikitnya 24 orang, menurut rumah sakit Parwan. "
                     "Taliban mengaku bertanggung jawab."),
        Article(id="bom-2", outlet="SINDOnews", published="2019-09-17", title="Taliban serang kampanye Ghani",
                body="Taliban menyerang kampanye Presiden Ghani di Charikar. "
                     "Pihak rumah sakit Parwan menyebut setidaknya 24 orang tewas dalam serangan di Charikar itu. "
                     "Presiden Ghani tidak terluka."),
        Article(id="bom-3", outlet="Tempo.co", published="2019-09-17", title="Korban bom Charikar",
                body="Korban bom di Charikar terus bertambah. "
                     "Hampir 24 orang dilaporkan tewas akibat ledakan di Charikar. "
                     "Polisi masih menyelidiki."),
    ])
    answer = await empty_engine.ask("berapa orang tewas akibat bom di Charikar?")
    entries = [c for c in answer.claims if c.figure and c.figure.get("value") == 24]
    outlets = sorted(sorted(s.outlet for s in c.sources) for c in entries)
    assert outlets == [["Kompas.com", "SINDOnews"], ["Tempo.co"]], outlets


async def test_a_figure_said_of_two_classes_joins_the_same_figure_said_of_one(empty_engine):
    """ "289 anggota hadir dan menandatangani" and "289 anggota menandatangani" are one report; the
    wounded and the dead stay apart (test_one_figure_from_several_outlets…)."""
    await empty_engine.ingest_articles([
        Article(id="dpr-a", outlet="Kompas.com", published="2019-09-17", title="Paripurna revisi UU KPK",
                body="Rapat paripurna DPR mengesahkan revisi UU KPK pada Selasa. "
                     "Sebanyak 289 anggota DPR hadir dan menandatangani daftar hadir paripurna revisi UU KPK. "
                     "Rapat dipimpin Fahri Hamzah."),
        Article(id="dpr-b", outlet="Tempo.co", published="2019-09-17", title="DPR sahkan revisi UU KPK",
                body="DPR mengesahkan revisi UU KPK dalam rapat paripurna. "
                     "Tercatat 289 anggota DPR menandatangani daftar hadir paripurna revisi UU KPK dari total 560 anggota. "
                     "Pemerintah diwakili Menkumham."),
    ])
    answer = await empty_engine.ask("berapa anggota DPR yang menandatangani daftar hadir paripurna revisi UU KPK?")
    entries = [c for c in answer.claims if figure_label(c.figure).startswith("289")]
    assert len(entries) == 1, [figure_label(c.figure) for c in answer.claims]
    assert {s.outlet for s in entries[0].sources} == {"Kompas.com", "Tempo.co"}


TALLY = [
    Article(id="gg-a", outlet="Liputan6.com", published="2019-09-10", title="Ada 941 Pelanggaran di Hari Pertama Perluasan Ganjil Genap",
            body="Perluasan aturan ganjil genap dimulai Senin (9/9/2019). Polisi masih menindak pelanggar di jalan."),
    Article(id="gg-b", outlet="Kompas.com", published="2019-09-09", title="Pelanggaran ganjil genap hari pertama",
            body="Perluasan aturan ganjil genap dimulai Senin (9/9/2019). "
                 "Adapun, Dirlantas Polda Metro Jaya mencatat 941 pelanggaran pada hari pertama perluasan aturan ganjil genap."),
    Article(id="gg-c", outlet="Tempo.co", published="2019-09-10", title="Dua pelanggaran ganjil genap di Fatmawati",
            body="Perluasan aturan ganjil genap dimulai Senin (9/9/2019). "
                 "Petugas mencatat 2 pelanggaran pada hari pertama perluasan aturan ganjil genap di Jalan Fatmawati."),
    Article(id="gg-d", outlet="Okezone", published="2019-09-10", title="Dua pelanggaran ganjil genap di hari pertama perluasan",
            body="Perluasan aturan ganjil genap dimulai Senin (9/9/2019). Polisi masih menindak pelanggar."),
]


async def test_a_headline_naming_nothing_joins_the_same_large_figure(empty_engine):
    """"Ada 941 Pelanggaran di Hari Pertama …" names nothing that tells its story apart: the same
    exact tally of another outlet in the same days is one entry listing both. A small figure
    ("2 pelanggaran" in Fatmawati, "Dua pelanggaran" somewhere) is not joined on that alone."""
    await empty_engine.ingest_articles(TALLY)
    answer = await empty_engine.ask("berapa pelanggaran ganjil genap pada hari pertama perluasan?")
    big = [c for c in answer.claims if (c.figure or {}).get("value") == 941]
    assert len(big) == 1 and {s.outlet for s in big[0].sources} == {"Liputan6.com", "Kompas.com"}, \
        [(figure_label(c.figure), [s.outlet for s in c.sources]) for c in answer.claims]
    small = [c for c in answer.claims if (c.figure or {}).get("value") == 2]
    assert len(small) == 2, [(figure_label(c.figure), [s.outlet for s in c.sources]) for c in answer.claims]


STORM = [
    Article(id="storm-a", outlet="SINDOnews", published="2019-09-10", title="Korban Badai Dorian di Bahama",
            body="Badai Dorian menghantam Bahama pekan lalu. Korban tewas akibat Badai Dorian di Bahama mencapai 50 jiwa."),
    Article(id="storm-b", outlet="Okezone", published="2019-09-11", title="Bahama berduka",
            body="Pemerintah Bahama mendata korban badai. Korban tewas akibat Badai Dorian di Bahama sedikitnya 50 orang."),
]
LOSS = [
    Article(id="loss-a", outlet="CNN Indonesia", published="2017-03-09", title="Sidang perdana korupsi e-KTP",
            body="Jaksa KPK membacakan dakwaan korupsi proyek e-KTP. "
                 "Korupsi proyek e-KTP merugikan negara hingga Rp 2,3 triliun, kata jaksa."),
    Article(id="loss-b", outlet="Merdeka.com", published="2017-11-10", title="Setnov kembali jadi tersangka e-KTP",
            body="KPK kembali menetapkan Setya Novanto sebagai tersangka korupsi proyek e-KTP. "
                 "Kerugian negara akibat korupsi proyek e-KTP sebesar Rp 2,3 triliun."),
]


async def test_reaching_a_figure_is_saying_it(empty_engine):
    """"mencapai 50 jiwa" and "sedikitnya 50 orang" are one toll; "hampir" and "lebih dari" stay two."""
    await empty_engine.ingest_articles(STORM)
    answer = await empty_engine.ask("berapa korban tewas akibat Badai Dorian di Bahama?")
    assert [sorted(s.outlet for s in c.sources) for c in answer.claims] == [["Okezone", "SINDOnews"]], \
        [(figure_label(c.figure), [s.outlet for s in c.sources]) for c in answer.claims]


async def test_a_pinned_storys_figure_restated_months_later_is_one_claim(empty_engine):
    await empty_engine.ingest_articles(LOSS)
    answer = await empty_engine.ask("berapa kerugian negara akibat korupsi proyek e-KTP?")
    assert [sorted(s.outlet for s in c.sources) for c in answer.claims] == [["CNN Indonesia", "Merdeka.com"]], \
        [(figure_label(c.figure), [s.outlet for s in c.sources]) for c in answer.claims]




def test_whose_figure_it_is_may_be_named_shorter():
    """"56 anggota Komisi III" and "56 anggota Komisi III DPR" count the same members."""
    from retrieval.answer import _same_count
    from retrieval.text import TextPipeline
    p = TextPipeline()
    a = {"value": 56.0, "unit": "anggota", "of": "komisi_iii", "predicates": ["present"]}
    b = {"value": 56.0, "unit": "anggota", "of": "komisi_iii_dpr", "predicates": []}
    assert _same_count(a, b, p)
    assert not _same_count(a, {**b, "of": "komisi_xi"}, p)


async def test_a_unit_spelled_short_is_the_same_unit(empty_engine):
    """"1 kg sabu" and "1 kilogram sabu" of two outlets are one figure."""
    await empty_engine.ingest_articles([
        Article(id="kg-a", outlet="SINDOnews", published="2019-09-17", title="Kurir sabu Cakung ditangkap",
                body="Polisi menangkap LIS di Cakung. LIS mengaku mengamankan 1 kg sabu di Cakung atas perintah TK."),
        Article(id="kg-b", outlet="Tempo.co", published="2019-09-18", title="Kurir sabu di Cakung",
                body="Kurir LIS ditangkap di Cakung. LIS mengaku mengamankan 1 kilogram sabu di Cakung atas perintah TK.")])
    answer = await empty_engine.ask("berapa sabu yang diamankan LIS di Cakung?")
    assert [sorted(s.outlet for s in c.sources) for c in answer.claims] == [["SINDOnews", "Tempo.co"]], \
        [(figure_label(c.figure), [s.outlet for s in c.sources]) for c in answer.claims]


async def test_the_closest_sentences_figures_join_when_equal(empty_engine):
    """No figure counts what is asked ("batas produksi"): the closest sentences' figures are listed,
    and the same exact figure of two pages in the same weeks is one entry there too."""
    await empty_engine.ingest_articles([
        Article(id="skm-a", outlet="SINDOnews", published="2019-09-16", title="Penggabungan batas produksi SKM dan SPM",
                body="Kemenkeu mengusulkan penggabungan batasan produksi SKM dan SPM sebesar 3 miliar batang."),
        Article(id="skm-b", outlet="Okezone", published="2019-09-16", title="DPR soal batas produksi rokok",
                body="Komisi XI menilai penggabungan batasan produksi SKM dan SPM sebesar 3 miliar batang sudah tepat.")])
    answer = await empty_engine.ask("berapa batas produksi gabungan rokok SKM dan SPM yang diusulkan?")
    assert answer.message and len(answer.claims) == 1, [(figure_label(c.figure), c.text) for c in answer.claims]
    assert {s.outlet for s in answer.claims[0].sources} == {"SINDOnews", "Okezone"}


async def test_victims_asked_by_class_are_people_of_any_kind(empty_engine):
    """"berapa korban tewas": "menewaskan satu orang penumpang" answers (a figure, not the closest
    sentences' list)."""
    await empty_engine.ingest_articles([
        Article(id="bus-c", outlet="Kompas.com", published="2019-09-02", title="Bus terguling di Ciamis",
                body="Sebuah bus terguling di jalan menurun di Ciamis. Kecelakaan bus itu menewaskan satu orang penumpang.")])
    answer = await empty_engine.ask("berapa korban tewas kecelakaan bus di Ciamis?")
    assert not answer.message and [figure_label(c.figure) for c in answer.claims] == ["1"], answer.message


async def test_points_counted_as_angka_are_points(empty_engine):
    """A tally's "angka" counts points: "… dengan empat angka" answers "berapa poin", and is one
    figure with another page's "empat poin"."""
    await empty_engine.ingest_articles([
        Article(id="pts-a", outlet="Okezone", published="2019-09-11", title="Thailand pimpin klasemen Grup G",
                body="Thailand menang atas Indonesia. Thailand memuncaki klasemen Grup G Kualifikasi Piala Dunia dengan empat angka."),
        Article(id="pts-b", outlet="Tempo.co", published="2019-09-11", title="Klasemen Grup G Thailand",
                body="Thailand menang atas Indonesia. Thailand memuncaki klasemen Grup G Kualifikasi Piala Dunia dengan empat poin.")])
    answer = await empty_engine.ask("berapa poin Thailand di klasemen Grup G Kualifikasi Piala Dunia?")
    assert not answer.message and "Okezone" in {s.outlet for c in answer.claims for s in c.sources}, answer.message
    assert [figure_label(c.figure) for c in answer.claims].count("4") == 1
