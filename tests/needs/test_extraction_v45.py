"""Failure classes found on blind round 45 (after v44's one-shot score there), tested with new
synthetic wording (none of it is the round's text): "as needed" as a time and "our list is
complete" as a fill state; a "Who we need" column; a calendar day's labelled ask and a
Vietnamese calendar; a status written in two languages; a table of the same text in two
languages; a typed board's "WANTED" list; CMS field labels whose value is the text after them;
a PDF form's boxes to tick; roles named first in head-first languages; repeated "Name" place
columns; "slots open: 2 of 2"; a wish list typed as a form's checkboxes; a past drive among
live cards; asks in Vietnamese, Arabic and Karen wordings.  The non-English lines are my own
wording from dictionaries and may be imperfect (Karen least of all)."""

from __future__ import annotations

import pytest

from needs.extraction.heuristic import _status_cell
from tests.needs.extraction_pages import MODES, has, page, pdf_titles, titles


@pytest.mark.parametrize("use_model", MODES)
def test_as_needed_is_a_time_and_a_complete_list_is_filled(use_model):
    html = page("""<h1>Helping at the senior dining room</h1>
      <table><tr><th>Job</th><th>When</th><th>Who we need</th></tr>
        <tr><td>Salad bar stocker</td><td>Tue and Thu 11 am</td><td>One more person to cut
          vegetables and refill the bar before lunch.</td></tr>
        <tr><td>Relief van drivers</td><td>As needed</td><td>Our roster is full for this
          season.</td></tr>
        <tr><td>Medicare counselor</td><td>Oct 15 to Dec 7</td><td>Someone willing to train as a
          SHIP counselor and meet with seniors about their plans.</td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "salad bar") and has(found, "medicare counselor"), found
    assert not has(found, "relief van"), found
    assert _status_cell("As needed") is None


@pytest.mark.parametrize("use_model", MODES)
def test_calendar_day_asks(use_model):
    html = page("""<h1>November</h1>
      <table><tr><th>Sun</th><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th>
        <th>Sat</th></tr>
        <tr><td>2</td><td>3 Cribbage</td><td>4</td><td>5 HELPERS: 3 TABLE SETTERS FOR THE
          VETERANS LUNCH - SEE MARGE</td><td>6</td><td>7</td><td>8</td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "table setters"), found
    html = page("""<h1>Lịch tháng Ba</h1>
      <table><tr><th>CN</th><th>T2</th><th>T3</th><th>T4</th><th>T5</th><th>T6</th><th>T7</th></tr>
        <tr><td>1</td><td>2</td><td>3 Họp phụ huynh</td><td>4</td><td>5</td><td>6</td>
          <td>7 Cần 4 người rửa chén sau bữa cơm chay, 1 giờ chiều.</td></tr></table>""", lang="vi")
    found = titles(html, use_model=use_model)
    assert has(found, "rửa chén"), found


@pytest.mark.parametrize("use_model", MODES)
def test_bilingual_status_and_bilingual_table(use_model):
    html = page("""<h1>Cần người giúp</h1>
      <table><tr><th>Việc</th><th>Tình trạng / Status</th></tr>
        <tr><td>Thư ký biên bản (ghi chép các buổi họp)</td><td>Đang tìm / Searching</td></tr>
        <tr><td>Phụ bếp Vu Lan</td><td>Đã đủ người – cảm ơn! / All set – thank you!</td></tr>
        <tr><td>Dạy đàn tranh cho các em</td><td>Cần 1 người / Need 1</td></tr></table>""",
                lang="vi")
    found = titles(html, use_model=use_model)
    assert has(found, "thư ký") and has(found, "đàn tranh"), found
    assert not has(found, "phụ bếp"), found
    html = page("""<h1>Bogga laba-luqadeed</h1>
      <table><tr><th>Soomaali</th><th>English</th></tr>
        <tr><td><b>Tababare kubadda cagta</b> Waxaan u baahanahay qof tababara kooxda
          gabdhaha, Axadaha.</td><td><b>Soccer coach</b> We need someone to coach the girls'
          team on Sundays.</td></tr>
        <tr><td><b>Saacadaha</b> Isniin–Jimce 9–5.</td><td><b>Hours</b> Mon–Fri 9–5.</td></tr>
      </table>""", lang="so")
    found = titles(html, use_model=use_model)
    assert has(found, "tababare kubadda") or has(found, "soccer coach"), found
    assert len([t for t in found if has([t], "tababare") or has([t], "soccer")]) == 1, found
    assert not has(found, "saacadaha") and not has(found, "hours"), found


@pytest.mark.parametrize("use_model", MODES)
def test_typed_wanted_list_and_field_labels(use_model):
    html = page("""<h1>Shop notes</h1><pre>
SAWS ........ 3
CLAMPS ...... 25 (plenty, no more please)

WANTED
- orbital sander
- cordless drill batteries (18V)
- shop broom
</pre>""")
    found = titles(html, use_model=use_model)
    assert has(found, "orbital sander"), found
    html = page("""<h1>Get involved</h1><div class="view-content">
      <div class="views-row"><h3 class="views-field-title">Grant reviewer</h3>
        <div class="views-field"><span class="views-label">Status:</span> Open</div>
        <div class="views-field"><span class="views-label">Description:</span> Read two grant
          drafts a year and mark what is unclear.</div></div>
      <div class="views-row"><h3 class="views-field-title">Data clerk</h3>
        <div class="views-field"><span class="views-label">Compensation:</span> $19/hour</div>
        <div class="views-field"><span class="views-label">Status:</span> Hiring</div></div>
      </div>""")
    found = titles(html, use_model=use_model)
    assert has(found, "grant reviewer"), found
    assert not has(found, "data clerk"), found


