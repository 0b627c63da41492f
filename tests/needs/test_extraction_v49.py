"""v49, developed on blind round 49 (after v48's one-shot score there): the recall classes the
round showed -- staff matrices, who-columns with blank places, columns of roles written out,
board columns headed "needed" in other languages, calendars whose days hold paragraphs, items
that count their own open places, gift drives, "needs one more …" -- and the titles it got
wrong.  New synthetic wording throughout (none of it is the round's text); the Somali, Hmong,
Vietnamese, Spanish and Karen lines are my own and may be imperfect."""

from __future__ import annotations

import pytest

from tests.needs.extraction_pages import MODES, has, page, pdf_titles, titles


@pytest.mark.parametrize("use_model", MODES)
def test_a_staff_matrix_gives_one_need_per_open_cell(use_model):
    html = page("""<h1>Coaches</h1><p>Every coach is a volunteer.</p>
      <h2>Spring league staff</h2>
      <table><tr><th>Team</th><th>Coach</th><th>Helper coach</th><th>Snack parent</th></tr>
      <tr><td>U9 boys</td><td>Ray P.</td><td>OPEN</td><td>Kim L.</td></tr>
      <tr><td>U11 girls</td><td>NEEDED</td><td>Sue T.</td><td>Jo M.</td></tr>
      <tr><td>U13 co-ed</td><td>Dan R.</td><td>Al B.</td><td>Tia N.</td></tr>
      <tr><td colspan="4">U15 boys: all places taken, thank you!</td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "u9 boys", "helper coach") and has(found, "u11 girls", "coach"), found
    assert not has(found, "u13") and not has(found, "u15"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_who_column_with_blank_places(use_model):
    html = page("""<h1>Fiesta de la cosecha</h1>
      <p>Donde dice (vacío), todavía falta alguien.</p>
      <table><tr><th>Fecha</th><th>Tarea</th><th>Encargado</th></tr>
      <tr><td>Sáb 3</td><td>Montar las mesas</td><td>Luis, Ana</td></tr>
      <tr><td>Sáb 3</td><td>Preparar el café</td><td>(vacío)</td></tr>
      <tr><td>Dom 4</td><td>Lavar los platos</td><td>Marta, (vacío)</td></tr></table>""",
                lang="es")
    found = titles(html, use_model=use_model)
    assert has(found, "café") and has(found, "platos"), found
    assert not has(found, "mesas"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_column_of_roles_written_out_and_a_role_column(use_model):
    html = page("""<h1>Programs</h1><table>
      <tr><th>PROGRAM</th><th>LEAD</th><th>VOLUNTEERS NEEDED</th></tr>
      <tr><td>TUTORING</td><td>MS. RAY</td>
          <td>READING BUDDY FOR 2ND GRADERS, TUESDAYS – NEED 2</td></tr>
      <tr><td>KITCHEN</td><td>JOE</td><td>DISHWASHERS – WE HAVE PLENTY UNTIL SPRING</td></tr>
      </table>
      <h2>Grupos</h2><table>
      <tr><th>Grupo</th><th>Función</th><th>Estado</th></tr>
      <tr><td>CATEQUESIS</td><td>Catequista para niños de primera comunión</td>
          <td>Faltan 2</td></tr>
      <tr><td>CATEQUESIS</td><td>Secretaria de grupo</td>
          <td>Puesto pagado – ver la oficina</td></tr>
      </table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "reading buddy") and not has(found, "dishwashers"), found
    assert has(found, "catequista") and not has(found, "secretaria"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_board_column_headed_needed_in_somali(use_model):
    html = page("""<h1>Looxa</h1>
      <h2>Loo baahan yahay</h2>
      <h3>Macallin Ingiriisi dadka waaweyn</h3><p>Khamiista 5:00 galabnimo, xarunta.</p>
      <h3>Kursiyo carruureed</h3><p>Toban kursi oo yaryar fasalka carruurta.</p>
      <h2>La qabtay</h2>
      <h3>Darawal Jimcaha</h3><p>Cali ayaa qaatay. Mahadsanid!</p>""", lang="so")
    found = titles(html, use_model=use_model)
    assert has(found, "macallin") and has(found, "kursiyo"), found
    assert not has(found, "darawal"), found


@pytest.mark.parametrize("use_model", MODES)
def test_card_titles_and_not_needed_buttons(use_model):
    html = page("""<h1>Sign up</h1>
      <h2>Saturday book sort</h2><p>Sort and shelve donated books. 10 am–noon</p>
      <p>2 of 6 filled</p><p>Sign up</p>
      <h3>Greeters</h3><p>Welcome people at the door on Sunday mornings.</p><p>Sign me up</p>
      <h3>Snow shoveling</h3><p>A neighbor's plow crew now handles this. Thanks!</p>
      <p>Not needed</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "book sort") and not has(found, "shelve donated"), found
    assert has(found, "greeters"), found
    assert not has(found, "shovel"), found


@pytest.mark.parametrize("use_model", MODES)
def test_items_that_say_they_are_open(use_model):
    html = page("""<h1>Parish news</h1><h2>Open calls</h2><ul>
      <li>[OPEN] <b>Coffee hour hosts</b> – set out cups and cookies, once a month.</li>
      <li><b>Newsletter editor</b> – 1 person needed, 3 hours a month.</li>
      <li>[FILLED] <b>Choir director</b> – thank you, Ellen!</li></ul>""")
    found = titles(html, use_model=use_model)
    if use_model:  # (the rule walk alone reads no items under a heading that is no ask)
        assert has(found, "coffee hour") and not has(found, "[open]"), found
    assert has(found, "newsletter editor"), found
    assert not has(found, "choir"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_calendar_whose_days_hold_paragraphs(use_model):
    days = "".join(f"<th>Hnub {d}</th>" for d in ("Xya", "Ib", "Ob", "Peb", "Plaub", "Tsib", "Rau"))
    html = page(f"""<h1>Lub Peb Hlis</h1><table><tr>{days}</tr>
      <tr><td><span>1</span></td><td><span>2</span>
      <p>Xav tau 3 tus neeg pab ntxuav lub tsev kawm ntawv</p></td><td><span>3</span></td>
      <td><span>4</span><p>Rooj sib tham, 6:00 tsaus ntuj</p></td><td><span>5</span></td>
      <td><span>6</span></td><td><span>7</span></td></tr></table>""", lang="hmn")
    found = titles(html, use_model=use_model)
    assert has(found, "ntxuav"), found
    assert not has(found, "rooj sib tham"), found


@pytest.mark.parametrize("use_model", MODES)
def test_needs_one_more_and_yes_especially(use_model):
    html = page("""<h1>News</h1><h2>Raffle quilt</h2><p>The quilting circle needs two more
      sewers to finish the raffle quilt by March.</p>
      <h2>Do you need volunteers?</h2><p>Yes – especially weekend van drivers. Two of our
      routes have nobody right now.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "sewers"), found
    assert has(found, "van drivers"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_gift_drive_a_referral_and_a_marquee(use_model):
    html = page("""<h1>Grace Chapel</h1><h2>GRACE CHAPEL</h2>
      <p>*** WELCOME NEW MEMBERS * SNOW SHOVELERS NEEDED FOR THE FRONT STEPS – CALL THE
      OFFICE ***</p>
      <h2>Mitten tree</h2><p>Hang new mittens and hats on the tree in the lobby by
      December 10.</p>
      <h2>Coat drive</h2><p>Last winter's coat drive collected 200 coats. Thank you!</p>
      <h2>A note from the pastor</h2><p>Our piano has gone flat. If you know someone who could
      tune it, please tell me after worship.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "snow shovelers") and not has(found, "grace chapel:"), found
    assert has(found, "mitten tree") and not has(found, "coat drive"), found
    assert has(found, "tune"), found
    assert not has(found, "note from the pastor:"), found


@pytest.mark.parametrize("use_model", MODES)
def test_places_to_sign_on_lines_and_a_form_question(use_model):
    html = page("""<h1>Soup suppers</h1><table>
      <tr><th>Job</th><th>Evening 1</th><th>Evening 2</th><th>Evening 3</th></tr>
      <tr><td>Soup pot</td><td>Mary</td><td>__________</td><td>Tom</td></tr>
      <tr><td>Setup</td><td>Rob</td><td>Lee</td><td>Kai</td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "soup pot") and not has(found, "setup"), found
    text = ("Volunteer form\nCurrent openings\n- Data entry helper – 1 person needed, Tuesdays.\n"
            "Days you can come\n[ ] Mon [ ] Tue [ ] Wed [ ] Thu [ ] Fri\n")
    found = pdf_titles(text, use_model=use_model)
    assert has(found, "data entry"), found
    assert not has(found, "days you can come"), found


@pytest.mark.parametrize("use_model", [m for m in MODES if m])  # (an item only the model reads)
def test_a_karen_name_keeps_its_english_gloss(use_model):
    html = page("""<h1>ပှၤသၣ်ပှၤဘိ (Youth)</h1><ul>
      <li><b>သရၣ်သိၣ်လံာ် (English reading teacher for the middle schoolers)</b> – ပလိၣ်ဘၣ် ၁ ဂၤ.
      Friday 5 PM.</li></ul>""", lang="kar")
    found = titles(html, use_model=use_model)
    assert has(found, "english reading teacher"), found
