# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True, initializedcheck=False
"""BM25 scoring of a question's posting lists, the relevance floor, and top-k selection, compiled.

Term at a time within windows of WINDOW rows (Lucene's BooleanScorer does the same): for each
window that holds a posting, every query token in query order adds its contribution to the
window's accumulator; then the rows met are read out. The accumulator and its bitset stay in the
L1 cache and the posting lists are read front to back once; the one scattered read, a row's
length normaliser, is requested LOOKAHEAD postings ahead.

Every score is bit for bit what rank_bm25's BM25Okapi.get_scores gives: a row's sum starts at 0.0
and gains idf * (tf * (k1 + 1) / (tf + norm)) for each query token it holds, in query order,
repeats included (the 0.0 rank_bm25 adds for an absent token changes nothing). Built with
-ffp-contract=off, so the compiler never fuses a multiply and an add into one differently
rounded instruction.
"""
from libc.stdint cimport int32_t, int64_t, uint8_t, uint16_t
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
    SAMPLE = 256           # rows score_top scores first, for a floor before its heap fills
    # score_top_blocks scores a window's surviving rows by look-ups rather than a second pass
    # over its postings when that reads fewer than 1/LOOKUP_COST postings per look-up
    LOOKUP_COST = 8
    # score_top_blocks' windows: wider than score()'s, as its per-window work (bounds, the order
    # of the terms, the choice of passes) is more; measured at 10M: 1,024 rows 1.3x slower than
    # 2,048, 4,096 0.77x, 8,192 0.70x, 16,384 no better
    BWINDOW = 8192
    BWORDS = BWINDOW // 64

ctypedef unsigned long long u64


# ---------------------------------------------------------------- the k best, as a heap
cdef struct Heap:
    double* score
    int32_t* row
    double* extra     # carried along with each entry (the relevance share), may be NULL
    Py_ssize_t size
    Py_ssize_t k


cdef void _heap_into(Heap* h, int32_t[::1] rows, double[::1] scores, double[::1] extra, Py_ssize_t k):
    """An empty heap of the k best over caller-owned output arrays (none when k is 0)."""
    h.score = &scores[0] if k > 0 else NULL
    h.row = &rows[0] if k > 0 else NULL
    h.extra = &extra[0] if k > 0 else NULL
    h.size = 0
    h.k = k


cdef inline bint _worse(double s1, int32_t r1, double s2, int32_t r2) noexcept nogil:
    """Ranking is score descending, then row ascending."""
    return s1 < s2 or (s1 == s2 and r1 > r2)


cdef inline void _swap(Heap* h, Py_ssize_t a, Py_ssize_t b) noexcept nogil:
    cdef double s = h.score[a]
    cdef int32_t r = h.row[a]
    h.score[a] = h.score[b]; h.score[b] = s
    h.row[a] = h.row[b]; h.row[b] = r
    if h.extra:
        s = h.extra[a]; h.extra[a] = h.extra[b]; h.extra[b] = s


cdef void _sift_down(Heap* h, Py_ssize_t size, Py_ssize_t i) noexcept nogil:
    cdef Py_ssize_t c
    while True:
        c = 2 * i + 1
        if c >= size:
            return
        if c + 1 < size and _worse(h.score[c + 1], h.row[c + 1], h.score[c], h.row[c]):
            c += 1
        if not _worse(h.score[c], h.row[c], h.score[i], h.row[i]):
            return
        _swap(h, i, c)
        i = c


cdef inline void _offer(Heap* h, double s, int32_t d, double extra) noexcept nogil:
    """Keep the k best; the root is the worst kept, so most offers cost one comparison."""
    cdef Py_ssize_t j, p
    if h.size < h.k:
        j = h.size
        h.size += 1
        h.score[j] = s
        h.row[j] = d
        if h.extra:
            h.extra[j] = extra
        while j > 0:
            p = (j - 1) // 2
            if not _worse(h.score[j], h.row[j], h.score[p], h.row[p]):
                break
            _swap(h, j, p)
            j = p
    elif _worse(h.score[0], h.row[0], s, d):
        h.score[0] = s
        h.row[0] = d
        if h.extra:
            h.extra[0] = extra
        _sift_down(h, h.size, 0)


cdef void _sort_best_first(Heap* h) noexcept nogil:
    """Move the worst to the end repeatedly: the array ends best first."""
    cdef Py_ssize_t j = h.size
    while j > 1:
        j -= 1
        _swap(h, 0, j)
        _sift_down(h, j, 0)


# ---------------------------------------------------------------- the question's posting lists
cdef struct Lists:
    Py_ssize_t m            # distinct terms
    const int32_t** rows    # per term: rows, ascending
    const uint16_t** tfs
    Py_ssize_t* length
    Py_ssize_t* cur         # first posting not yet in a finished window
    Py_ssize_t* end         # first posting past the current window
    const int32_t* token    # per query token, in order: its term
    Py_ssize_t n_tok
    const double* idf       # per term
    const double* norm      # per row: k1 * (1 - b + b * dl / avgdl), as rank_bm25 computes it
    double k1_plus_1


cdef class _Query:
    """Owns the C view of the lists; the Python lists it was built from keep the buffers alive."""
    cdef Lists L
    cdef object keep

    def __cinit__(self, list docs_lists, list tf_lists, const double[::1] idf, const int32_t[::1] token_list,
                  const double[::1] norm, double k1_plus_1):
        cdef Py_ssize_t m = len(docs_lists), j, q
        cdef const int32_t[::1] dv
        cdef const uint16_t[::1] tv
        if len(tf_lists) != m or idf.shape[0] != m:
            raise ValueError("one tf list and one idf per term")
        for q in range(token_list.shape[0]):
            if not 0 <= token_list[q] < m:
                raise ValueError("token_list names a term that is not given")
        self.keep = (docs_lists, tf_lists, idf, token_list, norm)
        self.L.m = m
        self.L.rows = <const int32_t**> malloc(max(m, 1) * sizeof(void*))
        self.L.tfs = <const uint16_t**> malloc(max(m, 1) * sizeof(void*))
        self.L.length = <Py_ssize_t*> malloc(max(m, 1) * sizeof(Py_ssize_t))
        self.L.cur = <Py_ssize_t*> malloc(max(m, 1) * sizeof(Py_ssize_t))
        self.L.end = <Py_ssize_t*> malloc(max(m, 1) * sizeof(Py_ssize_t))
        if not (self.L.rows and self.L.tfs and self.L.length and self.L.cur and self.L.end):
            raise MemoryError()
        for j in range(m):
            dv = docs_lists[j]
            tv = tf_lists[j]
            if tv.shape[0] != dv.shape[0]:
                raise ValueError("rows and tfs of a term differ in length")
            self.L.length[j] = 0
            self.L.cur[j] = 0
            self.L.end[j] = 0
            self.L.rows[j] = &dv[0] if dv.shape[0] else NULL
            self.L.tfs[j] = &tv[0] if dv.shape[0] else NULL
        for q in range(token_list.shape[0]):
            # a list that no token names would never advance: it stays empty
            self.L.length[token_list[q]] = len(docs_lists[token_list[q]])
        self.L.token = &token_list[0] if token_list.shape[0] else NULL
        self.L.n_tok = token_list.shape[0]
        self.L.idf = &idf[0] if m else NULL
        self.L.norm = &norm[0] if norm.shape[0] else NULL
        self.L.k1_plus_1 = k1_plus_1

    def __dealloc__(self):
        free(self.L.rows); free(self.L.tfs); free(self.L.length); free(self.L.cur); free(self.L.end)

    cdef Py_ssize_t total(self):
        cdef Py_ssize_t j, n = 0
        for j in range(self.L.m):
            n += self.L.length[j]
        return n


cdef inline int32_t _next_row(Lists* L) noexcept nogil:
    cdef Py_ssize_t j
    cdef int32_t d = NO_ROW
    for j in range(L.m):
        if L.cur[j] < L.length[j] and L.rows[j][L.cur[j]] < d:
            d = L.rows[j][L.cur[j]]
    return d


cdef Py_ssize_t _score_window(Lists* L, int32_t ws, double* acc, u64* bits, int32_t* touched) noexcept nogil:
    """Add every token's contribution to the rows of [ws, ws + WINDOW), in query order; mark the
    rows met in `bits` and list them in `touched` (as first met). Returns how many."""
    cdef Py_ssize_t q, c, ln, nt = 0
    cdef int32_t j, o, we = ws + WINDOW
    cdef const int32_t* rows
    cdef const uint16_t* tfs
    cdef double t, w
    for q in range(L.n_tok):
        j = L.token[q]
        rows = L.rows[j]
        tfs = L.tfs[j]
        ln = L.length[j]
        w = L.idf[j]
        c = L.cur[j]
        while c < ln and rows[c] < we:
            if c + LOOKAHEAD < ln:
                __builtin_prefetch(&L.norm[rows[c + LOOKAHEAD]])
            o = rows[c] - ws
            t = <double>tfs[c]
            acc[o] += w * (t * L.k1_plus_1 / (t + L.norm[rows[c]]))
            # list a row the first time it is met, without a branch on it
            touched[nt] = o
            nt += 1 - ((bits[o >> 6] >> (o & 63)) & 1)
            bits[o >> 6] |= (<u64>1) << (o & 63)
            c += 1
        L.end[j] = c
    return nt


cdef inline void _finish_window(Lists* L) noexcept nogil:
    cdef Py_ssize_t j
    for j in range(L.m):
        if L.length[j]:
            L.cur[j] = L.end[j]


cdef inline void _set_bits(u64* bits, int32_t lo, int32_t hi) noexcept nogil:
    """Bits lo..hi-1 of a window."""
    while lo < hi:
        bits[lo >> 6] |= (<u64>1) << (lo & 63)
        lo += 1


