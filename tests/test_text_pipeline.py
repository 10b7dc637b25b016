from retrieval.text import TextPipeline, tokenize


def test_tokens_keep_numbers_and_codes_whole():
    assert tokenize("10.000 tentara, 1,5 juta; AK-12 dan mortir 60mm") == [
        "10.000", "tentara", "1,5", "juta", "ak-12", "dan", "mortir", "60mm"]


def test_numbers_never_go_through_the_stemmer():
    p = TextPipeline()
    assert p.stem("10.000") == "10.000"
    assert p.terms("10.000 tentara") == ["10.000", "tentara"]


def test_protected_proper_nouns():
    p = TextPipeline()
    assert p.stem("bekasi") == "bekasi" and p.stem("bali") == "bali"
    assert p.stem("dikerahkan") == "kerah"


def test_aliases_and_synonyms_land_on_one_term():
    p = TextPipeline()
    assert p.terms("Korut") == p.terms("Korea Utara") == p.terms("DPRK")
    assert p.terms("pasukan") == p.terms("tentara") == p.terms("prajurit") == p.terms("serdadu")
    assert p.terms("Menlu AS") == p.terms("Menteri Luar Negeri Amerika Serikat")
    assert p.terms("Kiev") == p.terms("Kyiv")
    assert p.terms("Jubir Kemlu") == p.terms("juru bicara Kementerian Luar Negeri")


def test_intent_detected_before_stopwords_and_question_words_dropped():
    p = TextPipeline()
    q = p.parse_query("berapa tentara Korut?")
    assert q.intent == "quantity" and q.terms == ["tentara", "korea_utara"]
    assert p.parse_query("Siapa yang melatih tentara?").intent == "who"
    assert p.parse_query("kapan serangan terjadi").intent == "when"
    assert p.parse_query("di mana kamp itu").intent == "where"
    assert p.parse_query("mengapa Rusia butuh bantuan").intent == "why"
    assert p.parse_query("bagaimana kondisi pasukan").intent == "how"
    assert p.parse_query("apa senjata mereka").intent == "what"
    assert "berapa" not in p.parse_query("berapa jumlah korban").terms


def test_own_stopwords_keep_qualifiers():
    p = TextPipeline()
    for w in ("lebih", "hampir", "sedikitnya", "menurut", "kata"):
        assert w not in p.stopwords


def test_ke_and_pe_nouns_keep_a_root_ending_in_k():
    """Sastrawi strips "-kan" first and stops at any root ("kerusakan" -> "rusa", a deer): a ke-/pe-
    noun takes "-an", so its root keeps the k and meets the verb's ("rusak") in the index."""
    p = TextPipeline()
    assert p.stem("kerusakan") == p.stem("rusak") == "rusak"
    assert p.stem("penculikan") == "culik" and p.stem("perpajakan") == "pajak"
    assert p.stem("memberikan") == "beri" and p.stem("dibedakan") == "beda"   # verbs keep Sastrawi's stem
    assert p.stem("kesempatan") == "sempat" and p.stem("kebakaran") == "bakar"
