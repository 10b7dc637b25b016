"""A figure elsewhere in an article read whole says what is asked (relevance.says_what_is_asked,
docs/frames.md "Session 34 rules") when its unit is a word counting the asked noun written right
after it: "dari 1.637 bangunan rumah yang bakal terkena penggusuran" counts houses."""
from __future__ import annotations

import dataclasses

from retrieval.claims import find_quantities
from retrieval.frame import question_frame
from retrieval.relevance import READ_WHOLE_SHARED_TERMS, says_what_is_asked
from retrieval.text import TextPipeline


def test_a_unit_followed_by_the_asked_noun_counts_it():
    pipe = TextPipeline()
    frame = question_frame("Berapa rumah di Kota Bogor yang bakal tergusur proyek jalur ganda kereta api?", pipe)
    asked = pipe.noun_key(frame.noun) if frame.noun else None
    sentence = "Sebab, menurut dia, dari 1.637 bangunan rumah yang bakal terkena penggusuran, sosialisasi harus dilakukan."
    q = next(dataclasses.asdict(x) for x in find_quantities(sentence) if x.value == 1637)
    assert says_what_is_asked(frame, q, asked, pipe.noun_key, READ_WHOLE_SHARED_TERMS, sentence)
    # buildings of another kind say nothing of houses
    other = sentence.replace("bangunan rumah", "bangunan toko")
    q = next(dataclasses.asdict(x) for x in find_quantities(other) if x.value == 1637)
    assert not says_what_is_asked(frame, q, asked, pipe.noun_key, READ_WHOLE_SHARED_TERMS, other)
