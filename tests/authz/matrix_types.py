"""The shapes of the authorization matrix's rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from authz import Capability


@dataclass
class StaffCase:
    name: str
    capability: Capability
    query: str
    variables: Callable[[object], dict]
    succeeded: Callable[[dict, object], bool]



@dataclass
class MemberCase:
    name: str
    query: str
    variables: Callable[[], dict]
    changed: Callable[[object], bool]  # did the target member change (or vanish)?

