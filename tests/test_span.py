"""The answer phrase inside a shown claim (retrieval/span.py): what the bot and CLI put in bold."""
from __future__ import annotations

import pytest

from retrieval.span import answer_span
from retrieval.text import TextPipeline

PIPE = TextPipeline()
SEED = ("Sekitar 10.000 tentara Korea Utara disebut Kementerian Pertahanan Amerika Serikat atau Pentagon "
        "telah dikirim ke Rusia")


def phrase(question: str, claim: str, figure_text: str | None = None) -> str | None:
    q = PIPE.parse_query(question)
    span = answer_span(question, q.intent, claim, query_words=q.words, figure_text=figure_text)
    if span is None:
        return None
    start, end = span
    assert 0 <= start < end <= len(claim)
    return claim[start:end]


def test_seed_figure_is_located_as_the_engine_chose_it() -> None:
    assert phrase("berapa tentara Korut?", SEED, figure_text="Sekitar 10.000 tentara") == "Sekitar 10.000 tentara"


@pytest.mark.parametrize("question, claim, expected", [
    ("berapa tentara Korut?", SEED, "Sekitar 10.000 tentara"),
    ("berapa korban tewas gempa Cianjur?", "Gempa Cianjur menewaskan sedikitnya 602 orang, menurut BNPB.",
     "sedikitnya 602 orang"),
    ("berapa harga beras medium di Jakarta?",
     "Harga beras medium di Jakarta mencapai Rp 14.500 per kilogram pekan ini.", "Rp 14.500 per kilogram"),
    ("berapa luas lahan yang terbakar di Riau?",
     "Kebakaran hutan di Riau menghanguskan lebih dari 1.200 hektare lahan gambut sepanjang Agustus.",
     "lebih dari 1.200 hektare"),
])
def test_quantity_phrase_is_the_figure_with_its_noun(question: str, claim: str, expected: str) -> None:
    assert phrase(question, claim) == expected


@pytest.mark.parametrize("question, claim, expected", [
    ("siapa Menteri Luar Negeri Korea Selatan?",
     "Menteri Luar Negeri Korea Selatan Cho Tae-yul mengatakan Seoul akan merespons.", "Cho Tae-yul"),
    ("siapa yang menyebut tentara Korut dikirim ke Rusia?", SEED, "Kementerian Pertahanan Amerika Serikat"),
    ("siapa pelatih tim nasional Indonesia?",
     "Tim nasional Indonesia kini ditangani pelatih asal Belanda Patrick Kluivert sejak Januari.",
     "Patrick Kluivert"),
    ("siapa yang ditetapkan sebagai tersangka korupsi timah?",
     "Kejaksaan Agung menetapkan Harvey Moeis sebagai tersangka korupsi timah, kata juru bicara Kejagung.",
     "Harvey Moeis"),
])
def test_who_phrase_is_a_name_the_question_does_not_say(question: str, claim: str, expected: str) -> None:
    assert phrase(question, claim) == expected


@pytest.mark.parametrize("question, claim, expected", [
    ("kapan rapat kabinet digelar?",
     "Presiden Prabowo Subianto memimpin rapat kabinet di Istana Merdeka, Jakarta, Senin (21/10/2024).",
     "21/10/2024"),
    ("kapan kapal tenggelam di Selat Bali?",
     "Kapal KMP Tunu Pratama Jaya tenggelam di Selat Bali pada Rabu malam, 2 Juli 2025.", "2 Juli 2025"),
    ("tahun berapa Timor Timur lepas dari Indonesia?",
     "Timor Timur lepas dari Indonesia setelah jajak pendapat tahun 1999.", "1999"),
])
def test_when_phrase_is_a_date(question: str, claim: str, expected: str) -> None:
    assert expected in (phrase(question, claim) or "")


@pytest.mark.parametrize("question, claim, expected", [
    ("ke mana tentara Korut dikirim?", SEED, "Rusia"),
    ("di mana rapat kabinet digelar?",
     "Presiden Prabowo Subianto memimpin rapat kabinet di Istana Merdeka, Jakarta, Senin (21/10/2024).",
     "Istana Merdeka"),
    ("di mana gempa magnitudo 5,6 terjadi?",
     "Gempa magnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, pada Senin siang.", "Kabupaten Cianjur"),
])
def test_where_phrase_is_a_place(question: str, claim: str, expected: str) -> None:
    got = phrase(question, claim) or ""
    assert got.startswith(expected)


@pytest.mark.parametrize("question, claim, expected", [
    ("partai apa yang memenangi pemilu 2024?",
     "Pemilu 2024 dimenangi Partai Demokrasi Indonesia Perjuangan (PDI-P) dengan 16,7 persen suara.",
     "Partai Demokrasi Indonesia Perjuangan (PDI-P)"),
    ("apa nama kapal yang tenggelam di Selat Bali?",
     "Kapal KMP Tunu Pratama Jaya tenggelam di Selat Bali pada Rabu malam.", "KMP Tunu Pratama Jaya"),
])
def test_what_phrase_fills_the_gap(question: str, claim: str, expected: str) -> None:
    assert expected in (phrase(question, claim) or "")


@pytest.mark.parametrize("question, claim", [
    ("kapan banjir melanda Demak?", "Banjir melanda sejumlah desa di Demak dan warga mengungsi ke tempat yang lebih tinggi."),
    ("siapa yang tewas?", "korban tewas akibat banjir terus bertambah menurut data terbaru."),
    ("berapa pengungsi banjir Demak?", "Banjir melanda sejumlah desa di Demak dan warga mengungsi."),
    ("di mana tentara Korut?", "tentara korut dikirim dan belum kembali."),
])
def test_none_when_the_claim_has_nothing_of_the_asked_kind(question: str, claim: str) -> None:
    assert phrase(question, claim) is None


def test_a_phrase_never_only_repeats_the_question() -> None:
    question = "siapa Presiden Prabowo Subianto?"
    claim = "Presiden Prabowo Subianto memimpin rapat kabinet."
    got = phrase(question, claim)
    assert got is None or set(got.lower().split()) - set(question.lower().rstrip("?").split())


def test_figure_text_not_in_the_claim_falls_back_to_the_rules() -> None:
    assert phrase("berapa tentara Korut?", SEED, figure_text="12.000 tentara") == "Sekitar 10.000 tentara"


def test_a_figure_span_holds_the_currency_written_before_it():
    """"berapa total modal perusahaan PT Bahtera Lestari": the phrase is "Rp 112 juta", as written
    and as FacQA's answer has it, not "112 juta"."""
    from retrieval.span import answer_span
    text = "Total modal perusahaan PT Bahtera Lestari sebesar Rp 112 juta."
    start, end = answer_span("berapa total modal perusahaan PT Bahtera Lestari", "quantity", text,
                             figure_text="112 juta")
    assert text[start:end] == "Rp 112 juta"
    text = "Harga iPhone 11 dimulai dari US$ 699 di Amerika Serikat."
    start, end = answer_span("berapa harga iPhone 11", "quantity", text, figure_text="699")
    assert text[start:end] == "US$ 699"
    text = "Sebanyak 23 orang tewas dalam kebakaran itu."
    start, end = answer_span("berapa orang tewas", "quantity", text, figure_text="23 orang")
    assert text[start:end] == "23 orang"
