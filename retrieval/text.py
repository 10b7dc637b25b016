"""Indonesian text pipeline: tokens, aliases, synonyms, stopwords, Sastrawi stems, question intent.

Both the indexer and the query side go through :class:`TextPipeline.terms`, so an alias
("Korut") and its expansion ("Korea Utara") always land on the same index term.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import Callable

# A token is a number kept whole (10.000, 1,5, 2.000-3.000 stays two numbers), a word with
# inner hyphens/digits (AK-12, 60mm, Kim Jong-un's "jong-un"), or a dotted abbreviation (u.s.).
TOKEN_RE = re.compile(
    r"\d+(?:[.,]\d+)*(?:[a-zA-Z]+\b)?"          # 10.000  1,5  60mm
    # a letter, word characters, and inner hyphens/apostrophes each followed by word characters:
    # the same tokens as "[^\W\d_](?:[\w]|[-'’](?=\w))*", without a group step per character
    r"|[^\W\d_]\w*(?:[-'’]\w+)*"                  # AK-12  jong-un  kota
    r"|(?:[a-zA-Z]\.){2,}",                         # u.s.
    re.UNICODE,
)
# TOKEN_RE on lower-cased ASCII text (tokenize), ~1/3 faster: the first character is a class, so
# the regex engine skips spaces and marks without trying each alternative there; the look-behind
# says which alternative that character began; re.ASCII makes each \w a table look-up. The same
# tokens: on such text \d, [^\W\d_] and \w are [0-9], [a-z] and [0-9a-z_], and TOKEN_RE's dotted
# abbreviation alternative never matches (at a letter the word alternative before it already has).
_LOWER_ASCII_TOKEN_RE = re.compile(
    r"[0-9a-z](?:(?<=[0-9])[0-9]*(?:[.,][0-9]+)*(?:[a-z]+\b)?|(?<=[a-z])\w*(?:[-'’]\w+)*)", re.ASCII)
NUMBER_RE = re.compile(r"^\d+(?:[.,]\d+)*$")
MAX_ALIAS_WORDS = 6


def _data_lines(name: str) -> list[str]:
    """Non-comment lines of a file in retrieval/data (plain files so the lists can grow)."""
    text = resources.files("retrieval.data").joinpath(name).read_text(encoding="utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def sastrawi_root_words() -> list[str]:
    """Sastrawi's dictionary of root words, read once a process (the stemmer and the claim
    extractor's verb test both use it)."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory  # noqa: PLC0415 - read only when needed
    return StemmerFactory().get_words()


def affixed_verb(word: str, prefixes: tuple[str, ...] = ("me", "ber", "di")) -> bool:
    """A me-/ber-/di- word (or one of `prefixes`) that is no root word of Sastrawi's dictionary is a
    verb ("112 orang mengajukan izin"); "menteri", "berita", "direktur" are roots."""
    return word.startswith(prefixes) and word not in _root_words()


@lru_cache(maxsize=1)
def _root_words() -> frozenset[str]:
    return frozenset(sastrawi_root_words())


def tokenize(text: str) -> list[str]:
    """Lower-cased tokens; numbers and alphanumeric codes stay whole."""
    if text.isascii():  # lower-casing ASCII first cannot move a token boundary; one call, not one per token
        return _LOWER_ASCII_TOKEN_RE.findall(text.lower())
    return [t.lower() for t in TOKEN_RE.findall(text)]


@dataclass(frozen=True)
class Query:
    """A question after intent detection: what kind of answer, and which terms to search."""

    text: str
    intent: str
    terms: list[str]
    words: list[str]  # the content words, un-stemmed (for display and target nouns)
    # what the question is about when not the whole text, read for its frame: "siapa yang bilang
    # 12.000 tentara?" is about "12.000 tentara"
    topic: str | None = None


def _ministry_aliases() -> list[tuple[str, list[str]]]:
    """Each ministry of bodies.txt as one index term, however it is written: "Kemenhub", "Menhub",
    "Kementerian Perhubungan" and "Menteri Perhubungan" are all kementerian_perhubungan, so that a
    question naming it one way finds the passages naming it another ("anggaran Kementerian
    Perhubungan": "Menhub Minta Tambahan Anggaran Jadi Rp43,1 Triliun")."""
    out = []
    for ln in _data_lines("bodies.txt"):
        short, _, ways = (x.strip() for x in ln.partition("\t"))
        names = [short, *(w.strip() for w in ways.split("|") if " " in w.strip())]
        acronyms = [w.strip() for w in ways.split("|") if w.strip() and " " not in w.strip() and w.strip() != short]
        variants = [f"{head} {n}" for n in names for head in ("kementerian", "menteri")] + acronyms
        out.append(("kementerian_" + short.replace(" ", "_"), variants))
    return out


