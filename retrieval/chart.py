"""The disagreement as a picture: who gave which figure, when (a PNG for the bot and the CLI).

x = the figure's date (the event date its sentence gives, else the article's date; figures with
neither sit in their own lane at the right), y = the figure (log scale when the largest is over 10×
the smallest). One mark per figure, labelled with the figure, the speaker's short form and the
outlet; the mark's shape says exact / sekitar / lebih dari / hampir, a vertical bar is a range, a
shaded band a vague amount ("ribuan"), the colour the scope (Kursk vs all of Russia).

matplotlib is imported only when a chart is drawn (the Agg backend, no display), so answering
without a chart does not pay its import time. The points plotted are read back from the drawn
artists and stored in the PNG (tEXt "sumber-points") so that what the picture shows can be checked.
"""
from __future__ import annotations

import datetime as dt
import io
import json
import textwrap
import threading
import time
from dataclasses import dataclass
from typing import Any

from .answer import Answer, format_number
from .timeline import (EVENT_NOTE, TimelineEntry, chartable, day_label, disagrees, main_scope, timeline_entries)

WIDTH, HEIGHT, DPI = 1280, 720, 100
POINTS_KEY = "sumber-points"
LANE_LABEL = "tanggal tidak\ndiketahui"
NO_SCOPE = "cakupan tidak disebut"
PALETTE = ["#1c5bb8", "#d9480f", "#2b8a3e", "#862e9c", "#c2255c", "#0b7285"]
GREY = "#5c636a"
LANE_COLOUR = "#f1f3f5"
NO_SCOPE_COLOUR = "#212529"   # figures that name no scope: the plain total, drawn dark
MARKERS = {"exact": "o", "approx": "D", "more": "^", "less": "v", "range": "_", "vague": "s"}
MARK_LABELS = {"exact": "angka pasti", "approx": "sekitar", "more": "lebih dari / setidaknya",
               "less": "hampir / kurang dari", "range": "rentang", "vague": "jumlah samar (ribuan …)"}
VALUE_SIZE, WHO_SIZE, TICK_SIZE, TITLE_SIZE = 19, 13.5, 14, 21
MAX_LABELS = 12   # more labels than this do not fit a phone screen; the rest are marks (the text has them)
MAX_SCOPES = 5    # coloured scopes; further ones share grey as "cakupan lain"
_lock = threading.Lock()   # matplotlib's font and text caches are shared between threads


@dataclass
class Chart:
    png: bytes
    points: list[dict[str, Any]]   # read back from the drawn artists: what the picture shows
    yscale: str                    # "linear" or "log"
    caption: str                   # one line, for the photo
    width: int
    height: int
    render_ms: float


def wants_chart(answer: Answer) -> bool:
    """A quantity answer with two or more distinct figures gets a chart."""
    return chartable(timeline_entries(answer))


def answer_disagrees(answer: Answer) -> bool:
    """Sources give two or more different amounts: the bot sends the chart unasked."""
    entries = timeline_entries(answer)
    return chartable(entries) and disagrees(entries)


def render_chart(answer: Answer, entries: list[TimelineEntry] | None = None) -> Chart | None:
    """The chart of a quantity answer's figures, or None when there are fewer than two."""
    entries = timeline_entries(answer) if entries is None else entries
    if not chartable(entries):
        return None
    start = time.perf_counter()
    with _lock:
        png, drawn = _draw(answer, entries)
    return Chart(png, drawn["points"], drawn["yscale"], caption(answer, entries), WIDTH, HEIGHT,
                 (time.perf_counter() - start) * 1000)


def caption(answer: Answer, entries: list[TimelineEntry]) -> str:
    """'📈 Siapa menyebut berapa, kapan: 3.000–12.000 tentara, 7 angka dari 4 artikel'."""
    values = sorted({e.value for e in entries if not e.vague} | {e.high for e in entries if e.high is not None})
    unit = _unit(entries)
    span = f"{format_number(values[0])}–{format_number(values[-1])} {unit}".strip() if len(values) > 1 else ""
    n_articles = len(_articles(answer, entries))
    return (f"📈 Siapa menyebut berapa, kapan{': ' + span if span else ''} · {len(entries)} angka dari "
            f"{n_articles} artikel")[:1000]


