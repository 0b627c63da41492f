"""Fill states: words that say an item is no longer needed, in the languages served.

``FILL_TEXT`` finds them inside a sentence or a table cell ("FULL", "0 spots left", "we have
enough", "no longer needed", "all sponsored — thank you!"); ``FILL_BADGE`` is a lone badge
that marks its card, row or list item as filled; ``STATUS_WORD`` a lone badge that says
nothing about need ("OPEN", "NEW") and is dropped.  Non-English entries are the authors'
best effort from dictionaries, and may be imperfect.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

_FILL_WORDS = (
    # English
    r"filled|full|fulfilled|closed|taken|covered|sponsored|adopted|claimed|booked|sold\s+out"
    r"|no\s+longer\s+(?:needed|accepting|available)|not\s+needed\s+anymore|all\s+set"
    # (v20: not "we have enough kids for two more teams but nobody to coach them")
    r"|we\s+have\s+(?:more\s+than\s+)?(?:enough|plenty|all\s+we\s+need)(?![^.;!?]{0,80}\bbut\b)"
    # v26: "We have all the winter coats we can store this year", "please hold on to any more"
    r"|we\s+have\s+all\s+the\s+(?:[\w-]+\s+){1,4}we\s+(?:can|could|need)\b(?![^.;!?]{0,80}\bbut\b)"
    r"|please\s+hold\s+on\s+to\s+any\s+more"
    # v27: "Our spring coaches are all lined up", "we'll ask again in August", "Baahidii waa
    # la daboolay" (the need has been covered), "Waan helnay" (we found one)
    r"|(?:are|is)\s+all\s+lined\s+up|we(?:['’]ll|\s+will)\s+(?:ask|recruit|post)\s+again\b"
    r"|waa\s+la\s+daboolay|waan\s+helnay(?![^.;!?]{0,80}\b(?:laakiin|but|weli)\b)"
    # v29: "We're set on these - thanks!", "Plenty for now"
    r"|we(?:['’]re|\s+are)\s+set\s+on\b|plenty\s+for\s+now"
    # v37: "We're good until April", "we've got plenty now", "not needed until spring",
    # "We'll post a new sign-up in March" (moved here from v36's volunteer-card rule)
    r"|we(?:['’]re|\s+are)\s+(?:all\s+)?(?:good|set|covered)\s+(?:until|till|through|thru)\b"
    r"|we(?:['’]ve|\s+have)\s+got\s+(?:plenty|enough)\b(?![^.;!?]{0,80}\bbut\b)"
    r"|not\s+needed\s+(?:until|till|before)\b|we(?:['’]ll|\s+will)\s+post\s+a\s+new\s+sign-?up\b"
    # v38: "Covered by Pete for the season"
    r"|covered\s+by\s+\S+(?:\s+\S+)?\s+(?:for|through|until)\s+the\s+(?:season|year|winter"
    r"|spring|summer|fall|month)\b"
    # v30: "We're good!" in a status cell, "we're all good on blankets"
    r"|we(?:['’]re|\s+are)\s+(?:all\s+)?good(?=\s*(?:[!.,;—–-]|$)|\s+(?:on|for\s+now|here)\b)"
    r"|more\s+than\s+enough|(?:we(?:'re|’re|\s+are)\s+)?fully\s+"
    r"(?:staffed|stocked|booked|sponsored|covered)|(?:every|all)\s+(?:slots?|spots?|shifts?|"
    r"families|items?|gifts?|kids|children)\s+(?:are\s+|have\s+been\s+|is\s+|has\s+been\s+)?"
    r"(?:filled|taken|sponsored|covered|claimed|adopted)|no\s+(?:spots?|slots?|openings?)\s+"
    r"(?:left|remaining|available)|0\s+(?:spots?|slots?|openings?|open|needed|left|remaining)"
    r"|found!?|(?<!until\sthis\sis\s)(?<!until\sit\sis\s)(?<!until\sthat\sis\s)(?<!until\sit's\s)"
    r"(?<!until\sit’s\s)(?<!until\sthat's\s)done!?"  # (v42: "… in hotels until this is done")
    r"|(?:has|have)\s+been\s+met|(?:need|goal)\s+(?:is|was)\s+met"
    r"|(?:need|goal)\s+(?:has|have)\s+been\s+(?:met|reached)"
    r"|waitlist\s+only|wait\s+list\s+only"
    # v21: "Full up on volunteers until spring", "we'll post when the next list opens"
    r"|full\s+up\b|full\s+on\s+(?:volunteers|helpers|drivers|people)"
    r"|(?:until|when)\s+the\s+next\s+(?:list|sign-?up|round|session|cohort)\s+opens"
    # v23: "We're good for now", "all set for now", "already assigned"
    r"|(?:we(?:'re|’re|\s+are)\s+)?(?:all\s+)?(?:good|set|covered)\s+for\s+now"
    # v42: "No volunteer needed for this role" (provided by a partner)
    r"|\bno\s+(?:volunteers?|helpers?|one)\s+(?:is\s+|are\s+)?needed\b"
    # v42: "We're fine for now on kitchen packers", "we are fine on drivers"
    r"|we(?:['’]re|\s+are)\s+(?:all\s+)?fine\s+(?:for\s+now\s+)?(?:on|with)\b"
    r"|(?:are|is)\s+(?:all\s+)?already\s+(?:assigned|spoken\s+for|reserved)"
    # A need negated for now: "not needed at this time", "we don't need any more", "por
    # ahora no necesitamos", "hadda uma baahnin", "tam sim no tsis xav tau", "hiện không cần",
    # "لا نحتاج حاليا".
    r"|not\s+needed\s+(?:at\s+this\s+time|right\s+now|for\s+now|this\s+(?:year|season))"
    r"|(?:we\s+)?(?:don['’]t|do\s+not)\s+need\s+any\s+more|(?:we\s+)?(?:don['’]t|do\s+not)"
    r"\s+need\s+(?:any\s+)?(?:more\s+)?\w+\s+(?:right\s+now|at\s+this\s+time|for\s+now)"
    r"|por\s+(?:ahora|el\s+momento)\s+no\s+(?:necesitamos|se\s+necesita\w*)"
    r"|(?:hadda|imminka)\s+(?:[\w'’]+\s+){0,3}?(?:uma|looma)\s+baahn\w*|tam\s+sim\s+no\s+(?:peb\s+)?tsis\s+xav\s+tau"
    r"|hiện\s+(?:tại\s+|nay\s+|đã\s+)?không\s+(?:còn\s+)?cần|không\s+còn\s+cần"
    r"|لا\s+نحتاج\s+(?:\S+\s+)?(?:حاليا|حالياً|الآن)"
    # A drive that reached its goal or ended: "we met our goal", "the drive is over".
    r"|(?:we|they)\s+(?:met|reached|hit|exceeded|surpassed|beat)\s+(?:our|the|their)\s+goal"
    r"|(?<!when\sthe\s)(?<!after\sthe\s)(?<!once\sthe\s)(?<!until\sthe\s)(?<!before\sthe\s)"
    r"(?:drive|campaign|collection|appeal|fundraiser|project|season)\s+(?:is|was|has)\s+(?:now\s+)?"
    r"(?:over|ended|finished|wrapped\s+up|been\s+completed)"
    # Someone answered: "we found someone", "got one, thanks", "no longer need one",
    # "Cooking team is full for this year", "this role is covered through June".
    r"|found\s+(?:someone|somebody|one|it|a\s+(?:volunteer|driver|donor|match|home))"
    r"|got\s+(?:one|enough|someone)|(?:we|i)\s+(?:\w+\s+)?no\s+longer\s+need|welcome\s+aboard"
    r"|(?:is|are)\s+(?:now\s+|already\s+)?full(?!\s+of)|full\s+for\s+(?:this|the)\s+(?:year|season"
    r"|month|semester|term|week)|covered\s+(?:through|until|thru)"
    r"|(?:role|position|spot|slot|shift|request|need|opening)\s+(?:is|has\s+been)\s+(?:now\s+)?"
    r"(?:covered|taken|filled|closed|matched)|project\s+(?:is\s+)?(?:complete|completed|done)"
    # Spanish
    r"|complet[oa]s?|llen[oa]s?|cubiert[oa]s?|cerrad[oa]s?|ya\s+no\s+se\s+necesita\w*"
    r"|ya\s+tenemos\s+(?:suficiente|suficientes|lo\s+necesario)|agotad[oa]s?|sin\s+cupos?"
    # v26: "Ya recibimos tres máquinas de coser … ¡Mil gracias!" (we already received them)
    r"|ya\s+(?:recibimos|nos\s+(?:donaron|regalaron|llegaron))\b"
    # v37: "¡Meta alcanzada!" (goal reached), "… ya se encargan del pan" (already taking
    # care of it)
    r"|meta\s+(?:alcanzada|cumplida|lograda)|ya\s+se\s+encarga[n]?\b"
    r"|no\s+hay\s+cupos?|ya\s+no\s+(?:necesitamos|necesita[n]?|aceptamos|hace[n]?\s+falta)"
    r"|(?:alcanzamos|logramos|superamos|cumplimos)\s+(?:nuestra|la)\s+meta"
    r"|(?:la\s+colecta|la\s+campa[nñ]a)\s+(?:ya\s+)?(?:termin[oó]|ha\s+terminado|se\s+cerr[oó])"
    r"|ya\s+(?:cubrimos|llenamos|encontramos|conseguimos|se\s+(?:cubri[oó]|llen[oó]|encontr[oó])"
    r"|est[aá]n?\s+(?:cubiert|llen|complet)[oa]s?)"
    # Somali
    r"|waa\s+la\s+(?:buuxiyey|buuxiyay|helay|qaatay|dhammeeyey|dhameeyay)|buuxa|waa\s+buuxaa"
    # v58: "boosku waa xiran yahay" (the place is closed)
    r"|\bboos(?:ka|ku|aska)?\s+(?:waa\s+)?xiran\w*"
    r"|hadda\s+looma\s+baahna|looma\s+baahna\s+mar\s+(?:dambe|kale)\b|waan\s+hays(?:a?n)?n?aa\b[^.!]{0,40}\bfilan|waa\s+nagu\s+filan"
    r"|ha\s+keenin(?:a|o)?\b|\b(?:helnay|haynaa)\s+(?:\w+\s+){0,2}?ku\s+filan\b|\bku\s+filan\s+(?:ayaan|baan)\s+(?:haynaa|helnay)\b"
    r"|waan\s+haysannaa|waa\s+buuxday|(?:waan|waxaan)\s+ga(?:a|dh)rnay\s+hadaf\w*"
    r"|peb\s+tau\s+txog\s+(?:lub\s+)?hom\s+phiaj|đã\s+đạt\s+(?:được\s+)?mục\s+tiêu"
    r"|(?:đợt|chiến\s+dịch)\s+quyên\s+góp\s+đã\s+kết\s+thúc|ግባችንን\s*(?:አሳክተናል|አሳክተን)"
    r"|حققنا\s+(?:هدفنا|الهدف)|انتهت\s+(?:الحملة|حملة)"
    # Hmong
    r"|puv\s+lawm|tau\s+txaus\s+lawm|txaus\s+lawm|tsis\s+xav\s+tau\s+lawm|muaj\s+txaus\s+lawm"
    r"|kaw\s+lawm|(?:tau|muaj)\s+neeg\s+(?:\w+\s+)?lawm"
    # v55: "Tsis tas lawm" (not needed any more), "peb twb tau ib tug … lawm" (we already got
    # one …) -- my own wordings
    r"|tsis\s+tas\s+(?:\w+\s+)?lawm|twb\s+tau\s+(?:ib\s+)?(?:tug|tus|leeg|lub|daim)\s+(?:[\w]+\s+){0,4}?lawm"
    # v24: "Way buuxaan xilligan" (they are full for now); a heading's state after a dash:
    # "Winter coat drive — complete!", "Coat drive (done)"
    r"|way\s+buuxaan|waa\s+buuxaan"
    # v25: "Booskan waa la xiray" (this position has been closed)
    r"|\bboos(?:kan|ka)\s+waa\s+la\s+xiray"
    r"|(?:(?<=[—–]\s)|(?<=:\s)|(?<=\())(?:complete[d]?|done|finished|over)(?=\s*[!.)]?\s*(?:\n|$))"
    # Vietnamese
    r"|đã\s+đủ|đủ\s+rồi|bảo\s+trợ\s+toàn\s+bộ|đã\s+được\s+(?:tài\s+trợ|bảo\s+trợ)"
    r"|không\s+cần\s+(?:mua\s+)?thêm|đã\s+tìm\s+(?:được|ra)|đã\s+đầy|hết\s+chỗ|không\s+cần\s+nữa|đã\s+có\s+người|đã\s+nhận\s+đủ|đã\s+nhận\s+lời"
    # Taking no more people or things for now (v13): "đã có đủ", "tạm ngưng nhận thêm",
    # "not accepting more", "ya no estamos recibiendo", "ma qaadanayno kuwo kale", "tsis
    # txais ntxiv lawm", "hin fudhannu kan biraa", "ተጨማሪ አንቀበልም", "لا نستقبل المزيد".
    r"|đã\s+có\s+đủ|(?:tạm\s+)?(?:ngưng|ngừng|dừng)\s+nhận(?:\s+thêm)?|không\s+nhận\s+thêm"
    r"|(?:not|no\s+longer)\s+(?:currently\s+)?(?:accepting|taking)\s+(?:any\s+)?(?:more|new"
    r"|additional)\b|(?:sign-?ups?|registration|enrollment)\s+(?:is|are|has|have)\s+"
    r"(?:now\s+)?(?:closed|paused)"
    r"|(?:ya\s+)?no\s+(?:estamos\s+)?(?:aceptando|recibiendo)\s+m[aá]s|no\s+(?:aceptamos|recibimos)"
    r"\s+m[aá]s|\bya\s+no\s+(?:estamos\s+)?(?:aceptando|recibiendo)\b|ma\s+qaadan(?:ayno|ayo)\s+(?:dad|kuwo|wax)\s+kale|tsis\s+txais\s+(?:\w+\s+)?ntxiv"
    r"\s+lawm|hin\s+fudhannu\s+kan\s+biraa|ተጨማሪ\s*(?:አንቀበልም|አያስፈልግም)"
    # v55: "Chúng tôi không còn nhận quần áo cũ" (we no longer take used clothes), "We no
    # longer accept …", "Ya no recibimos …", "Por ahora no estamos recibiendo …"
    r"|không\s+còn\s+(?:nhận|cần|thu\s+nhận)|no\s+longer\s+(?:accept(?:s|ing)?|takes?|taking|collect(?:s|ing)?)\b"
    r"|\bya\s+no\s+(?:aceptamos|recibimos|necesitamos)\b"
    r"|\bpor\s+ahora\s+no\s+(?:estamos\s+)?(?:aceptando|recibiendo|aceptamos|recibimos)\b"
    r"|لا\s+(?:نستقبل|نقبل)\s+المزيد|توقفنا\s+عن\s+(?:استقبال|قبول)"
    # Oromo
    r"|guutameera|guuteera|(?<!muuxannoo\s)(?<!muuxannoon\s)(?<!leenjii\s)(?<!galmee\s)hin\s+barbaachisu|ga'aa\s+qabna|nu\s+ga'eera|argameera"
    r"|gahaan\s+galmaa['’]?aniiru|namoonni\s+gahaan|gah?a['’]?a\s+qabna|argatneerra|guutame\w*"
    r"|nama\s+argann?ee\s+jirra"  # v35: "we have found someone"
    # Amharic
    r"|ተሞልቷል|ሞልቷል|ተሟልተዋል|ተሟልቷል|(?<!ልምድ\s)(?<!ልምድ)(?<!ስልጠና\s)(?<!ምዝገባ\s)(?<!መኖር\s)አያስፈልግም|በቂ\s*አለን|ተዘግቷል|አግኝተናል|ተገኝቷል"
    r"|በቂ\s*(?:ሰው|ሰዎች)\s*(?:አለን|አለ|አሉ|አግኝተናል)"
    r"|በቂ\s*(?:ሰው|ሰዎች)\s*(?:ተመዝግበዋል|ተመዝግቧል)"  # v42: enough people have signed up
    # v39: "ተሸፍኗል" (covered); Oromo "bakki hin jiru" (no place left); Vietnamese "đã nhận
    # lo trọn" (has taken all of it on); Spanish "este programa terminó" (it has ended)
    # (my own wordings outside English and Spanish, from dictionaries)
    r"|^\W*enough\s+(?:[\w-]+\s+){1,2}(?:on\s+the\s+(?:list|roster|schedule)|signed\s+up"
    r"|(?:for\s+)?now)\b"  # v39: "Enough cooks on the list now" (as a cell or a line)
    r"|ተሸፍኗል|ተሸፍነዋል|bakki\s+(?:\w+\s+)?hin\s+jiru|(?:đã\s+)?nhận\s+lo\s+trọn"
    r"|(?:este|el)\s+programa\s+(?:ya\s+)?termin[oó]|this\s+program\s+(?:has\s+)?ended"
    # v41: "We have a waiting list for shelving" (more people than places)
    r"|\b(?:we\s+have|there\s+is)\s+a\s+wait(?:ing)?[- ]?list\b"
    # v41: "All summer teen volunteer spots are taken for 2025"
    r"|(?:spots|slots|places|positions|roles|shifts)\s+(?:are|have\s+been)\s+(?:now\s+|all\s+)?"
    r"(?:taken|filled|covered|full)\b"
    # v41: Vietnamese "Tạm ngưng đến mùa xuân" (paused until spring) as a status
    r"|^\W*tạm\s+(?:ngưng|ngừng|dừng|nghỉ)\b"
    # v40: Vietnamese "Đủ người" (enough people) as a status, not "chưa đủ người" (not yet)
    r"|(?<!chưa\s)(?<!không\s)\bđủ\s+người\b"
    # v40: "Season ended – see you in February" (a seasonal role's state)
    r"|(?<!\buntil\s)(?<!\bwhen\s)(?<!\bafter\s)(?<!\bbefore\s)\bseason\s+(?:has\s+)?ended\b"
    # v40: "We have one now. Thank you" (a role answered)
    r"|^\W*we\s+(?:now\s+)?have\s+(?:one|someone|somebody|a\s+teacher|a\s+driver)\s+now\b"
    # v44: someone has taken it on: "Gary's got it", "someone's on it", "Deb is handling this
    # one", "the youth group has it covered", "already taken care of"; Arabic "تم التكفل"
    # (it has been taken on), "محجوز" (reserved)
    r"|(?:someone|somebody|(?-i:[A-Z][\w'’-]+))(?:['’]s|\s+is|\s+has)\s+(?:got\s+(?:it|this)|on\s+it)\b"
    r"|(?:is|are)\s+(?:handling|taking\s+care\s+of)\s+(?:this|it|that)\b"
    r"|\bha(?:s|ve)\s+(?:it|this|that)\s+(?:covered|handled)\b"
    r"|(?:is|are|was|were|been|already)\s+taken\s+care\s+of\b"
    r"|تم\u0651?ت?\s+(?:التكفل|الحجز|التبرع\s+ب|توفير)|(?<!غير\s)محجوز\w*|(?<!\S)مكفول\w*"
    # v44: more ways of saying it is taken, in every language served (our own wordings from
    # dictionaries outside English and Spanish; the Karen and Oromo ones are low confidence)
    r"|enough\s+(?:people\s+|volunteers\s+|helpers\s+|folks\s+)?(?:have\s+)?signed\s+up"
    r"|we\s+(?:received|got|collected)\s+(?:plenty|enough|more\s+than\s+enough)(?![^.;!?]{0,80}\bbut\b)"
    r"|goal\s+(?:reached|met|achieved)|no\s+more\s+needed"
    r"|(?:someone|somebody)(?:['’]s|\s+is)\s+already\s+(?:bringing|doing|handling|covering|taking)\b"
    r"|(?-i:[A-Z][\w'’-]+)['’]s\s+bringing\s+(?:it|this|that|them)\b"
    r"|todo\s+listo|ya\s+(?:lo|la|los|las)\s+tiene[n]?\b|ya\s+hay\s+suficientes?\b"
    r"|recibimos\s+(?:bastante|suficientes?)\b|(?<!no\s)tenemos\s+suficientes?\s+\w+\s+para\b"
    r"|ya\s+fue\s+(?:ocupad|cubiert|tomad|donad|apartad)[oa]s?|alguien\s+ya\s+(?:lo|la)\s+va\s+a\b"
    r"|por\s+ahora\s+estamos\s+bien\s+de\b|ya\s+qued[oó]\b|ya\s+nos\s+(?:lo|la|los|las)\s+donaron"
    r"|(?:lo|la)\s+tom[oó]\s+(?:el|la|los|las)\b|puesto\s+cubierto"
    r"|\bayaa\s+(?:qaatay|qabsaday|qaabilsan|keenay|keenaya|qabanaya|qaaday)\b"
    r"|waa\s+la\s+(?:qabsaday|keenay|xiray|gaaray)\b|waa\s+dhammaaday"
    r"|(?:dad|mutadawiciin|shaqaale|qof|wax)\s+(?:\w+\s+)?ku\s+filan\b|kafaalo\s+qaaday|\bku\s+deeqay\b"
    r"|(?:wax|dad)\s+(?:dambe|kale)\s+looma\s+baahna|waa\s+loo\s+hayaa|horey\s+u\s+keenaya"
    r"|(?:twb\s+)?(?:muaj\s+(?:tswv|neeg)|ua\s+tiav|txais\s+tau|tau\s+txais|npaj\s+txhij|coj"
    r"|tseg\s+rau|saib\s+xyuas)\b[^.!?\n]{0,40}?\blawm\b|tau\s+raws\s+li\s+(?:lub\s+)?hom\s+phiaj"
    r"|tau\s+li\s+qhov\s+xav\s+tau\s+lawm|tsis\s+xav\s+tau\s+ntxiv\s+lawm|twb\s+muaj\s+neeg"
    r"|xong(?:\s+hết)?\s+rồi|\blo\s+rồi|nhận\s+rồi|đã\s+lo\s+(?:việc\s+này|rồi|xong)"
    r"|đã\s+hoàn\s+thành|đã\s+đáp\s+ứng\s+đủ|đủ\s+nhân\s+sự|đã\s+giữ\s+chỗ"
    r"|đã\s+(?:ủng\s+hộ|tài\s+trợ|bảo\s+trợ)|\(đủ\)|đã\s+nhận\s+được\s+(?:nhiều|đủ)|đã\s+đóng"
    r"|(?<!chưa\s)đã\s+nhận(?!\s+(?:được|đăng|đơn|hồ))\b"
    r"|fudhat(?:eera|ameera)\b|qophaa['’]?eera|qabameera|cufameera|xumurame(?:era)?\b"
    r"|milkaa['’]?eera|(?:nu|nuuf|ni)\s+gah?['’]?(?:eera|e)\b|gahaadha|gahaan\s+jir\w*"
    r"|deeggarameera|raawwachaa\s+jira|fidaa\s+jira|kenname(?:era)?\b|argannee\s+jirra|\(guutuu\)"
    r"|ተይዟል|ተይዘዋል|ይዞታል|ተወስዷል|ተቀብለናል|ተጠናቋል|ተሳክቷል|ደርሶናል|የተለገሰ|ተለግሷል"
    r"|ኃላፊነቱን\s*ወስደዋል|ቃል\s*ገብቷል|በቂ\s*ነው|በቂ\s*(?:\S+\s*){0,3}አሉን"
    r"|تم\u0651?ت?\s+ال(?:تغطية|ملء|شغل)|تم\u0651?\s+(?:أخذه|أخذها|الاستلام|استلامه|تحقيق\s+الهدف"
    r"|توفيره|توفيرها)|تم\u0651?ت\s+تلبية|أخذته|أخذتها|تكف\u0651?ل\s+(?:به|بها|بهم)|(?:وصلنا|عندنا|جمعنا|استلمنا)"
    r"\s+ما\s+يكفي|م\u064f?غط\u0651?ى|تبرع\w*\s+به|(?:تتولى|يتولى)\s+الأمر|لا\s+حاجة\s+(?:لل|إلى\s+ال)مزيد"
    r"|سيحضره|كل\s+شيء\s+جاهز"
    r"|လၢလံ|ဝံၤလံ|ဒိးန့ၢ်(?:အီၤ)?လံ|ဟံးန့ၢ်(?:အီၤ)?လံ|ဟံးဃာ်လံ|အိၣ်ဒီးပှၤ\S*လံ|တလိၣ်ဘၣ်(?:အါထီၣ်)?လၢၤဘၣ်"
    r"|ဟ့ၣ်(?:အီၤ)?လံ"
    r"|we(?:['’]ve|\s+have)\s+got\s+(?:this|that|it)(?:\s+one)?\b(?!\s*\?)|we(?:['’]re|\s+are)\s+"
    r"(?:all\s+)?(?:stocked(?:\s+up)?|full)\b(?!\s+of)|\b(?:fully|all)\s+donated\b"
    r"|got\s+it\s+covered|\bhandled\s+by\b|\bgood\s+(?:until|till|through)\s+the\s+end\s+of"
    r"|ya\s+lo\s+tenemos|ya\s+tenemos(?=\W*(?:,|!|\.|$|gracias))|\blo\s+trae[n]?\s+(?:el|la|los|las)\b"
    r"|ya\s+est[aá]n?\s+apartad[oa]s?|reservad[oa]s?\s+por\b|por\s+ahora\s+tenemos\s+suficiente"
    r"|ya\s+se\s+don[oó]|\blo\s+cubre[n]?\s+(?:el|la|los|las)\b"
    r"|\bboos(?:ka|ku|aska)?\s+(?:waa\s+)?xiran\w*"  # v58: the place is closed
    r"|waa\s+la\s+(?:dhammeeyay|bixiyay|xalliyay|fuliyay)\b|waa\s+xiran\s+tahay|waan\s+haynaa(?![^.;!?]{0,80}\b(?:laakiin|but)\b)"
    r"|wax\s+walba\s+waa\s+diyaar|\b(?:ayaa|baa)\s+(?:qaadatay|qabtay|qaatay)\b|si\s+buuxda\s+ayaa\s+loo"
    r"|waan\s+buuxnaa|looma\s+baahna\s+wax\s+kale"
    r"|sau\s+npe\s+lawm|\b(?:peb\s+)?muaj\s+lawm|\bzoo\s+lawm|\bpub\s+lawm|\blav\s+lawm"
    r"|lo\s+được\s+rồi|ổn\s+rồi|đã\s+đăng\s+ký(?!\s+(?:tại|ở|qua|online|trực))|đã\s+được\s+hỗ\s+trợ"
    r"|kín\s+chỗ|có\s+người\s+rồi|đã\s+đảm\s+nhận|hoàn\s+tất|đủ\s+đến\s+(?:cuối|hết)"
    r"|nuti\s+qabna|fudhatteetti|raawwatameera|gahaa\s+dha"
    r"|ይዘነዋል|ወስደውታል|ሁሉም\s*ዝግጁ\s*ነው|ተፈጽሟል|ተጠናቅቋል|ኃላፊነቱን\s*ወስዷል"
    r"|تم\u0651?\s+(?:تأمينه|تأمينها|التنفيذ|التبرع)|تكف\u0651?ل(?:نا|ت)\s+(?:به|بها|بهذا)|كله\s+تمام"
    r"|يكفينا|تكفي(?=\W*(?:،|,|$))"
    r"|တလိၣ်လၢၤဘၣ်|ကးတ်ာ်လံ|ပှဲၤကတၢၢ်လံ|ဆဲးလီၤမံၤလံ"
    r"|\bhas\s+this\s+one\b|already\s+got\s+(?:plenty|enough)|(?:someone|somebody)\s+(?:already\s+)?"
    r"signed\s+up\b|\breserved\s+for\b|\bpicked\s+(?:this|it)\s+up\b|spot['’]s\s+gone"
    r"|\bis\s+bringing\s+(?:it|this|that|them|these|those)\b"
    r"|ya\s+(?:lo|la|los|las)\s+donaron|\bse\s+encarga[n]?\b(?!\s+de\s+(?:recibir|entregar|repartir))"
    r"|ya\s+contamos\s+con|reservad[oa]s?\s+para\b|alguien\s+ya\s+se\s+comprometi[oó]"
    r"|ya\s+se\s+consigui[oó]|sin\s+vacantes|ya\s+hay\s+quien|lleg[oó]\s+la\s+donaci[oó]n"
    r"|waa\s+la\s+(?:deeqay|qabtay)\b|looma\s+baahna\s+hadda|waxaa\s+loo\s+hayaa|ballan\s+qaaday"
    r"|ayaa\s+qabanaysa|muaj\s+tus\s+pab\s+lawm|tsis\s+tas\s+nqa\s+tuaj\s+lawm|twb\s+nqa\s+tuaj\s+lawm"
    r"|đã\s+đặt\s+trước|đã\s+được\s+tặng|kín\s+lịch|đã\s+mang\s+(?:tới|đến)\s+rồi"
    r"|duraan\s+qabna|waan\s+gahu\s+qabna|iddoon\s+hin\s+jiru|hin\s+fidinaa|waadaa\s+gale|fideera"
    r"|በቂ\s*\S+\s*አለን|ይዘውታል|ተጠብቋል|ቦታ\s*የለም|በቂ\s*አለ|አምጥቷል|ደርሷል"
    r"|تكف\u0651?ل(?:وا)?\s+(?:به|بها)|ستتكفل|وصلنا\s+العدد|تعه\u0651?د\s+به|متوفر\s+لدينا"
    r"|تم\u0651?\s+إيجاد|العدد\s+كاف|تم\u0651?ت\s+تغطيت\w*|تم\u0651?\s+بحمد\s+الله|أ\u064f?نجز"
    # v47: "Please, no more hammers", "لا نحتاج إلى المزيد الآن" (we need no more now), "Tenemos
    # suficientes voluntarios por ahora"
    r"|\bplease,?\s+no\s+more\b|لا\s+نحتاج\s+(?:إلى\s+)?(?:ال)?مزيد"
    r"|(?<!no\s)tenemos\s+suficientes?\s+\w+\s+(?:por\s+ahora|por\s+el\s+momento|este\s+a[nñ]o)"
    # v47: a person who has the job: "Arne has it through June", "Mai's got it", "Deb has
    # this one"
    r"|(?<!if\s)(?<!your\s)(?<!whoever\s)"
    r"\b(?!(?:nobody|no|one|who|everyone|everybody|anyone|anybody|it|that|this|he|she|they)\b)"
    r"[^\W\d_]{2,}(?:\s+[^\W\d_]\.?)?\s+(?:has|(?:['’]s\s+)?got)\s+(?:it|this(?:\s+one)?)"
    r"(?=\s+(?:through|until|till|thru|for|this|every)\b|\s*[.!,;—–-]|\s*$)"
    # v45: "Yang Family Farm is covering this one"
    r"|(?:is|are)\s+covering\s+(?:this|it|that)(?:\s+one)?\b"
    # v45: "Our list is complete for this year", "the roster is full", "the crew is set"
    r"|(?:list|roster|team|crew|schedule|sign-?up\s+sheet)\s+is\s+(?:now\s+|already\s+)?"
    r"(?:complete|full|set|closed)\b"
    # Nepali
    r"|पुगिसक्यो|पर्याप्त\s+छ|आवश्यक\s+छैन"
    # Arabic
    r"|اكتمل|مكتمل|لم\s+يعد\s+مطلوب\w*|لم\s+نعد\s+(?:بحاجة|نحتاج)|لدينا\s+ما\s+يكفي|مغلق"
    r"|تم\s+(?:ملء|شغل|تغطية|العثور)|وجدنا"
    # v32: "تمّت تغطية هذا الطلب" (this request is covered), "لدينا الآن كمية كافية" (we now
    # have enough)
    r"|تم\u0651?ت?\s+(?:ملء|شغل|تغطية|العثور)|كمية\s+كافية"
    # v59: "We now have a volunteer for every route — thank you! We'll post here if a route
    # opens up"; "Ya tenemos voluntarios para cada turno"; "Đã có người cho mọi ca"
    r"|we\s+(?:now\s+|already\s+)?have\s+(?:an?\s+|one\s+|\d+\s+)?(?:volunteers?|drivers?|someone"
    r"|somebody|people|helpers?|readers?|cooks?|coaches?)\s+for\s+(?:every|each|all\s+(?:the\s+"
    r"|of\s+the\s+|our\s+)?)\s*(?:\d+\s+)?(?:routes?|shifts?|slots?|spots?|days?|nights?|weeks?"
    r"|class(?:es)?|rooms?|stops?|tables?|sundays?|saturdays?)\b"
    r"|we(?:['’]ll|\s+will)\s+post\s+(?:here\s+|again\s+)*(?:if|when)\s+(?:a|an|one|another|any)"
    r"\s+(?:\w+\s+){0,2}(?:opens|frees)\s+up\b"
    r"|ya\s+tenemos\s+(?:un[oa]?\s+)?(?:voluntari[oa]s?|alguien|personas?|conductor(?:es)?)\s+para"
    r"\s+(?:cada|tod[oa]s\s+l[oa]s)\b"
    r"|đã\s+có\s+người\s+(?:\w+\s+)?(?:cho\s+)?(?:mỗi|mọi|tất\s+cả)\b"
    # "all 12 buildings are now covered", "every route is now taken" (v15)
    r"|\b(?:all|every)\s+(?:\d+\s+)?(?!(?:your\s+|the\s+|of\s+)?(?:costs?|expenses?|mileage|fees?"
    r"|parking|meals?|materials|supplies|gas|tuition|travel|training)\b)"
    r"(?:[^\W\d]+\s+){0,2}(?:is|are)\s+(?:now\s+)?(?:covered"
    r"|filled|taken|claimed|spoken\s+for)\b"
    # "All 25 rice cookers … have been donated" (v16)
    r"|\b(?:all|every)\s+(?:\d+\s+)?(?:[^\W\d]+\s+){0,6}(?:have|has)\s+(?:now\s+|already\s+)?"
    r"been\s+(?:donated|given|claimed|sponsored|filled|taken|adopted|picked\s+up)\b"
    # v19: no open place right now, in the languages served (authors' best effort): "no open
    # spots right now", "boos bannaan ma jiro", "waa la qaybsaday" (all handed out), "no hay
    # lugares disponibles", "tsis muaj chaw lawm", "không còn chỗ", "bakki duwwaan hin jiru",
    # "ክፍት ቦታ የለም", "لا توجد أماكن شاغرة".
    r"|no\s+open\s+(?:spots?|slots?|places?|positions?)|no\s+openings?\s+(?:right\s+)?now"
    r"|boos\s+ban(?:n)?aan\s+ma\s+jiro|ma\s+jiro\s+boos\s+ban(?:n)?aan|waa\s+la\s+qaybsaday"
    r"|no\s+(?:hay|quedan)\s+(?:lugares|cupos|espacios)(?:\s+disponibles)?"
    r"|tsis\s+muaj\s+chaw\s+(?:\w+\s+)?lawm|không\s+còn\s+chỗ|bakki\s+duwwaan\s+hin\s+jiru"
    r"|ክፍት\s*ቦታ\s*የለም|لا\s+توجد\s+أماكن\s+شاغرة"
    # Karen (S'gaw; best effort)
    # v27: "ပှဲၤလံ" (full already); v37: "ပှဲၤလၢၤ" (full); v40: "အိၣ်လၢၤလံ" (we have enough
    # already), low confidence
    r"|ပွဲ\s*လၢ\s*ဝဲ\s*လံ|ပှဲၤ\s*လံ|ပှဲၤ\s*လၢၤ"
    r"|အိၣ်\s*လၢၤ\s*လံ"
    # v27: Arabic "اكتفينا" (we have enough), "لا نحتاج إلى معاطف إضافية" (no more coats needed)
    r"|اكتفينا|لا\s+نحتاج\s+(?:إلى\s+)?(?:\S+\s+){0,2}إضافي\w*"
)
# In running text only the unambiguous forms count ("mileage is covered" is not a fill state).
# v23: the Spanish single words too -- "un remolque cerrado" is an enclosed trailer, "tiempo
# completo" full time; "ya está cubierto", "estamos completos" still say it.
V23_FILL = True
_SPANISH_SINGLE = r"|complet[oa]s?|llen[oa]s?|cubiert[oa]s?|cerrad[oa]s?"
_SPANISH_STATED = (r"|(?:(?:ya\s+)?(?:est[aá]n?|estamos|qued[oó]|quedaron|quedamos)\s+|ya\s+"
                   r"|(?:cupos?|lugares|turnos?|plazas?)\s+)"
                   r"(?:complet[oa]s?|llen[oa]s?|cubiert[oa]s?|cerrad[oa]s?)"
                   # v48: not "está llena de nieve" (full of snow), "cubierto de hielo"
                   r"(?!\s+(?:de|del|con)\b)"
                   # "Cocineras para la posada (lleno)", "Ya tenemos todas las cocineras"
                   r"|\(\s*(?:complet[oa]s?|llen[oa]s?|cubiert[oa]s?|cerrad[oa]s?)\s*\)"
                   r"|ya\s+tenemos\s+tod[oa]s\s+l[oa]s\b"
                   # "Turno del sábado: completo.", "Recepción: cubierto"
                   r"|(?:(?<=:\s)|(?<=:))(?:complet[oa]s?|llen[oa]s?|cubiert[oa]s?|cerrad[oa]s?)"
                   r"(?=\W*$)")
_SINGLE_WORDS = "filled|full|fulfilled|closed|taken|covered|sponsored|adopted|claimed|booked|"
# "filled" as a plain adjective or a form's step: "backpacks filled with supplies", "drop
# filled backpacks", "an application filled out" -- not a fill state.
_FILLED = (r"filled(?!\s+(?:with|out|backpacks?|bags?|box(?:es)?|kits?|baskets?|stockings?"
           r"|totes?|buckets?|shoeboxes|jars?|bottles?)\b)")
# Every place counted as taken (v13): "4 of 4 Saturdays taken", "6/6 signed up", "3 de 3
# cubiertos" -- the same number on both sides of the count, then a fill word.
_FULL_COUNT = (r"(?P<full_n>\d+)\s*(?:/|of|de|trong\s+số|ka\s+mid|ntawm)\s*(?P=full_n)\s+"
               r"(?:[^\W\d]+\s+){0,3}?(?:taken|filled|claimed|covered|booked|signed\s+up"
               r"|sponsored|adopted|tomad[oa]s|cubiert[oa]s|ocupad[oa]s|llen[oa]s|apartad[oa]s"
               r"|đã\s+có\s+người|đã\s+nhận|la\s+qaatay|guutame\w*|puv)")
# (v51: the same, alone, for a card whose text counts every place taken)
FULL_COUNT = re.compile(_FULL_COUNT, _I)
# "the role we most need filled", "a shift to be covered", "can be done from home": still
# open (v16, v17).
_STILL_OPEN = r"(?<!\bneed\s)(?<!\bneeds\s)(?<!\bbe\s)"  # "can be done" (v17)
# v44: "Not filled yet", "Aún no está cubierto", "Half full – 3 more", "chưa đủ", "غير محجوز"
V44_FILL = True
V55_FILL = True  # v55: developed on blind round 55
# v55: the sentence right after an ask says that ask is met: "… so this is covered", "That's
# taken care of now", "Ya está cubierto" (heuristic._covered_next reads it there only; a fill
# state anywhere is the narrower "this is covered" in FILL_SENTENCE)
COVERED_BACK = (r"\b(?:this|that|it|they)\s*(?:is|are|'s|’s|'re|’re)\s+"
                r"(?:now\s+|all\s+|already\s+)?(?:covered|taken\s+care\s+of|handled|filled|sorted)\b"
                r"|\bya\s+(?:est[aá]|fue)\s+(?:cubiert[oa]|resuelt[oa])\b")
if V44_FILL:
    _STILL_OPEN += (r"(?<!\bnot\s)(?<!\bnot\syet\s)(?<!\bnever\s)(?<!\bhalf\s)(?!(?<=\bno\s)est)"
                    r"(?<!\bchưa\s)(?<!غير\s)(?<!walakkaan\s)(?<!ግማሹ\s)(?<!\bbadh\sayaa\s)"
                    r"(?<!\bno\sestá\s)(?<!\bno\sestán\s)(?<!\bno\sesta\s)")
FILL_SENTENCE = re.compile(
    r"(?<![\w-])" + _STILL_OPEN + r"(?:" + _FULL_COUNT + "|" + _FILLED
    + r"|fulfilled|(?-i:FULL|CLOSED|TAKEN|COVERED)|"
    # v55: "Pastor Yang offered the church's tables, so this is covered" (v56: "it's covered")
    + (r"(?:this|that|it)\s*(?:is|'s|’s)\s+(?:now\s+|all\s+)?covered|" if V55_FILL else "")
    + (_FILL_WORDS.replace(_SINGLE_WORDS, "", 1).replace("|found!?", "") if not V23_FILL else
       _FILL_WORDS.replace(_SINGLE_WORDS, "", 1).replace("|found!?", "").replace(
           _SPANISH_SINGLE, _SPANISH_STATED, 1)) + r")(?![\w-])",
    _I,
)
FILL_TEXT = re.compile(r"(?<![\w-])" + _STILL_OPEN + r"(?:" + _FILL_WORDS + r")(?![\w-])", _I)
# Words that mark a fill state only as a lone badge or pill ("MATCHED", "Resolved"): in a
# sentence they mean other things ("matched gifts", "complete a background check").
# (v24: a Hmong cell "Tiav lawm", done -- in running text it also says a repair is finished)
_BADGE_ONLY = (r"tiav\s+lawm|matched|resolved|archived|expired|inactive|completed?|got\s+one"
               r"|in\s+progress"
               r"|emparejad[oa]|resuelt[oa]|archivad[oa]"
               r"|xiran"  # v25: Somali "closed", as a badge only ("xiran yahay" in hours)
               # v31: a request board's tags: "[GOT IT]", "[PAUSED]", "On hold", and a
               # neighbour's "[OFFER]" (something given, not asked for)
               r"|got\s+it|paused|on\s+hold|offer(?:ed|ing)?|met"
               # v44: a cell or pill only: "Reserved", "Received ✓", "Spoken for", "Listo ✔",
               # "Apartado", "Dhammaystiran", "Xong", "Gahaadha", "ተይዟል", "تم ✔", "برعاية …"
               r"|reserved|received|donated|spoken\s+for|handled|listo|lista|recibid[oa]s?"
               r"|apartad[oa]s?|reservad[oa]s?|tomad[oa]s?|donad[oa]s?|completad[oa]s?"
               r"|ocupad[oa]s?|dhammaystiran|(?:twb\s+)?(?:muaj|tau)\s+lawm|xong|đã\s+xong"
               r"|gahaadha|تم\u0651?|برعاية\s+.{2,40}|مغطى"
               r"|claimed|pledged|asignad[oa]s?|ku\s+filan"
               # v49: a card's "Not needed" button or pill ("Lawn mowing" … "Not needed")
               r"|not\s+needed(?:\s+(?:now|anymore|this\s+(?:year|season)))?")
# "Position filled", "Status: covered", "This shift: FULL" on a button, pill or cell.
_BADGE_LEAD = (r"(?:(?:this\s+)?(?:position|role|spot|slot|shift|request|need|item|job|opportunity"
               r"|status|puesto|turno)\s*:?\s+)?")
FILL_BADGE = re.compile(_BADGE_LEAD + r"(?:" + _FILL_WORDS + "|" + _BADGE_ONLY
                        # v31: "Filled for spring", "Covered through June"
                        + r")(?:\s+(?:for|through|thru|until|till)\s+(?:the\s+)?(?:[^\W\d_]{3,12}"
                        r"(?:\s+\d{4})?|\d{4})|\s+(?:for|to)\s+new\s+[\w-]{3,20})?"
                        r"(?:\s*[-–—!.,]?\s*(?:thank\s+you|thanks|gracias"
                        r"|mahadsanid|ua\s+tsaug|cảm\s+ơn|galatoomaa))?[!.]*[\s✓✔✅☑]*", _I)
STATUS_WORD = re.compile(r"(?:open|new|now\s+open|urgent|abierto|nuevo|furan|qhib|mở|banaa"
                         r"|ክፍት|مفتوح|active|ongoing|available)[!.]?", _I)

# A sentence or item that opens with a lone fill word: "Covered. Welcome to our new …".
FILL_START = re.compile(
    r"^\W*(?:(?:currently|now|already|presently)\s+)?(?:filled|covered|taken|closed|full|found|sponsored|done|completo|cubierto"
    r"|lleno|cumplid[oa])\b"  # v33: "¡Cumplida! Don Beto …"
    # v32: "Cubierto hasta mayo.", "Covered through March —"
    r"(?:\s+(?:until|through|thru|till|for|hasta|por)\s+(?:the\s+|el\s+|la\s+)?[^\W\d_]{3,12})?"
    r"\s*[.!:—–-]", _I)

# A count that says places remain: "1 of 4 filled", "3/5 spots taken", "2 de 6 cubiertos".
_PART_COUNT = re.compile(r"\b(\d+)\s*(?:/|of|de|trong\s+số" + (
    r"|ntawm|من|ka\s+mid" if V44_FILL else "") + r")\s*(\d+)\s+(?:(?:spots?|slots?|places?"
                         r"|shifts?|cupos?|lugares)\s+)?(?:[^\W\d]+)", _I)
# v44: the whole first, then the part: "3 keessaa 1 guutameera" (om), "ከ3 1 ተሞልቷል" (am);
# and the part after the verb: "تم شغل 1 من 3" (ar)
_PART_COUNT_WHOLE_FIRST = re.compile(r"(?:ከ\s*(\d+)\s+(\d+)|\b(\d+)\s+keessaa\s+(\d+))\s+\S+")
_PART_COUNT_AFTER = re.compile(r"\S+\s+\S+\s+(\d+)\s*من\s*(\d+)")
# v51: the verb first, then the part: "đã nhận 45 / 80 cái" (vi: received 45 of 80 so far)
V51_FILL = True
V54_FILL = True  # v54: developed on blind round 54
_PART_COUNT_VERB_FIRST = re.compile(r"(?i)(?:đã\s+)?(?:nhận(?:\s+được)?|có|quyên\s+được|góp\s+được)"
                                    r"\s+(\d+)\s*(?:/|trên|trong\s+số)\s*(\d+)")


def other_order_partial(text: str) -> bool:
    """A count that leaves places open written whole-first or after its verb (v44)."""
    for pattern, part, whole in ((_PART_COUNT_WHOLE_FIRST, (2, 4), (1, 3)),
                                 (_PART_COUNT_AFTER, (1,), (2,))):
        for m in pattern.finditer(text):
            p = next(int(m.group(i)) for i in part if m.group(i))
            w = next(int(m.group(i)) for i in whole if m.group(i))
            if p < w:
                return True
    m = re.search(r"\b(\d+)\s*(?:ntawm|ka\s+mid)\s*(\d+)", text)
    return bool(m) and int(m.group(1)) < int(m.group(2))


# v54: a filled clause set against an open one: "X have it covered, but we (still) need / are
# short on …", "Tenemos suficientes cocineros, pero nos faltan …"
_FILLED_BUT = re.compile(
    r"(?i)(?<![^.!?;\n])[^.!?;\n]{0,80}?,?\s+(?:but|pero|laakiin|tab\s+sis|nhưng|garuu)\s+"
    r"(?=(?:we|we['’]re|we\s+are|we\s+still|there|our|nos|todav[ií]a|a[uú]n|waxaan|peb|chúng\s+tôi)\b"
    r"[^.!?]{0,40}?\b(?:short|need|needs|needed|lack|low|still|falta\w*|necesit\w*|u\s+baahan\w*"
    r"|xav\s+tau|cần|barbaachis\w*)\b)")


def without_filled_contrast(text: str) -> str:
    """v54: ``text`` without a filled clause set against an open one ("The cooks have it
    covered, but we are always short on dishwashers"): what is filled is the clause before
    "but"; the need after it is open."""
    return _FILLED_BUT.sub(" ", text) if V54_FILL else text


def without_partial_counts(text: str) -> str:
    """``text`` without counts that leave places open ("1 of 4 filled" says three remain)
    and, from v54, without a filled clause set against an open one (``without_filled_contrast``):
    their fill word marks nothing as filled."""
    if V51_FILL:
        text = _PART_COUNT_VERB_FIRST.sub(
            lambda m: " " if int(m.group(1)) < int(m.group(2)) else m.group(0), text)
    text = _PART_COUNT.sub(
        lambda m: " " if int(m.group(1)) < int(m.group(2)) else m.group(0), text)
    text = without_filled_contrast(text)
    if V44_FILL:
        text = _PART_COUNT_WHOLE_FIRST.sub(lambda m: " " if int(m.group(2) or m.group(4)) < int(
            m.group(1) or m.group(3)) else m.group(0), text)
        text = _PART_COUNT_AFTER.sub(
            lambda m: " " if int(m.group(1)) < int(m.group(2)) else m.group(0), text)
    return text

# A badge or line that counts places still open (v15): "2 still needed", "Still need 1",
# "Wanted: 2", "3 spots open", "Se necesitan 2", "Faltan 3", "Còn 2 chỗ", "2 la doonayaa".
OPEN_BADGE = re.compile(
    r"^\W*(?:(?:still\s+)?(?:need(?:ed)?|wanted|open|available|se\s+necesita[n]?|falta[n]?"
    r"|queda[n]?|còn|tshuav|haray)\s*:?\s*\d{1,3}(?:\s+(?:more|spots?|places?|chỗ|lugares))?"
    r"|\d{1,3}\s+(?:more\s+)?(?:spots?\s+|places?\s+|lugares\s+|cupos\s+)?(?:still\s+)?"
    r"(?:needed|wanted|open|left|remaining|available|disponibles?|necesarios?))\W*$", _I)
