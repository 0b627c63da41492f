"""Upsala: Al-Hikma Newcomer Center. Arabic-first (rtl). Volunteer roles live in a sign-up FORM: a fieldset of
checkbox labels, full ones disabled; an English 'move-in kit' gallery of <figure>/<figcaption> items with status
spans; Arabic news cards; an English coat-drive flyer PDF."""
from common import N, T

SLUG = "upsala-al-hikma-newcomer-center"


def page(lang, title, body):
    rtl = lang == "ar"
    nav = ('<a href="/index.html">الرئيسية</a> · <a href="/tatawwu.html">التطوع</a> · <a href="/akhbar.html">الأخبار</a> · '
           '<a href="/move-in-kits.html" lang="en">Move-in kits</a> · <a href="/english.html" lang="en">English</a> · '
           '<a href="/flyers/winter-coat-drive-2024.pdf" lang="en">Coat drive (PDF)</a>') if rtl else (
        '<a href="/index.html" lang="ar">الرئيسية</a> · <a href="/english.html">English</a> · '
        '<a href="/move-in-kits.html">Move-in kits</a> · <a href="/tatawwu.html" lang="ar">التطوع</a> · '
        '<a href="/flyers/winter-coat-drive-2024.pdf">Coat drive flyer (PDF)</a>')
    return """<!DOCTYPE html>
<html lang="{LANG}"{DIR}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE}</title>
<link rel="stylesheet" href="/css/hikma.css">
</head>
<body class="{CLS}">
<header><div class="logo"><img src="/img/hikma-lantern.svg" alt="" width="40"> مركز الحكمة <small lang="en">Al-Hikma Newcomer Center</small></div>
<nav>{NAV}</nav></header>
<main>
{BODY}
</main>
<footer>
<p>مركز الحكمة للقادمين الجدد · <span dir="ltr">101 Main St, Upsala, MN 56384</span> · <span dir="ltr">(320) 555-0190</span></p>
<p><a href="/idara/mulahazat.html">الإدارة</a> · <a href="/events/eid-al-adha-2024.html">صور عيد الأضحى</a></p>
</footer>
</body>
</html>
""".replace("{LANG}", lang).replace("{DIR}", ' dir="rtl"' if rtl else "").replace("{TITLE}", title).replace(
        "{CLS}", "rtl" if rtl else "ltr").replace("{NAV}", nav).replace("{BODY}", body)


INDEX = page("ar", "مركز الحكمة للقادمين الجدد", """
<h1>مركز الحكمة للقادمين الجدد — أبسالا، مينيسوتا</h1>
<p>نساعد العائلات القادمة حديثاً من سوريا والعراق والسودان واليمن على الاستقرار في مقاطعة موريسون.</p>
<h2>ساعات العمل</h2>
<p>من الأحد إلى الخميس، من العاشرة صباحاً حتى الرابعة عصراً.</p>
<h2>ما نقدمه</h2>
<ul>
<li>دروس اللغة الإنجليزية للكبار</li>
<li>المساعدة في تسجيل الأطفال في المدارس</li>
<li>مرافقة العائلات إلى المكاتب الحكومية</li>
</ul>
<h2>أمسية ثقافية للعائلات</h2>
<p>الجمعة 13 كانون الأول/ديسمبر الساعة السادسة مساءً في قاعة المدرسة. يرجى إحضار طبق من بلدكم لنتشاركه.</p>
<h2>الزكاة والتبرعات</h2>
<p>يمكنكم دفع الزكاة والصدقات للمركز لدعم إيجار البيوت للعائلات الجديدة في أشهرها الأولى.</p>
""")

