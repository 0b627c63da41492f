"""Hooks other apps fill in, so ``needs`` can show what they compute without importing
them (``needs`` never imports ``matching``; see ARCHITECTURE's dependency direction).

``reach_preview_provider(need)`` returns an object with ``reachable``, ``throttled`` and
``reasons`` (``matching.preview.ReachPreview``); ``matching.apps`` sets it in ``ready()``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

reach_preview_provider: Callable[[Any], Any] | None = None
