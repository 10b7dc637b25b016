"""Learn related index terms from the archive itself (issue 15: words the question does not use).

A question asks "senjata apa ..." and the answering sentence names "mortir" and "senapan"; a
question says "dikirim" and the sentence "dikerahkan". Word vectors trained on the archive's own
sentences, over the very index terms the engine uses (TextPipeline.terms: aliases, stopwords
dropped, Sastrawi stems), put such words near each other. This script writes, for the most
frequent terms, their nearest neighbours with cosine similarities to retrieval/data/related.tsv,
which retrieval/related.py reads at run time (no gensim needed there).

Named entities and numbers are neither expanded nor used as expansions: their neighbours are
other parties (korea_utara -> rusia, ukraina), not other words for the same thing. A term counts
as a named entity when, away from the start of a sentence, it is written with a capital letter
in most of its occurrences, or when it is an alias with several words (korea_utara).

Usage (make related):
    python tools/build_related.py build        # corpus -> term cache -> vectors -> related.tsv
    python tools/build_related.py tune         # FacQA train/valid retrieval figures for a grid
    python tools/build_related.py show WORD..  # neighbours of some stems

Deterministic: one worker thread and a fixed seed (gensim's word2vec is reproducible only so).
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import re
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.clean import is_boilerplate_sentence  # noqa: E402
from retrieval.ingest import InputError, article_from_record  # noqa: E402
from retrieval.related import DATA_FILE, RelatedTerms  # noqa: E402
from retrieval.segment import segment  # noqa: E402
from retrieval.text import MAX_ALIAS_WORDS, NUMBER_RE, TOKEN_RE, TextPipeline  # noqa: E402

SHARED = ROOT.parent / "shared"
CORPUS_DIRS = sorted((SHARED / "corpus").glob("*/articles.jsonl.gz"))
FACQA = SHARED / "eval" / "facqa" / "facqa-dev.jsonl.gz"
CACHE = ROOT / "build" / "related"

# word2vec settings (skip-gram suits a corpus of a few million tokens; chosen by FacQA train)
VECTOR_SIZE = 100
WINDOW = 2           # a narrow window: words that stand in for each other, not topic words (drift check)
MIN_COUNT = 5
NEGATIVE = 10
EPOCHS = 10
SEED = 1
# what is written to the data file
MAX_SOURCES = 30_000     # the most frequent expandable terms
MIN_SOURCE_COUNT = 20   # occurrences in the archive, for a term to be expanded
MIN_TARGET_COUNT = 20   # and for a term to be an expansion
MAX_COORDINATED = 2     # pairs joined by dan/atau/maupun/serta/comma this often are never expansions
KEEP_NEIGHBOURS = 10
KEEP_MIN_SIM = 0.45
ENTITY_CAPITAL_SHARE = 0.5
EXTRACT_VERSION = 1     # bump when what extract() writes changes (the cache key)


# ---------------------------------------------------------------------------- corpus -> terms
def articles() -> Iterator[dict]:
    """Every corpus record once (by id, then by text), folders in name order."""
    seen: set[str] = set()
    for path in CORPUS_DIRS:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                key = hashlib.sha1((rec.get("text") or "").encode("utf-8")).hexdigest()
                if key in seen:
                    continue
                seen.add(key)
                yield rec


def case_flags(pipe: TextPipeline, text: str) -> tuple[list[str], list[int]]:
    """TextPipeline.terms(text) with, per term, 1 when its first word is capitalised and not the
    sentence's first word, 0 when lower-case there, -1 when it opens the sentence (no evidence).
    Walks the tokens as TextPipeline.canonical does; the caller checks the terms agree."""
    raw = TOKEN_RE.findall(text)
    low = [t.lower() for t in raw]
    terms: list[str] = []
    flags: list[int] = []
    i, n = 0, len(low)
    while i < n:
        width, canon = 1, pipe.synonyms.get(low[i], low[i])
        if low[i] in pipe._alias_starts:
            for w in range(min(MAX_ALIAS_WORDS, n - i), 0, -1):
                c = pipe.aliases.get(tuple(low[i : i + w]))
                if c is not None:
                    width, canon = w, c
                    break
        if canon not in pipe.stopwords:
            s = pipe.stem(canon)
            terms.append(pipe.synonyms.get(s, s))
            first = raw[i]
            flags.append(-1 if i == 0 else int(first[:1].isupper()))
        i += width
    return terms, flags


def cache_paths() -> tuple[Path, Path]:
    """Where extract() keeps its output: keyed by the corpus files, the word lists and EXTRACT_VERSION."""
    CACHE.mkdir(parents=True, exist_ok=True)
    stamp = hashlib.sha1()
    for p in CORPUS_DIRS:
        stamp.update(f"{p.parent.name}:{p.stat().st_size}".encode())
    for name in ("aliases.txt", "stopwords.txt", "synonyms.txt", "protected.txt"):
        stamp.update((ROOT / "retrieval" / "data" / name).read_bytes())
    stamp.update(f"extract-v{EXTRACT_VERSION}".encode())
    key = stamp.hexdigest()[:12]
    return CACHE / f"sentences-{key}.txt.gz", CACHE / f"case-{key}.tsv"


def extract(pipe: TextPipeline) -> tuple[Path, Path]:
    """Write every sentence's terms (one line each) and per-term capital counts; cached in build/."""
    sent_path, case_path = cache_paths()
    if sent_path.exists() and case_path.exists():
        return sent_path, case_path
    caps: Counter[str] = Counter()
    lows: Counter[str] = Counter()
    t0, n_art, n_sent = time.perf_counter(), 0, 0
    tmp = sent_path.with_suffix(".tmp")
    with gzip.open(tmp, "wt", encoding="utf-8") as out:
        for rec in articles():
            try:
                art = article_from_record(rec)
            except InputError:
                continue
            texts = [art.title] if art.title else []
            texts += [s for s in segment(art.body) if not is_boilerplate_sentence(s)]
            for j, text in enumerate(texts):
                terms, flags = case_flags(pipe, text)
                if terms != pipe.terms(text):
                    raise RuntimeError(f"case_flags disagrees with TextPipeline.terms on {text!r}")
                if j > 0 or not art.title:   # titles are Title Case: no evidence of proper nouns
                    for t, f in zip(terms, flags):
                        if f == 1:
                            caps[t] += 1
                        elif f == 0:
                            lows[t] += 1
                if len(terms) > 1:
                    out.write(" ".join(terms) + "\n")
                    n_sent += 1
            n_art += 1
            if n_art % 2000 == 0:
                print(f"  {n_art} articles, {n_sent} sentences, {time.perf_counter() - t0:.0f}s", flush=True)
    tmp.rename(sent_path)
    with open(case_path, "w", encoding="utf-8") as f:
        for t in sorted(set(caps) | set(lows)):
            f.write(f"{t}\t{caps[t]}\t{lows[t]}\n")
    print(f"extracted {n_art} articles, {n_sent} sentences in {time.perf_counter() - t0:.0f}s")
    return sent_path, case_path


