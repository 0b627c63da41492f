"""Cue words of need extraction, per language: headings, need phrases, traps, fill states.

Each pattern lists English and Spanish first (the languages most fixture pages use), then
the other languages of the people served: Somali, Hmong, Vietnamese, Oromo, Karen, Amharic
and Arabic.  Those were written from our own knowledge and public dictionaries, never from
a page we measure on; the non-English ones are best effort and may be imperfect.
"""

from __future__ import annotations

import re

from needs.extraction.fill import FILL_SENTENCE, FILL_TEXT

# --------------------------------------------------------------------------- vocabulary

_I = re.IGNORECASE

# Need words in the other languages served, for headings and for sentences.  Somali:
# mutadawac (volunteer), tabaruc/deeq (donation), u baahan (in need of), raadinaynaa (we are
# looking for); Hmong: pab dawb (volunteer), xav tau (need/want), nrhiav (look for), pub
# (give); Vietnamese: tình nguyện (volunteer), cần (need), quyên góp / ủng hộ (donate), tìm
# (look for); Oromo: tola ooltota (volunteers), barbaanna / barbaachisa (we need / is
# needed), arjoomaa (donate); Amharic: በጎ ፈቃደኛ (volunteer), እንፈልጋለን (we want), ያስፈልጋል
# (is needed), ልገሳ (donation); Arabic: متطوع (volunteer), نحتاج (we need), مطلوب (wanted),
# تبرع (donate).
MULTI_HEADING = (
    r"|\bmutadawac\w*|\btabaruc\w*|\bdeeq\w*|\bu\s+baahan\w*|\bbaahiyaha\b|\bcaawi\w*"
    r"|\bpab\s+dawb\b|\bxav\s+tau\b|\bkev\s+pab\b|\bpub\s+dawb\b|\bthov\s+pab\b"
    r"|tình\s+nguyện|\bcần\b|quyên\s+góp|ủng\s+hộ"
    r"|\btola\s+ool\w*|\bbarbaach\w*|\bbarbaann?a\b|\barjoom\w*|\bgargaar\w*"
    r"|በጎ\s*ፈቃደ\w*|ያስፈልጉናል|ያስፈልጋል|ያስፈልገናል|እንፈልጋለን|ልገሳ|የሚያስፈልጉን?"
    r"|متطوع\w*|نحتاج|مطلوب\w*|تبرع\w*|بحاجة"
    # v31: الاحتياجات (the needs), "احتياجاتنا" (our needs)
    r"|احتياج\w*"
    r"|स्वयंसेवक|चाहिन्छ|आवश्यक|दान"
    # v23, S'gaw Karen (our own best effort, low confidence): လိၣ်ဘၣ် (need), မၤစၢၤ (help)
    r"|လိၣ်ဘၣ်|မၤစၢၤ"
)
MULTI_HEADING_RE = re.compile(MULTI_HEADING.lstrip("|"), re.IGNORECASE)
MULTI_CUE = re.compile(
    r"\bwaxaan\s+(?:u\s+)?(?:baahan\w*|raadin\w*|raadineynaa|doonaynaa|rabnaa)\b"
    r"|\bwaxaan\s+(?:aad\s+)?ugu\s+baahan\w*"  # v44: "waxaan aad ugu baahannahay" (we badly need)
    r"|\bu\s+baahan\s*(?:nahay|ahay|yahay|nahay)\b|\bloo\s+baahan\s+yahay\b"
    r"|\bwaxaa\s+loo\s+baahan\w*|\bwaxaan\s+ka\s+codsaneynaa\b|\bfadlan\s+(?:keena|keen)\b"
    r"|\bpeb\s+(?:xav\s+tau|nrhiav|tab\s+tom\s+nrhiav|thov)\b|\blawv\s+xav\s+tau\b"
    r"|\bthov\s+(?:pab|nqa|pub)\b|\bxav\s+tau\s+neeg\b"
    r"|chúng\s+tôi\s+(?:cần|đang\s+cần|đang\s+tìm|tìm)|\bcần\s+(?:thêm|gấp|người|tình)"
    r"|đang\s+tìm|xin\s+(?:quyên\s+góp|ủng\s+hộ)|\bcần\b"
    r"|\b(?:ni\s+)?barbaann?a\b|\bbarbaachisa\b|\bbarbaadna\b|\barjoomaa\b"
    r"|\bnu\s+hir['’]?at(?:eera|e|a)\b"  # v44: Oromo "we have run short of"
    r"|\bnama\s+[^.!?]{3,80}?\s+barbaada\b"  # v44: Oromo "(our office) seeks a person who …"
    r"|\bgargaarsa\s+keessan\b"
    r"|እንፈልጋለን|ያስፈልገናል|ያስፈልጉናል|ያስፈልጋል|ያስፈልጋሉ|ይለግሱ|ለግሱ"
    # v47: the church (feminine in Amharic) seeks, needs: ትፈልጋለች, ያስፈልጋታል
    r"|ትፈልጋለች|ያስፈልጋታል|ያስፈልጓታል"
    r"|نحتاج|نبحث\s+عن|مطلوب|بحاجة\s+إلى|نرحب\s+بالتبرع|يرجى\s+التبرع"
    r"|نفد(?:ت)?\s+(?:لدينا|منا|عندنا|مخزوننا)"  # v45: "we have run out of" (v56: "our stock")
    r"|चाहिन्छ|खोजिरहेका|आवश्यकता\s+छ|सहयोग\s+गर्नुहोस्"
    # v23, S'gaw Karen: ပကလိၣ်ဘၣ် / ပလိၣ်ဘၣ် (we need); v30: ပဲၢ်လိၣ်ဘၣ် (ပဲၢ်, "we")
    r"|ပ(?:က|ဲၢ်|ၢ်)?\s*လိၣ်ဘၣ်",
    _I,
)
# A household's situation told as a story is a need for what it lacks.
STORY_CUE = re.compile(
    r"\b(?:has|have)\s+(?:no|nothing|almost\s+nothing)\b"
    r"|\b(?:needs?|lacks?)\s+(?:a|an|some|new|warm|winter|basic)\b|\bsleeping\s+on\s+the\s+floor\b"
    r"|\bno\s+tienen\b|\bma\s+haystaan\b|\btsis\s+muaj\b|\bhin\s+qaban\b|የላቸውም|لا\s+يملكون",
    _I,
)
# A body that states a shortage without a need phrase: "bags of teff are our most-needed
# item", "we always run out of size 6 diapers", "we go through 50 lbs a week".
SHORTAGE_CUE = re.compile(
    r"\bmost[- ](?:needed|requested|wanted)\b|\b(?:always|often|quickly|keep)\s+run(?:s|ning)?\s+"
    r"(?:out|low)\b|\bwe\s+go\s+through\b|\bwe(?:'re|’re|\s+are)\s+(?:almost\s+)?out\s+of\b"
    r"|\blo\s+m[aá]s\s+(?:necesitado|pedido)\b|\bsiempre\s+se\s+(?:nos\s+)?acaba"
    # v48: "Six teens are waiting for a mentor right now", "3 families are still waiting for a
    # ride": the people the role would serve, waiting for it
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|some)\s+"
    r"(?:[\w-]+\s+){0,2}(?:are|is)\s+(?:still\s+)?waiting\s+(?:for|on)\s+(?:an?\s+)?(?:[\w-]+\s+)?"
    r"(?:mentors?|tutors?|rides?|drivers?|sponsors?|volunteers?|hosts?|buddies|buddy|partners?"
    r"|coach(?:es)?|readers?|interpreters?)\b",
    _I,
)
# What the organization gives its clients, events, paid jobs: never needs.
SERVICE_TEXT = re.compile(
    # v42: how a parent enrolls a child in the organization's program: "Para inscribir a sus
    # hijos en el programa …", "To enroll your child …", "To sign up your kids for …"
    r"\bpara\s+inscribir\s+a\s+sus\s+hij[oa]s\b|\bto\s+(?:enroll|register|sign\s+up)\s+your\s+"
    r"(?:child|children|kids?|son|daughter|student)\b|"
    # v51: "Our farm incubator leases quarter-acre plots, tools and cold storage to new Hmong
    # growers": a program of ours that lends or gives things to the people it serves
    r"\bour\s+(?:[\w-]+\s+){0,3}?(?:leases|lends|rents|loans|provides|offers|gives|distributes)\s+"
    r"[^.!?]{3,80}?\bto\s+(?:\w+\s+){0,3}?(?:families|growers|farmers|clients|residents|neighbors"
    r"|students|members|immigrants|refugees|seniors|elders|households|newcomers|tenants|youth)\b|"
    r"\bwe\s+(?:offer|provide|host|run|distribute|give\s+out)\b|\bfree\s+(?:\w+\s+){0,2}"
    r"(?:classes|class|clinic|tax|legal|help|meals?|lunch|food|clothing|clothes|diapers|rides?"
    r"|groceries|boxes|workshops?|consultations?"
    r"|reviews?|screenings?|check-?ups?|tutoring|haircuts?|flu\s+shots?)\b"  # (v27)
    r"(?!\s+(?:drive|volunteer))|\bat\s+no\s+(?:cost|charge)\s+to\s+(?:the\s+|your\s+)?"  # (v27)
    r"(?:famil(?:y|ies)|you|clients?|patients?|households?|guests?|residents?|seniors?)\b"
    # v29: "we will help adults study for the permit test … It's free — sign up"
    r"|\bwe(?:['’]ll|\s+will)\s+help\s+(?:adults|kids|children|families|parents|students|seniors"
    r"|youth|teens|newcomers|immigrants)\b|\bit['’]s\s+free\b(?!\s+to\s+volunteer)"
    r"|\bopen\s+to\s+(?:all|everyone|the\s+public)\b|\bno\s+appointment\b"
    # v38: "Free for Hmong elders 60+": what the organization gives, and to whom
    r"|\bfree\s+for\s+(?:[\w-]+\s+){0,2}(?:elders|seniors|families|children|kids|students|youth"
    r"|everyone|residents|adults|members)\b"
    r"|(?<!\bsee\s)\bwalk-?ins?\b(?!\s+(?:cooler|freezer|fridge|refrigerator|closet|pantry))"
    r"|\bto\s+apply\s+for\b|\beligib\w+|\bbring\s+(?:your|a)\s+(?:id|photo\s+id|proof)"
    r"|\bofrecemos\b|\bclases\s+gratis\b|\bgratis\s+para\b"
    r"|\bwaxaan\s+bixinaa\b|\bbilaash\b|\bpeb\s+muaj\s+chav\b|\bpub\s+dawb\s+rau\b"
    # v44: "we help you with …" and "members can get …" in the languages served (our own
    # wordings): "Waxaan kaa caawinaynaa …", "… isin gargaarra", "Peb pab koj …", "Le ayudamos",
    # "Chúng tôi giúp bạn", "نساعدك", "እንረዳዎታለን"; "pueden pedir transporte gratuito",
    # "በነጻ … ማግኘት ይችላሉ"
    r"|\bwe\s+(?:can\s+)?help\s+you\s+(?:with|to|fill|write|find|apply|get|prepare)\b"
    # v46: what a lending library lends: "Members can now reserve the snowblower …"
    r"|\b(?:members|you|patrons)\s+can\s+(?:now\s+)?(?:reserve|borrow|check\s+out|rent)\b"
    r"|\bnew\s+on\s+the\s+shelf\b"
    r"|\bwaxaan\s+(?:kaa|idin|idinka|kuu)\s+caawin\w*|\bisin\s+gargaarr?a\b|\bpeb\s+pab\s+koj\b"
    r"|\b(?:le|te|les)\s+ayudamos\b|\bchúng\s+tôi\s+giúp\s+(?:bạn|quý\s+vị|các\s+bạn)\b"
    r"|نساعدك\w*|እንረዳ(?:ዎታለን|ችኋለን)"
    r"|\bpueden\s+(?:pedir|solicitar|recibir|obtener)\s+(?:\w+\s+){0,2}(?:gratis|gratuit[oa]s?)\b"
    r"|\b(?:members|seniors|clients|families|residents|patients)\s+(?:\w+\s+){0,4}can\s+"
    r"(?:request|get|book|schedule)\s+(?:a\s+)?free\b|በነጻ\s*(?:\S+\s*){0,3}ማግኘት\s*ይችላሉ"
    r"|pab\s+dawb\s+txog\b"
    # v44: Oromo "you can register"
    r"|galmaa['’]?uu\s+ni\s+dandeess\w*|galmaa['’]?uu\s+dandeess\w*"
    r"|\bni\s+kennina\b|\bbilisaa\w*|\b(?:kun|isaa|isaanii)\s+bilisa\b|ይሰጣል|ነፃ\s+ልብስ|مجان\w*|chúng\s+tôi\s+(?:cung\s+cấp|có\s+lớp)"
    r"|\bmiễn\s+phí\b|\bbilaash\w*"
    # v54: Amharic "… ትምህርት በነጻ እንሰጣለን" (we give … lessons free), "በነጻ እናቀርባለን" (we
    # offer … free) (my own wording)
    r"|በነ[ጻፃ]\s*(?:\S+\s*){0,2}(?:እንሰጣለን|እናቀርባለን)|እንሰጣለን"
    # v54: S'gaw Karen "ကလီ" (free of charge) as a word of its own: "… အီၣ် … ကလီ ကိးနံၤ"
    # (… eat … free every day) (my own reading; the weakest of these wordings)
    r"|(?:^|(?<=\s))ကလီ(?=\s|[.။]|$)"
    # v39: "Hội có xe đưa đón người cao tuổi …" (the association has a van that takes elders)
    r"|\b(?:hội|chùa|trung\s+tâm|nhà\s+thờ)\s+có\s+(?:xe\s+đưa\s+đón|lớp|chương\s+trình|dịch\s+vụ)\b"
    # v48: "chùa phát gạo … cho các gia đình khó khăn" (the temple hands out rice to families
    # in need), "… reparte despensas a las familias", "we hand out … to families"
    r"|\b(?:hội|chùa|trung\s+tâm|nhà\s+thờ|chúng\s+tôi)\s+(?:\w+\s+){0,2}(?:phát|tặng|phân\s+phát)\s+"
    r"[^.]{0,60}?\bcho\s+(?:các\s+)?(?:gia\s+đình|người|đồng\s+hương|bà\s+con)\b"
    r"|\bwe\s+hand\s+out\b[^.]{0,60}?\bto\s+(?:families|households|neighbors|anyone|seniors)\b"
    r"|\brepart(?:e|imos)\s+[^.]{0,60}?\ba\s+(?:las\s+)?familias\b"
    # v32: "Families in need can pick up a Ramadan food box", "Register at the office by …"
    r"|\b(?:families|households|people|anyone|seniors|residents|neighbors)\s+(?:in\s+need\s+)?"
    r"(?:can|may)\s+(?:pick\s+up|get|receive|come\s+(?:by|in)\s+for)\b"
    # What the organization sells (v15): "we sell produce every Saturday", "peb muag zaub",
    # "vendemos", "waxaan iibinaa", "chúng tôi bán".
    r"|\bwe\s+sell\b|\bpeb\s+muag\b|\bvendemos\b|\bwaxaan\s+iibin(?:aa|naa)\b"
    r"|\bchúng\s+tôi\s+bán\b"
    # A program offered to clients, by who takes part and what it costs (v18): "For children
    # 5–14", "kids 10–16 take six classes", "$20 a month per family", "scholarships
    # available", "Niños y niñas de 10 a 16 años".
    r"|(?-i:\bFor)\s+(?:children|kids|youth|teens|adults|seniors|families|students)\s+(?:ages?\s+)?\d"
    r"|\b(?:kids|children|youth|teens)\s+(?:ages?\s+)?\d+\s*[–-]\s*\d+\s+(?:take|learn|get|build|come)\b"
    r"|\$\d+\s+(?:a|per)\s+(?:month|week|class|session|semester)\b|\bscholarships?\s+available\b"
    r"|(?<!\()\b(?-i:Niños|Niñas|Jóvenes|Adultos)\s+(?:y\s+niñas\s+)?de\s+\d+\s+a\s+\d+\s+años\b"
    # Hmong "dawb" (free) after what is given ("pluas su dawb", free lunch); "pab dawb"
    # (volunteer) and "pub dawb" (donate) are asks.
    r"|(?<!\bpab\s)(?<!\bpub\s)\bdawb\b"
    # v27: Hmong "children come to learn" (tuaj kawm): a class it gives, not an ask -- unless
    # the sentence says what they lack or asks ("… tuaj kawm ntawv tsis muaj tsho tiv no")
    r"|\btuaj\s+kawm\b(?![^.]{0,80}\b(?:tsis\s+(?:muaj|txaus)|xav\s+tau|thov|yuav\s+tsum)\b)"
    # v23: who receives it and how often: "Each family can get one box a week", "no one is
    # turned away", "Cada familia puede recibir …", "Qoys kasta wuxuu heli karaa …",
    # "không ai bị từ chối", "đóng góp tùy tâm" (give what you can, for a meal)
    r"|\beach\s+(?:family|household|person|client|senior)\s+(?:can|may)\s+(?:get|receive|take)\b"
    r"|\bno\s+one\s+(?:is\s+|will\s+be\s+)?turned\s+away\b|\bcada\s+familia\s+(?:recibe|puede"
    r"\s+recibir|puede\s+llevar)\b|\bnadie\s+(?:es|será)\s+rechazad[oa]\b"
    r"|\b\w+\s+kasta\s+(?:wuxuu|waxay|way)\s+heli\s+(?:karaa|kartaa)\b"
    # v41: a price to the organization's clients: "$5 a pair, Saturdays at the arena"
    r"|(?<![\w$])\$\d+(?:\.\d\d)?\s+(?:a|per|each|for\s+a)\s+(?:pair|person|family|child|kid|player|visit"
    r"|session|bag|box|load|haircut|ticket|class|bike|bicycle|item|tire)\b"
    # v40: help offered to the reader: "If you need help filling out a SNAP form, call us",
    # "Yog koj xav tau kev pab sau daim ntawv …", "Si necesita ayuda con …", "Haddii aad u
    # baahan tahay caawimaad …"; what the center has for its clients ("Peb lub chaw muaj 6 lub
    # computer rau cov menyuam …") unless the sentence asks (Hmong and Somali: my own wording)
    r"|\bif\s+you\s+need\s+help\s+(?:with|filling|applying|signing|getting)\b"
    r"|\byog\s+koj\s+xav\s+tau\s+kev\s+pab\b|\bsi\s+(?:usted\s+)?necesita\s+ayuda\s+(?:con|para)\b"
    r"|\bhaddii\s+aad\s+u\s+baahan\s+tahay\s+(?:caawimaad|gargaar)\b"
    r"|\bpeb\s+lub\s+chaw\s+muaj\s+\d+\b(?![^.]{0,80}\b(?:xav\s+tau|thov|nrhiav)\b)"
    # v40: "Qoys kasta oo diiwaangashan wuxuu helaa sanduuq cunto ah" (each registered family
    # receives a food box)
    r"|\b(?:qoys|qof)\s+kasta\b[^.]{0,40}?\b(?:wuxuu|waxay)\s+(?:helaa|heli\s+kar\w+)\b|không\s+ai\s+bị\s+từ\s+chối"
    r"|đóng\s+góp\s+tùy\s+tâm"
    # v25: "Any household in the Ely area that heats with wood … can get up to one cord"
    r"|\bany\s+(?:household|family|person|senior|resident|adult|student)\b[^.]{0,100}?"
    r"(?<!\bwho\s)(?<!\bthat\s)\b(?:can|may)\s+(?:get|receive|request|apply\s+for)\b(?!\s+to\b)",
    _I,
)
EVENT_TEXT = re.compile(
    r"\bjoin\s+us\b|\bkick-?off\b|\bcelebrations?\b|\bcelebrate\s+(?:with\s+us|together)\b"
    r"|\bcelebrating\s+(?:\d|our|the|with)|\bfestival\b|\bgala\b|\bopen\s+house\b|\biftar(?:ka|ku)?\b"
    r"|\bfundraiser\b|\bbanquet\b|\bconcert\b|\bpotluck\b|\bparty\b|(?<!big-)(?<!big\s)\btickets?\b|\brsvp\b"
    r"|\bcelebraci[oó]n\b|\bfiesta\b|\bacomp[aá][nñ]enos\b|\bcaw\s+txhua\s+tus\b"
    r"|\bnoj\s+peb\s+caug\b|\bxaflad\w*|\bciid\b|\bnagu\s+soo\s+biir\b|\bhaflad\w*"
    r"|\bayyaan\w*|\bbikkee\b|በዓል|احتفال|حفل|lễ\s+hội|\btết\b"
    r"|\b(?:buổi|cuộc)\s+họp\b"  # v41: Vietnamese "a meeting" ("Buổi họp phụ huynh")
    # v42: an information meeting or a course for the public: "Reunión informativa con FEMA",
    # "Info session", "AARP Smart Driver Course", "Kulanka macluumaadka" (so)
    r"|\breuni[oó]n\s+informativa\b|\bsesi[oó]n\s+informativa\b|\binformation(?:al)?\s+meeting\b"
    r"|\binfo(?:rmation)?\s+session\b|\b(?:smart\s+)?(?:driver|driving)\s+(?:safety\s+)?course\b"
    r"|\bkulanka\s+macluumaad\w*"
    # v48: a choir's cantata, a parents' meeting ("Kulanka waalidiinta", "Reunión de padres")
    r"|\bcantata\b|\bkulanka\s+(?:waalidiinta|waalidka|bulshada)\b|\breuni[oó]n\s+de\s+padres\b"
    r"|\bparents['’]?\s+(?:meeting|night)\b"
    r"|\beid\b|\binvit(?:ed|ation)\b|\bwill\s+be\s+held\b|\beveryone\s+is\s+(?:welcome|invited)\b"
    r"|\bestán\s+invitad[oa]s\b|निमन्त्रणा|कार्यक्रममा"
    # Gatherings open to the public, by their names: English, Spanish, Somali, Hmong,
    # Vietnamese, Oromo, Amharic, Arabic.
    r"|\bcookout\b|\bpicnic\b(?!\s+(?:tables?|blankets?|baskets?))|\bjamboree\b|\bblock\s+party\b|\bfun\s+run\b|\b\d+k\s+(?:run|walk)\b"
    r"|\bwalk-?a-?thon\b|\b(?:pancake|community)\s+(?:breakfast|dinner|supper|meal)\b"
    r"|\b(?:bake|book|rummage|plant)\s+sale\b|\bpolar\s+plunge\b|\btournament\b|\bparade\b"
    r"|\bcarnival\b|\b(?:health|resource|job|book|street|county|spring|fall|summer|winter"
    r"|harvest|craft|career)\s+fair\b|\b(?:movie|game|trivia|family)\s+night\b|\bopen\s+mic\b"
    r"|\b(?:group|community|family|slow|weekly|monthly)\s+rides?\b|\bsave\s+the\s+date\b"
    r"|\bpowwow\b|\breunion\b|\bgame\s+day\b|\bshowcase\b|\bexhibition\b|\brecital\b"  # (v27)
    # v29: who takes part in an event rather than helps run it ("booths are $40", "may sign
    # up to compete"), a pageant; Oromo "walgahii" (a meeting) and "isin affeerra" (we invite you)
    r"|\bvendor\s+booths?\b|\bbooths?\s+(?:are|cost)\s+\$\d+|\bsign\s+up\s+to\s+(?:compete|perform"
    r"|enter|race|play|march)\b|\bpageant\b|\bwalgahii\b|\baffeer\w*"
    r"|\bkerm[eé]s\w*|\bferia\b|\bverbena\b|\bconvivio\b|\bcena\s+comunitaria\b|\bdesfile\b"
    r"|\bbaile\b|\bdabaaldeg\w*|\bmunaasabad\w*|\bkoob\s+tsheej\b|\bnoj\s+tsiab\b"
    # Hmong "eat together" (a shared meal) and "everyone can come" (v16)
    r"|\bnoj\s+mov\s+ua\s+ke\b|\btxhua\s+tus\s+(?:tuaj\s+tau|caw)\b"
    r"|\btiệc\b|\bhội\s+chợ\b|\bliên\s+hoan\b|\btrung\s+thu\b|\birreecha\b|\bayyaaneffa\w*"
    # v21: New Year's Eve, a prayer ceremony, "the whole family is invited" (vi)
    r"|\bgiao\s+thừa\b|\blễ\s+(?:cầu\s+an|cầu\s+siêu|phật\s+đản|vu\s+lan|khai\s+mạc|tạ\s+ơn)\b"
    r"|\bmời\s+cả\s+gia\s+đình\b"
    r"|ድግስ|ጥምቀት|ሥነ\s*ሥርዓት|مهرجان|حفلة|إفطار\s+جماعي"
    # A group's standing meeting (v13): "Knitters meet Thursday evenings", "the choir
    # meets every Monday", "se reúne los martes", "sinh hoạt mỗi thứ Bảy", "waxay kulmaan
    # Sabtiyada", "sib ntsib txhua hnub", "walgahu Sanbata", "ይሰበሰባሉ", "يجتمع كل".
    r"|\bmeets?\s+(?:(?:on|every|each)\s+)?(?:the\s+(?:first|second|third|fourth|last)\s+)?"
    r"(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekly|monthly"
    r"|twice\s+a|once\s+a|every\s+(?:week|month|other))\b"
    r"|\bse\s+re[uú]nen?\s+(?:(?:los|cada|todos\s+los|el)\s+)?(?:lunes|martes|mi[eé]rcoles"
    r"|jueves|viernes|s[aá]bados?|domingos?|semana|mes)\b"
    r"|\b(?:sinh\s+hoạt|họp)\s+(?:vào\s+)?(?:mỗi|hàng|các)\s+(?:thứ|tuần|tháng|chủ\s+nhật)"
    r"|\b(?:waxay|wuxuu|wuxay)\s+kulm(?:aan|aa)\b|\bsib\s+ntsib\s+txhua\b|\bwal\s*ga['’]?(?:u|ahu)\b"
    r"|ይሰበሰባሉ|يجتمع(?:ون)?\s+كل"
    # v44: a class or workshop for the public and an invitation to it, in the languages served
    # (our own wordings): "Home canning workshop", "Learn to can …", "Space is limited to 15",
    # "Taller de …", "Waxaan idinku martiqaadaynaa", "Tuaj mloog …" (come listen), "Kev sib tw"
    # (a match), "Lớp nấu ăn" (a cooking class), "ورشة" (workshop), "محاضرة" (lecture)
    r"|\bworkshops?\b|\bseminars?\b|\bwebinars?\b|\b(?:cooking|canning|art|yoga|exercise|dance"
    r"|sewing|knitting|computer|citizenship|parenting|fitness|craft|nutrition)\s+class(?:es)?\b"
    r"|\blearn\s+(?:how\s+)?to\b|\bspaces?\s+(?:is\s+|are\s+)?limited\b|\blimited\s+to\s+\d+\s+"
    r"(?:people|participants|families|spots|seats)\b|\btalleres\b|\btaller\s+de\b|\bmartiqaad\w*"
    r"|\btuaj\s+mloog\b|\bkev\s+sib\s+tw\b|\blớp\s+(?:học\s+)?(?:nấu|dạy|yoga|vẽ|may|tiếng)"
    r"|\bngười\s+tham\s+dự\b|ورشة|محاضرة|ዎርክሾፕ"
    # v46: a talk for the public: "Buổi nói chuyện về …", "a talk on …", "Charla sobre …"
    r"|\bbuổi\s+(?:nói\s+chuyện|thuyết\s+trình|hội\s+thảo)\b|\ba\s+talk\s+(?:on|about)\b"
    r"|\bcharla\s+(?:sobre|de)\b",
    _I,
)
# An event named as a time or a purpose ("before kickoff", "to sell at the county fair",
# "Voluntarios para la feria de salud") is no event to join: the text is about a role or
# a thing for it.
EVENT_AS_CONTEXT = re.compile(
    r"\b(?:before|after|until|ahead\s+of|at|for|during|antes\s+del?|despu[eé]s\s+del?|para"
    r"|durante|en)\s+(?:the\s+|each\s+|every\s+|our\s+|this\s+|la\s+|el\s+|nuestra\s+)?"
    r"(?:[\w'’]+\s+){0,2}$", _I)
