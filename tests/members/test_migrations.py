"""The issue-11 migrations on a database holding rows from before them: members keep
their profile and gain empty facts; needs gain no matching profile until they are read."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("members", "0001_initial"), ("matching", "0002_notification_sending")]
AFTER = [("members", "0002_member_languages_activities"), ("matching", "0003_need_profile")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def test_existing_members_gain_empty_facts_and_the_need_profile_table_appears():
    try:
        old = migrate(BEFORE)
        Member = old.get_model("members", "Member")
        member = Member.objects.create(push_token="ExponentPushToken[migration-test-01]",
                                       interests="cooking", language="so")
        with connection.cursor() as cursor:
            tables = connection.introspection.table_names(cursor)
        assert "matching_needprofile" not in tables
        new = migrate(AFTER)
        migrated = new.get_model("members", "Member").objects.get(pk=member.pk)
        assert (migrated.interests, migrated.language) == ("cooking", "so")
        assert (migrated.languages, migrated.activities, migrated.inferred) == ([], [], {})
        assert new.get_model("matching", "NeedProfile").objects.count() == 0
    finally:
        # Back to the latest migration of every app, whatever came after these.
        executor = MigrationExecutor(connection)
        migrate(executor.loader.graph.leaf_nodes())
