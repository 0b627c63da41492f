"""Failure classes found on blind round 37 (after v36's one-shot score there), tested with new
synthetic wording (none of it is the round's text): fill states in new words ("not needed
until …", "¡Meta alcanzada!", "ya se encarga …", Somali "looma baahna mar dambe", Karen
"ပှဲၤလၢၤ"); a sign-up table's places ticked off with names or left as write-in lines; a title
after an "[Open]" badge; a bare "somebody" title; headings that say past, a training, hours,
lending or how to sign up; a money target; cards titled by a figure caption or a label; a
grid of item cards as one wish list; quoted neighbour requests with their answers.
Translations are the authors' best effort (Somali, Hmong, Karen and Vietnamese least sure)."""

from __future__ import annotations

import pytest

from tests.needs.extraction_pages import MODES, has, page, titles


@pytest.mark.parametrize("use_model", MODES)
def test_fill_states_in_new_words(use_model):
    html = page("""<h1>Serve with us</h1>
      <h2>Hospitality team</h2>
      <p>Greeters are not needed until the fall term. We'll post a new sign-up in August.</p>
      <h2>Library shelvers</h2>
      <p>We need two people to shelve returned books on Monday evenings.</p>
      <h2>Choir robes</h2>
      <p>We've got plenty now, thank you all!</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "shelve"), found
    assert not has(found, "hospitality") and not has(found, "greeters"), found
    assert not has(found, "choir robes"), found


@pytest.mark.parametrize("use_model", MODES)
def test_spanish_and_somali_fill_states(use_model):
    es = page("""<h1>Cómo ayudar</h1>
      <h2>Juguetes para la posada</h2>
      <p>¡Meta alcanzada! Llegaron 300 juguetes.</p>
      <h2>Tamaleras para diciembre</h2>
      <p>Las señoras del grupo de oración ya se encargan de los tamales. ¡Gracias!</p>
      <h2>Choferes para el mandado</h2>
      <p>Necesitamos choferes que lleven a las señoras mayores al mercado los jueves.</p>""",
              lang="es")
    found = titles(es, use_model=use_model)
    assert has(found, "choferes"), found
    assert not has(found, "juguetes") and not has(found, "tamal"), found
    so = page("""<h1>Deeq alaab</h1>
      <h2>Buste jiilaal</h2>
      <p>Looma baahna mar dambe. Mahadsanidiin!</p>
      <h2>Kuraas carruur</h2>
      <p>Waxaan u baahanahay toban kursi oo carruurta fasalka Quraanka ah.</p>""", lang="so")
    found = titles(so, use_model=use_model)
    assert not has(found, "buste"), found


@pytest.mark.parametrize("use_model", MODES)
def test_karen_full_badge(use_model):
    html = page("""<h1>ကညီ (Karen news)</h1>
      <h3>ပှၤသ့ၣ်ဖျိၣ် (Gardeners)</h3>
      <p>[ပှဲၤလၢၤ] (Full, thank you.)</p>
      <h3>ပှၤမၤလိ (Tutors)</h3>
      <p>We need tutors for the homework club on Thursdays after school.</p>""", lang="kar")
    found = titles(html, use_model=use_model)
    assert not has(found, "gardeners") and not has(found, "ပှၤသ့ၣ်ဖျိၣ်"), found


@pytest.mark.parametrize("use_model", MODES)
def test_ticked_off_names_in_a_role_by_day_table(use_model):
    html = page("""<h1>This week's helpers</h1>
      <p>open = still needed · ✓ = covered</p>
      <table><tr><th>Role</th><th>Mon</th><th>Wed</th><th>Sat</th></tr>
        <tr><td>Laundry folding</td><td>—</td><td>1 open</td><td>—</td></tr>
        <tr><td>Front desk</td><td>✓ Rahel</td><td>—</td><td>✓ Tesfaye</td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "laundry folding"), found
    assert not has(found, "front desk"), found


