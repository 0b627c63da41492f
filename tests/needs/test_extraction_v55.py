"""v55, developed on blind round 55 (after v54's one-shot score there): structure the page
carries (an accordion's buttons, a forum's table of posts, a footer's "Always welcome" box, a
"Filled" column, a PDF's "label: topic" line, a calendar day's bare "NEED A …"), titles that
name what the text counts or carries ("Sunday school helpers" over "two more helpers", the
thing "it" stands for, the heading over a bare headcount), asks stated as a heading, a
conditional offer, a count short of its goal, a wish list on a gifts page, and the non-needs
it took (a need said covered in the next sentence, "no longer accepted", Hmong "tsis tas
lawm", an Amharic salaried post, a teaser ending in "read more", community-service hours,
how clients sign up, a form's boxes to tick).  New synthetic wording throughout (none of it
is the round's text); the Somali, Hmong, Vietnamese and Amharic wordings are my own and may
be imperfect."""

from __future__ import annotations

import pytest

from needs.extraction.kinds import kind_of
from tests.needs.extraction_pages import MODES, has, page, pdf_titles, titles


@pytest.mark.parametrize("use_model", MODES)
def test_an_accordions_buttons_title_its_panels(use_model):
    html = page("""<h1>Help out</h1><p>Tap a topic.</p><div class="faq-list">
      <button class="q-btn">Garden bed builders</button>
      <div class="q-panel"><p>We need two people handy with a drill to build raised beds at the
      community garden in April.</p></div>
      <button class="q-btn">How do parents register for camp?</button>
      <div class="q-panel"><p>Fill in the camp form at the front desk and bring a copy of the
      child's shot record.</p></div></div>""")
    found = titles(html, use_model=use_model)
    assert has(found, "garden bed builders"), found
    assert not has(found, "register for camp"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_role_heading_names_the_helpers_its_sentence_counts(use_model):
    html = page("""<h1>Ways to serve</h1><h2>Nursery Room Helpers</h2><p>Our nursery has eleven
      toddlers on Sundays. We need three more helpers to rock babies and hand out snacks during
      the late service.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "nursery room helpers"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_forums_table_of_posts_is_one_card_per_post(use_model):
    html = page("""<h1>Community board</h1><table class="posts">
      <tr><th>Topic</th><th>Author</th><th>Replies</th></tr>
      <tr><td><a href="#p1"><b>Ride to the eye doctor in Bemidji on Fridays</b></a>
      <div class="txt">Walt on Birch Lane had cataract surgery and cannot drive for a month.
      Can anyone take him to his Friday checkups?</div></td><td>Board</td><td>3</td></tr>
      <tr><td><a href="#p2"><b>[SOLVED] Need a high chair</b></a>
      <div class="txt">Found one, thanks to the Olsons!</div></td><td>Jen</td><td>5</td></tr>
      <tr><td><a href="#p3"><b>Potluck photos</b></a>
      <div class="txt">What a night, thirty dishes and a full hall.</div></td><td>Board</td>
      <td>2</td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "eye doctor"), found
    assert not has(found, "high chair"), found
    assert not has(found, "potluck"), found


@pytest.mark.parametrize("use_model", MODES)
def test_what_is_hauled_is_the_thing_that_waits(use_model):
    html = page("""<h1>Spring news</h1><h2>Firewood for the sauna</h2><p>The donated firewood
      is stacked at the Larsen farm on County Road 4. We need someone with a trailer and a free
      afternoon to haul it over before May.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "firewood"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_heading_that_names_the_work_gets_the_skill_asked(use_model):
    html = page("""<h1>Newsletter</h1><h2>Scanning our photo albums</h2><p>Forty years of
      church albums sit in the closet. We are looking for a volunteer who can scan old photos and
      label them for the anniversary book.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "scan old photos"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_thing_asked_twice_in_a_section_is_one_need(use_model):
    html = page("""<h1>From the chair</h1><h2>A note from the chair</h2><p>Our tool shed is
      almost empty. This spring we are short on wheelbarrows. If you have a wheelbarrow you
      could lend us for the planting weekend, please call Dana.</p>""")
    found = titles(html, use_model=use_model)
    assert sum(1 for t in found if "wheelbarrow" in t.casefold()) == 1, found


def test_the_sites_name_from_the_document_title_is_no_need():
    html = """<html lang="en"><head><title>HELP US - LAKEVIEW SENIOR CLUB</title></head><body>
      <h2>LAKEVIEW SENIOR CLUB</h2><p>14 SHORE DRIVE, LAKEVIEW, MINNESOTA</p>
      <h2>VOLUNTEERS WANTED</h2><p>WE NEED A CRIBBAGE TEACHER FOR TUESDAY AFTERNOONS.</p>
      </body></html>"""
    found = titles(html)
    assert not any(t.casefold() == "lakeview senior club" for t in found), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_rows_route_stays_in_its_name(use_model):
    html = page("""<h1>Volunteer</h1><table><tr><th>Job</th><th>When</th><th>Status</th></tr>
      <tr><td>Grocery delivery driver - Route 2 (Eastside)</td><td>Mon 9 am</td>
      <td>Need a driver</td></tr>
      <tr><td>Grocery delivery driver - Route 5 (Lakeside)</td><td>Wed 9 am</td>
      <td>Filled - thanks Bob</td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "route 2"), found
    assert not has(found, "route 5"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_heading_that_states_its_shortage_for_the_newsletter(use_model):
    html = page("""<h1>Wish list</h1><h2>We are short on printer paper for the newsletter</h2>
      <p>200 copies go out every month. A ream left at the desk goes a long way.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "printer paper"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_calendar_day_that_needs_someone(use_model):
    html = page("""<h1>March</h1><table><tr><th>MON</th><th>TUE</th><th>WED</th><th>THU</th>
      <th>FRI</th></tr><tr><td>2 — CHAIR YOGA 10 AM</td><td>3</td>
      <td>4 — POTLUCK 12 PM <b>NEED A DISHWASHER! CALL RUTH</b></td><td>5</td>
      <td>6 — MOVIE DAY</td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "dishwasher"), found
    assert not has(found, "chair yoga"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_footers_always_welcome_box_is_a_gift_need(use_model):
    html = """<html lang="en"><head><title>Welcome Home</title></head><body><main>
      <h1>Welcome Home Partnership</h1><p>We walk beside new neighbors.</p></main>
      <footer class="site-footer"><div class="widget"><h4>Always welcome</h4>
      <p>Prepaid phone cards for families calling relatives overseas. Drop them at the front
      desk.</p></div><div class="widget"><p>12 Elm St · 555-0100</p></div></footer>
      </body></html>"""
    found = titles(html, use_model=use_model)
    assert has(found, "phone cards"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_role_heading_over_an_offer_asked_with_whom_to_tell(use_model):
    html = page("""<h1>Announcements</h1><h2>Rides for seniors to the Saturday market</h2>
      <p>Posted by Deacon Lee · May 2</p><p>Six residents of Pine Court have no way to get to the
      market. If you have a car and can give a ride at 8:30 on Saturdays, please talk with
      Deacon Lee after church.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "rides for seniors"), found


@pytest.mark.parametrize("use_model", MODES)
def test_things_to_sponsor_short_of_their_count(use_model):
    html = page("""<h1>News</h1><h2>Sponsor a library book</h2><p>Our children's shelf is
      worn out. Each new picture book costs $12.</p><p><b>14 of 40 books sponsored</b> — 26 to
      go.</p><h2>Turkey drive</h2><p>We have 90 of 90 turkeys. Thank you!</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "library book"), found
    assert not has(found, "turkey"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_bare_headcount_takes_its_headings_name(use_model):
    html = page("""<h1>Tình nguyện</h1><h2>Trang trí hội trường đón Trung Thu</h2>
      <p>Ngày 3 tháng 10. Cần 6 người, đã có 2 người đăng ký.</p>""", lang="vi")
    found = titles(html, use_model=use_model)
    assert has(found, "trung thu"), found
    assert not any(t.casefold().startswith(("cần 6", "người")) for t in found), found


@pytest.mark.parametrize("use_model", MODES)
def test_the_person_who_would_help_us_a_lot(use_model):
    html = page("""<h1>For our neighbors</h1><h2>Help with our bulletin</h2><p>The bulletin is
      typed by hand every week. A volunteer who could lay it out on a computer once a week
      would help us a lot.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "bulletin") or has(found, "lay it out"), found


@pytest.mark.parametrize("use_model", MODES)
def test_thanksgiving_is_no_thanks_and_a_count_short_of_its_goal(use_model):
    html = page("""<h1>Donaciones</h1><h2>Jamones para el Día de Acción de Gracias</h2>
      <p>Llevamos 40 de 75 jamones. ¡Faltan 35! Jamones enteros, sin abrir.</p>""", lang="es")
    found = titles(html, use_model=use_model)
    assert has(found, "jamones"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_list_of_things_on_a_gifts_page_is_a_wish_list(use_model):
    html = page("""<h1>Donaciones</h1><h2>Productos de limpieza</h2><ul><li>Cloro</li>
      <li>Esponjas</li><li>Detergente para ropa</li><li>~~Escobas~~ (ya tenemos)</li></ul>
      <h2>Ropa</h2><p>Ya no recibimos ropa usada.</p>""", lang="es")
    found = titles(html, use_model=use_model)
    assert has(found, "productos de limpieza"), found
    assert not any(t.casefold().startswith("ropa") for t in found), found


@pytest.mark.parametrize("use_model", MODES)
def test_help_with_social_media_is_an_ask_and_service_hours_are_not(use_model):
    html = page("""<h1>Voluntarios</h1><h2>Otras formas de ayudar</h2>
      <h3>Apoyo con Instagram y redes sociales</h3><p>Buscamos a alguien que publique fotos de
      la despensa dos veces por semana.</p><h3>Horas de servicio comunitario</h3><p>Recibimos
      a jóvenes que necesitan horas para la escuela. Traiga su hoja para firmar.</p>""",
                lang="es")
    found = titles(html, use_model=use_model)
    assert has(found, "redes sociales"), found
    assert not has(found, "servicio comunitario"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_column_headed_filled_keeps_its_header(use_model):
    html = page("""<h1>Volunteer sign-ups</h1><h2>Book fair</h2><table>
      <tr><th>What</th><th>When</th><th>Filled</th><th></th></tr>
      <tr><td>Bake sale treats (cookies, bars)</td><td>Drop off by 8 am</td><td>3 of 10</td>
      <td>Sign up</td></tr>
      <tr><td>Cashier helpers</td><td>9–11 am</td><td>2 of 4</td><td>Sign up</td></tr>
      <tr><td>Poster makers</td><td>Before May 1</td><td>2 of 2</td><td>FULL</td></tr>
      </table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "bake sale"), found
    assert has(found, "cashier helpers"), found
    assert not has(found, "poster makers"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_flyers_day_is_no_role_and_its_asks_are_read(use_model):
    text = ("LAKESIDE PARK CLEANUP DAY\nSaturday, April 26 - 9 am to noon - meet at the shelter\n"
            "Bring gloves! We need 12 cleanup volunteers to pick up litter along the shore and\n"
            "rake the beach. We are short on work gloves in large sizes. Please leave boxes at\n"
            "the park office.\nLakeside Friends - friends@example.org")
    found = pdf_titles(text, use_model=use_model)
    assert has(found, "cleanup volunteers"), found
    assert has(found, "work gloves"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_pdf_forms_label_line_heads_its_ask_and_its_boxes_are_no_need(use_model):
    text = ("FOOMKA IS-DIIWAANGELINTA\nXarunta Hiil - 12 Main St, Anytown, MN\n"
            "Baahi cusub: fasalka kombiyuutarka\n"
            "Fasalka kombiyuutarka ee Khamiista wuxuu u baahan yahay laba macallin oo\n"
            "yaqaan Microsoft Word iyo Excel.\n"
            "Magaca: ____________________   Telefoonka: ______________\n"
            "Maalmaha aad diyaar tahay:  [ ] Isniin  [ ] Talaado  [ ] Khamiis\n")
    found = pdf_titles(text, use_model=use_model)
    assert has(found, "kombiyuutarka"), found
    assert not has(found, "maalmaha"), found


@pytest.mark.parametrize("use_model", MODES)
def test_an_ask_said_covered_in_the_next_sentence(use_model):
    html = page("""<h1>Minutes</h1><h3>1. Youth soccer</h3><p>We still need a coach for the
      U10 girls on Saturdays.</p><h3>2. Folding chairs</h3><p>We need 40 folding chairs for the
      graduation party. The Legion offered theirs, so that is covered.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "coach"), found
    assert not has(found, "folding chairs"), found


@pytest.mark.parametrize("use_model", MODES)
def test_hmong_not_needed_any_more(use_model):
    html = page("""<h1>Pab dawb</h1><h2>Neeg tsav tsheb mus khw</h2><p>Peb xav tau ib tug neeg
      uas muaj tsheb coj cov laus mus khw hnub Friday.</p><h2>Xib fwb qhia qeej</h2>
      <p>Tsis tas lawm — peb twb tau ib tug xib fwb lawm. Ua tsaug!</p>""", lang="hmn")
    found = titles(html, use_model=use_model)
    assert has(found, "tsav tsheb"), found
    assert not has(found, "qeej"), found


@pytest.mark.parametrize("use_model", MODES)
def test_vietnamese_no_longer_accepted(use_model):
    html = page("""<h1>Quyên góp</h1><h2>Gạo</h2><p>Chúng tôi đang thiếu gạo cho bữa trưa của
      các cụ.</p><h2>Đồ chơi cũ</h2><p>Chúng tôi không còn nhận đồ chơi cũ. Xin cảm ơn.</p>""",
                lang="vi")
    found = titles(html, use_model=use_model)
    assert not has(found, "đồ chơi"), found


@pytest.mark.parametrize("use_model", MODES)
def test_an_amharic_salaried_post_is_no_need(use_model):
    html = page("""<h1>በአገልግሎት ይሳተፉ</h1><h2>የወጥ ቤት በጎ ፈቃደኞች</h2>
      <p>ለእሑድ ምሳ ሦስት በጎ ፈቃደኞች ያስፈልጉናል።</p><h2>ጸሐፊ (ደሞዝ ያለው)</h2>
      <p>የትርፍ ሰዓት ሥራ፣ ደሞዝ ይከፈላል።</p>""", lang="am")
    found = titles(html, use_model=use_model)
    assert not has(found, "ጸሐፊ"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_teaser_that_ends_in_read_more_is_no_need(use_model):
    html = page("""<h1>Warar</h1><h2>Maxaan u imaadaa? Sheekadii Xaliimo</h2><p>Xaliimo oo 16
      jir ah ayaa noo sheegtay sababta ay u timaado fasalka Sabtida.
      <a href="/warar.html">Akhri wax dheeraad ah</a></p>""", lang="so")
    found = titles(html, use_model=use_model)
    assert not has(found, "xaliimo"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_households_story_is_one_need(use_model):
    html = page("""<h1>Stories</h1><h2>The Osman family still needs a few things</h2>
      <p>Hassan and Ayaan Osman came from Kenya in August with their two sons. Their
      apartment is set up, but the boys share one mattress and the baby has no car seat. Two
      twin mattresses and an infant car seat would make their first winter easier.</p>""")
    found = titles(html, use_model=use_model)
    assert len(found) == 1 and has(found, "osman"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_need_said_in_two_languages_is_one_need(use_model):
    html = page("""<h1>ကညီ</h1><h2>ပှၤကတိၤကျိာ် — Karen-Burmese interpreter for the food shelf</h2>
      <p>ပှၤသးပှၢ်တဖၣ် လဲၤဆူ တၢ်အီၣ်ဟံၣ်။</p><p>English: Our elders visit the food shelf on
      Thursdays. We need a Karen-Burmese interpreter to go with them twice a month.</p>""",
                lang="kar")
    found = titles(html, use_model=use_model)
    assert sum(1 for t in found if "interpreter" in t.casefold()) == 1, found


def test_kinds_read_the_new_goods_and_skills():
    assert kind_of("Heavy-duty contractor bags") == "donation"
    assert kind_of("Prepaid bus passes for new arrivals") == "donation"
    assert kind_of("Bilingual cookbook: proofreader for the English side") == "skilled"
    assert kind_of("Recording our elders: volunteer who can edit audio") == "skilled"
