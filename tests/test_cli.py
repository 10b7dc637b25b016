"""The `sumber` command as a user runs it: a subprocess, real files, real exit codes."""
from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from pathlib import Path


def run(args: list[str], db: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, SUMBER_DB=str(db))
    return subprocess.run([sys.executable, "-m", "retrieval.cli", *args], input=stdin, capture_output=True,
                          text=True, env=env, timeout=120)


def test_ask_text_and_json(seeded_db):
    out = run(["ask", "berapa tentara Korut?"], seeded_db)
    assert out.returncode == 0, out.stderr
    assert "12.000" in out.stdout and "HUR" in out.stdout and "Medcom.id" in out.stdout
    assert "Angka berbeda antar sumber" in out.stdout
    js = run(["ask", "--json", "berapa tentara Korut?"], seeded_db)
    d = json.loads(js.stdout)
    assert d["intent"] == "quantity" and d["claims"]


def test_batch_from_stdin(seeded_db):
    out = run(["ask", "--json", "--batch", "-"], seeded_db, stdin="berapa tentara Korut?\n\nsiapa Blinken?\n")
    lines = [json.loads(x) for x in out.stdout.splitlines()]
    assert [x["question"] for x in lines] == ["berapa tentara Korut?", "siapa Blinken?"]


def test_user_mistakes_get_one_line_and_nonzero_exit(seeded_db, tmp_path):
    for args in (["ask", ""], ["ingest", str(tmp_path / "missing.txt")], ["ask", "--batch", str(tmp_path / "nope")]):
        out = run(args, seeded_db)
        assert out.returncode != 0, args
        assert "Traceback" not in out.stderr
        assert out.stderr.strip().count("\n") == 0, out.stderr


def test_first_run_creates_database_from_seeds(tmp_path):
    db = tmp_path / "new" / "sumber.db"
    out = run(["stats"], db)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["articles"] == 5


def test_batch_streams_each_answer_before_reading_the_next_question(seeded_db):
    """A consumer reading the pipe sees answer 1 while question 2 has not been written yet."""
    env = dict(os.environ, SUMBER_DB=str(seeded_db))
    proc = subprocess.Popen([sys.executable, "-m", "retrieval.cli", "ask", "--json", "--batch", "-"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    try:
        proc.stdin.write("berapa tentara Korut?\n")
        proc.stdin.flush()
        ready, _, _ = select.select([proc.stdout], [], [], 90)
        assert ready, "no answer while the batch's input is still open"
        first = json.loads(proc.stdout.readline())
        assert first["question"] == "berapa tentara Korut?" and first["claims"]
        proc.stdin.write("siapa Blinken?\n")
        proc.stdin.close()
        second = json.loads(proc.stdout.readline())
        assert second["question"] == "siapa Blinken?"
        assert proc.wait(timeout=60) == 0
    finally:
        proc.kill()
