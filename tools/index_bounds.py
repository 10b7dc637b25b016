"""Add the pruning bounds (most.npy, blockmax.npy) to an index saved without them, in place.

An index saved by an older build answers without them (exhaustively or with the loose bound), and
the next rebuild (`sumber reindex`, or the engine's merge) writes them; this writes them now from
the saved postings (~15 s at 10M passages) instead of a rebuild (hours at 10M). The files are
computed by the functions the build uses, written beside the postings (temporary name, then
renamed) and the index's stamp renewed.

    .venv/bin/python tools/index_bounds.py PATH/TO/bench.db.index
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from retrieval.index import BM25Index, _block_most, _most, _write_stamp  # noqa: E402


def add_bounds(directory: Path) -> dict[str, float]:
    """Write most.npy and blockmax.npy for the saved index in `directory`; seconds per file."""
    index = BM25Index.load(directory)
    if index is None:
        raise SystemExit(f"{directory}: not a loadable index")
    seg = index.segments[0]
    k1p = index.params.k1 + 1
    took = {}
    for name, compute in (("most.npy", lambda: _most(seg.indptr, seg.docs, seg.tfs, index._norm, k1p)),  # noqa: SLF001
                          ("blockmax.npy", lambda: _block_most(seg.docs, seg.tfs, index._norm, k1p))):  # noqa: SLF001
        t = time.perf_counter()
        tmp = directory / f".{name}.tmp"
        with open(tmp, "wb") as f:
            np.save(f, compute())
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, directory / name)
        took[name] = time.perf_counter() - t
    _write_stamp(directory)
    return took


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("index_dir", type=Path)
    args = ap.parse_args()
    for name, s in add_bounds(args.index_dir).items():
        print(f"{name}: {s:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
