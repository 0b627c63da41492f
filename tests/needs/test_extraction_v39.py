"""Failure classes found on blind round 39 (after v38's one-shot score there), tested with new
synthetic wording (none of it is the round's text): conditional asks buried in newsletters
("if anyone handy with …", "if someone can …", "if you have … experience", "if … don't scare
you", Spanish "si alguien sabe de …", Hmong "yog leej twg paub …"); a table whose column says
what is needed; names signed up counted against the places a row asks for; status badges in
brackets; Amharic table statuses and asks; Arabic asks with "also"; a heading that only says
"we are running out"; tools under a heading that asks; "Also seeking:" lines; FAQ answers that
state a condition or a service. The Hmong, Amharic, Arabic and Vietnamese lines are my own
wording from dictionaries and may be imperfect."""

from __future__ import annotations

import pytest

from tests.needs.extraction_pages import MODES, has, page, titles


@pytest.mark.parametrize("use_model", MODES)
def test_conditional_asks_in_a_newsletter(use_model):
    html = page("""<h1>Parish newsletter</h1>
      <h2>Notes from the council</h2>
      <p>The council met on the 3rd and set the picnic date. The basement sink drips again; if
      anyone handy with plumbing could stop by on a weekday, Father Ben will buy the parts.</p>
      <h2>From the office</h2>
      <p>Our sign-in sheets are still on paper. If someone can build a simple attendance
      database for the food shelf and show Joan how to use it, please call the office.</p>
      <h2>Treasurer's corner</h2>
      <p>Our treasurer retires in June. If payroll and quarterly filings don't scare you, we
      would love a call.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "plumbing"), found
    assert has(found, "attendance database"), found
    assert has(found, "payroll"), found
    assert not any(t.lower().endswith(": call") for t in found), found


@pytest.mark.parametrize("use_model", MODES)
def test_conditional_asks_in_spanish_and_hmong(use_model):
    html = page("""<h1>Noticias</h1>
      <h2>Del comité</h2>
      <p>Se aprobó el presupuesto del año. Queremos grabar videos cortos para las familias; si
      alguien sabe de edición de video y puede darnos unas horas, hable con Marta.</p>""",
                lang="es")
    assert has(titles(html, use_model=use_model), "edición de video")
    html = page("""<h1>Xov xwm</h1>
      <h2>Los ntawm pawg thawj coj</h2>
      <p>Peb tau pab 80 tsev neeg xyoo no. Cov menyuam xav kawm ntaus nkauj; yog leej twg paub
      qhia guitar, thov hu rau Txiv Tswv.</p>""", lang="hmn")
    assert has(titles(html, use_model=use_model), "qhia guitar")


@pytest.mark.parametrize("use_model", MODES)
def test_table_with_a_what_we_need_column(use_model):
    html = page("""<h1>Our programs</h1>
      <table><tr><th>PROGRAM</th><th>WHAT WE NEED</th></tr>
        <tr><td>HOMEWORK CLUB</td><td>WE HAVE THE ROOM. WE NEED TWO TUTORS FOR ALGEBRA ON
            TUESDAYS.</td></tr>
        <tr><td>SOCCER</td><td>A SET OF PINNIES AND SIX SIZE-4 BALLS.</td></tr>
        <tr><td>CHOIR</td><td>ENOUGH SINGERS ON THE LIST NOW.</td></tr>
        <tr><td>KITCHEN</td><td>COOK POSITION FILLED — THANK YOU!</td></tr>
        <tr><td>JANITOR</td><td>PAID, 12 HOURS A WEEK.</td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "tutors for algebra") and has(found, "pinnies"), found
    assert not has(found, "choir") and not has(found, "kitchen"), found
    assert not has(found, "janitor"), found


@pytest.mark.parametrize("use_model", MODES)
def test_names_signed_up_fill_the_places(use_model):
    html = page("""<h1>Harvest supper sign-up</h1>
      <table><tr><th>Task</th><th>People needed</th><th>Signed up</th></tr>
        <tr><td>Peel potatoes</td><td>3</td><td>Ann, Bo, Cy</td></tr>
        <tr><td>Set tables</td><td>4</td><td>Dee, ______, ______, ______</td></tr>
        <tr><td>Wash dishes</td><td>2</td><td>Ed and Flo</td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "set tables"), found
    assert not has(found, "peel potatoes") and not has(found, "wash dishes"), found
    html = page("""<h1>Đăng ký phụ giúp</h1>
      <table><tr><th>Công việc</th><th>Số người cần</th><th>Người đã đăng ký</th></tr>
        <tr><td>Nấu chè</td><td>2</td><td>Chị Loan, Cô Ba</td></tr>
        <tr><td>Chụp ảnh</td><td>1</td><td>________</td></tr></table>""", lang="vi")
    found = titles(html, use_model=use_model)
    assert has(found, "chụp ảnh") and not has(found, "nấu chè"), found


@pytest.mark.parametrize("use_model", MODES)
def test_project_table_with_bracketed_badges(use_model):
    html = page("""<h1>Repair jobs</h1>
      <table><tr><th>Project</th><th>Town</th><th>What it takes</th><th>Status</th></tr>
        <tr><td>New steps for a back porch</td><td>Ada</td><td>Basic carpentry</td>
            <td>[OPEN] 3 more needed</td></tr>
        <tr><td>Furnace filter changes</td><td>Twin Valley</td><td>An hour</td>
            <td>[DONE] crew full</td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "back porch") and not has(found, "basic carpentry"), found
    assert not has(found, "furnace filter"), found