def _unit(entries: list[TimelineEntry]) -> str:
    units = [e.unit.lower() for e in entries if e.unit]
    return max(set(units), key=units.count) if units else ""


def _articles(answer: Answer, entries: list[TimelineEntry]) -> dict[str, tuple[str, str | None]]:
    out: dict[str, tuple[str, str | None]] = {}
    for e in entries:
        for s in answer.claims[e.claim - 1].sources:
            out.setdefault(s.article_id, (s.outlet, s.published))
    return out


def footer(answer: Answer, entries: list[TimelineEntry]) -> str:
    """'Sumber: 4 artikel dari 3 media, terbit 29 Okt–13 Nov 2024 (2 tanpa tanggal)'."""
    arts = _articles(answer, entries)
    outlets = {o for o, _ in arts.values()}
    dates = sorted(d for _, p in arts.values() if p and (d := _date(p)))
    undated = sum(1 for _, p in arts.values() if not p)
    text = f"Sumber: {len(arts)} artikel dari {len(outlets)} media"
    if dates:
        first, last = dates[0], dates[-1]
        span = (day_label(first, True) if first == last else
                f"{day_label(first, first.year != last.year)}–{day_label(last, True)}")
        text += f", terbit {span}"
    if undated:
        text += f" ({undated} tanpa tanggal)"
    if any(e.date_kind == "event" and e.date != e.published for e in entries):
        text += f" · {EVENT_NOTE}"
    return text


def _date(iso: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso)
    except ValueError:
        return None


# ---------------------------------------------------------------------------- drawing
@dataclass
class _Mark:
    entry: TimelineEntry
    x: float
    color: str
    scope: str
    value_text: str
    who: str
    who_short: str


def _positions(entries: list[TimelineEntry]) -> tuple[list[float], float | None, float, float, list[float]]:
    """x of each entry in days (dated) or in the lane at the right; the lane's start; x limits; the dated ticks."""
    dated = sorted({e.date.toordinal() for e in entries if e.date})
    undated = [e for e in entries if e.date is None]
    if dated:
        lo, hi = dated[0], dated[-1]
        span = max(hi - lo, 4)
        left = lo - span * 0.10
        lane_start = hi + span * 0.16 if undated else None
        lane_w = span * min(0.22 + 0.1 * max(0, len(undated) - 1), 0.6)
    else:
        lo = hi = 0
        left, lane_start, lane_w, span = -1.0, 0.0, float(len(undated)), 1.0
    xs: list[float] = []
    k = 0
    for e in entries:
        if e.date:
            xs.append(float(e.date.toordinal()))
        else:
            xs.append(lane_start + (k + 0.5) * lane_w / len(undated))
            k += 1
    right = (lane_start + lane_w + span * 0.02) if undated else hi + span * 0.10
    return xs, lane_start, left, right, [float(d) for d in dated]


