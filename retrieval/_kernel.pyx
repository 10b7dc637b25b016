# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True, initializedcheck=False
"""BM25 scoring of a question's posting lists and top-k selection, compiled.

Term at a time within windows of WINDOW rows (Lucene's BooleanScorer does the same): for each
window that holds a posting, every query token in query order adds its contribution to the
window's accumulator and marks the row in a bitset; then the marked rows are read out in row
order. The accumulator, the bitset and the window's slice of the length normaliser stay in the
L1/L2 cache, the posting lists are read front to back once, and the loops have no branch that
depends on the data, so a posting costs a few nanoseconds.

Every score is bit for bit what rank_bm25's BM25Okapi.get_scores gives: a row's sum starts at 0.0
and gains idf * (tf * (k1 + 1) / (tf + norm)) for each query token it holds, in query order,
repeats included (the 0.0 rank_bm25 adds for an absent token changes nothing). Built with
-ffp-contract=off, so the compiler never fuses a multiply and an add into one differently
rounded instruction.
"""
from libc.stdint cimport int32_t, uint16_t
from libc.stdlib cimport free, malloc
from libc.string cimport memset

cdef extern from *:
    int __builtin_ctzll(unsigned long long x) nogil
    void __builtin_prefetch(const void* addr) nogil

cdef enum:
    WINDOW = 2048          # rows per window: 16 KB of accumulator, 256 bytes of bitset
    WORDS = WINDOW // 64
    NO_ROW = 2147483647
    # the length normalisers of a list's rows are scattered over N doubles: ask for the one this
    # many postings ahead, so it is in cache when its turn comes
    LOOKAHEAD = 16


cdef inline bint _worse(double s1, int32_t r1, double s2, int32_t r2) noexcept nogil:
    """Ranking is score descending, then row ascending."""
    return s1 < s2 or (s1 == s2 and r1 > r2)


cdef void _sift_down(double* hs, int32_t* hr, Py_ssize_t size, Py_ssize_t i) noexcept nogil:
    cdef Py_ssize_t c
    cdef double s
    cdef int32_t r
    while True:
        c = 2 * i + 1
        if c >= size:
            return
        if c + 1 < size and _worse(hs[c + 1], hr[c + 1], hs[c], hr[c]):
            c += 1
        if not _worse(hs[c], hr[c], hs[i], hr[i]):
            return
        s = hs[i]; hs[i] = hs[c]; hs[c] = s
        r = hr[i]; hr[i] = hr[c]; hr[c] = r
        i = c


