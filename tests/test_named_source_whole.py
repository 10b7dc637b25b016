"""A source named in the question ("menurut Kementerian Pekerjaan Umum") and named in the answering
sentence as the one reckoning the figure ("Kementerian Pekerjaan Umum menaksir kerugian materi
mencapai Rp 900 miliar"), though no speaker was read for it: when only the whole question (with
the source's words) finds that sentence strongly, its figure is the source's answer
(Engine._named_in_whole, docs/frames.md "Session 34 rules")."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import answer_values, other_stories

RIOTS = other_stories("rusuh", "Kompas.com", "2025-09-02", [
    ("Demonstrasi akhir Agustus", "Demonstrasi besar terjadi di sejumlah kota pada akhir Agustus 2025."),
    ("Halte dibakar", "Sejumlah halte bus dibakar massa saat kerusuhan di Jakarta."),
    ("Polisi menangkap perusuh", "Polisi menangkap ratusan orang yang diduga terlibat kerusuhan."),
    ("Fasilitas umum diperbaiki", "Pemerintah daerah mulai memperbaiki fasilitas umum yang rusak."),
    ("Kerugian pedagang", "Pedagang di sekitar lokasi demonstrasi mengaku merugi karena tutup."),
]) + [
    Article(id="rusuh-pu", outlet="detikcom", published="2025-09-03", title="Perbaikan Infrastruktur Pascakerusuhan",
            body="Pemerintah mulai memperbaiki jalan, halte dan gedung yang rusak. "
                 "Kementerian Pekerjaan Umum menaksir kerugian materi mencapai Rp 900 miliar."),
]


async def test_a_figure_the_named_source_reckoned_answers_menurut_that_source(empty_engine):
    await empty_engine.ingest_articles(RIOTS)
    answer = await empty_engine.ask("Berapa taksiran kerugian materi akibat kerusuhan demonstrasi akhir Agustus 2025 "
                                    "menurut Kementerian Pekerjaan Umum?")
    assert 900000000000 in answer_values(answer), answer_values(answer)
