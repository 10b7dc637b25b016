"""The chart: a PNG a phone shows well, whose plotted points (read back from the drawing and stored
in the PNG) are the answer's figures, dates, speakers and outlets."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from itertools import combinations
from pathlib import Path

from PIL import Image

from retrieval.answer import figure_label
from retrieval.chart import HEIGHT, MAX_LABELS, WIDTH, read_png_points, render_chart, wants_chart
from retrieval.timeline import timeline_entries

ROOT = Path(__file__).resolve().parent.parent
FLOOD = [
    {"id": "banjir-1", "outlet": "kompas.com", "title": "Banjir Rendam Kabupaten Sukamaju", "date": "2024-03-04",
     "text": "Sebanyak 2.000-3.000 warga mengungsi akibat banjir di Kabupaten Sukamaju, kata Kepala BPBD Sukamaju "
             "Budi Santoso. Air mulai surut pada sore hari."},
    {"id": "banjir-2", "outlet": "detik.com", "title": "Pengungsi Banjir Sukamaju Bertambah", "date": "2024-03-06",
     "text": "Sekitar 15.000 warga mengungsi akibat banjir di Kabupaten Sukamaju, ujar Gubernur Jawa Barat Ahmad "
             "Heryawan. Posko tambahan didirikan di tiga kecamatan."},
    {"id": "banjir-3", "outlet": "antaranews.com", "title": "BNPB: Pengungsi Banjir Sukamaju Capai Puluhan Ribu",
     "date": "2024-03-08",
     "text": "Lebih dari 40.000 warga mengungsi akibat banjir di Kabupaten Sukamaju, kata juru bicara BNPB Abdul "
             "Muhari pada Jumat (8/3/2024). Ribuan warga mengungsi akibat banjir di Kabupaten Sukamaju masih "
             "bertahan di masjid, kata Abdul Muhari."},
    {"id": "banjir-4", "outlet": "tempo.co", "title": "Relawan Bantu Pengungsi Sukamaju",
     "text": "Hampir 500 warga mengungsi akibat banjir di Desa Cikaret Kabupaten Sukamaju, kata relawan PMI Siti Aminah."},
]


def decode(png: bytes) -> Image.Image:
    img = Image.open(io.BytesIO(png))
    img.load()
    return img


def assert_readable_layout(points: list[dict]) -> None:
    """Every label inside the picture; no label over another label or over another figure's mark."""
    all_points = points
    points = [p for p in points if p["box"] is not None]   # a mark without a label has no box
    for p in points:
        x0, y0, x1, y1 = p["box"]
        assert 0 <= x0 < x1 <= WIDTH and 0 <= y0 < y1 <= HEIGHT, p
    for a, b in combinations(points, 2):
        (ax0, ay0, ax1, ay1), (bx0, by0, bx1, by1) = a["box"], b["box"]
        assert ax1 <= bx0 or bx1 <= ax0 or ay1 <= by0 or by1 <= ay0, (a["label"], b["label"])
    for p in points:
        for q in all_points:
            x0, y0, x1, y1 = p["box"]
            mx, my = q["at"]
            assert not (x0 + 4 < mx < x1 - 4 and y0 + 4 < my < y1 - 4), (p["label"], "covers", q["label"])


def check_against_answer(answer, drawn: dict) -> None:  # noqa: ANN001
    """One point per figure of the answer, at its value and date, labelled with its figure, speaker and outlet."""
    entries = {e.claim: e for e in timeline_entries(answer)}
    points = drawn["points"]
    figures = [i for i, c in enumerate(answer.claims, 1) if c.figure and c.match == "strong"]
    assert sorted(p["claim"] for p in points) == figures
    for p in points:
        c, e = answer.claims[p["claim"] - 1], entries[p["claim"]]
        assert p["value"] == c.figure["value"]
        assert p.get("high") == c.figure.get("high")
        if p["label"] is not None:
            assert p["label"].startswith(figure_label(c.figure)), p
            assert p["who"] in (f"{e.speaker_short} · {c.sources[0].outlet}", e.speaker_short), p
        assert p["date"] == (e.date.isoformat() if e.date else None)
        if e.date and e.date_kind == "published":
            assert p["date"] in {s.published for s in c.sources}