JOB_TEXT = re.compile(
    r"\bpaid\s+(?:position|role|staff|job|opening|internship)|\(paid\)|\bsalary\b"
    r"|\bfull[- ]time\b|\bpart[- ]time\b.*\$|\$\d{2},\d{3}|\$\d+(?:\.\d\d)?\s*(?:/|per)\s*"
    r"(?:hour|hr)\b|\bplus\s+benefits\b|\bstaff\s+opening\b|\bjob\s+opening\b"
    r"|\bwe(?:'re|’re|\s+are)\s+hiring\b|\bsend\s+(?:your\s+)?(?:resume|cv)\b|\bapply\s+with\s+"
    r"(?:a\s+)?(?:resume|cv)\b|\bempleo\s+pagado\b|\bsueldo\b|\bmushahar\b"
    # v29: a paid job in the languages served (authors' best effort): "hojii kaffaltii qabu"
    # (om), "puesto remunerado" / "con pago" (es), "shaqo lacag leh" (so), "hauj lwm them
    # nyiaj" (hmn), "có lương" / "việc làm có trả lương" (vi), "ደመወዝ" (am; v55: also spelt
    # "ደሞዝ"), "براتب" (ar)
    r"|\bkaffaltii\s+(?:qabu|qabdu|qaba)\b|\bremunerad[oa]\b|\bshaqo\s+(?:lacag|mushaar)\s+leh\b"
    r"|\bhauj\s+lwm\s+(?:them|tau)\s+nyiaj\b|\bcó\s+(?:trả\s+)?lương\b|ደመወዝ|ደሞዝ|براتب"
    # v37: Arabic "وظيفة مدفوعة الأجر" (a paid job), "أرسل سيرتك الذاتية" (send your CV)
    r"|مدفوع(?:ة)?\s+الأجر|سيرتك\s+الذاتية"
    r"|\bpart[- ]time,?\s+(?:and\s+)?paid\b|\bpaid,?\s+(?:part|full)[- ]time\b"  # v37
    # v38: "a paid catering role: $150 per event", "City-paid seasonal position"
    r"|\bpaid\s+(?:[\w-]+\s+){1,2}(?:position|role|job|opening)\b"
    r"|\$\d+\s*(?:/|per|an?)\s*(?:event|shift|session|visit|week|month|day)\b"
    # v40: Oromo "Mindaa qaba" (it has a wage), Amharic "ይከፈላል" after a wage or as "paid"
    # (my own wordings, from dictionaries)
    r"|\bmindaa\s+(?:qaba|qabu|qabdu|ni\s+kaffalama)\b|\bmindaa\s+\$|ደመወዝ\s*ይከፈላል"
    # v59: Oromo "(hojii mindaa)" (waged work)
    r"|\bhojii\s+mindaa(?:\s+qabu)?\b"
    # v40: "11-month AmeriCorps position with living allowance"
    r"|\bliving\s+allowance\b|\bAmeriCorps\s+(?:position|member\s+position|role|service\s+term)\b"
    # v40: an hourly wage in the languages served: "$21 an hour", "$21 por hora", "$18
    # saacaddii", "$17 ib teev", "$16/giờ", "$18 በሰዓት", "$18 للساعة" (outside English and
    # Spanish: my own wording)
    r"|\$\s?\d+(?:[.,]\d\d)?\s*(?:an?\s+hour|por\s+hora|la\s+hora|saacaddii|saacad\s+kasta"
    r"|ib\s+teev|(?:mỗi\s+|/\s*|một\s+)giờ|በሰዓት|(?:لل|في\s+ال)ساعة|sa['’]aatiitti)"
    r"|\bhourly\s+(?:wage|pay|rate)\b|\bstipend\b"
    # v54: "(puesto pagado, 20 horas por semana)", "trabajo pagado", "empleo remunerado"
    r"|\b(?:puesto|trabajo|empleo|cargo)\s+(?:de\s+(?:medio\s+)?tiempo\s+)?pagado\b"
    # v58: "paid, 25 hours a week", "[Paid · 30 hrs]", "see the job posting", "compensated
    # position", "part-time staff"
    r"|(?<!\bun)\bpaid\s*[,·•|–—-]?\s*\d{1,2}\s*(?:hours?|hrs?)\b|(?<!volunteer\s)\bjob\s+posting\b"
    r"|\bcompensated\s+(?:position|role)\b|\bpart[- ]time\s+staff\b|\bstaff\s+position\b",
    _I,
)

