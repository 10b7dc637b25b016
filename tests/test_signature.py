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
