"""v48, developed on blind round 48 (after v47's one-shot score there): the precision classes
the round showed -- events, services, paid rows and teasers taken as needs, wish tables read
item by item -- and layouts the rules did not read.  New synthetic wording throughout (none
of it is the round's text); the Somali, Hmong, Vietnamese, Oromo, Amharic and Arabic lines
are my own and may be imperfect."""

from __future__ import annotations

import pytest

from tests.needs.extraction_pages import MODES, has, page, pdf_titles, titles


@pytest.mark.parametrize("use_model", MODES)
def test_a_board_of_ads_laid_out_as_a_table(use_model):
    html = page("""<h1>Corkboard</h1><table>
      <tr><td><b>WANTED:</b> Someone who can re-cane two old chairs for the reading room.</td>
          <td><b>FOR LOAN:</b> Crutches and shower chairs, free for as long as you need.</td></tr>
      <tr><td><b>WANTED:</b> Volunteer drivers for the Friday grocery run to Cloquet.</td>
          <td><b>RAFFLE:</b> Tickets for the afghan are $2 each, drawing in March.</td></tr>
      </table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "re-cane") and has(found, "grocery run"), found
    assert not has(found, "raffle") and not has(found, "tickets"), found
    assert not has(found, "crutches"), found


@pytest.mark.parametrize("use_model", MODES)
def test_dated_notices_are_events_whatever_they_are_called(use_model):
    html = page("""<h1>Happenings</h1>
      <h2>Harvest supper</h2><p>Saturday, October 4, 5 pm, in the church basement. Bring a
      friend.</p>
      <h2>Taller de costura</h2><p>Martes 14 de enero, 6 p.m. Traiga su propia tela.</p>
      <h2>Soup kitchen servers</h2><p>Thursday, October 9, 11 am. We need four servers for the
      lunch line.</p>""")
    found = titles(html, use_model=use_model)
    assert not has(found, "harvest supper") and not has(found, "costura"), found
    assert has(found, "servers"), found
    text = ("Xarunta Hooyo - Wargeys\nKulanka waalidiinta\nAxad, Diseembar 7, 3:00 galabnimo, "
            "maktabadda magaalada.\nShaah ayaa la keeni doonaa.\n")
    assert not has(pdf_titles(text), "kulanka"), pdf_titles(text)


@pytest.mark.parametrize("use_model", MODES)
def test_what_we_lend_and_a_paid_status_are_not_needs(use_model):
    html = page("""<h1>Volunteer</h1><h2>Open roles</h2>
      <table><tr><th>Role</th><th>Details</th><th>Status</th></tr>
      <tr><td>Pantry sorter</td><td>Sort donated cans on Monday mornings.</td><td>Open</td></tr>
      <tr><td>Bookkeeper</td><td>Contract work on the annual audit.</td>
          <td>Paid – see Careers</td></tr></table>
      <h2>We also lend</h2><p>A pressure washer and two ladders. Reserve them a week ahead.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "pantry sorter"), found
    assert not has(found, "bookkeeper"), found
    assert not has(found, "pressure washer") and not has(found, "lend"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_table_of_tools_wanted_is_one_wish_list(use_model):
    html = page("""<h1>Help the shop</h1><h2>Missing from the collection</h2>
      <table><tr><th>Tool</th><th>Why</th><th>Status</th></tr>
      <tr><td>Belt sander</td><td>Furniture rehab nights</td><td>Still looking</td></tr>
      <tr><td>Pipe wrench set</td><td>Plumbing clinic</td><td>Still looking</td></tr>
      <tr><td>Shop vacuum</td><td>–</td><td>Got one, thanks!</td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert len([t for t in found if "sander" in t.lower() or "wrench" in t.lower()]) == 1, found
    assert not has(found, "shop vacuum"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_sideways_table_of_roles(use_model):
    html = page("""<h1>Pab dawb</h1><table>
      <tr><th></th><th>Tu tsav tsheb</th><th>Pab ntim khoom noj</th><th>Pab ntxuav chav</th></tr>
      <tr><th>Hnub</th><td>Hnub Ob</td><td>Hnub Plaub</td><td>Hnub Tsib</td></tr>
      <tr><th>Xav tau pes tsawg leej</th><td>2</td><td>3</td><td>–</td></tr>
      <tr><th>Xwm txheej</th><td>Tseem xav tau</td><td>Tseem xav tau</td><td>Puv lawm</td></tr>
      </table>""", lang="hmn")
    found = titles(html, use_model=use_model)
    assert has(found, "tsav tsheb") and has(found, "ntim khoom noj"), found
    assert not has(found, "ntxuav chav") and not has(found, "pes tsawg"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_word_processor_sign_up_table(use_model):
    html = page("""<h1>Sign up</h1><table class="MsoTableGrid">
      <tr><td><p><b>Job</b></p></td><td><p><b>When</b></p></td><td><p><b>Names</b></p></td></tr>
      <tr><td><p>Mailing crew</p><p>Fold and stamp the newsletter</p></td><td><p>Mon 3 pm</p></td>
          <td><p>1. Jan P.</p><p>2. ________</p><p>3. ________</p></td></tr>
      <tr><td><p>Coffee hour host</p></td><td><p>Sun 10 am</p></td>
          <td><p>1. Ed R.</p><p>2. Mary L.</p></td></tr>
      <tr><td><p>Snow shoveling</p><p>The front steps and the ramp</p></td><td><p>Mornings</p></td>
          <td><p>1. ________</p><p>2. ________</p></td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "mailing crew") and has(found, "snow shoveling"), found
    assert not has(found, "coffee hour"), found
    assert not has(found, "fold and stamp"), found


@pytest.mark.parametrize("use_model", MODES)
def test_labels_name_the_ask_under_headings_that_only_say_we_need(use_model):
    text = ("Foomka Mutadawacnimada\nMagaca: ____________ Telefoonka: __________\n"
            "Halkan ayaan hadda dad uga baahannahay\n"
            "Dugsiga Sabtida: Sabti kasta 10:00 ilaa 12:00 waxaan u baahanahay laba qof oo "
            "carruurta la akhriya.\n")
    assert has(pdf_titles(text), "dugsiga sabtida"), pdf_titles(text)
    html = page("""<h1>Voluntarios</h1><h2>Nos hace falta</h2>
      <p>Aceite de cocina, azúcar, harina de trigo y leche en polvo. Se acaban cada semana.</p>
      """, lang="es")
    found = titles(html, use_model=use_model)
    assert has(found, "aceite de cocina"), found
    html = page("""<h1>Ways to help</h1>
      <p>🔵 <b>Choir accompanist</b> — We are looking for a pianist for Sunday services.</p>
      <p>🔵 <b>Lawn crew</b> — Mow the church lawn once a month in summer.</p>""")
    found = titles(html, use_model=use_model)
    assert (has(found, "accompanist") or has(found, "pianist")) and has(found, "lawn crew"), found
    html = page("""<h1>Volunteer fair</h1><h2>Help wanted</h2>
      <p>For the coat check we need three volunteers who can stand for two hours.</p>""")
    assert has(titles(html, use_model=use_model), "coat check"), titles(html, use_model=use_model)


@pytest.mark.parametrize("use_model", MODES)
def test_items_with_their_own_state_and_numbered_notices(use_model):
    html = page("""<h1>فرص التطوع</h1><h3>أستطيع أن أساعد في</h3><ul>
      <li>ترتيب رفوف بنك الطعام — <strong>مطلوب</strong></li>
      <li><s>تزيين القاعة — اكتمل العدد</s></li>
      <li>قراءة القصص للأطفال يوم السبت — <strong>مطلوب</strong></li></ul>""", lang="ar")
    found = titles(html, use_model=use_model)
    assert has(found, "رفوف") and has(found, "القصص"), found
    assert not has(found, "تزيين"), found
    html = page("""<h1>Thông báo</h1><h2>THÔNG BÁO THÁNG 12</h2><ol>
      <li>LỢP LẠI MÁI NHÀ KHO: Mái nhà kho bị dột. Chùa cần hai người biết sửa mái.</li>
      <li>BAN VĂN NGHỆ: đã đủ người. Xin cảm ơn.</li></ol>
      <h2>ĐỒ DÙNG CHÙA CÒN CẦN</h2><ul><li>gạo</li><li>nước tương</li><li>khăn giấy</li>
      <li>TẾT: lễ giao thừa lúc 11 giờ đêm ngày 16 tháng 2, mời cả gia đình đến dự cùng chùa.</li>
      </ul>""", lang="vi")
    found = titles(html, use_model=use_model)
    assert has(found, "mái nhà kho"), found
    listed = [t for t in found if "nước tương" in t.lower() or "khăn giấy" in t.lower()]
    assert len(listed) == 1, found
    assert not has(found, "văn nghệ"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_gallery_of_things_marked_needed(use_model):
    html = page("""<h1>Baby closet</h1><p>We are short on the things marked Needed.</p>
      <figure><img src="a.jpg" alt="">
        <figcaption>Crib sheets<br><span>Needed</span></figcaption></figure>
      <figure><img src="b.jpg" alt="">
        <figcaption>Bottles<br><span>We have plenty</span></figcaption></figure>
      <figure><img src="c.jpg" alt="">
        <figcaption>Sleep sacks<br><span>Needed</span></figcaption></figure>
      """)
    found = titles(html, use_model=use_model)
    assert has(found, "crib sheets"), found
    assert not has(found, "bottles"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_bulletin_announcement_and_a_neighbor_story_that_ask(use_model):
    text = ("Grace Fellowship - Sunday Bulletin\nAnnouncements\n"
            "- The youth retreat is moving to the second weekend of March this year because of\n"
            "the snow.\n"
            "- Our nursery rocking chair finally broke after twenty years of service to us. If\n"
            "your family has a glider chair in good shape that you can give to the church,\n"
            "please tell Pastor Ruth.\n")
    assert has(pdf_titles(text), "glider chair"), pdf_titles(text)
    html = page("""<h1>Newsletter</h1><h2>A neighbor in need</h2>
      <p>An elderly member on Birch Road broke her wrist and cannot split firewood this fall.
      If you have a log splitter and could split a cord for her before the cold, please call
      the office.</p>
      <h2>Reading buddies</h2><p>Our after-school program pairs kids with adult readers.
      Five children are still waiting for a reading buddy.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "log splitter"), found
    assert has(found, "reading buddies"), found


@pytest.mark.parametrize("use_model", MODES)
def test_what_the_next_issue_brings_and_people_this_year(use_model):
    html = page("""<h1>The Grapevine</h1><h2>Kitchen corner</h2>
      <p>Next issue: a squash soup that feeds forty. Watch for it in February.</p>
      <h2>Welcome</h2><p>This handbook tells you where we need people this year and how shifts
      work.</p>
      <h2>Front desk</h2><p>We need a volunteer to answer the phone on Wednesday mornings.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "front desk") or has(found, "answer the phone"), found
    assert not has(found, "squash soup") and not has(found, "people this year"), found


@pytest.mark.parametrize("use_model", MODES)
def test_headings_made_of_divs_with_an_aria_role(use_model):
    html = page("""<section><div role="heading" aria-level="1"><span>News</span></div>
      <p><span>What is new this month.</span></p></section>
      <section><div role="heading" aria-level="2"><span>Tax clinic helpers</span></div>
      <p><span>We are looking for two people who can enter W-2 forms on a laptop, Saturday
      mornings in February.</span></p></section>
      <section><div role="heading" aria-level="2"><span>Folding chairs</span></div>
      <p><span>We already have enough chairs. Thank you, everyone!</span></p></section>""")
    found = titles(html, use_model=use_model)
    assert has(found, "tax clinic helpers"), found
    assert not has(found, "folding chairs"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_topic_heading_and_how_to_sign_up(use_model):
    html = page("""<h1>Volunteer</h1><p>Below are the jobs we still need people for.</p>
      <h2>Orchard</h2><p>Our youth pick apples at the county farm each fall. This September we
      need someone to lend us a pickup truck for two Saturdays.</p>
      <h2>Reading hour</h2><p>Kids read aloud with a grown-up on Thursdays.</p>
      <h2>How to sign up</h2><p>Come to the front desk when we are open, or call us. We will
      show you around on your first day.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "orchard") and has(found, "pickup truck"), found
    assert not has(found, "how to sign up"), found


def test_review_fixes_taller_count_and_arabic_offer():
    """After review of v48: the English word "taller" is no workshop, a bare count left after
    "we need" is still a cue, and "يلي" only as a word points at a list below."""
    from needs.extraction.lexicon import EVENT_TEXT
    from needs.extraction.titles import _sentence_cue, offer_then_contact

    assert not EVENT_TEXT.search("We need someone taller than six feet to hang the banner.")
    assert EVENT_TEXT.search("Taller de costura para mamás, martes a las 6.")
    assert _sentence_cue("We still need 12.") is not None
    assert _sentence_cue("Help we need now.") is None
    assert not offer_then_contact("إذا كنتم تستطيعون المساعدة في أي مما يلي، يرجى الاتصال بنا")
