"""v56: first the fixes from a read of v55's change after its one-shot score on round 56 -- a
forum-like table whose bold title sits inside its text keeps that text, "it's covered" and
"no longer taking" are fill states, "haul them" is named like "haul it", a Hmong headcount
"Xav tau 5 leej neeg" is only a count, and "38/60 … sponsored" counts like "38 of 60"; then
the failure classes of round 56 itself (after the tests of the review's fixes below): a
request board's posts, Somali "short on" in its perfect form, how-to-ask headings, recaps
after their year, "we do not accept" headings in Amharic and Somali, letters, bios, prayer
lists, money appeals by name, and roles asked for under their own heading.  New synthetic
wording throughout; outside English and Spanish the wording is my own and may be imperfect."""

from __future__ import annotations

import pytest

from tests.needs.extraction_pages import MODES, has, page, pdf_titles, titles


@pytest.mark.parametrize("use_model", MODES)
def test_a_table_whose_bold_title_sits_inside_its_text_keeps_the_text(use_model):
    html = page("""<h1>Requests</h1><table><tr><th>Post</th><th>By</th><th>Replies</th></tr>
      <tr><td><p><b>Winter rides to dialysis</b><br>We need two drivers with cars to take Mr.
      Ortiz to dialysis in Willmar on Tuesday mornings this winter.</p></td><td>Board</td>
      <td>2</td></tr>
      <tr><td><p><b>Garage sale photos</b><br>Thanks to all who came out on Saturday.</p></td>
      <td>Board</td><td>0</td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "dialysis") or has(found, "drivers"), found


@pytest.mark.parametrize("use_model", MODES)
def test_its_covered_after_an_ask(use_model):
    html = page("""<h1>Minutes</h1><h3>1. Coffee urn</h3><p>We need a 40-cup coffee urn for
      Sunday fellowship. Dale is lending his, so it's covered.</p><h3>2. Snow</h3><p>We still
      need two people to shovel the church steps on Sunday mornings.</p>""")
    found = titles(html, use_model=use_model)
    assert not has(found, "coffee urn"), found
    assert has(found, "shovel"), found


@pytest.mark.parametrize("use_model", MODES)
def test_no_longer_taking_is_a_fill_state(use_model):
    html = page("""<h1>Donations</h1><h2>Diapers</h2><p>We are short on size 5 diapers this
      month.</p><h2>Winter coats</h2><p>We are no longer taking winter coats. Thank you!</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "diapers"), found
    assert not has(found, "coats"), found


@pytest.mark.parametrize("use_model", MODES)
def test_what_is_hauled_when_it_is_them(use_model):
    html = page("""<h1>News</h1><h2>Garden news</h2><p>Forty bags of donated compost are
      sitting at the hardware store. We need someone with a pickup to haul them over to the
      garden on Saturday.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "compost"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_hmong_headcount_takes_its_headings_name(use_model):
    html = page("""<h1>Pab dawb</h1><h2>Npaj rooj noj mov Xyoo Tshiab</h2>
      <p>Hnub 15 lub 11 hlis. Xav tau 5 leej neeg, twb muaj 2 leeg sau npe lawm.</p>""",
                lang="hmn")
    found = titles(html, use_model=use_model)
    assert not any(t.casefold().startswith(("xav tau 5", "5 leej")) for t in found), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_slash_count_of_things_sponsored(use_model):
    html = page("""<h1>News</h1><h2>Sponsor a hymnal</h2><p>Our hymnals are falling apart. A
      new one costs $14.</p><p><b>21/50 hymnals sponsored</b> — 29 to go.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "hymnal"), found


# --------------------------------------------------------------------------- round 56's classes


@pytest.mark.parametrize("use_model", MODES)
def test_somali_short_on_in_its_perfect_form_names_the_things(use_model):
    html = page("""<h1>Dukaanka bilaashka ah</h1><h2>Dukaanka</h2><p>Jimce kasta waxaan bixinaa
      dhar bilaash ah.</p><p><b>Hadda waxaa naga yaraaday:</b> kabaha carruurta iyo
      shandadaha dugsiga. Haddii aad hayso, keen Jimcaha.</p>""", lang="so")
    found = titles(html, use_model=use_model)
    assert has(found, "kabaha carruurta"), found
    assert not any(t.casefold().strip() == "hadda waxaa naga yaraaday" for t in found), found


