"""The matching settings v1 ran with (the shipped defaults at commit 536bbec), frozen so
later changes to config/settings.py cannot change v1's behaviour."""

from types import SimpleNamespace

settings = SimpleNamespace(
    MATCH_MAX_PER_NEED=50,
    MATCH_CANDIDATE_LIMIT=500,
    MATCH_SIMILARITY_FLOOR=0.70,
    MATCH_HNSW_EF_SEARCH=1000,
    MATCH_REFERENCE_NEEDS=300,
    MATCH_MIN_REFERENCE_NEEDS=5,
    MATCH_MEMBER_TOP_K=2,
    MATCH_MEMBER_MIN_Z=2.0,
    MATCH_NEED_MIN_Z=0.0,
    MATCH_FALLBACK_RANK=5,
)