# ---------------------------------------------------------------- entry points
def score(list docs_lists, list tf_lists, const double[::1] idf, const int32_t[::1] token_list,
          const double[::1] norm, double k1_plus_1, Py_ssize_t k,
          int32_t[::1] out_rows, double[::1] out_scores):
    """Score the rows holding any of the terms.

    docs_lists[j] / tf_lists[j]: term j's postings (int32 rows ascending, uint16 tfs); idf[j] its
    idf; token_list: for each query token in order, its term j. With k > 0 the k best rows are
    written best first (ties by row); with k == 0 every row holding a term that a token names,
    ascending (out_* must then hold the sum of the list lengths). Returns how many were written."""
    cdef _Query query = _Query(docs_lists, tf_lists, idf, token_list, norm, k1_plus_1)
    cdef Lists* L = &query.L
    cdef Py_ssize_t total = query.total(), x, nt, wi, size = 0
    cdef int32_t d, ws, o
    cdef double acc[WINDOW]
    cdef u64 bits[WORDS]
    cdef u64 word
    cdef int32_t touched[WINDOW]
    cdef Heap h
    if out_scores.shape[0] != out_rows.shape[0] or out_rows.shape[0] < (k if k > 0 else total):
        raise ValueError("the output arrays are too small")
    if total == 0:
        return 0
    h.score = &out_scores[0]
    h.row = &out_rows[0]
    h.extra = NULL
    h.size = 0
    h.k = k
    with nogil:
        memset(acc, 0, sizeof(acc))
        memset(bits, 0, sizeof(bits))
        d = _next_row(L)
        while d != NO_ROW:
            ws = d - d % WINDOW   # the window holding the next posting: empty windows are skipped
            nt = _score_window(L, ws, acc, bits, touched)
            if k > 0:
                for x in range(nt):   # the top k need no order among a window's rows
                    o = touched[x]
                    _offer(&h, acc[o], ws + o, 0.0)
                    acc[o] = 0.0
                memset(bits, 0, sizeof(bits))
            else:                     # every row, ascending: read the bitset in order
                for wi in range(WORDS):
                    word = bits[wi]
                    bits[wi] = 0
                    while word:
                        o = <int32_t>(wi * 64 + __builtin_ctzll(word))
                        word &= word - 1
                        h.score[size] = acc[o]
                        h.row[size] = ws + o
                        acc[o] = 0.0
                        size += 1
            _finish_window(L)
            d = _next_row(L)
        if k > 0:
            _sort_best_first(&h)
            size = h.size
    return size


def match(list docs_lists, list tf_lists, const double[::1] idf, const int32_t[::1] token_list,
          const double[::1] norm, double k1_plus_1, const double[::1] weight, double cut,
          const int32_t[::1] title_end, Py_ssize_t limit,
          int32_t[::1] out_rows, double[::1] out_scores, double[::1] out_share):
    """The relevance floor over every row: a row's share is the sum of weight[j] over the terms j
    it holds itself or in its article's title; rows whose share reaches `cut` are counted, and the
    `limit` best of them by BM25 score are written best first (ties by row) with their scores and
    shares. A row that qualifies through its title alone scores 0.0, as in rank_bm25.

    title_end[r] is, for a title row r, the row after its article's last; 0 for other rows.
    Arguments otherwise as for score(). Returns (written, total that reach the floor)."""
    cdef _Query query = _Query(docs_lists, tf_lists, idf, token_list, norm, k1_plus_1)
    cdef Lists* L = &query.L
    cdef Py_ssize_t m = L.m, total = 0, x, nt, wi, c, j
    cdef int32_t d, ws, we, o, r, e, prev_we = 0
    cdef double acc[WINDOW]
    cdef double share[WINDOW]
    cdef u64 bits[WORDS]
    cdef u64 has[WORDS]
    cdef u64 anyb[WORDS]
    cdef u64 word
    cdef int32_t touched[WINDOW]
    cdef Heap h
    if weight.shape[0] != m:
        raise ValueError("one weight per term")
    if title_end.shape[0] != norm.shape[0]:
        raise ValueError("one title_end per row")
    if limit <= 0 or out_rows.shape[0] < limit or out_scores.shape[0] < limit or out_share.shape[0] < limit:
        raise ValueError("the output arrays are too small")
    if query.total() == 0:
        return 0, 0
    # per term, the end of the title-article range it covers past the current window
    cdef int32_t* carry = <int32_t*> malloc(max(m, 1) * sizeof(int32_t))
    if not carry:
        raise MemoryError()
    h.score = &out_scores[0]
    h.row = &out_rows[0]
    h.extra = &out_share[0]
    h.size = 0
    h.k = limit
    try:
        with nogil:
            for j in range(m):
                carry[j] = 0
            memset(acc, 0, sizeof(acc))
            memset(share, 0, sizeof(share))
            memset(bits, 0, sizeof(bits))
            memset(anyb, 0, sizeof(anyb))
            while True:
                d = _next_row(L)
                for j in range(m):
                    if carry[j] > prev_we and prev_we < d:
                        d = prev_we   # a title's article runs on into the next window
                if d == NO_ROW:
                    break
                ws = d - d % WINDOW
                we = ws + WINDOW
                nt = _score_window(L, ws, acc, bits, touched)
                for j in range(m):
                    if not L.length[j] or weight[j] == 0.0:
                        continue
                    memset(has, 0, sizeof(has))
                    if carry[j] > ws:
                        _set_bits(has, 0, min(carry[j], we) - ws)
                    for c in range(L.cur[j], L.end[j]):
                        if c + LOOKAHEAD < L.length[j]:
                            __builtin_prefetch(&title_end[L.rows[j][c + LOOKAHEAD]])
                        r = L.rows[j][c]
                        has[(r - ws) >> 6] |= (<u64>1) << ((r - ws) & 63)
                        e = title_end[r]
                        if e > r + 1:   # a title: the term is in every row of its article
                            _set_bits(has, r + 1 - ws, min(e, we) - ws)
                            if e > carry[j]:
                                carry[j] = e
                    for wi in range(WORDS):
                        word = has[wi]
                        anyb[wi] |= word
                        while word:
                            share[wi * 64 + __builtin_ctzll(word)] += weight[j]
                            word &= word - 1
                for wi in range(WORDS):
                    word = anyb[wi]
                    anyb[wi] = 0
                    bits[wi] = 0
                    while word:
                        o = <int32_t>(wi * 64 + __builtin_ctzll(word))
                        word &= word - 1
                        if share[o] >= cut:
                            total += 1
                            _offer(&h, acc[o], ws + o, share[o])
                        share[o] = 0.0
                for x in range(nt):
                    acc[touched[x]] = 0.0
                _finish_window(L)
                prev_we = we
            _sort_best_first(&h)
    finally:
        free(carry)
    return h.size, total


def match_pair(list docs_lists, list tf_lists, const double[::1] idf, const int32_t[::1] token_list,
               const double[::1] norm, double k1_plus_1, const double[::1] weight, double cut,
               const int32_t[::1] title_end, Py_ssize_t limit,
               int32_t[::1] out_rows, double[::1] out_scores, double[::1] out_share,
               double cut2, Py_ssize_t limit2,
               int32_t[::1] out_rows2, double[::1] out_scores2, double[::1] out_share2):
    """match() at two floors in one pass over the postings: (cut, limit) into out_*, and
    (cut2, limit2) into out_*2, each exactly what match() alone gives (the strong candidates and
    the closest few of one question read the same postings once). limit <= 0 or limit2 <= 0
    leaves that side empty. Returns (written, total, written2, total2)."""
    cdef _Query query = _Query(docs_lists, tf_lists, idf, token_list, norm, k1_plus_1)
    cdef Lists* L = &query.L
    cdef Py_ssize_t m = L.m, total = 0, total2 = 0, x, nt, wi, c, j
    cdef int32_t d, ws, we, o, r, e, prev_we = 0
    cdef double acc[WINDOW]
    cdef double share[WINDOW]
    cdef u64 bits[WORDS]
    cdef u64 has[WORDS]
    cdef u64 anyb[WORDS]
    cdef u64 word
    cdef int32_t touched[WINDOW]
    cdef Heap h
    cdef Heap h2
    if weight.shape[0] != m:
        raise ValueError("one weight per term")
    if title_end.shape[0] != norm.shape[0]:
        raise ValueError("one title_end per row")
    if limit < 0 or out_rows.shape[0] < limit or out_scores.shape[0] < limit or out_share.shape[0] < limit:
        raise ValueError("the output arrays are too small")
    if limit2 < 0 or out_rows2.shape[0] < limit2 or out_scores2.shape[0] < limit2 or out_share2.shape[0] < limit2:
        raise ValueError("the output arrays are too small")
    if query.total() == 0:
        return 0, 0, 0, 0
    # per term, the end of the title-article range it covers past the current window
    cdef int32_t* carry = <int32_t*> malloc(max(m, 1) * sizeof(int32_t))
    if not carry:
        raise MemoryError()
    _heap_into(&h, out_rows, out_scores, out_share, limit)
    _heap_into(&h2, out_rows2, out_scores2, out_share2, limit2)
    try:
        with nogil:
            for j in range(m):
                carry[j] = 0
            memset(acc, 0, sizeof(acc))
            memset(share, 0, sizeof(share))
            memset(bits, 0, sizeof(bits))
            memset(anyb, 0, sizeof(anyb))
            while True:
                d = _next_row(L)
                for j in range(m):
                    if carry[j] > prev_we and prev_we < d:
                        d = prev_we   # a title's article runs on into the next window
                if d == NO_ROW:
                    break
                ws = d - d % WINDOW
                we = ws + WINDOW
                nt = _score_window(L, ws, acc, bits, touched)
                for j in range(m):
                    if not L.length[j] or weight[j] == 0.0:
                        continue
                    memset(has, 0, sizeof(has))
                    if carry[j] > ws:
                        _set_bits(has, 0, min(carry[j], we) - ws)
                    for c in range(L.cur[j], L.end[j]):
                        if c + LOOKAHEAD < L.length[j]:
                            __builtin_prefetch(&title_end[L.rows[j][c + LOOKAHEAD]])
                        r = L.rows[j][c]
                        has[(r - ws) >> 6] |= (<u64>1) << ((r - ws) & 63)
                        e = title_end[r]
                        if e > r + 1:   # a title: the term is in every row of its article
                            _set_bits(has, r + 1 - ws, min(e, we) - ws)
                            if e > carry[j]:
                                carry[j] = e
                    for wi in range(WORDS):
                        word = has[wi]
                        anyb[wi] |= word
                        while word:
                            share[wi * 64 + __builtin_ctzll(word)] += weight[j]
                            word &= word - 1
                for wi in range(WORDS):
                    word = anyb[wi]
                    anyb[wi] = 0
                    bits[wi] = 0
                    while word:
                        o = <int32_t>(wi * 64 + __builtin_ctzll(word))
                        word &= word - 1
                        if share[o] >= cut and limit > 0:
                            total += 1
                            _offer(&h, acc[o], ws + o, share[o])
                        if share[o] >= cut2 and limit2 > 0:
                            total2 += 1
                            _offer(&h2, acc[o], ws + o, share[o])
                        share[o] = 0.0
                for x in range(nt):
                    acc[touched[x]] = 0.0
                _finish_window(L)
                prev_we = we
            _sort_best_first(&h)
            _sort_best_first(&h2)
    finally:
        free(carry)
    return h.size, total, h2.size, total2


