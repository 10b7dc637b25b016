"""An archive derived with other rules says so (retrieval/derivation.py): a new archive takes this
version's stamp; one made by another version (or before stamps) is flagged in `stats`, in the
CLI's `ask` and in the bot's /stats, until `reindex` derives it again."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from retrieval import derivation
from retrieval.clean import Article
from retrieval.engine import Engine

ARTICLE = Article(id="a1", outlet="Kompas.com", published="2019-06-02", title="Gempa Guncang Maluku",
                  body="Gempa bermagnitudo 5,1 mengguncang Maluku Utara dan merusak 12 rumah warga.")


async def _archive_of_another_version(path: Path) -> None:
    eng = await Engine.open(path, seeds_dir=None)
    await eng.ingest_articles([ARTICLE])
    await eng.store.set_meta(derivation.META_KEY, "another-version")
    await eng.close()


async def test_a_new_archive_is_derived_with_these_rules(tmp_path):
    eng = await Engine.open(tmp_path / "new.db", seeds_dir=None)
    try:
        await eng.ingest_articles([ARTICLE])
        assert (await eng.stats())["derived_with_current_rules"] is True
        assert await eng.store.get_meta(derivation.META_KEY) == derivation.rules_stamp()
    finally:
        await eng.close()


async def test_an_archive_of_another_version_is_flagged_until_reindexed(tmp_path):
    path = tmp_path / "old.db"
    await _archive_of_another_version(path)
    eng = await Engine.open(path, seeds_dir=None)
    try:
        assert (await eng.stats())["derived_with_current_rules"] is False
        await eng.reindex()
        assert (await eng.stats())["derived_with_current_rules"] is True
    finally:
        await eng.close()
    eng = await Engine.open(path, seeds_dir=None)   # and it stays so
    try:
        assert (await eng.stats())["derived_with_current_rules"] is True
    finally:
        await eng.close()


async def test_the_cli_says_so_on_stderr(tmp_path):
    path = tmp_path / "old.db"
    await _archive_of_another_version(path)
    run = subprocess.run([sys.executable, "-m", "retrieval.cli", "--db", str(path), "ask", "berapa rumah rusak?"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "sumber reindex" in run.stderr
    assert "12" in run.stdout


def test_the_stamp_follows_the_deriving_word_lists(tmp_path):
    """A copy of the package: a word list read at ingest changes the stamp, one read only when
    answering does not."""
    import shutil

    package = Path(derivation.__file__).parent
    copy = tmp_path / "retrieval"
    copy.mkdir()
    for name in derivation.DERIVING_MODULES:
        shutil.copy(package / name, copy / name)
    shutil.copytree(package / "data", copy / "data", ignore=shutil.ignore_patterns("__pycache__"))
    stamp = derivation.stamp_of(copy)
    assert stamp == derivation.rules_stamp()
    with open(copy / "data" / "related.tsv", "a", encoding="utf-8") as f:
        f.write("wisman\twisatawan:0.9\n")
    assert derivation.stamp_of(copy) == stamp
    with open(copy / "data" / "aliases.txt", "a", encoding="utf-8") as f:
        f.write("wisman = wisman | wisatawan mancanegara\n")
    assert derivation.stamp_of(copy) != stamp
