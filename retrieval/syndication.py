"""One story, many outlets: near-duplicate detection and the outlet a story comes from.

Agencies and newsrooms of one group publish the same report on many sites (a Kompas story on
Tribunnews, a press release on Okezone and SINDOnews, "Jakarta, CNN Indonesia --" re-hosted on
an aggregator). Without this, one report shows up as many claims.

- **Signature** (in the ingest workers): MinHash (datasketch, 96 permutations) over the set of
  5-word shingles of the cleaned body. Words are hashed in bulk with numpy, not one Python call
  per shingle (``MinHash.update`` per shingle costs more than the rest of ingest's stages).
- **Candidates** (in the writer, SQLite): LSH with 32 bands of 3 values; each band is one 64-bit
  key in an indexed table, so finding the copies of an article is 32 index look-ups whatever
  the archive's size. A candidate is kept when the signatures agree on at least ``THRESHOLD`` of
  their values (estimated Jaccard similarity of the shingle sets); an article joins the story of
  every copy it matches (single linkage). A band key holds at most ``BAND_CAP`` documents (the
  first stored) and a look-up reads at most that many: a report copied a thousand times costs a
  new copy 32 x BAND_CAP candidates, not 32,000, so joining stays bounded at any archive size.
  A copy whose band is full is still found through its other bands and the kept documents,
  which are its story's.
- **Origin**: the outlet the text itself credits ("Jakarta, CNN Indonesia --", "Artikel ini telah
  tayang di Kompas.com", "Sumber: Merdeka.com", "(Antara)"), else an outlet the copies say they
  quote and that also carries the story or that most copies name ("dikutip dari Kompas.com"),
  else the earliest published copy. Outlet names come from data/outlets.tsv, data/media.txt and
  data/outlet_aliases.tsv.
"""
from __future__ import annotations

import re
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence
from urllib.parse import urlsplit

import numpy as np

from .text import _data_lines

NUM_PERM = 96
BANDS = 32
ROWS = NUM_PERM // BANDS      # 3 values per band: a pair at Jaccard 0.5 shares a band with p = 0.986
SHINGLE = 5                   # words per shingle
MIN_SHINGLES = 20             # shorter bodies get no signature (too little text to call two pages copies)
THRESHOLD = 0.5               # estimated Jaccard of the shingle sets from which two pages are one story
BAND_CAP = 8                  # documents kept (and read) per band key: see the module docstring
SEED = 20241029
SIG_BYTES = NUM_PERM * 4

_MIX = np.uint64(0x9E3779B97F4A7C15)
_MIX2 = np.uint64(0xC2B2AE3D27D4EB4F)
_TEMPLATE = None   # the MinHash whose permutations every signature shares (_minhash)
# lower-case ASCII letters and digits stay, bytes of other UTF-8 letters stay, the rest separates words
_WORD_BYTES = bytes(c if (48 <= c <= 57 or 97 <= c <= 122 or c >= 128) else 32 for c in range(256))


def _identity(value: int) -> int:
    return value


# ------------------------------------------------------------------ signatures
def shingle_hashes(text: str) -> np.ndarray:
    """Distinct 32-bit hashes of the text's 5-word shingles (lower-cased, punctuation ignored).

    A word is hashed from its first 16 bytes, in one numpy call for the whole text; a shingle
    is a polynomial of its words' hashes. Stable across processes (no Python ``hash``)."""
    words = text.lower().encode("utf-8").translate(_WORD_BYTES).split()
    n = len(words) - SHINGLE + 1
    if n < 1:
        return np.empty(0, dtype=np.uint32)
    pairs = np.array(words, dtype="S16").view(np.uint64).reshape(-1, 2)
    h = pairs[:, 0] * _MIX ^ pairs[:, 1] * _MIX2
    s = h[:n].copy()
    for j in range(1, SHINGLE):
        s = s * _MIX + h[j : j + n]
    s ^= s >> np.uint64(29)
    s *= _MIX2
    return _sorted_distinct((s >> np.uint64(32)).astype(np.uint32))


