"""v52, developed on blind round 52 (after v51's one-shot score there): a crew asked for with
its day and task, a giving tree whose open tags are listed, a drive's lines of counts and a
table of what is needed against what is in hand, a badge of urgency standing as a heading, a
swap board's notes, "if you have …, we'd love to …", a role that "could save us …", a
family's state set as a sub-heading, Arabic status cells, offers and met requests on a
board, where-to-bring labels, a form's boxes and its "how to join" heading, asks at the start
of a PDF's line, a newsletter's update that the ask is met. New synthetic wording throughout
(none of it is the round's text); the Hmong, Somali, Arabic and Spanish wordings are my own
and may be imperfect."""

from __future__ import annotations

import pytest

from needs.extraction.sections import parse_sections
from tests.needs.extraction_pages import MODES, has, page, pdf_titles, titles


@pytest.mark.parametrize("use_model", MODES)
def test_a_crew_asked_for_with_its_day_then_its_task(use_model):
    html = page("""<h1>Parish news</h1><h2>Pie baking morning</h2>
      <p>Helpers needed Saturday, November 22, 8–11 am in the church kitchen to roll crusts
      for the harvest supper. Aprons provided.</p>
      <h2>Choir</h2><p>The choir sings at the 10 am service every Sunday.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "roll crusts"), found
    assert not has(found, "choir"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_giving_tree_whose_open_tags_are_listed_is_one_need(use_model):
    html = page("""<h1>Angel Tree 2025</h1>
      <p>Every star is a wish from a neighbour. The stars still on the board are listed below;
      crossed-out stars are spoken for.</p>
      <table><tr><th>Star</th><th>Who</th><th>Wish</th></tr>
      <tr><td>4</td><td>boy, 6</td><td>a sled</td></tr>
      <tr><td>9</td><td>grandpa, 80</td><td>large-print crosswords</td></tr></table>
      <h2>How to bring your gift</h2><p>Tape the star to the bag and leave it at the
      office.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "angel tree"), found
    assert not has(found, "how to bring"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_drive_of_counts_is_one_need_for_what_is_still_short(use_model):
    html = page("""<h1>Winter Warmth Drive</h1><p>Running until December 20. The tally so
      far:</p>
      <p>Wool socks — 60 of 150 pairs</p><p>Hand warmers — 20 of 300 packs</p>
      <p>Fleece blankets — 80 of 80 ✓ done, thank you!</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "winter warmth drive"), found
    assert len(found) == 1, found


def test_a_drive_whose_every_count_is_met_asks_nothing():
    html = page("""<h1>Spring Cleaning Drive</h1><p>Final tally:</p>
      <p>Mops — 30 of 30 ✓</p><p>Bleach — 45 of 40 bottles. Over goal!</p>""")
    assert not has(titles(html), "cleaning drive"), titles(html)


@pytest.mark.parametrize("use_model", MODES)
def test_a_table_of_needed_against_in_hand_lists_the_rows_still_short(use_model):
    html = page("""<h1>Baby bundle shelf</h1><p>What each new family receives, and what we
      hold for the next eight.</p>
      <table><tr><th>Item</th><th>Needed</th><th>On hand</th><th></th></tr>
      <tr><td>Crib sheets</td><td>8</td><td>8</td><td>✓ enough</td></tr>
      <tr><td>Baby bathtub</td><td>8</td><td>3</td><td></td></tr>
      <tr><td>Bottle brush</td><td>8</td><td>1</td><td></td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "baby bundle"), found
    assert not has(found, "crib sheets"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_badge_of_urgency_is_no_title(use_model):
    html = page("""<h1>Neighbours welcome</h1>
      <div class="tile"><h2>URGENT · tomorrow</h2><p>A family moving into a third-floor walk-up
      needs four people to carry a sofa and beds up the stairs, 10 am–noon.</p></div>""")
    found = titles(html, use_model=use_model)
    assert has(found, "carry a sofa") or has(found, "four people"), found
    assert not any(t.casefold().startswith("urgent") for t in found), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_swap_board_reads_its_open_notes_and_not_its_offers(use_model):
    html = page("""<h1>Cover board</h1><p>Can't come? Post here.</p>
      <p>NEEDS COVER · posted Mar 3 by Ines</p>
      <p><b>Wed 3/12, 4–6 pm: after-school snack server.</b> Dentist appointment. Anyone?</p>
      <p>CAN COVER · Abdi</p><p>I'm free most Thursday mornings if someone needs a swap.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "snack server"), found
    assert not any(t.startswith("Wed 3/12") for t in found), found
    assert not has(found, "thursday mornings"), found


@pytest.mark.parametrize("use_model", MODES)
def test_if_you_have_it_we_would_love_to_take_it(use_model):
    html = page("""<h1>Community garden</h1><h2>From the beds</h2>
      <p>Our old wheelbarrow lost its wheel for good. If you have a sturdy wheelbarrow sitting
      unused in a garage, we'd love to put it back to work on the plots.</p>
      <p>The water line to the east beds leaks at every joint. A neighbour who knows basic
      plumbing could save us a whole summer of puddles.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "wheelbarrow"), found
    assert has(found, "plumbing"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_family_state_set_as_a_sub_heading_keeps_the_family_as_title(use_model):
    html = page("""<h1>Holiday families</h1><p>Choose a family and shop from its list.</p>
      <h3>The Hsa Blu family</h3><h4>[STILL NEEDS A SPONSOR]</h4>
      <p>A father and three boys (5, 8, 11). Snow boots, a space heater, a toaster.</p>
      <h3>The Mu Paw family</h3><h4>[PARTLY SPONSORED]</h4>
      <p>The children's gifts are taken; we still need a winter coat, men's size L, for
      dad.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "hsa blu"), found
    assert has(found, "winter coat") or has(found, "mu paw"), found
    assert not any(t.startswith("[") for t in found), found


def test_a_pill_sub_heading_moves_into_its_card():
    root = parse_sections("# Families\n\n### The Lah family\n\n#### [NEEDS A SPONSOR]\n\n"
                          "Two kids and grandma.\n")
    card = root.children[0].children[0]
    assert card.heading == "The Lah family"
    assert [b.text for b in card.blocks] == ["[NEEDS A SPONSOR]", "Two kids and grandma."]
    assert card.children == []


@pytest.mark.parametrize("use_model", MODES)
def test_arabic_status_cells_wanted_and_over(use_model):
    html = page("""<h1>فرص المساعدة</h1><table>
      <tr><th>الدور</th><th>اليوم</th><th>الحالة</th></tr>
      <tr><td>مدرّسة لغة إنجليزية للأمهات</td><td>الأحد</td><td>مطلوبة</td></tr>
      <tr><td>مرافقون للرحلات المدرسية</td><td>الجمعة</td><td>ما زلنا بحاجة إلى اثنين</td></tr>
      <tr><td>طهاة العيد</td><td>—</td><td>انتهى الموسم</td></tr></table>""", lang="ar")
    found = titles(html, use_model=use_model)
    assert has(found, "مدرّسة"), found
    assert has(found, "مرافقون"), found
    assert not has(found, "طهاة"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_board_reads_asks_not_giveaways_or_met_requests(use_model):
    html = page("""<h1>Neighbour board</h1>
      <h3>ana_3c</h3><p>Does anyone have a pack-and-play we could use for two weeks? My
      sister is visiting with her baby.</p>
      <h3>mo_k</h3><p>Giving away a bread machine and a stand mixer, both work fine. Message
      me.</p>
      <h3>bea</h3><p>Could someone walk my dog on Tuesday while I am at the clinic?</p>
      <p>bea: UPDATE: dog walk is sorted, thanks Lin!</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "pack-and-play"), found
    assert not has(found, "bread machine"), found
    assert not has(found, "walk my dog"), found


@pytest.mark.parametrize("use_model", MODES)
def test_where_to_bring_labels_are_not_needs(use_model):
    html = page("""<h1>Deeq</h1><h2>Buste carruur</h2>
      <p>Waxaan u baahanahay busteyaal carruur oo cusub, 20 xabbo.</p>
      <p><b>Meesha la keeno:</b> xafiiska, Isniin–Jimce 9–5.</p>""", lang="so")
    found = titles(html, use_model=use_model)
    assert not has(found, "meesha la keeno"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_form_box_and_its_how_to_join_heading_are_not_needs(use_model):
    found = pdf_titles("RIVER CLINIC - HELPER FORM\n"
                       "Name: ________________ Phone: ______________\n"
                       "New this spring: front desk greeters\n"
                       "We need three greeters to welcome patients on Monday evenings, about\n"
                       "two hours a week. Training is provided.\n"
                       "[  ] I can greet patients\n"
                       "Sending this form back\n"
                       "Drop it at the desk or mail it to 12 Main St. We call one reference "
                       "first.", use_model=use_model)
    assert has(found, "greeters"), found
    assert not any(t.startswith("I can") for t in found), found
    assert not has(found, "sending this form"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_hmong_pdf_line_that_asks_is_a_heading_and_joining_is_not_a_need(use_model):
    found = pdf_titles("TSEV KAWM NTAWV - DAIM NTAWV\n"
                       "Lub caij ntuj no 2025\n"
                       "Xav tau neeg qhia ntawv pab cov menyuam kawm lej\n"
                       "Peb muaj 30 tus menyuam xav kawm lej tom qab tsev kawm ntawv. Peb xav "
                       "tau 4 tus neeg pab.\n"
                       "Kev koom tes\n"
                       "Yog xav pab, hu rau Mai 651-555-0100.", use_model=use_model)
    assert has(found, "qhia ntawv"), found
    assert not has(found, "kev koom tes"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_newsletter_update_that_the_ask_is_met_drops_it(use_model):
    html = page("""<h1>Xov xwm</h1>
      <p>Lub 10 hlis 2</p>
      <p>Peb xav tau ib lub tub yees (freezer) rau chav ua noj. HLOOV TSHIAB 10/9: Ib tsev
      neeg muab rau peb lawm. Tsis xav tau ntxiv lawm.</p>
      <p>Lub 9 hlis 20</p>
      <p>Tsev neeg Vaj tsev dej nyab lawm. Lawv xav tau txaj pw thiab pam vov. Hu rau Kia:
      651-555-0101.</p>""", lang="hmn")
    found = titles(html, use_model=use_model)
    assert not has(found, "tub yees"), found
    assert has(found, "pam vov") or has(found, "txaj pw"), found
