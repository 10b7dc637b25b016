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


def test_lives_taken_and_those_still_going_on_session_22():
    # "menelan" a count of lives kills, and a later verb of the list does not take it
    assert [q.predicates for q in find_quantities("Konflik itu telah menelan delapan nyawa dan melukai puluhan lainnya.")] \
        == [["killed"]]
    # what still goes on after some gave up is what remains
    strike = ("Pejabat Israel mengatakan 300 tahanan menyerah dan menyisakan sekitar 980 tahanan yang masih melakukan "
              "aksi mogok makan.")
    assert find_quantities(strike)[1].predicates == ["remaining"]
    # a cost swallowed is no casualty
    assert find_quantities("Proyek itu menelan biaya Rp 5 miliar.")[0].predicates == []


def test_questions_name_lives_lost_and_those_still_going_on():
    from retrieval.frame import question_frame
    from retrieval.text import TextPipeline
    pipeline = TextPipeline()
    assert question_frame("berapa nyawa yang melayang dalam konflik itu?", pipeline).predicates == ("killed",)
    assert question_frame("berapa tahanan yang masih melanjutkan mogok makan?", pipeline).predicates == ("remaining",)
    # the treated among the poisoned, whatever noun stands before "yang"
    assert question_frame("berapa warga korban keracunan makanan hajatan di Simpenan yang dirujuk ke RSUD "
                          "Palabuhanratu?", pipeline).predicates == ("treated",)