def _sorted_distinct(values: np.ndarray) -> np.ndarray:
    """``np.unique(values)`` for a 1-d array: one sort and a comparison of neighbours, ~4x less
    than np.unique's general path on the few hundred values of an article."""
    values.sort()
    keep = np.empty(len(values), dtype=bool)
    keep[:1] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


def signature(text: str) -> bytes | None:
    """The MinHash of the body's shingles as NUM_PERM little-endian uint32 (None: too short).

    datasketch's MinHash (scheme affine32, identity hash) computed on the shingle array directly:
    each value pre-mixed with the MurmurHash3 finalizer, then a * h + b in uint32 for every
    permutation, the minimum kept. The same values bit for bit (tests/test_signature.py) without
    building a MinHash and a Python list of the shingles per article (~40% of the signature's cost)."""
    shingles = shingle_hashes(text)
    if len(shingles) < MIN_SHINGLES:
        return None
    a, b = _affine()
    h = shingles ^ (shingles >> _U16)
    h *= _FMIX1
    h ^= h >> _U13
    h *= _FMIX2
    h ^= h >> _U16
    m = np.empty((NUM_PERM, len(h)), dtype=np.uint32)   # one row a permutation: the minimum over a row
    np.multiply(a, h, out=m)
    m += b
    return m.min(axis=1).astype("<u4").tobytes()


_U16, _U13 = np.uint32(16), np.uint32(13)
_FMIX1, _FMIX2 = np.uint32(0x85EBCA6B), np.uint32(0xC2B2AE35)   # MurmurHash3's 32-bit finalizer
_AFFINE: tuple[np.ndarray, np.ndarray] | None = None


def _affine() -> tuple[np.ndarray, np.ndarray]:
    """The permutations (a, b) of datasketch's MinHash(NUM_PERM, SEED, "affine32"), as uint32 columns.

    Drawn as datasketch 2.x draws them (RandomState(SEED): NUM_PERM odd multipliers, then NUM_PERM
    offsets; tests/test_signature.py compares them with its own), without importing datasketch:
    its import pulls in scipy, ~0.4 s of CPU in every ingest worker process."""
    global _AFFINE
    if _AFFINE is None:
        gen = np.random.RandomState(SEED)
        a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
        b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
        _AFFINE = (np.ascontiguousarray(a).reshape(-1, 1), np.ascontiguousarray(b).reshape(-1, 1))
    return _AFFINE


SIGN_COLUMNS = 8192   # shingles signed in one array (96 x this many uint32: 3 MB)


