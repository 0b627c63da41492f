"""Members' API tokens: how they are versioned and found again.

``authz.tokens`` issues and checks every token but imports no app of ours; this module
tells it about members (registered in ``MembersConfig.ready()``).  A member's tokens
carry the member's ``token_version``: bumping it (``revoke_member_tokens``) revokes every
token issued before, and a deleted member's tokens find nobody.
"""

from __future__ import annotations

import uuid

from authz.actor import Actor
from authz.tokens import MEMBER, register_subject
from members.models import Member


class MemberTokens:
    def ident(self, member: Member) -> str:
        return str(member.pk)

    def version(self, member: Member) -> str:
        return str(member.token_version)

    def load(self, ident: str) -> Member:
        try:
            return Member.objects.only("id", "token_version").get(pk=uuid.UUID(ident))
        except (ValueError, Member.DoesNotExist) as exc:
            raise LookupError(ident) from exc

    def actor(self, member: Member) -> Actor:
        return Actor.for_member(member)


def register() -> None:
    register_subject(MEMBER, MemberTokens())