TATAWWU = page("ar", "فرص التطوع", """
<h1>فرص التطوع</h1>
<p>اختر ما تستطيع المساعدة فيه، ثم اكتب اسمك ورقم هاتفك.</p>
<form method="post" action="#" class="signup">
<fieldset>
<legend>أستطيع المساعدة في:</legend>
<label><input type="checkbox" name="role" value="drivers"> سائقون لنقل العائلات إلى مواعيد الأطباء في سانت كلاود — <strong>مطلوب</strong></label><br>
<label class="full"><input type="checkbox" name="role" value="eid-kitchen" disabled> المساعدة في مطبخ حفل العيد — <em>اكتمل العدد</em></label><br>
<label><input type="checkbox" name="role" value="women-english"> معلمات لغة إنجليزية لصف النساء صباح الإثنين — <strong>مطلوب بشدة</strong></label><br>
<label><input type="checkbox" name="role" value="homework"> مساعدة التلاميذ في الواجبات المدرسية بالعربية والإنجليزية — <strong>مطلوب</strong></label><br>
<label class="full"><input type="checkbox" name="role" value="hall" disabled> تنظيف قاعة الصلاة — <em>لا حاجة حالياً</em></label>
</fieldset>
<p><label>الاسم: <input type="text" name="name"></label> <label>الهاتف: <input type="tel" name="phone"></label></p>
<p><button type="submit">إرسال</button></p>
</form>
<h2>كيف يتم التسجيل؟</h2>
<p>بعد إرسال النموذج يتصل بكم منسق المتطوعين خلال أسبوع لترتيب لقاء تعريفي قصير.</p>
""")

KITS = page("en", "Move-in kits", """
<h1>Move-in kits</h1>
<p>Every newly arrived family receives a move-in kit. Right now we are missing the items marked
<strong>Needed</strong>.</p>
<div class="gallery">
<figure><img src="/img/kit-pots.jpg" alt=""><figcaption>Pots &amp; pan sets<br><span class="st need">Needed</span></figcaption></figure>
<figure><img src="/img/kit-mattress.jpg" alt=""><figcaption>Twin mattresses (new or like-new)<br><span class="st need">Needed</span></figcaption></figure>
<figure><img src="/img/kit-basket.jpg" alt=""><figcaption>Laundry baskets<br><span class="st need">Needed</span></figcaption></figure>
<figure><img src="/img/kit-rice.jpg" alt=""><figcaption>Rice cookers<br><span class="st got">Received &ndash; thank you!</span></figcaption></figure>
<figure><img src="/img/kit-rug.jpg" alt=""><figcaption>Area rugs<br><span class="st got">We have plenty</span></figcaption></figure>
</div>
<h2>Borrow for a celebration</h2>
<p>We lend folding tables, 60 chairs and large cooking pots to families for weddings and aqiqah dinners. Please
reserve two weeks ahead.</p>
<h2>Drop-off</h2>
<p>Sunday to Thursday, 10 am to 4 pm, at the side door.</p>
""")

AKHBAR = page("ar", "أخبار المركز", """
<h1>أخبار المركز</h1>
<article class="card">
<h2>عائلة أبو سامر</h2>
<p>وصلت عائلة أبو سامر من حلب في أيلول/سبتمبر الماضي، وهي مكونة من سبعة أفراد. استأجرت العائلة بيتاً صغيراً في أبسالا،
لكنه بلا ثلاجة ولا غسالة، والأم تغسل ملابس الأطفال بيديها. إذا كانت لديكم ثلاجة أو غسالة تعمل، يرجى الاتصال بالمركز.</p>
</article>
<article class="card">
<h2>نبحث عن محام متطوع</h2>
<p>عدد من العائلات تنتظر أوراق لم شمل أبنائها. نبحث عن محام أو محامية متطوعة لمراجعة الملفات ساعتين في الشهر. يفضل من
يتحدث العربية.</p>
</article>
<article class="card">
<h2>رحلة إلى حديقة الحيوانات</h2>
<p>شارك 45 طفلاً في رحلة إلى حديقة حيوانات مينيسوتا في تشرين الأول، وعادوا متعبين وسعداء.</p>
</article>
<article class="card">
<h2>دروس الخط العربي للأطفال</h2>
<p>كل يوم سبت الساعة الحادية عشرة صباحاً. أحضروا دفتراً وأقلاماً.</p>
</article>
""")

ENGLISH = page("en", "Al-Hikma in English", """
<h1>Al-Hikma Newcomer Center</h1>
<h2>About us</h2>
<p>Al-Hikma was started in 2017 by Dr. Huda Rahman, a pediatrician who came to Minnesota from Baghdad, together
with four families who had just arrived in Morrison County.</p>
<h2>Conversation partners</h2>
<p>Practice matters more than classes. We pair each newcomer with an English-speaking neighbor who meets them for
coffee once a week at the Upsala cafe. You do not need to speak Arabic.</p>
<h2>We&rsquo;re hiring: Case Manager</h2>
<p>Full-time, salaried, with health insurance. Arabic and English required.</p>
<h2>Questions?</h2>
<p>Call (320) 555-0190 and ask for the volunteer coordinator, or fill in the sign-up form on our Arabic page.</p>
""")

