"""Session 42 rules (docs/frames.md "Session 42 rules"), each asked end to end on a small archive."""
from __future__ import annotations

from retrieval.clean import Article
from retrieval.claims import extract_claims
from retrieval.grades import exchange_rate_fits
from retrieval.relevance import converted_from, figure_answers, question_frame
from retrieval.text import TextPipeline

from .answered import listed_values, topic_archive


DEBT = topic_archive("uln", "2019-09-16", [
    Article(id="uln-bi", outlet="SINDOnews", published="2019-09-16", title="Utang Luar Negeri Indonesia Naik",
            body="Utang Luar Negeri (ULN) Indonesia pada Juli 2019 tercatat sebesar USD395,3 miliar, terdiri dari "
                 "utang pemerintah dan bank sentral sebesar USD197,5 miliar, serta utang swasta (termasuk BUMN) "
                 "sebesar USD197,8 miliar. Posisi ULN swasta pada akhir Juli 2019 tumbuh 11,5% (yoy). "
                 "Utang luar negeri pemerintah di Juli 2019 tumbuh 9,7 persen (yoy)."),
    Article(id="uln-pemerintah", outlet="Tempo.co", published="2019-09-16", title="Utang Pemerintah Juli 2019",
            body="Sementara itu, utang luar negeri pemerintah pada Juli 2019 tercatat sebesar US$ 194,5 miliar."),
])
RATE = topic_archive("kurs", "2019-09-16", [
    Article(id="uln-kurs", outlet="Kompas.com", published="2019-09-16", title="Utang Luar Negeri RI per Juli",
            body="Berdasarkan data Bank Indonesia, utang luar negeri Indonesia mencapai 395,3 miliar dollar AS atau "
                 "setara Rp 5.534,2 triliun (kurs Rp14.000 per dollar AS) per Juli 2019."),
])


async def test_a_part_asked_takes_its_own_item_of_a_breakdown_not_the_whole(empty_engine):
    """"ULN … USD395,3 miliar, terdiri dari utang pemerintah dan bank sentral sebesar USD197,5
    miliar, serta utang swasta …": the part asked is its item; the whole and the other item are
    not it (grades.breakdown_fits)."""
    await empty_engine.ingest_articles(DEBT)
    values = listed_values(await empty_engine.ask(
        "Berapa besar utang luar negeri pemerintah dan bank sentral per Juli 2019?"))
    assert 197_500_000_000 in values and 395_300_000_000 not in values and 197_800_000_000 not in values, values


async def test_the_whole_asked_still_takes_the_whole_of_a_breakdown(empty_engine):
    """A question naming no item's own words ("Bank Indonesia" is no "bank sentral" item) asks the whole."""
    await empty_engine.ingest_articles(DEBT)
    values = listed_values(await empty_engine.ask(
        "Berapa posisi utang luar negeri Indonesia pada akhir Juli 2019 menurut Bank Indonesia?"))
    assert 395_300_000_000 in values and 197_500_000_000 not in values, values


async def test_a_growth_said_at_the_end_of_a_month_measures_its_subject(empty_engine):
    """"Posisi ULN swasta pada akhir Juli 2019 tumbuh 11,5%": "akhir" before a month says when, so the
    phrase measured is "ULN swasta" (frame._phrase_before, month_leads); the government's growth
    is another holder's (holder_sectors)."""
    await empty_engine.ingest_articles(DEBT)
    values = listed_values(await empty_engine.ask(
        "Berapa persen pertumbuhan ULN swasta secara tahunan pada akhir Juli 2019?"))
    assert 11.5 in values and 9.7 not in values, values


async def test_another_holders_money_is_not_the_asked_holders(empty_engine):
    """"utang luar negeri pemerintah … US$ 194,5 miliar" for "utang luar negeri swasta"
    (frame._other_sector, holder_sectors)."""
    await empty_engine.ingest_articles(DEBT)
    values = listed_values(await empty_engine.ask("Berapa nilai utang luar negeri swasta pada Juli 2019?"))
    assert 197_800_000_000 in values and 194_500_000_000 not in values, values


async def test_a_holders_growth_is_a_part_when_the_whole_is_asked(empty_engine):
    """"berapa persen pertumbuhan ULN Indonesia": neither the private nor the government part's growth."""
    await empty_engine.ingest_articles(DEBT)
    values = listed_values(await empty_engine.ask(
        "Berapa persen pertumbuhan tahunan utang luar negeri Indonesia pada Juli 2019?"))
    assert 11.5 not in values and 9.7 not in values, values


