import logging

import pytest

from authz import Actor, Capability, PermissionDenied

pytestmark = pytest.mark.django_db
STAFF_CAPS = [c for c in Capability if c.permission]


def test_anonymous_denies_everything():
    actor = Actor.anonymous()
    for cap in Capability:
        assert not actor.can(cap).allowed()
        with pytest.raises(PermissionDenied):
            actor.can(cap).check()


def test_member_has_no_staff_capability_and_acts_only_on_themself(make_member):
    me, other = make_member(), make_member()
    actor = Actor.for_member(me)
    assert not any(actor.can(c).allowed() for c in STAFF_CAPS)
    assert actor.can(Capability.MEMBER_SELF_SERVICE).on(me).allowed()
    assert not actor.can(Capability.MEMBER_SELF_SERVICE).on(other).allowed()
    assert not actor.can(Capability.MEMBER_SELF_SERVICE).allowed()  # no target, no access
    with pytest.raises(PermissionDenied):
        actor.can(Capability.MEMBER_SELF_SERVICE).on(other).check()


def test_staff_without_group_has_nothing(make_staff):
    actor = Actor.for_user(make_staff())
    assert not any(actor.can(c).allowed() for c in STAFF_CAPS)


def test_moderator_group_grants_manage_needs_only(make_staff):
    actor = Actor.for_user(make_staff("Moderator"))
    allowed = {c for c in STAFF_CAPS if actor.can(c).allowed()}
    assert allowed == {Capability.MANAGE_NEEDS}


def test_administrator_group_and_full_admin_imply_everything(make_staff):
    actor = Actor.for_user(make_staff("Administrator"))
    assert all(actor.can(c).allowed() for c in STAFF_CAPS)
    assert not actor.can(Capability.MEMBER_SELF_SERVICE).on(object()).allowed()


def test_full_admin_permission_alone_implies_all(make_staff):
    from django.contrib.auth.models import Permission

    user = make_staff()
    user.user_permissions.add(Permission.objects.get(codename="full_admin"))
    actor = Actor.for_user(type(user).objects.get(pk=user.pk))
    assert all(actor.can(c).allowed() for c in STAFF_CAPS)


@pytest.mark.parametrize("kwargs", [{"active": False}, {"is_staff": False}])
def test_inactive_or_non_staff_users_are_anonymous(make_staff, kwargs):
    actor = Actor.for_user(make_staff("Administrator", **kwargs))
    assert actor.is_anonymous
    assert not any(actor.can(c).allowed() for c in STAFF_CAPS)


def test_superuser_has_every_staff_capability(make_staff):
    actor = Actor.for_user(make_staff(superuser=True))
    assert all(actor.can(c).allowed() for c in STAFF_CAPS)


def test_system_actor_is_logged_and_needs_a_reason(caplog):
    with caplog.at_level(logging.INFO, logger="authz"):
        actor = Actor.system("celery beat: scrape due sources")
    assert "celery beat: scrape due sources" in caplog.text
    assert all(actor.can(c).allowed() for c in STAFF_CAPS)
    assert not actor.can(Capability.MEMBER_SELF_SERVICE).on(object()).allowed()
    with pytest.raises(ValueError):
        Actor.system("")


def test_capabilities_are_django_permissions_and_groups_exist():
    from django.contrib.auth.models import Group

    moderator = Group.objects.get(name="Moderator")
    admin = Group.objects.get(name="Administrator")
    assert {p.codename for p in moderator.permissions.all()} == {"manage_needs"}
    assert {p.codename for p in admin.permissions.all()} == {c.value for c in STAFF_CAPS}