def _draw(answer: Answer, entries: list[TimelineEntry]) -> tuple[bytes, dict[str, Any]]:
    import matplotlib
    matplotlib.use("Agg", force=False)
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import FixedLocator, FuncFormatter, LogLocator, NullLocator

    fig = Figure(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI, facecolor="white")
    canvas = FigureCanvasAgg(fig)
    ax = fig.add_axes((0.085, 0.235, 0.895, 0.56))
    ax.set_facecolor("white")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.spines["left"].set_color("#adb5bd")
    ax.spines["bottom"].set_color("#adb5bd")

    # colours: the most common scope first; figures that name none in grey
    counts: dict[str, int] = {}
    for e in entries:
        if e.scope_short:
            counts[e.scope_short] = counts.get(e.scope_short, 0) + (0 if e.vague else 2) + 1
    scopes = sorted(counts, key=lambda s: -counts[s])
    if len(scopes) > MAX_SCOPES:   # too many to tell apart: colour only those several figures share
        scopes = [s for s in scopes if counts[s] > 3][:MAX_SCOPES]
    others = [s for s in counts if s not in scopes]
    colours = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(scopes)} | {s: GREY for s in others}
    several_scopes = len(scopes) + len(others) > 1

    xs, lane_start, left, right, dated_ticks = _positions(entries)
    marks = []
    for e, x in zip(entries, xs):
        scope = e.scope_short or NO_SCOPE
        value_text = e.text + (f" di {e.scope_short}" if several_scopes and e.scope_short in scopes
                               and e.scope_short != main_scope(entries) else "")
        if e.date_kind == "event" and e.date != e.published:
            value_text += "*"
        marks.append(_Mark(e, x, colours.get(e.scope_short or "", NO_SCOPE_COLOUR), scope, value_text,
                           f"{e.speaker_short} · {e.outlet}", e.speaker_short))

    # y: log when the largest figure is over 10x the smallest (vague amounts aside)
    exact = [e.value for e in entries if not e.vague] + [e.high for e in entries if e.high is not None]
    bands = [b for e in entries if e.band for b in e.band]
    lo_v, hi_v = min(exact or bands), max(exact or bands)
    log = hi_v > 10 * lo_v and lo_v > 0
    if log:
        ymin, ymax = lo_v / 2.5, hi_v * 2.5
        ax.set_yscale("log")
        ax.yaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
        ax.yaxis.set_minor_locator(NullLocator())
    else:
        ymin, ymax = 0.0, hi_v * 1.22
    ax.set_ylim(ymin, ymax)
    ax.set_xlim(left, right)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: format_number(round(v, 6)) if v > 0 else "0"))
    ax.tick_params(axis="both", labelsize=TICK_SIZE, colors="#343a40", length=4)
    ax.grid(axis="y", color="#e9ecef", linewidth=1)
    ax.set_axisbelow(True)

    # the lane of unknown dates
    if lane_start is not None:
        ax.axvspan(lane_start - (lane_start - max(dated_ticks or [left])) * 0.35, right, color=LANE_COLOUR, zorder=0)

    # the path of the estimates, date order (the lane last): how the figure moved
    main = main_scope(entries)
    path = [m for m in marks if not m.entry.vague and (not several_scopes or m.entry.scope_short in (None, main))]
    if len(path) > 1:
        ax.plot([m.x for m in path], [_centre(m.entry) for m in path], color="#ced4da", linewidth=2, zorder=1,
                linestyle="-", gid="path")

    # marks
    half = (right - left) * 0.012
    groups: dict[tuple[str, str], list[int]] = {}
    for i, m in enumerate(marks):
        e = m.entry
        if e.kind == "vague":
            lo_b, hi_b = e.band
            ax.fill_between([m.x - half, m.x + half], [max(lo_b, ymin)] * 2, [min(hi_b, ymax)] * 2, color=m.color,
                            alpha=0.22, linewidth=0, zorder=2, gid=f"band:{i}")
            ax.plot([m.x], [e.value], marker="s", markersize=7, color=m.color, alpha=0.6, zorder=3,
                    linestyle="none", gid=f"pt:{i}")
            continue
        if e.kind == "range":
            ax.plot([m.x, m.x], [e.value, e.high], color=m.color, linewidth=5, solid_capstyle="butt", zorder=3,
                    gid=f"range:{i}")
            ax.plot([m.x, m.x], [e.value, e.high], marker="_", markersize=22, markeredgewidth=3, color=m.color,
                    linestyle="none", zorder=3)
            ax.plot([m.x], [(e.value + e.high) / 2], marker="o", markersize=5, color="white", linestyle="none",
                    zorder=4, gid=f"pt:{i}")
            continue
        groups.setdefault((e.kind, m.color), []).append(i)
    for (kind, colour), idx in groups.items():   # one artist per kind and colour: many marks stay cheap
        ax.plot([marks[i].x for i in idx], [marks[i].entry.value for i in idx], marker=MARKERS[kind],
                markersize=15 if kind != "exact" else 14, markerfacecolor="white" if kind == "approx" else colour,
                markeredgecolor=colour, markeredgewidth=3, linestyle="none", zorder=4,
                gid="pts:" + ",".join(map(str, idx)))

    # x ticks: each date a figure carries (thinned where they crowd), and the lane
    fig_w = WIDTH * 0.895
    px_per_day = fig_w / (right - left)
    years = {dt.date.fromordinal(int(t)).year for t in dated_ticks}
    ticks: list[float] = []
    labels: list[str] = []
    last_row: dict[int, float] = {}
    min_px = 95 if len(years) > 1 else 75
    for t in dated_ticks:   # a date too close to the previous one goes on a second row, or is left out
        d = dt.date.fromordinal(int(t))
        row = next((r for r in (0, 1) if r not in last_row or (t - last_row[r]) * px_per_day >= min_px), None)
        if row is None or (ticks and (t - ticks[-1]) * px_per_day < min_px / 2.2):
            continue
        last_row[row] = t
        ticks.append(t)
        labels.append(("\n" if row else "") + day_label(d, len(years) > 1))
    if len(years) == 1:   # the year once, in the corner under the y axis's labels
        pos = ax.get_position()
        fig.text(pos.x0 - 0.012, pos.y0 - 0.028, str(next(iter(years))), fontsize=TICK_SIZE, color="#495057",
                 ha="right", va="top")
    if lane_start is not None:
        lane_xs = [m.x for m in marks if m.entry.date is None]
        ticks.append(sum(lane_xs) / len(lane_xs))
        labels.append(LANE_LABEL)
    ax.xaxis.set_major_locator(FixedLocator(ticks))
    ax.set_xticklabels(labels)
    ax.xaxis.set_minor_locator(NullLocator())
    unit = _unit(entries)
    pos = ax.get_position()   # the y axis says what it counts, above it, read without turning the phone
    fig.text(pos.x0 - 0.07, pos.y1 + 0.02, f"jumlah {unit}".strip(), fontsize=TICK_SIZE, color="#495057",
             va="bottom", ha="left")

    # title = the question; the disagreement under it
    title = textwrap.shorten(answer.question, 90, placeholder="…")
    fig.text(0.085, 0.965, title, fontsize=TITLE_SIZE, fontweight="bold", color="#212529", va="top")
    if answer.disagreement:
        sub = answer.disagreement.splitlines()[0].split(" (")[0]
        fig.text(0.085, 0.895, sub, fontsize=WHO_SIZE + 2, color="#495057", va="top")

    # legends under the axis: the scopes (colour) on one row, the marks (shape) on the next
    scope_handles = []
    if scopes and (several_scopes or any(not e.scope_short for e in entries)):
        scope_handles = [Patch(color=colours[s], label=f"di/ke {s}") for s in scopes]
        if others:
            scope_handles.append(Patch(color=GREY, label="cakupan lain"))
        if any(not e.scope_short for e in entries):
            scope_handles.append(Patch(color=NO_SCOPE_COLOUR, label=NO_SCOPE))
    mark_handles = []
    for kind in ("exact", "approx", "more", "less", "range", "vague"):
        if not any(e.kind == kind for e in entries):
            continue
        if kind == "vague":
            mark_handles.append(Patch(color=GREY, alpha=0.3, label=MARK_LABELS[kind]))
        elif kind == "range":
            mark_handles.append(Line2D([], [], color=GREY, linewidth=5, label=MARK_LABELS[kind]))
        else:
            mark_handles.append(Line2D([], [], marker=MARKERS[kind], linestyle="none", markersize=11,
                                       markerfacecolor="white" if kind == "approx" else GREY, markeredgecolor=GREY,
                                       markeredgewidth=2.5, label=MARK_LABELS[kind]))
    rows = [h for h in (scope_handles, mark_handles) if h]
    for r, handles in enumerate(rows):
        y = 0.045 + (len(rows) - 1 - r) * 0.045
        fig.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.075, y), ncol=len(handles),
                   fontsize=WHO_SIZE - 1, frameon=False, handlelength=1.3, columnspacing=1.6,
                   handletextpad=0.5, borderaxespad=0.0, borderpad=0.1)
    unlabelled = _place_labels(fig, ax, canvas, marks, lane_start)
    note = f" · {unlabelled} angka tanpa label (lihat jawaban)" if unlabelled else ""
    footer_text = fig.text(0.085, 0.012, footer(answer, entries) + note, fontsize=WHO_SIZE - 2.5, color="#6c757d",
                           va="bottom")

    buf = io.BytesIO()
    points = _read_back(ax, marks, lane_start, canvas.get_renderer())
    drawn = {"yscale": ax.get_yscale(), "size": [WIDTH, HEIGHT], "points": points, "footer": footer_text.get_text()}
    canvas.print_png(buf, metadata={POINTS_KEY: json.dumps(drawn, ensure_ascii=True)},
                     pil_kwargs={"compress_level": 1})   # level 1: a third of the time of the default, ~1.5x the bytes
    return buf.getvalue(), drawn