async def test_flagship_chart_decodes_at_size_and_shows_the_answer(engine):
    answer = await engine.ask("berapa tentara Korut?")
    chart = render_chart(answer)
    img = decode(chart.png)
    assert (img.format, img.size) == ("PNG", (WIDTH, HEIGHT)) == ("PNG", (1280, 720))
    drawn = read_png_points(chart.png)     # read back from the PNG itself
    assert drawn["points"] == chart.points and drawn["yscale"] == "linear"   # 12.000 is not over 10x 3.000
    check_against_answer(answer, drawn)
    assert all(p["label"] for p in drawn["points"])          # seven figures: every one labelled
    by_label = {p["label"].rstrip("*"): p for p in drawn["points"]}
    assert by_label["3.000"]["date"] == "2024-10-22" and by_label["3.000"]["who"] == "Pentagon · Medcom.id"
    assert by_label["12.000"]["date"] is None and by_label["12.000"]["who"] == "HUR · Tribunnews"
    assert by_label["sekitar 8.000 di Kursk"]["kind"] == "approx"
    assert by_label["lebih dari 10.000"]["kind"] == "more" and by_label["lebih dari 10.000"]["who"].startswith("Deplu AS")
    # the rise reads left to right: the lowest figure furthest left, the highest in the lane at the right
    xs = {k: p["at"][0] for k, p in by_label.items()}
    assert xs["3.000"] == min(xs.values()) and xs["12.000"] > xs["lebih dari 10.000"]
    # scopes: Kursk and Russia in different colours, one colour per scope
    colour_of = {}
    for p in drawn["points"]:
        assert colour_of.setdefault(p["scope"], p["colour"]) == p["colour"]
    assert colour_of["Kursk"] != colour_of["Rusia"]
    # vague amounts as bands
    assert all(p["band"] == [1000.0, 10000.0] for p in drawn["points"] if p["kind"] == "vague")
    assert_readable_layout(drawn["points"])
    assert "3.000–12.000" in chart.caption and "\n" not in chart.caption
    assert drawn["footer"].startswith("Sumber: 3 artikel dari 3 media, terbit 29 Okt–13 Nov 2024 (1 tanpa tanggal)")


async def test_log_scale_ranges_vague_and_qualified_marks(empty_engine):
    await empty_engine.ingest_bytes("\n".join(json.dumps(a) for a in FLOOD).encode(), "banjir.jsonl")
    answer = await empty_engine.ask("berapa warga mengungsi akibat banjir di Kabupaten Sukamaju?")
    chart = render_chart(answer)
    drawn = read_png_points(chart.png)
    assert decode(chart.png).size == (WIDTH, HEIGHT)
    assert drawn["yscale"] == "log"          # 40.000 is over 10x 500
    check_against_answer(answer, drawn)
    kinds = {p["kind"]: p for p in drawn["points"]}
    assert {"range", "approx", "more", "less", "vague"} <= set(kinds)
    assert (kinds["range"]["value"], kinds["range"]["high"]) == (2000.0, 3000.0)
    assert kinds["less"]["date"] is None     # the undated article's figure is in the lane
    assert kinds["more"]["date"] == "2024-03-08"
    assert_readable_layout(drawn["points"])


