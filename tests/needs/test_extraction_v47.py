"""Fill wordings found on blind round 47 (after v46's one-shot score there), tested with new
synthetic wording (none of it is the round's text): "Please, no more …" under a wish list, an
Arabic "we need no more now" card and a Spanish "we have enough … for now" card.  The Arabic
and Spanish lines are my own wording and may be imperfect."""

from __future__ import annotations

import pytest

from tests.needs.extraction_pages import MODES, has, page, pdf_titles, titles


@pytest.mark.parametrize("use_model", MODES)
def test_enough_for_now_in_three_languages(use_model):
    html = page("""<h1>Wish list</h1>
      <h2>Things we are collecting</h2>
      <ul><li>Extension cords</li><li>Work gloves, large</li><li>Safety glasses</li></ul>
      <p><b>Please, no more paint brushes.</b> We have two boxes of them already.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "extension cords"), found
    assert not has(found, "paint brushes"), found
    html = page("""<h1>ما نحتاجه</h1>
      <h3>حقائب مدرسية</h3><p>نحتاج إلى حقائب مدرسية للأطفال في الصف الأول والثاني.</p>
      <h3>ألعاب الأطفال</h3><p>وصلتنا ألعاب كثيرة، شكراً لكم. لا نحتاج إلى المزيد الآن.</p>""",
                lang="ar")
    found = titles(html, use_model=use_model)
    assert has(found, "حقائب مدرسية"), found
    assert not has(found, "ألعاب") and not has(found, "المزيد"), found
    html = page("""<h1>Ministerios</h1>
      <h3>Lectores para la misa en español</h3>
      <p>Buscamos dos lectores para la misa del domingo a las 11.</p>
      <h3>Equipo de flores del altar</h3>
      <p>Tenemos suficientes voluntarias por ahora. ¡Gracias a todas!</p>""", lang="es")
    found = titles(html, use_model=use_model)
    assert has(found, "lectores"), found
    assert not has(found, "flores del altar"), found


# --- v47, developed on blind round 47: layouts the rules did not read. New synthetic wording
# throughout; the Amharic, Somali and Vietnamese lines are my own and may be imperfect.


@pytest.mark.parametrize("use_model", MODES)
def test_a_day_spanning_two_rows_keeps_each_row_under_its_headers(use_model):
    html = page("""<h1>Helpers</h1><h2>October shifts</h2>
      <table><tr><th>Day</th><th>Job</th><th>Time</th><th>Signed up</th><th>Still needed</th></tr>
      <tr><td rowspan="3">Monday</td><td><b>Bread pickup driver</b><br>From the bakery on
        Main</td><td>7–8 am</td><td>Lou K.</td><td>1</td></tr>
      <tr><td><b>Shelf stocker</b></td><td>9–11 am</td><td>Amy, Rob, Sue</td><td>FULL</td></tr>
      <tr><td><b>Client greeter</b><br>Say hello in Spanish or English</td><td>4–6 pm</td>
        <td>—</td><td>2</td></tr>
      <tr><td>Friday</td><td><b>Box packer</b></td><td>1–3 pm</td><td>Jo</td><td>0</td></tr>
      </table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "bread pickup") and has(found, "client greeter"), found
    assert not has(found, "shelf stocker") and not has(found, "box packer"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_typed_sheet_whose_long_cells_wrap_onto_the_next_line(use_model):
    html = page("""<h1>Chores board</h1><pre>
Chore                     When            Status
------------------------  --------------  ---------------------------
Shovel the front walk     after snowfall  NEED 2 MORE PEOPLE
Wash the kitchen towels   Mondays         Done for the season - thank
                                          you, Mrs. Ortiz
Drive elders to prayers   Fridays         Need a driver with a van,
                                          pickup at the apartments
</pre>""")
    found = titles(html, use_model=use_model)
    assert has(found, "shovel") and has(found, "drive elders"), found
    assert not has(found, "kitchen towels") and not has(found, "you, mrs"), found


@pytest.mark.parametrize("use_model", MODES)
def test_cards_titled_every_which_way_with_their_pill_beside_the_title(use_model):
    html = page("""<h1>Help wanted</h1><div class="cards">
      <div class="card"><h3>Bike mechanic</h3><span class="pill">Open</span>
        <p>Kids bring flat tires and loose chains every Saturday; fix them with them.</p></div>
      <div class="card"><header><span>Sign painter</span></header><span class="pill">Open</span>
        <p>Our sign out front is peeling and needs fresh lettering before winter.</p></div>
      <div class="card"><a class="more" href="#rd"><span>Reading buddy</span></a>
        <span class="pill">Open – 4 spots</span>
        <p id="rd">Read picture books with first graders on Wednesday afternoons.</p></div>
      <div class="card"><h3>Office manager</h3><span class="pill">Paid</span>
        <p>A $15-an-hour job, 12 hours a week, running our front office.</p></div>
    </div>""")
    found = titles(html, use_model=use_model)
    assert has(found, "bike mechanic") and has(found, "sign painter"), found
    assert has(found, "reading buddy"), found
    assert not has(found, "office manager"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_board_column_of_open_numbered_cards(use_model):
    html = page("""<h1>Requests</h1><div class="board">
      <section class="col"><h2>Open</h2>
        <div class="tile"><span class="no">#17</span><p class="name">Dresser for a teenager</p>
          <p>She keeps her clothes in bags on the floor. Any sturdy dresser.</p></div>
        <div class="tile"><span class="no">#18</span><p class="name">Ride to the DMV</p>
          <p>Thursday at 10 for a road test; the car must be insured.</p></div></section>
      <section class="col"><h2>Done</h2>
        <div class="tile"><span class="no">#11</span><p class="name">Space heater</p>
          <p>Delivered Monday. Thank you!</p></div></section>
    </div>""")
    found = titles(html, use_model=use_model)
    assert has(found, "dresser") and has(found, "dmv"), found
    assert not has(found, "space heater") and not has(found, "#17"), found


@pytest.mark.parametrize("use_model", MODES)
def test_an_offer_the_reader_is_asked_to_make_and_a_service_that_is_not(use_model):
    html = page("""<h1>Boletín</h1><h2>Noticias</h2>
      <p>Don Ramiro ya no puede manejar de noche. Si usted tiene carro y puede llevarlo al
        ensayo del coro los miércoles, por favor avise a la secretaria.</p>
      <p>Si necesita ayuda con la renta este mes, llame a la oficina y con gusto le ayudamos.</p>
      <p>Si tiene preguntas sobre la primera comunión, hable con la catequista.</p>""", lang="es")
    found = titles(html, use_model=use_model)
    assert has(found, "ensayo del coro"), found
    assert not has(found, "renta") and not has(found, "preguntas"), found


@pytest.mark.parametrize("use_model", MODES)
def test_amharic_church_seeks_and_a_yes_to_do_you_need(use_model):
    html = page("""<h1>ዜና</h1><h2>የሰንበት ትምህርት ቤት</h2>
      <p>ቤተ ክርስቲያናችን ለሰንበት ትምህርት ቤት ልጆች የግዕዝ ቋንቋ የሚያስተምር መምህር ትፈልጋለች።</p>""",
                lang="am")
    assert has(titles(html, use_model=use_model), "መምህር")
    html = page("""<h1>Questions</h1>
      <h2>Do you need tutors?</h2>
      <p>Yes. Our Thursday homework club still has no one for high-school chemistry.</p>
      <h2>Do you need winter coats?</h2>
      <p>No, the coat rack is full until spring. Thank you!</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "chemistry"), found
    assert not has(found, "coat") and not has(found, "yes"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_calendar_day_marked_full_drops_that_day_only(use_model):
    html = page("""<h1>April</h1><table>
      <tr><th>MON</th><th>TUE</th><th>WED</th><th>THU</th><th>FRI</th></tr>
      <tr><td><b>7</b><br>WATERCOLOR CLASS 10:00</td>
        <td><b>8</b><br>FOOT SOAK SOCIAL<br>VOLUNTEER HAIRDRESSER NEEDED FOR TRIMS</td>
        <td><b>9</b><br>QUILTING CIRCLE — <b>FULL</b></td><td><b>10</b><br>CHESS CLUB 1:00</td>
        <td><b>11</b><br>FISH FRY 5:00</td></tr>
      <tr><td><b>14</b><br>WATERCOLOR CLASS 10:00</td><td><b>15</b><br>BINGO 1:30</td>
        <td><b>16</b><br>BOOK CLUB 2:00</td><td><b>17</b><br>CHESS CLUB 1:00</td>
        <td><b>18</b><br>GOOD FRIDAY — CLOSED</td></tr>
      </table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "hairdresser"), found
    assert not has(found, "quilting"), found


@pytest.mark.parametrize("use_model", MODES)
def test_counts_spelled_out_and_a_roster_with_open_places(use_model):
    html = page("""<h1>አገልግሎት</h1><table>
      <tr><th>አገልግሎት</th><th>ቀን</th><th>ሁኔታ</th></tr>
      <tr><td>የእንጀራ ጋጋሪዎች</td><td>ቅዳሜ</td><td>አራት ሰዎች ያስፈልጋሉ</td></tr>
      <tr><td>የመኪና ማቆሚያ አስተናጋጆች</td><td>እሑድ</td><td>በቂ ሰው አለን</td></tr></table>""",
                lang="am")
    found = titles(html, use_model=use_model)
    assert has(found, "እንጀራ"), found
    assert not has(found, "ማቆሚያ"), found
    html = page("""<h1>Sunday roster</h1><table>
      <tr><th>Sunday</th><th>Greeters</th><th>Readers</th><th>Coffee hour</th></tr>
      <tr><td>May 4</td><td>Ann, Bo</td><td>Cal</td><td>Dee, Eve</td></tr>
      <tr><td>May 11</td><td>Ann, OPEN</td><td>Cal</td><td>Dee, Eve</td></tr>
      <tr><td>May 18</td><td>Fay, Gus</td><td>Hal</td><td>OPEN, OPEN</td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "greeters", "may 11") and has(found, "coffee hour", "may 18"), found
    assert not has(found, "readers") and not has(found, "sunday roster"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_person_who_has_the_job_hours_and_a_teaser(use_model):
    html = page("""<h1>Jobs around the center</h1><table>
      <tr><th>Job</th><th>When</th><th>Status</th></tr>
      <tr><td>Card table setup</td><td>Tuesdays</td><td>NEED 1</td></tr>
      <tr><td>Coffee maker</td><td>Daily</td><td>WANTED</td></tr>
      <tr><td>Pool cue repair</td><td>Monthly</td><td>GORDON HAS IT THROUGH MAY</td></tr></table>
      <h2>Reading room</h2><p>The reading room is open daily from 8 to 4.</p>
      <h2>Blood pressure clinic</h2><p>Third Monday, with the parish nurse. By appointment.</p>
      <h2>We could use a hand</h2><p>See what's needed this month and pick a task.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "card table") and has(found, "coffee maker"), found
    assert not has(found, "pool cue") and not has(found, "reading room"), found
    assert not has(found, "blood pressure") and not has(found, "could use a hand"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_flyer_question_heading_and_a_printed_box_list(use_model):
    text = ("RIVERSIDE PANTRY\nSpring drive 2026\n12 Elm St - (507) 555-0190\n¿Qué necesitamos?\n"
            "Pañales de las tallas 4 y 5 para los bebés de las familias nuevas. Pueden ser\n"
            "paquetes abiertos.\nFórmula\nYa tenemos suficiente fórmula. Gracias.\n")
    found = pdf_titles(text)
    assert has(found, "pañales"), found
    assert not has(found, "fórmula"), found
    html = page("""<h1>What we need</h1><h2>Linen shelf: still open</h2><ul>
      <li>✔ <s>Bath towels</s> – thank you!</li><li>☐ Queen sheets</li>
      <li>☐ Pillowcases</li></ul>""")
    found = titles(html, use_model=use_model)
    assert has(found, "queen sheets"), found
    assert not any("☐" in t for t in found) and not has(found, "bath towels"), found


@pytest.mark.parametrize("use_model", MODES)
def test_stories_that_ask_in_the_end(use_model):
    html = page("""<h1>Stories</h1>
      <h2>A long walk to class</h2>
      <p>Ler Htoo and Naw Say came from Thailand in May with two sons. She has a place in the
        evening nursing course in Fergus Falls, but she has no way to get there. If you can
        drive her to evening class on Mondays, please call the office.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "evening class"), found
    assert not has(found, "way to get there"), found
    html = page("""<h1>Tin cộng đồng</h1><h2>Tin sinh hoạt</h2>
      <p>Chùa cần thêm hai người nấu ăn cho ngày lễ.</p>
      <p>Gia đình anh Lộc vừa đến Minnesota, hiện ở một căn hộ trống với ba con nhỏ. Gia đình
        còn thiếu giường, nệm và tủ lạnh. Quý vị nào có đồ còn tốt, xin liên lạc văn phòng.</p>""",
                lang="vi")
    found = titles(html, use_model=use_model)
    assert has(found, "nệm"), found
    html = page("""<h1>Welcome</h1><h3>Talking partners</h3>
      <p>Our Saturday English class has 12 grandmothers and one teacher. Volunteers who speak
        English could sit with two or three of them and just chat.</p>""")
    assert has(titles(html, use_model=use_model), "speak english")