# ---------------------------------------------------------------------------- labels without overlaps
def _label_order(marks: list[_Mark]) -> list[int]:
    """Which marks get a label first: the lowest and the highest figure, the earliest and the latest
    date (the story's ends), then the answer's order; at most MAX_LABELS."""
    exact = [i for i, m in enumerate(marks) if not m.entry.vague]
    dated = [i for i in exact if marks[i].entry.date is not None]
    first: list[int] = []
    if exact:
        first += [min(exact, key=lambda i: marks[i].entry.value), max(exact, key=lambda i: _top(marks[i].entry))]
    if dated:
        first += [dated[0], dated[-1]]
    rest = sorted(range(len(marks)), key=lambda i: (marks[i].entry.vague, marks[i].entry.claim))
    order = list(dict.fromkeys(first + rest))
    return order[:MAX_LABELS]


def _top(e: TimelineEntry) -> float:
    return e.high if e.high is not None else e.value


def _place_labels(fig, ax, canvas, marks: list[_Mark], lane_start: float | None) -> int:  # noqa: ANN001
    """Each mark's label (figure in bold, speaker · outlet under it) goes where it overlaps no other
    label and no mark, inside the picture: right, left, above, below, the diagonals, then further
    out with a leader line; among those, the spot crossing the fewest bands, bars and the other
    side of the unknown lane. When nothing fits, the outlet is dropped ("HUR"); when still nothing
    fits the mark stays unlabelled (the text answer has it). Returns how many were left unlabelled."""
    renderer = canvas.get_renderer()
    axbox = ax.get_window_extent(renderer)
    to_px = ax.transData.transform
    hard: list[tuple[float, float, float, float]] = []     # marks: never under a label
    soft: list[tuple[float, float, float, float]] = []     # bars and bands: better not
    for m in marks:
        e = m.entry
        x, y = to_px((m.x, _centre(e)))
        hard.append((x - 11, y - 11, x + 11, y + 11))
        if e.high is not None:
            _, y1 = to_px((m.x, e.value))
            _, y2 = to_px((m.x, e.high))
            soft.append((x - 8, min(y1, y2), x + 8, max(y1, y2)))
        if e.band:
            _, b0 = to_px((m.x, max(e.band[0], ax.get_ylim()[0])))
            _, b1 = to_px((m.x, min(e.band[1], ax.get_ylim()[1])))
            soft.append((x - 12, b0, x + 12, b1))
    # a label stays on its side of the lane of unknown dates
    lane_px = to_px((lane_start, 0))[0] if lane_start is not None else None
    dated_side = (axbox.x0 - 400, axbox.y0 - 400, lane_px - 4, axbox.y1 + 400) if lane_px else None
    lane_side = (lane_px + 4, axbox.y0 - 400, axbox.x1 + 400, axbox.y1 + 400) if lane_px else None
    limits = (axbox.x0 + 2, axbox.y0 + 2, min(axbox.x1 + 20, WIDTH - 4), axbox.y1 + 4)

    from matplotlib.font_manager import FontProperties

    fonts = {True: FontProperties(size=VALUE_SIZE, weight="bold"), False: FontProperties(size=WHO_SIZE)}
    line_h = {b: renderer.get_text_width_height_descent("lp", f, ismath=False)[1] * 1.2 for b, f in fonts.items()}

    def width(text: str, bold: bool) -> float:
        return renderer.get_text_width_height_descent(text, fonts[bold], ismath=False)[0]

    def overlap(a, b) -> float:  # noqa: ANN001
        w = min(a[2], b[2]) - max(a[0], b[0])
        h = min(a[3], b[3]) - max(a[1], b[1])
        return w * h if w > 0 and h > 0 else 0.0

    placed: list[tuple[float, float, float, float]] = []
    order = _label_order(marks)
    inv = ax.transData.inverted()
    for i in order:
        m = marks[i]
        e = m.entry
        own = hard[i]
        px, py = (own[0] + own[2]) / 2, (own[1] + own[3]) / 2
        vw, vh = width(m.value_text, True), line_h[True]
        best = None
        for who in dict.fromkeys((m.who, m.who_short)):
            bw, bh = max(vw, width(who, False)), vh + line_h[False] + 2
            for dist in (16, 40, 75):
                for side in SIDES:
                    box = _box(side, px, py, bw, bh, dist)
                    if box[0] < limits[0] or box[1] < limits[1] or box[2] > limits[2] or box[3] > limits[3]:
                        continue
                    padded = (box[0] - 4, box[1] - 4, box[2] + 4, box[3] + 4)   # air between labels
                    if any(overlap(padded, o) for o in placed) or any(overlap(box, o) for o in hard):
                        continue
                    cost = sum(overlap(box, o) for o in soft)
                    other_side = lane_side if e.date is not None else dated_side
                    if other_side is not None:
                        cost += overlap(box, other_side)
                    if best is None or (cost, dist) < best[0]:
                        best = ((cost, dist), side, box, who)
                    if cost == 0:
                        break
                if best is not None and best[0][0] == 0:
                    break
            if best is not None:
                break
        if best is None:
            continue
        (_, dist), side, box, who = best
        placed.append(box)
        ha = "left" if "right" in side else "right" if "left" in side else "center"
        ax_x = box[0] if ha == "left" else box[2] if ha == "right" else (box[0] + box[2]) / 2
        vx, vy = inv.transform((ax_x, box[3]))
        wx, wy = inv.transform((ax_x, box[3] - vh - 2))
        veil = {"facecolor": LANE_COLOUR if e.date is None else "white", "alpha": 0.8, "edgecolor": "none",
                "pad": 0.5}   # lines pass behind the label
        ax.text(vx, vy, m.value_text, fontsize=VALUE_SIZE, fontweight="bold", color=m.color, ha=ha, va="top",
                zorder=6, gid=f"label:{i}", clip_on=False, bbox=veil)
        ax.text(wx, wy, who, fontsize=WHO_SIZE, color="#343a40", ha=ha, va="top", zorder=6, gid=f"who:{i}",
                clip_on=False, bbox=veil)
        if dist > 16:   # far from its mark: a thin leader line says whose label it is
            cx, cy = _nearest_point(box, px, py)
            lx, ly = inv.transform((cx, cy))
            ax.plot([m.x, lx], [_centre(e), ly], color="#adb5bd", linewidth=1, zorder=2)
    return len(marks) - len(placed)


