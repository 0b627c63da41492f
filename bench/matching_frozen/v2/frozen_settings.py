"""The matching settings v2 was frozen with (the shipped defaults of issue 11), so later
changes to config/settings.py cannot change v2's behaviour."""

from types import SimpleNamespace

settings = SimpleNamespace(
    MATCH_MAX_PER_NEED=50,
    MATCH_CANDIDATE_LIMIT=500,
    MATCH_SIMILARITY_FLOOR=0.70,
    MATCH_HNSW_EF_SEARCH=1000,
    MATCH_MEANING_MIN_Z=2.5,
    MATCH_MEANING_PAIR_MIN_Z=0.0,
    MATCH_SIMILARITY_MIN_Z=4.5,
    MATCH_NOTIFY_BROAD=True,
)
