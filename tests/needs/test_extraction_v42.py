"""Failure classes found on blind round 42 (after v41's one-shot score there), tested with new
synthetic wording (none of it is the round's text): list items and sign-up tables whose
counts leave places open; a table whose name column is "Ministry" beside a "What it involves"
column; a status after a dash and "Subs needed …"; "we're fine for now on …"; a plain-text
board in a <pre> block with [NEED] / [DONE] tags and a typed sign-up sheet with blanks; a
checklist whose checked items are covered; "How we help" over services; "A note about …"
over an ask; "Our elders also need …"; an information meeting and a driving course as events;
a row paused in its notes column; an announced list under a heading that asks; Amharic
announcements whose bold name sits over a first-person ask; "Employment mentor"; "No
volunteer needed"; "until this is done"; an FAQ's "What do you need most?"; a family's story
that asks for someone. The Vietnamese, Amharic and Spanish lines are my own wording from
dictionaries and may be imperfect."""

from __future__ import annotations

import pytest

from tests.needs.extraction_pages import MODES, has, page, titles


@pytest.mark.parametrize("use_model", MODES)
def test_partial_counts_leave_items_and_rows_open(use_model):
    html = page("""<h1>Harvest supper</h1>
      <h2>Helper slots</h2>
      <p>Text Lorna which slot you want; she updates this page on Mondays.</p>
      <ul><li><strong>Peeling potatoes</strong> – Fri Oct 3, 4–6 p.m., church kitchen – 1 of 5
          slots filled</li>
        <li><strong>Ushers</strong> – Sat Oct 4 – 4 of 4 slots filled</li>
        <li><strong>Pie table</strong> – bring two pies by noon – 3 of 10 slots filled</li>
      </ul>""")
    found = titles(html, use_model=use_model)
    assert has(found, "peeling potatoes") and has(found, "pie table"), found
    assert not has(found, "ushers"), found
    html = page("""<h1>Spring Recital – Sunday, May 4</h1>
      <p>Families and friends, please pick something to bring or a job to do.</p>
      <table><tr><th>Item</th><th>Time</th><th>Wanted</th><th>Signed up</th><th></th></tr>
        <tr><td>Veggie platters</td><td>by 1:30</td><td>3</td><td>1 – Rosa P.</td>
            <td>Sign Up (2 left)</td></tr>
        <tr><td>Program folders</td><td>by 1:00</td><td>2</td><td>2 – Dan, Mei</td>
            <td>Full</td></tr>
        <tr><td>Face painter</td><td>2:00–3:30</td><td>1</td><td>0</td>
            <td>Sign Up (1 left)</td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "veggie platters") and has(found, "face painter"), found
    assert not has(found, "program folders"), found


@pytest.mark.parametrize("use_model", MODES)
def test_ministry_column_names_the_need_and_status_after_a_dash(use_model):
    html = page("""<h1>Serve at St. Ansgar</h1>
      <h2>Parish ministries</h2>
      <table><tr><th>Ministry</th><th>What it involves</th><th>Contact</th><th>Status</th></tr>
        <tr><td>Altar servers</td><td>Assist the priest at the 9:00 Mass about twice a month.
            We will train you.</td><td>Sr. Agnes</td><td>Open – 4 needed</td></tr>
        <tr><td>Bereavement cooks</td><td>Bake a hot dish for a grieving family when called.
            </td><td>Ruth Meyer</td><td>Full, thank you</td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "altar servers"), found
    assert not has(found, "assist the priest"), found
    assert not has(found, "bereavement"), found
    html = page("""<h1>Grocery delivery</h1>
      <h2>Delivery routes this month</h2>
      <p>Boxes leave the pantry at 9:30. Drivers are reimbursed for mileage.</p>
      <table><tr><th>#</th><th>Area</th><th>Days</th><th>Regular driver</th><th>Status</th></tr>
        <tr><td>Route A</td><td>North shore of Pelican Lake</td><td>Tue</td><td>–</td>
            <td><b>No driver yet – OPEN</b></td></tr>
        <tr><td>Route B</td><td>Dent &amp; Vergas</td><td>Thu</td><td>Ole K.</td>
            <td>Subs needed Jan 9 and Jan 23</td></tr></table>
      <h2>Box packers</h2>
      <p>We're fine for now on box packers – thanks to the Friday quilting circle.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "route a") and has(found, "route b"), found
    assert not has(found, "box packers"), found


@pytest.mark.parametrize("use_model", MODES)
def test_plain_text_board_and_typed_sign_up_sheet(use_model):
    html = page("""<h1>Notice board</h1>
      <pre>
=====================================================
  OAK TERRACE NOTICE BOARD                updated 2/9
=====================================================

[NEED]    PAINTERS FOR THE LAUNDRY ROOM
          Saturday 2/22, 9am-noon. Paint and rollers
          provided. Wear old clothes.

[DONE]    Space heater for unit 12 -- thanks Marcus!

[NEED]    SOMEONE WHO CAN FIX A DRYER
          The shared dryer stopped heating. Anyone
          handy with appliances, please knock on 104.

[OFFER]   Free crib, unit 31. Must pick up.
=====================================================
</pre>""")
    found = titles(html, use_model=use_model)
    assert has(found, "painters") and has(found, "dryer"), found
    assert not has(found, "space heater") and not has(found, "crib"), found
    html = page("""<h1>Help out</h1>
      <p>Dale typed up the clipboard from the office. A blank line means it is still open.</p>
      <pre>
==============================================
 SIDEWALK SALT CREW -- front walks + ramp
==============================================
 WEEK OF     SALTER #1          SALTER #2
 Jan 5       Ann (lot 8)        Bo (lot 20)
 Jan 12      Ann (lot 8)        ______________
 Jan 19      ______________     ______________
 Jan 26      Cy (lot 2)         Dee (lot 40)
==============================================
</pre>""")
    found = titles(html, use_model=use_model)
    assert has(found, "salt crew"), found
    assert len([t for t in found if "jan" in t.lower()]) <= 1, found  # one need, not a row each


@pytest.mark.parametrize("use_model", MODES)
def test_checklist_rooms_and_how_we_help(use_model):
    html = page("""<h1>Move-in list</h1>
      <h3>Move-in checklist for the Osman family</h3>
      <p>Checked items are covered. Please call Ruth before you buy anything.</p>
      <h4>Kitchen</h4>
      <ul><li><input type="checkbox" checked disabled> Plates and cups – covered</li>
        <li><input type="checkbox" disabled> Large stockpot</li>
        <li><input type="checkbox" disabled> Electric kettle</li></ul>
      <h4>Bathroom</h4>
      <ul><li><input type="checkbox" checked disabled> Towels – covered</li></ul>
      <h4>Getting to work</h4>
      <ul><li><input type="checkbox" disabled> Warm winter boots, men's size 10</li></ul>""")
    found = titles(html, use_model=use_model)
    assert has(found, "stockpot"), found
    assert not has(found, "plates") and not has(found, "towels"), found
    assert has(found, "winter boots"), found
    assert len([t for t in found if "stockpot" in t.lower() or "kettle" in t.lower()]) == 1, found
    html = page("""<h1>How We Help</h1>
      <h2>How We Help</h2>
      <h3>Yard work program</h3>
      <p>Help with raking, mowing and gutter cleaning for seniors at home. Fees on a sliding
      scale.</p>
      <h3>Grocery runs</h3>
      <p>We shop for homebound seniors every Wednesday.</p>
      <h2>A note about grocery runs</h2>
      <p>Our grocery program has a waiting list because we are short on volunteer shoppers
      with a car, especially on the east side. If you could shop one afternoon a week, call
      Irene.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "volunteer shoppers"), found
    assert not has(found, "yard work") and not has(found, "a note about"), found


@pytest.mark.parametrize("use_model", MODES)
def test_plural_subject_long_heading_and_events(use_model):
    html = page("""<h1>Welcome</h1>
      <h3>Help us carry the community forward</h3>
      <p>Our newsletter is put together by one retired teacher. We are looking for a volunteer
      who can set up and look after a simple online calendar for the center and add our events
      every week. Some Somali helps but is not required.</p>
      <p>Our grandmothers also need knitting circle hosts: volunteers who will open the hall
      and make tea, Saturdays after lunch (about 1–3).</p>
      <h3>Reunión informativa sobre vivienda</h3>
      <p>Martes 3 de junio, 6 p.m., en la biblioteca, con intérprete.</p>
      <h3>Defensive Driving Course</h3>
      <p>Tuesday, June 10, 9 a.m. to 1 p.m. $20, register at the desk.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "online calendar"), found
    assert has(found, "knitting circle hosts"), found
    assert not has(found, "saturdays after lunch"), found
    assert not has(found, "reunión informativa") and not has(found, "driving course"), found


@pytest.mark.parametrize("use_model", MODES)
def test_vietnamese_paused_note_and_announced_list(use_model):
    html = page("""<h1>Thông báo</h1>
      <h2>Cần người giúp chùa</h2>
      <table><tr><th>Công việc</th><th>Cần</th><th>Đã ghi danh</th><th>Ghi chú</th></tr>
        <tr><td>Cắt tỉa cây trong vườn</td><td>5</td><td>1</td><td>Còn thiếu 4 người</td></tr>
        <tr><td>Đưa rước các cụ đi chợ</td><td>–</td><td>–</td>
            <td>Tạm ngưng vì hội đã có người lo việc này rồi</td></tr></table>
      <h3>Xin phát tâm cúng dường</h3>
      <p>Nhà bếp hiện đang cần:</p>
      <ul><li>Đậu hũ (20 bìa)</li><li>Nấm rơm</li><li>Khăn lau bếp</li></ul>""", lang="vi")
    found = titles(html, use_model=use_model)
    assert has(found, "cắt tỉa cây"), found
    assert not has(found, "đưa rước"), found
    assert len([t for t in found if "nấm rơm" in t.lower() or "khăn lau" in t.lower()]) == 1, found


@pytest.mark.parametrize("use_model", MODES)
def test_amharic_announcements_with_asks(use_model):
    html = page("""<h1>ማስታወቂያዎች</h1>
      <ul><li><strong>የአትክልት ቦታ እንክብካቤ።</strong> በየሳምንቱ ቅዳሜ የቤተ ክርስቲያኑን አትክልት
          ለመንከባከብ በጎ ፈቃደኞች እንፈልጋለን።</li>
        <li><strong>የመዝሙር ቡድን አስተባባሪዎች።</strong> በቂ ሰዎች ተመዝግበዋል፤ እናመሰግናለን።</li>
        <li><strong>የምክር አገልግሎት።</strong> ካህናቱ ለምእመናን ምክር ይሰጣሉ።</li></ul>""",
                lang="am")
    found = titles(html, use_model=use_model)
    assert has(found, "የአትክልት ቦታ"), found
    assert not has(found, "የመዝሙር ቡድን"), found
    assert not has(found, "የምክር አገልግሎት"), found


@pytest.mark.parametrize("use_model", MODES)
def test_role_cards_faq_and_family_story(use_model):
    html = page("""<h1>Team roles</h1>
      <h4>Employment mentor for Ali</h4>
      <p>Ali drove a truck for twelve years. We need someone who knows the trucking companies
      around Worthington to help with applications and practice interviews.</p>
      <h4>Arabic interpreter</h4>
      <p>Provided by the resettlement agency. No volunteer needed for this role.</p>
      <h4>Licensed plumbers</h4>
      <p>The county will not turn the water back on until a licensed plumber checks each
      house. We need licensed plumbers willing to donate an inspection – families are staying
      with relatives until this is done.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "employment mentor"), found
    assert has(found, "licensed plumbers"), found
    assert not has(found, "arabic interpreter"), found
    html = page("""<h1>FAQ</h1>
      <h3>Q: Do you take furniture?</h3>
      <p>A: Not anymore; our storage room is full.</p>
      <h3>Q: What do you need most right now?</h3>
      <p>A: Gas cards (Holiday or Casey's) for parents driving to the children's hospital. $20
      cards are ideal.</p>
      <h3>Meet the Mohamed family</h3>
      <p>Hodan, Abdi and their three children arrive in March. Their oldest uses crutches and
      the back door has a steep step. We need someone with concrete experience to pour a small
      landing before March 20; the Rotary will buy the materials.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "gas cards"), found
    assert not has(found, "furniture"), found
    assert has(found, "landing"), found
