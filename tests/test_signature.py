"""The story signature computed on arrays equals datasketch's MinHash bit for bit: stored
signatures (story_docs) and the stories they form must not change with how they are computed."""
from __future__ import annotations

import random

from retrieval import syndication

WORDS = ("pemerintah menaikkan harga bahan bakar minyak subsidi sebesar persen mulai pekan depan kata menteri "
         "energi di jakarta rabu warga mengantre di stasiun pengisian sejak pagi hari").split()


def test_signature_equals_datasketch_minhash() -> None:
    rng = random.Random(7)
    texts = [" ".join(rng.choice(WORDS) for _ in range(n)) for n in (24, 25, 60, 300, 2000)]
    texts += ["Jakarta, CNN Indonesia -- " + " ".join(rng.sample(WORDS, 20)) * 3, "terlalu pendek untuk dibandingkan"]
    for text in texts:
        assert syndication.signature(text) == syndication.signature_datasketch(text)
    assert syndication.signature(texts[-1]) is None
    assert syndication.signature(texts[2]) != syndication.signature(texts[3])


def test_permutations_are_datasketchs_and_signing_does_not_import_it() -> None:
    """Each ingest worker signs articles; importing datasketch (and scipy with it) cost every
    worker ~0.4 s of CPU. The permutations are drawn as datasketch draws them."""
    import subprocess
    import sys

    import numpy as np
    from datasketch import MinHash

    a, b = syndication._affine()
    ref = MinHash(num_perm=syndication.NUM_PERM, seed=syndication.SEED, scheme="affine32").permutations
    assert np.array_equal(a.ravel(), np.asarray(ref[0], dtype=np.uint32))
    assert np.array_equal(b.ravel(), np.asarray(ref[1], dtype=np.uint32))
    code = ("import sys; from retrieval import syndication; "
            "assert syndication.signature(' '.join(str(i) for i in range(99))) is not None; "
            "print('datasketch' in sys.modules, 'scipy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


def test_signatures_of_many_texts_equal_one_by_one() -> None:
    """Ingest workers sign a task's articles in one array pass (syndication.signatures): a
    shingle must never span two texts, duplicates are removed per text, short texts stay
    unsigned, and texts longer than one array of SIGN_COLUMNS are signed alone."""
    rng = random.Random(11)
    texts = [" ".join(rng.choice(WORDS) for _ in range(n)) for n in (0, 3, 23, 24, 25, 40, 300, 2000, 12000)]
    texts += [" ".join(WORDS)] * 3 + ["Jakarta, CNN Indonesia -- " + " ".join(rng.sample(WORDS, 20)) * 3, ""]
    texts += [" ".join(f"kata{i}" for i in range(n)) for n in (24, 30, 9000)]
    rng.shuffle(texts)
    one_by_one = [syndication.signature(t) for t in texts]
    assert any(s is None for s in one_by_one) and any(s is not None for s in one_by_one)
    for size in (1, 2, 5, len(texts)):
        got = [s for i in range(0, len(texts), size) for s in syndication.signatures(texts[i : i + size])]
        assert got == one_by_one
    assert syndication.signatures([]) == []
    assert syndication.signatures(["terlalu pendek", ""]) == [None, None]
