"""A regulation's number and year name the rule, not when a figure holds (frame._LAW_YEAR_RE,
docs/frames.md "Session 34 rules"): "… 79 pasal, pengganti UU Nomor 7 Tahun 2004" answers a
question about the law passed in 2019."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import answer_values, other_stories

LAWS = other_stories("ruu", "Kompas.com", "2019-09-17", [
    ("Rapat paripurna DPR", "DPR menggelar rapat paripurna untuk mengesahkan sejumlah rancangan undang-undang."),
    ("Revisi UU KPK", "Revisi UU KPK disahkan dalam rapat paripurna DPR."),
    ("Air bersih di desa", "Warga desa masih kesulitan mendapat air bersih saat kemarau."),
    ("Pengelolaan sumber daya", "Pemerintah menyiapkan aturan pengelolaan sumber daya alam."),
]) + [
    Article(id="ruu-sda", outlet="Tempo.co", published="2019-09-17", title="DPR Sahkan RUU Sumber Daya Air",
            body="DPR akhirnya mengesahkan RUU Sumber Daya Air menjadi undang-undang pada Selasa. "
                 "RUU tentang Sumber Daya Air terdiri dari 16 bab, 79 pasal, dan merupakan pengganti dari UU "
                 "tentang Sumber Daya Air Nomor 7 Tahun 2004 yang pernah dibatalkan Mahkamah Konstitusi."),
]


async def test_a_laws_number_and_year_is_no_time_of_the_figure(empty_engine):
    await empty_engine.ingest_articles(LAWS)
    answer = await empty_engine.ask("Berapa jumlah pasal dalam Undang-Undang Sumber Daya Air yang disahkan DPR pada 2019?")
    assert 79 in answer_values(answer), answer_values(answer)
