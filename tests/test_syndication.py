"""One story, many outlets: copies of one report are one claim listing every outlet, origin first.

Real Engine, real SQLite, hand-written Indonesian news text (no corpus text)."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from bot.render import claim_block
from retrieval import syndication
from retrieval.answer import render_text
from retrieval.engine import Engine

QUESTION = "berapa tentara Korea Utara dikirim ke Rusia?"

BODY = (
    "Badan Intelijen Nasional Korea Selatan (NIS) menyebut sekitar 10.000 tentara Korea Utara telah dikirim ke Rusia "
    "untuk membantu perang di Ukraina.\n\n"
    "Menurut NIS, pasukan itu diberangkatkan dengan kapal angkatan laut Rusia dari pelabuhan Chongjin dan Hamhung "
    "sejak awal Oktober.\n\n"
    "Para tentara kemudian menjalani pelatihan di pangkalan militer di wilayah timur jauh Rusia sebelum dikirim ke "
    "garis depan.\n\n"
    "NIS juga mengatakan sebagian pasukan khusus Korea Utara telah tiba di wilayah Kursk dan bersiap bergabung dengan "
    "unit Rusia.\n\n"
    "Pemerintah Korea Selatan memanggil duta besar Rusia untuk memprotes pengiriman pasukan tersebut.\n\n"
    "Juru bicara Kementerian Luar Negeri Korea Selatan menyatakan Seoul akan mempertimbangkan semua pilihan, termasuk "
    "bantuan senjata kepada Ukraina.\n\n"
    "Moskow dan Pyongyang membantah laporan itu dan menyebutnya propaganda Barat."
)

CNN = {"id": "cnn-1", "outlet": "cnnindonesia.com", "date": "2024-10-18",
       "url": "https://www.cnnindonesia.com/internasional/korut-kirim-tentara",
       "title": "NIS: 10 Ribu Tentara Korut Dikirim ke Rusia",
       "text": "Jakarta, CNN Indonesia -- " + BODY}
# the same article on an aggregator: the dateline kept, small edits, the last paragraph dropped
REHOST = {"id": "agg-1", "outlet": "example.com", "date": "2024-10-19",
          "url": "https://example.com/berita/korut-kirim-tentara-ke-rusia",
          "title": "Korea Selatan: Tentara Korut Dikirim ke Rusia",
          "text": "Jakarta, CNN Indonesia -- " + BODY.replace("sejak awal Oktober", "sejak awal bulan Oktober")
          .replace("Para tentara kemudian", "Para prajurit itu kemudian")
          .rsplit("\n\n", 1)[0]}
# another outlet's version: its own lead, then the agency text
DETIK = {"id": "detik-1", "outlet": "detik.com", "date": "2024-10-18",
         "url": "https://news.detik.com/internasional/d-1/korsel-korut-kirim-pasukan",
         "title": "Korsel Tuding Korut Kirim Pasukan untuk Bantu Rusia",
         "text": "Seoul - Korea Selatan menuding Pyongyang terlibat langsung dalam perang Rusia melawan Ukraina "
                 "setelah citra satelit menunjukkan kapal militer di pelabuhan timur Korea Utara.\n\n" + BODY}
# shares the words and even the figure, but it is another story
UNRELATED = {"id": "kompas-1", "outlet": "kompas.com", "date": "2024-10-20",
             "url": "https://www.kompas.com/global/read/rusia-kirim-tentara-kursk",
             "title": "Rusia Kirim Tentara Tambahan ke Kursk",
             "text": "KOMPAS.com - Ukraina menyebut Rusia telah mengirim sekitar 10.000 tentara tambahan ke wilayah "
                     "Kursk, bukan pasukan Korea Utara seperti dilaporkan sebelumnya.\n\n"
                     "Kepala intelijen militer Ukraina mengatakan pasukan cadangan Rusia itu datang dari Moskow dan "
                     "Rostov dalam dua pekan terakhir.\n\n"
                     "Menurut dia, pertempuran di sekitar Sudzha akan meningkat menjelang musim dingin karena kedua "
                     "pihak berusaha menguasai jalan logistik.\n\n"
                     "Pemerintah Korea Utara tidak menanggapi tuduhan keterlibatan pasukannya dalam pertempuran itu."}


async def _ingest(engine: Engine, tmp_path: Path, records: list[dict], name: str = "batch.jsonl") -> None:
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    report = await engine.ingest_paths([path])
    assert not report.problems, report.problems


def _entries_with(answer, article_id: str) -> list:
    return [c for c in answer.claims if any(s.article_id == article_id for s in c.sources)]


async def test_copies_of_one_story_are_one_entry_origin_first(empty_engine, tmp_path):
    await _ingest(empty_engine, tmp_path, [DETIK, REHOST, UNRELATED, CNN])
    answer = await empty_engine.ask(QUESTION)
    story = _entries_with(answer, "cnn-1")
    assert len(story) == 1, render_text(answer)
    entry = story[0]
    assert entry.figure["value"] == 10000
    by_article = {s.article_id: s for s in entry.sources}         # a title and a body sentence may both count
    assert list(by_article) == ["cnn-1", "agg-1", "detik-1"]
    assert [s.role for s in by_article.values()] == ["origin", "copy", "copy"]
    assert by_article["agg-1"].outlet == "CNN Indonesia" and by_article["agg-1"].rehosted_by == "example.com"
    assert by_article["detik-1"].outlet == "detikcom" and by_article["detik-1"].rehosted_by is None
    # the copies appear nowhere else in the answer
    assert _entries_with(answer, "agg-1") == story and _entries_with(answer, "detik-1") == story

    data = answer.to_dict()
    claim = next(c for c in data["claims"] if c["sources"][0]["article_id"] == "cnn-1")
    assert claim["origin"] == "CNN Indonesia"
    assert list(dict.fromkeys((s["outlet"], s["role"], s["rehosted_by"]) for s in claim["sources"])) == [
        ("CNN Indonesia", "origin", None), ("CNN Indonesia", "copy", "example.com"), ("detikcom", "copy", None)]

    text = render_text(answer)
    line = next(ln for ln in text.splitlines() if "CNN Indonesia ·" in ln)
    assert line.index("CNN Indonesia · 18 Okt 2024") < line.index("juga dimuat:") \
        < line.index("CNN Indonesia (dimuat ulang oleh example.com)") < line.index("detikcom")
    html = claim_block(1, entry)
    assert "CNN Indonesia (dimuat ulang oleh example.com)" in html and "juga dimuat:" in html
    assert html.index("cnnindonesia.com") < html.index("juga dimuat:") < html.index("detik.com")


async def test_unrelated_article_with_shared_words_is_not_merged(empty_engine, tmp_path):
    await _ingest(empty_engine, tmp_path, [CNN, DETIK, UNRELATED])
    answer = await empty_engine.ask(QUESTION)
    # Russia's 10.000 soldiers do not answer a question about North Korea's (frame.py) ...
    assert not _entries_with(answer, "kompas-1"), render_text(answer)
    # ... and asked about Russia's, they come as their own entry, credited to Kompas.com alone
    russia = await empty_engine.ask("berapa tentara Rusia dikirim ke Kursk?")
    other = _entries_with(russia, "kompas-1")
    assert other, render_text(russia)
    assert all({s.article_id for s in c.sources} == {"kompas-1"} for c in other)
    assert all(c.to_dict()["origin"] == "Kompas.com" for c in other)
    async with empty_engine.store.db.execute("SELECT id, story FROM articles") as cur:
        story = dict(await cur.fetchall())
    assert story["cnn-1"] == story["detik-1"] != story["kompas-1"]


async def test_deleting_the_origin_keeps_the_copies_answerable(empty_engine, tmp_path):
    await _ingest(empty_engine, tmp_path, [CNN, REHOST, DETIK, UNRELATED])
    assert await empty_engine.delete("cnn-1")
    answer = await empty_engine.ask(QUESTION)
    story = _entries_with(answer, "agg-1")
    assert len(story) == 1
    # the re-hosted page says it is CNN Indonesia's article: it now leads, credited to CNN Indonesia
    assert list(dict.fromkeys((s.article_id, s.role) for s in story[0].sources)) == [("agg-1", "origin"), ("detik-1", "copy")]
    assert story[0].to_dict()["origin"] == "CNN Indonesia"
    async with empty_engine.store.db.execute("SELECT count(*) FROM story_docs WHERE article_id = 'cnn-1'") as cur:
        assert (await cur.fetchone())[0] == 0
    async with empty_engine.store.db.execute("SELECT size FROM stories s JOIN articles a ON a.story = s.id"
                                             " WHERE a.id = 'agg-1'") as cur:
        assert (await cur.fetchone())[0] == 2


async def test_replacing_a_copy_with_other_content_takes_it_out_of_the_story(empty_engine, tmp_path):
    await _ingest(empty_engine, tmp_path, [CNN, DETIK])
    await _ingest(empty_engine, tmp_path, [dict(UNRELATED, id="detik-1", outlet="detik.com")], "replace.jsonl")
    async with empty_engine.store.db.execute("SELECT id, story FROM articles") as cur:
        story = dict(await cur.fetchall())
    assert story["cnn-1"] != story["detik-1"]
    answer = await empty_engine.ask(QUESTION)
    assert all(len({s.article_id for s in c.sources}) == 1 for c in answer.claims)


async def test_reindex_groups_the_same_way(empty_engine, tmp_path):
    await _ingest(empty_engine, tmp_path, [CNN, REHOST, DETIK, UNRELATED])

    async def grouping() -> tuple:
        rows = await empty_engine.store.db.execute_fetchall(
            "SELECT a.id, a.story, s.origin, s.origin_article, a.credit FROM articles a"
            " LEFT JOIN stories s ON s.id = a.story ORDER BY a.id")
        return tuple(tuple(r) for r in rows)

    before = await grouping()
    bands = (await empty_engine.store.db.execute_fetchall("SELECT count(*) FROM story_bands"))[0][0]
    await empty_engine.reindex()
    assert await grouping() == before
    assert (await empty_engine.store.db.execute_fetchall("SELECT count(*) FROM story_bands"))[0][0] == bands == 4 * syndication.BANDS
    answer = await empty_engine.ask(QUESTION)
    assert list(dict.fromkeys(s.article_id for s in _entries_with(answer, "cnn-1")[0].sources)) == ["cnn-1", "agg-1", "detik-1"]


async def test_a_failure_mid_ingest_loses_nothing_already_committed(tmp_path):
    """A batch that fails half-way (here: SQLite refuses one article's story row) is rolled back
    whole; what earlier batches committed, stories included, stays and answers."""
    db = tmp_path / "crash.db"
    engine = await Engine.open(db, seeds_dir=None)
    try:
        await _ingest(engine, tmp_path, [CNN, UNRELATED])
        await engine.store.db.execute(
            "CREATE TRIGGER boom BEFORE INSERT ON story_docs WHEN NEW.article_id = 'detik-1'"
            " BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
        with pytest.raises(sqlite3.DatabaseError):
            await _ingest(engine, tmp_path, [REHOST, DETIK], "second.jsonl")
    finally:
        await engine.close()
    engine = await Engine.open(db, seeds_dir=None)   # as after a restart
    try:
        rows = dict(await engine.store.db.execute_fetchall("SELECT id, story FROM articles"))
        assert set(rows) == {"cnn-1", "kompas-1"}           # the failed batch left nothing behind
        docs = await engine.store.db.execute_fetchall("SELECT article_id FROM story_docs ORDER BY 1")
        assert [d[0] for d in docs] == ["cnn-1", "kompas-1"]
        assert (await engine.store.db.execute_fetchall("SELECT count(*) FROM story_bands"))[0][0] == 2 * syndication.BANDS
        await engine.store.db.execute("DROP TRIGGER boom")
        await _ingest(engine, tmp_path, [REHOST, DETIK], "again.jsonl")
        answer = await engine.ask(QUESTION)
        assert list(dict.fromkeys(s.article_id for s in _entries_with(answer, "cnn-1")[0].sources)) == ["cnn-1", "agg-1", "detik-1"]
    finally:
        await engine.close()


@pytest.mark.parametrize("text, credit", [
    ("Jakarta, CNN Indonesia -- Harga emas naik hari ini.", "CNN Indonesia"),
    ("KOMPAS.com - Polisi menangkap dua tersangka.", "Kompas.com"),
    ("Jakarta (ANTARA) - Presiden meresmikan jalan tol baru.", "ANTARA"),
    ("Liputan6.com, Jakarta - Harga cabai turun.", "Liputan6.com"),
    ("Harga cabai turun.\nReporter: Budi\nSumber: Merdeka.com", "Merdeka.com"),
    ("Harga cabai turun di pasar, kata pedagang. (Antara)", "ANTARA"),
    ("Harga cabai turun.\n\nArtikel ini telah tayang di Kompas.com dengan judul \"Harga Cabai Turun\".", "Kompas.com"),
    ("Harga cabai turun.\n\nArtikel ini telah tayang di TribunJatim.com dengan judul X.", "TribunJatim.com"),
    ("Harga cabai turun.\n\nArtikel ini telah tayang di bangkapos.com dengan judul X.", "bangkapos.com"),
    # not statements about the whole article
    ("Jakarta - Harga emas naik hari ini.", None),
    ("Sumber: Polda Metro Jaya menyebut dua tersangka ditangkap.", None),
    ("Harga naik, seperti dikutip dari Reuters pada Senin.", None),
    ("Kompasiana - Tulisan warga tentang harga cabai.", None),
    ("Sony memperkenalkan tiga pengendali baru.\nSumber: PlayStation.com", None),
])
def test_credit_is_read_only_from_statements_about_the_whole_article(text, credit):
    assert syndication.find_credit(text) == credit


def test_cites_and_credited_outlets():
    assert syndication.find_cites("Seperti dilansir Reuters, pasukan dikirim. Dikutip dari Antara, jumlahnya "
                                  "10.000. Kompasiana menulis hal lain. Laporan kantor berita Yonhap menyebut…") \
        == ["Reuters", "ANTARA", "Yonhap"]
    assert syndication.credited("example.com", "example.com", None, "CNN Indonesia") == ("CNN Indonesia", "example.com")
    assert syndication.credited("CNN Indonesia", "cnnindonesia.com", "https://www.cnnindonesia.com/x",
                                "CNN Indonesia") == ("CNN Indonesia", None)
    # a regional subdomain of the credited outlet is the outlet itself, not a re-host
    assert syndication.credited("Tribunnews", "tribunnews.com", "https://jatim.tribunnews.com/x", "Tribunnews") \
        == ("Tribunnews", None)


def test_story_origin_rules():
    m = syndication.Member
    # a copy quoting another copy's outlet: that outlet is the origin even if published later
    origin = syndication.story_origin([m("t", "Tribunnews", "tribunnews.com", None, "2024-01-01", None, ["Kompas.com"], 1),
                                       m("k", "Kompas.com", "kompas.com", None, "2024-01-02", None, [], 2)])
    assert origin == ("Kompas.com", "k")
    # an agency most copies say they quote, not stored itself
    origin = syndication.story_origin([m("a", "Okezone", "okezone.com", None, "2024-01-01", None, ["Reuters"], 1),
                                       m("b", "SINDOnews", "sindonews.com", None, "2024-01-01", None, ["Reuters"], 2)])
    assert origin == ("Reuters", None)
    # nothing said: the earliest published copy
    origin = syndication.story_origin([m("a", "Okezone", "okezone.com", None, "2024-01-03", None, [], 1),
                                       m("b", "SINDOnews", "sindonews.com", None, "2024-01-02", None, [], 2)])
    assert origin == ("SINDOnews", "b")


def test_signatures_tell_copies_from_other_stories():
    cnn, rehost, detik, other = (syndication.signature(r["text"]) for r in (CNN, REHOST, DETIK, UNRELATED))
    assert syndication.similarity(cnn, rehost) >= syndication.THRESHOLD
    assert syndication.similarity(cnn, detik) >= syndication.THRESHOLD
    assert syndication.similarity(cnn, other) < 0.1
    assert set(syndication.band_keys(cnn)) & set(syndication.band_keys(rehost))
    assert syndication.signature("Harga cabai naik.") is None   # too short to call anything a copy


async def test_a_report_copied_more_often_than_a_band_holds_stays_one_story(empty_engine, tmp_path):
    """A band key keeps BAND_CAP documents: a report re-hosted by many sites costs each new copy
    the same bounded look-up, and every copy, including those past the cap, joins the one story."""
    n = syndication.BAND_CAP + 4
    sites = ["kabar", "warta", "berita", "suara", "harian", "pos", "info", "media", "portal", "sinar", "fokus", "jurnal"]
    copies = [dict(REHOST, id=f"copy-{i}", url=f"https://{sites[i]}.example.com/korut", outlet=f"{sites[i]}.example.com",
                   text=REHOST["text"] + f"\n\nDiunggah ulang oleh redaksi {sites[i].capitalize()}.")
              for i in range(n)]
    await _ingest(empty_engine, tmp_path, [CNN, UNRELATED] + copies)
    db = empty_engine.store.db
    stories = dict(await db.execute_fetchall("SELECT id, story FROM articles"))
    assert len({stories[c["id"]] for c in copies} | {stories["cnn-1"]}) == 1
    assert stories["kompas-1"] != stories["cnn-1"]
    fullest = (await db.execute_fetchall("SELECT max(c) FROM (SELECT count(*) AS c FROM story_bands GROUP BY key)"))[0][0]
    assert fullest == syndication.BAND_CAP
    late = dict(DETIK, id="detik-late")
    await _ingest(empty_engine, tmp_path, [late], "late.jsonl")
    stories = dict(await empty_engine.store.db.execute_fetchall("SELECT id, story FROM articles"))
    assert stories["detik-late"] == stories["cnn-1"]
    answer = await empty_engine.ask(QUESTION)
    entry = _entries_with(answer, "cnn-1")[0]
    assert {s.article_id for s in entry.sources} >= {"cnn-1", "detik-late", *(c["id"] for c in copies)}