class TextPipeline:
    """Holds the loaded word lists and the per-token stem cache; one per application."""

    def __init__(self) -> None:
        self._stem_cache: dict[str, str] = {}
        # terms_from_tokens' memos: a token as canonical() gives it / as written -> its index term
        self._canon_term_memo: dict[str, str] = {}
        self._raw_term_memo: dict[str, str] = {}
        self._learned: dict[str, str] = {}   # Sastrawi stems not yet handed to storage
        # stored Sastrawi results read one word at a time (use_stored_stems) instead of all at start-up
        self._stored_stem: Callable[[str], str | None] | None = None
        self.stemmed_words = 0               # Sastrawi calls and their time, for the benchmark's stage
        self.stemming_seconds = 0.0          # shares (Sastrawi is the costliest step of ingest)
        self.stopwords: frozenset[str] = frozenset(
            w for ln in _data_lines("stopwords.txt") for w in ln.split()
        )
        self.protected: frozenset[str] = frozenset(
            w for ln in _data_lines("protected.txt") for w in ln.split()
        )
        self.synonyms: dict[str, str] = {}
        for ln in _data_lines("synonyms.txt"):
            words = ln.split()
            for w in words:
                self.synonyms[w] = words[0]
        # alias phrases as token tuples -> canonical term
        self.aliases: dict[tuple[str, ...], str] = {}
        for ln in _data_lines("aliases.txt"):
            canon, _, variants = ln.partition("=")
            canon = canon.strip()
            for v in variants.split("|"):
                toks = tuple(tokenize(v))
                if toks:
                    self.aliases[toks] = canon
        for canon, variants in _ministry_aliases():
            for v in variants:
                self.aliases.setdefault(tuple(tokenize(v)), canon)
        # only a token that starts some alias phrase needs the (slower) phrase lookup
        self._alias_starts: frozenset[str] = frozenset(k[0] for k in self.aliases)
        self.intents: list[tuple[str, tuple[str, ...]]] = []
        for ln in _data_lines("question_words.txt"):
            intent, _, phrases = ln.partition("\t")
            for p in phrases.split("|"):
                self.intents.append((intent.strip(), tuple(tokenize(p))))
        self.intents.sort(key=lambda x: -len(x[1]))
        self.question_words: frozenset[str] = frozenset(w for _, p in self.intents for w in p)
        # chat spellings and particles, for questions only (see data/chat_words.tsv)
        self.chat_words: dict[str, tuple[str, ...]] = {}
        chat_sets: dict[str, set[str]] = {"particle": set(), "edge_particle": set(), "kah": set()}
        for ln in _data_lines("chat_words.tsv"):
            kind, _, rest = ln.partition("\t")
            forms, _, formal = rest.partition("\t")
            variants = [f.strip().lower() for f in forms.split("|") if f.strip()]
            if kind.strip() == "word":
                self.chat_words.update((v, tuple(tokenize(formal))) for v in variants)
            else:
                chat_sets[kind.strip()].update(variants)
        self.particles = frozenset(chat_sets["particle"])
        self.edge_particles = frozenset(chat_sets["edge_particle"])
        self.kah_bases = frozenset(chat_sets["kah"])

    @cached_property
    def _stemmer(self):  # noqa: ANN202 - Sastrawi has no type hints
        """Sastrawi's stemmer without its own result cache: ours (below) already keeps every
        result, and the stored stems outlive the process."""
        from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary

        from ._sastrawi_fast import fast_stemmer

        return fast_stemmer(ArrayDictionary(sastrawi_root_words()))

    def known_word(self, word: str) -> bool:
        """An Indonesian word (Sastrawi's dictionary of root words), itself or as its stem: "beruntun"
        is one, "Hagibis" is a name."""
        dictionary = self._stemmer.dictionary
        return dictionary.contains(word) or dictionary.contains(self.stem(word))

    def stem(self, token: str) -> str:
        """Sastrawi stem, cached per unique token; numbers and protected words pass unchanged."""
        cached = self._stem_cache.get(token)
        if cached is not None:
            return cached
        if self._stored_stem is not None and token not in self.protected:
            # what add_stems would have put in the cache at start-up, read when first needed
            stored = self._stored_stem(token)
            if stored is not None:
                self._stem_cache[token] = stored
                return stored
        # a reduplication ("anak-anak", "paru-parunya": a plural) is its root's: Sastrawi reads it
        # so, and leaves other hyphenated words ("Pejagan-Pemalang", "e-KTP") whole
        if NUMBER_RE.match(token) or token in self.protected or "_" in token \
                or not (token.isalpha() or ("-" in token and token.replace("-", "").isalpha())):
            out = token
        else:
            # Sastrawi's stem() first normalises text (two regex passes) to a-z words; a lower-case
            # ASCII word already is one, so its stem_word gives the same result for less
            stemmer = self._stemmer
            started = time.perf_counter()
            out = (stemmer.stem_word(token) if token.isascii() and token.islower() else stemmer.stem(token)) or token
            self.stemming_seconds += time.perf_counter() - started
            self.stemmed_words += 1
            if " " in out:  # Sastrawi splits some reduplications; keep one index term
                out = out.replace(" ", "")
            elif out != token and token.startswith(("ke", "pe")) and token.endswith(out + "kan") \
                    and stemmer.dictionary.contains(out + "k"):
                # Sastrawi strips "-kan" first and stops at any root: "kerusakan" -> "rusa" (deer).
                # ke-/pe(N)-/per- nouns take "-an", never "-kan": ke-rusak-an, pe-nculik-an, per-pajak-an
                out += "k"
            self._learned[token] = out
        self._stem_cache[token] = out
        return out

    def take_learned_stems(self) -> dict[str, str]:
        """Sastrawi results computed since the last call (to be kept in the database)."""
        learned, self._learned = self._learned, {}
        return learned

    def use_stored_stems(self, lookup: Callable[[str], str | None]) -> None:
        """Read stored Sastrawi results on demand (one look-up per word the first time this process
        meets it) rather than loading every stored stem at start-up: the same stems as add_stems
        with all of them, without ~0.2-0.4 s and ~20 MB for the 111k words of a large archive."""
        self._stored_stem = lookup

    def add_stems(self, stems: dict[str, str]) -> None:
        """Warm the cache with stored Sastrawi results; protected words keep their own rule."""
        if not self._stem_cache:   # a fresh pipeline (each ingest worker's start): copied at once
            cache = dict(stems)
            for token in self.protected.intersection(cache):
                del cache[token]
            self._stem_cache = cache
            return
        for token, stem in stems.items():
            if token not in self.protected:
                self._stem_cache.setdefault(token, stem)

    def canonical(self, tokens: list[str]) -> list[str]:
        """Replace alias phrases (longest first) and synonyms by their canonical term."""
        out: list[str] = []
        i = 0
        n = len(tokens)
        starts = self._alias_starts
        synonyms = self.synonyms
        while i < n:
            tok = tokens[i]
            if tok not in starts:
                out.append(synonyms.get(tok, tok))
                i += 1
                continue
            for width in range(min(MAX_ALIAS_WORDS, n - i), 0, -1):
                canon = self.aliases.get(tuple(tokens[i : i + width]))
                if canon is not None:
                    out.append(canon)
                    i += width
                    break
            else:
                out.append(synonyms.get(tok, tok))
                i += 1
        return out

    def terms(self, text: str) -> list[str]:
        """Index terms of a passage: tokens -> aliases -> stopwords dropped -> stems."""
        return self.terms_from_tokens(tokenize(text))

    def terms_text(self, text: str) -> str:
        """``" ".join(self.terms(text))``, as a passage's terms are stored: when every token's term
        is in its memo already (nearly every passage of a large import), one pass in C."""
        tokens = tokenize(text)
        if self._alias_starts.isdisjoint(tokens):
            terms = list(map(self._raw_term_memo.get, tokens))
        else:   # terms_from_tokens' alias path: canonical() first, then its own memo
            terms = list(map(self._canon_term_memo.get, self.canonical(tokens)))
        if None not in terms:
            return " ".join(filter(None, terms))
        return " ".join(self.terms_from_tokens(tokens))

    def terms_from_tokens(self, tokens: list[str]) -> list[str]:
        """Tokens -> aliases -> stopwords dropped -> stems, each distinct token's term read from a
        memo: the synonym, stopword, stem and synonym-of-stem steps run once per token, not once
        per occurrence. A stem never changes once cached (add_stems only fills gaps), so neither
        does a memo entry. A passage holding a token that may start an alias phrase goes through
        canonical() first, as before."""
        if not self._alias_starts.isdisjoint(tokens):
            memo, tokens, of = self._canon_term_memo, self.canonical(tokens), self._canon_term
        else:   # canonical() would only map each token through the synonyms: _raw_term does
            memo, of = self._raw_term_memo, self._raw_term
        out = []
        for tok in tokens:
            term = memo.get(tok)
            if term is None:
                term = of(tok)
            if term:
                out.append(term)
        return out

    def _canon_term(self, tok: str) -> str:
        """The index term of a token as canonical() gives it; "" for a stopword."""
        if tok in self.stopwords:
            term = ""
        else:
            s = self._stem_cache.get(tok) or self.stem(tok)
            term = self.synonyms.get(s, s)
        self._canon_term_memo[tok] = term
        return term

    def _raw_term(self, tok: str) -> str:
        """The index term of a token that starts no alias phrase (canonical() maps it through the
        synonyms only)."""
        canon = self.synonyms.get(tok, tok)
        term = self._canon_term_memo.get(canon)
        if term is None:
            term = self._canon_term(canon)
        self._raw_term_memo[tok] = term
        return term

    def question_tokens(self, question: str) -> list[str]:
        """The question's tokens as tokenize() gives them, with chat spellings written out
        ("brp" -> "berapa", "dmn" -> "di", "mana"), particles ("sih", "dong") dropped and -kah
        stripped where it is a particle ("berapakah" -> "berapa"; "nikah" stays).

        Questions only: article text is never rewritten. Chats are typed in lower case, so a token
        typed in capitals ("GA 812") is an acronym and one capitalised inside a sentence ("Lee Dong
        Wook", "Yue Shao Dong") is a name: both stay as they are, unless the whole question is in
        capitals."""
        shouting = question.isupper()
        chat, particles, kah_bases = self.chat_words, self.particles, self.kah_bases
        out: list[tuple[str, bool]] = []  # (token, may be an edge particle)
        prev_end = 0
        for m in TOKEN_RE.finditer(question):
            raw = m.group()
            tok = raw.lower()
            sentence_start = not out or any(c in ".!?" for c in question[prev_end : m.start()])
            prev_end = m.end()
            if not shouting and raw[0].isupper() and ((len(raw) > 1 and raw.isupper()) or not sentence_start):
                out.append((tok, False))
                continue
            if tok in particles:
                continue
            if tok.endswith("kah") and tok[:-3] in kah_bases:
                tok = tok[:-3]
            formal = chat.get(tok)
            if formal is None:
                out.append((tok, tok in self.edge_particles))
            else:
                out.extend((t, False) for t in formal)
        last = len(out) - 1
        qwords = self.question_words
        return [t for i, (t, edge) in enumerate(out)
                if not (edge and (i == 0 or i == last or out[i - 1][0] in qwords))]

    def parse_query(self, question: str) -> Query:
        """Detect the intent from question words before stopwords; question words are not search terms.
        Chat spellings are written out first (question_tokens), so "brp" is read as "berapa"."""
        tokens = self.question_tokens(question)
        intent = "other"
        best_pos = len(tokens) + 1
        for name, phrase in self.intents:
            width = len(phrase)
            for i in range(len(tokens) - width + 1):
                if tuple(tokens[i : i + width]) == phrase and i < best_pos:
                    intent, best_pos = name, i
                    break
        # "di mana" etc. are phrases; drop every question word wherever it appears
        content = [t for t in tokens if t not in self.question_words]
        if intent == "other" and tokens and tokens[0] in ("apa", "apakah"):
            intent = "what"
        words = [t for t in self.canonical(content) if t not in self.stopwords]
        return Query(text=question, intent=intent, terms=self.terms_from_tokens(content), words=words)

    def noun_key(self, word: str) -> str:
        """The canonical form used to compare counted nouns (tentara == pasukan == prajurit)."""
        w = word.lower()
        return self.synonyms.get(w, self.synonyms.get(self.stem(w), self.stem(w)))



@lru_cache(maxsize=8192)   # the rules of one figure each look for it: once per figure
def figure_at(sentence: str, figure_text: str) -> int:
    """Where a figure's text stands in its sentence: at a word's start, so that "6 titik" is not
    found inside "166 titik" nor "5 juta" inside "1,5 juta", and a number not at the start of a
    longer one ("3" in "Rp 3.500 selama 3 bulan") (the first such place; the first place at all
    when none stands alone; -1 when absent)."""
    at = first = sentence.find(figure_text)
    size = len(figure_text)
    ends_in_digit = figure_text[-1:].isdigit()
    while at >= 0 and figure_text and ((at > 0 and (sentence[at - 1].isalnum() or (
            sentence[at - 1] in ".," and at > 1 and sentence[at - 2].isdigit())))
            or (ends_in_digit and _number_goes_on(sentence, at + size))):
        at = sentence.find(figure_text, at + 1)
    return first if at < 0 else at


def _number_goes_on(sentence: str, end: int) -> bool:
    """A digit, or a separator and a digit, at `end`: "3" is not the start of "3.500"."""
    if end >= len(sentence):
        return False
    c = sentence[end]
    return c.isdigit() or (c in ".," and end + 1 < len(sentence) and sentence[end + 1].isdigit())
