"""v51, developed on blind round 51 (after v50's one-shot score there): tables whose header
is two rows and whose title is a row across them, a sign-up sheet's shifts of names and blank
lines, headings that ask but say only when or where, asks in a site's footer, a pronoun's
thing, a household's wish, the last card of a tab, flyer headings with a year or a colon,
and a form's open options. New synthetic wording throughout (none of it is the round's
text); the Vietnamese, Somali and Arabic wordings are my own and may be imperfect."""

from __future__ import annotations

import pytest

from needs.extraction.structure import structured_markdown
from tests.needs.extraction_pages import MODES, has, page, pdf_titles, titles


def test_a_two_row_header_becomes_one_row_over_its_columns():
    html = page("""<h1>Helpers by month</h1><table>
      <thead><tr><th rowspan="2">Station</th><th colspan="2">Who signed up</th>
      <th rowspan="2">Status</th></tr><tr><th>March</th><th>April</th></tr></thead>
      <tbody><tr><td>Bread table</td><td>Ines</td><td>—</td><td>need April</td></tr>
      <tr><td>Coat rack</td><td colspan="2"><em>closed for the season</em></td>
      <td>not needed</td></tr></tbody></table>""")
    text = structured_markdown(html)
    assert "| Station | March | April | Status |" in text, text
    assert "| Bread table | Ines | — | need April |" in text, text


@pytest.mark.parametrize("use_model", MODES)
def test_a_status_that_says_needed_then_when_is_open(use_model):
    html = page("""<h1>Repair night crew</h1><table>
      <thead><tr><th rowspan="2">Skill</th><th colspan="2">Fixers</th>
      <th rowspan="2">Status</th></tr><tr><th>Feb 7</th><th>Mar 7</th></tr></thead>
      <tbody><tr><td>Toasters and kettles</td><td>Lars</td><td>Lars</td><td>covered</td></tr>
      <tr><td>Zippers and hems</td><td>—</td><td>—</td><td>need Feb + Mar</td></tr>
      <tr><td>Greeting table</td><td>Bea</td><td>—</td><td>needed Mar 7</td></tr>
      </tbody></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "zippers"), found
    assert has(found, "greeting table"), found
    assert not has(found, "toasters"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_sign_up_sheet_asks_for_its_shifts_with_blank_lines(use_model):
    html = page("""<h1>Pantry sign-up sheet</h1>
      <p>Write your name on an empty line or call the office.</p>
      <h3>Monday — Stock the shelves (9 am)</h3><ul><li>Rosa M.</li><li>__________</li></ul>
      <h3>Tuesday — Drive the bread route (7 am)</h3><ul><li>Abdi K.</li><li>Ole</li>
      <li>Jun P.</li></ul>
      <h3>Friday — Sort the produce (1–3 pm)</h3><ul><li>__________</li><li>__________</li></ul>
      """)
    found = titles(html, use_model=use_model)
    assert has(found, "stock the shelves"), found
    assert has(found, "sort the produce"), found
    assert not has(found, "bread route"), found
    assert not any(t.startswith(("Rosa", "Abdi", "Ole", "Jun")) for t in found), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_heading_that_asks_only_when_takes_its_thing_from_below(use_model):
    html = page("""<h1>Northside Pantry</h1>
      <h2>Our hours</h2><p>Tuesdays and Saturdays, 10 to 2.</p>
      <h2>Needed this week</h2>
      <p>A sturdy hand truck for the loading dock. Call Dana at 555-0100.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "hand truck"), found
    assert "Needed this week" not in found, found


@pytest.mark.parametrize("use_model", MODES)
def test_a_footer_that_states_a_need_is_read(use_model):
    html = ('<html lang="en"><head><title>Hub</title></head><body><main>'
            "<h1>Eastside Hub</h1><h2>Welcome</h2><p>We help new families settle in.</p>"
            "</main><footer><p><strong>Always needed at the hub:</strong> bus passes for "
            "families going to their first appointments.</p><p>Open weekdays 9–5 · 555-0100"
            "</p></footer></body></html>")
    found = titles(html, use_model=use_model)
    assert has(found, "bus passes"), found
    assert not has(found, "open weekdays"), found


def test_a_footer_without_an_ask_adds_nothing():
    html = ('<html lang="en"><body><main><h1>Hub</h1><p>We help families.</p></main>'
            "<footer><p>Open weekdays 9–5 at 12 Main Street, call 555-0100.</p>"
            "<p>Volunteer · Donate · Contact</p></footer></body></html>")
    assert "Also needed" not in structured_markdown(html)
    assert "Open weekdays" not in structured_markdown(html)