@pytest.mark.parametrize("use_model", MODES)
def test_pdf_form_boxes_to_tick(use_model):
    text = """RIVERSIDE PANTRY
Helper sign-up
Name: ____________________   Phone: ______________
[ ] Loading dock crew - We need three people on Thursday mornings to unload the truck and
stack boxes on pallets.
[ ] Thanksgiving pie bakers - FULL for this year, thank you.
Return this sheet to the front desk."""
    found = pdf_titles(text, use_model=use_model)
    assert has(found, "loading dock"), found
    assert not has(found, "pie bakers") and not has(found, "name:"), found


@pytest.mark.parametrize("use_model", MODES)
def test_roles_named_first_and_repeated_place_columns(use_model):
    html = page("""<h1>Peb lub chaw</h1>
      <h2>Pab dawb (volunteer)</h2>
      <h3>Neeg nqa zaub mov rau cov laus</h3>
      <p>Hnub Wednesday thaum tav su. Siv koj lub tsheb.</p>""", lang="hmn")
    found = titles(html, use_model=use_model)
    assert has(found, "nqa zaub mov"), found
    html = page("""<h1>Fall clean-up days</h1>
      <table><tr><th>Date</th><th>Task</th><th>Name</th><th>Name</th></tr>
        <tr><td>Oct 4</td><td>Rake the church lawn</td><td>Ben S.</td><td>Ava R.</td></tr>
        <tr><td>Oct 11</td><td>Clean the gutters on the parsonage</td><td>________</td>
          <td>________</td></tr>
        <tr><td>Oct 18</td><td colspan="3">The youth group is covering this one</td></tr>
      </table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "gutters"), found
    assert not has(found, "rake the church") and not has(found, "youth group"), found


@pytest.mark.parametrize("use_model", MODES)
def test_open_slot_counts_and_a_wish_list_form(use_model):
    html = page("""<h1>Saturday shifts</h1>
      <table><tr><th>Role</th><th>Time</th><th>Spots left</th></tr>
        <tr><td>Produce sorting</td><td>8–10 am</td><td>2 of 4</td></tr>
        <tr><td>Childcare during class</td><td>10–noon</td><td>2 of 2</td></tr>
        <tr><td>Parking lot crew</td><td>7–8 am</td><td>0</td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "produce sorting") and has(found, "childcare"), found
    assert not has(found, "parking lot"), found
    html = page("""<h1>Give</h1><form action="/give" method="get"><fieldset>
      <legend>Pantry shelf wish list</legend>
      <label><input type="checkbox" name="w" value="a"> Canned chicken</label><br>
      <label><input type="checkbox" name="w" value="b"> Brown rice</label><br>
      <label><input type="checkbox" name="w" value="c"> Hand soap</label></fieldset>
      <button>Send</button></form>""")
    found = titles(html, use_model=use_model)
    assert has(found, "canned chicken"), found
    assert len([t for t in found if has([t], "rice") or has([t], "soap")
                or has([t], "chicken")]) == 1, found


@pytest.mark.parametrize("use_model", MODES)
def test_past_drive_beside_live_cards(use_model):
    html = page("""<h1>Ways to give</h1>
      <h2>Winter boots</h2><p>Kids' snow boots, sizes 1 to 6, are what we need most.</p>
      <h2>Lunch boxes</h2><p>We need 40 insulated lunch boxes for the after-school program.</p>
      <h2>2023 mitten drive</h2><p>The drive collected 400 pairs. Thank you, everyone!</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "boots") and has(found, "lunch boxes"), found
    assert not has(found, "mitten drive"), found


@pytest.mark.parametrize("use_model", MODES)
def test_asks_in_vietnamese_arabic_and_karen_wordings(use_model):
    html = page("""<h1>Bản tin</h1><h2>Thư ngỏ</h2>
      <p>Cảm ơn quý vị đã ủng hộ lễ Vu Lan. Ngoài ra, hội hiện còn thiếu quạt đứng và bình
      nước nóng cho phòng sinh hoạt. Ai có thể tặng, xin liên lạc cô Mai.</p>""", lang="vi")
    found = titles(html, use_model=use_model)
    assert has(found, "quạt đứng"), found
    html = page("""<h1>أخبار المركز</h1><h2>أخبار متفرقة</h2>
      <p>بدأ نادي الشطرنج للشباب. كما نعلمكم أنه قد نفدت لدينا علب الحليب المجفف والأرز البسمتي،
      فمن استطاع التبرع بها فليحضرها إلى المركز.</p>""", lang="ar")
    found = titles(html, use_model=use_model)
    assert has(found, "الحليب المجفف"), found
    html = page("""<h1>တၢ်ဂီၤ</h1><h2>တၢ်ဂီၤ (Photos)</h2>
      <p>ပလိၣ်ဘၣ် ပှၤမၤစၢၤ (Helpers wanted): wash dishes after the church picnic, Sunday
      June 14.</p>""", lang="kar")
    found = titles(html, use_model=use_model)
    assert has(found, "wash dishes"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_couples_story_names_what_they_lack(use_model):
    html = page("""<h1>Historias</h1><h2>Un bebé nuevo y nada preparado</h2>
      <p>Ana y Pedro llegaron de Honduras en marzo. Pedro trabaja en la lechería y Ana cuida a
      su bebé de tres semanas. Les harían mucha falta una cuna portátil y ropa de bebé. Si
      usted puede ayudar, llame a la oficina.</p>""", lang="es")
    found = titles(html, use_model=use_model)
    assert has(found, "cuna portátil"), found
