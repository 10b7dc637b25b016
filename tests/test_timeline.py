"""The timeline of a quantity answer: which figure when, by whom, dated by its own sentence when it can be."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from retrieval.answer import render_text
from retrieval.timeline import (date_phrases, figure_date_phrase, resolve, short_scope, short_speaker,
                                timeline_entries, timeline_line)

D = dt.date


def event(text: str, figure: str, published: D | None, others: tuple[str, ...] = (), near: D | None = None):
    p = figure_date_phrase(text, figure, [figure, *others])
    return resolve(p, published, near) if p else None


@pytest.mark.parametrize("text, figure, published, expected", [
    # a relative phrase counts back from the article's date
    ("naik dari perkiraan awal AS sebanyak 3.000 pekan lalu", "3.000", D(2024, 10, 29), D(2024, 10, 22)),
    ("Sebanyak 40 rumah rusak kemarin, kata Kepala BPBD.", "40 rumah", D(2024, 3, 5), D(2024, 3, 4)),
    ("Tiga hari lalu 120 warga mengungsi ke balai desa.", "120 warga", D(2024, 3, 5), D(2024, 3, 2)),
    # a written date; its year from the article, the year before when it would fall after it
    ("kata Blinken pada 31 Oktober bahwa sekitar 8.000 tentara tiba", "sekitar 8.000 tentara", D(2024, 11, 2),
     D(2024, 10, 31)),
    ("Pada 30 Desember, 12 kapal tenggelam.", "12 kapal", D(2025, 1, 3), D(2024, 12, 30)),
    ("lebih dari 10.000 tentara dikirim, kata Patel pada Rabu (13/11/2024).", "lebih dari 10.000 tentara",
     D(2024, 11, 14), D(2024, 11, 13)),
    ("Sebanyak 7 truk tiba pada Jumat (1/11).", "7 truk", D(2024, 11, 2), D(2024, 11, 1)),
    # a weekday alone: the last such day up to the article's date
    ("Polisi menangkap 5 tersangka pada Kamis.", "5 tersangka", D(2024, 11, 2), D(2024, 10, 31)),
    ("Polisi menangkap 5 tersangka Sabtu lalu.", "5 tersangka", D(2024, 11, 2), D(2024, 10, 26)),
])
def test_a_sentence_dates_its_own_figure(text, figure, published, expected):
    ev = event(text, figure, published)
    assert ev is not None and ev.date == expected, (text, ev)


@pytest.mark.parametrize("text, figure, published", [
    ("Sebanyak 300 tentara dikirim.", "300 tentara", D(2024, 11, 2)),                  # no date at all
    ("Sejak 1 Oktober, 300 tentara dikirim ke perbatasan.", "300 tentara", D(2024, 11, 2)),  # start of a period
    ("Sebanyak 300 tentara akan tiba pada 20 Desember 2024.", "300 tentara", D(2024, 11, 2)),  # a plan, later
    ("Sebanyak 300 tentara tiba kemarin.", "300 tentara", None),                          # nothing to count from
])
def test_no_event_date_without_a_date_that_dates_the_figure(text, figure, published):
    assert event(text, figure, published) is None


def test_a_date_belongs_to_the_figure_nearest_to_it():
    text = ("Sebagian dari 10.000 tentara Korea Utara yang dikerahkan ke Rusia timur – naik dari perkiraan awal AS "
            "sebanyak 3.000 pekan lalu – telah bergerak mendekati perbatasan Ukraina.")
    assert event(text, "3.000", D(2024, 10, 29), ("10.000 tentara",)).date == D(2024, 10, 22)
    assert event(text, "10.000 tentara", D(2024, 10, 29), ("3.000",)) is None


def test_day_and_month_in_an_undated_article_take_the_year_nearest_the_answer():
    ev = event("Sekitar 8.000 tentara dikerahkan, kata Blinken pada 31 Oktober.", "Sekitar 8.000 tentara", None,
               near=D(2024, 11, 5))
    assert ev.date == D(2024, 10, 31) and ev.year_inferred
    ev = event("Sekitar 8.000 tentara dikerahkan, kata Blinken pada 31 Oktober.", "Sekitar 8.000 tentara", None,
               near=D(2025, 1, 10))
    assert ev.date == D(2024, 10, 31)


def test_weekday_joined_to_a_date_is_one_phrase():
    phrases = date_phrases("kata Patel pada Rabu (13/11/2024) dan Selasa, 29 Oktober 2024.")
    assert [p.text for p in phrases] == ["(13/11/2024)", "29 Oktober 2024"]


@pytest.mark.parametrize("name, short", [
    ("Badan Intelijen Militer Ukraina (HUR)", "HUR"),
    ("Pentagon (Kementerian Pertahanan Amerika Serikat)", "Pentagon"),
    ("juru bicara Pentagon Sabrina Singh", "Pentagon"),
    ("juru bicara Departemen Luar Negeri AS Vedant Patel", "Deplu AS"),
    ("juru bicara Kremlin Peskov", "Kremlin"),
    ("juru bicara militer Ukraina", "militer Ukraina"),
    ("Menteri Luar Negeri AS Anthony Blinken", "Blinken"),
    ("Presiden Rusia Vladimir Putin", "Putin"),
    ("Kepala BPBD Contoh1 Sutrisno", "Sutrisno"),
    ("Presiden AS", "Presiden AS"),
    ("AS", "AS"),
    (None, "tanpa atribusi"),
])
def test_speaker_short_forms(name, short):
    assert short_speaker(name) == short


def test_long_speaker_names_are_clipped():
    assert len(short_speaker("Lembaga Swadaya Masyarakat Pemantau Anggaran Daerah Kabupaten Contoh")) <= 24


@pytest.mark.parametrize("scope, short", [("Oblast Kursk Rusia", "Kursk"), ("wilayah Kursk", "Kursk"),
                                          ("Rusia", "Rusia"), ("Korea Utara", "Korea Utara"), (None, None)])
def test_scope_short_forms(scope, short):
    assert short_scope(scope) == short


async def test_seed_answer_reads_as_a_timeline(engine):
    answer = await engine.ask("berapa tentara Korut?")
    entries = timeline_entries(answer)
    dated = [(e.date.isoformat(), e.text, e.speaker_short) for e in entries if e.date and e.kind != "vague"]
    assert dated == [("2024-10-22", "3.000", "Pentagon"),               # "pekan lalu" in a 29 Oct article
                     ("2024-10-29", "sekitar 10.000", "Pentagon"),
                     ("2024-10-31", "sekitar 8.000", "Blinken"),        # "pada 31 Oktober"
                     ("2024-11-13", "lebih dari 10.000", "Deplu AS")]
    by_text = {e.text: e for e in entries}
    assert by_text["3.000"].date_kind == "event" and by_text["3.000"].date_phrase == "pekan lalu"
    assert by_text["sekitar 10.000"].date_kind == "published"
    assert by_text["12.000"].date is None and by_text["12.000"].speaker_short == "HUR"
    # every entry is one of the answer's claims, never anything else
    for e in entries:
        c = answer.claims[e.claim - 1]
        assert c.figure["value"] == e.value and c.speaker == e.speaker and c.sources[0].outlet == e.outlet

    line = timeline_line(entries)
    assert line.startswith("Perkembangan angka: ~22 Okt*: 3.000 (Pentagon) → 29 Okt: sekitar 10.000 (Pentagon) → "
                           "31 Okt*: sekitar 8.000 di Kursk (Blinken) → 13 Nov: lebih dari 10.000 (Deplu AS)")
    assert "tanggal tidak diketahui: 12.000 (HUR)" in line
    text = render_text(answer)
    assert text.rstrip().endswith(line) and text.index("Angka berbeda") < text.index("Perkembangan angka")


async def test_json_timeline_ordered_by_date(engine):
    d = json.loads(json.dumps((await engine.ask("berapa tentara Korut?")).to_dict()))
    tl = d["timeline"]
    assert {"date", "value", "text", "speaker", "outlet", "scope"} <= set(tl[0])
    dates = [t["date"] for t in tl]
    known = [x for x in dates if x]
    assert known == sorted(known) and dates[len(known):] == [None] * (len(dates) - len(known))
    assert {t["value"] for t in tl} == {c["figure"]["value"] for c in d["claims"]}


async def test_no_timeline_for_other_answers_or_a_single_date(engine):
    who = await engine.ask("siapa yang melatih tentara Korea Utara?")
    assert timeline_entries(who) == [] and who.to_dict()["timeline"] == []
    assert "Perkembangan angka" not in render_text(who)
    await engine.ingest_bytes(json.dumps({
        "id": "pasar-1", "outlet": "kompas.com", "title": "Harga Cabai", "date": "2024-05-01",
        "text": "Sebanyak 40 truk cabai tiba di Pasar Induk Cipinang, kata Kepala Pasar Agus. "
                "Sekitar 35 truk cabai lain tertahan di tol, kata Kepala Pasar Agus."}).encode(), "p.jsonl")
    one_day = await engine.ask("berapa truk cabai tiba di pasar induk?")
    assert one_day.intent == "quantity" and timeline_line(timeline_entries(one_day)) is None