@pytest.mark.parametrize("use_model", MODES)
def test_write_in_lines_are_open_places(use_model):
    html = page("""<h1>APRIL SIGN-UP</h1>
      <p>AN EMPTY LINE MEANS THE PLACE IS STILL OPEN.</p>
      <table><tr><th>JOB</th><th>WHEN</th><th>SLOT 1</th><th>SLOT 2</th></tr>
        <tr><td>MAILING CREW</td><td>MON 9 AM</td><td>P. HALVORSON</td><td>__________</td></tr>
        <tr><td>RECEPTION</td><td>WED 1 PM</td><td>A. KOSKI</td><td>T. MAKI</td></tr>
      </table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "mailing crew"), found
    assert not has(found, "reception"), found


@pytest.mark.parametrize("use_model", MODES)
def test_title_after_an_open_badge(use_model):
    html = page("""<h1>Voluntariado</h1>
      <h3>Biblioteca</h3>
      <p>[Abierto]</p>
      <p>Cuentacuentos bilingüe</p>
      <p>Leer cuentos en español e inglés a los niños los sábados por la mañana.</p>""",
                lang="es")
    assert has(titles(html, use_model=use_model), "cuentacuentos"), titles(
        html, use_model=use_model)


@pytest.mark.parametrize("use_model", MODES)
def test_headings_that_say_no_need(use_model):
    html = page("""<h1>Kev pab</h1>
      <h2>Xyoo tas los</h2>
      <p>Peb faib tau 120 lub hnab mov rau cov tsev neeg.</p>
      <h2>Qiv peb lub tsev</h2>
      <p>Peb muaj ib chav loj uas lwm pab pawg qiv tau.</p>
      <h2>Peb xav tau neeg tsav tsheb</h2>
      <p>Peb xav tau neeg tsav tsheb coj cov laus mus kho mob.</p>""", lang="hmn")
    found = titles(html, use_model=use_model)
    assert not has(found, "xyoo tas los") and not has(found, "qiv peb"), found
    en = page("""<h1>Volunteer</h1>
      <h2>New volunteer training</h2>
      <p>Second Tuesday of each month, 6 pm, in the fellowship hall.</p>
      <h2>To sign up</h2>
      <p>Put your name on the clipboard by the coffee pot.</p>
      <h2>Bus monitors</h2>
      <p>We need bus monitors for the field trips in May.</p>""")
    found = titles(en, use_model=use_model)
    assert has(found, "bus monitors"), found
    assert not has(found, "training") and not has(found, "to sign up"), found


@pytest.mark.parametrize("use_model", MODES)
def test_money_target_is_an_appeal(use_model):
    html = page("""<h1>Ủng hộ</h1>
      <h2>Gây quỹ 250.000 đô la cho mái nhà mới</h2>
      <p>Xin quý vị hỗ trợ.</p>""", lang="vi")
    assert not has(titles(html, use_model=use_model), "250.000"), titles(
        html, use_model=use_model)


@pytest.mark.parametrize("use_model", MODES)
def test_cards_titled_by_caption_or_label(use_model):
    html = page("""<h1>Get involved</h1>
      <div class="grid">
        <article class="card"><figure><img src="/a.jpg" alt="">
          <figcaption>Garden bed builder</figcaption></figure>
          <p>Build four raised beds behind the center in April; we supply the lumber.</p>
        </article>
        <article class="card"><label class="role">Sewing circle teacher</label>
          <p>Teach beginners to hem and patch clothes, Wednesday evenings.</p></article>
      </div>""")
    found = titles(html, use_model=use_model)
    assert has(found, "garden bed builder"), found


@pytest.mark.parametrize("use_model", MODES)
def test_grid_of_item_cards_is_one_wish_list(use_model):
    html = page("""<h1>Cúng dường</h1>
      <h2>Vật phẩm cần cho lễ Phật Đản</h2>
      <div class="wrap">
        <div class="vp"><span class="ten">Hoa tươi</span><span class="gc">nhiều bó</span></div>
        <div class="vp"><span class="ten">Trái cây</span></div>
        <div class="vp"><span class="ten">Nến</span><span class="gc">loại lớn</span></div>
        <div class="vp"><span class="ten">Khăn giấy</span></div>
      </div>""", lang="vi")
    found = titles(html, use_model=use_model)
    assert len(found) == 1 and has(found, "trái cây"), found


@pytest.mark.parametrize("use_model", MODES)
def test_quoted_neighbour_requests(use_model):
    html = page("""<h1>Neighbor board</h1>
      <ul>
        <li><blockquote>"Looking for someone with a truck to haul a donated couch from Baudette.
          It has to move by Friday."</blockquote><p>— Marlys, March 2</p><p>Still looking.</p></li>
        <li><blockquote>"Does anyone have a spare space heater? Our basement bedroom is freezing."
          </blockquote><p>— Tom, March 1</p><p>Done — thank you, Carol!</p></li>
      </ul>""")
    found = titles(html, use_model=use_model)
    assert has(found, "truck"), found
    assert not has(found, "space heater"), found


@pytest.mark.parametrize("use_model", MODES)
def test_bold_led_items_of_an_announced_list(use_model):
    html = page("""<h1>Volunteer with us</h1>
      <p>Here is where we need hands this spring:</p>
      <ul><li><b>Porch repairs</b>: folks who can replace rotten steps and railings for two
        widowed neighbors. We pay for the boards.</li>
        <li><b>Bingo callers</b> — all set for now, thanks to the Lions!</li>
        <li><b>Bookkeeper</b> — part-time, paid. Ask at the desk.</li></ul>""")
    found = titles(html, use_model=use_model)
    assert has(found, "porch repairs"), found
    assert not has(found, "bingo") and not has(found, "bookkeeper"), found


@pytest.mark.parametrize("use_model", MODES)
def test_order_of_service_names_no_need(use_model):
    html = page("""<h1>Sunday bulletin</h1>
      <h2>Order of service</h2>
      <p>Prelude - Hymn 40 - Sermon - Offering - Blessing. The fall festival needs six more
      parents to run the game booths; please see Deacon Paw after the service.</p>""")
    found = titles(html, use_model=use_model)
    assert not any(t.casefold() == "order of service" for t in found), found


@pytest.mark.parametrize("use_model", MODES)
def test_if_you_work_in_a_trade(use_model):
    html = page("""<h1>News</h1>
      <h2>Notes from the board</h2>
      <p>The board met in March and approved the budget. The furnace in the fellowship hall
      short-cycles again. If you work in heating and could look at it some evening, please
      call Arne.</p>""")
    assert has(titles(html, use_model=use_model), "heating"), titles(html, use_model=use_model)


@pytest.mark.parametrize("use_model", MODES)
def test_drive_short_of_its_goal(use_model):
    html = page("""<h1>Drives this winter</h1>
      <h3>Sleds for the sledding hill</h3>
      <p>Plastic sleds and snow saucers for the kids' Saturday club at the park.</p>
      <p>7 of 25 sleds</p>
      <h3>Wool socks</h3>
      <p>300 of 300 — goal met, thank you!</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "sleds"), found
    assert not has(found, "wool socks"), found


@pytest.mark.parametrize("use_model", MODES)
def test_label_over_a_bare_headcount(use_model):
    html = page("""<h1>Volunteer</h1>
      <h2>Open now</h2>
      <p>Ramp builders: this summer we need five or six people to build a wheelchair ramp
      for a neighbor on Elm Street. Tools provided.</p>""")
    assert has(titles(html, use_model=use_model), "ramp builders"), titles(
        html, use_model=use_model)