# ---------------------------------------------------------------- the k best with MaxScore pruning
cdef inline Py_ssize_t _seek(const int32_t* rows, Py_ssize_t ln, Py_ssize_t p, int32_t r) noexcept nogil:
    """First position >= p whose row is >= r (rows ascending): galloping, then binary search."""
    cdef Py_ssize_t step = 1, lo, hi, mid
    if p >= ln or rows[p] >= r:
        return p
    lo = p          # rows[lo] < r
    while lo + step < ln and rows[lo + step] < r:
        lo += step
        step <<= 1
    hi = lo + step if lo + step < ln else ln   # rows[hi] >= r, or hi == ln
    while hi - lo > 1:
        mid = (lo + hi) >> 1
        if rows[mid] < r:
            lo = mid
        else:
            hi = mid
    return hi


cdef void _order_by_bound(Py_ssize_t m, const double* ub, Py_ssize_t* order, double* prefix) noexcept nogil:
    """Terms by their bound, smallest first (insertion sort: a question has a handful of terms),
    and the running sums of the bounds in that order (prefix[x] = the x smallest together)."""
    cdef Py_ssize_t x, c, t
    for x in range(1, m):
        t = order[x]
        c = x
        while c > 0 and ub[order[c - 1]] > ub[t]:
            order[c] = order[c - 1]
            c -= 1
        order[c] = t
    prefix[0] = 0.0
    for x in range(m):
        prefix[x + 1] = prefix[x] + ub[order[x]]


cdef double _sampled_floor(Lists* L, Py_ssize_t m, const Py_ssize_t* order, Py_ssize_t* ptr, Heap* h,
                           Py_ssize_t k) noexcept nogil:
    """A first floor: the exact scores of up to SAMPLE rows holding the term with the largest
    bound, spread over its list; their k-th best is at most the final k-th best, so pruning starts
    before the heap has filled up in row order. -1.0 when too few rows; leaves the heap empty and
    the list cursors at 0."""
    cdef double theta = -1.0, s, tf
    cdef int32_t j, r
    cdef Py_ssize_t ln, c, x, q, t, wi
    if not m:
        return theta
    j = <int32_t>order[m - 1]
    ln = L.length[j]
    if ln < k:
        return theta
    c = ln // SAMPLE + 1
    x = -c
    while x + c < ln:
        x += c
        r = L.rows[j][x]
        s = 0.0
        for q in range(L.n_tok):
            t = L.token[q]
            if not L.length[t]:
                continue
            wi = _seek(L.rows[t], L.length[t], ptr[t], r)
            ptr[t] = wi
            if wi < L.length[t] and L.rows[t][wi] == r:
                tf = <double>L.tfs[t][wi]
                s += L.idf[t] * (tf * L.k1_plus_1 / (tf + L.norm[r]))
        _offer(h, s, r, 0.0)
    if h.size == k:
        theta = h.score[0]
    h.size = 0
    for x in range(m):
        ptr[x] = 0
    return theta


def score_top(list docs_lists, list tf_lists, const double[::1] idf, const int32_t[::1] token_list,
              const double[::1] norm, double k1_plus_1, Py_ssize_t k,
              int32_t[::1] out_rows, double[::1] out_scores, const double[::1] most):
    """score() with k > 0, the same rows and scores bit for bit, reading fewer postings (MaxScore,
    Turtle & Flood 1995). A token adds at most idf * (k1 + 1) (tf / (tf + norm) < 1), so once the
    heap holds k rows, the terms whose bounds sum below the k-th score (the cheapest first) cannot
    by themselves bring a row in: windows are opened only where the other, *essential*, terms have
    postings, and a row met there is scored exactly -- every token in query order from 0.0, its
    tfs looked up by galloping -- only when its essential sum plus those bounds can reach the k-th
    score. Every comparison has a relative margin of 1e-9 against rounding, and every skip is
    strict, so a row that could tie the k-th (and win by row order) is always scored. Requires
    every idf > 0 (the caller falls back to score() otherwise). most[j]: an upper bound of
    tf * (k1 + 1) / (tf + norm) over term j's postings (k1 + 1 always is one)."""
    cdef _Query query = _Query(docs_lists, tf_lists, idf, token_list, norm, k1_plus_1)
    cdef Lists* L = &query.L
    cdef Py_ssize_t m = L.m, total = query.total(), x, nt, wi, q, c, ln, t, n_ne = 0
    cdef int32_t d, ws, we, o, j, r
    cdef double acc[WINDOW]
    cdef u64 bits[WORDS]
    cdef u64 word
    cdef int32_t touched[WINDOW]
    cdef double theta, s, tf, w
    cdef const int32_t* rows
    cdef const uint16_t* tfs
    cdef Heap h
    if k <= 0:
        raise ValueError("k must be positive")
    if most.shape[0] != m:
        raise ValueError("one bound per term")
    if out_scores.shape[0] != out_rows.shape[0] or out_rows.shape[0] < k:
        raise ValueError("the output arrays are too small")
    if total == 0:
        return 0
    cdef double* ub = <double*> malloc(max(m, 1) * sizeof(double))
    cdef double* wt = <double*> malloc(max(m, 1) * sizeof(double))     # idf times the tokens naming the term
    cdef double* prefix = <double*> malloc((m + 1) * sizeof(double))
    cdef Py_ssize_t* order = <Py_ssize_t*> malloc(max(m, 1) * sizeof(Py_ssize_t))
    cdef Py_ssize_t* ptr = <Py_ssize_t*> malloc(max(m, 1) * sizeof(Py_ssize_t))
    cdef char* essential = <char*> malloc(max(m, 1))
    if not (ub and wt and prefix and order and ptr and essential):
        free(ub); free(wt); free(prefix); free(order); free(ptr); free(essential)
        raise MemoryError()
    h.score = &out_scores[0]
    h.row = &out_rows[0]
    h.extra = NULL
    h.size = 0
    h.k = k
    try:
        with nogil:
            for x in range(m):
                ub[x] = 0.0
                wt[x] = 0.0
                ptr[x] = 0
                essential[x] = 1
                order[x] = x
            for q in range(L.n_tok):
                j = L.token[q]
                if L.length[j]:
                    ub[j] += L.idf[j] * (most[j] if most[j] < L.k1_plus_1 else L.k1_plus_1)
                    wt[j] += L.idf[j]
            _order_by_bound(m, ub, order, prefix)   # the cheapest bound first
            theta = _sampled_floor(L, m, order, ptr, &h, k)
            memset(acc, 0, sizeof(acc))
            memset(bits, 0, sizeof(bits))
            while True:
                if h.size == k and h.score[0] > theta:
                    theta = h.score[0]
                if theta > 0.0:
                    while n_ne < m and prefix[n_ne + 1] * (1.0 + 1e-9) < theta:
                        essential[order[n_ne]] = 0
                        n_ne += 1
                d = NO_ROW
                for x in range(n_ne, m):
                    j = <int32_t>order[x]
                    if L.cur[j] < L.length[j] and L.rows[j][L.cur[j]] < d:
                        d = L.rows[j][L.cur[j]]
                if d == NO_ROW:
                    break
                ws = d - d % WINDOW
                we = ws + WINDOW
                nt = 0
                for q in range(L.n_tok):   # the essential tokens, in query order
                    j = L.token[q]
                    if not essential[j]:
                        continue
                    rows = L.rows[j]
                    tfs = L.tfs[j]
                    ln = L.length[j]
                    w = L.idf[j]
                    c = L.cur[j]
                    while c < ln and rows[c] < we:
                        if c + LOOKAHEAD < ln:
                            __builtin_prefetch(&L.norm[rows[c + LOOKAHEAD]])
                        o = rows[c] - ws
                        tf = <double>tfs[c]
                        acc[o] += w * (tf * L.k1_plus_1 / (tf + L.norm[rows[c]]))
                        touched[nt] = o
                        nt += 1 - ((bits[o >> 6] >> (o & 63)) & 1)
                        bits[o >> 6] |= (<u64>1) << (o & 63)
                        c += 1
                    L.end[j] = c
                if n_ne == 0:
                    # every term essential: acc is the exact score, as in score()
                    for x in range(nt):
                        o = touched[x]
                        _offer(&h, acc[o], ws + o, 0.0)
                        acc[o] = 0.0
                    memset(bits, 0, sizeof(bits))
                else:
                    for wi in range(WORDS):    # ascending rows: the lookups only move forward
                        word = bits[wi]
                        bits[wi] = 0
                        while word:
                            o = <int32_t>(wi * 64 + __builtin_ctzll(word))
                            word &= word - 1
                            s = acc[o]
                            acc[o] = 0.0
                            r = ws + o
                            if h.size == k and h.score[0] > theta:
                                theta = h.score[0]
                            if theta > 0.0:
                                # the other terms' bounds replaced by what the row holds, the
                                # largest first, until it cannot reach the k-th score
                                x = n_ne
                                while x > 0 and (s + prefix[x]) * (1.0 + 1e-9) >= theta:
                                    x -= 1
                                    j = <int32_t>order[x]
                                    c = _seek(L.rows[j], L.length[j], ptr[j], r)
                                    ptr[j] = c
                                    if c < L.length[j] and L.rows[j][c] == r:
                                        tf = <double>L.tfs[j][c]
                                        s += wt[j] * (tf * L.k1_plus_1 / (tf + L.norm[r])) * (1.0 + 1e-9)
                                if (s + prefix[x]) * (1.0 + 1e-9) < theta:
                                    continue
                            s = 0.0
                            for q in range(L.n_tok):
                                j = L.token[q]
                                if not L.length[j]:
                                    continue
                                c = _seek(L.rows[j], L.length[j], ptr[j], r)
                                ptr[j] = c
                                if c < L.length[j] and L.rows[j][c] == r:
                                    tf = <double>L.tfs[j][c]
                                    s += L.idf[j] * (tf * L.k1_plus_1 / (tf + L.norm[r]))
                            _offer(&h, s, r, 0.0)
                for x in range(m):
                    if essential[x] and L.length[x]:
                        L.cur[x] = L.end[x]
            _sort_best_first(&h)
    finally:
        free(ub); free(wt); free(prefix); free(order); free(ptr); free(essential)
    return h.size


