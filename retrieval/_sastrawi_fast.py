"""Sastrawi's stemmer, the same stems for less CPU (``fast_stemmer``; docs/performance.md,
twelfth session).

An import into a fresh archive stems every new word with Sastrawi, ~100–190 µs a word of pure
Python: ~111k words for the corpus, 30–45 µs of each stored passage with two workers, the largest
single item of `make bench`'s ingest row. Two exact changes, ~5× faster together:

- ~3/4 of a word's time was the prefix loop: up to three passes over ~40 prefix visitors, each
  trying its disambiguators, each a ``re.match`` anchored at the word's start. Visitors that
  cannot apply to a word by its first two letters are skipped (``_prefix_table``, below).
- Sastrawi calls the module-level ``re.match`` / ``re.sub`` with pattern strings (re's cache
  look-up each time), and ``re.sub(result, "", word, count=1)`` — the remaining word used as a
  pattern — compiled a new regular expression for nearly every word (re's cache holds 512).
  ``use_fast_re()`` hands Sastrawi's modules an object with re's interface whose ``match`` and
  ``sub`` look fixed patterns up in a plain dict, and which removes a pattern made of ASCII
  letters alone with ``str.replace``: such a pattern, without flags, matches exactly that text,
  leftmost first, which is what ``str.replace(..., count)`` removes.

tests/test_stemmer_fast.py compares the stems with Sastrawi's own, run in another interpreter.
"""
from __future__ import annotations

import ast
import inspect
import re
import string
import sys
import textwrap
from typing import Any

_MAX_PATTERNS = 4096   # fixed patterns (Sastrawi has ~80); a word used as a pattern never gets here


class _FastRe:
    """``re``'s interface for Sastrawi's modules: ``match`` and ``sub`` faster, the rest re's own."""

    def __init__(self) -> None:
        self._compiled: dict[tuple[str, int], re.Pattern[str]] = {}

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 - whatever re has (flags, compile, ...)
        return getattr(re, name)

    def _pattern(self, pattern: Any, flags: int) -> "re.Pattern[str]":  # noqa: ANN401 - as re takes it
        if not isinstance(pattern, str) or not isinstance(flags, int):
            return re.compile(pattern, flags)
        key = (pattern, flags)
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = re.compile(pattern, flags)
            if len(self._compiled) < _MAX_PATTERNS:
                self._compiled[key] = compiled
        return compiled

    def match(self, pattern: Any, string: str, flags: int = 0) -> "re.Match[str] | None":  # noqa: ANN401
        return self._pattern(pattern, flags).match(string)

    def sub(self, pattern: Any, repl: Any, string: str, count: int = 0, flags: int = 0) -> str:  # noqa: ANN401
        if (not flags and isinstance(pattern, str) and pattern.isascii() and pattern.isalpha()
                and isinstance(repl, str) and "\\" not in repl and isinstance(string, str)
                and isinstance(count, int) and count >= 0):
            return string.replace(pattern, repl, count or -1)
        if isinstance(pattern, str) and pattern.isascii() and pattern.isalpha():
            return re.sub(pattern, repl, string, count=count, flags=flags)   # a word: not kept
        return self._pattern(pattern, flags).sub(repl, string, count=count)


_FAST_RE = _FastRe()


def use_fast_re() -> None:
    """Give every loaded Sastrawi module that imported ``re`` the faster interface (idempotent).
    Call after the stemmer is built (its visitor and disambiguator modules are loaded then)."""
    for name, module in list(sys.modules.items()):
        if (name == "Sastrawi" or name.startswith("Sastrawi.")) and getattr(module, "re", None) is re:
            module.re = _FAST_RE


# ---------------------------------------------------------------- prefix visitors that cannot apply
# Removing prefixes, Sastrawi's Context tries its ~40 prefix visitors in order, up to three times
# a word, until one removes something; each tries one to four disambiguators, each a regular
# expression anchored at the word's start (~55 visits and ~85 matches a word, ~3/4 of its time).
# Most of them cannot match a word by its first two letters ("ber…" rules on "kota"). A
# disambiguator whose method is exactly ``m = re.match(P, word)`` then ``if m: …`` (checked on
# its source) returns None unless P matches; a PrefixDisambiguator whose disambiguators all
# return None changes nothing. So for each two letters a-z a word may start with, the visitors
# that may apply are listed once; the others are skipped, which the loop cannot tell apart from
# visiting them (see _FastContext.accept_prefix_visitors for the one case where it could).
_LETTERS = string.ascii_lowercase


def _first_pattern(method: Any) -> "str | None":  # noqa: ANN401 - a Sastrawi method
    """P when ``method`` is ``matches = re.match(P, word)`` then ``if matches: …`` with no else
    and nothing after it (a docstring aside); otherwise None (its visitor is never skipped)."""
    try:
        fn = ast.parse(textwrap.dedent(inspect.getsource(method))).body[0]
    except (OSError, TypeError, SyntaxError, IndexError):
        return None
    if not isinstance(fn, ast.FunctionDef) or len(fn.args.args) != 2 or fn.decorator_list:
        return None
    word = fn.args.args[1].arg
    body = fn.body[1:] if fn.body and isinstance(fn.body[0], ast.Expr) and isinstance(fn.body[0].value, ast.Constant) else fn.body
    if len(body) != 2 or not isinstance(body[0], ast.Assign) or not isinstance(body[1], ast.If):
        return None
    assign, test = body
    call = assign.value
    if not (len(assign.targets) == 1 and isinstance(assign.targets[0], ast.Name) and isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute) and call.func.attr == "match"
            and isinstance(call.func.value, ast.Name) and call.func.value.id == "re" and not call.keywords
            and len(call.args) == 2 and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
            and isinstance(call.args[1], ast.Name) and call.args[1].id == word):
        return None
    if not (isinstance(test.test, ast.Name) and test.test.id == assign.targets[0].id and not test.orelse):
        return None
    return call.args[0].value


