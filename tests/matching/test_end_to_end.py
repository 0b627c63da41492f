"""An approved need reaches the right members end to end: GraphQL approval -> on commit ->
a real Celery worker over the real Redis -> matching -> throttle -> push (console)."""

import pytest
from graphql_relay import to_global_id

from matching.models import Notification
from needs.hashing import content_hash
from needs.models import Need
from tests.config.test_celery_worker import broker, redis_db, start_worker, wait_for  # noqa: F401
from tests.matching.conftest import DULUTH

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def test_an_approved_need_reaches_the_right_members(
    start_worker, reference, make_embedded_member, org, gql, staff_token  # noqa: F811
):
    driver = make_embedded_member("I drive my car and can take seniors to their appointments")
    far_driver = make_embedded_member("I drive and can take seniors to appointments",
                                      location=DULUTH)
    cook = make_embedded_member("I love cooking big meals for families")
    title = "Volunteer drivers"
    description = "Drive seniors to medical appointments in Minneapolis. Must have a car."
    need = Need.objects.create(
        organization=org, title=title, description=description, latitude=44.98,
        longitude=-93.27, content_hash=content_hash(title=title, description=description,
                                                    organization_id=org.pk))
    worker = start_worker()
    _, token = staff_token("Moderator")
    body = gql("mutation($id: ID!) { approveNeed(id: $id) { need { status } } }",
               {"id": to_global_id("Need", need.pk)}, token=token)
    assert body["data"]["approveNeed"]["need"]["status"] == "ACTIVE"

    wait_for("the driver's notification to be sent",
             lambda: Notification.objects.filter(need=need, member=driver, status="sent").exists(),
             worker, timeout=60)
    notified = set(Notification.objects.filter(need=need).values_list("member_id", flat=True))
    assert driver.pk in notified
    assert far_driver.pk not in notified and cook.pk not in notified
    assert "matching.match_need" in worker.log.read_text()