NEED_HEADING = re.compile(
    r"\bvolunteer(?:s|ing)?\b|\bhow (?:you )?(?:can )?(?:to )?help\b|\bways to (?:help|serve)\b"
    r"|^serve$|\bdonations?\b|\bwe need\b|\bneeds?\b|\bneeded\b|\bwish ?list\b|\bsupplies\b"
    r"|\bshort\s+on\b|\brunning\s+(?:low|out)\b"  # v28: "What are we short on?"
    r"|\b(?:is|are)\s+(?:getting\s+)?low\s+on\b"  # v58: "Our food closet is low on"
    r"|^help\s+out\b"  # v38: "Help out this winter"
    # v56: a heading that asks for a loan: "Lend us a hall", "Préstenos un salón", Oromo
    # "Galma nu liqeessaa", Somali "Na amaahi …", Hmong "Qiv rau peb …", Vietnamese "Cho
    # chúng tôi mượn …", Amharic "… ያውሱን" (outside English and Spanish: my own wording)
    r"|^(?:please\s+)?(?:lend|loan)\s+us\b|^pr[eé]st(?:enos|anos|ennos)\b|\bnu\s+liqeess\w*"
    r"|^na\s+amaah\w*|^qiv\s+rau\s+peb\b|^cho\s+(?:chúng\s+tôi|chùa|hội)\s+mượn\b|ያውሱን"
    r"|^\W*(?:(?:most|items?|things?|still)\s+)?wanted\W*$"  # v45: "WANTED" over a list
    r"|\bsign[- ]?up\b|\bshifts?\b|\bopen requests\b|\bcollection\b|\bhelp wanted\b"
    # "Helpers wanted", "Drivers sought": a plural, then the ask.
    r"|\b[^\W\d_]{3,}s\s+(?:wanted|sought)\b"
    r"|\bvoluntari(?:o|a|os|as|ado)\b|\bc[oó]mo (?:puedes |puede |podemos )?ayudar\b"
    r"|\bnecesitamos\b|\bse necesitan?\b|\bdonaciones\b|\blista de deseos\b|\bturnos?\b"
    r"|\boportunidades\b|\bopen roles\b|\bopportunit(?:y|ies)\b|\b(?:can|could) you help\b"
    r"|\bwant to help\b|\bget involved\b|\bserve with us\b|\bministr(?:y|ies) needs\b"
    r"|\binvol[uú]crate\b|\bparticipa\b"
    # v19: a heading that names who it wants among other things ("Coaches, helpers & gear")
    r"|\bhelpers\b|\bpitch\s+in\b|\blend\s+a\s+hand\b"
    # v31: "A few things on my list", "Art room supply list"
    r"|\bsupply\s+(?:list|drive)\b|\b(?:things\s+)?on\s+(?:my|our)\s+(?:wish\s+)?list\b"
    r"|\b(?:quieres|quiere|puedes|puede|quieren) ayudar\b"
    # v55: "Always welcome" over the things a footer asks for
    r"|^\W*(?:(?:donations?|gifts?|items?)\s+)?(?:always|gratefully)\s+(?:welcome|accepted)\W*$"
    # Somali, Hmong, Vietnamese, Oromo, Amharic, Arabic (best effort; see module docstring)
    + MULTI_HEADING,
    _I,
)
NEGATIVE_HEADING = re.compile(
    r"\bof the month\b|\bspotlight\b|\bthank(?:s| you)\b"
    # (v55: not the "Gracias" of "Día de Acción de Gracias", Thanksgiving)
    r"|(?<!acción de )(?<!accion de )\bgracias\b|\bpast\b|\brecap\b"
    r"|\blooking back\b|\bfilled\b"
    # v56: a heading that only thanks, in the languages served ("Galatoomaa!", "Mahadsanid",
    # "Ua tsaug", "Cảm ơn", "እናመሰግናለን", "شكراً")
    r"|^\W*(?:mahadsan\w*|ua\s+tsaug|(?:xin\s+)?cảm\s+ơn|galatoom\w*|galata)\b"
    r"|^\W*(?:እናመሰግናለን|አመሰግናለሁ|شكر[اً]?|نشكر|တၢ်ဘျုး)"
    # v51: "Furnace checks: what you made possible", "Thanks to you", "Your gifts at work"
    r"|\bwhat\s+you\s+(?:made\s+possible|helped\s+(?:us\s+)?(?:do|build|make))\b|\bthanks\s+to\s+you\b"
    r"|\byour\s+(?:gifts?|donations?|support)\s+at\s+work\b"
    r"|\b(?:cannot|can't|do not|don't) accept\b|\brequirements\b"
    r"|\brequisitos\b|\bour story\b|\bhistory\b|\bhistoria\b"
    # (v44: not an organization named "… Baptist Mission", "… Rescue Mission": the page's
    # own title over all of it)
    r"|\b(?:our|the|la|nuestra)\s+(?:mission|misi[oó]n)\b(?!\s+(?:team|committee|trip|crew"
    r"|group|ministry))|^\W*(?:mission|misi[oó]n)\W*$"
    r"|\b(?:mission|misi[oó]n)\s+(?:statement|and\s+vision|&\s+vision|y\s+visi[oó]n)\b"
    r"|\bstaff\b|\bour team\b|\bcongratulations\b|\bfelicidades\b|\bprayer list\b"
    # v56: whom to pray for ("Thov Vajtswv rau", "Pray for", "Prayer requests", "Oremos por",
    # "Cầu nguyện cho", Somali "U duceeya", Amharic "ጸሎት", Arabic "الدعاء")
    r"|\bpray\s+for\b|\bprayer\s+(?:requests?|concerns|needs|chain)\b|^thov\s+vajtswv\b"
    # (v58: not "Oremos y ayudemos", let us pray and help: the help is asked for)
    r"|\bcầu\s+nguyện\b(?!\s+và\s+giúp)|\boremos\b(?!\s+y\s+(?:ayudemos|demos|compartamos))|\bpeticiones\s+de\s+oraci[oó]n\b|\bu\s+duceey\w*|ጸሎት"
    r"|^الدعاء"
    r"|\bfeedback\b|\bin memoriam\b|\bno longer\b|\bappreciation\b"
    # Archives of answered asks: "Older updates", "Archive", "Completed requests".
    r"|\b(?:old|older)\s+(?:updates|posts|news|needs|requests|entries|stories)\b|\barchiv\w*|\bcompleted\b|\bfulfilled\b|\bresolved\b|\bmet\s+needs\b"
    r"|\banteriores\b|\bpasadas?\b|\bcompletad[oa]s\b"
    r"|\bcelebrat\w*\b|\bof the year\b"
    # A paid job, not "Job coaches" or "Job-search helpers" (a volunteer role about jobs).
    # "Volunteer jobs" / "Unpaid jobs" are volunteer roles.
    r"|(?<!volunteer\s)(?<!unpaid\s)\bjobs?\b(?![\s-]+(?:search\s+|readiness\s+|application\s+)?(?:coach|mentor|helper"
    r"|buddy|buddies|partner|tutor|club|skills|fair\s+volunteer)\w*)|\bcareers?\b"
    # (v42: not "Employment buddy", "Employment mentor": a volunteer role about work)
    r"|\bemployment\b(?![\s-]+(?:buddy|buddies|mentor|coach|navigator|helper|partner|volunteer)\w*)"
    r"|\bhiring\b"
    r"|\bjob openings?\b|\bempleos?\b"
    # (v44: not Somali "caawiye shaqo-raadin", a job-search helper; "shaqo tabarruc",
    # volunteer work)
    r"|(?<!caawiye\s)(?<!caawiyaha\s)\bshaqo\b(?![\s-]*(?:raadin|tabarruc|iskaa))"
    r"|\b(?:please )?(?:don't|do not) bring\b"
    r"|\bwe can(?:'t|not) (?:use|take)\b|\bno aceptamos\b|\bs[ií]guenos\b|\bfollow us\b"
    # (v55: a heading that is only "Redes sociales", not "Ayuda con Facebook y redes sociales")
    r"|\bconnect with us\b|^social(?: media)?$|^(?:nuestras\s+)?redes sociales$"
    # v20: who is already on a team, and who the staff are ("Team rosters 2026–27", "Meet our
    # lead boatwright")
    r"|\b(?:team|teams|player|players|league|class)\s+rosters?\b|\bstandings\b"
    r"|^meet\s+(?:our|the)\b(?!.*\bneeds?\b)"
    # v56: the same in the languages served: Hmong "Ntsib peb tus thawj coj" (meet our leader),
    # "Conozca a nuestr…", Somali "La kulan …", "Gặp gỡ …", Oromo "… wal baraa", Amharic
    # "… ይተዋወቁ", Arabic "تعرّف على …" (outside Spanish: my own wordings)
    r"|^ntsib\s+peb\b|^con[oó]zca(?:n)?\s+a\s+nuestr|^conoce\s+a\s+nuestr|^la\s+kulan\b"
    r"|^gặp\s+gỡ\b|\bwal\s+baraa\b|ይተዋወቁ|^تعر[ّ]?ف\s+(?:على|إلى)"
    # v37: a report on a past year or season in the languages served (authors' best effort):
    # "Last year", "Xyoo tas los", "Tổng kết …" (summary of), "Ramadaantii hore" (last
    # Ramadan), "Sanadkii hore", "El año pasado", "Bara darbe", "ባለፈው ዓመት", "العام الماضي"
    r"|\blast\s+(?:year|season|winter|summer|spring|fall)\b|\bxyoo\s+tas\s+los\b|^tổng\s+kết\b"
    r"|\b(?:sanadkii|ramadaantii|bishii|ciiddii|xilligii)\s+hore\b|\bel\s+año\s+pasado\b"
    r"|\bbara\s+darbe\b|ባለፈው\s*ዓመት|العام\s+الماضي"
    # v37: a volunteers' training or orientation to attend, not a role: "New volunteer
    # training", "Tababarka mutadawiciinta cusub" (not "tababare", a coach), "Capacitación",
    # "Orientación", "Buổi tập
    # huấn", "Kev cob qhia", "ስልጠና"
    r"|\b(?:volunteer|new\s+volunteer)\s+(?:training|orientation)\b|^orientation\b"
    r"|^tababar(?:ka|ro|rada)?(?!\w)|^(?:capacitaci[oó]n|orientaci[oó]n)\b|^(?:buổi\s+)?tập\s+huấn\b"
    r"|^kev\s+cob\s+qhia\b|^ስልጠና",
    _I,
)
# News, newsletters, blogs and stories: read only for sentences that state a need (a
# newsletter buries its asks in paragraphs); their headings pass no need on to sub-sections.
NEWS_HEADING = re.compile(
    r"\bnews\b|\bnewsletters?\b|\bnoticias\b|\bbolet[ií]n\b|\bblog\b|\bposts?\b|\bstories\b"
    r"|\bhistorias\b|\bbulletin\b|\bupdates?\b|\bcorner\b|\bfrom\s+the\s+(?:pastor|director|board)\b"
    # v30: Hmong "xov xwm", Somali "war(ar)ka", Oromo "gabaasa", Vietnamese "bản tin"
    r"|\bxov\s+xwm\b|\bwar(?:ar)?ka\b|\bgabaasa\b|\bbản\s+tin\b"
    r"|^tin\s+(?:trung\s+tâm|tức|hội|cộng\s+đồng)\b"  # v36: "Tin trung tâm" (center news)
    r"|\border\s+of\s+(?:worship|service)\b|\bliturgy\b"  # v37: a bulletin's service order
    r"|\bdiary\b"  # v38: "Rink diary: the night the hose froze", a blog post
    # v44: Oromo "oduu" (news), Amharic "ዜና", Arabic "أخبار", Spanish "novedades", Karen gloss
    r"|\boduu\b|ዜና|أخبار|\bnovedades\b",
    _I,
)
# Sections that describe what the organization gives (services, programs, hours): no needs.
# Who the organization serves, as a heading (v17): "New patients", "Pacientes nuevos"; and
# (v18) a heading that names what it offers or its hours: "Our services", "አገልግሎቶቻችን".
CLIENT_HEADING = re.compile(
    r"^(?:our\s+|free\s+|nuestros\s+)?(?:services|programs|programas|servicios"
    r"|what\s+we\s+(?:offer|do)|(?:office|clinic|center|centre|shop|pantry)\s+hours|hours"
    r"|what\s+we\s+(?:can\s+)?(?:fix|repair|mend|lend|loan|provide)"  # v28 (a repair café)
    r"|horarios?|saacadaha(?:\s+xafiiska)?)$|^(?:dịch\s+vụ\s+của\s+chúng\s+tôi|adeegyadeena"
    r"|adeegyada|tajaajila\w*(?!\s+tola)|خدماتنا|አገልግሎቶቻችን|የቢሮ\s+ሰዓት"
    r"|sa['’]aatii\s+(?:hojii|banaa|kuusaa|waajjiraa)\w*)"  # v44: Oromo "hours of …"
    r"|^(?:new|first[- ]time)\s+(?:patients|clients|families|students|visitors)$"
    r"|^(?:pacientes|clientes|familias)\s+nuev[oa]s$|^nuev[oa]s\s+(?:pacientes|clientes)$"
    r"|^(?:bukaan|macaamiil)\s+cusub$"
    # v27: opening hours and programs in the languages served (authors' best effort):
    # "Barnaamijyadayada" (our programs), "Sij hawm qhib" / "Sij hawm pe hawm" (open / worship
    # hours), "Giờ mở cửa", "Sa'aatii hojii", "የስራ ሰዓት", "ساعات العمل", Karen "ပတၢ်မၤစၢၤ"
    # (our services), "Get food" (a page for clients)
    r"|^(?:barnaamijyad|adeegyad)\w*$|^sij\s+hawm\s+(?:qhib|pe\s+hawm|teev\s+ntuj|ua\s+hauj\s+lwm)\b"
    r"|^giờ\s+(?:mở\s+cửa|làm\s+việc)\b|^sa['’]?aatii\s+(?:hojii|banamaa)\b|^የ?ስራ\s*ሰዓት"
    r"|^(?:ساعات|أوقات)\s+(?:العمل|الدوام)|^ပ\s*တၢ်မၤစၢၤ$"
    r"|^get\s+(?:food|groceries|meals?|a\s+food\s+box)$"
    # v31: "Becoming a patient", "How to become a client", "Getting help", "How to get food"
    r"|^(?:how\s+to\s+)?becom(?:e|ing)\s+an?\s+(?:patient|client|member\s+family|participant)\b"
    r"|^(?:how\s+(?:to|do\s+I|can\s+I)\s+)?(?:get(?:ting)?|receiv(?:e|ing)|apply(?:ing)?\s+for)\s+"
    r"(?:help|care|food|services|assistance|groceries|a\s+food\s+box)(?:\s+(?:here|from\s+us"
    r"|with\s+[\w\s]{3,30}))?\s*\??$"  # (not "How to get food to our neighbors")
    r"|^what\s+you(?:'ll|’ll|\s+will|\s+can)\s+(?:find|get|receive|take\s+home)\b"
    # v48: "We also lend", "We also offer", "También prestamos", "Chúng tôi cũng cho mượn":
    # what the organization gives its members, beside what it asks for
    r"|^we\s+(?:also\s+)?(?:lend|loan|offer|provide)\b(?!\s+a\s+hand)[^.!?]{0,30}$"
    r"|^tambi[eé]n\s+(?:prestamos|ofrecemos|ofrece)\b[^.!?]{0,30}$"
    r"|^chúng\s+tôi\s+cũng\s+(?:cho\s+mượn|cung\s+cấp)\b[^.!?]{0,30}$", re.IGNORECASE)
