"""The head of an amount's noun phrase (frame._phrase_head, docs/frames.md "Session 34 rules"):
"pembayaran bunga utang … Rp 538,70 triliun" is a payment (its first money word), whatever money
words ("utang") follow inside the phrase, so a question asking the payment takes it."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import answer_values, other_stories

BUDGET = other_stories("rapbn", "detikcom", "2025-08-18", [
    ("Nota keuangan dibacakan", "Presiden membacakan nota keuangan RAPBN 2026 di depan DPR."),
    ("Target pajak 2026", "Pemerintah menaikkan target penerimaan pajak dalam RAPBN 2026."),
    ("Belanja pendidikan", "Anggaran pendidikan tetap 20 persen dari belanja negara."),
    ("Defisit dijaga", "Defisit anggaran dijaga di bawah batas undang-undang."),
]) + [
    Article(id="rapbn-bunga", outlet="CNBC Indonesia", published="2025-08-18", title="Beban bunga utang 2026",
            body="Pemerintah menyiapkan anggaran untuk membayar bunga utang negara di 2026. "
                 "Rinciannya, pembayaran bunga utang dalam negeri sebesar Rp 538,70 triliun."),
]


async def test_a_payment_of_interest_on_debt_is_a_payment(empty_engine):
    await empty_engine.ingest_articles(BUDGET)
    answer = await empty_engine.ask("berapa pembayaran bunga utang dalam negeri dalam RAPBN 2026?")
    assert any(abs(v - 538.7e12) < 1e6 for v in answer_values(answer)), answer_values(answer)


def test_what_is_done_with_an_amount_is_read_in_the_words_before_it():
    """Session 34: ingest reads no predicate class for money, so "yang dibutuhkan" asked of an amount
    is read in the words before it ("Operator membutuhkan anggaran Rp 200 ribu"), not required of
    its (always empty) classes; an amount said to be done otherwise stays out."""
    import dataclasses

    from retrieval.claims import find_quantities
    from retrieval.frame import figure_fits, question_frame
    from retrieval.text import TextPipeline
    frame = question_frame("berapa biaya yang dibutuhkan operator untuk memindahkan satu meter kabel?", TextPipeline())
    needed = dataclasses.asdict(find_quantities("Operator membutuhkan anggaran Rp 200 ribu untuk memindahkan kabel.")[0])
    assert figure_fits(needed, frame)
    received = dataclasses.asdict(find_quantities("Operator menerima anggaran Rp 200 ribu untuk memindahkan kabel.")[0])
    assert not figure_fits(received, frame)


def test_a_measure_is_neither_held_nor_sent():
    """Session 34: "di level berapa The Fed menahan suku bunga acuannya": "menahan" (to detain, a
    captured class) is said of the rate in another sense; a percentage has no such class to state,
    so the asked class does not set it aside (what it measures is measure_fits's to judge)."""
    import dataclasses

    from retrieval.claims import find_quantities
    from retrieval.frame import figure_fits, question_frame
    from retrieval.text import TextPipeline
    pipe = TextPipeline()
    frame = question_frame("di level berapa The Fed menahan suku bunga acuannya dalam keputusan 30 Juli 2025?", pipe)
    assert frame.predicates == ("captured",)
    rate = dataclasses.asdict(find_quantities("The Fed menahan suku bunga acuannya di kisaran 4,25-4,50%.")[0])
    assert figure_fits(rate, frame)
    # a count of people still must say it: "300 orang" held is the class asked, said or not
    people = dataclasses.asdict(find_quantities("Sebanyak 300 orang hadir di lokasi.")[0])
    assert not figure_fits(people, question_frame("berapa orang yang ditahan polisi?", pipe))


INTEREST = other_stories("bunga", "detikcom", "2025-08-18", [
    ("Nota keuangan 2026", "Presiden membacakan nota keuangan RAPBN 2026 di depan DPR."),
    ("Utang pemerintah", "Posisi utang pemerintah naik pada semester pertama."),
    ("Belanja kementerian", "Belanja kementerian dan lembaga dipangkas tahun depan."),
]) + [
    Article(id="bunga-2026", outlet="Kompas.com", published="2025-08-18", title="Bunga Utang 2026",
            body="Pemerintah Indonesia menyiapkan anggaran sebesar Rp 599,44 triliun untuk membayar bunga utang "
                 "negara di 2026. Pemerintah juga menyiapkan anggaran Rp 20 triliun untuk membangun sekolah."),
]


async def test_a_purpose_the_question_names_as_a_noun_is_the_asked_budgets_own(empty_engine):
    """Session 34: "anggaran pembayaran bunga utang" asked: "anggaran … untuk membayar bunga utang" is
    that budget (the purpose's verb is the asked noun's stem), "untuk membangun sekolah" is another use."""
    await empty_engine.ingest_articles(INTEREST)
    answer = await empty_engine.ask("Berapa anggaran pembayaran bunga utang negara yang direncanakan pemerintah dalam RAPBN 2026?")
    values = answer_values(answer)
    assert any(abs(v - 599.44e12) < 1e6 for v in values), values
    assert not any(abs(v - 20e12) < 1e6 for v in values), values


TRAINS = other_stories("lrt", "Kompas.com", "2019-09-20", [
    ("Proyek MRT Surabaya", "Pemprov Jawa Timur mengkaji proyek MRT di Surabaya."),
    ("Kemacetan Surabaya", "Kemacetan di Surabaya makin parah pada jam sibuk."),
    ("Transportasi massal", "Gubernur mendorong transportasi massal di Jawa Timur."),
]) + [
    Article(id="lrt-jatim", outlet="Tempo.co", published="2019-09-20", title="Khofifah Pilih LRT",
            body="Gubernur Khofifah menyebut pembangunan MRT membutuhkan biaya besar. "
                 "Sedangkan pembangunan LRT tiga kali lebih murah, yaitu Rp 426 miliar."),
]


async def test_a_cost_said_cheap_names_the_cost(empty_engine):
    """Session 34: "lebih murah, yaitu Rp 426 miliar" says what the amount is (a cost): "murah" and
    "mahal" join the money words of one sense (frame_words same_money) for "ongkos"/"biaya"/"harga"."""
    await empty_engine.ingest_articles(TRAINS)
    answer = await empty_engine.ask("Berapa ongkos pembangunan LRT menurut perhitungan Pemprov Jawa Timur?")
    assert any(abs(v - 426e9) < 1e3 for v in answer_values(answer)), answer_values(answer)
