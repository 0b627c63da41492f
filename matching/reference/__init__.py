"""The shipped reference corpus of typical needs, embedded per model and cached.

``corpus.json`` (versioned: its ``version`` field) holds typical needs across the
activities of ``members.activities``, each written in the eight languages members write
in.  It is the fixed point matching measures against, so a need is judged the same way on
a deployment's first day as after a year, whatever else happens to be active:

- **language means**: the mean vector of the corpus texts in each language; subtracting
  it removes the shared "this text is Somali" direction the local model adds;
- **reference distributions**: a member's similarity to a need is compared with their
  similarity to the corpus needs written in the need's language (member-relative), and
  with the need's similarity to the corpus texts written in the member's language
  (need-relative);
- **activity prototypes**: the mean centred vector of the corpus texts of each activity,
  used to guess activities from meaning when no cue word was found.

Vectors are cached as ``<model>-corpus<version>-<hash>.npy``, keyed by the model name, the
corpus version and a hash of the texts: first in ``matching/reference/vectors/`` (shipped
for the default local model, float16 at the model's native width, written by
``manage.py embed_reference --ship``), then in ``MATCH_REFERENCE_CACHE_DIR`` (default
``var/cache/matching``).  A process keeps the loaded reference in memory.  A missing cache
is filled on first use (about 400 texts: ~40 s with the local model on 2 cores, a few
requests with a hosted API); ``generate_embeddings`` and ``embed_reference`` warm it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

logger = logging.getLogger(__name__)
CORPUS_PATH = Path(__file__).with_name("corpus.json")
SHIPPED_DIR = Path(__file__).with_name("vectors")
_lock = threading.Lock()
_loaded: dict[str, Reference] = {}


def corpus() -> dict:
    return json.loads(CORPUS_PATH.read_text(encoding="utf-8"))


def corpus_rows() -> tuple[int, list[tuple[str, str, tuple[str, ...], str]]]:
    """(version, [(item id, language, activities, text)]) in a fixed order."""
    data = corpus()
    rows = []
    for item in data["items"]:
        for language, text in item["text"].items():
            rows.append((item["id"], language, tuple(item["activities"]), text))
    return int(data["version"]), rows


def _unit(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=-1, keepdims=True)
    return matrix / np.maximum(norms, 1e-8)


@dataclass
class Reference:
    """The corpus embedded with one model, and what is derived from it."""

    model: str
    version: int
    vectors: np.ndarray                 # K x D, unit rows
    languages: np.ndarray               # K language codes
    activities: list[tuple[str, ...]]   # per row
    means: dict[str, np.ndarray] = field(default_factory=dict)
    overall: np.ndarray | None = None
    prototypes: dict[str, np.ndarray] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.vectors = np.asarray(self.vectors, dtype=np.float32)
        self.languages = np.asarray(self.languages)
        self.overall = self.vectors.mean(axis=0)
        self.means = {str(lang): self.vectors[self.languages == lang].mean(axis=0)
                      for lang in sorted(set(self.languages.tolist()))}
        centred = _unit(np.vstack([self.vectors[i] - self.means[str(lang)]
                                   for i, lang in enumerate(self.languages)]))
        names = sorted({a for acts in self.activities for a in acts})
        self.prototypes = {
            a: _unit(centred[[a in acts for acts in self.activities]].mean(axis=0))
            for a in names
        }
        self._by_language = {lang: self.vectors[self.languages == lang] for lang in self.means}

    def covers(self, language: str) -> bool:
        return language in self.means

    def centre(self, vectors: np.ndarray, languages) -> np.ndarray:
        """Each row minus the corpus mean of its language (the overall mean for a language
        the corpus does not have), renormalised."""
        vectors = np.atleast_2d(np.asarray(vectors, dtype=np.float32))
        means = np.vstack([self.means.get(lang, self.overall) for lang in languages])
        return _unit(vectors - means)

    def texts_in(self, language: str) -> np.ndarray:
        """Corpus vectors written in ``language`` (all of them for another language)."""
        return self._by_language.get(language, self.vectors)


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text)[:80]


def _cache_dir() -> Path:
    from django.conf import settings

    configured = getattr(settings, "MATCH_REFERENCE_CACHE_DIR", "") or ""
    if configured:
        return Path(configured)
    return Path(settings.BASE_DIR) / "var" / "cache" / "matching"


def cache_name(model: str, version: int, texts: list[str]) -> str:
    digest = hashlib.sha256("\x1f".join(texts).encode("utf-8")).hexdigest()[:12]
    return f"{_slug(model)}-corpus{version}-{digest}.npy"


def cache_path(model: str, version: int, texts: list[str]) -> Path:
    return _cache_dir() / cache_name(model, version, texts)


def _read(path: Path, count: int, width: int) -> np.ndarray | None:
    if not path.exists():
        return None
    try:
        vectors = np.load(path, allow_pickle=False).astype(np.float32)
    except (OSError, ValueError):
        return None
    if vectors.ndim != 2 or vectors.shape[0] != count or vectors.shape[1] > width:
        return None
    if vectors.shape[1] < width:  # shipped at the native width: pad like the backend
        vectors = np.hstack([vectors, np.zeros((count, width - vectors.shape[1]),
                                               dtype=np.float32)])
    return _unit(vectors)


def get_reference(backend=None) -> Reference:
    """The corpus embedded with ``backend`` (the configured one by default): from memory,
    else from the file cache, else embedded now and cached."""
    if backend is None:
        from matching.embeddings import get_backend

        backend = get_backend()
    model = backend.model_name
    cached = _loaded.get(model)
    if cached is not None:
        return cached
    with _lock:
        cached = _loaded.get(model)
        if cached is not None:
            return cached
        version, rows = corpus_rows()
        texts = [text for _id, _lang, _acts, text in rows]
        path = cache_path(model, version, texts)
        width = backend.dimensions
        vectors = _read(SHIPPED_DIR / path.name, len(texts), width)
        if vectors is None:
            vectors = _read(path, len(texts), width)
        if vectors is None:
            logger.info("embedding the reference corpus (version %s, %s texts) with %s",
                        version, len(texts), model)
            vectors = np.asarray(backend.embed(texts, kind="query"), dtype=np.float32)
            _write_atomically(path, vectors)
        reference = Reference(model=model, version=version, vectors=vectors,
                              languages=[lang for _id, lang, _a, _t in rows],
                              activities=[acts for _id, _l, acts, _t in rows])
        _loaded[model] = reference
        return reference


def _write_atomically(path: Path, vectors: np.ndarray) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as handle:
            np.save(handle, vectors, allow_pickle=False)
        os.replace(tmp, path)
    except OSError as exc:  # a read-only disk: keep it in memory only
        logger.warning("reference cache not written (%s): %s", path, exc.__class__.__name__)


def ship(backend) -> Path:
    """Write the corpus vectors of ``backend`` into the package (float16, native width)."""
    reference = get_reference(backend)
    _version, rows = corpus_rows()
    path = SHIPPED_DIR / cache_name(reference.model, reference.version,
                                    [text for *_rest, text in rows])
    native = getattr(backend, "native_dimensions", reference.vectors.shape[1])
    SHIPPED_DIR.mkdir(exist_ok=True)
    np.save(path, reference.vectors[:, :native].astype(np.float16), allow_pickle=False)
    return path


def forget_loaded() -> None:
    """Drop the in-memory references (tests, or after a corpus change)."""
    with _lock:
        _loaded.clear()