@pytest.mark.parametrize("use_model", MODES)
def test_a_pronoun_takes_the_thing_named_before_it(use_model):
    html = page("""<h1>Notes from the shop</h1><h2>One more request</h2>
      <p>Our sewing corner keeps growing. If anyone has spare folding cutting tables, we
      would gladly take two of them for the back room. We can pick them up.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "folding cutting tables"), found
    assert not has(found, "two of them"), found


@pytest.mark.skipif(True not in MODES, reason="the learned model reads this flyer's sentence")
def test_a_heading_that_says_who_is_wanted_and_what_for_titles_its_need():
    # (the learned model keeps the sentence below the heading; the heading then titles it)
    found = pdf_titles("WINTER TOOL LIBRARY\nOpen Saturdays 9-noon, 40 Elm Street.\n"
                       "Volunteers wanted: chainsaw sharpening\n"
                       "We keep turning away dull chainsaws and hedge trimmers. If you can "
                       "sharpen a chain, bring your files and join us.\nBorrowing rules\n"
                       "One tool per household at a time.", use_model=True)
    assert has(found, "chainsaw sharpening"), found


@pytest.mark.parametrize("use_model", MODES)
def test_an_faq_answer_to_can_i_help_states_its_need(use_model):
    html = page("""<h1>Questions</h1>
      <h3>Is it free?</h3><p>Yes, every visit is free.</p>
      <h3>I don't speak Spanish. Can I still help?</h3>
      <p>Of course. We are short on someone to keep our pickup calendar up to date: a shared
      spreadsheet, about an hour a week.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "pickup calendar"), found
    assert not has(found, "free"), found