class Sentences:
    """Re-iterable corpus of term lists for gensim."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __iter__(self) -> Iterator[list[str]]:
        with gzip.open(self.path, "rt", encoding="utf-8") as f:
            for line in f:
                yield line.split()


def entities(case_path: Path) -> set[str]:
    """Terms capitalised mid-sentence in most occurrences (names, places, institutions)."""
    out = set()
    for line in case_path.read_text(encoding="utf-8").splitlines():
        t, c, lo = line.split("\t")
        c, lo = int(c), int(lo)
        if c + lo and c / (c + lo) >= ENTITY_CAPITAL_SHARE:
            out.add(t)
    return out


def expandable(term: str, ents: set[str]) -> bool:
    """A plain word: no digits (numbers, codes), no multi-word alias, no named entity."""
    return term.isalpha() and "_" not in term and term not in ents and not NUMBER_RE.match(term)


# ---------------------------------------------------------------------------- training
def train(sent_path: Path):  # noqa: ANN201 - gensim type
    """Word vectors over the cached sentences; kept in build/related/ (training takes ~10-20 min
    of one core), so changing only the table's rules does not retrain."""
    from gensim.models import KeyedVectors, Word2Vec

    params = f"d{VECTOR_SIZE}-w{WINDOW}-m{MIN_COUNT}-n{NEGATIVE}-e{EPOCHS}-s{SEED}"
    path = sent_path.with_name(sent_path.name.replace("sentences-", "vectors-").replace(".txt.gz", f"-{params}.kv"))
    if path.exists():
        return KeyedVectors.load(str(path))
    t0 = time.perf_counter()
    model = Word2Vec(Sentences(sent_path), vector_size=VECTOR_SIZE, window=WINDOW, min_count=MIN_COUNT,
                     sg=1, negative=NEGATIVE, epochs=EPOCHS, seed=SEED, workers=1)
    print(f"trained word2vec on {model.corpus_count} sentences, {len(model.wv)} terms "
          f"in {time.perf_counter() - t0:.0f}s", flush=True)
    model.wv.save(str(path))
    return model.wv


