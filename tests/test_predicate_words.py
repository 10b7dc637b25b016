"""Words that say what befell a counted figure (predicates.txt, session 21): people spread over
places are not leaked data; "membunuhi" kills; "ditangani di RS" treats."""
from __future__ import annotations

from retrieval.claims import find_quantities


def test_what_befell_a_count_is_read_from_its_verb():
    drought = ("Data sementara yang terhimpun di BPBD, jumlah korban dampak kekeringan sebanyak 32.624 jiwa yang "
               "tersebar di 16 kecamatan dan 3 kabupaten.")
    assert "leaked" not in find_quantities(drought)[0].predicates
    leak = "Sebanyak 21 juta data penumpang tersebar di internet."
    assert find_quantities(leak)[0].predicates == ["leaked"]
    # a killing said with the plural-action verb
    assert find_quantities("Israel juga membunuhi tidak kurang dari 350 atlet Gaza.")[0].predicates == ["killed"]
    # people handled at a hospital are treated
    assert find_quantities("Sebanyak 41 orang ditangani di RS Altha Medika .")[0].predicates == ["treated"]


def test_the_verb_after_an_aside_naming_a_part_is_the_whole_figures_too():
    crash = "Setidaknya 13 orang , termasuk tiga anak-anak , tewas tertimpa helikopter militer Meksiko yang jatuh."
    assert [q.predicates for q in find_quantities(crash)] == [["killed"], ["killed"]]
    clash = "Sebanyak 20 orang, di antaranya lima polisi, terluka dalam bentrokan itu."
    assert [q.predicates for q in find_quantities(clash)] == [["wounded"], ["wounded"]]
    # two figures joined by "dan" are no aside: each keeps its own verb
    assert [q.predicates for q in find_quantities("Lima orang tewas dan tiga orang terluka.")] == [["killed"], ["wounded"]]
