"""v53, developed on blind round 53 (after v52's one-shot score there): lists of what an
organization does not accept, "please don't send" under a bare heading, a card titled by its
heading whose text names the thing, Vietnamese status cells, numbered place columns that are
not the rows' names, and numbered neighbour requests. New synthetic wording throughout (none
of it is the round's text); the Arabic, Somali and Vietnamese wordings are my own and may be
imperfect."""

from __future__ import annotations

import pytest

from tests.needs.extraction_pages import MODES, has, page, titles


@pytest.mark.parametrize("use_model", MODES)
def test_a_list_of_what_is_not_accepted_is_no_need(use_model):
    html = page("""<h1>Tabaruc</h1><h2>Waxyaabaha aan u baahanahay</h2>
      <ul><li>Bariis</li><li>Saliid cunto</li><li>Xafaayado</li></ul>
      <h2>Ma aqbalno</h2><ul><li>Dhar la isticmaalay oo wasakh ah</li><li>Telefishanno
      duug ah</li></ul>""", lang="so")
    found = titles(html, use_model=use_model)
    assert has(found, "bariis") or has(found, "waxyaabaha"), found
    assert not has(found, "ma aqbalno"), found
    assert not has(found, "telefishanno"), found


@pytest.mark.parametrize("use_model", MODES)
def test_an_arabic_refusal_heading_and_a_please_do_not_send_card(use_model):
    html = page("""<h1>التبرعات</h1><h2>لا نقبل</h2><ul><li>الأثاث الكبير</li><li>الأجهزة
      المعطلة</li></ul><h2>المعلبات</h2><p>لدينا ما يكفي من المعلبات الآن. نرجو عدم إحضار المزيد
      هذا الشهر.</p>""", lang="ar")
    found = titles(html, use_model=use_model)
    assert not has(found, "لا نقبل"), found
    assert not has(found, "المعلبات"), found


@pytest.mark.parametrize("use_model", MODES)
def test_a_card_titled_by_its_heading_adds_the_thing_its_text_names(use_model):
    html = page("""<h1>Ủng hộ chùa</h1><h2>Nhà bếp</h2>
      <p>Tủ lạnh lớn của nhà bếp đã hư từ tháng trước. Nếu quý Phật tử có thể cúng dường tủ
      đông loại lớn, xin liên lạc cô Hạnh.</p>""", lang="vi")
    found = titles(html, use_model=use_model)
    assert has(found, "tủ đông"), found


@pytest.mark.parametrize("use_model", MODES)
def test_vietnamese_status_cells_still_needed(use_model):
    html = page("""<h1>Công quả</h1><table>
      <tr><th>Công việc</th><th>Thời gian</th><th>Tình trạng</th></tr>
      <tr><td>Nấu cơm chay cho lễ Rằm</td><td>Chủ Nhật</td><td>Còn cần 3 người</td></tr>
      <tr><td>Quét dọn chánh điện</td><td>Thứ Bảy</td><td>Đã đủ người</td></tr>
      <tr><td>Sơn lại hàng rào</td><td>Tháng 10</td><td>Cần thợ sơn có kinh nghiệm</td></tr>
      </table>""", lang="vi")
    found = titles(html, use_model=use_model)
    assert has(found, "nấu cơm chay"), found
    assert has(found, "sơn lại hàng rào"), found
    assert not has(found, "quét dọn"), found


@pytest.mark.parametrize("use_model", MODES)
def test_numbered_place_columns_are_not_the_rows_names(use_model):
    html = page("""<h1>Helper sign-up</h1><p>Put your name in an empty box.</p><table>
      <tr><th>Shift</th><th>Volunteer 1</th><th>Volunteer 2</th><th>Volunteer 3</th></tr>
      <tr><td>Coat sorting, Monday 5–7 p.m.</td><td>Dana P.</td><td></td><td></td></tr>
      <tr><td>Coat hand-out, Wednesday 3–6 p.m.</td><td>Ali H.</td><td>Bo K.</td>
      <td>Cy L.</td></tr></table>""")
    found = titles(html, use_model=use_model)
    assert has(found, "coat sorting"), found
    assert not has(found, "coat hand-out"), found
    assert not any(t.startswith(("Dana", "Ali", "Bo ", "Cy ")) for t in found), found


@pytest.mark.parametrize("use_model", MODES)
def test_numbered_neighbour_requests_are_titled_by_their_line(use_model):
    html = page("""<h1>Neighbor board</h1><p>Call with the request number.</p>
      <p><b>#12 - Ride to the eye clinic in Grand Rapids.</b> Thursday morning, about three
      hours. Gas money provided.</p>
      <p><b>#13 - Free puppies.</b> Two puppies looking for homes.</p>
      <p><b>#14 - Ramp for a wheelchair.</b> A veteran needs a short ramp built at his back
      door; lumber is donated.</p>""")
    found = titles(html, use_model=use_model)
    assert has(found, "ride to the eye clinic"), found
    assert has(found, "ramp for a wheelchair"), found
    assert not has(found, "puppies"), found
    assert not any(t.startswith("#") for t in found), found
