"""The shipped reference corpus: its shape, and its per-model cache (a fake backend counts
the texts it is asked to embed, so the test sees when the cache is used)."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from matching import reference as ref
from members.activities import ACTIVITY_IDS, LANGUAGES


def test_every_item_is_written_in_every_language_and_every_activity_has_items():
    data = ref.corpus()
    assert isinstance(data["version"], int)
    seen = set()
    for item in data["items"]:
        assert set(item["text"]) == set(LANGUAGES), item["id"]
        assert all(len(text) > 10 for text in item["text"].values()), item["id"]
        assert item["kind"] in ("volunteer", "skilled", "donation")
        seen |= set(item["activities"])
    assert seen == set(ACTIVITY_IDS)
    _version, rows = ref.corpus_rows()
    assert len(rows) >= 300  # hundreds of typical needs


class CountingBackend:
    dimensions = native_dimensions = 8

    def __init__(self, name: str):
        self.model_name = name
        self.embedded = 0

    def embed(self, texts, kind="query"):
        self.embedded += len(texts)
        out = []
        for text in texts:
            seed = int(hashlib.sha256(text.encode()).hexdigest()[:8], 16)
            v = np.random.default_rng(seed).normal(size=self.native_dimensions)
            out.append((v / np.linalg.norm(v)).tolist())
        return out


@pytest.fixture
def cache_dir(settings, tmp_path):
    settings.MATCH_REFERENCE_CACHE_DIR = str(tmp_path)
    ref.forget_loaded()
    yield tmp_path
    ref.forget_loaded()


def test_the_corpus_is_embedded_once_per_model_and_then_read_from_the_cache(cache_dir):
    backend = CountingBackend("fake-model@1")
    first = ref.get_reference(backend)
    _version, rows = ref.corpus_rows()
    assert backend.embedded == len(rows)
    assert ref.get_reference(backend) is first          # in memory
    ref.forget_loaded()
    again = ref.get_reference(backend)                  # from the file cache
    assert backend.embedded == len(rows)
    assert np.allclose(again.vectors, first.vectors, atol=1e-6)
    files = sorted(p.name for p in cache_dir.iterdir())
    assert len(files) == 1 and files[0].startswith("fake-model_1-corpus")
    other = CountingBackend("another-model")
    ref.get_reference(other)
    assert other.embedded == len(rows) and len(list(cache_dir.iterdir())) == 2


def test_derived_statistics(cache_dir):
    reference = ref.get_reference(CountingBackend("fake-model@2"))
    assert set(reference.means) == set(LANGUAGES)
    assert set(reference.prototypes) == set(ACTIVITY_IDS)
    somali = reference.texts_in("so")
    assert somali.shape[0] == reference.vectors.shape[0] // len(LANGUAGES)
    assert reference.texts_in("fr").shape == reference.vectors.shape  # not in the corpus
    centred = reference.centre(reference.vectors[:2], ["so", "xx"])
    assert np.allclose(np.linalg.norm(centred, axis=1), 1.0, atol=1e-5)


def test_the_local_models_vectors_are_shipped_for_this_corpus_version():
    """Editing corpus.json without re-running ``manage.py embed_reference --ship`` would
    make every fresh deployment embed the corpus on its first match: this catches it."""
    from matching.embeddings.local import LocalBackend

    backend = LocalBackend()
    version, rows = ref.corpus_rows()
    name = ref.cache_name(backend.model_name, version, [text for *_r, text in rows])
    shipped = ref.SHIPPED_DIR / name
    assert shipped.exists(), f"run manage.py embed_reference --ship ({name} missing)"
    vectors = np.load(shipped)
    assert vectors.shape == (len(rows), backend.native_dimensions)