# ---------------------------------------------------------------- the k best with block-max MaxScore
cdef inline Py_ssize_t _bfirst(Py_ssize_t i, Py_ssize_t off, int shift) noexcept nogil:
    """First posting of a term's block i (its blocks are the global blocks its slice overlaps)."""
    cdef Py_ssize_t s = (i << shift) - off
    return s if s > 0 else 0


cdef inline Py_ssize_t _blast(Py_ssize_t i, Py_ssize_t off, int shift, Py_ssize_t ln) noexcept nogil:
    """Last posting of a term's block i."""
    cdef Py_ssize_t e = ((i + 1) << shift) - off
    return (e if e < ln else ln) - 1


def score_top_blocks(list docs_lists, list tf_lists, const double[::1] idf, const int32_t[::1] token_list,
                     const double[::1] norm, double k1_plus_1, Py_ssize_t k,
                     int32_t[::1] out_rows, double[::1] out_scores, const double[::1] most,
                     list block_lists, const int64_t[::1] block_off, const double[::1] block_scale, int shift,
                     int64_t[::1] stats=None, double floor=-1.0):
    """score_top() with bounds per block of postings as well (block-max MaxScore; Ding & Suel 2011,
    Dimopoulos et al. 2013): the same rows and scores as score(), bit for bit.

    The postings are cut into blocks of 2**shift (global positions: block g holds postings
    g << shift .. ((g + 1) << shift) - 1 of the whole index, across term boundaries), and each
    block's largest tf * (k1 + 1) / (tf + norm) is saved. block_lists[j]: term j's run of those
    bounds, from the block holding its first posting; block_off[j]: its first posting's position
    in that block; block_scale[j]: a factor for every bound of term j (avgdl moved since they were
    saved), each capped at k1 + 1. Term-level MaxScore (most[j], as score_top) picks the windows
    (BWINDOW rows) to open; then in each window
    - the terms' bounds over the blocks meeting the window are summed: below the k-th score, the
      window is skipped without reading a posting;
    - the terms whose window bounds sum below the k-th score (the smallest first) are cheap: a
      row can reach it only if it holds one of the others;
    - every row the others hold gets a bound from the block bounds alone (no length normaliser
      read, no division): theirs, then the cheap terms' for those rows (their postings read, or
      the rows looked up in them when few);
    - the rows whose bound reaches the k-th score are scored exactly, every token in query order
      from 0.0 as score() adds them (a second pass over the window's postings, or look-ups).
    Until the heap first fills (and without a floor) windows are scored exactly, as score().
    Margins and strict skips as in score_top. Requires every idf > 0. floor: a known lower bound
    of the k-th score (or -1). stats (optional, 8 int64, added to): windows opened, windows
    skipped, postings scored exactly before a floor, rows met, rows cut by their bounds, rows
    scored exactly, windows scored by a second pass, by look-ups."""
    cdef _Query query = _Query(docs_lists, tf_lists, idf, token_list, norm, k1_plus_1)
    cdef Lists* L = &query.L
    cdef Py_ssize_t m = L.m, total = query.total(), x, nt, wi, q, c, ln, t, n_ne = 0, n_abs, n_le, i, y
    cdef int32_t d, ws, we, o, j, r
    cdef double* acc = NULL     # per row of the window (on the heap: 200 KB in all)
    cdef u64 bits[BWORDS]
    cdef u64 word
    cdef int32_t* touched = NULL
    cdef double theta, s, tf, w, mx, lsum, v
    cdef const int32_t* rows
    cdef const uint16_t* tfs
    cdef const float* fb
    cdef const float[::1] bv
    cdef Heap h
    cdef int64_t st[8]
    if k <= 0:
        raise ValueError("k must be positive")
    if most.shape[0] != m or len(block_lists) != m or block_off.shape[0] != m or block_scale.shape[0] != m:
        raise ValueError("one bound, one block run, one offset and one scale per term")
    if not 0 < shift < 31:
        raise ValueError("blocks of 2**shift postings, 0 < shift < 31")
    if out_scores.shape[0] != out_rows.shape[0] or out_rows.shape[0] < k:
        raise ValueError("the output arrays are too small")
    if stats is not None and stats.shape[0] < 8:
        raise ValueError("stats holds 8 counts")
    cdef Py_ssize_t sz = max(m, 1)
    cdef double* ub = <double*> malloc(sz * sizeof(double))
    cdef double* wt = <double*> malloc(sz * sizeof(double))
    cdef double* prefix = <double*> malloc((m + 1) * sizeof(double))
    cdef Py_ssize_t* order = <Py_ssize_t*> malloc(sz * sizeof(Py_ssize_t))
    cdef Py_ssize_t* ptr = <Py_ssize_t*> malloc(sz * sizeof(Py_ssize_t))
    cdef char* essential = <char*> malloc(sz)
    cdef const float** bm = <const float**> malloc(sz * sizeof(void*))
    cdef Py_ssize_t* nb = <Py_ssize_t*> malloc(sz * sizeof(Py_ssize_t))
    cdef Py_ssize_t* boff = <Py_ssize_t*> malloc(sz * sizeof(Py_ssize_t))
    cdef double* bsc = <double*> malloc(sz * sizeof(double))
    cdef Py_ssize_t* bp = <Py_ssize_t*> malloc(sz * sizeof(Py_ssize_t))      # window's first block
    cdef double* lb = <double*> malloc(sz * sizeof(double))          # bound within the window
    cdef Py_ssize_t* lorder = <Py_ssize_t*> malloc(sz * sizeof(Py_ssize_t))
    cdef double* lpre = <double*> malloc((m + 1) * sizeof(double))
    cdef Py_ssize_t* wstart = <Py_ssize_t*> malloc(sz * sizeof(Py_ssize_t))
    cdef Py_ssize_t* nbw = <Py_ssize_t*> malloc(sz * sizeof(Py_ssize_t))     # blocks meeting the window
    cdef Py_ssize_t* hit = <Py_ssize_t*> malloc(sz * sizeof(Py_ssize_t))     # a row's posting per term
    cdef double* bnd = <double*> malloc(BWINDOW * sizeof(double))     # a row's bound
    cdef double* held = <double*> malloc(BWINDOW * sizeof(double))    # 1.0: an essential term holds the row
    acc = <double*> malloc(BWINDOW * sizeof(double))
    touched = <int32_t*> malloc(BWINDOW * sizeof(int32_t))
    cdef Py_ssize_t e
    if not (ub and wt and prefix and order and ptr and essential and bm and nb and boff and bsc and bp
            and lb and lorder and lpre and wstart and nbw and hit
            and bnd and held and acc and touched):
        free(ub); free(wt); free(prefix); free(order); free(ptr); free(essential); free(bm); free(nb); free(boff)
        free(bsc); free(bp); free(lb); free(lorder); free(lpre); free(wstart); free(nbw); free(hit)
        free(bnd); free(held); free(acc); free(touched)
        raise MemoryError()
    try:
        for x in range(m):
            ln = L.length[x]
            bm[x] = NULL
            nb[x] = 0
            boff[x] = block_off[x]
            bsc[x] = block_scale[x]
            if ln:
                bv = block_lists[x]
                if not 0 <= boff[x] < (1 << shift):
                    raise ValueError("a block offset lies outside its block")
                nb[x] = ((ln - 1 + boff[x]) >> shift) + 1
                if bv.shape[0] < nb[x]:
                    raise ValueError("a term's block run is shorter than its postings")
                bm[x] = &bv[0]
        for x in range(8):
            st[x] = 0
        if total == 0:
            return 0
        h.score = &out_scores[0]
        h.row = &out_rows[0]
        h.extra = NULL
        h.size = 0
        h.k = k
        with nogil:
            for x in range(m):
                ub[x] = 0.0
                wt[x] = 0.0
                ptr[x] = 0
                essential[x] = 1
                order[x] = x
                bp[x] = 0
            for q in range(L.n_tok):
                j = L.token[q]
                if L.length[j]:
                    ub[j] += L.idf[j] * (most[j] if most[j] < L.k1_plus_1 else L.k1_plus_1)
                    wt[j] += L.idf[j]
            _order_by_bound(m, ub, order, prefix)
            theta = _sampled_floor(L, m, order, ptr, &h, k)   # the first floor, as score_top
            if floor > theta:
                theta = floor
            memset(acc, 0, BWINDOW * sizeof(double))
            memset(bnd, 0, BWINDOW * sizeof(double))
            memset(held, 0, BWINDOW * sizeof(double))
            memset(bits, 0, sizeof(bits))
            we = 0
            while True:
                if h.size == k and h.score[0] > theta:
                    theta = h.score[0]
                if theta > 0.0:
                    while n_ne < m and prefix[n_ne + 1] * (1.0 + 1e-9) < theta:
                        essential[order[n_ne]] = 0
                        n_ne += 1
                # the next window: where an essential term has a posting
                d = NO_ROW
                for x in range(n_ne, m):
                    j = <int32_t>order[x]
                    c = _seek(L.rows[j], L.length[j], L.cur[j], we)
                    L.cur[j] = c
                    if c < L.length[j] and L.rows[j][c] < d:
                        d = L.rows[j][c]
                if d == NO_ROW:
                    break
                ws = d - d % BWINDOW
                we = ws + BWINDOW
                # each term's bound over its blocks meeting the window (0: no posting in it)
                lsum = 0.0
                for x in range(m):
                    lb[x] = 0.0
                    ln = L.length[x]
                    if not ln:
                        continue
                    rows = L.rows[x]
                    i = bp[x]
                    while i < nb[x] and rows[_blast(i, boff[x], shift, ln)] < ws:
                        i += 1
                    bp[x] = i
                    mx = 0.0
                    fb = bm[x]
                    while i < nb[x] and rows[_bfirst(i, boff[x], shift)] < we:
                        if fb[i] > mx:
                            mx = fb[i]
                        i += 1
                    nbw[x] = i - bp[x]
                    mx *= bsc[x]
                    lb[x] = wt[x] * (mx if mx < L.k1_plus_1 else L.k1_plus_1)
                    lsum += lb[x]
                if theta > 0.0 and lsum * (1.0 + 1e-9) < theta:
                    st[1] += 1
                    continue
                st[0] += 1
                # the window's cheap terms: smallest bounds first, summing below the k-th score;
                # a row can reach it only if it holds one of the others
                n_abs = 0
                for x in range(m):
                    lorder[x] = x
                    if lb[x] == 0.0:
                        n_abs += 1
                _order_by_bound(m, lb, lorder, lpre)
                n_le = n_abs
                if theta > 0.0:
                    while n_le < m and lpre[n_le + 1] * (1.0 + 1e-9) < theta:
                        n_le += 1
                for x in range(n_abs, m):
                    t = lorder[x]
                    c = _seek(L.rows[t], L.length[t], L.cur[t], ws)
                    L.cur[t] = c
                    wstart[t] = c
                nt = 0
                if theta <= 0.0:
                    # no floor yet: the exact pass, every token in query order, as score()
                    for q in range(L.n_tok):
                        j = L.token[q]
                        if lb[j] == 0.0:
                            continue
                        rows = L.rows[j]
                        tfs = L.tfs[j]
                        ln = L.length[j]
                        w = L.idf[j]
                        c = wstart[j]
                        while c < ln and rows[c] < we:
                            if c + LOOKAHEAD < ln:
                                __builtin_prefetch(&L.norm[rows[c + LOOKAHEAD]])
                            o = rows[c] - ws
                            tf = <double>tfs[c]
                            acc[o] += w * (tf * L.k1_plus_1 / (tf + L.norm[rows[c]]))
                            touched[nt] = o
                            nt += 1 - ((bits[o >> 6] >> (o & 63)) & 1)
                            bits[o >> 6] |= (<u64>1) << (o & 63)
                            c += 1
                        L.end[j] = c
                        st[2] += c - wstart[j]
                    for x in range(nt):
                        o = touched[x]
                        _offer(&h, acc[o], ws + o, 0.0)
                        acc[o] = 0.0
                    memset(bits, 0, sizeof(bits))
                    for x in range(n_abs, m):
                        t = lorder[x]
                        L.cur[t] = L.end[t]
                    continue
                # 1. a bound per row from the block bounds alone (no length normaliser read, no
                # division): the rows the essential terms hold, then the cheap terms' share of them
                y = 0
                for x in range(m - 1, n_abs - 1, -1):
                    t = lorder[x]
                    rows = L.rows[t]
                    ln = L.length[t]
                    fb = bm[t]
                    w = wt[t]
                    v = bsc[t]
                    c = wstart[t]
                    if x >= n_le:
                        while c < ln and rows[c] < we:
                            i = (c + boff[t]) >> shift      # a block at a time: its bound once
                            e = ((i + 1) << shift) - boff[t]
                            if e > ln:
                                e = ln
                            mx = fb[i] * v
                            mx = w * (mx if mx < L.k1_plus_1 else L.k1_plus_1)
                            while c < e and rows[c] < we:
                                o = rows[c] - ws
                                bnd[o] += mx
                                held[o] = 1.0
                                touched[nt] = o
                                nt += 1 - ((bits[o >> 6] >> (o & 63)) & 1)
                                bits[o >> 6] |= (<u64>1) << (o & 63)
                                c += 1
                    elif nt * LOOKUP_COST < nbw[t] << shift:
                        # few rows met for this term's postings here: look each up instead
                        for wi in range(BWORDS):
                            word = bits[wi]
                            while word:
                                o = <int32_t>(wi * 64 + __builtin_ctzll(word))
                                word &= word - 1
                                c = _seek(rows, ln, c, ws + o)
                                if c < ln and rows[c] == ws + o:
                                    mx = fb[(c + boff[t]) >> shift] * v
                                    bnd[o] += w * (mx if mx < L.k1_plus_1 else L.k1_plus_1)
                        c = _seek(rows, ln, c, we)
                    else:
                        while c < ln and rows[c] < we:
                            i = (c + boff[t]) >> shift
                            e = ((i + 1) << shift) - boff[t]
                            if e > ln:
                                e = ln
                            mx = fb[i] * v
                            mx = w * (mx if mx < L.k1_plus_1 else L.k1_plus_1)
                            while c < e and rows[c] < we:
                                # without a branch: rows no essential term holds gain 0.0
                                o = rows[c] - ws
                                bnd[o] += mx * held[o]
                                c += 1
                    L.end[t] = c
                    L.cur[t] = c
                    y += c - wstart[t]
                st[3] += nt
                # 2. the rows whose bound reaches the k-th score stay marked
                i = 0
                for x in range(nt):
                    o = touched[x]
                    held[o] = 0.0
                    if bnd[o] * (1.0 + 1e-9) < theta:
                        bits[o >> 6] &= ~((<u64>1) << (o & 63))
                    else:
                        i += 1
                    bnd[o] = 0.0
                st[4] += nt - i
                st[5] += i
                if i == 0:
                    continue
                # 3. their exact scores: every token in query order from 0.0, as score() adds
                # them, reading the window's postings again (or looking the few rows up)
                y = 0
                for x in range(n_abs, m):
                    y += L.end[lorder[x]] - wstart[lorder[x]]
                if i * (m - n_abs) * LOOKUP_COST < y:
                    st[7] += 1
                    for x in range(n_abs, m):
                        ptr[lorder[x]] = wstart[lorder[x]]
                    for wi in range(BWORDS):   # the rows' normalisers asked for first: the reads overlap
                        word = bits[wi]
                        while word:
                            __builtin_prefetch(&L.norm[ws + wi * 64 + __builtin_ctzll(word)])
                            word &= word - 1
                    for wi in range(BWORDS):
                        word = bits[wi]
                        bits[wi] = 0
                        while word:
                            o = <int32_t>(wi * 64 + __builtin_ctzll(word))
                            word &= word - 1
                            r = ws + o
                            for x in range(n_abs, m):   # each term's posting of the row, its tf asked for
                                t = lorder[x]
                                c = _seek(L.rows[t], L.end[t], ptr[t], r)
                                ptr[t] = c
                                hit[t] = -1
                                if c < L.end[t] and L.rows[t][c] == r:
                                    hit[t] = c
                                    __builtin_prefetch(&L.tfs[t][c])
                            s = 0.0
                            for q in range(L.n_tok):
                                t = L.token[q]
                                if lb[t] == 0.0 or hit[t] < 0:
                                    continue
                                tf = <double>L.tfs[t][hit[t]]
                                s += L.idf[t] * (tf * L.k1_plus_1 / (tf + L.norm[r]))
                            _offer(&h, s, r, 0.0)
                    continue
                st[6] += 1
                for q in range(L.n_tok):
                    j = L.token[q]
                    if lb[j] == 0.0:
                        continue
                    rows = L.rows[j]
                    tfs = L.tfs[j]
                    w = L.idf[j]
                    for c in range(wstart[j], L.end[j]):
                        o = rows[c] - ws
                        if (bits[o >> 6] >> (o & 63)) & 1:
                            tf = <double>tfs[c]
                            acc[o] += w * (tf * L.k1_plus_1 / (tf + L.norm[rows[c]]))
                for wi in range(BWORDS):
                    word = bits[wi]
                    bits[wi] = 0
                    while word:
                        o = <int32_t>(wi * 64 + __builtin_ctzll(word))
                        word &= word - 1
                        _offer(&h, acc[o], ws + o, 0.0)
                        acc[o] = 0.0
            _sort_best_first(&h)
        if stats is not None:
            for x in range(8):
                stats[x] += st[x]
    finally:
        free(ub); free(wt); free(prefix); free(order); free(ptr); free(essential); free(bm); free(nb); free(boff)
        free(bsc); free(bp); free(lb); free(lorder); free(lpre); free(wstart); free(nbw); free(hit)
        free(bnd); free(held); free(acc); free(touched)
    return h.size


