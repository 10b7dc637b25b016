"""`sumber` command line: ask, ingest, reindex, stats, backup, bot.

A user's mistake gets one clear line on stderr and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sqlite3
import sys
import time
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

    i = sub.add_parser("ingest", help="add articles: .txt/.html pages, .jsonl[.gz] records, .zip, folders, - (stdin)")
    i.add_argument("paths", nargs="+", help="files, folders (read recursively), .zip archives, or - for .jsonl on stdin")
    i.add_argument("--json", action="store_true", help="print the summary as JSON")
    i.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="one line per article")

    sub.add_parser("reindex", help="re-derive terms and claims for every article and rebuild the index")
    sub.add_parser("stats", help="counts of articles, passages, claims, outlets")
    b = sub.add_parser("backup", help="copy the database safely while it is in use")
    b.add_argument("target", type=Path)
    sub.add_parser("bot", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    _feed_parsers(sub)
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
            return await _ingest(engine, args)
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
        if args.command in FEED_COMMANDS:
            return await _feed_command(engine, args)
    finally:
        await engine.close()
    return EXIT_USAGE


PROGRESS_EVERY_S = 10.0   # not a terminal: one progress line on stderr this often


async def _ingest(engine: Engine, args: argparse.Namespace) -> int:
    """A stream of any size: a progress bar on a terminal (tqdm), a line every PROGRESS_EVERY_S
    otherwise; problems as they come on stderr; one summary line (or JSON) on stdout."""
    from .engine import IngestReport
    from .ingest import Progress as ReadProgress

    tty = sys.stderr.isatty()
    read = ReadProgress()
    started = time.monotonic()
    state = {"last": started}
    bar = None
    if tty:
        from tqdm import tqdm

        try:
            sized = os.get_terminal_size(sys.stderr.fileno()).columns > 0
        except OSError:
            sized = False
        # a terminal reporting no size (some CI ptys) would hide the bar (tqdm draws none past row 0)
        bar = tqdm(total=None, unit="B", unit_scale=True, unit_divisor=1024, file=sys.stderr, desc="import",
                   dynamic_ncols=sized, ncols=None if sized else 100, nrows=None if sized else 24, smoothing=0.1)

    def say(line: str, err: bool) -> None:
        if bar is not None:
            bar.write(line, file=sys.stderr if err else sys.stdout)
        else:
            print(line, file=sys.stderr if err else sys.stdout, flush=True)

    def on_article(d: dict) -> None:
        say(f"added {d['id']}: {d['outlet'] or '?'} · {d['title'] or '(tanpa judul)'} · "
            f"{d['published'] or 'tanggal tidak diketahui'} · {d['claims']} claims", False)

    def on_batch(r: IngestReport) -> None:
        now = time.monotonic()
        articles = r.n_added + r.n_replaced + r.n_duplicates + r.skipped
        rate = r.passages / max(now - started, 1e-9)
        if bar is not None:
            if read.total is not None and bar.total != read.total:
                bar.total = read.total
            bar.update(read.read - bar.n)
            bar.set_postfix_str(f"{articles:,} articles, {rate:,.0f} passages/s", refresh=True)
        elif now - state["last"] >= PROGRESS_EVERY_S:
            state["last"] = now
            print(_progress_line(articles, rate, read.read, read.total, now - started), file=sys.stderr, flush=True)

    report = IngestReport(keep_lists=False, on_article=on_article if args.verbose else None,
                          on_problem=lambda p: say(f"sumber: {p}", True))
    try:
        await engine.ingest_paths(args.paths, report=report, progress=read, on_batch=on_batch)
    finally:
        if bar is not None:
            bar.close()
    elapsed = time.monotonic() - started
    if args.json:
        print(json.dumps({**report.to_dict(), "seconds": round(elapsed, 1)}, ensure_ascii=False))
    else:
        print(f"{report.summary()}; {report.passages:,} passages in {_duration(elapsed)}")
    return EXIT_INPUT if report.n_problems and not (report.n_added or report.n_replaced or report.n_duplicates
                                                     or report.skipped) else 0


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.1f} s"
    m, s = divmod(int(seconds), 60)
    return f"{m} min {s} s" if m < 60 else f"{m // 60} h {m % 60} min"


def _progress_line(articles: int, rate: float, read: int, total: int | None, elapsed: float) -> str:
    """One line of progress where no bar can be drawn (a log file, a pipe)."""
    line = f"sumber ingest: {articles:,} articles, {rate:,.0f} passages/s, {read / 2**20:,.0f} MB read"
    if total:
        share = read / total
        line += f" of {total / 2**20:,.0f} MB ({share:.0%})"
        if 0 < share < 1:
            line += f", about {_duration(elapsed * (1 - share) / share)} left"
    return line


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
    if engine.derived_stale:
        print("sumber: note: this archive was read with an older version's rules; `sumber reindex` reads "
              "its figures again with this one's", file=sys.stderr)
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


# ---------------------------------------------------------------------- feeds and watches
FEED_COMMANDS = ("follow", "unfollow", "feeds", "poll", "watch", "watches")


def _feed_parsers(sub: argparse._SubParsersAction) -> None:
    f = sub.add_parser("follow", help="follow an RSS/Atom feed or a (news) sitemap")
    f.add_argument("url")
    f.add_argument("--every", type=int, metavar="MINUTES", help="poll interval (default $SUMBER_POLL_MINUTES or 15)")
    u = sub.add_parser("unfollow", help="stop following a feed")
    u.add_argument("id", type=int)
    sub.add_parser("feeds", help="followed feeds: id, URL, last poll, last new item, errors")
    p = sub.add_parser("poll", help="poll every due feed once; print what was added and what watches would announce")
    p.add_argument("--force", action="store_true", help="poll every feed now, due or not")
    w = sub.add_parser("watch", help="watch a question: `sumber poll` prints its new claims")
    w.add_argument("question")
    sub.add_parser("watches", help="watched questions of the CLI and of every chat")


async def _feed_command(engine: Engine, args: argparse.Namespace) -> int:
    import time

    from . import watch as watches
    from .feeds import Poller, PollSettings, feed_line
    from .fetch import FetchError, FetchPolicy

    settings = PollSettings.from_env()
    poller = Poller(engine, FetchPolicy.from_env(), settings)
    if args.command == "follow":
        if args.every is not None and args.every < 1:
            return _fail("--every must be at least 1 minute", EXIT_USAGE)
        try:
            feed, created = await poller.follow(args.url, args.every)
        except FetchError as exc:
            return _fail(f"{args.url}: {exc}")
        print(f"{'following' if created else 'already following'} #{feed.id} {feed.url} every {feed.every_minutes} min"
              + ("; `sumber poll` reads it now" if created else ""))
        return 0
    if args.command == "unfollow":
        if not await poller.unfollow(args.id):
            return _fail(f"no feed #{args.id}; `sumber feeds` lists them")
        print(f"unfollowed #{args.id}")
        return 0
    if args.command == "feeds":
        feeds = await engine.store.feeds()
        now = time.time()
        for feed in feeds:
            print(feed_line(feed, now))
        if not feeds:
            print("no feeds followed; `sumber follow URL`")
        return 0
    if args.command == "watch":
        try:
            w, created = await watches.add_watch(engine, watches.CLI_CHAT, args.question)
        except ValueError as exc:
            return _fail(str(exc), EXIT_USAGE)
        print(f"{'watching' if created else 'already watching'} #{w.id}: {w.question}")
        return 0
    if args.command == "watches":
        rows = await engine.store.watches()
        for w in rows:
            where = "CLI" if w.chat_id == watches.CLI_CHAT else f"chat {w.chat_id}" + (
                f" topic {w.thread_id}" if w.thread_id else "")
            last = time.strftime("%Y-%m-%d %H:%M", time.localtime(w.last_notice)) if w.last_notice else "never"
            print(f"#{w.id} [{where}] {w.question} · last notice: {last}")
        if not rows:
            print("no watches; `sumber watch \"berapa tentara Korut?\"`")
        return 0
    # poll
    if not await engine.store.feeds():
        return _fail("no feeds followed; `sumber follow URL` first")
    results = await poller.poll(force=args.force)
    for r in results:
        print(r.line())
        for d in r.added:
            print(f"  added {d['id']}: {d['outlet'] or '?'} · {d['title'] or '(tanpa judul)'} · "
                  f"{d['published'] or 'tanggal tidak diketahui'} · {d['claims']} claims")
        for problem in r.failed_items[:5]:
            print(f"  page failed: {problem}")
    if not results:
        print("no feed is due; `sumber poll --force` polls them all now")
    notices, _ = await watches.check(engine, gap=0.0)   # the CLI shows everything new, no gathering
    for n in notices:
        print(watches.notice_text(n))
        if n.watch.chat_id == watches.CLI_CHAT:   # printed is delivered; a chat's watch waits for the bot
            await watches.delivered(engine, n)
    return EXIT_INPUT if results and not any(r.ok for r in results) else 0


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
