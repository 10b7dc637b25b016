"""Session 29 rules, each a class of error found on the topic sets (docs/frames.md "Session 29
rules"), asked end to end: a figure under a topic its sentence sets ("Sementara untuk kategori
putri, …") is that topic's."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import answer_values

LIFTERS = [
    Article(id="pabbsi-a", outlet="Kompas.com", published="2019-09-20", title="PABBSI siapkan lifter untuk SEA Games 2019",
            body="PB PABBSI akan menurunkan 14 lifter untuk membela Indonesia di SEA Games 2019 Filipina. "
                 "Sementara untuk kategori putri, PB PABBSI akan menurunkan enam lifter. "
                 "Untuk persiapan, para lifter berlatih di Jakarta."),
]


async def test_a_figure_under_a_topic_the_sentence_sets_is_that_topics(empty_engine):
    await empty_engine.ingest_articles(LIFTERS)
    answer = await empty_engine.ask("berapa lifter yang akan diturunkan PB PABBSI untuk SEA Games 2019?")
    assert 14 in answer_values(answer), answer_values(answer)
    assert 6 not in answer_values(answer), answer_values(answer)
    # the topic asked: its figure answers
    answer = await empty_engine.ask("berapa lifter putri yang akan diturunkan PB PABBSI untuk SEA Games 2019?")
    assert 6 in answer_values(answer), answer_values(answer)


def test_a_purpose_a_time_or_a_stage_sets_no_topic():
    from retrieval.frame import question_frame, scope_fits
    from retrieval.text import TextPipeline
    pipe = TextPipeline()
    frame = question_frame("berapa defisit yang dirancang dalam APBN 2026?", pipe)
    q = {"text": "Rp 689 triliun", "value": 689e12, "unit": None}
    assert scope_fits(frame, q, "Sementara untuk tahun depan, defisit APBN dirancang sebesar Rp 689 triliun.")
    assert scope_fits(frame, q, "Untuk mencapai target tersebut, defisit APBN dirancang sebesar Rp 689 triliun.")
    assert scope_fits(frame, q, "Untuk rinciannya, defisit APBN dirancang sebesar Rp 689 triliun.")
    assert scope_fits(frame, q, "Untuk tahap pertama, defisit APBN dirancang sebesar Rp 689 triliun.")
    # a topic of its own the question does not name is another's figure
    assert not scope_fits(frame, q, "Sementara untuk pemerintah daerah, defisit dirancang sebesar Rp 689 triliun.")


VILLAGES = [
    Article(id="yya-a", outlet="Okezone", published="2019-09-12", title="Pertamina bayar kompensasi tumpahan minyak",
            body="Pertamina memberikan kompensasi tahap awal kepada 2.025 warga terdampak tumpahan minyak di Karawang. "
                 "Pembayaran dilakukan di kantor desa."),
    Article(id="yya-b", outlet="Tempo.co", published="2019-09-13", title="Warga terdampak tumpahan minyak terima kompensasi",
            body="Pertamina sudah berikan kompensasi tahap awal terhadap 1.245 warga Desa Sedari dan 780 warga Desa "
                 "Tambaksari yang terdampak tumpahan minyak dengan nilai Rp900 ribu per bulannya untuk tiap orang. "
                 "Warga lain masih diverifikasi."),
    Article(id="beliung-a", outlet="Kompas.com", published="2019-09-07", title="Puting beliung rusak rumah di Aceh Utara",
            body="Sebanyak 33 rumah rusak akibat puting beliung di 3 kecamatan di Kabupaten Aceh Utara. "
                 "Rincian rumah rusak akibat puting beliung yaitu 26 rumah di Kecamatan Seunuddon, 6 rumah di Kecamatan "
                 "Baktiya, dan satu rumah di Kecamatan Langkahan. Warga mulai memperbaiki atap."),
]


async def test_a_villages_count_in_a_list_by_village_is_its_part(empty_engine):
    await empty_engine.ingest_articles(VILLAGES)
    answer = await empty_engine.ask("berapa warga terdampak tumpahan minyak yang menerima kompensasi tahap awal?")
    assert 2025 in answer_values(answer) and not {1245, 780} & set(answer_values(answer)), answer_values(answer)
    answer = await empty_engine.ask("berapa warga Desa Sedari yang menerima kompensasi tahap awal tumpahan minyak?")
    assert 1245 in answer_values(answer) and 780 not in answer_values(answer), answer_values(answer)


async def test_a_district_asked_takes_its_own_count_not_the_whole_of_several(empty_engine):
    await empty_engine.ingest_articles(VILLAGES)
    answer = await empty_engine.ask("Berapa rumah rusak akibat puting beliung di Kecamatan Seunuddon, Aceh Utara?")
    assert 26 in answer_values(answer), answer_values(answer)
    assert not {33, 6, 1} & set(answer_values(answer)), answer_values(answer)


async def test_compensation_and_non_tax_revenue_are_amounts_of_money(empty_engine):
    await empty_engine.ingest_articles([
        Article(id="onwj-a", outlet="Tempo.co", published="2019-09-19", title="PHE ONWJ cairkan kompensasi tahap awal",
                body="PT PHE ONWJ mencairkan kompensasi tahap awal senilai Rp18,54 miliar untuk 10.271 warga terdampak "
                     "tumpahan minyak. Pembayaran berlangsung di balai desa."),
        Article(id="imipas-a", outlet="detik.com", published="2025-10-17", title="Imigrasi setor PNBP",
                body="Ditjen Imigrasi menyetor PNBP sebesar Rp 8,3 triliun ke kas negara dalam setahun terakhir. "
                     "Layanan paspor menjadi penyumbang terbesar."),
    ])
    answer = await empty_engine.ask("Berapa total dana kompensasi tahap awal yang dicairkan PHE ONWJ untuk warga terdampak?")
    assert 18.54e9 in answer_values(answer) and 10271 not in answer_values(answer), answer_values(answer)
    answer = await empty_engine.ask("Berapa PNBP yang disetor Ditjen Imigrasi dalam setahun?")
    assert 8.3e12 in answer_values(answer), answer_values(answer)