IDARA = page("ar", "ملاحظات الإدارة", """
<h1>ملاحظات الإدارة (داخلي)</h1>
<ul>
<li>نحتاج إلى أمين صندوق جديد قبل نهاية السنة.</li>
<li>طلب التبرع بحافلة صغيرة من الكنيسة اللوثرية.</li>
<li>البحث عن مترجمة للغة الكردية للعائلة الجديدة.</li>
</ul>
""")

PAGES = {"index.html": INDEX, "tatawwu.html": TATAWWU, "move-in-kits.html": KITS, "akhbar.html": AKHBAR,
         "english.html": ENGLISH, "idara/mulahazat.html": IDARA}

ROBOTS = "User-agent: *\nDisallow: /idara/\n"

PDFS = {
    "flyers/winter-coat-drive-2024.pdf": ("Al-Hikma Winter Coat Drive 2024", [
        ("title", "Al-Hikma Winter Coat Drive 2024"),
        ("h", "Winter Coat Drive"),
        ("p", "Many of our families have never lived through a Minnesota winter. Through December 20 we are "
              "collecting adult winter coats and insulated boots, sizes M to XL, clean and in good condition."),
        ("h", "Drop-off times"),
        ("p", "Sunday to Thursday, 10 am to 4 pm, at the side door of the center, 101 Main St, Upsala."),
        ("h", "Last year"),
        ("p", "Thanks to you, 96 coats reached 31 families in 2023."),
    ]),
}

NEEDS = [
    N("tatawwu.html", ["سائقون لنقل العائلات"], "volunteer", "ar", layout="form_checkboxes"),
    N("tatawwu.html", ["معلمات لغة إنجليزية"], "skilled", "ar", ["en"], layout="form_checkboxes"),
    N("tatawwu.html", ["الواجبات المدرسية"], "skilled", "ar", ["ar", "en"], layout="form_checkboxes"),
    N("move-in-kits.html", ["move-in kit", "twin mattresses"], "donation", "en", layout="figure_gallery",
      note="one wish list; Needed figures are its items"),
    N("akhbar.html", ["عائلة أبو سامر", "ثلاجة"], "donation", "ar", layout="story"),
    N("akhbar.html", ["محام متطوع"], "skilled", "ar", ["ar"], layout="news_card"),
    N("english.html", ["conversation partners"], "volunteer", "en", ["en"], layout="heading_paragraph"),
    N("flyers/winter-coat-drive-2024.pdf", ["adult winter coats", "winter coat drive"], "donation", "en",
      layout="pdf"),
]

TRAPS = [
    T("index.html", "hours", ["ساعات العمل"]),
    T("index.html", "service", ["ما نقدمه"]),
    T("index.html", "event", ["أمسية ثقافية"], "bring a dish"),
    T("index.html", "general_appeal", ["الزكاة والتبرعات"]),
    T("tatawwu.html", "filled", ["مطبخ حفل العيد"], "disabled checkbox, اكتمل العدد"),
    T("tatawwu.html", "filled", ["تنظيف قاعة الصلاة"], "disabled checkbox, لا حاجة حالياً"),
    T("tatawwu.html", "how_to_apply", ["كيف يتم التسجيل"]),
    T("move-in-kits.html", "filled", ["rice cookers"], "received"),
    T("move-in-kits.html", "filled", ["area rugs"], "we have plenty"),
    T("move-in-kits.html", "service", ["borrow for a celebration"]),
    T("move-in-kits.html", "hours", ["drop-off"]),
    T("akhbar.html", "recap", ["رحلة إلى حديقة الحيوانات"]),
    T("akhbar.html", "event", ["دروس الخط العربي"], "bring a notebook and pens"),
    T("english.html", "bio", ["huda rahman"]),
    T("english.html", "job", ["case manager"]),
    T("english.html", "how_to_apply", ["volunteer coordinator"]),
    T("flyers/winter-coat-drive-2024.pdf", "hours", ["drop-off times"]),
    T("flyers/winter-coat-drive-2024.pdf", "recap", ["96 coats"]),
    T("idara/mulahazat.html", "robots", ["أمين صندوق"]),
    T("idara/mulahazat.html", "robots", ["حافلة صغيرة"]),
    T("idara/mulahazat.html", "robots", ["مترجمة للغة الكردية"]),
]