@pytest.mark.parametrize("use_model", MODES)
def test_how_to_post_a_request_is_no_list_of_needs(use_model):
    html = page("""<h1>Isku caawin</h1><h2>Sida codsi loo soo dhigo</h2><ul>
      <li>Fariin qoraal ah u dir (651) 555-0111, ama buuxi foomka.</li>
      <li>Codsigaaga waxaa la dhigaa bogga 48 saacadood gudahood.</li></ul>
      <h2>How to make a request</h2><ul><li>Text the helpline with what you need.</li>
      <li>We post it on the board within a day.</li></ul>""", lang="so")
    found = titles(html, use_model=use_model)
    assert not has(found, "fariin"), found
    assert not has(found, "codsigaaga"), found
    assert not has(found, "text the helpline"), found


@pytest.mark.parametrize("use_model", MODES)
def test_what_was_given_in_a_past_year_is_a_recap(use_model):
    html = page("""<h1>Dhar bilaash ah</h1><h2>Alaabta la bixiyo</h2><p>Sabti kasta waxaan
      bixinaa dhar.</p><p>Sannadkii 2023 waxaan bixinay 2,400 xabbo oo dhar ah iyo 90 buste.</p>
      """, lang="so")
    found = titles(html, use_model=use_model)
    assert not has(found, "2023"), found
    assert not has(found, "2,400"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_boards_open_posts_are_one_need_each_without_their_byline(use_model):
    html = page("""<h1>Requests</h1>
      <div class="post"><h3><span class="badge">OPEN</span> Rides to physical therapy in
      Hutchinson</h3><p class="author">Posted by <strong>Lupe_R</strong> » 2 May 2025</p>
      <div class="content"><p>My father had knee surgery. I work days and cannot drive him on
      Tuesdays and Thursdays at 10 am. Even one day a week would help.</p></div></div>
      <div class="post"><h3><span class="badge">OPEN</span> A crib for our new baby</h3>
      <p class="author">Posted by <strong>Marta.G</strong> » 30 April 2025</p>
      <div class="content"><p>We are expecting in June. We have clothes already. A used crib
      in good shape is fine.</p></div></div>""")
    found = titles(html, use_model=use_model)
    assert has(found, "physical therapy"), found
    assert has(found, "crib"), found
    assert not has(found, "lupe_r") and not has(found, "marta.g"), found
    assert not has(found, "we have clothes"), found
    assert len(found) == 2, found


@pytest.mark.parametrize("use_model", MODES)
def test_an_oromo_money_appeal_and_a_thanks_heading_are_no_needs(use_model):
    html = page("""<h1>Arjoomaa</h1><h2>Deeggarsa maallaqaa</h2><p>Kaffaltii ibsaa fi bishaanii
      keenyaaf deeggarsi keessan nu barbaachisa. Cheekii maqaa waldaa keenyaatiin
      barreessaa.</p><h2>Galatoomaa!</h2><p>Bara darbe maatii 80f meeshaalee kushinaa
      raabsineerra.</p>""", lang="om")
    found = titles(html, use_model=use_model)
    assert not has(found, "deeggarsa"), found
    assert not has(found, "galatoomaa"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_heading_that_asks_for_a_loan_is_a_need(use_model):
    html = page("""<h1>Baga nagaan dhuftan</h1><h2>Konkolaataa nu liqeessaa</h2><p>Ji'a
      itti aanu meeshaalee maatii haaraaf geessuuf konkolaataan guddaan nu barbaachisa. Yoo
      qabaattan, Gammadaa bilbilaa.</p>""", lang="om")
    found = titles(html, use_model=use_model)
    assert has(found, "liqeessaa"), found


@pytest.mark.parametrize("use_model", MODES)
def test_an_oromo_intro_over_the_table_of_tasks_is_no_need(use_model):
    html = page("""<h1>Tola ooltummaa</h1><p>Hojiiwwan armaan gadii irratti gargaarsa keessan
      barbaanna.</p><table><tr><th>Hojii</th><th>Yeroo</th><th>Haala</th></tr>
      <tr><td>Konkolaachisaa maatii haaraa</td><td>Sanbata</td><td>[Nama 2 barbaanna]</td></tr>
      <tr><td>Gargaartuu kitaaba dubbisuu</td><td>Roobii</td><td>[Ammallee ni barbaachisa]</td>
      </tr></table>""", lang="om")
    found = titles(html, use_model=use_model)
    assert not has(found, "armaan gadii"), found
    assert has(found, "konkolaachisaa"), found


@pytest.mark.parametrize("use_model", MODES)
def test_an_elderly_couples_story_names_what_they_need(use_model):
    html = page("""<h1>Giúp đỡ</h1><h2>Chuyện của ông bà Phúc</h2><p>Ông bà Phúc đã ngoài 85
      tuổi và sống một mình ở Hutchinson. Mùa đông năm ngoái bà bị ngã trên đường đi. Ông bà
      cần vài người ở gần có thể rắc muối và dọn tuyết lối đi sau mỗi trận tuyết. Ai giúp được
      xin gọi chị Lan.</p>""", lang="vi")
    found = titles(html, use_model=use_model)
    assert has(found, "ông bà phúc") or has(found, "tuyết"), found


@pytest.mark.parametrize("use_model", MODES)
def test_an_amharic_headcount_sentence_takes_its_role_heading(use_model):
    html = page("""<h1>በጎ ፈቃደኞች</h1><h2>ለገና በዓል ምግብ አብሳዮች</h2><p>ታኅሣሥ 29 ለሚከበረው
      የገና በዓል ለ200 ሰው ምግብ ለማዘጋጀት አራት ሰዎች እንፈልጋለን።</p>""", lang="am")
    found = titles(html, use_model=use_model)
    assert has(found, "ምግብ አብሳዮች"), found


@pytest.mark.parametrize("use_model", MODES)
def test_we_do_not_accept_headings_in_amharic_and_somali(use_model):
    html = page("""<h1>ልገሳ</h1><h2>የማንቀበላቸው ዕቃዎች</h2><p>ያገለገሉ ፍራሾች እና የተሰበሩ
      ቴሌቪዥኖች።</p><h2>Waxyaabaha aanan aqbali karin</h2><ul><li>Joodariyo hore loo
      isticmaalay</li><li>Telefishinno jaban</li><li>Daawo la furay</li></ul>""", lang="am")
    found = titles(html, use_model=use_model)
    assert not has(found, "የማንቀበላቸው"), found
    assert not has(found, "aqbali"), found
    assert not has(found, "joodariyo"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_role_heading_over_an_if_you_can_ask_and_over_needs_more(use_model):
    html = page("""<h1>Bienvenidos</h1><h2>Intérpretes para citas médicas</h2><p>Muchas
      familias no hablan inglés. Si usted habla español e inglés y tiene una mañana libre,
      acompáñelas a la clínica.</p><h2>Tutors for Monday homework club</h2><p>Our homework
      club has grown to 40 kids and needs more adult tutors, 18 or older.</p>""", lang="es")
    found = titles(html, use_model=use_model)
    assert has(found, "intérpretes"), found
    assert has(found, "tutors"), found


@pytest.mark.parametrize("use_model", MODES)
def test_an_age_rule_and_a_card_we_cannot_host_are_no_needs(use_model):
    html = page("""<h1>Volunteer</h1><h2>Shelf stockers</h2><p>Stock shelves on Monday
      afternoons, 1-3 pm.</p><p>Kids under 14 volunteer with a parent. Groups of up to 6 are
      welcome on Mondays.</p><h2>Pharmacy students</h2><p>We're sorry - we cannot host
      pharmacy student rotations this year. Please check back in the spring.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "stockers"), found
    assert not has(found, "under 14"), found
    assert not has(found, "pharmacy students"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_duty_card_on_a_volunteer_and_give_page(use_model):
    html = page("""<h1>Volunteer &amp; Give</h1><h2>Hygienists</h2><p>Licensed hygienists for
      one Saturday a month.</p><h2>Waiting room &amp; sign-in</h2><p>Welcome families, sign
      them in on the tablet and keep the toy corner tidy. No dental background needed.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "waiting room"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_skilled_person_sought_in_a_newsletter_paragraph(use_model):
    found = pdf_titles("""CLINIC NEWS - SPRING 2026
Goodbye, Dr. Patel Dr. Patel moved to Denver in March after nine years with us. With Dr. Patel
gone, our Tuesday eye clinic has no one to run it. We are looking for a retired or part-time
optometrist, or an ophthalmologist, to lead the eye clinic twice a month. Please call Rosa.
A new sign The Lions Club painted our sign. Next we need someone handy to fix the back door
lock before winter.""", use_model=use_model)
    assert has(found, "optometrist"), found


@pytest.mark.parametrize("use_model", MODES)
def test_card_titles_above_a_sign_up_button(use_model):
    html = page("""<h1>Pab dawb</h1><div class="repeater" role="list">
      <div class="item" role="listitem"><div class="box"><div><span style="font-weight:700">
      Neeg tsav tsheb coj cov laus mus khw</span></div></div><div class="box"><p>Siv koj lub
      tsheb, hnub Tuesday thaum sawv ntxov. Peb them nqi roj tsheb rau koj.</p></div>
      <a class="btn" href="/s">Sau npe</a></div>
      <div class="item" role="listitem"><div class="box"><div><span style="font-weight:700">
      Xib fwb qhia ntawv Hmoob</span></div></div><div class="box"><p>Qhia cov menyuam nyeem
      thiab sau ntawv Hmoob hnub Sunday tav su.</p></div><a class="btn" href="/s">Sau npe</a>
      </div></div>""", lang="hmn")
    found = titles(html, use_model=use_model)
    assert has(found, "neeg tsav tsheb"), found
    assert has(found, "xib fwb qhia ntawv hmoob"), found


@pytest.mark.parametrize("use_model", MODES)
def test_meet_our_leader_and_pray_for_are_no_needs(use_model):
    html = page("""<h1>Zoo siab txais tos</h1><h2>Ntsib peb tus thawj coj</h2><p>Txiv Neeb Lis
      tuaj txog Minnesota xyoo 1992 thiab tau pab cov tsev neeg Hmoob tau 25 xyoo.</p>
      <h2>Thov Vajtswv rau</h2><p>Niam Tais Vaj uas nyob tsev kho mob; tsev neeg Xyooj.</p>
      """, lang="hmn")
    found = titles(html, use_model=use_model)
    assert not has(found, "ntsib"), found
    assert not has(found, "vajtswv"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_heading_that_asks_keeps_its_paragraph_as_one_need(use_model):
    found = pdf_titles("""DAIM NTAWV SAU NPE 2026
Peb xav tau neeg pab ntim khoom noj
Peb lub txhab nyiaj khoom noj pab 60 tsev neeg txhua lub lim tiam. Peb xav tau neeg pab dawb
tuaj pab ntim thawv khoom noj txhua hnub Thursday thaum tav su. Cov hluas hnub nyoog 14 xyoos
rov saud tuaj tau.""", use_model=use_model)
    assert not has(found, "60 tsev neeg"), found
    assert has(found, "ntim"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_count_filled_then_open_keeps_its_row(use_model):
    html = page("""<h1>Fall harvest schedule</h1><table><tr><th>Team</th><th>When</th>
      <th>Slots</th></tr><tr><td>Apple pickers</td><td>Saturdays 9-12</td>
      <td>5 of 8 filled – <b>3 open</b></td></tr><tr><td>Cider pressers</td><td>Sundays
      1-4</td><td>Full</td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "apple pickers"), found
    assert not has(found, "cider"), found


@pytest.mark.parametrize("use_model", MODES)
def test_an_arabic_heading_says_our_stock_ran_out(use_model):
    html = page("""<h1>التبرعات</h1><h2>نفد مخزوننا من الأرز</h2><p>نفد مخزوننا تماماً من
      الأرز البسمتي والزيت. نرجو إحضارها إلى المركز.</p>""", lang="ar")
    found = titles(html, use_model=use_model)
    assert has(found, "الأرز"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_hmong_conditional_gift_then_whom_to_tell(use_model):
    html = page("""<h1>Xov xwm</h1><p>Nyob zoo txhua tus. Peb lub tsev teev ntuj lub cub
      ci qub twb puas lawm, yog leej twg muaj ib lub cub ci uas tseem siv tau zoo thiab xav
      pub rau lub koom txoos, thov qhia rau Xib Hwb Tswb.</p>""", lang="hmn")
    found = titles(html, use_model=use_model)
    assert has(found, "cub ci"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_letter_heading_names_no_need(use_model):
    found = pdf_titles("""WARGEYSKA XAGAAGA 2026
Salaan ka timid guddoomiyaha
Asalaamu calaykum. Xagaagan waxaan soo dhaweynay 15 qoys oo cusub. Haddii aad taqaan
Ingiriisiga, waxaan u baahanahay laba qof oo Arbacada fiidkii hooyooyinka akhris ku
caawiya.""", use_model=use_model)
    assert not any(t.casefold().startswith("salaan") for t in found), found
    assert has(found, "laba qof"), found


@pytest.mark.parametrize("use_model", MODES)
def test_only_your_hands_is_no_need_of_its_own(use_model):
    html = page("""<h1>Ku soo dhawoow</h1><h3>Ma taqaan tubbada?</h3><p>Musqusha xarunta ayaa
      daadanaysa. Waxaan raadineynaa qof yaqaan tubbada oo Sabti na caawin kara. Qalabka
      xaruntaa iibsanaysa – kaliya gacantaada iyo aqoontaada ayaan u baahanahay.</p>""",
                lang="so")
    found = titles(html, use_model=use_model)
    assert not has(found, "gacantaada"), found