async def test_an_exchange_rate_is_no_amount(empty_engine):
    """"(kurs Rp14.000 per dollar AS)" converts the debt; it is no debt. A rate asked takes it."""
    await empty_engine.ingest_articles(RATE)
    values = listed_values(await empty_engine.ask("Berapa utang luar negeri Indonesia per Juli 2019?"))
    assert 395_300_000_000 in values and 14_000 not in values, values


def test_an_exchange_rate_answers_a_rate_asked():
    sentence = "Utang itu setara Rp 5.534,2 triliun (kurs Rp14.000 per dollar AS) per Juli 2019."
    rate = {"text": "14.000", "value": 14000.0, "unit": None}
    assert not exchange_rate_fits("Berapa utang luar negeri Indonesia?", rate, sentence)
    assert exchange_rate_fits("Berapa kurs rupiah terhadap dolar AS?", rate, sentence)


VICTIMS = topic_archive("bus", "2019-09-10", [
    Article(id="bus-subang", outlet="Detik", published="2019-09-10", title="Kecelakaan Bus di Subang",
            body="Korban tewas kecelakaan bus di Subang sebanyak 15 orang, terdiri dari 10 orang laki-laki "
                 "dan 5 orang perempuan."),
])


async def test_a_breakdown_labelled_after_its_figures(empty_engine):
    """"15 orang, terdiri dari 10 orang laki-laki dan 5 orang perempuan": the women asked are no
    whole of 15 nor the men's 10; the dead asked take 15."""
    await empty_engine.ingest_articles(VICTIMS)
    values = listed_values(await empty_engine.ask("Berapa korban tewas perempuan kecelakaan bus di Subang?"))
    assert 15 not in values and 10 not in values, values
    values = listed_values(await empty_engine.ask("Berapa korban tewas kecelakaan bus di Subang?"))
    assert 15 in values, values


async def test_a_whole_said_with_the_asked_items_word_is_asked(empty_engine):
    """"total penyeberang … 371.286 orang, yang terdiri dari 38.480 orang pejalan kaki dan 332.806
    orang penyeberang dalam kendaraan": the whole is named by the word the question asks too."""
    await empty_engine.ingest_articles(topic_archive("merak", "2017-06-26", [
        Article(id="merak-posko", outlet="Antaranews", published="2017-06-26", title="Penyeberang Bakauheni Melonjak",
                body="Posko Angkutan Lebaran Bakauheni 2017 mencatat total penyeberang selama periode tersebut "
                     "mencapai 371.286 orang, yang terdiri dari 38.480 orang pejalan kaki dan 332.806 orang "
                     "penyeberang dalam kendaraan."),
    ]))
    values = listed_values(await empty_engine.ask(
        "Berapa jumlah pemudik yang menyeberang dari Merak ke Bakauheni menjelang Lebaran 2017?"))
    assert 371_286 in values, values


SECTORS = topic_archive("sektor", "2019-09-16", [
    Article(id="sektor-bi", outlet="Okezone", published="2019-09-16", title="Porsi ULN Pemerintah per Sektor",
            body="ULN pemerintah diprioritaskan untuk membiayai pembangunan, yaitu sektor jasa kesehatan dan kegiatan "
                 "sosial (19,0% dari total ULN Pemerintah), sektor konstruksi (16,4%). Ditambah sektor jasa "
                 "pendidikan (16,0%), serta sektor jasa keuangan dan asuransi (13,9%)."),
])


async def test_a_kind_asked_takes_its_own_item_of_a_list_keyed_by_sektor(empty_engine):
    """"sektor konstruksi (16,4%)", "sektor jasa pendidikan (16,0%)": other sectors' shares, in its
    list's sentence or the next one's (grades.kind_keyed_fits); a sector asked and said shorter
    ("sektor konstruksi" for "sektor konstruksi bangunan") would still be its own."""
    await empty_engine.ingest_articles(SECTORS)
    values = listed_values(await empty_engine.ask(
        "Berapa persen porsi sektor jasa kesehatan dan kegiatan sosial dalam ULN pemerintah per Juli 2019?"))
    assert 19.0 in values and not {16.4, 16.0, 13.9} & set(values), values
    values = listed_values(await empty_engine.ask("Berapa persen porsi sektor konstruksi dalam ULN pemerintah?"))
    assert 16.4 in values and 19.0 not in values, values


SHARES = topic_archive("porsi", "2019-09-16", [
    Article(id="porsi-swasta", outlet="Tempo.co", published="2019-09-16", title="Utang Swasta Juli 2019",
            body="Sementara, utang swasta dan BUMN mencapai US$ 197,8 miliar atau 50,1 persen, tumbuh 11,5 persen (yoy)."),
    Article(id="porsi-defisit", outlet="Kompas.com", published="2019-08-16", title="Defisit RAPBN 2020",
            body="Defisit RAPBN 2020 dirancang sebesar Rp 307,2 triliun atau 1,76 persen terhadap PDB."),
])