def signatures(texts: Sequence[str]) -> list[bytes | None]:
    """``[signature(t) for t in texts]``, bit for bit, in a few numpy calls for all the texts.

    An ingest worker signs 20 articles a task. One article's signature is ~25 numpy calls on a
    few hundred values, and between articles the claims and terms code evicts numpy's code and
    data from the CPU caches: in the ingest worker it cost ~4x what it costs alone (~400 against
    ~100 µs an article). Here the words of all texts are hashed in one array, a shingle is kept
    only where its 5 words lie in one text, each text's shingles are made distinct by one sort of
    (text, value) keys, and the minimum of every permutation is taken per text (reduceat)."""
    out: list[bytes | None] = [None] * len(texts)
    split = [t.lower().encode("utf-8").translate(_WORD_BYTES).split() for t in texts]
    lengths = np.fromiter((len(w) for w in split), dtype=np.int64, count=len(split))
    if not len(texts) or int(lengths.max()) < SHINGLE + MIN_SHINGLES - 1:
        return out   # no text has MIN_SHINGLES shingles even before duplicates are removed
    words = [w for ws in split for w in ws]
    pairs = np.array(words, dtype="S16").view(np.uint64).reshape(-1, 2)
    h = pairs[:, 0] * _MIX ^ pairs[:, 1] * _MIX2
    n = len(words) - SHINGLE + 1
    s = h[:n].copy()
    for j in range(1, SHINGLE):
        s = s * _MIX + h[j : j + n]
    s ^= s >> np.uint64(29)
    s *= _MIX2
    # the shingle starting at word i belongs to text k when all its words do
    starts = np.zeros(len(texts), dtype=np.int64)
    np.cumsum(lengths[:-1], out=starts[1:])
    owner = np.repeat(np.arange(len(texts), dtype=np.uint64), lengths)[:n]
    inside = np.arange(n, dtype=np.int64) < (starts + lengths - (SHINGLE - 1))[owner.astype(np.int64)]
    keys = (owner[inside] << np.uint64(32)) | (s[inside] >> np.uint64(32))
    keys.sort()
    keep = np.empty(len(keys), dtype=bool)
    keep[:1] = True
    np.not_equal(keys[1:], keys[:-1], out=keep[1:])
    keys = keys[keep]
    text_of = (keys >> np.uint64(32)).astype(np.int64)
    counts = np.bincount(text_of, minlength=len(texts))
    first = np.zeros(len(texts), dtype=np.int64)
    np.cumsum(counts[:-1], out=first[1:])
    values = keys.astype(np.uint32)   # the low 32 bits: the shingle hash
    a, b = _affine()
    signed = [k for k in range(len(texts)) if counts[k] >= MIN_SHINGLES]
    i = 0
    while i < len(signed):
        group = [signed[i]]
        width = int(counts[signed[i]])
        i += 1
        while i < len(signed) and width + counts[signed[i]] <= SIGN_COLUMNS:
            width += int(counts[signed[i]])
            group.append(signed[i])
            i += 1
        hv = np.concatenate([values[first[k] : first[k] + counts[k]] for k in group])
        hv ^= hv >> _U16
        hv *= _FMIX1
        hv ^= hv >> _U13
        hv *= _FMIX2
        hv ^= hv >> _U16
        m = np.empty((NUM_PERM, len(hv)), dtype=np.uint32)
        np.multiply(a, hv, out=m)
        m += b
        offsets = np.zeros(len(group), dtype=np.int64)
        np.cumsum(counts[group[:-1]], out=offsets[1:])
        mins = np.minimum.reduceat(m, offsets, axis=1).T.astype("<u4")
        for row, k in enumerate(group):
            out[k] = mins[row].tobytes()
    return out


def signature_datasketch(text: str) -> bytes | None:
    """`signature` through datasketch's own MinHash: the reference the tests compare it with."""
    shingles = shingle_hashes(text)
    if len(shingles) < MIN_SHINGLES:
        return None
    m = _minhash()
    m.update_batch(shingles.tolist())
    return m.hashvalues.astype("<u4").tobytes()


def _minhash():  # noqa: ANN202 - datasketch.MinHash
    """A fresh MinHash. datasketch is imported here, not at module load: importing it pulls in
    scipy (~1 s, most of a cold start), and only ingest computes signatures."""
    global _TEMPLATE
    from datasketch import MinHash

    if _TEMPLATE is None:
        _TEMPLATE = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32")
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32", permutations=_TEMPLATE.permutations,
                   hashfunc=_identity)