SIDES = ("right", "left", "above", "below", "upper right", "lower right", "upper left", "lower left")


def _box(side: str, px: float, py: float, w: float, h: float, d: float) -> tuple[float, float, float, float]:
    """The label's box (x0, y0, x1, y1 in pixels, y up) on one side of the mark at (px, py)."""
    if side == "right":
        return px + d, py - h / 2, px + d + w, py + h / 2
    if side == "left":
        return px - d - w, py - h / 2, px - d, py + h / 2
    if side == "above":
        return px - w / 2, py + d * 0.7, px + w / 2, py + d * 0.7 + h
    if side == "below":
        return px - w / 2, py - d * 0.7 - h, px + w / 2, py - d * 0.7
    dx = d * 0.6
    if side == "upper right":
        return px + dx, py + dx, px + dx + w, py + dx + h
    if side == "lower right":
        return px + dx, py - dx - h, px + dx + w, py - dx
    if side == "upper left":
        return px - dx - w, py + dx, px - dx, py + dx + h
    return px - dx - w, py - dx - h, px - dx, py - dx


def _centre(e: TimelineEntry) -> float:
    """Where a figure sits on the y axis: its value, a range's middle."""
    return (e.value + e.high) / 2 if e.high is not None else e.value


def _nearest_point(box: tuple[float, float, float, float], px: float, py: float) -> tuple[float, float]:
    return min(max(px, box[0]), box[2]), min(max(py, box[1]), box[3])


