"""Failure classes found on blind round 38 (after v37's one-shot score there), tested with new
synthetic wording (none of it is the round's text): a "Help out" page's table whose status
column speaks in free words ("still open", "as many as we can get", "2 spots — …", "Covered
by … for the season"); a role paid by the event; a diary post's title; a program given free
to the people the organization serves."""

from __future__ import annotations

import pytest

from tests.needs.extraction_pages import MODES, has, page, titles


@pytest.mark.parametrize("use_model", MODES)
def test_status_column_in_free_words(use_model):
    html = page("""<h1>Help out this spring</h1>
      <table><tr><th>Role</th><th>When</th><th>Status</th></tr>
        <tr><td><b>Trail sweepers</b></td><td>Saturday mornings</td>
            <td>Sundays still open too</td></tr>
        <tr><td><b>Canoe launch greeters</b></td><td>Weekends</td>
            <td>As many as we can get</td></tr>
        <tr><td><b>Bait shop till</b></td><td>Fridays</td>
            <td>Covered by Arvid for the season</td></tr>
        <tr><td><b>Park manager</b></td><td>May–Sept</td>
            <td>City-paid seasonal position, apply at city hall</td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "trail sweepers") and has(found, "canoe launch"), found
    assert not has(found, "bait shop") and not has(found, "park manager"), found


@pytest.mark.parametrize("use_model", MODES)
def test_role_paid_by_the_event(use_model):
    html = page("""<h1>Volunteer</h1>
      <h2>Wedding cake baker</h2>
      <p>This is a paid baking role: $200 per event. Call the office.</p>
      <h2>Library cart pusher</h2>
      <p>We need someone to push the book cart through the nursing home on Tuesdays.</p>""")
    found = titles(html, use_model=use_model)
    assert not has(found, "cake baker"), found


@pytest.mark.parametrize("use_model", MODES)
def test_diary_post_and_free_program(use_model):
    html = page("""<h1>Welcome</h1>
      <h2>Seniors' Morning Club</h2>
      <p>Tuesdays 9–12: coffee, chair yoga, bingo. Free for seniors 55+.</p>
      <h4>Garden diary: the week the tomatoes froze</h4>
      <p>It was the coldest June night in years and the volunteers ran out with sheets…</p>""")
    found = titles(html, use_model=use_model)
    assert not has(found, "diary") and not has(found, "morning club"), found