def _heads(pattern: str, n: int = 2) -> "list[frozenset[str]]":
    """What each of the first n characters of a string P matches from its start must be, as far
    as P's leading literals and character classes say (fewer sets when P starts otherwise)."""
    from re import _constants as C, _parser as P  # noqa: N812 - re's own parser

    out: list[frozenset[str]] = []

    def walk(items: Any) -> bool:  # noqa: ANN401 - a parsed pattern
        for op, av in items:
            if len(out) >= n:
                return False
            if op is C.AT and av is C.AT_BEGINNING and not out:
                continue
            if op is C.LITERAL:
                out.append(frozenset(chr(av)))
            elif op is C.IN and all(o in (C.LITERAL, C.RANGE) for o, _ in av):
                chars: set[str] = set()
                for o, a in av:
                    chars.update(chr(a) if o is C.LITERAL else map(chr, range(a[0], a[1] + 1)))
                out.append(frozenset(chars))
            elif op is C.SUBPATTERN and not av[1] and not av[2]:
                if not walk(av[3]):
                    return False
            else:
                return False
        return True

    walk(P.parse(pattern))
    return out


_TABLES: dict[tuple, dict[str, tuple[int, ...]]] = {}   # by the visitors' classes: ~0.1 s to build, once a process


def _prefix_table(visitors: list) -> dict[str, tuple]:
    """For each one or two letters a-z a word may start with: the visitors (in order) that may
    apply to it. A visitor that is not a plain PrefixDisambiguator of checked disambiguators is
    always listed."""
    from Sastrawi.Stemmer.Context.Visitor.AbstractDisambiguatePrefixRule import AbstractDisambiguatePrefixRule

    kinds = tuple((type(v), tuple(type(d) for d in getattr(v, "disambiguators", ())),
                   any("disambiguate" in vars(d) for d in getattr(v, "disambiguators", ()))) for v in visitors)
    table = _TABLES.get(kinds)
    if table is None:
        heads_of: list["list[list[frozenset[str]]] | None"] = []
        for visitor_type, disambiguator_types, own_methods in kinds:
            heads: "list[list[frozenset[str]]] | None" = None
            if (issubclass(visitor_type, AbstractDisambiguatePrefixRule) and visitor_type.visit is AbstractDisambiguatePrefixRule.visit
                    and disambiguator_types and not own_methods):
                patterns = [_first_pattern(d.disambiguate) for d in disambiguator_types]
                if all(p is not None for p in patterns):
                    heads = [_heads(p) for p in patterns]
            heads_of.append(heads)
        keys = list(_LETTERS) + [a + b for a in _LETTERS for b in _LETTERS]
        table = _TABLES[kinds] = {
            key: tuple(i for i, heads in enumerate(heads_of)
                       if heads is None or any(all(key[j] in h[j] for j in range(min(len(key), len(h)))) for h in heads))
            for key in keys}
    return {key: tuple(visitors[i] for i in which) for key, which in table.items()}


def fast_stemmer(dictionary: Any) -> Any:  # noqa: ANN401 - Sastrawi has no type hints
    """Sastrawi's ``Stemmer(dictionary)`` giving the same stems faster (module docstring)."""
    from Sastrawi.Stemmer.Context.Context import Context
    from Sastrawi.Stemmer.Stemmer import Stemmer

    class _FastContext(Context):
        def accept_prefix_visitors(self, visitors: list) -> Any:  # noqa: ANN401
            provider = self.visitor_provider
            run = provider._sumber_prefix_table.get(self.current_word[:2]) if visitors is provider.prefix_visitors else None
            # a word in the dictionary or a stopped process makes the loop return after its first
            # visitor, whatever that does: only then could a skipped visitor have been told apart
            if run is None or self.process_is_stopped or self.dictionary.contains(self.current_word):
                return super().accept_prefix_visitors(visitors)
            removal_count = len(self.removals)
            for visitor in run:
                self.accept(visitor)
                if self.dictionary.contains(self.current_word):
                    return self.current_word
                if self.process_is_stopped:
                    return self.current_word
                if len(self.removals) > removal_count:
                    return None
            return None

    class _FastStemmer(Stemmer):
        def stem_singular_word(self, word: str) -> str:
            context = _FastContext(word, self.dictionary, self.visitor_provider)
            context.execute()
            return context.result

    stemmer = _FastStemmer(dictionary)
    stemmer.visitor_provider._sumber_prefix_table = _prefix_table(stemmer.visitor_provider.prefix_visitors)
    use_fast_re()
    return stemmer