def neighbour_table(wv, ents: set[str], coord: Counter[tuple[str, str]]) -> dict[str, list[tuple[str, float]]]:  # noqa: ANN001
    """For the most frequent expandable terms, their nearest expandable neighbours (cosine).

    Left out: rare words (typos, one-off names: their vectors are noise); pairs the archive
    coordinates ("naik atau turun", "ekspor dan impor": different things, see coordinations);
    and a neighbour nearer to one of the term's coordinated partners than to the term itself,
    i.e. on the other side ("merosot" is nearer "turun" than "naik", so it never expands "naik";
    "takluk" is nearer "kalah" than "menang")."""
    import numpy as np

    words = wv.index_to_key                                  # by frequency, most frequent first
    row_of = {w: i for i, w in enumerate(words)}
    counts = np.array([wv.get_vecattr(w, "count") for w in words])
    ok = np.array([expandable(w, ents) for w in words]) & (counts >= MIN_TARGET_COUNT)
    vec = wv.get_normed_vectors()
    targets = np.flatnonzero(ok)
    sources = [i for i in targets if counts[i] >= MIN_SOURCE_COUNT][:MAX_SOURCES]
    tvec = vec[targets]
    partners: dict[int, list[int]] = {}
    for (a, b), c in coord.items():
        if c >= MAX_COORDINATED and a in row_of and b in row_of:
            partners.setdefault(row_of[a], []).append(row_of[b])
            partners.setdefault(row_of[b], []).append(row_of[a])
    table: dict[str, list[tuple[str, float]]] = {}
    dropped = other_side = 0
    want = KEEP_NEIGHBOURS * 3
    for start in range(0, len(sources), 1024):
        block = sources[start : start + 1024]
        sims = vec[block] @ tvec.T
        for r, i in enumerate(block):
            row = sims[r]
            top = np.argpartition(-row, want)[:want]
            top = top[np.lexsort((top, -row[top]))]
            # partners the vectors also put close (naik/turun): "the other side" only means
            # something for a rival that looks like the term itself
            mine = [b for b in partners.get(i, []) if float(vec[i] @ vec[b]) >= KEEP_MIN_SIM]
            # for each candidate, its best similarity to any coordinated partner of the term
            rival = (vec[targets[top]] @ vec[mine].T).max(axis=1) if mine else np.full(len(top), -1.0)
            out = []
            for j, riv in zip(top, rival):
                t = targets[j]
                if t == i or row[j] < KEEP_MIN_SIM:
                    continue
                if t in mine:
                    dropped += 1
                    continue
                if riv > row[j]:
                    other_side += 1
                    continue
                out.append((words[t], float(row[j])))
                if len(out) == KEEP_NEIGHBOURS:
                    break
            if out:
                table[words[i]] = out
    print(f"{len(sources)} source terms, {len(targets)} target terms; left out: {dropped} coordinated pairs, "
          f"{other_side} neighbours nearer a coordinated partner")
    return table


