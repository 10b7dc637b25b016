"""Other outlets' reports of a listed figure, worded their own way, are found and listed under it
(Engine._same_figures): never as a figure of their own. A question asking what one named source
said gets the entry that source's page joined."""
from __future__ import annotations

from retrieval.answer import figure_label
from retrieval.clean import Article

SIGI = [
    Article(id="sigi-a", outlet="Kompas.com", published="2019-09-02", title="Banjir bandang di Kabupaten Sigi",
            body="Banjir bandang melanda Kabupaten Sigi, Sulawesi Tengah, pada Senin malam. "
                 "Kerugian akibat banjir bandang di Kabupaten Sigi mencapai Rp 12,4 miliar, kata Bupati Sigi. "
                 "Warga mulai membersihkan rumah mereka."),
    # a rewrite: its sentence of the figure and its title hold too little of the question to match strongly
    Article(id="sigi-b", outlet="Tempo.co", published="2019-09-03", title="Pemkab Sigi menghitung dampak bencana",
            body="Pemerintah daerah menghitung dampak bencana pekan ini. "
                 "Bupati Mohamad Irwan menyebut nilai kerugian karena banjir sebesar Rp 12,4 miliar. "
                 "Bantuan logistik terus berdatangan."),
    # the same amount two years later (another flood): never an entry of its own
    Article(id="sigi-c", outlet="Okezone", published="2021-09-03", title="Pemkab Sigi data kerusakan",
            body="Pemkab Sigi mendata kerusakan rumah warga. "
                 "Kerugian karena banjir di Sigi tahun ini ditaksir Rp 12,4 miliar, kata Kepala BPBD Dodi Pratama. "
                 "Bantuan disalurkan pekan depan."),
]

QUESTION = "berapa kerugian akibat banjir bandang di Kabupaten Sigi?"


async def test_an_outlets_rewrite_of_a_listed_figure_adds_its_outlet(empty_engine):
    await empty_engine.ingest_articles(SIGI)
    answer = await empty_engine.ask(QUESTION)
    entries = [c for c in answer.claims if figure_label(c.figure) == "Rp 12,4 miliar"]
    assert len(entries) == 1, [figure_label(c.figure) for c in answer.claims]
    assert {s.outlet for s in entries[0].sources} == {"Kompas.com", "Tempo.co"}


async def test_the_same_amount_of_another_story_is_no_entry_of_its_own(empty_engine):
    await empty_engine.ingest_articles(SIGI)
    answer = await empty_engine.ask(QUESTION)
    assert all(s.article_id != "sigi-c" for c in answer.claims for s in c.sources), \
        [(figure_label(c.figure), [s.outlet for s in c.sources]) for c in answer.claims]


async def test_a_named_sources_report_joined_to_another_outlets_figure_answers_menurut(empty_engine):
    # BNPB's figure is in a rewrite too loosely worded to match strongly: it joins Kompas's entry,
    # and "menurut BNPB" gets that entry, not the closest passages of BNPB nor a notice
    await empty_engine.ingest_articles(SIGI + [
        Article(id="sigi-d", outlet="ANTARA", published="2019-09-03", title="BNPB kirim bantuan ke Sigi",
                body="BNPB mengirim bantuan untuk warga terdampak di Sigi. "
                     "Kepala BNPB Doni Monardo menyebut nilai kerugian karena banjir sebesar Rp 12,4 miliar. "
                     "Bantuan tiba Rabu pagi."),
    ])
    answer = await empty_engine.ask("berapa kerugian akibat banjir bandang di Kabupaten Sigi menurut BNPB?")
    assert answer.match == "strong" and not answer.message, answer.message
    entry = next(c for c in answer.claims if figure_label(c.figure) == "Rp 12,4 miliar")
    assert any(s.article_id == "sigi-d" and "BNPB" in (s.speaker or "") for s in entry.sources)


async def test_menurut_a_speaker_lists_the_outlets_that_carried_the_report_unattributed(empty_engine):
    await empty_engine.ingest_articles([
        Article(id="tol-a", outlet="Okezone", published="2019-09-18", title="Basuki tinjau tol layang Japek II",
                body="Menteri PUPR Basuki Hadimuljono meninjau tol layang Jakarta-Cikampek II. "
                     "Menurut Basuki Hadimuljono, ada sekitar 9.000 tiang pancang yang dibuat dalam pembangunan tol layang ini. "
                     "Tol ditargetkan beroperasi akhir tahun."),
        Article(id="tol-b", outlet="Tempo.co", published="2019-09-18", title="Tol layang Jakarta-Cikampek II hampir rampung",
                body="Menteri PUPR Basuki Hadimuljono meninjau pembangunan tol layang Jakarta-Cikampek II. "
                     "Ada sekitar 9.000 tiang pancang yang dibuat dalam pembangunan tol layang ini. "
                     "Uji beban dilakukan pekan depan."),
    ])
    answer = await empty_engine.ask("berapa tiang pancang yang dibuat dalam pembangunan tol layang menurut Basuki Hadimuljono?")
    assert not answer.message, answer.message
    entry = next(c for c in answer.claims if figure_label(c.figure).startswith("sekitar 9.000"))
    assert {s.outlet for s in entry.sources} == {"Okezone", "Tempo.co"}
    assert "Basuki" in (entry.speaker or "")


SMOKERS = [
    Article(id="rokok-a", outlet="Kompas.com", published="2019-09-10", title="Prevalensi perokok anak naik",
            body="Kementerian Kesehatan merilis data Riskesdas. "
                 "Prevalensi perokok anak meningkat dari 7,2 persen menjadi 9,1 persen pada 2018. "
                 "Pemerintah menyiapkan aturan baru."),
    # the same figure, what it measures named otherwise ("perokok usia anak dan remaja")
    Article(id="rokok-b", outlet="Okezone", published="2019-09-11", title="Jumlah perokok anak terus bertambah",
            body="Riskesdas mencatat kenaikan jumlah perokok. "
                 "Perokok usia anak dan remaja juga mengalami peningkatan dari 7,2% menjadi 9,1% pada 2018. "
                 "Aturan iklan rokok akan diperketat."),
]


async def test_a_figure_restated_in_other_words_joins_its_entry(empty_engine):
    await empty_engine.ingest_articles(SMOKERS)
    answer = await empty_engine.ask("berapa prevalensi perokok anak pada 2018?")
    entry = next(c for c in answer.claims if figure_label(c.figure) == "9,1%")
    assert {s.outlet for s in entry.sources} == {"Kompas.com", "Okezone"}


async def test_a_figure_restated_in_other_words_makes_no_entry_of_its_own(empty_engine):
    # the loosely worded page two years later joins no entry (another report): it is not listed
    import dataclasses
    await empty_engine.ingest_articles([SMOKERS[0], dataclasses.replace(SMOKERS[1], published="2021-09-11")])
    answer = await empty_engine.ask("berapa prevalensi perokok anak pada 2018?")
    entries = [c for c in answer.claims if figure_label(c.figure) == "9,1%"]
    assert len(entries) == 1 and {s.outlet for s in entries[0].sources} == {"Kompas.com"}, \
        [(figure_label(c.figure), [s.outlet for s in c.sources]) for c in answer.claims]