SERVICE_HEADING = re.compile(
    r"^(?:our\s+|free\s+|nuestros\s+)?(?:services|programs|programas|servicios|what\s+we\s+(?:offer|do)"
    r"|resources|recursos|barnaamijyada|adeegyada|kev\s+pab\s+cuam|tajaajila\w*(?!\s+tola)|dịch\s+vụ)$"
    r"|^(?:tajaajila\w*|adeegyad\w*|barnaamijyad\w*)\s+(?:keenya|keenna|aan|kaa|ka)\b"
    r"|^dịch\s+vụ\s+của\s+chúng\s+tôi\b|^(?:peb\s+)?(?:cov\s+)?kev\s+pab\s+cuam\b|^خدماتنا"
    r"|^አገልግሎቶቻችን"
    # v54: Amharic "የምናቀርባቸው አገልግሎቶች" / "የምንሰጣቸው አገልግሎቶች" (the services we offer / give),
    # Spanish "Servicios que ofrecemos", Somali "Adeegyada aan bixino" (my own wording)
    r"|^የም(?:ና|ን)(?:ቀርባቸው|ሰጣቸው)\s*አገልግሎቶች|^servicios\s+que\s+(?:ofrecemos|brindamos|damos)\b"
    r"|^peb\s+cov\s+kev\s+pab$"  # v43: Hmong "our help(s)": what the center gives
    # v24: "Peb cov kev kawm" (our classes), "Chav kawm …" (a class), "Fasallada" (classes)
    r"|^(?:peb\s+)?cov\s+kev\s+kawm\b|^chav\s+kawm\b"
    r"|\bour\s+(?:services|programs)\b|\bservices\s+we\s+(?:offer|provide)\b|\bwhat\s+we\s+offer\b"
    r"|\bnuestros\s+(?:servicios|programas)\b|\bhours\b|\bhorarios?\b|\bsaacadaha\b|\bwhere\b|\blocation\b|\bdirections\b"
    r"|\bget\s+help\b|(?<!\bwe\s)(?<!\bus\s)\bneed\s+help\b|\bfor\s+clients\b|\beligibility\b|\bhow\s+to\s+apply\b"
    # v25: how a client gets the service ("How to get food", "¿Cómo recibir comida?", "Sida
    # loo helo cunto", "Cách nhận thực phẩm", "Yuav ua li cas thiaj tau zaub mov")
    r"|\bhow\s+(?:to|do\s+i|can\s+i|do\s+you)\s+(?:get|receive|find|sign\s+up\s+for|apply\s+for)"
    r"\s+(?:food|help|groceries|assistance|services?|meals?|a\s+(?:box|bag|basket)|clothing|rent)\b"
    r"(?!\s+(?:to|for)\b)"  # (not "How to get food to our neighbors")
    r"|\bc[oó]mo\s+(?:recibir|obtener|conseguir)\b(?!\s+(?:voluntari|ayudantes))"
    r"|\bc[oó]mo\s+solicitar\s+(?:ayuda|comida|servicios|asistencia|despensa)\b"
    r"|\bsida\s+loo\s+(?:helo|qaato)\b"
    # v56: how a neighbour asks for help ("Sida codsi loo soo dhigo" -- how to post a request,
    # "How to ask for help", "How to get an appointment", "Cómo pedir ayuda", "Yuav thov kev
    # pab li cas", "Cách xin giúp đỡ"; the Hmong and Vietnamese are my own wording)
    r"|\bsida\s+(?:codsi(?:ga)?\s+)?loo\s+(?:soo\s+dhigo|codsado|diro|sameeyo)\b"
    r"|\bhow\s+to\s+(?:post|submit|make|send|place)\s+a\s+request\b"
    r"|\bhow\s+(?:to|do\s+i|can\s+i)\s+(?:ask|request)\s+(?:for\s+)?(?:help|a\s+ride|assistance)\b"
    r"|\bhow\s+(?:to|do\s+i|can\s+i)\s+(?:get|make|book|schedule|request)\s+an?\s+"
    r"(?:appointment|visit|cleaning|exam)\b"
    r"|\bc[oó]mo\s+(?:pedir|solicitar)\s+(?:ayuda|una\s+cita|un\s+favor)\b|\bc[oó]mo\s+hacer\s+una\s+solicitud\b"
    r"|\byuav\s+thov\s+kev\s+pab\b|\bcách\s+(?:xin|nhờ)\s+giúp\b|\bcách\s+gửi\s+yêu\s+cầu\b"
    r"|\bcách\s+(?:nhận|đăng\s+ký\s+nhận)\b|\blàm\s+(?:sao|thế\s+nào)\s+để\s+nhận\b"
    r"|\byuav\s+ua\s+(?:li\s+)?cas\s+(?:thiaj\s+)?(?:tau|txais)\b"
    r"|^who\s+(?:gets|can\s+get|receives|is\s+eligible\s+for)\s+(?!to\b)"
    r"(?:an?\s+|the\s+|our\s+|free\s+)?(?:wood|firewood|food|groceries|meals?|help|boxes|box"
    r"|baskets?|gifts?|rides?|clothing|coats?|services?|assistance|\w+\s+(?:box|boxes|baskets?))\b"
    r"|^who\s+we\s+serve\b"
    # v37: how to sign up, as a heading ("To sign up", "Para inscribirse"); when things are
    # brought ("Waqtiga alaabta la keeno"); things the organization gives or lends ("Sách kinh
    # tặng miễn phí", "Qiv peb tej khoom", "Borrow our tables")
    r"|^(?:to|how\s+to)\s+(?:sign\s+up|register|enrol+)\s*:?$|^(?:para|c[oó]mo)\s+inscribirse\b"
    r"|^waqti(?:ga|yada)\b|\btặng\s+miễn\s+phí\b|^qiv\s+peb\b|\bborrow\s+our\b"
    r"|^\W*qui[eé]n(?:es)?\s+(?:puede[n]?\s+recibir|recibe[n]?)\b"
    # v17: who the organization serves, in a heading ("New patients", "Pacientes nuevos")
    r"|" + CLIENT_HEADING.pattern,
    _I,
)
GENERIC_HEADINGS = frozenset(
    {
        "donate", "give", "give today", "donate now", "online giving", "other ways to give",
        "questions", "contact", "contact us", "stay connected", "support our work",
        "support us", "hours", "location", "directions", "faq", "follow us", "donar",
        "dona", "contacto", "preguntas", "find us", "visit", "visit us", "what's new",
        "what’s new", "news", "latest news", "blog", "from the blog",
        "how to apply", "ways to give", "about", "about us", "our mission",
        "welcome", "home", "parking", "donate online",
        "one more thing", "and one more thing", "p.s.", "ps", "last but not least",  # (v29)
    }
) | frozenset({
    # v59: a heading over how groups may come ("Grupos" / "Recibimos grupos de hasta 8
    # personas …"): Spanish, Somali "kooxaha", Vietnamese "nhóm" (my own list)
    "groups", "group volunteering", "volunteer groups", "groups welcome", "grupos",
    "grupos de voluntarios", "kooxaha", "kooxo", "nhóm", "nhóm tình nguyện",
})
TIME_GENERIC_HEADING = re.compile(
    r"^(?:this|next) (?:week|weekend|month|sunday|monday|tuesday|wednesday|thursday|friday"
    r"|saturday)\b|^right now\b|^upcoming\b|^esta semana\b|^este (?:s[aá]bado|domingo|mes)\b"
    r"|^announcements?\b|^anuncios\b|^events?$|^eventos?$|^calendar\b|^calendario\b"
    r"|^latest\b|^today\b|^hoy\b|^welcome\s+(?:to|back)\b|^bienvenid",
    _I,
)

