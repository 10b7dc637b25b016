"""`sumber` command line: ask, ingest, reindex, stats, backup, bot.

A user's mistake gets one clear line on stderr and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sqlite3
import sys
from pathlib import Path
from typing import AsyncIterator

from .answer import render_text
from .engine import Engine, default_db_path
from .ingest import InputError
from .store import explain_sqlite_error

EXIT_USAGE = 2
EXIT_INPUT = 1


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="sumber", description="Source-aware answers over Indonesian news.")
    p.add_argument("--db", type=Path, default=None, help=f"database path (default: $SUMBER_DB or {default_db_path()})")
    p.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = p.add_subparsers(dest="command", required=True)

    a = sub.add_parser("ask", help="answer a question with every matching claim")
    a.add_argument("question", nargs="?", help="the question, e.g. \"berapa tentara Korut?\"")
    a.add_argument("--json", action="store_true", help="print the answer object as JSON")
    a.add_argument("--batch", metavar="FILE", help="one question per line ('-' for stdin); prints JSON lines")
    a.add_argument("--chart", metavar="PATH.png", type=Path,
                   help="also draw who gave which figure when (a quantity answer with 2+ distinct figures)")

    i = sub.add_parser("ingest", help="add articles: .txt scraped pages, .html pages, .jsonl records")
    i.add_argument("paths", nargs="+", type=Path)

    sub.add_parser("reindex", help="re-derive terms and claims for every article and rebuild the index")
    sub.add_parser("stats", help="counts of articles, passages, claims, outlets")
    b = sub.add_parser("backup", help="copy the database safely while it is in use")
    b.add_argument("target", type=Path)
    sub.add_parser("bot", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    return p


def _fail(msg: str, code: int = EXIT_INPUT) -> int:
    print(f"sumber: {msg}", file=sys.stderr)
    return code


async def _run(args: argparse.Namespace) -> int:
    engine = await Engine.open(args.db)
    try:
        if args.command == "ask":
            return await _ask(engine, args)
        if args.command == "ingest":
            report = await engine.ingest_paths(args.paths)
            for problem in report.problems:
                print(f"sumber: {problem}", file=sys.stderr)
            for d in report.details:
                print(f"added {d['id']}: {d['outlet'] or '?'} · {d['title'] or '(tanpa judul)'} · "
                      f"{d['published'] or 'tanggal tidak diketahui'} · {d['claims']} claims")
            print(report.summary())
            return EXIT_INPUT if report.problems and not (report.added or report.replaced or report.duplicates) else 0
        if args.command == "reindex":
            def progress(done: int, total: int) -> None:
                if args.verbose or done == total:
                    print(f"\rreindex: {done}/{total} articles", end="" if done < total else "\n", file=sys.stderr)
            n = await engine.reindex(progress)
            print(f"reindexed {n} articles; index has {engine.index.n_docs} passages")
            return 0
        if args.command == "stats":
            print(json.dumps(await engine.stats(), ensure_ascii=False, indent=2))
            return 0
        if args.command == "backup":
            await engine.store.backup(args.target)
            print(f"backup written to {args.target}")
            return 0
    finally:
        await engine.close()
    return EXIT_USAGE


async def _batch_lines(source: str) -> AsyncIterator[str]:
    """Lines as they arrive: a consumer on the other end of a pipe gets answer N before question
    N+1 has been written. Read in a thread so background index work keeps running meanwhile."""
    if source == "-":
        while line := await asyncio.to_thread(sys.stdin.readline):
            yield line.rstrip("\r\n")
        return
    try:
        with open(source, encoding="utf-8") as f:
            for line in f:
                yield line.rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{source}: cannot read ({exc})") from exc


async def _ask_batch(engine: Engine, source: str) -> int:
    """One JSON answer per non-empty line, written and flushed as soon as it is ready."""
    status = 0
    lineno = 0
    async for line in _batch_lines(source):
        lineno += 1
        if not line.strip():
            continue
        try:
            out = (await engine.ask(line)).to_dict()
        except InputError as exc:
            out = {"question": line, "error": str(exc), "line": lineno}
            status = EXIT_INPUT
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return status


async def _ask(engine: Engine, args: argparse.Namespace) -> int:
    if args.batch:
        return await _ask_batch(engine, args.batch)
    if not args.question or not args.question.strip():
        return _fail("the question is empty; usage: sumber ask \"berapa tentara Korut?\"", EXIT_USAGE)
    answer = await engine.ask(args.question)
    if args.chart:
        from .chart import render_chart  # matplotlib only when a chart is asked for

        chart = render_chart(answer)
        if chart is None:
            print("sumber: no chart: the answer has fewer than two distinct figures", file=sys.stderr)
        else:
            try:
                args.chart.write_bytes(chart.png)
            except OSError as exc:
                raise InputError(f"{args.chart}: cannot write the chart ({exc.strerror or exc})") from exc
            print(f"chart written to {args.chart}", file=sys.stderr)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        bold = (lambda s: f"\033[1m{s}\033[0m") if sys.stdout.isatty() else (lambda s: s)
        print(render_text(answer, bold))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.command == "bot":
        from bot.app import main as bot_main

        return bot_main()
    try:
        return asyncio.run(_run(args))
    except InputError as exc:
        return _fail(str(exc))
    except sqlite3.Error as exc:
        return _fail(explain_sqlite_error(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `sumber ask ... | head`: the reader has gone, nothing more to say
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
