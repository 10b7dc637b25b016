"""A batch's band keys computed in one array pass are the keys each signature gives alone: the
story join (store._plan_stories) finds copies through them, and stored story_bands must not change."""
from __future__ import annotations

import random

from retrieval import syndication


def test_band_keys_many_equals_band_keys_one_by_one() -> None:
    rng = random.Random(13)
    texts = [" ".join(rng.choice(["harga", "beras", "naik", "Rp", "12.000", "per", "kilogram", "di", "pasar",
                                  "Jakarta", "kata", "menteri", "perdagangan", "pada", "Senin"])
                      for _ in range(rng.randrange(40, 120))) for _ in range(60)]
    sigs = [syndication.signature(t) for t in texts]
    sigs = [s for s in sigs if s is not None]
    # extreme values too: every 32-bit word at its largest and smallest
    sigs += [b"\xff" * (4 * syndication.NUM_PERM), b"\x00" * (4 * syndication.NUM_PERM),
             bytes(rng.getrandbits(8) for _ in range(4 * syndication.NUM_PERM))]
    assert len(sigs) > 10
    assert syndication.band_keys_many(sigs) == [syndication.band_keys(s) for s in sigs]
    assert syndication.band_keys_many([]) == []
    assert syndication.band_keys_many(sigs[:1]) == [syndication.band_keys(sigs[0])]