# Somali "we are short on / have run out of": "waxaa nagu yar", "Bishan waxaa nooga dhiman",
# "Hadda waxaa naga yaraaday" (v56: the perfect "has become short"), "waxaa naga dhammaaday"
SO_SHORT_ON = (r"waxaa\s+(?:nooga|nagu|naga|noo)\s+(?:dhiman|yar(?:aaday|aatay)?|dham+aaday"
               r"|go['’]day)")

# Need phrases.  Each yields the thing needed (the "core") from one sentence.
_ADVERBS = r"(?:(?:urgently|also|still|really|always|currently|now|desperately|especially)\s+)*"
CUE_PRE = re.compile(
    r"\b(?:we|i)(?:'re|’re|\s+are|\s+am)?\s+" + _ADVERBS
    + r"(?:need|seeking|looking\s+for|collecting|recruiting|searching\s+for|gathering"
    r"|requesting|asking\s+for)\b"
    r"|^(?:now\s+)?(?:seeking|recruiting|looking\s+for|calling\s+all)\b"
    # Any subject that is not the reader or a client: "The parish council is looking for …",
    # "Our clinic could use …", "We'd love picture books …", "They still need …".
    r"|(?<!\byou\s)(?<!\bwho\s)(?<!\bthat\s)\b(?:is|are|am)\s+" + _ADVERBS
    + r"(?:looking\s+for|seeking|recruiting|searching\s+for|in\s+need\s+of"
    r"|hoping\s+to\s+find)\b"  # v34: "The committee is hoping to find a member …"
    r"|\bwe\s+(?:still\s+)?hope\s+to\s+find\b"
    # v36: "What's running low this month: canned chicken, …"; Somali "Bishan waxaa nooga
    # dhiman bariis, …" (this month we lack …)
    r"|^\W*(?:what(?:'s|’s|\s+is|\s+are)\s+)?(?:running\s+low|most\s+needed|needed\s+most"
    r"|low\s+on\s+the\s+shelves?)\b[^:.!?]{0,30}:\s*"
    r"|\b" + SO_SHORT_ON + r"\b"
    # v36: Amharic "በአሁኑ ጊዜ የሚያስፈልጉን፦ ሩዝ፣ …" (what we need now: rice, …); Vietnamese "mong
    # quý vị tặng khoảng 20 cái ghế xếp" (we hope you give about 20 folding chairs)
    # (v58: "xin quý vị tặng …", please give …, and "mong/xin … vui lòng tặng …")
    r"|የሚያስፈልጉን\s*[፦:]\s*|\b(?:mong|xin)\s+(?:quý\s+vị|các\s+bạn|mọi\s+người|bà\s+con)\s+"
    r"(?:vui\s+lòng\s+)?(?:tặng"
    r"|ủng\s+hộ|quyên\s+góp|giúp)\s+(?:khoảng\s+)?"
    # v35: "we'd be grateful for cooking oil, masa harina, …"
    r"|\bwe(?:'d|’d|\s+would)\s+be\s+(?:so\s+|very\s+|really\s+|most\s+)?(?:grateful|thankful)\s+for"
    r"\s+(?!your\b|any\b|it\b|that\b|the\s+chance\b)"
    # v34: "We are putting together a gleaning crew of 6 to 10 people …"
    r"|\bwe(?:'re|’re|\s+are)\s+(?:now\s+)?(?:putting\s+together|forming|building|assembling)\s+"
    r"(?=(?:a|an|our)\s+(?:[\w'’-]+\s+){0,3}(?:crew|team|group|squad|roster)\b)"
    # v58: the place or the thing in the third person: "el salón necesita un electricista
    # voluntario que …" (the hall needs a volunteer electrician), "the van needs two new tires"
    r"|\b(?:el|la|nuestr[oa])\s+(?:sal[oó]n|iglesia|parroquia|cocina|despensa|cl[ií]nica|escuela"
    r"|centro|oficina|comit[eé]|grupo|biblioteca|huerta|camioneta)\s+(?:tambi[eé]n\s+)?necesita\s+"
    r"(?=(?:un|una|unos|unas|\d+|dos|tres|m[aá]s)\s)"
    r"(?!\w+\s+(?:revisi[oó]n|reparaci[oó]n|arreglo|limpieza|ayuda|mano)\b)"
    r"|(?<![\w'’])(?:the|our)\s+(?:hall|church|kitchen|pantry|clinic|office|school|library|garden"
    r"|van|shelter|parish|mosque|temple)\s+(?:also\s+|really\s+|badly\s+)?needs\s+"
    r"(?=(?:an?|two|three|four|some|\d+)\s)"
    # v34: "The mission team would love a volunteer nurse …" (not "you'd love …")
    r"|(?<!\byou\s)(?<!\bthey\s)(?<!\bwho\s)\b(?:team|committee|council|board|church|center|centre"
    r"|clinic|pantry|shelf|office|school|club|group|ministry|staff|kitchen|library|mosque"
    r"|temple|parish)\s+would\s+(?:really\s+|also\s+)?love\s+(?=an?\s|some\s|more\s|\d|two\s"
    r"|three\s|to\s+find\s|to\s+have\s)"
    r"|(?<!\byou\s)\b(?:could|can)\s+(?:really\s+|always\s+|also\s+|still\s+)?use\b"
    r"|\b(?:we|i)(?:'d|’d|\s+would)\s+(?:really\s+|also\s+)?(?:love|appreciate)\s+"
    r"(?:to\s+(?:have|find|get|hear\s+from)\s+|(?!to\b|it\b|that\b|your?\b|for\b|hearing\b"
    r"|seeing\b|the\s+chance\b))"
    r"|(?:^|(?<=[:;]\s))(?:they|he|she)\s+" + _ADVERBS
    + r"(?:will\s+(?:also\s+|still\s+)?)?needs?\b"
    r"|(?<!\bno\s)\b(?:pedimos|solicitamos|requerimos|se\s+solicitan?)\b"
    r"|\b(?:are|is|we're|we’re)\s+(?:\w+\s+)?(?:short\s+(?:on|of)|running\s+(?:low|out)\s+(?:on|of)"
    r"|in\s+need\s+of)\b|\bnos\s+hace(?:n)?\s+falta\b"
    r"|(?<!\bno\s)\b(?:necesitamos|buscamos|se\s+necesitan?|se\s+buscan?|urgen?|hacen\s+falta|hace\s+falta"
    r"|estamos\s+(?:buscando|recogiendo|recolectando|pidiendo|juntando|reuniendo))\b",
    _I,
)
# Present-tense collecting ("Every spring we collect vegetable seeds") states a need only
# under a drive or donation heading; elsewhere it describes what the organization does.
WEAK_CUE = re.compile(r"\b(?:we|i)\s+" + _ADVERBS + r"(?:collect|gather|accept|recolectamos"
                      r"|recogemos)\b", _I)
