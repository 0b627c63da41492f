"""End to end in a real browser (Debian's headless Chromium driven by Playwright): a
moderator logs in, filters the queue, opens a revision and sees the diff, approves it,
rejects another need with a reason; the database is checked afterwards.  Screenshots go
to tests/artifacts/ (git-ignored)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from needs.hashing import content_hash
from needs.models import Need
from organizations.models import Organization, Source
from tests.admin.conftest import PASSWORD

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def sync_playwright():
    if not CHROMIUM.exists():
        pytest.skip("Chromium is not installed (/usr/bin/chromium): apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright Python package is not installed")
    return sync_playwright


def _need(org, source, title, description, **fields):
    return Need.objects.create(
        organization=org, source=source, title=title, description=description,
        content_hash=content_hash(title=title, description=description, organization_id=org.pk),
        **fields)


def test_moderator_clears_the_queue_in_a_browser(sync_playwright, live_server, settings,
                                                 make_staff, monkeypatch):
    # Over plain http the browser would not send "Secure" cookies back.
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    # Playwright's sync API runs an event loop in this thread; the ORM calls below are
    # ordinary blocking calls made between browser steps.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    ARTIFACTS.mkdir(exist_ok=True)

    org = Organization.objects.create(name="Northside Food Shelf")
    source = Source.objects.create(organization=org, url="https://northside.example/help")
    active = _need(org, source, "Drivers for grocery deliveries",
                   "Deliver grocery boxes to seniors on Monday mornings.", status="active",
                   contact_email="drivers@northside.example")
    revision = _need(org, source, "Drivers for grocery deliveries",
                     "Deliver grocery boxes to seniors on Friday mornings.",
                     supersedes=active, contact_email="volunteer@northside.example",
                     urgency="high")
    spam = _need(org, source, "Buy cheap watches online",
                 "Great deals on watches, click the link for discounts.")
    other = _need(org, source, "Winter coat sorters",
                  "Sort donated winter coats by size on Saturday afternoons.")
    moderator = make_staff("Moderator")

    profile = tempfile.mkdtemp(prefix="mnda-chromium-")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch_persistent_context(
                profile, executable_path=str(CHROMIUM), args=ARGS, headless=True,
                viewport={"width": 1280, "height": 900})
            page = browser.new_page()
            page.set_default_timeout(30_000)

            # Log in.
            page.goto(f"{live_server.url}/admin/login/?next=/admin/needs/need/")
            page.fill("#id_username", moderator.username)
            page.fill("#id_password", PASSWORD)
            page.click("input[type=submit]")
            page.wait_for_selector("#result_list")
            counts = page.inner_text("#status-counts")
            assert "Pending moderation: 3" in counts
            page.screenshot(path=str(ARTIFACTS / "admin_01_queue.png"), full_page=True)

            # Filter the queue to revisions of active needs.
            page.click('details[data-filter-title="revision of an active need"] a:text-is("Yes")')
            page.wait_for_url("**revision=yes**")
            titles = page.locator("#result_list tbody th a").all_inner_texts()
            assert titles == ["Drivers for grocery deliveries"]
            page.screenshot(path=str(ARTIFACTS / "admin_02_filtered.png"), full_page=True)

            # Open the revision: the diff against the active need.
            page.click("#result_list tbody th a")
            page.wait_for_selector("table.need-diff")
            assert page.inner_text("table.need-diff del").strip() != ""
            diff = page.inner_text("table.need-diff")
            assert "Monday" in diff and "Friday" in diff and "volunteer@northside.example" in diff
            assert page.locator("table.need-diff ins", has_text="Friday").count() == 1
            page.screenshot(path=str(ARTIFACTS / "admin_03_revision_diff.png"), full_page=True)

            # Approve it.
            page.click('#moderation-actions input[value="Approve"]')
            page.wait_for_selector(".messagelist .success")
            assert "Approved 1 need(s)" in page.inner_text(".messagelist")
            page.screenshot(path=str(ARTIFACTS / "admin_04_approved.png"), full_page=True)

            # Back to the queue; reject the spam with a reason.
            page.goto(f"{live_server.url}/admin/needs/need/")
            page.click('#result_list a:text-is("Buy cheap watches online")')
            page.click('#moderation-actions a:text-is("Reject…")')
            page.click('#reject-form input[type=submit]')  # no reason: the browser refuses
            assert page.evaluate("document.querySelector('#id_reason').validity.valueMissing")
            assert page.url.endswith(f"/admin/needs/need/{spam.pk}/reject/")
            page.fill("#id_reason", "Advertising, not a community need.")
            page.screenshot(path=str(ARTIFACTS / "admin_05_reject_reason.png"), full_page=True)
            page.click('#reject-form input[type=submit]')
            page.wait_for_selector(".messagelist .success")
            assert "Advertising, not a community need." in page.inner_text("#content")
            page.screenshot(path=str(ARTIFACTS / "admin_06_rejected.png"), full_page=True)

            page.goto(f"{live_server.url}/admin/needs/need/")
            assert page.locator("#result_list tbody tr").count() == 1
            page.screenshot(path=str(ARTIFACTS / "admin_07_queue_after.png"), full_page=True)
            page.goto(f"{live_server.url}/admin/")
            assert page.inner_text("#dash-pending strong") == "1"
            page.screenshot(path=str(ARTIFACTS / "admin_08_dashboard.png"), full_page=True)
            browser.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)

    def status(need):
        return Need.objects.get(pk=need.pk)

    assert (status(revision).status, status(revision).moderated_by_id) == ("active",
                                                                           moderator.pk)
    assert status(active).status == "expired"  # replaced by the approved revision
    assert status(spam).status == "rejected"
    assert status(spam).moderation_reason == "Advertising, not a community need."
    assert status(other).status == "pending"
