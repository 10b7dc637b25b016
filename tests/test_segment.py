from retrieval.segment import segment, split_sentences


def test_quote_then_katanya_stays_one_sentence():
    s = "“Sekitar 8.000 tentara telah dikerahkan,” kata Blinken pada 31 Oktober. katanya. Para prajurit berlatih."
    assert split_sentences(s) == ["“Sekitar 8.000 tentara telah dikerahkan,” kata Blinken pada 31 Oktober. katanya.",
                                  "Para prajurit berlatih."]


def test_numbers_dates_abbreviations_do_not_split():
    s = "Harga naik 1,5 persen menjadi Rp 10.000 pada Rabu (8/10/2024). Dr. Andi tinggal di Jl. Sudirman No. 5 bersama M. Hendra. Ia pulang."
    assert split_sentences(s) == [
        "Harga naik 1,5 persen menjadi Rp 10.000 pada Rabu (8/10/2024).",
        "Dr. Andi tinggal di Jl. Sudirman No. 5 bersama M. Hendra.",
        "Ia pulang.",
    ]


def test_quoted_sentence_with_period_inside_quote():
    s = '"Garis depan butuh dukungan. Kita bicara soal pasokan," papar Zelensky. Ia pergi.'
    assert split_sentences(s) == ['"Garis depan butuh dukungan.', 'Kita bicara soal pasokan," papar Zelensky.', "Ia pergi."]


def test_paragraphs_are_boundaries():
    assert segment("Judul tanpa titik\n\nKalimat satu. Kalimat dua.") == ["Judul tanpa titik", "Kalimat satu.", "Kalimat dua."]
