"""Hooks other apps fill in, so ``organizations`` can use them without importing them
(``organizations`` never imports ``needs``; see the README's dependency direction).

``resource_link_submitter(url=..., context=..., actor=...)`` is the public
"submit a resource link" service (``needs.submissions.submit_resource_link``, set by
``needs.apps`` in ``ready()``): imports send the links they find in prose through it, so
they wait for staff review exactly like a link the public submitted.  It returns an
object with ``source`` and ``added_to_existing`` and raises ``ValidationError`` for an
address it does not accept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

resource_link_submitter: Callable[..., Any] | None = None