async def test_a_share_restating_an_amount_is_not_the_amount_asked(empty_engine):
    """"US$ 197,8 miliar atau 50,1 persen": the amount answers "berapa nilai utang swasta", its share
    of the whole does not (grades.restated_share_fits); a ratio to a whole it names ("1,76 persen
    terhadap PDB") restates a deficit asked, as deficits are told."""
    await empty_engine.ingest_articles(SHARES)
    values = listed_values(await empty_engine.ask("Berapa nilai utang luar negeri swasta dan BUMN pada Juli 2019?"))
    assert 197_800_000_000 in values and 50.1 not in values, values
    values = listed_values(await empty_engine.ask("Berapa defisit yang dirancang dalam RAPBN 2020?"))
    assert 307_200_000_000_000 in values and 1.76 in values, values


async def test_a_cases_role_opening_a_sentence_stands_for_the_one_asked(empty_engine):
    """"Pelaku pun dijerat … ancaman hukuman sembilan tahun penjara" after a sentence naming AR: the
    role is no other holder than the one asked (frame.holder_fits, role_nouns)."""
    await empty_engine.ingest_articles(topic_archive("tikam", "2019-09-12", [
        Article(id="tikam-bekasi", outlet="Okezone", published="2019-09-12", title="Remaja Tikam Ayah Tiri di Bekasi",
                body="AR, remaja 16 tahun, menikam ayah tirinya Sujana hingga tewas di Tambun Selatan, Bekasi. "
                     "Pelaku pun dijerat Pasal 351 ayat 3 KUHP, dengan ancaman hukuman sembilan tahun penjara."),
    ]))
    values = listed_values(await empty_engine.ask(
        "Berapa tahun ancaman hukuman bagi AR, remaja yang menikam ayah tirinya Sujana hingga tewas di Tambun Selatan, Bekasi?"))
    assert 9 in values, values


CORETAX = topic_archive("coretax", "2025-10-14", [
    Article(id="coretax-djp", outlet="detikcom", published="2025-10-14", title="Aktivasi Akun Coretax",
            body="Direktorat Jenderal Pajak (DJP) menargetkan pelaporan surat pemberitahuan (SPT) tahunan 2025 mencapai 14,5 juta wajib "
                 "pajak (WP). \"Yang sudah aktivasi akun Coretax itu sekitar 2,6 juta wajib pajak,\" ujar Bimo."),
    Article(id="coretax-drone", outlet="Kompas.com", published="2025-10-14", title="Serangan Drone di Afghanistan",
            body="Serangan drone yang ditargetkan ke persembunyian militan di Afghanistan menewaskan sedikitnya "
                 "30 warga sipil."),
])


async def test_a_target_set_is_no_count_of_what_was_done(empty_engine):
    """"DJP menargetkan pelaporan surat pemberitahuan (SPT) … mencapai 14,5 juta wajib pajak" is a
    target, read through the bracket: no answer to how many have activated; an attack "ditargetkan
    ke" a hideout is aimed, and its dead are counted (frame.plan_fits)."""
    await empty_engine.ingest_articles(CORETAX)
    values = listed_values(await empty_engine.ask("Berapa wajib pajak yang sudah mengaktivasi akun Coretax per Oktober 2025?"))
    assert 2_600_000 in values and 14_500_000 not in values, values
    values = listed_values(await empty_engine.ask("Berapa warga sipil tewas akibat serangan drone di Afghanistan?"))
    assert 30 in values, values


async def test_a_target_is_no_estimate_but_is_a_promise(empty_engine):
    """"perseroan menargetkan dapat menyuplai beras sebanyak 700.000 ton" answers no estimate asked
    ("diperkirakan bisa disalurkan"), and does answer what is promised ("dijanjikan … akan")."""
    await empty_engine.ingest_articles(topic_archive("bpnt", "2019-09-18", [
        Article(id="bpnt-bulog", outlet="Tempo.co", published="2019-09-18", title="Bulog Salurkan Beras BPNT",
                body="Bulog awalnya menargetkan dapat menyuplai beras BPNT sebanyak 700.000 ton sepanjang "
                     "September hingga Desember 2019. Buwas memprediksi penyaluran beras BPNT hanya akan mencapai "
                     "300.000 ton hingga akhir tahun."),
    ]))
    values = listed_values(await empty_engine.ask(
        "Berapa ton beras yang diperkirakan bisa disalurkan Bulog untuk BPNT hingga akhir 2019?"))
    assert 300_000 in values and 700_000 not in values, values
    values = listed_values(await empty_engine.ask(
        "Berapa ton beras BPNT yang dijanjikan Bulog akan disuplai sepanjang September hingga Desember 2019?"))
    assert 700_000 in values, values


