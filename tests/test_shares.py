"""A share asked of those who do something (retrieval/shares.py, docs/frames.md "Session 34 rules"):
"berapa persen pengguna Twitter yang memilih Jokowi" takes the share written beside the deed
("… ternyata memilih Jokowi sebanyak 55 persen"), not another deed's, another name's or another
kind's ("hepatitis C" for "hepatitis B")."""
from __future__ import annotations

from retrieval.clean import Article

from .answered import answer_values, other_stories

POLLS = other_stories("poling", "Tempo.co", "2018-01-04", [
    ("Survei elektabilitas capres", "Lembaga survei merilis elektabilitas calon presiden menjelang Pemilu 2019."),
    ("Debat di media sosial", "Pengguna media sosial ramai memperdebatkan hasil survei capres."),
    ("Partai menyiapkan koalisi", "Sejumlah partai politik menyiapkan koalisi untuk Pemilu 2019."),
    ("Kampanye digital", "Tim sukses mulai menggarap kampanye digital di Twitter dan Instagram."),
]) + [
    Article(id="poling-fadli", outlet="CNN Indonesia", published="2018-01-04", title="Poling Fadli Zon di Twitter",
            body="Wakil Ketua DPR Fadli Zon menggelar poling capres lewat akun Twitter miliknya. "
                 "Hasil akhirnya, dari 30.336 pengguna Twitter yang mengikuti poling tersebut ternyata memilih "
                 "Jokowi sebanyak 55 persen, sedangkan yang memilih Prabowo sebanyak 45 persen."),
]

HEPATITIS = other_stories("hati", "Kompas.com", "2017-04-25", [
    ("Hari Hepatitis", "Kementerian Kesehatan mengajak warga memeriksakan diri dari hepatitis."),
    ("Vaksin untuk bayi", "Vaksin hepatitis diberikan kepada bayi sejak lahir di puskesmas."),
    ("Obat baru", "Obat baru untuk penyakit hati mulai diuji di rumah sakit."),
]) + [
    Article(id="hati-who", outlet="CNN Indonesia", published="2017-04-25", title="Penderita hepatitis capai 325 juta orang",
            body="WHO mencatat 325 juta orang di dunia hidup dengan hepatitis. "
                 "Bagi hepatitis B yang menyebar melalui cairan tubuh, hanya 9 persen yang terinfeksi menyadari "
                 "status kondisi mereka. Dan untuk hepatitis C, yang menyebar melalui darah, hanya 20 persen dari "
                 "mereka yang sadar akan kondisi mereka."),
]


async def test_a_share_said_beside_the_asked_deed_answers(empty_engine):
    await empty_engine.ingest_articles(POLLS)
    answer = await empty_engine.ask("berapa persen pengguna Twitter yang memilih Jokowi dalam poling capres Fadli Zon?")
    assert 55 in answer_values(answer), answer_values(answer)
    assert 45 not in answer_values(answer), answer_values(answer)   # Prabowo's share: another name
    other = await empty_engine.ask("berapa persen pengguna Twitter yang memilih Prabowo dalam poling capres Fadli Zon?")
    assert 45 in answer_values(other), answer_values(other)
    assert 55 not in answer_values(other), answer_values(other)


async def test_a_share_of_another_labelled_kind_does_not_answer(empty_engine):
    await empty_engine.ingest_articles(HEPATITIS)
    answer = await empty_engine.ask("menurut WHO, berapa persen pengidap hepatitis B yang menyadari kondisi mereka?")
    assert 9 in answer_values(answer), answer_values(answer)
    assert 20 not in answer_values(answer), answer_values(answer)   # hepatitis C's
    other = await empty_engine.ask("menurut WHO, berapa persen pengidap hepatitis C yang menyadari kondisi mereka?")
    assert 20 in answer_values(other), answer_values(other)
    assert 9 not in answer_values(other), answer_values(other)