# ---------------------------------------------------------------- the relevance floor with MaxScore
cdef inline double _row_exact(Lists* L, const double* weight, const char* counted, int32_t r, int32_t tr,
                              bint titled, Py_ssize_t* ptr, Py_ssize_t* tptr, double* tfv,
                              double* score) noexcept nogil:
    """Row r's share (weight[j] for each counted term j in the row or, titled, in its article's
    title row tr: in term order from 0.0, as match() adds them) and, into score, its BM25 score
    (every token in query order from 0.0). Terms looked up by galloping from ptr (rows) and tptr
    (title rows), which move on: rows and title rows must come ascending."""
    cdef Py_ssize_t j, c, q
    cdef bint held
    cdef double sh = 0.0, sc = 0.0, tf
    for j in range(L.m):
        tfv[j] = -1.0
        if not L.length[j]:
            continue
        c = _seek(L.rows[j], L.length[j], ptr[j], r)
        ptr[j] = c
        held = c < L.length[j] and L.rows[j][c] == r
        if held:
            tfv[j] = <double>L.tfs[j][c]
        elif titled and counted[j]:
            c = _seek(L.rows[j], L.length[j], tptr[j], tr)
            tptr[j] = c
            held = c < L.length[j] and L.rows[j][c] == tr
        if held and counted[j]:
            sh += weight[j]
    for q in range(L.n_tok):
        j = L.token[q]
        if tfv[j] >= 0.0:
            tf = tfv[j]
            sc += L.idf[j] * (tf * L.k1_plus_1 / (tf + L.norm[r]))
    score[0] = sc
    return sh