cdef inline Py_ssize_t _heap_offer(double* hs, int32_t* hr, Py_ssize_t size, Py_ssize_t k,
                                   double s, int32_t d) noexcept nogil:
    """Keep the k best in a heap whose root is the worst kept; returns the new size."""
    cdef Py_ssize_t j
    if size < k:
        j = size
        while j > 0 and _worse(s, d, hs[(j - 1) // 2], hr[(j - 1) // 2]):
            hs[j] = hs[(j - 1) // 2]
            hr[j] = hr[(j - 1) // 2]
            j = (j - 1) // 2
        hs[j] = s
        hr[j] = d
        return size + 1
    if _worse(hs[0], hr[0], s, d):
        hs[0] = s
        hr[0] = d
        _sift_down(hs, hr, size, 0)
    return size


cdef void _heap_sort(double* hs, int32_t* hr, Py_ssize_t size) noexcept nogil:
    """Move the worst to the end repeatedly: the array ends best first."""
    cdef Py_ssize_t j = size
    cdef double s
    cdef int32_t d
    while j > 1:
        j -= 1
        s = hs[0]; hs[0] = hs[j]; hs[j] = s
        d = hr[0]; hr[0] = hr[j]; hr[j] = d
        _sift_down(hs, hr, j, 0)


def score(list docs_lists, list tf_lists, const double[::1] idf, const int32_t[::1] token_list,
          const double[::1] norm, double k1_plus_1, Py_ssize_t k,
          int32_t[::1] out_rows, double[::1] out_scores):
    """Score the rows holding any of the terms.

    docs_lists[j] / tf_lists[j]: term j's postings (int32 rows ascending, uint16 tfs); idf[j] its
    idf; token_list: for each query token in order, its term j. With k > 0 the k best rows are
    written best first (ties by row); with k == 0 every row holding a term that a token names, ascending (out_* must then
    hold the sum of the list lengths). Returns how many were written."""
    cdef Py_ssize_t m = len(docs_lists), n_tok = token_list.shape[0]
    cdef Py_ssize_t j, q, size = 0
    cdef const int32_t[::1] dv
    cdef const uint16_t[::1] tv
    cdef int32_t d, ws, we, o
    cdef Py_ssize_t c, wi, x, nt
    cdef int32_t touched[WINDOW]
    cdef double s, t, w
    cdef double acc[WINDOW]
    cdef unsigned long long bits[WORDS]
    cdef unsigned long long word
    cdef double* hs
    cdef int32_t* hr
    cdef Py_ssize_t total = 0
    if len(tf_lists) != m or idf.shape[0] != m:
        raise ValueError("one tf list and one idf per term")
    for j in range(m):
        total += len(docs_lists[j])
    if out_scores.shape[0] != out_rows.shape[0] or out_rows.shape[0] < (k if k > 0 else total):
        raise ValueError("the output arrays are too small")
    if total == 0:
        return 0
    for q in range(n_tok):
        if not 0 <= token_list[q] < m:
            raise ValueError("token_list names a term that is not given")
    cdef const int32_t** dp = <const int32_t**> malloc(m * sizeof(void*))
    cdef const uint16_t** tp = <const uint16_t**> malloc(m * sizeof(void*))
    cdef Py_ssize_t* ln = <Py_ssize_t*> malloc(m * sizeof(Py_ssize_t))
    cdef Py_ssize_t* cur = <Py_ssize_t*> malloc(m * sizeof(Py_ssize_t))
    cdef Py_ssize_t* end = <Py_ssize_t*> malloc(m * sizeof(Py_ssize_t))
    cdef char* used = <char*> malloc(m)
    if not dp or not tp or not ln or not cur or not end or not used:
        free(dp); free(tp); free(ln); free(cur); free(end); free(used)
        raise MemoryError()
    try:
        for j in range(m):
            # the lists stay referenced by docs_lists/tf_lists, so their buffers outlive these pointers
            dv = docs_lists[j]
            tv = tf_lists[j]
            if tv.shape[0] != dv.shape[0]:
                raise ValueError("rows and tfs of a term differ in length")
            ln[j] = dv.shape[0]
            cur[j] = 0
            dp[j] = &dv[0] if ln[j] else NULL
            tp[j] = &tv[0] if ln[j] else NULL
            used[j] = 0
        for q in range(n_tok):
            used[token_list[q]] = 1
        # a list no token names would never advance: treat it as empty
        for j in range(m):
            ln[j] = 0 if not used[j] else ln[j]
        hs = &out_scores[0]
        hr = &out_rows[0]
        with nogil:
            memset(acc, 0, sizeof(acc))
            memset(bits, 0, sizeof(bits))
            while True:
                d = NO_ROW
                for j in range(m):
                    if cur[j] < ln[j] and dp[j][cur[j]] < d:
                        d = dp[j][cur[j]]
                if d == NO_ROW:
                    break
                ws = d - d % WINDOW   # the window holding the next posting; empty ones are skipped
                we = ws + WINDOW
                nt = 0
                for q in range(n_tok):
                    j = token_list[q]
                    c = cur[j]
                    w = idf[j]
                    while c < ln[j] and dp[j][c] < we:
                        if c + LOOKAHEAD < ln[j]:
                            __builtin_prefetch(&norm[dp[j][c + LOOKAHEAD]])
                        o = dp[j][c] - ws
                        t = <double>tp[j][c]
                        acc[o] += w * (t * k1_plus_1 / (t + norm[ws + o]))
                        # note a row the first time it is met, without a branch on it
                        touched[nt] = o
                        nt += 1 - ((bits[o >> 6] >> (o & 63)) & 1)
                        bits[o >> 6] |= (<unsigned long long>1) << (o & 63)
                        c += 1
                    end[j] = c
                for j in range(m):
                    if used[j]:
                        cur[j] = end[j]
                if k > 0:
                    # the top k need no order among the window's rows: read them as first met
                    for x in range(nt):
                        o = touched[x]
                        size = _heap_offer(hs, hr, size, k, acc[o], ws + o)
                        acc[o] = 0.0
                    memset(bits, 0, sizeof(bits))
                else:
                    # every row, ascending: read the bitset in order
                    for wi in range(WORDS):
                        word = bits[wi]
                        bits[wi] = 0
                        while word:
                            o = wi * 64 + __builtin_ctzll(word)
                            word &= word - 1
                            hs[size] = acc[o]
                            hr[size] = ws + o
                            acc[o] = 0.0
                            size += 1
            if k > 0:
                _heap_sort(hs, hr, size)
    finally:
        free(dp); free(tp); free(ln); free(cur); free(end); free(used)
    return size