@pytest.mark.parametrize("use_model", MODES)
def test_vietnamese_asks_after_the_verb_and_a_drive_short_of_its_goal(use_model):
    html = page("""<h1>Hội người Việt</h1>
      <h2>Lớp nấu ăn</h2>
      <p>Lớp nấu ăn tối thứ Năm cần thêm người phụ bếp (2 giờ mỗi tuần). Xin gọi anh Tâm.</p>
      <h2>Quyên góp mùa xuân</h2>
      <p><strong>Áo ấm trẻ em:</strong> đã nhận 12 / 50 cái, còn thiếu 38 cái.</p>
      <p><strong>Nước mắm:</strong> đã đạt mục tiêu. Xin cảm ơn, không cần gửi thêm.</p>""",
                lang="vi")
    found = titles(html, use_model=use_model)
    assert has(found, "phụ bếp"), found
    assert has(found, "áo ấm"), found
    assert not has(found, "nước mắm"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_table_titled_by_a_row_across_it_reads_its_task_column(use_model):
    html = page("""<h1>Lịch trực</h1><table>
      <thead><tr><th colspan="3">Nhà bếp — Tháng 3</th></tr>
      <tr><th>Ngày</th><th>Việc</th><th>Tình trạng</th></tr></thead>
      <tbody><tr><td>Thứ Bảy 8/3</td><td>Lau sàn nhà bếp</td><td>Còn thiếu 2 người</td></tr>
      <tr><td>Chủ Nhật 9/3</td><td>Nấu cháo</td><td>Đủ rồi, cảm ơn</td></tr></tbody>
      </table>""", lang="vi")
    found = titles(html, use_model=use_model)
    assert has(found, "lau sàn"), found
    assert not has(found, "nấu cháo"), found
    assert not has(found, "thứ bảy"), found


@pytest.mark.skipif(True not in MODES, reason="the learned model reads the story's label")
@pytest.mark.parametrize("use_model", [True])
def test_a_household_story_says_what_would_help(use_model):
    html = page("""<h1>Neighbors</h1>
      <p><strong>The Abdi family, Cold Spring.</strong> Five children share one room since they
      moved in August. What would help them most: a bunk bed with two mattresses and a
      dresser. We can pick up nearby.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "bunk bed") or has(found, "dresser"), found


@pytest.mark.parametrize("use_model", MODES)
def test_the_last_card_of_a_tab_keeps_its_title(use_model):
    html = page("""<h1>Volunteer at Riverside</h1>
      <div role="tablist"><button role="tab" aria-controls="a">Teaching</button>
      <button role="tab" aria-controls="b">Driving</button></div>
      <div role="tabpanel" id="a"><div class="role"><span class="name">Evening ESL tutor</span>
      <p>Mondays 6–8 pm. Patient English speakers welcome.</p></div>
      <div class="role"><span class="name">Weekend reading buddy</span>
      <p>Saturdays, one hour with a second grader.</p></div></div>
      <div role="tabpanel" id="b" hidden><div class="role"><span class="name">Grocery run
      driver</span><p>Thursday mornings, your own car, mileage paid back.</p></div>
      <div class="role taken"><span class="name">Dentist ride driver</span>
      <span class="badge">TAKEN</span><p>Thank you, Ruth! Covered until June.</p></div></div>""")
    found = titles(html, use_model=use_model)
    assert has(found, "grocery run driver"), found
    assert "Driving" not in found, found
    assert not has(found, "dentist"), found


def test_flyer_headings_with_a_year_or_a_colon():
    found = pdf_titles("Riverside Newsletter - Spring 2026\n"
                       "Eid 2026 needs hands\n"
                       "The Eid dinner on March 20 needs 12 volunteers to set up and clean up\n"
                       "the gym, 4-6 pm and 9-10 pm. Sign up with Amal.\n"
                       "Membership\n"
                       "Family membership is $25 a year and keeps the doors open. Pay at the "
                       "desk.\n"
                       "Open your home this spring: supper hosts\n"
                       "New families say a first invitation matters most. We need supper hosts:\n"
                       "invite a family for one meal. We send an interpreter if needed.")
    assert has(found, "eid dinner"), found
    assert has(found, "supper hosts"), found
    assert not any(t.count("upper hosts") > 1 for t in found), found
    assert not has(found, "membership"), found
    assert not has(found, "interpreter"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_forms_open_options_are_needs_and_its_blanks_are_not(use_model):
    found = pdf_titles("Xarunta Hooyo - Foomka Tabarucaha\n"
                       "Magaca: ____________ Telefoon: ____________\n"
                       "Doorashooyinka hadda furan (calaamadee mid)\n"
                       "[ ] Akhriska carruurta - Khamiista 4-5. Waxaan u baahanahay qof akhriya.\n"
                       "[ ] Dhaqidda weelasha - Jimcaha 6-8. Laba qof ayaan u baahanahay.\n"
                       "Sida foomka loo soo celiyo\n"
                       "Foomka keen xafiiska ama u dir iimayl. Waxaan kuu soo wici doonnaa.\n"
                       "Saxiix: ____________ Taariikh: ________", use_model=use_model)
    assert has(found, "dhaqidda weelasha"), found
    assert not any("__" in t for t in found), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_service_a_recap_and_a_need_no_longer_needed_are_not_needs(use_model):
    html = page("""<h1>Sunrise Center</h1>
      <h2>About</h2><p>Our tool library lends ladders, drills and pressure washers to
      families in the township for a week at a time.</p>
      <h2>Snow shoveling: what you made possible</h2><p>Last winter, neighbors cleared
      forty driveways for elders. Everyone got out safely.</p>
      <h2>سائق يوم الجمعة</h2><p>تم العثور على سائق، شكراً! لا نحتاج إلى سائقين آخرين.</p>
      <h2>Saturday soup crew</h2><p>We need two more cooks for the Saturday soup pot, 9 to
      noon.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "soup"), found
    assert not has(found, "ladders") and not has(found, "tool library"), found
    assert not has(found, "snow shoveling"), found
    assert not any("سائق" in t for t in found), found


@pytest.mark.parametrize("table", [
    '<table><table><tr><td colspan="2">a</td></tr></table></table>',
    '<table><tr><td colspan="x">a</td><td>b</td></tr></table>',
    '<table><tr><th colspan="0">a</th></tr><tr><td>1</td></tr></table>',
    '<table><tr><th colspan="999">A</th></tr><tr><th>x</th><th>y</th></tr>'
    '<tr><td>1</td><td>2</td></tr></table>',
    '<table><tr><th rowspan="2">S</th><th colspan="2">G</th></tr><tr><th>a</th></tr>'
    '<tr><td>1</td><td>2</td><td>3</td></tr></table>',
    '<table><tr><td colspan="3"></td></tr><tr><td>a</td><td>b</td></tr></table>',
])
def test_odd_column_spans_are_read_without_error(table):
    # a span inside a nested table, spans that are no numbers, zero, too wide or short of the
    # header below them: the page is still read (a span in a nested table once raised)
    text = structured_markdown(f"<html><body><main><h1>Roster</h1>{table}</main></body></html>")
    assert text.startswith("# Roster"), text