def write_table(table: dict[str, list[tuple[str, float]]], path: Path) -> None:
    header = (f"# Related index terms learned from the archive: `make related` (tools/build_related.py), word2vec "
              f"skip-gram dim={VECTOR_SIZE} window={WINDOW} epochs={EPOCHS} seed={SEED}.\n"
              f"# term<TAB>neighbour:cosine<TAB>... best first (up to {KEEP_NEIGHBOURS}, cosine >= {KEEP_MIN_SIM}); "
              f"both seen >= {MIN_TARGET_COUNT} times; no named entities, numbers or multi-word aliases; no pair "
              f"coordinated (dan/atau/maupun/serta/comma) >= {MAX_COORDINATED} times; no neighbour nearer "
              "a coordinated partner of the term than the term itself.\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        for term, nbrs in table.items():
            f.write(term + "\t" + "\t".join(f"{n}:{s:.3f}" for n, s in nbrs) + "\n")
    print(f"wrote {len(table)} terms to {path} ({path.stat().st_size / 1e6:.2f} MB)")


# ---------------------------------------------------------------------------- coordination
COORDINATORS = frozenset({"dan", "atau", "maupun", "serta", "ataupun", "vs", "versus", ","})
COORD_RE = re.compile(TOKEN_RE.pattern + r"|,")


def coordinations(pipe: TextPipeline, sent_path: Path) -> Counter[tuple[str, str]]:
    """How often two terms stand side by side joined by "dan", "atau", "maupun", "serta" or a
    comma ("naik atau turun", "ekspor dan impor", "tewas dan luka", "beras, cabai"): such words
    name different things (opposites, other parties, siblings), which word vectors put close
    together all the same. Cached beside the sentences."""
    path = sent_path.with_name(sent_path.name.replace("sentences-", "coord-").replace(".txt.gz", ".tsv"))
    counts: Counter[tuple[str, str]] = Counter()
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            a, b, c = line.split("\t")
            counts[(a, b)] = int(c)
        return counts
    t0 = time.perf_counter()
    for rec in articles():
        try:
            art = article_from_record(rec)
        except InputError:
            continue
        for text in [s for s in segment(art.body) if not is_boilerplate_sentence(s)]:
            toks = pipe.canonical([t.lower() for t in COORD_RE.findall(text)])
            for i in range(1, len(toks) - 1):
                if toks[i] in COORDINATORS:
                    a, b = toks[i - 1], toks[i + 1]
                    if a in COORDINATORS or b in COORDINATORS or a in pipe.stopwords or b in pipe.stopwords:
                        continue
                    sa, sb = pipe.stem(a), pipe.stem(b)
                    sa, sb = pipe.synonyms.get(sa, sa), pipe.synonyms.get(sb, sb)
                    if sa != sb:
                        counts[(min(sa, sb), max(sa, sb))] += 1
    with open(path, "w", encoding="utf-8") as f:
        for (a, b), c in sorted(counts.items()):
            f.write(f"{a}\t{b}\t{c}\n")
    print(f"counted {len(counts)} coordinated pairs in {time.perf_counter() - t0:.0f}s", flush=True)
    return counts


def build(out: Path = DATA_FILE) -> None:
    pipe = TextPipeline()
    sent_path, case_path = extract(pipe)
    wv = train(sent_path)
    ents = entities(case_path)
    write_table(neighbour_table(wv, ents, coordinations(pipe, sent_path)), out)


# ---------------------------------------------------------------------------- tuning on FacQA
def facqa() -> tuple[list[str], list[tuple[str, int, str]]]:
    """Unique passages, and (question, own passage, split) as eval/facqa.py reads them."""
    passages: dict[str, int] = {}
    questions = []
    with gzip.open(FACQA, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            questions.append((rec["question"], passages.setdefault(rec["passage"], len(passages)), rec["split"]))
    return list(passages), questions


def titles(every: int = 10, limit: int = 3000) -> tuple[list[str], list[tuple[str, int, str]]]:
    """An in-domain set of our own: an article's title as the question, its lead sentence as the
    passage to find among the first three sentences of every sampled article. Headlines say
    things in other words than the lead ("Tewas" / "meninggal dunia"), which FacQA's questions,
    written from their passages, rarely do. (The vectors saw these sentences, not these pairs.)"""
    passages: list[str] = []
    questions = []
    for n, rec in enumerate(articles()):
        if n % every or len(questions) >= limit:
            continue
        try:
            art = article_from_record(rec)
        except InputError:
            continue
        body = [s for s in segment(art.body) if not is_boilerplate_sentence(s)][:3]
        if not art.title or len(body) < 2:
            continue
        questions.append((art.title, len(passages), "titles"))
        passages += body
    return passages, questions


def figures(ranked: list[list[int]], gold: list[int]) -> tuple[float, float, float]:
    r1 = r10 = mrr = 0.0
    for ranks, g in zip(ranked, gold):
        r1 += ranks[:1] == [g]
        r10 += g in ranks[:10]
        mrr += 1 / (ranks.index(g) + 1) if g in ranks[:100] else 0.0
    return r1 / len(gold), r10 / len(gold), mrr / len(gold)


def expand_with(rel: RelatedTerms, terms: list[str], k: int, min_sim: float, scheme: str) -> dict[str, float]:
    """RelatedTerms.expand under another weight scheme, for the grid: "cosine" (expand's own),
    "scaled" (0.1 at the threshold rising to 1 at cosine 1) or "flat" (1)."""
    if scheme == "cosine":
        return rel.expand(terms, k, min_sim)
    own, out = set(terms), {}
    for term in dict.fromkeys(terms):
        for word, sim in [x for x in rel.neighbours(term) if x[1] >= min_sim][:k]:
            w = 0.1 + 0.9 * (sim - min_sim) / max(1 - min_sim, 1e-9) if scheme == "scaled" else 1.0
            if word not in own and w > out.get(word, 0.0):
                out[word] = w
    return out


def tune(grid: bool = True, table: Path | None = None, which: str = "facqa") -> None:
    """Retrieval-only figures on FacQA: BM25 over the question's own terms (exact, unchanged) +
    factor * BM25 over the expansions weighted by their weights. The grid runs on train only;
    valid is printed for the shipped rule alone. "other words" is the subset of questions with a
    term their passage does not contain, where expansion can matter at all."""
    from retrieval import related
    from retrieval.index import BM25Index

    pipe = TextPipeline()
    rel = RelatedTerms.load(table)
    passages, questions = facqa() if which == "facqa" else titles()
    doc_terms = [pipe.terms(p) for p in passages]
    if which != "facqa":   # one split: the grid and the shipped rule run on it
        questions = [(q, g, "train") for q, g, _ in questions]
    idx = BM25Index.build(list(enumerate(doc_terms)))
    qterms = [pipe.parse_query(q).terms for q, _, _ in questions]
    splits = {s: [i for i, (_, _, sp) in enumerate(questions) if sp == s] for s in ("train", "valid")}
    splits = {s: ids for s, ids in splits.items() if ids}
    for s in list(splits):
        splits[s + "/other"] = [i for i in splits[s] if set(qterms[i]) - set(doc_terms[questions[i][1]])]
    covered = sum(any(t in rel.table for t in q) for q in qterms)
    print(f"{which}: {len(questions)} questions ({', '.join(f'{s} {len(ids)}' for s, ids in splits.items())}), "
          f"{len(passages)} passages; {len(rel)} terms in the table; {covered} questions have a term with neighbours")

    def ranks(k: int, min_sim: float, factor: float, scheme: str, ids: list[int]) -> list[int]:
        """The gold passage's rank per question (101 when below the top 100)."""
        out = []
        for i in ids:
            extra = expand_with(rel, qterms[i], k, min_sim, scheme) if factor > 0 else {}
            top = [p for p, _ in idx.top_expanded(qterms[i], extra, factor, 100)]
            out.append(top.index(questions[i][1]) + 1 if questions[i][1] in top else 101)
        return out

    def fig(r: list[int]) -> str:
        n = len(r) or 1
        return (f"R@1 {sum(x == 1 for x in r) / n:.3f} R@10 {sum(x <= 10 for x in r) / n:.3f} "
                f"MRR {sum(1 / x for x in r if x <= 100) / n:.3f}")

    base = {s: ranks(0, 1.0, 0.0, "cosine", ids) for s, ids in splits.items()}
    exact = [[p for p, _ in idx.top(qterms[i], 100)] for i in splits["train"]]
    assert [t.index(questions[i][1]) + 1 if questions[i][1] in t else 101
            for t, i in zip(exact, splits["train"])] == base["train"], "factor 0 must be plain BM25"
    if grid:
        print(f"grid on train (best 15 by MRR): k min_sim factor scheme | all | other words | better/worse")
        results = []
        for scheme in ("cosine", "flat"):
            for k in (2, 3, 5):
                for min_sim in (0.55, 0.6, 0.65):
                    for factor in (0.1, 0.2, 0.3, 0.5):
                        r = ranks(k, min_sim, factor, scheme, splits["train"])
                        mrr = sum(1 / x for x in r if x <= 100)
                        results.append((mrr, r, k, min_sim, factor, scheme))
        results.sort(key=lambda x: (-x[0], x[2], -x[3], x[4]))
        other = set(splits["train/other"])
        for _, r, k, min_sim, factor, scheme in results[:15]:
            ro = [x for x, i in zip(r, splits["train"]) if i in other]
            better = sum(x < y for x, y in zip(r, base["train"]))
            worse = sum(x > y for x, y in zip(r, base["train"]))
            print(f"  {k} {min_sim:.2f} {factor:.2f} {scheme:>6} | {fig(r)} | {fig(ro)} | +{better}/-{worse}")
    k, min_sim, factor = related.NEIGHBOURS, related.MIN_SIMILARITY, related.EXPANSION_WEIGHT
    print(f"shipped rule: k={k} min_similarity={min_sim} factor={factor} (RelatedTerms.expand)")
    for s, ids in splits.items():
        e = ranks(k, min_sim, factor, "cosine", ids)
        better = sum(x < y for x, y in zip(e, base[s]))
        worse = sum(x > y for x, y in zip(e, base[s]))
        print(f"  {s:12} n={len(ids):4}  without: {fig(base[s])}   with: {fig(e)}   questions +{better}/-{worse}")


DRIFT_WORDS = ("tewas bunuh kirim kerah senjata tentara banjir gempa korban presiden harga naik turun "
               "tangkap polisi serang rudal bom uang rumah sakit luka hujan longsor menang kalah "
               "sekolah ekspor impor minyak beras").split()


def show(words: list[str]) -> None:
    pipe = TextPipeline()
    rel = RelatedTerms.load()
    for w in words or DRIFT_WORDS:
        t = (pipe.terms(w) or [w])[0]
        nbrs = " ".join(f"{n}:{s:.2f}" for n, s in rel.neighbours(t)[:8]) or "(none: not in the table)"
        print(f"{w:10} -> {t:12} expand={sorted(rel.expand([t]))}  all: {nbrs}")


def main(argv: list[str] | None = None) -> int:
    global WINDOW
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="corpus -> vectors -> retrieval/data/related.tsv")
    b.add_argument("--out", type=Path, default=DATA_FILE)
    b.add_argument("--window", type=int, default=WINDOW, help="(for experiments; the shipped file uses the default)")
    sub.add_parser("extract", help="only the term cache (build/related/)")
    sub.add_parser("coord", help="only the coordination counts (build/related/)")
    t = sub.add_parser("tune", help="FacQA retrieval figures (grid on train, the shipped rule on train and valid)")
    t.add_argument("--no-grid", action="store_true")
    t.add_argument("--table", type=Path, default=None)
    t.add_argument("--set", dest="which", choices=("facqa", "titles"), default="facqa")
    s = sub.add_parser("show", help="neighbours of some words (default: a drift check list)")
    s.add_argument("words", nargs="*")
    args = ap.parse_args(argv)
    if args.cmd == "build":
        WINDOW = args.window
        build(args.out)
    elif args.cmd == "extract":
        extract(TextPipeline())
    elif args.cmd == "coord":
        pipe = TextPipeline()
        coordinations(pipe, extract(pipe)[0])
    elif args.cmd == "tune":
        tune(grid=not args.no_grid, table=args.table, which=args.which)
    elif args.cmd == "show":
        show(args.words)
    return 0


if __name__ == "__main__":
    sys.exit(main())