def _read_back(ax, marks: list[_Mark], lane_start: float | None, renderer) -> list[dict[str, Any]]:  # noqa: ANN001
    """The points as drawn: each mark's x and y from its artist, its label from its texts, and the
    label's box in pixels (x0, y0, x1, y1 from the image's top left) to check for overlaps."""
    by_gid: dict[str, Any] = {}
    for artist in [*ax.lines, *ax.collections, *ax.texts]:
        gid = artist.get_gid() or ""
        if gid.startswith("pts:"):   # several marks in one artist: the i-th of its data is mark idx[i]
            for j, idx in enumerate(gid[4:].split(",")):
                by_gid[f"pt:{idx}"] = (artist, j)
        elif gid:
            by_gid[gid] = artist
    out = []
    for i, m in enumerate(marks):
        e = m.entry
        pt = by_gid[f"pt:{i}"]
        artist, j = pt if isinstance(pt, tuple) else (pt, 0)
        x = float(artist.get_xdata()[j])
        y = float(artist.get_ydata()[j])
        item: dict[str, Any] = {
            "claim": e.claim,
            "date": None if lane_start is not None and x >= lane_start else dt.date.fromordinal(round(x)).isoformat(),
            "value": y, "kind": e.kind, "scope": e.scope_short, "colour": m.color,
            "label": by_gid[f"label:{i}"].get_text() if f"label:{i}" in by_gid else None,
            "who": by_gid[f"who:{i}"].get_text() if f"who:{i}" in by_gid else None, "box": None,
        }
        mx, my = ax.transData.transform((x, _centre(e)))
        item["at"] = [round(float(mx), 1), round(float(HEIGHT - my), 1)]   # the mark, in pixels from the top left
        if item["label"] is None:
            out.append(item)
            continue
        b1 = by_gid[f"label:{i}"].get_window_extent(renderer)
        b2 = by_gid[f"who:{i}"].get_window_extent(renderer)
        item["box"] = [round(float(v), 1) for v in (min(b1.x0, b2.x0), HEIGHT - max(b1.y1, b2.y1),
                                                     max(b1.x1, b2.x1), HEIGHT - min(b1.y0, b2.y0))]
        if f"range:{i}" in by_gid:
            ys = by_gid[f"range:{i}"].get_ydata()
            item["value"], item["high"] = float(min(ys)), float(max(ys))
        if f"band:{i}" in by_gid:
            verts = by_gid[f"band:{i}"].get_paths()[0].vertices
            item["band"] = [float(verts[:, 1].min()), float(verts[:, 1].max())]
        out.append(item)
    return out


def read_png_points(png: bytes) -> dict[str, Any]:
    """What a chart's PNG says it shows: {"yscale", "size", "points"} (see POINTS_KEY)."""
    from PIL import Image

    with Image.open(io.BytesIO(png)) as img:
        return json.loads(img.text[POINTS_KEY])