def match_pair_top(list docs_lists, list tf_lists, const double[::1] idf, const int32_t[::1] token_list,
                   const double[::1] norm, double k1_plus_1, const double[::1] weight, double cut,
                   const int32_t[::1] title_end, const int32_t[::1] art_start, Py_ssize_t limit,
                   int32_t[::1] out_rows, double[::1] out_scores, double[::1] out_share,
                   double cut2, Py_ssize_t limit2,
                   int32_t[::1] out_rows2, double[::1] out_scores2, double[::1] out_share2,
                   const double[::1] most, int64_t[::1] stats=None, double known2=-1.0,
                   const int32_t[::1] art_title_end=None, const u64[::1] title_rows=None,
                   list block_lists=None, const int64_t[::1] block_off=None, const double[::1] block_scale=None,
                   int shift=0):
    """match_pair()'s two lists, the same rows, scores, shares and order bit for bit, without the
    totals, reading far fewer postings (MaxScore, Turtle & Flood 1995, on the share and the score
    together). A row holding only some set N of the terms has a share of at most the sum of their
    weights and a score of at most the sum of their bounds; when, for each side, that share is
    below its floor or (its heap full) that score below its k-th best, no such row can enter either
    list. N takes the terms with the most postings first (the common words: the lightest weights
    and the smallest bounds) as far as that holds -- from the start by the weights, then further as
    the heaps fill. Windows are opened only where the other, *essential*, terms hold a row (or
    their title holds an article); a row met there is bounded from what the essential terms give
    it plus N's sums (the essential tokens' contributions computed as they are read), then N's
    terms are looked up one by one, the rarest first, each replacing its part of the bound by what
    the row holds, until the row cannot reach either list; a row that still can is read exactly
    (_row_exact: every term looked up by galloping, in the row and in its article's title row, its
    share summed in term order and its score in token order from 0.0, as match() adds them).
    Margins of 1e-9 relative, and strict skips, as in score_top.

    Before the pass, up to SAMPLE rows spread over the rarest counted term's list are read
    exactly; the limit2-th best score of those reaching cut2 is a first k-th score for the second
    list (it can only be lower than the final one), so the pass is pruned from its first window.

    art_start: the first row of every article, ascending (title_end as for match(), consistent
    with it). most[j]: an upper bound of tf * (k1 + 1) / (tf + norm) over term j's postings.
    stats (optional, int64, added to): windows opened, essential postings read, rows met, rows
    read exactly, terms skipped at the end, look-ups of skipped terms. known2: a known lower
    bound (> 0) of the second list's limit2-th score, or -1. art_title_end (optional):
    title_end[art_start[i]] for every article i -- the same values, read from an array as small as
    art_start and next to it, rather than from title_end, whose look-up for a row's article (N's
    terms looked up in its title) was the pass's costliest cache miss at 10M. title_rows
    (optional): bit r set for every row r whose title_end is not 0 (uint64 words, row r in word
    r >> 6): title_end is then read only for those. block_lists, block_off, block_scale, shift
    (optional, as score_top_blocks takes them): the saved bounds per block of postings; in each
    window the skipped terms' part of a row's bound is then their bound over their blocks meeting
    the window (0 for a term with no posting in it) rather than over their whole list, so fewer
    rows are looked up in them or read exactly. Returns (written, written2)."""
    cdef _Query query = _Query(docs_lists, tf_lists, idf, token_list, norm, k1_plus_1)
    cdef Lists* L = &query.L
    cdef Py_ssize_t m = L.m, x, wi, c, j, q, n_ne = 0, n_cnt = 0, t, na = art_start.shape[0], ap = 0, s_
    cdef int32_t d, ws, we, o, r, e, prev_we = 0, tr
    cdef double shE[WINDOW]
    cdef double sub[WINDOW]
    cdef u64 has[WORDS]
    cdef u64 anyb[WORDS]
    cdef u64 word
    cdef double wn = 0.0, ubn = 0.0, th1 = 0.0, th2 = 0.0, sh, sc, tf, rem_w, rem_u, pend_w
    cdef Py_ssize_t n_pend, y
    cdef bint full1, full2, ok, held, titled
    cdef Heap h
    cdef Heap h2
    cdef int64_t st[8]
    cdef bint use_blocks = block_lists is not None
    cdef double ubnw, mx
    cdef Py_ssize_t i, ln
    cdef const float* fb
    cdef const float[::1] bv
    memset(st, 0, sizeof(st))
    if weight.shape[0] != m or most.shape[0] != m:
        raise ValueError("one weight and one bound per term")
    if use_blocks:
        if len(block_lists) != m or block_off is None or block_scale is None or block_off.shape[0] != m \
                or block_scale.shape[0] != m:
            raise ValueError("one block run, one offset and one scale per term")
        if not 0 < shift < 31:
            raise ValueError("blocks of 2**shift postings, 0 < shift < 31")
    if title_end.shape[0] != norm.shape[0]:
        raise ValueError("one title_end per row")
    if art_title_end is not None and art_title_end.shape[0] != art_start.shape[0]:
        raise ValueError("one art_title_end per article")
    cdef const int32_t* atend = &art_title_end[0] if art_title_end is not None and art_title_end.shape[0] else NULL
    if title_rows is not None and title_rows.shape[0] < (norm.shape[0] + 63) // 64:
        raise ValueError("one title_rows bit per row")
    cdef const u64* tbits = &title_rows[0] if title_rows is not None and title_rows.shape[0] else NULL
    if limit < 0 or out_rows.shape[0] < limit or out_scores.shape[0] < limit or out_share.shape[0] < limit:
        raise ValueError("the output arrays are too small")
    if limit2 < 0 or out_rows2.shape[0] < limit2 or out_scores2.shape[0] < limit2 or out_share2.shape[0] < limit2:
        raise ValueError("the output arrays are too small")
    if query.total() == 0 or (limit == 0 and limit2 == 0):
        return 0, 0
    cdef Py_ssize_t sz = max(m, 1)
    cdef int32_t* carry = <int32_t*> malloc(sz * sizeof(int32_t))
    cdef double* ub = <double*> malloc(sz * sizeof(double))
    cdef double* tfv = <double*> malloc(sz * sizeof(double))
    cdef double* wt = <double*> malloc(sz * sizeof(double))    # idf (when > 0) times the tokens naming the term
    cdef Py_ssize_t* order = <Py_ssize_t*> malloc(sz * sizeof(Py_ssize_t))
    cdef Py_ssize_t* ptr = <Py_ssize_t*> malloc(sz * sizeof(Py_ssize_t))
    cdef Py_ssize_t* tptr = <Py_ssize_t*> malloc(sz * sizeof(Py_ssize_t))
    cdef char* essential = <char*> malloc(sz)
    cdef char* counted = <char*> malloc(sz)
    cdef Py_ssize_t* pend = <Py_ssize_t*> malloc(sz * sizeof(Py_ssize_t))
    cdef double* ubw = <double*> malloc(sz * sizeof(double))         # a term's bound within the window
    cdef const float** bm = <const float**> malloc(sz * sizeof(void*))
    cdef Py_ssize_t* nb = <Py_ssize_t*> malloc(sz * sizeof(Py_ssize_t))
    cdef Py_ssize_t* boff = <Py_ssize_t*> malloc(sz * sizeof(Py_ssize_t))
    cdef double* bsc = <double*> malloc(sz * sizeof(double))
    cdef Py_ssize_t* bp = <Py_ssize_t*> malloc(sz * sizeof(Py_ssize_t))      # the first block not before the window
    if not (carry and ub and tfv and wt and order and ptr and tptr and essential and counted and pend
            and ubw and bm and nb and boff and bsc and bp):
        free(carry); free(ub); free(tfv); free(wt); free(order); free(ptr); free(tptr); free(essential); free(counted)
        free(pend); free(ubw); free(bm); free(nb); free(boff); free(bsc); free(bp)
        raise MemoryError()
    for x in range(m):
        bm[x] = NULL
        nb[x] = 0
        boff[x] = 0
        bsc[x] = 1.0
        bp[x] = 0
        if use_blocks and L.length[x]:
            boff[x] = block_off[x]
            bsc[x] = block_scale[x]
            if not 0 <= boff[x] < (1 << shift):
                free(carry); free(ub); free(tfv); free(wt); free(order); free(ptr); free(tptr); free(essential)
                free(counted); free(pend); free(ubw); free(bm); free(nb); free(boff); free(bsc); free(bp)
                raise ValueError("a block offset lies outside its block")
            bv = block_lists[x]
            nb[x] = ((L.length[x] - 1 + boff[x]) >> shift) + 1
            if bv.shape[0] < nb[x]:
                free(carry); free(ub); free(tfv); free(wt); free(order); free(ptr); free(tptr); free(essential)
                free(counted); free(pend); free(ubw); free(bm); free(nb); free(boff); free(bsc); free(bp)
                raise ValueError("a term's block run is shorter than its postings")
            bm[x] = &bv[0]
    _heap_into(&h, out_rows, out_scores, out_share, limit)
    _heap_into(&h2, out_rows2, out_scores2, out_share2, limit2)
    try:
        with nogil:
            for j in range(m):
                carry[j] = 0
                ub[j] = 0.0
                wt[j] = 0.0
                ptr[j] = 0
                tptr[j] = 0
                counted[j] = L.length[j] != 0 and weight[j] != 0.0
                essential[j] = counted[j]   # a term adding no share never brings a row in
            for q in range(L.n_tok):
                j = L.token[q]
                if L.length[j] and L.idf[j] > 0.0:
                    ub[j] += L.idf[j] * (most[j] if most[j] < L.k1_plus_1 else L.k1_plus_1)
                    wt[j] += L.idf[j]
            # the counted terms, the most postings first (insertion sort: a handful of terms); the
            # others only add to the score of a row the counted ones bring in
            for j in range(m):
                if not counted[j]:
                    ubn += ub[j]
                    continue
                c = n_cnt
                while c > 0 and L.length[order[c - 1]] < L.length[j]:
                    order[c] = order[c - 1]
                    c -= 1
                order[c] = j
                n_cnt += 1
            # a first k-th score for the closest few: the exact share and score of up to SAMPLE
            # rows spread over the rarest counted term's list (the rows likeliest to score high);
            # the k-th best of those reaching the floor is at most the final k-th best, so terms
            # leave the pass from the first window rather than as the heap fills in row order
            if limit2 > 0 and n_cnt:
                j = order[n_cnt - 1]
                if L.length[j] >= limit2:
                    c = L.length[j] // SAMPLE + 1
                    s_ = -c
                    while s_ + c < L.length[j]:
                        s_ += c
                        r = L.rows[j][s_]
                        ap = _seek(&art_start[0], na, ap, r + 1) if na else 0
                        tr = art_start[ap - 1] if ap > 0 else -1
                        titled = tr >= 0 and tr < r and (atend[ap - 1] if atend != NULL else title_end[tr]) > r
                        sh = _row_exact(L, &weight[0], counted, r, tr, titled, ptr, tptr, tfv, &sc)
                        if sh >= cut2:
                            _offer(&h2, sc, r, sh)
                    if h2.size == limit2 and h2.score[0] > known2:
                        known2 = h2.score[0]
                    h2.size = 0
                    ap = 0
                    for x in range(m):
                        ptr[x] = 0
                        tptr[x] = 0
            memset(shE, 0, sizeof(shE))
            memset(sub, 0, sizeof(sub))
            memset(anyb, 0, sizeof(anyb))
            while True:
                full1 = limit > 0 and h.size == limit
                full2 = limit2 > 0 and h2.size == limit2
                if full1:
                    th1 = h.score[0]
                if full2 and h2.score[0] > th2:
                    th2 = h2.score[0]
                if known2 > th2:
                    th2 = known2
                if known2 > 0.0:
                    full2 = limit2 > 0
                while n_ne < n_cnt:
                    j = order[n_ne]
                    ok = True
                    if limit > 0 and not ((wn + weight[j]) * (1.0 + 1e-9) < cut
                                          or (full1 and (ubn + ub[j]) * (1.0 + 1e-9) < th1)):
                        ok = False
                    if limit2 > 0 and not ((wn + weight[j]) * (1.0 + 1e-9) < cut2
                                           or (full2 and (ubn + ub[j]) * (1.0 + 1e-9) < th2)):
                        ok = False
                    if not ok:
                        break
                    wn += weight[j]
                    ubn += ub[j]
                    essential[j] = 0
                    n_ne += 1
                d = NO_ROW
                for j in range(m):
                    if essential[j] and L.cur[j] < L.length[j] and L.rows[j][L.cur[j]] < d:
                        d = L.rows[j][L.cur[j]]
                for j in range(m):
                    if essential[j] and carry[j] > prev_we and prev_we < d:
                        d = prev_we   # a title's article runs on into the next window
                if d == NO_ROW:
                    break
                ws = d - d % WINDOW
                we = ws + WINDOW
                st[0] += 1
                # the skipped terms' part of a row's bound in this window: with block bounds, each
                # term's bound over its blocks meeting the window (0: no posting in it), capped
                # by its bound over the whole list; else that bound (ubn)
                ubnw = ubn
                if use_blocks:
                    ubnw = 0.0
                    for j in range(m):
                        ubw[j] = ub[j]
                        if essential[j]:
                            continue
                        ln = L.length[j]
                        if ln and bm[j] != NULL and ub[j] > 0.0:
                            i = bp[j]
                            while i < nb[j] and L.rows[j][_blast(i, boff[j], shift, ln)] < ws:
                                i += 1
                            bp[j] = i
                            mx = 0.0
                            fb = bm[j]
                            while i < nb[j] and L.rows[j][_bfirst(i, boff[j], shift)] < we:
                                if fb[i] > mx:
                                    mx = fb[i]
                                i += 1
                            mx *= bsc[j]
                            mx = wt[j] * (mx if mx < L.k1_plus_1 else L.k1_plus_1)
                            if mx < ubw[j]:
                                ubw[j] = mx
                        ubnw += ubw[j]
                for j in range(m):
                    if not essential[j]:
                        continue
                    memset(has, 0, sizeof(has))
                    if carry[j] > ws:
                        _set_bits(has, 0, min(carry[j], we) - ws)
                    c = L.cur[j]
                    while c < L.length[j] and L.rows[j][c] < we:
                        if c + LOOKAHEAD < L.length[j]:
                            if tbits == NULL:
                                __builtin_prefetch(&title_end[L.rows[j][c + LOOKAHEAD]])
                            __builtin_prefetch(&L.norm[L.rows[j][c + LOOKAHEAD]])
                        r = L.rows[j][c]
                        st[1] += 1
                        has[(r - ws) >> 6] |= (<u64>1) << ((r - ws) & 63)
                        tf = <double>L.tfs[j][c]
                        sub[r - ws] += wt[j] * (tf * L.k1_plus_1 / (tf + L.norm[r]))
                        # a row that is no title has title_end 0: its bit says so from a map 64
                        # times smaller (cache-resident), and title_end is read only for titles
                        if tbits != NULL and not ((tbits[r >> 6] >> (r & 63)) & 1):
                            e = 0
                        else:
                            e = title_end[r]
                        if e > r + 1:   # a title: the term is in every row of its article
                            _set_bits(has, r + 1 - ws, min(e, we) - ws)
                            if e > carry[j]:
                                carry[j] = e
                        c += 1
                    L.cur[j] = c
                    for wi in range(WORDS):
                        word = has[wi]
                        anyb[wi] |= word
                        while word:
                            shE[wi * 64 + __builtin_ctzll(word)] += weight[j]
                            word &= word - 1
                for wi in range(WORDS):
                    word = anyb[wi]
                    anyb[wi] = 0
                    while word:
                        o = <int32_t>(wi * 64 + __builtin_ctzll(word))
                        word &= word - 1
                        st[2] += 1
                        # a bound from what the essential terms give the row (their shares, their
                        # tokens' exact contributions) and N's sums; then N's terms looked up one by
                        # one (the rarest first), each replacing its part of the bound by what the
                        # row holds, until the row cannot reach either list or all are known
                        r = ws + o
                        sh = shE[o]
                        sc = sub[o]
                        shE[o] = 0.0
                        sub[o] = 0.0
                        rem_w = wn
                        rem_u = ubnw
                        # N's terms the row lacks: its article's title may hold them, which adds to
                        # the share only -- they are looked up there last, and only for a row that
                        # can still reach a list counting their weights (most rows fail on the score)
                        pend_w = 0.0
                        n_pend = 0
                        tr = -2     # the article's title row: not yet looked up
                        titled = False
                        x = n_ne
                        while True:
                            full1 = limit > 0 and h.size == limit
                            full2 = limit2 > 0 and (h2.size == limit2 or known2 > 0.0)
                            if limit2 > 0 and h2.size == limit2 and h2.score[0] > th2:
                                th2 = h2.score[0]
                            ok = ((limit > 0 and (sh + rem_w + pend_w) * (1.0 + 1e-9) >= cut
                                   and (not full1 or (sc + rem_u) * (1.0 + 1e-9) >= h.score[0]))
                                  or (limit2 > 0 and (sh + rem_w + pend_w) * (1.0 + 1e-9) >= cut2
                                      and (not full2 or (sc + rem_u) * (1.0 + 1e-9) >= th2)))
                            if not ok:
                                break
                            if x == 0:
                                if n_pend == 0:
                                    break
                                # the titles last: the pending terms found there add their weights
                                ap = _seek(&art_start[0], na, ap, r + 1) if na else 0
                                tr = art_start[ap - 1] if ap > 0 else -1
                                titled = tr >= 0 and tr < r and (atend[ap - 1] if atend != NULL else title_end[tr]) > r
                                if titled:
                                    for y in range(n_pend):
                                        j = pend[y]
                                        st[5] += 1
                                        c = _seek(L.rows[j], L.length[j], tptr[j], tr)
                                        tptr[j] = c
                                        if c < L.length[j] and L.rows[j][c] == tr:
                                            sh += weight[j]
                                pend_w = 0.0
                                n_pend = 0
                                continue
                            x -= 1
                            j = order[x]
                            st[5] += 1
                            c = _seek(L.rows[j], L.length[j], ptr[j], r)
                            ptr[j] = c
                            if c < L.length[j] and L.rows[j][c] == r:
                                tf = <double>L.tfs[j][c]
                                sc += wt[j] * (tf * L.k1_plus_1 / (tf + L.norm[r])) * (1.0 + 1e-9)
                                sh += weight[j]
                            else:
                                pend[n_pend] = j
                                n_pend += 1
                                pend_w += weight[j]
                            rem_w -= weight[j]
                            rem_u -= ubw[j] if use_blocks else ub[j]
                        if not ok:
                            continue
                        # exactly: the row's article's title row, then every term
                        st[3] += 1
                        if tr == -2:
                            ap = _seek(&art_start[0], na, ap, r + 1) if na else 0
                            tr = art_start[ap - 1] if ap > 0 else -1
                            titled = tr >= 0 and tr < r and (atend[ap - 1] if atend != NULL else title_end[tr]) > r
                        sh = _row_exact(L, &weight[0], counted, r, tr, titled, ptr, tptr, tfv, &sc)
                        if limit > 0 and sh >= cut:
                            _offer(&h, sc, r, sh)
                        if limit2 > 0 and sh >= cut2:
                            _offer(&h2, sc, r, sh)
                prev_we = we
            st[4] = n_ne
            _sort_best_first(&h)
            _sort_best_first(&h2)
    finally:
        free(carry); free(ub); free(tfv); free(wt); free(order); free(ptr); free(tptr); free(essential); free(counted)
        free(pend); free(ubw); free(bm); free(nb); free(boff); free(bsc); free(bp)
    if stats is not None:
        for x in range(min(8, stats.shape[0])):
            stats[x] += st[x]
    return h.size, h2.size