PERIODS = topic_archive("ppg", "2025-10-10", [
    Article(id="ppg-kompas", outlet="Kompas.com", published="2025-10-10", title="Biaya Kuliah PPG Calon Guru Ditanggung Pemerintah",
            body="Pemerintah menanggung biaya kuliah PPG Calon Guru 2025. Biaya kuliah per semester sebesar Rp 8,5 juta. "
                 "Dengan demikian, biaya berkuliah untuk dua semester PPG adalah Rp 17 juta."),
    Article(id="ppg-yya", outlet="Tempo.co", published="2019-09-20", title="Kompensasi Tumpahan Minyak",
            body="Kompensasi awal disepakati senilai Rp900 ribu per warga setiap bulan, selama dua bulan periode "
                 "terdampak, yakni Juli-Agustus 2019. Totalnya setiap warga menerima Rp1,8 juta."),
])


async def test_a_rate_of_one_period_and_a_total_over_several_are_not_one_another(empty_engine):
    """"biaya berkuliah untuk dua semester … Rp 17 juta" answers no "per semester" asked; "Rp900 ribu
    per warga setiap bulan" no total over Juli-Agustus (periods.span_fits)."""
    await empty_engine.ingest_articles(PERIODS)
    values = listed_values(await empty_engine.ask("Berapa biaya kuliah per semester PPG Calon Guru 2025 yang ditanggung pemerintah?"))
    assert 8_500_000 in values and 17_000_000 not in values, values
    values = listed_values(await empty_engine.ask(
        "Berapa total kompensasi awal yang diterima tiap warga untuk periode Juli-Agustus 2019?"))
    assert 1_800_000 in values and 900_000 not in values, values


def test_an_amount_converted_is_set_aside_with_what_it_converts():
    """"harga iPhone 11 model 64GB … USD699 atau sekira Rp9,8 jutaan": the 64GB model's price is not
    the 512GB one asked, nor is its rupiah conversion, which every other rule would pass
    (relevance.converted_fits); a question naming a currency judges a conversion alone."""
    sentence = ("Bila dikonversi ke Rupiah, harga iPhone 11 model 64GB dibanderol dengan harga USD699 atau "
                "sekira Rp9,8 jutaan.")
    quantities = extract_claims([sentence])[0].to_dict()["quantities"]
    by_text = {q["text"]: q for q in quantities}
    dollars, rupiah = (next(q for t, q in by_text.items() if n in t) for n in ("699", "9,8"))
    frame = question_frame("berapa harga varian iPhone 11 paling mahal, iPhone 11 Pro Max 512GB?", TextPipeline())
    assert not figure_answers(frame, dollars, sentence, None, "2019-09-11", quantities)
    assert not figure_answers(frame, rupiah, sentence, None, "2019-09-11", quantities)
    assert converted_from(frame.question_text, rupiah, sentence, quantities) is dollars
    assert converted_from("berapa harga iPhone 11 dalam rupiah?", rupiah, sentence, quantities) is None


async def test_a_figures_own_day_decides_over_the_day_it_was_said(empty_engine):
    """"… gempa kuat sebelumnya … magnitudo M 7,2 pada 14 Juli 2019 lalu," ungkap Daryono …, Minggu
    (15/9/2019)": said on the asked day, but of the July quake (frame._day_after_figure)."""
    await empty_engine.ingest_articles(topic_archive("halsel", "2019-09-15", [
        Article(id="halsel-kompas", outlet="Kompas.com", published="2019-09-15", title="Gempa Guncang Halmahera Selatan",
                body="Gempa bermagnitudo 6,2 mengguncang Halmahera Selatan, Maluku Utara, Minggu (15/9/2019) dini hari. "
                     "\"Gempa dini hari tadi berbeda dengan gempa kuat sebelumnya yang juga mengguncang Halmahera Selatan "
                     "dengan magnitudo M 7,2 pada 14 Juli 2019 lalu,\" ungkap Daryono, Minggu (15/9/2019)."),
    ]))
    values = listed_values(await empty_engine.ask(
        "Berapa magnitudo gempa yang mengguncang Halmahera Selatan pada Minggu 15 September 2019?"))
    assert 6.2 in values and 7.2 not in values, values