CUE_SUBJECT_NEEDS = re.compile(
    r"^(?P<subj>(?:our|the|this)\s+[^.,;:!?]{2,60}?)\s+" + _ADVERBS
    + r"(?:needs|will\s+(?:also\s+|still\s+)?need)\s+(?P<obj>.+)$",
    _I,
)
# Questions that ask the reader for something: "Anyone with bike repair skills?", "Can you
# spare a winter coat?", "Could you drive a neighbor to chemo?", "Do you know a mechanic who …?"
# The group ``give`` is dropped from the core (the thing given); other verbs stay in it.
QUESTION_CUE = re.compile(
    r"^(?:also\s*[:,]?\s*|and\s+)?(?:(?:is\s+there\s+)?(?:anyone|anybody|someone)\s+(?:out\s+there\s+)?"
    r"(?=with\b|who\s+(?:can|could|has|knows|is|would|likes?)\b|willing\b|able\b|handy\b)"
    r"|(?:can|could|would)\s+you\s+(?:(?P<give>spare|donate|lend|give)\s+|(?=(?:help\s+)?(?:drive"
    r"|host|deliver|cook|tutor|teach|mentor|sort|pack|shovel|fix|repair|translate|interpret|build"
    r"|sew|knit|bake|visit|serve|lead|coach|drop\s+off|pick\s+up)\b))"
    r"|do\s+you\s+know\s+(?=(?:a|an|someone|anyone|anybody)\b)"
    r"|(?:¿\s*)?(?:puedes|puede|podr[ií]as?)\s+(?:(?P<dar>donar|prestar|regalar)\s+|(?=(?:manejar"
    r"|llevar|cocinar|ense[nñ]ar|traducir|ayudar\s+(?:a|con))\b)))",
    _I,
)
# "If you can donate bunk beds (new or like-new frames), email us."
# "If anyone has twin bed frames … to give", "if you know a mechanic who would donate …",
# "What would help most right now is a bed frame", "Our biggest need is diapers".
IF_GIVE_CUE = re.compile(
    r"\bif\s+(?:you|anyone|anybody|someone)\s+(?:(?:can|could|would\s+like\s+to|are\s+able\s+to"
    r"|is\s+able\s+to|wants?\s+to)\s+(?:donate|give|lend|spare|offer)\s+(?P<obj>[^,;.]{3,80})"
    r"|(?:has|have)\s+(?P<has>[^,;.]{3,80}?)\s+(?:to\s+(?:give|donate|spare|lend|share|pass\s+on)"
    r"|(?:you|they)\s+(?:could|can|would)\s+(?:donate|give|lend|spare)"
    # "If you have a working washer you no longer need (or don't use), …"
    r"|(?:that\s+|which\s+)?(?:you|they)\s+(?:no\s+longer\s+(?:need|use)|(?:don['’]t|do\s+not)"
    r"\s+(?:need|use)(?:\s+anymore)?))\b"
    r"|knows?\s+(?:of\s+)?(?P<know>(?:a|an|someone|anyone|somebody)\b[^,;.]{3,80}))"
    r"|\b(?:what\s+(?:would\s+help|we\s+need|helps|they\s+need|she\s+needs|he\s+needs)\s+"
    r"(?:the\s+)?most(?:\s+right\s+now|\s+now)?|(?:our|the|their|her|his)\s+(?:biggest|greatest"
    r"|most\s+urgent|top|main|most\s+pressing)\s+needs?(?:\s+right\s+now|\s+now)?)\s+(?:is|are)"
    r"\s+(?P<most>[^;.!?]{3,100})",
    _I,
)
CUE_POST = re.compile(
    r"^(?P<obj>[^.!?]{3,120}?)\s+(?:(?:is|are)\s+)?" + _ADVERBS
    + r"(?:needed|wanted)\b(?P<rest>.*)$",
    _I,
)
# Conditions that make a sentence no need of its own ("No experience needed", "Groups are
# welcome") but that a role's item may carry after the role.
_CONDITIONS = (
    r"\bno\s+(?:\w+\s+){0,2}(?:is\s+|are\s+)?(?:needed|required)\b",
    # v39: "Không cần bằng sư phạm" (no teaching degree needed), "No hace falta título"
    r"^\W*(?:không\s+cần\s+(?!thêm\b|nữa\b)|no\s+(?:hace\s+falta|se\s+(?:necesita|requiere))\s+)",
    r"\b(?:volunteers|youth|teens|kids|children|groups|families|everyone|all|you)\b[^.]{0,30}"
    r"\b(?:are|is)\s+(?:always\s+)?welcome\b",
    # v56: an age rule: "Youth under 16 volunteer with an adult", "Kids younger than 12 must
    # come with a parent"
    r"\b(?:youth|teens|kids|children|minors|volunteers|anyone|students)\s+(?:under|younger\s+than"
    r"|below)\s+(?:age\s+)?\d{1,2}\b[^.]{0,40}\b(?:adults?|parents?|guardians?)\b",
)
# A thing the organization refuses (v13): "We can't accept used mattresses", "we do not
# take cribs", "no aceptamos ropa usada", "ma aqbalno", "peb tsis txais", "chúng tôi không
# nhận", "hin fudhannu", "አንቀበልም", "لا نقبل".
REFUSAL = re.compile(
    r"\bwe\s+(?:(?:can['’]?t|cannot|can\s+not|do\s+not|don['’]t|won['’]t|are\s+(?:not\s+able"
    r"|unable)\s+to|no\s+longer)\s+)(?:\w+\s+)?(?:accept|take|receive|collect|pick\s+up"
    r"|host)\b"  # (v56: "we cannot host pre-dental student observers this year")
    r"|\b(?:are|is)\s+not\s+accepted\b|\bplease\s+do\s+not\s+(?:bring|donate|drop|send)\b"
    r"|^\W*please\s+no\b"
    r"|\bno\s+(?:podemos\s+)?(?:aceptamos|aceptar|recibimos|recibir)\b|\bno\s+se\s+aceptan?\b"
    r"|\bma\s+(?:aqbalno|aqbali\s+karno|qaadan\s+karno|qaadanno)\b|\btsis\s+txais\b"
    r"|\bkhông\s+(?:thể\s+)?(?:nhận|tiếp\s+nhận)\b|\bhin\s+fudhannu\b|አንቀበልም"
    # v56: the relative forms, as a list's heading says them: Somali "(waxyaabaha) aanan /
    # aynaan aqbali karin / aqbalin", Amharic "የማንቀበላቸው" / "የማንቀበለው" (which we do not
    # accept), Hmong "peb tsis txais", Oromo "kan hin fudhanne" (my own wordings)
    r"|\ba(?:an|yn)a+n\s+(?:aqbali\s+karin|aqbalin|qaadan\s+karin|qaadanin)\b|የማንቀበ\w*"
    r"|\bkan\s+hin\s+fudhanne\b"
    r"|لا\s+(?:نقبل|نستقبل|يمكننا\s+قبول)",
    _I,
)
# Sentences that look like needs but are not: thanks, filled, past tense, negations,
# clients' needs, surveys.
NEGATIVE_TEXT = re.compile(
    FILL_SENTENCE.pattern + r"|~~|\bs[ií]guenos\b|\b(?:follow|like|find)\s+us\b"
    r"|\bour\s+(?:facebook|instagram)\s+page\b"
    r"|^\W*(?:facebook|instagram|twitter|youtube|tiktok|whatsapp)(?:\W+(?:facebook|instagram"
    r"|twitter|youtube|tiktok|whatsapp))*\W*$|"
    r"\bthank(?:s|\s+you)\b|(?<!acción de )(?<!accion de )\bgracias\b"
    r"|(?<!\bneed\s)(?<!\bto\sbe\s)(?<!-)\bfilled\b"
    r"|\bvolunteer of the month\b|\bspotlight\b"
    r"|\bcongratulations\b|\bfelicidades\b|\bwe\s+needed\b|\bnecesit[aá]bamos\b"
    # v51: "we don't need (any more) …" in Arabic and Spanish (my own wordings): لا نحتاج, لسنا
    # بحاجة, "no necesitamos más"
    r"|لا\s+نحتاج|لسنا\s+بحاجة|\bno\s+necesitamos\s+m[aá]s\b"
    # v44: congratulations in the other languages served (our own wordings): "Baga gammaddan"
    # (om), "Hambalyo" (so), "Chúc mừng" (vi), "Zoo siab nrog" (hmn), "እንኳን ደስ አላችሁ" (am),
    # "مبروك" / "تهانينا" (ar)
    r"|\bbaga\s+gammad\w*|\bhambalyo\w*|\bchúc\s+mừng\b|\bzoo\s+siab\s+nrog\b|እንኳን\s*ደስ\s*(?:አላችሁ|አለዎት|አለህ|አለሽ)"
    r"|مبروك|تهانينا|نهنئ"
    r"|\bfeedback\b"
    # v21: not a survey the volunteers carry door to door ("explain the survey to families")
    r"|(?<!explain\sthe\s)(?<!explain\sour\s)(?<!conduct\sthe\s)(?<!conduct\sa\s)\bsurvey\b"
    r"|(?<!explicar\sla\s)(?<!aplicar\sla\s)(?<!realizar\sla\s)(?<!hacer\sla\s)\bencuesta\b|\blast\s+year\b(?!['’]s)|\ba[ñn]o\s+pasado\b|\bvolunteered\b|\bwere\s+needed\b"
    r"|\b(?:clients|families|children|kids|people|residents|tenants|students|seniors"
    r"|neighbors|patients)\s+(?:need|needs)\b|\bclosed\b"
    # (v23: "un remolque (trailer) cerrado", "una caja cerrada": an enclosed thing, no state)
    r"|(?<!remolque\s)(?<!\)\s)(?<!caja\s)(?<!camión\s)\bcerrad[oa]s?\b"
    r"|\b(?:not\s+able|unable)\s+to\b|\bsold\s+out\b|" + REFUSAL.pattern
    + r"|" + r"|".join(_CONDITIONS),
    _I,
)
# An invitation to run one's own drive or fundraiser that names nothing to collect (v13):
# "Host a drive", "Organize a collection at your school", "Organice una colecta", "Tổ chức
# quyên góp": a general appeal ("Run a food drive" names what it collects and stays a need).
HOST_YOUR_OWN = re.compile(
    r"^\W*(?:host|hold|run|organi[sz]e|start|plan|lead)\s+(?:a|an|your(?:\s+own)?)\s+"
    r"(?:drive|collection|fundraiser|campaign)\b"
    r"|^\W*(?:organi[cz]e|organiza|realice|realiza|haga|haz)\s+(?:una|su|tu)\s+(?:propia\s+)?"
    r"(?:colecta|campa[nñ]a|recaudaci[oó]n)\b|^\W*tổ\s+chức\s+(?:một\s+)?(?:đợt\s+)?quyên\s+góp",
    _I,
)
# A text that opens by thanking (in the languages served) reports an answered ask unless it
# goes on to ask again: "Thank you to everyone who signed up!", "¡Gracias, ya cubrimos …!".
THANKS_START = re.compile(
    r"^\W*(?:thank(?:s|\s+you)|many\s+thanks|gracias|muchas\s+gracias|mahadsanid|mahadsanidiin"
    r"|ua\s+tsaug|cảm\s+ơn|xin\s+cảm\s+ơn|galatoomaa|galata|እናመሰግናለን|አመሰግናለሁ|شكرا|شكراً"
    r"|نشكر)\b|^\W*တၢ်ဘျုး", _I)  # (v44: Karen "thank you", low confidence)