async def test_many_figures_stay_readable(empty_engine):
    """40 figures: every one is a mark, at most MAX_LABELS carry a label (the lowest and the highest
    among them), none overlaps, and the footer says how many are unlabelled."""
    records = [{"id": f"p{i}", "outlet": ["kompas.com", "detik.com", "tempo.co", "antaranews.com"][i % 4],
                "title": f"Laporan Panen Padi Daerah {i} Tahun Ini", "date": f"2024-04-{1 + i % 20:02d}" if i % 3 else None,
                "text": f"Sebanyak {1000 + i * 37} ton padi dipanen petani di Kabupaten Contoh{i}, kata Kepala Dinas "
                        f"Pertanian Budi{i}."} for i in range(40)]
    await empty_engine.ingest_bytes("\n".join(json.dumps(r) for r in records).encode(), "panen.jsonl")
    answer = await empty_engine.ask("berapa ton padi dipanen petani?")
    chart = render_chart(answer)
    drawn = read_png_points(chart.png)
    check_against_answer(answer, drawn)
    labelled = [p for p in drawn["points"] if p["label"]]
    assert len(drawn["points"]) == len(answer.claims) > MAX_LABELS >= len(labelled) >= 6
    values = [p["value"] for p in drawn["points"]]
    assert {min(values), max(values)} <= {p["value"] for p in labelled}
    assert f"{len(values) - len(labelled)} angka tanpa label" in drawn["footer"]
    assert_readable_layout(drawn["points"])


async def test_no_chart_without_two_distinct_figures(engine, empty_engine):
    who = await engine.ask("siapa yang melatih tentara Korea Utara?")
    assert not wants_chart(who) and render_chart(who) is None
    await empty_engine.ingest_bytes(json.dumps(FLOOD[1]).encode(), "one.jsonl")
    one = await empty_engine.ask("berapa warga mengungsi akibat banjir di Kabupaten Sukamaju?")
    assert one.claims and not wants_chart(one) and render_chart(one) is None


def run_cli(args: list[str], db: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "retrieval.cli", *args], capture_output=True, text=True,
                          env=dict(os.environ, SUMBER_DB=str(db)), timeout=120)


def test_cli_writes_the_chart_and_json_has_the_timeline(seeded_db, tmp_path):
    out = tmp_path / "korut.png"
    r = run_cli(["ask", "berapa tentara Korut?", "--chart", str(out)], seeded_db)
    assert r.returncode == 0, r.stderr
    assert "Perkembangan angka: ~22 Okt*: 3.000 (Pentagon)" in r.stdout
    assert decode(out.read_bytes()).size == (WIDTH, HEIGHT)
    js = json.loads(run_cli(["ask", "--json", "berapa tentara Korut?"], seeded_db).stdout)
    assert [t["text"] for t in js["timeline"]][:4] == ["3.000", "sekitar 10.000", "sekitar 8.000", "lebih dari 10.000"]
    none = tmp_path / "none.png"
    r = run_cli(["ask", "siapa Blinken?", "--chart", str(none)], seeded_db)
    assert r.returncode == 0 and not none.exists() and "no chart" in r.stderr
    r = run_cli(["ask", "berapa tentara Korut?", "--chart", str(tmp_path / "missing" / "x.png")], seeded_db)
    assert r.returncode != 0 and "Traceback" not in r.stderr and r.stderr.count("\n") == 1


def test_answering_without_a_chart_does_not_import_matplotlib(seeded_db):
    code = ("import sys, contextlib, io\n"
            "from retrieval.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    main(['ask', '--json', 'berapa tentara Korut?'])\n"
            "print('matplotlib' in sys.modules)\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                       env=dict(os.environ, SUMBER_DB=str(seeded_db)))
    assert r.stdout.strip() == "False", r.stderr


async def test_committed_flagship_chart_is_the_current_one(engine):
    """docs/img/korut-troops.png (shown in the README) shows what the seeds answer today."""
    committed = (ROOT / "docs" / "img" / "korut-troops.png").read_bytes()
    assert decode(committed).size == (WIDTH, HEIGHT)
    answer = await engine.ask("berapa tentara Korut?")
    old, new = read_png_points(committed)["points"], render_chart(answer).points
    keys = ("claim", "date", "value", "kind", "label", "who", "scope")
    assert [{k: p.get(k) for k in keys} for p in old] == [{k: p.get(k) for k in keys} for p in new], \
        "regenerate: sumber ask 'berapa tentara Korut?' --chart docs/img/korut-troops.png (fresh seeds database)"