def _values(sig: bytes) -> np.ndarray:
    return np.frombuffer(sig, dtype="<u4")


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets."""
    return float(np.count_nonzero(_values(a) == _values(b))) / NUM_PERM


def band_keys(sig: bytes) -> list[int]:
    """One signed 64-bit key per LSH band (the band's number is mixed in, so bands never collide)."""
    v = _values(sig).astype(np.uint64).reshape(BANDS, ROWS)
    k = np.arange(1, BANDS + 1, dtype=np.uint64)
    for j in range(ROWS):
        k = k * _MIX + v[:, j]
    k ^= k >> np.uint64(31)
    k *= _MIX2
    k ^= k >> np.uint64(29)
    return k.view(np.int64).tolist()



def band_keys_many(sigs: list[bytes]) -> list[list[int]]:
    """`band_keys` of many signatures in one array pass (the same keys: the same uint64
    arithmetic row by row); a batch's story join needs all of them at once."""
    if not sigs:
        return []
    v = np.frombuffer(b"".join(sigs), dtype="<u4").astype(np.uint64).reshape(len(sigs), BANDS, ROWS)
    k = np.broadcast_to(np.arange(1, BANDS + 1, dtype=np.uint64), (len(sigs), BANDS))
    for j in range(ROWS):
        k = k * _MIX + v[:, :, j]
    k ^= k >> np.uint64(31)
    k *= _MIX2
    k ^= k >> np.uint64(29)
    return k.view(np.int64).tolist()

def components(sigs: dict[int, bytes]) -> list[list[int]]:
    """Groups of documents linked by pairs at or above THRESHOLD (single linkage), each sorted.
    Used when a story loses a member: what is left may fall apart."""
    docs = sorted(sigs)
    parent = {d: d for d in docs}

    def find(d: int) -> int:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    if docs:
        mat = np.stack([_values(sigs[d]) for d in docs])
        for i, d in enumerate(docs[:-1]):
            same = np.count_nonzero(mat[i + 1 :] == mat[i], axis=1) >= THRESHOLD * NUM_PERM
            for j in np.nonzero(same)[0]:
                a, b = find(d), find(docs[i + 1 + j])
                if a != b:
                    parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for d in docs:
        groups.setdefault(find(d), []).append(d)
    return sorted(groups.values())


# ------------------------------------------------------------------ outlet names
@dataclass(frozen=True, eq=False)
class OutletNames:
    """Every spelling of an outlet an article may use, mapped to one key and one display name."""

    keys: dict[str, str]        # lower-cased spelling -> key (the domain when known)
    display: dict[str, str]     # key -> name shown
    pattern: str                # regex alternation of every spelling, longest first

    def key(self, name: str | None) -> str | None:
        """'KOMPAS.com', 'Kompas', 'kompas.com', 'https://www.kompas.com/...' -> 'kompas.com'."""
        return _outlet_key(self, name) if name else None

    def _key(self, name: str) -> str:
        low = name.strip().lower()
        if low in self.keys:
            return self.keys[low]
        host = _host(low)
        if host in self.keys:
            return self.keys[host]
        for spelling, key in self.keys.items():
            if "." in spelling and host.endswith("." + spelling):
                return key
        return host if "." in host else low

    def show(self, name: str) -> str:
        key = self.key(name) or name
        return self.display.get(key, name.strip())


@lru_cache(maxsize=8192)
def _outlet_key(names: OutletNames, name: str) -> str:
    """Cached: answers map the outlet of every candidate passage (up to 400 a question)."""
    return names._key(name)


def _host(name: str) -> str:
    if "//" in name:
        name = urlsplit(name).netloc or name
    return name.split("/")[0].split(":")[0].removeprefix("www.")


@lru_cache(maxsize=1)
def outlet_names() -> OutletNames:
    keys: dict[str, str] = {}
    display: dict[str, str] = {}
    for ln in _data_lines("outlets.tsv"):
        parts = ln.split("\t")
        if len(parts) >= 2:
            domain, name = parts[0].strip().lower(), parts[1].strip()
            keys[domain] = keys[name.lower()] = domain
            display[domain] = name
    for ln in _data_lines("outlet_aliases.tsv"):
        spelling, _, target = ln.partition("\t")
        spelling, target = spelling.strip(), target.strip()
        if not spelling or not target:
            continue
        key = keys.get(target.lower()) or target.lower()
        display.setdefault(key, target)
        keys[spelling.lower()] = key
        keys.setdefault(target.lower(), key)
    for name in _data_lines("media.txt"):
        name = name.strip()
        if name and not name.startswith("media "):      # "media lokal" is no outlet
            keys.setdefault(name.lower(), name.lower())
            display.setdefault(name.lower(), name)
    spellings = sorted(keys, key=len, reverse=True)
    return OutletNames(keys, display, "|".join(re.escape(s) for s in spellings))


# ------------------------------------------------------------------ what the text says
_DOMAIN = r"[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|co\.id|id|net|co|tv|news)"
_END = r"(?![\w.-]*\w)"     # the name ends here ("Kompas.com." is fine, "Kompasiana" is not Kompas)
_DASH = r"(?:-{1,2}|[–—])"
CITE_VERBS = ("dikutip", "dilansir", "melansir", "mengutip", "diberitakan", "dilaporkan", "laporan", "lansir")


@dataclass(frozen=True)
class _Patterns:
    start: re.Pattern[str]      # a dateline naming an outlet
    tayang: re.Pattern[str]     # "Artikel ini telah tayang di X"
    sumber: re.Pattern[str]     # "Sumber: X" on its own
    closing: re.Pattern[str]    # "(Antara)" closing the text
    cite_rest: re.Pattern[str]  # what may stand between a verb ("dikutip") and the outlet
    name: re.Pattern[str]       # a known outlet, matched where a verb ends


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    names = outlet_names().pattern
    known = rf"(?i:{names}){_END}"
    place = r"[A-Z][A-Za-z.' ]{1,30}?"
    return _Patterns(
        # "Jakarta, CNN Indonesia --", "KOMPAS.com -", "Liputan6.com, Jakarta -", "Jakarta (ANTARA) -"
        start=re.compile(rf"[\s\-–—,]*(?:(?:{place})\s*,\s*)?(?P<a>{known})(?:\s*,\s*{place})?\s*{_DASH}\s"
                         rf"|[\s\-–—,]*{place}\s*\((?P<b>{known})\)\s*{_DASH}\s"),
        # any site counts here: the sentence says in so many words that the article is someone else's
        tayang=re.compile(rf"(?i:artikel\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat|diterbitkan)"
                          rf"\s+(?:di|pada|oleh))\s+(?P<n>{known}|{_DOMAIN}{_END})"),
        # only known outlets: "Sumber: Polda Metro Jaya" and "Sumber: PlayStation.com" are no outlets' articles
        sumber=re.compile(rf"(?i:sumber)\s*:\s*(?P<n>{known})\s*(?:[.),\n]|$)"),
        closing=re.compile(rf"\((?P<n>{known})\)\s*$"),
        cite_rest=re.compile(r"\s+(?:dari\s+|oleh\s+)?(?:laman\s+|situs\s+|media\s+|kantor\s+berita\s+|harian\s+)?"),
        name=re.compile(known),
    )


def find_credit(text: str | None) -> str | None:
    """The outlet a page says it is the article of (display name), or None.

    Only statements about the whole article count: a dateline naming an outlet at the start of
    the text or of one of its first lines, "Artikel ini telah tayang di X", "Sumber: X" on its own,
    "(Antara)" closing the text. Each pattern runs only where a plain substring test says it can
    match (the outlet alternation is long; searched everywhere it cost ~300 µs an article)."""
    if not text:
        return None
    pats = _patterns()
    names = outlet_names()
    for line in text.lstrip()[:2000].split("\n")[:3]:
        m = pats.start.match(line)
        if m:
            return names.show(m.group("a") or m.group("b"))
    low = text.lower()
    found: list[tuple[int, str]] = []
    if "artikel ini" in low:
        found += [(m.start(), m.group("n")) for m in pats.tayang.finditer(text)]
    at = low.find("sumber")
    while at >= 0:
        # on its own: at the start of a line or right after a sentence, a comma or "("
        before = text[max(0, at - 2) : at].rstrip(" \t\xa0")
        if (not before or before[-1] in ".!?\"”,;(\n") and (m := pats.sumber.match(text, at)):
            found.append((at, m.group("n")))
        at = low.find("sumber", at + 6)
    tail = text.rstrip()[-80:]
    if tail.endswith(")"):
        found += [(len(text), m.group("n")) for m in pats.closing.finditer(tail)]
    return names.show(max(found)[1]) if found else None   # the last statement wins


def find_cites(text: str | None) -> list[str]:
    """Outlets the text says it quotes ("dikutip dari Antara"), display names, first mention first."""
    if not text:
        return []
    pats = _patterns()
    names = outlet_names()
    low = text.lower()
    if len(low) != len(text):            # a few letters change length when lower-cased
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    hits: list[tuple[int, str]] = []
    for verb in CITE_VERBS:              # str.find: a case-insensitive regex over the text cost ~240 µs
        at = low.find(verb)
        while at >= 0:
            end = at + len(verb)
            if (at == 0 or not low[at - 1].isalnum()) and (rest := pats.cite_rest.match(text, end)) and rest.end() > end:
                m = pats.name.match(text, rest.end())
                if m:
                    hits.append((at, names.show(m.group(0))))
            at = low.find(verb, end)
    return list(dict.fromkeys(name for _, name in sorted(hits)))


# ------------------------------------------------------------------ credit and origin
def credited(outlet: str | None, outlet_domain: str | None, url: str | None,
             credit: str | None) -> tuple[str | None, str | None]:
    """(outlet to credit, re-hosting site or None). A page that says it is another outlet's article
    is credited to that outlet, "dimuat ulang oleh" the site that carries it."""
    names = outlet_names()
    if not credit:
        return outlet, None
    own = names.key(outlet_domain) or names.key(outlet)
    ckey = names.key(credit)
    if ckey == own or (outlet and ckey == names.key(outlet)):
        return outlet, None
    host = _host(url.lower()) if url else (outlet_domain or outlet or "")
    if ckey and "." in ckey and (host == ckey or host.endswith("." + ckey)):
        return names.show(credit), None
    return names.show(credit), host or None


@dataclass
class Member:
    """What deciding a story's origin needs about one of its copies."""

    article_id: str
    outlet: str | None
    outlet_domain: str | None
    url: str | None
    published: str | None
    credit: str | None
    cites: Sequence[str]
    order: int = 0          # ingest order: the tie-break among copies published the same day


def story_origin(members: Iterable[Member]) -> tuple[str | None, str | None]:
    """(origin outlet, id of the copy that is the origin's own or None) for one story."""
    names = outlet_names()
    ms = sorted(members, key=lambda m: (m.published or "9999", m.order))
    if not ms:
        return None, None
    shown = [credited(m.outlet, m.outlet_domain, m.url, m.credit) for m in ms]
    credits = Counter(names.key(m.credit) for m in ms if m.credit)
    origin_key: str | None = None
    if credits:
        top = max(credits.values())
        origin_key = next(names.key(m.credit) for m in ms if m.credit and credits[names.key(m.credit)] == top)
    elif len(ms) > 1:
        own = {names.key(m.outlet_domain) or names.key(m.outlet) for m in ms}
        cited = Counter(names.key(c) for m in ms for c in dict.fromkeys(m.cites))
        for key, n in cited.most_common():
            if key in own or n * 2 >= len(ms) and n >= 2:
                origin_key = key
                break
    if origin_key is None:
        first_outlet = shown[0][0]
        origin_key = names.key(first_outlet)
    # the copy that is the origin outlet's own page (not re-hosted) leads; else the first credited to it
    lead = next((m for m, (o, re_) in zip(ms, shown) if names.key(o) == origin_key and re_ is None), None)
    lead = lead or next((m for m, (o, _) in zip(ms, shown) if names.key(o) == origin_key), None)
    origin_name = names.display.get(origin_key or "")
    if origin_name is None:
        origin_name = next((o for o, _ in shown if names.key(o) == origin_key), None)
        origin_name = origin_name or next((c for m in ms for c in [m.credit, *m.cites] if c and names.key(c) == origin_key),
                                          origin_key)
    return origin_name, (lead.article_id if lead else None)