# The same without the conditions, for a list item that leads with its role ("Box truck
# drivers — must be 21+, no CDL needed"): a condition after the role does not undo it.
NEGATIVE_ITEM = re.compile(NEGATIVE_TEXT.pattern.replace("|" + "|".join(_CONDITIONS), ""), _I)
# The conditions alone ("no teaching experience needed", "teens are welcome"), v25.
CONDITION_TEXT = re.compile("|".join(_CONDITIONS), _I)
GENERIC_MONEY = re.compile(
    r"\bevery\s+(?:dollar|gift)\b|\bgive\s+online\b|\bdonate\s+(?:now|online|today)\b"
    r"|\bmake\s+a\s+(?:gift|donation)\b|\bfiscal\s+sponsor\b|\bvenmo\b|\btax\s+id\b|\bzakat\b"
    r"|\bdiezmo\b|\bone-time\s+or\s+recurring\b|\brelief\s+fund\b|\bonline\s+wish\s+list\b"
    r"|\bmatch(?:es|ing)?\s+gifts?\b|\byour\s+gift\b|\bgift\s+of\s+\$|\bdona\s+en\s+l[ií]nea\b"
    # A money appeal for the organization itself, in the languages served: "any amount",
    # "building fund", "capital campaign", a pledge (authors' best effort from dictionaries).
    r"|\bany\s+amount\b|\bgifts?\s+of\s+any\s+size\b|\bbuilding\s+fund\b"
    r"|\bcapital\s+campaign\b"
    r"|\bpledge\s+(?:card|form|drive)\b|\bcualquier\s+(?:cantidad|donativo|monto)\b"
    r"|\bfondo\s+(?:de\s+)?construcci[oó]n\b|\blacag\s+kasta\b|\bpub\s+nyiaj\b"
    r"|\bpab\s+nyiaj\b"  # v25: Hmong "help with money" ("Pab nyiaj rau lub chaw")
    # v47: a gift of money by check or online, in the languages served: "… chekii … ykn
    # GiveMN irratti kennaa" (Oromo: write a check … or give on GiveMN), "maallaqa gumaachuu"
    r"|\bgive\s?mn\b|\bchekii\b|\bmaallaqa\s+gumaach\w*|\bmail\s+a\s+check\b"
    # v35: Somali "Taageer dhismaha cusub" (support the new building), "deeq lacageed"
    r"|\btaageer\s+(?:dhismaha|xarunta|masaajidka)\b|\bdeeq\s+lacageed\b"
    # v27: a standing gift to the organization: "Give $25 a month", "monthly sustainer"
    r"|^(?:give|donate)\s+\$\d+\s+(?:a|per|each|every)\s+month\b|\bsustainers?\b"
    # v28: "Money goes furthest", "Cash stretches further", "rather give money"
    r"|^(?:your\s+)?(?:money|cash|dollars|funds)\s+(?:goes|go|stretch\w*|helps?|matters?|works?)\b"
    r"|\bgive\s+money\b|^nyiaj\b"  # (v29: "Nyiaj koom haum", the association's money)
    r"|bất\s+kỳ\s+số\s+tiền|quỹ\s+xây\s+dựng|\bgumaacha\s+maallaqaa\b"
    # v58: "ủng hộ quỹ hội" (support the association's fund), "chi phiếu xin đề …" (a check)
    r"|\bủng\s+hộ\s+quỹ\b|\bquỹ\s+(?:hội|chùa|nhà\s+thờ)\b|\bchi\s+phiếu\b"
    r"|ማንኛውም\s*መጠን|ለሕንፃ\s*ግንባታ|ለቤተ\s*ክርስቲያን(?:ኑ|ችን)?\s*ግንባታ|የገንዘብ\s*ስጦታ"
    r"|أي\s+مبلغ|صندوق\s+البناء|بناء\s+(?:المسجد|المركز)"
    # v32: gifts in someone's memory, and religious giving in the languages served:
    # "Memorial gifts", "tribute gifts", Somali "sadaqo" / "zakaat", Arabic "صدقة" / "زكاة",
    # Oromo "zakaa"
    r"|\bmemorial\s+(?:gifts?|donations?)\b|\btribute\s+gifts?\b|\bin\s+memory\s+of\b"
    r"|\bsadaq\w*|\bzakaa\w*|\bzakah\b|صدق(?:ة|ات)|زكا(?:ة|ت)"
    # v37: a sum to raise ("Quyên góp 400.000 đô la để xây chánh điện mới", "Raise $50,000
    # for the new roof")
    r"|\b(?:quyên\s+góp|gây\s+quỹ)\s+[\d.,]+\s*(?:đô|usd|\$)|xây\s+(?:chánh|chính)\s+điện"
    r"|\braise\s+\$\s?[\d,.]{3,}"
    # v40: Oromo "Maallaqaan nu deeggaraa" (support us with money) (my own reading)
    r"|\bmaallaqa(?:an|dhaan)\b"
    # v56: "financial support" by name: Oromo "Deeggarsa maallaqaa", "apoyo económico",
    # Somali "taageero dhaqaale", Hmong "kev pab nyiaj txiag", "የገንዘብ ድጋፍ", "دعم مالي"; a
    # check written out to the organization ("Cheekii … jedhee barreessaa")
    r"|\bdeeggarsa\s+maallaqaa\b|\bfinancial\s+(?:support|gifts?|help)\b|\bapoyo\s+econ[oó]mico\b"
    r"|\btaageero\s+dhaqaale\b|\bpab\s+nyiaj\s+txiag\b|የገንዘብ\s*ድጋፍ|دعم\s+مالي|\bche+kii\b"
    # v40: money by name in the languages served: "ገንዘብ ይለግሱ" (donate money), "lacag ku
    # deeq", "ủng hộ tài chính", "تبرع بالمال", "done dinero", "monetary donations"
    r"|ገንዘብ\s*(?:ይለግሱ|ለግሱ|ይስጡ)|\blacag\s+(?:ku\s+)?deeq\w*|(?:ủng\s+hộ|đóng\s+góp)\s+tài\s+chính"
    r"|تبرع\w*\s+(?:بالمال|مالي\w*)|\bdon(?:e|en|ar)\s+dinero\b|\bmonetary\s+(?:donations?|gifts?)\b",
    _I,
)
GENERIC_CORE = re.compile(
    r"^(?:your\s+|more\s+|financial\s+|monetary\s+|su\s+|tu\s+|m[aá]s\s+)?(?:help|support"
    r"|donations?|gifts?|money|funds|people|volunteers|you|ayuda|apoyo|donaciones|dinero|gente"
    r"|personas|voluntarios)\b(?:\s+(?:in|with|across|from)\s+(?:several|many|a\s+few|all|lots\s+of"
    r"|different|every|the\s+community)(?:\s+(?:areas|ways|things|places|roles|kinds|of\s+us))?"
    r"|\s+of\s+(?:all|every)\s+(?:ages?|kinds?|backgrounds?|skill\s+levels?|stripes))?"
    r"(?:\s+(?:right\s+now|now|today|always|this\s+(?:week|month|season)|at\s+the\s+moment"
    r"|ahora|hoy|siempre))?(?:\s*[—–-].*)?[\s.!]*$",  # (v27: "people right now")
    _I,
)
CONTACT_START = re.compile(
    r"^(?:call|e-?mail|text|contact|questions?|correo|llame|ll[aá]menos|escr[ií]b[ae]|"
    r"escr[ií]benos|m[aá]ndenos|tel[eé]fono|informaci[oó]n|for more information|to apply|"
    r"to volunteer|para m[aá]s informaci[oó]n|drop[- ]off|please\s+call"
    # v25: where to bring what the list above asks for ("Please bring them to the office …",
    # "Fadlan keen xafiiska …", "Puede dejarlas en la puerta …"): no thing of its own
    r"|(?:please\s+)?(?:bring|drop\s+off|deliver|leave)\s+(?:them|it|these|those|items"
    r"|donations|your\s+donations?)\s+(?:to|at|in)\s+(?:the|our)"
    r"|(?:fadlan\s+)?(?:keen|geey)\s+(?:xafiiska|masjidka|goobta|xarunta)"
    r"|(?:puede|pueden)\s+(?:dejarl[oa]s?|traerl[oa]s?)\s+(?:en|a)\s+(?:la|el|nuestr[oa]))\b",
    _I,
)
IMPERATIVE_START = re.compile(
    r"^(?:lead|brew|greet|welcome|play|set\s+up|clean|shovel|bake|plant|paint|fix|repair|"
    r"envolver|empacar|clasificar|manejar|traducir|cocinar|ense[nñ]ar|acompa[nñ]ar|llevar"
    r"|repartir|servir|visitar|host|run|start|join|become|drive|deliver|tutor|mentor|translate|interpret|cook|serve|knit|"
    r"sort|pack|lead|teach|coach|sponsor|adopt|organize|sew|collect|help|donate|únete|"
    r"sé|maneja|traduce|cocina|enseña|dona|ayuda|ap[uú]ntate|inscr[ií]bete|reg[ií]strate|"
    r"sign\s+up\s+to|wrap|bundle|stock|visit|paint|build|fold|assemble|pick\s+up|envuelve|"
    r"empaca|visita"
    # v17: what a role card asks its volunteer to do ("See walk-in patients …", "Review
    # medication lists …", "Answer the phones …", "Walk the dogs …")
    r"|see|review|answer|check|unload|prepare|assist|read|write|design|photograph|staff"
    r"|sit\s+with|walk|care\s+for|watch|greet|welcome|screen|file|draft|edit|record|film"
    r"|mow|rake|haul|move|carry|install|tune|sharpen|lift|shelve|bag|weigh)\b",
    _I,
)
ROLE_NOUN = re.compile(
    r"^(?:volunteers?|tutors?|drivers?|interpreters?|translators?|mentors?|cooks?|servers?|"
    r"helpers?|hosts?|greeters?|captains?|knitters?|attorneys?|lawyers?|paralegals?|"
    r"accountants?|treasurers?|buddies|crew|coaches?|chaperones?|ushers?|canvassers?|"
    r"organizers?|someone|folks|assistants?|sorters?|packers?|aides?|callers?|visitors?|"
    r"leaders?|coordinators?|companions?|voluntari[oa]s?|tutores|conductores|choferes|int[eé]rpretes|"
    r"traductores|cocineros|catequistas|ujieres|abogados|mentores|ayudantes"
    # v56: more Spanish roles, in the plural a heading names them ("Acompañantes para citas")
    r"|acompañantes|cantantes|representantes|promotor[ae]s|organizador[ae]s|entrenador[ae]s"
    r"|repartidor[ae]s|instructor[ae]s|lector[ae]s|cuidador[ae]s|anfitrion[ae]s|consejer[oa]s"
    r"|maestr[oa]s|costurer[oa]s|carpinter[oa]s|plomer[oa]s|electricistas|pintor[ae]s"
    r"|handy(?:man|men|person|persons|people)"
    # v31: "Family liaison (Spanish)", "Patient advocate", "Benefits navigator"
    r"|liaisons?|advocates?|navigators?|stewards?|ambassadors?|facilitators?|caawiyeyaal)$",
    _I,
)
# A plural agent noun names a role whatever the trade: "Parking Attendants", "Shovelers".
# (v34: not the everyday plurals that only end like an agent: "Counting what matters")
AGENT_NOUN = re.compile(r"^(?!(?:matters|letters|numbers|others|papers|waters|orders|corners"
                        r"|centers|quarters|flowers|winters|summers|prayers|offers|answers"
                        r"|dinners|suppers|chapters|events|moments|comments|contents|payments"
                        r"|documents"
                        # v56: the people served, not a role ("Students: project forms due …")
                        r"|students|residents|patients|clients|participants|tenants|recipients"
                        r"|immigrants)$)[^\W\d_]{3,}(?:ers|ors|ants|ents|ists|ians|eers|ees)$", _I)
