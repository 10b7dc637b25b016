"""Imported once by the ingest forkserver (workers.PreparePool), never by the application itself.

Every ingest worker used to start as a fresh interpreter: ~0.5 s of CPU each to import numpy,
ftfy and the ingest modules, compile ~150 regular expressions on first use and read the word
lists, before its first article. The forkserver does this once, here, by preparing one small
article; each worker is then forked from it with all of that in place. Only speed depends on it:
every cache it fills is a pure function's (the worker's TextPipeline is its own, built fresh).
"""
from __future__ import annotations

from .text import TextPipeline
from .workers import prepare_items

_SAMPLE = {
    "id": "warm-up", "outlet": "Kompas", "date": "2024-10-30", "title": "Banjir Rendam 1.200 Rumah di Bekasi",
    "text": ("Jakarta, Kompas.com - Banjir merendam sedikitnya 1.200 rumah di Kota Bekasi, Jawa Barat, Rabu (30/10/2024). "
             "\"Sebanyak 3 orang tewas dan 25 warga mengungsi,\" kata Kepala BPBD Bekasi, Ahmad Yani, kepada wartawan.\n\n"
             "Menurut dia, kerugian ditaksir mencapai Rp 5 miliar. Sekitar 40 persen wilayah masih tergenang hingga malam ini. "
             "Petugas gabungan dikerahkan ke lokasi sejak pagi, dilansir dari Antara. Warga diminta waspada pekan depan.\n\n"
             "Artikel ini telah tayang di Kompas.com dengan judul \"Banjir Bekasi\". Ã¢â‚¬â€ &amp; caf\u00c3\u00a9"),
}
try:
    prepare_items([("warm-up", dict(_SAMPLE))], None, pipeline=TextPipeline())
except Exception:   # noqa: BLE001 - warming only saves time; a worker works without it
    pass