# ---------------------------------------------------------------- weighted related terms, as numpy adds them
cdef inline double _pairwise(const double* a, Py_ssize_t n) noexcept nogil:
    """numpy's pairwise sum of a[0..n) (DOUBLE_pairwise_sum, n <= 128): from 0.0 in order below 8
    terms, else eight running sums combined as a tree and the rest added in order."""
    cdef Py_ssize_t i
    cdef double res = 0.0
    cdef double r[8]
    if n < 8:
        for i in range(n):
            res += a[i]
        return res
    for i in range(8):
        r[i] = a[i]
    i = 8
    while i < n - (n % 8):
        r[0] += a[i]; r[1] += a[i + 1]; r[2] += a[i + 2]; r[3] += a[i + 3]
        r[4] += a[i + 4]; r[5] += a[i + 5]; r[6] += a[i + 6]; r[7] += a[i + 7]
        i += 8
    res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
    while i < n:
        res += a[i]
        i += 1
    return res


def weighted_rows(list docs_lists, list tf_lists, const double[::1] coef, const double[::1] norm,
                  double k1_plus_1, int32_t[::1] out_rows, double[::1] out_scores):
    """Every row holding a posting of the given terms, ascending, with the sum over the terms it
    holds of coef[j] * (tf * (k1 + 1) / (tf + norm)) -- bit for bit what BM25Index's numpy pass
    gives (each term's contributions concatenated in term order, a stable sort by row, then
    np.add.reduceat: a row's first contribution plus numpy's pairwise sum of the others). One pass
    over the postings in windows of WINDOW rows, each row's contributions kept in term order.
    At most 129 terms (numpy's pairwise sum changes scheme past 128 addends). Returns how many rows
    were written; the outputs must hold the total number of postings."""
    cdef Py_ssize_t m = len(docs_lists), j, c, n = 0, wi, total = 0, cnt_o
    cdef int32_t d, ws, we, o, r
    cdef u64 bits[WORDS]
    cdef u64 word
    cdef double tf
    cdef const int32_t[::1] dv
    cdef const uint16_t[::1] tv
    if len(tf_lists) != m or coef.shape[0] != m:
        raise ValueError("one tf list and one coefficient per term")
    if m > 129:
        raise ValueError("at most 129 terms")
    if m == 0:
        return 0
    cdef const int32_t** rows = <const int32_t**> malloc(m * sizeof(void*))
    cdef const uint16_t** tfs = <const uint16_t**> malloc(m * sizeof(void*))
    cdef Py_ssize_t* length = <Py_ssize_t*> malloc(m * sizeof(Py_ssize_t))
    cdef Py_ssize_t* cur = <Py_ssize_t*> malloc(m * sizeof(Py_ssize_t))
    cdef double* vals = <double*> malloc(WINDOW * m * sizeof(double))   # per row of the window: its contributions
    cdef uint16_t* cnt = <uint16_t*> malloc(WINDOW * sizeof(uint16_t))
    if not (rows and tfs and length and cur and vals and cnt):
        free(rows); free(tfs); free(length); free(cur); free(vals); free(cnt)
        raise MemoryError()
    try:
        for j in range(m):
            dv = docs_lists[j]
            tv = tf_lists[j]
            if tv.shape[0] != dv.shape[0]:
                raise ValueError("rows and tfs of a term differ in length")
            length[j] = dv.shape[0]
            cur[j] = 0
            rows[j] = &dv[0] if dv.shape[0] else NULL
            tfs[j] = &tv[0] if dv.shape[0] else NULL
            total += dv.shape[0]
        if out_rows.shape[0] < total or out_scores.shape[0] < total:
            raise ValueError("the output arrays are too small")
        with nogil:
            memset(bits, 0, sizeof(bits))
            memset(cnt, 0, WINDOW * sizeof(uint16_t))
            while True:
                d = NO_ROW
                for j in range(m):
                    if cur[j] < length[j] and rows[j][cur[j]] < d:
                        d = rows[j][cur[j]]
                if d == NO_ROW:
                    break
                ws = d - d % WINDOW
                we = ws + WINDOW
                for j in range(m):
                    c = cur[j]
                    while c < length[j] and rows[j][c] < we:
                        if c + LOOKAHEAD < length[j]:
                            __builtin_prefetch(&norm[rows[j][c + LOOKAHEAD]])
                        r = rows[j][c]
                        o = r - ws
                        tf = <double>tfs[j][c]
                        vals[o * m + cnt[o]] = coef[j] * (tf * k1_plus_1 / (tf + norm[r]))
                        cnt[o] += 1
                        bits[o >> 6] |= (<u64>1) << (o & 63)
                        c += 1
                    cur[j] = c
                for wi in range(WORDS):
                    word = bits[wi]
                    bits[wi] = 0
                    while word:
                        o = <int32_t>(wi * 64 + __builtin_ctzll(word))
                        word &= word - 1
                        cnt_o = cnt[o]
                        cnt[o] = 0
                        out_rows[n] = ws + o
                        out_scores[n] = vals[o * m] + _pairwise(&vals[o * m + 1], cnt_o - 1)
                        n += 1
    finally:
        free(rows); free(tfs); free(length); free(cur); free(vals); free(cnt)
    return n