ROLE_CONNECTORS = frozenset(
    {"for", "to", "who", "with", "during", "in", "at", "on", "needed", "wanted", "que", "para",
     "con", "de", "en", "(", "—", "–", "-", ",", "."}
)
ROLE_STOP_START = frozenset(
    {"to", "our", "these", "this", "those", "all", "new", "no", "we", "you", "they", "it",
     "every", "each", "most", "many", "there", "here", "please", "nuestros", "nuestras",
     "todos", "todas", "los", "las"}
)

URGENT = re.compile(
    r"\burgent(?:ly)?\b|\burgente(?:mente)?\b|\burgen?\b|\basap\b|\bimmediately\b|\bemergency\b"
    r"|\bright\s+away\b|\bcuanto\s+antes\b|\bde\s+inmediato\b|\bdesperately\b",
    _I,
)
HIGH = re.compile(
    r"\bthis\s+(?:week|weekend|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b"
    r"|\besta\s+semana\b|\bdeadlines?\b|\bas\s+soon\s+as\s+possible\b|\bin\s+the\s+next\s+\d+\s+days\b"
    r"|\balmost\s+(?:empty|out)\b|\brunning\s+(?:low|out)\b|\bfecha\s+l[ií]mite\b",
    _I,
)
LOW = re.compile(r"\bno\s+rush\b|\bsin\s+prisa\b|\bwhen(?:ever)?\s+you\s+can\b", _I)
PRIORITY_WORDS = {
    "urgent": "urgent", "urgente": "urgent", "critical": "urgent",
    "high": "high", "alta": "high", "medium": "medium", "media": "medium", "normal": "medium",
    "low": "low", "baja": "low",
}

# Headers of the column that names the role or item, most specific first ("need" last: a
# "Still need" column holds counts).
TITLE_COLUMNS = ("role", "rol", "función", "funcion",  # v49: "Ministerio | Función | …"
                 "job", "position", "puesto",
                 "vị trí", "vai trò",  # v41: Vietnamese "position", "role" (before "công việc")
                 "trabajo", "task", "tarea", "duty",
                 "ministry", "ministerio",  # v42: a parish's "Ministry | What it involves"
                 # v43: Arabic "the role", "the task", "the opportunity"
                 "الدور", "المهمة", "الفرصة",
                 "volunteer", "voluntario", "request", "solicitud", "item", "artículo",
                 "articulo", "opportunity", "oportunidad", "turno", "shift",
                 "project", "proyecto",  # v39: "Project | Where | What it takes | Status"
                 "what",
                 "shaqo", "shaqada", "hawsha",  # v41: Somali "the task"
                 "hauj lwm", "công việc", "cong viec", "hojii", "ሥራ", "need",
                 "necesidad", "አገልግሎት", "nhiệm vụ", "dib", "hawl", "hojjii",
                 "việc")  # v51: Vietnamese "Việc" (the task) alone, after "Ngày" (the day)
TIME_COLUMN = re.compile(r"\b(?:day|date|time|when|d[ií]a|horario|fecha|hora)\b", _I)
SPOTS_COLUMN = re.compile(
    r"\b(?:spots?|slots?|open|left|available|needed|still\s+need|how\s+many|se necesitan|cupos|"
    r"lugares|remaining"
    # "Faltan" / "Quedan" (es), "còn thiếu" / "còn trống" (vi), "tshuav" (hmn), "haray" (so),
    # "hafe" (om), "ቀሪ" (am), "متبقي" / "المتبقي" (ar): how many are still wanted.
    r"|faltan|quedan|disponibles|còn\s+thiếu|còn\s+trống|tshuav|haray|hafe|ቀሪ|(?:ال)?متبقي"
    r"|bakka\s+duwwaa"  # v35: Oromo "empty places"
    # v21: "Số người cần" (vi), "የሚያስፈልጉ" (am), "loo baahan yahay" (so), "xav tau" (hmn),
    # "barbaachisu" (om), "necesarios" (es), "المطلوب" (ar): how many are wanted.
    r"|(?:số\s+)?người\s+cần|cần\s+thêm|የሚያስፈልጉ|የሚያስፈልግ|ያስፈልጋል|loo\s+baahan(?:\s+yahay)?"
    r"|xav\s+tau|barbaachis\w*|necesari[oa]s|(?:ال)?مطلوب"
    r"|wanted)\b",  # v42: "What | When | Wanted | Signed up"
    _I
)
# A count column of what is already there: "Signed up", "Filled", "Have", "Inscritos", "Đã có".
HAVE_COLUMN = re.compile(
    r"\b(?:signed[- ]?up|sign[- ]?ups|filled|taken|registered|confirmed|committed|have|has|got"
    r"|received|inscrit[oa]s|tenemos|recibid[oa]s|cubiert[oa]s|la\s+helay|đã\s+có|đã\s+nhận"
    r"|đã\s+đăng\s+ký"  # v39: "Người đã đăng ký" (who has signed up)
    r"|qabna|muaj\s+lawm)\b", _I)
PRIORITY_COLUMN = re.compile(r"\b(?:priority|prioridad|urgency|urgencia)\b", _I)
FULL_CELL = re.compile(r"^\s*0\b|~~|" + FILL_TEXT.pattern, _I)

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<!\d)(?:\+?1[\s.-]?)?\(?[2-9]\d{2}\)?[\s.-]?[2-9]\d{2}[\s.-]?\d{4}(?!\d)")
# A weekday's name in the languages served (v47 in ``structure``, calendar cells; shared since
# v48): English and Spanish, Vietnamese "Thứ …", Somali, Hmong "Hnub …", Oromo, Amharic, Arabic
WEEKDAY_NAME = re.compile(
    r"(?i)\W*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|lunes|martes|mi[eé]rcoles|jueves|viernes"
    r"|s[aá]bado|domingo|thứ\s+\w+|chủ\s+nhật|isniin|talaado|arbaco|khamiis|jimco|sabti|axad"
    r"|hnub\s+\w+|wiixata|kibxata|roobii|kamiisa|jimaata|sanbata(?:\s+\w+)?|dilbata|ሰኞ|ማክሰኞ|ረቡዕ|ሐሙስ|ዓርብ|ቅዳሜ|እሑድ"
    r"|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد\W*")
# v48: a notice that opens with its date and hour ("Sunday, December 15, 2 pm, with the
# choir", "Sábado 12 de abril, 10 a.m.", "Sabti, Nofeembar 16, 11:00 subaxnimo"): a weekday
# or month name, then a number within a few words
DATED_START = re.compile(
    r"(?i)^\W*(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes"
    r"|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|thứ\s+\w+|chủ\s+nhật|isniin|talaado|arbaco"
    r"|khamiis|jimco|jimce|sabti|axad|hnub\s+\w+|wiixata|kibxata|roobii|kamiisa|jimaata"
    r"|sanbata|dilbata|ሰኞ|ማክሰኞ|ረቡዕ|ሐሙስ|ዓርብ|ቅዳሜ|እሑድ|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة"
    r"|السبت|الأحد)\b|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d"
    r"|\d{1,2}\s+de\s+[a-z]+\b"
    # v54: a Karen month ("ဒံၣ်စ့ၤဘၢၣ် ၂၄", December 24), its digits Myanmar's (my own reading
    # of the S'gaw Karen month names; the four that end in -ဘၢၣ် are the surest)
    r"|(?:ယနူၤအါရံ|ဖ့ၤဘြူၤအါရံ|မၢ်ၡး|ဧ့ၤပြ့ၣ်|ယူၤလံ|အီၤကူး|\S{2,8}ဘၢၣ်)\s*[၀-၉0-9])"
    r"[^.!?\n]{0,30}?[\d၀-၉]")
DATE_WORDS = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|enero|febrero|marzo|abril|mayo|junio|julio|agosto"
    r"|septiembre|octubre|noviembre|diciembre|lunes|martes|mi[eé]rcoles|jueves|viernes"
    r"|s[aá]bado|domingo|\d{1,2}(?::\d\d)?\s*(?:am|pm)|\d{4}|\d{1,2})\b",
    _I,
)
SENTENCE_SPLIT = re.compile(
    r"(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bMrs\.)(?<!\b[A-Z]\.)(?<!\bBr\.)(?<!\bSr\.)"
    r"(?:(?<=[.!?።۔؟။])|(?<=[.!?።۔؟]\*\*)|(?<=[.!?]\)))\s+(?=[\"“¡¿A-ZÀ-ÖØ-ÞĐƯƠ0-9*]|[\u0370-\uFFFF])"
    # v49: a marquee's or banner's separators: "… MAE LA CAMP * VAN DRIVER NEEDED …", "• "
    r"|\s+(?:\*{1,3}|[•★◆■])\s+(?=[^\W_])")
URGENCY_WORDS_IN_TITLE = re.compile(
    r"\s*\b(?:asap|urgently|urgentemente|immediately|de inmediato)\b", _I
)
STOPWORDS = frozenset(
    {"the", "a", "an", "and", "of", "for", "to", "in", "on", "at", "our", "de", "la", "el",
     "los", "las", "y", "para", "del", "—", "–", "-"}
)

INLINE_LIST = re.compile(
    r"^(?:our\s+|nuestra\s+)?(?:wish\s*list|items?\s+(?:needed|requested|wanted)|most\s+needed"
    r"(?:\s+items)?|we\s+(?:also\s+)?need|lista\s+de\s+deseos|necesitamos"
    r"|lo\s+que\s+m[aá]s\s+necesitamos)\s*:\s*(?P<items>.+)$",
    _I,
)
WELCOME_ITEMS = re.compile(
    r"^(?P<obj>[^.!?]{3,100}?)\s+(?:are|is)\s+(?:always\s+)?(?:welcome|appreciated|accepted)\b",
    _I,
)
LABEL_PARAGRAPH = re.compile(r"^(?P<label>[^:.!?]{3,50}):\s+(?P<rest>\S.*)$")

TITLE_LIMIT = 90


# "We have coaches for three teams but still need a head coach for the 12U girls": the one
# still open names the need (v23).
STILL_NEED = re.compile(r"(?i)\b(?:but|and)\s+(?:we\s+)?still\s+(?:need|are\s+looking\s+for"
                        r"|looking\s+for|have\s+room\s+for)\s+(?!to\s)(?P<obj>[^.;!?]{4,})")
