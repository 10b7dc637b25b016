"""The cleaner against the five seed pages: metadata matches each hand-checked sidecar."""
import json
from pathlib import Path

import ftfy
import pytest

from retrieval.clean import clean_page, repair_text
from retrieval.engine import DEFAULT_SEEDS

SEEDS = sorted(DEFAULT_SEEDS.glob("*.txt"))
FURNITURE = ("Baca juga", "Berita Populer", "Halaman", "Langganan BisnisPro", "Google News", "Text Sizes",
             "FOLLOW US", "© 2025", "Scan QR", "Dapatkan Berita", "Kolase", "KCNA via REUTERS", "(AFP)",
             "Rekaman yang diduga", "Senin, 6 Oktober 2025", "Sumber: TribunSolo")


@pytest.mark.parametrize("path", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_seed_metadata_detected_from_text_matches_sidecar(path: Path):
    meta = json.loads(path.with_name(path.stem + ".meta.json").read_text())
    art = clean_page(path.read_text(encoding="utf-8"))
    assert art.outlet_domain == meta["outlet"]
    assert art.title == meta["title"]
    assert art.published == meta["published"]
    assert art.author == meta["author"]


@pytest.mark.parametrize("path", SEEDS, ids=[p.name[:3] for p in SEEDS])
def test_seed_furniture_removed(path: Path):
    body = clean_page(path.read_text(encoding="utf-8")).body
    for junk in FURNITURE:
        assert junk not in body
    assert "TRIBUNNEWS.COM" not in body and "Bisnis.com, JAKARTA" not in body
    assert len(body) > 1000


def test_repairs_mojibake_and_comma_joined_paragraphs():
    fixed = repair_text("Kecamatan¬† Tanjungpinang Timur.,Penangkapan keduanya merupakan hasil.")
    assert "¬" not in fixed
    assert fixed.split("\n")[1].startswith("Penangkapan")
    # two and more commas: joined paragraphs whatever follows (a figure's speaker and place are
    # its own paragraph's)
    fixed = repair_text('Mandalika sebesar Rp126,5 miliar.,,,"Kemudian, di Likupang Rp40 miliar," ungkap dia.')
    assert fixed.split("\n") == ["Mandalika sebesar Rp126,5 miliar.", '"Kemudian, di Likupang Rp40 miliar," ungkap dia.']
    assert repair_text("telah melakukan riset.,, mengisi peluang").split("\n")[1] == "mengisi peluang"
    assert repair_text("naik Rp1,5 juta, lalu turun") == "naik Rp1,5 juta, lalu turun"
    assert repair_text("empat kendaraan hangus terbakar.,8 orang meninggal") == "empat kendaraan hangus terbakar.\n8 orang meninggal"


@pytest.mark.parametrize("damaged", [
    # Mac Roman mojibake whose words only make sense together (one alone is left as it is)
    "Simon Kj√¶r ‚Äì Kee-air, Jo√£o F√©lix ‚Äì Joo-wow, kata dia ‚Äúsiap‚Äù.",
    "Harga naik 5 persen Ã\u00a0 la carte, cafÃ© dan Â£10.",     # cp1252 mojibake, a no-break space inside
    "<p>AT&amp;T &amp; Verizon</p> ‚Äúkata‚Äù",                          # markup: entities stay
    "Warga Korut &amp; Korsel; ﬁnal \u2028 baris, ＡＢＣ ８",         # entities, ligature, width
])
def test_mojibake_repair_matches_ftfy_on_the_whole_text(damaged: str):
    """Only the damaged words go through ftfy (for speed); the result must be ftfy's own."""
    assert repair_text(damaged) == repair_text(ftfy.fix_text(damaged, normalization="NFC"))
    assert "√" not in repair_text(damaged) and "Ã" not in repair_text(damaged)


def test_unknown_date_stays_unknown():
    art = clean_page("Judul Berita yang Cukup Panjang untuk Judul\n\nSebuah kalimat tanpa tanggal apa pun di dalamnya sama sekali.")
    assert art.published is None and art.outlet is None


def test_an_untitled_record_takes_its_headline_from_its_address():
    from retrieval.clean import slug_title
    assert slug_title("https://example.co.id/news/poso-tanggap-darurat-7-hari-pascagempa") == \
        "Poso Tanggap Darurat 7 Hari Pascagempa"
    assert slug_title("https://www.cnnindonesia.com/internasional/20171119-tragedi-suriah-tewaskan-19-orang") == \
        "Tragedi Suriah Tewaskan 19 Orang"
    assert slug_title("https://example.com/read/2019/09/01/123/") is None   # no words: no title
    art = clean_page("Gempa magnitudo 6,6 mengguncang wilayah itu pada Senin malam dan merusak ratusan bangunan.",
                     url="https://example.co.id/news/gempa-poso-348-bangunan-rusak")
    assert art.title == "Gempa Poso 348 Bangunan Rusak" and art.title_from_url
    art = clean_page("Gempa magnitudo 6,6 mengguncang wilayah itu pada Senin malam dan merusak ratusan bangunan.",
                     title="Gempa di Poso", url="https://example.co.id/news/gempa-poso-348-bangunan-rusak")
    assert art.title == "Gempa di Poso" and not art.title_from_url


def test_a_tokenized_corpus_spaced_hyphen_is_joined_back():
    body = clean_page("Proyek e - KTP menyedot anggaran negara . Anak - anak ikut mengungsi . "
                      "Liputan6 . com - Pada hari itu Jumat - Sabtu hujan turun di kota itu sepanjang hari .").body
    assert "e-KTP" in body and "Anak-anak" in body and "com - Pada" in body and "Jumat - Sabtu" in body


def test_a_spaced_decimal_comma_is_joined_back():
    body = clean_page("Lion Group mengangkut total penumpang yang mencapai 51, 72 juta penumpang pada tahun lalu. "
                      "Tiket terjual pada 3, 4, dan 5 Mei kepada ribuan penumpang di bandara itu.").body
    assert "51,72 juta penumpang" in body and "3, 4, dan 5 Mei" in body


async def test_a_promoted_videos_headline_is_no_claim_of_the_article(empty_engine):
    """"Tonton juga video …: 9 Orang Meninggal" promotes another item: like a "Baca juga" link it is
    page furniture, and the answer never cites it as the article's figure; a paragraph the scraper
    joined after such a line is kept."""
    from retrieval.clean import Article
    from .answered import answer_labels
    await empty_engine.ingest_articles([Article(
        id="banjir-bali", outlet="detikcom", published="2025-09-11", title="Banjir Terjang Bali",
        body="Banjir melanda empat kabupaten di Bali sejak Selasa malam. "
             "BNPB mencatat banjir di Jembrana menimbulkan dua korban jiwa.\n"
             'Tonton juga video "Update Korban Banjir di Bali: 9 Orang Meninggal, 6 Hilang" di sini:\n'
             'Simak video banjir di Denpasar:,Air setinggi 50 sentimeter merendam pasar Badung.')])
    answer = await empty_engine.ask("berapa korban meninggal banjir di Bali?")
    texts = " ".join(c.text for c in answer.claims)
    assert "9 Orang" not in texts and answer_labels(answer) == ["2"], texts
    depth = await empty_engine.ask("berapa sentimeter tinggi air yang merendam pasar Badung?")
    assert any("50" in x for x in answer_labels(depth))