# ---------------------------------------------------------------- which lists hold a row in a range
def ranges_held(list rows_lists, const int32_t[::1] owner, const int32_t[::1] lo, const int32_t[::1] hi,
                const Py_ssize_t[::1] order, uint8_t[:, ::1] out):
    """For each ascending row list j and each range i, out[owner[j], i] = 1 when the list holds a
    row r with lo[i] <= r < hi[i] (an empty range, lo >= hi, holds nothing); other cells are left
    as they are, so several lists (a term's postings in several segments) may share an owner.
    `order`: the ranges' indices by ascending lo; each list is searched from the previous range's
    place by galloping, so n ranges cost O(n log(gap)) probes, not O(n log(length))."""
    cdef Py_ssize_t m = len(rows_lists), n = lo.shape[0], j, k, i, p, step, a, b, ln, mid
    cdef const int32_t[::1] rv
    cdef const int32_t* rows
    cdef uint8_t* cell
    if owner.shape[0] != m or hi.shape[0] != n or order.shape[0] != n:
        raise ValueError("one owner a list, one upper bound and one order entry a range")
    for j in range(m):
        if owner[j] < 0 or owner[j] >= out.shape[0]:
            raise ValueError("an owner outside the output")
    if out.shape[1] < n:
        raise ValueError("the output has fewer columns than ranges")
    for k in range(n):
        if order[k] < 0 or order[k] >= n:
            raise ValueError("an order entry outside the ranges")
    for j in range(m):
        rv = rows_lists[j]
        ln = rv.shape[0]
        if ln == 0:
            continue
        rows = &rv[0]
        cell = &out[owner[j], 0]
        with nogil:
            p = 0   # every row before p is below the current range's lo (the ranges come by ascending lo)
            for k in range(n):
                i = order[k]
                if lo[i] >= hi[i]:
                    continue
                if p < ln and rows[p] < lo[i]:
                    # gallop: rows[a] < lo; find b with rows[b] >= lo (or b = ln), then bisect
                    a = p
                    step = 1
                    b = a + step
                    while b < ln and rows[b] < lo[i]:
                        a = b
                        step <<= 1
                        b = a + step
                    if b > ln:
                        b = ln
                    while b - a > 1:
                        mid = a + (b - a) // 2
                        if rows[mid] < lo[i]:
                            a = mid
                        else:
                            b = mid
                    p = b
                if p < ln and rows[p] < hi[i]:
                    cell[i] = 1
    return None
