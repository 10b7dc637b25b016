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