@pytest.mark.parametrize("use_model", MODES)
def test_amharic_table_and_asks(use_model):
    html = page("""<h1>ዜና</h1>
      <h2>ከቦርዱ</h2>
      <p>ባለፈው ወር ስብሰባ አድርገናል። በተጨማሪም ፎቶ የሚያነሳ በጎ ፈቃደኛ እንፈልጋለን።</p>
      <h2>የበጎ ፈቃድ ሥራዎች</h2>
      <table><tr><th>ሥራ</th><th>ቀን</th><th>ሁኔታ</th></tr>
        <tr><td>ሞግዚት — ልጆችን በእሑድ ለመጠበቅ</td><td>እሑድ</td><td>1 ቦታ ክፍት ነው</td></tr>
        <tr><td>የወጥ ቤት ጽዳት</td><td>ሰኞ</td><td>ተሸፍኗል ✓</td></tr></table>""", lang="am")
    found = titles(html, use_model=use_model)
    assert has(found, "ፎቶ የሚያነሳ"), found
    assert has(found, "ሞግዚት"), found
    assert not has(found, "የወጥ ቤት ጽዳት"), found


@pytest.mark.parametrize("use_model", MODES)
def test_arabic_asks_with_also_and_a_family_that_lacks(use_model):
    html = page("""<h1>الأخبار</h1>
      <h2>قصة عائلة السيدة مريم</h2>
      <p>وصلت السيدة مريم مع ثلاثة أطفال في الخريف. ينقصها ثلاجة وسرير للأطفال.</p>
      <h2>من المكتب</h2>
      <p>انتهينا من جرد المخزن. ونحتاج أيضاً إلى شخص يعرف المحاسبة مرة في الأسبوع.</p>""",
                lang="ar")
    found = titles(html, use_model=use_model)
    assert has(found, "ثلاجة"), found
    assert has(found, "المحاسبة"), found


@pytest.mark.parametrize("use_model", MODES)
def test_running_out_heading_and_tools_under_an_ask(use_model):
    html = page("""<h1>Donaciones</h1>
      <h2>Se nos está acabando</h2>
      <p>La leche en polvo: las familias con bebés la piden cada semana.</p>""", lang="es")
    assert has(titles(html, use_model=use_model), "leche en polvo")
    html = page("""<h1>Dayactir</h1>
      <h2>Qalabka aan u baahannahay</h2>
      <ul><li>Miishaar (saw)</li><li>Cabbir (tape measure)</li><li>Majarafad (shovel)</li></ul>""",
                lang="so")
    found = titles(html, use_model=use_model)
    assert len(found) == 1 and has(found, "miishaar"), found


@pytest.mark.parametrize("use_model", MODES)
def test_also_seeking_and_wanted_for(use_model):
    html = page("""<h1>Pantry news</h1>
      <h2>Coat drive wrap-up</h2>
      <p>We handed out 210 coats. <b>Also seeking:</b> a pallet jack in working order.</p>
      <h2>QUILT SHOW MAY 3</h2>
      <p>Our quilt show is Saturday, May 3. Wanted for the sewing circle: thread, bobbins and
      cotton fat quarters.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "pallet jack"), found
    assert has(found, "bobbins") or has(found, "fat quarters"), found


@pytest.mark.parametrize("use_model", MODES)
def test_faq_condition_service_and_trailing_badge(use_model):
    html = page("""<h1>Hỏi – Đáp</h1>
      <h2>Hỏi: Chùa có cần người dọn dẹp không?</h2>
      <p>Đáp: Có. Chùa đang cần hai người lau chùi chánh điện sáng thứ Bảy. Không cần kinh
      nghiệm, chỉ cần siêng năng.</p>
      <h2>Hỏi: Chùa có dạy tiếng Việt không?</h2>
      <p>Đáp: Có. Chùa có lớp tiếng Việt cho các em vào sáng Chủ nhật.</p>""", lang="vi")
    found = titles(html, use_model=use_model)
    assert has(found, "lau chùi"), found
    assert not has(found, "không cần kinh nghiệm"), found
    assert not has(found, "lớp tiếng việt"), found
    html = page("""<h1>Voluntariado</h1>
      <h2>Cocineras para la cena del viernes Abierto</h2>
      <p>Necesitamos dos personas que cocinen para 40 familias cada viernes.</p>""", lang="es")
    found = titles(html, use_model=use_model)
    assert found and not any(t.endswith("Abierto") for t in found), found
