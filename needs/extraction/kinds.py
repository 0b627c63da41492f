"""What kind of need a text states, and which languages it requires.

``kind_of`` answers ``donation`` (goods or money for a named thing), ``skilled`` (a trade,
profession, or a language to interpret in), ``volunteer`` (hands-on help anyone can give),
or ``other``.  ``required_languages`` lists the ISO codes a need asks for: an interpreting
or translation need names both languages ("Somali interpreter" -> ``so``, ``en``), and "Hmong
speakers preferred" names one.  The cue words are written per language from our own
knowledge and public dictionaries; the Somali, Hmong, Oromo, Karen and Amharic ones are
the authors' best effort and may be imperfect.
"""

from __future__ import annotations

import re
import unicodedata

_I = re.IGNORECASE


def fold(text: str) -> str:
    """Lower case without accents ("Donación" -> "donacion")."""
    text = unicodedata.normalize("NFKD", (text or "").casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


# Language names as people write them, folded -> code.
LANGUAGE_WORDS: dict[str, str] = {
    "somali": "so", "soomaali": "so", "af soomaali": "so", "somalí": "so",
    "hmong": "hmn", "hmoob": "hmn", "lus hmoob": "hmn",
    "spanish": "es", "espanol": "es", "español": "es", "hispanohablante": "es",
    "vietnamese": "vi", "tieng viet": "vi", "viet": "vi",
    "oromo": "om", "afaan oromoo": "om", "oromoo": "om", "afan oromo": "om",
    "karen": "kar", "s'gaw karen": "kar", "sgaw karen": "kar", "karenni": "kar",
    "amharic": "am", "amarigna": "am", "amharico": "am",
    "arabic": "ar", "arabe": "ar", "árabe": "ar", "carabi": "ar",
    "french": "fr", "frances": "fr", "francais": "fr",
    "burmese": "my", "tigrinya": "ti", "swahili": "sw", "russian": "ru", "nepali": "ne",
    "ukrainian": "uk", "dari": "fa", "farsi": "fa", "pashto": "ps", "mandarin": "zh",
    "cantonese": "zh", "chinese": "zh", "asl": "asl", "sign language": "asl",
    "english": "en", "ingles": "en", "ingiriisi": "en", "lus askiv": "en",
    "afaan ingilizii": "en", "tieng anh": "en",
    # Native-script names.
    "አማርኛ": "am", "العربية": "ar", "ကညီ": "kar",
}
_LANG_PATTERN = re.compile(
    r"(?<![\w])(" + "|".join(sorted((re.escape(k) for k in LANGUAGE_WORDS), key=len,
                                    reverse=True)) + r")(?![\w])",
    _I,
)

# Interpreting / translation / bilingual cues in the languages served (folded).
INTERPRET = re.compile(
    r"\binterpret\w*|\btranslat\w*"
    r"|\binterpret[eé]s?\b|\btraduct\w*|\btraduc\w*"
    r"|\bturjum\w*|\bturjubaan\w*|\btarjum\w*"
    r"|\bneeg txhais lus\b|\btxhais lus\b|\bhais lus\b"
    r"|\bthong dich\b|\bphien dich\b|\bbien dich\b|\bnoi tieng\b"
    r"|\bhiikuu\b|\bhiiktuu\b|\bturjumaana\b|\bdubbat\w*"
    r"|አስተርጓሚ|ተርጓሚ|مترجم",
    _I,
)
PREFERRED = re.compile(
    r"\bpreferred\b|\ba plus\b|\bhelpful\b|\bpreferid\w*|\bde preferencia\b|\bdoorbid\w*"
    r"|\bwelcome\b|\bneeded\b|\brequired\b|\bmust\b|\bspeakers?\b|\bspeaking\b",
    _I,
)

DONATION = re.compile(
    r"\bdonat\w*|\bdonor\b|\bwish ?list\b|(?<=\w\s)drive\b|\bcollect\w*|\bdrop[- ]off\b"
    r"|\bgently used\b"
    r"|\bnew or used\b|\bnew,? unused\b|\bunopened\b|\bgift cards?\b|\bsupplies\b|\bitems?\b"
    r"|\bdonaci\w*|\bdonar\b|\bcolecta\b|\brecolect\w*|\blista de deseos\b|\bart[ií]culos\b"
    r"|\btabaruc\w*|\bdeeq\w*|\bsadaqa\w*|\bpub dawb\b|\bthov pub\b|\bkhoom\b"
    r"|\bquyen gop\b|\bung ho\b|\bdo dung\b|\bkennaa\b|\bkennii\b|\barjoom\w*"
    r"|ልገሳ|ለግሱ|تبرع"
    # Quantities and condition describe things to give: "by the box", "pairs of", "unused".
    r"|\bby the (?:box|case|pack|bag|dozen)\b|\b(?:boxes|cases|packs|pairs|bags|cartons|rolls"
    r"|bottles|cans|jars)\s+of\b|\bdisposable\b|\bin good (?:condition|shape)\b"
    r"|\bworking condition\b|\bsizes?\s+\w*\d",
    _I,
)
DONATION_GOODS = re.compile(
    r"\bdiapers?\b|\bwipes\b|\bformula\b|\bcoats?\b|\bjackets?\b|\bboots\b|\bmittens\b"
    r"|\bgloves\b|\bhats\b|\bsocks\b|\bblankets?\b|\bbeds?\b|\bmattress\w*|\bfurniture\b"
    r"|\bcribs?\b|\bstrollers?\b|\bcar seats?\b|\bbackpacks?\b|\bschool supplies\b"
    r"|\btoiletries\b|\bhygiene\b|\bsoap\b|\bshampoo\b|\btoothpaste\b|\bpads\b|\btampons\b"
    r"|\bcanned\b|\brice\b|\bflour\b|\boil\b|\bfood\b|\bgroceries\b|\bhalal\b|\bpots\b"
    r"|\bpans\b|\bdishes\b|\bkitchen\w*\b|\blaptops?\b|\btablets?\b|\bbikes?\b|\bbicycles?\b"
    r"|\btowels\b|\bsheets\b|\butensils\b|\bplates\b|\bbowls\b|\bcups\b|\bknives\b"
    r"|\bsponges\b|\bdressers?\b|\btables?\b|\bsofas?\b|\bcouch\w*|\bchairs?\b|\blamps?\b"
    r"|\bcookers?\b|\bmicrowaves?\b|\bvacuums?\b|\bbooks?\b|\bdictionar\w*|\bbags?\b"
    r"|\bwater\b|\bdates\b|\bcoffee\b|\bsugar\b|\btea\b|\bbeans\b|\bpasta\b|\bcereal\b"
    r"|\bpaper towels\b|\btoilet paper\b|\bclothing\b|\bclothes\b"
    r"|\bpa[nñ]ales\b|\babrigos\b|\bchaquetas\b|\bcobijas\b|\bmantas\b|\bropa\b|\bcomida\b"
    r"|\barroz\b|\bmuebles\b|\bcamas?\b|\bmochilas\b|\bjab[oó]n\b"
    r"|\bxafaayad\w*|\bdhar\w*\b|\bjaakad\w*|\bbustayaal\b|\bcunto\b|\bbariis\b|\bsariir\w*"
    r"|\bpaj ntaub\b|\bkhaub ncaws\b|\bmov\b|\bntaub pua\b|\btsho\b"
    r"|\btã\b|\bao am\b|\bquan ao\b|\bchan\b|\bgao\b|\bthuc pham\b"
    r"|\buffata\b|\bnyaata\b|\bsiree\b"
    # v56: walkers (vi), bags and boxes (so), a refrigerator and books (hmn), books (om)
    r"|\bkhung\s+tap\s+di\b|\bwalkers?\b|\bbacaha\b|\bsanaadiiq\w*|\bkartoon\w*|\btub\s+yees\b"
    r"|\bphau\s+ntawv\b|\bkitaabota\b"
    r"|\btools?\b|\bdrills?\b|\bshelv\w*|\bworkbench\w*|\bsewing machines?\b|\bcrock\s*pots?\b"
    r"|\bseeds?\b|\bcoolers?\b|\bfreezers?\b|\bfridges?\b|\bfans\b|\bheaters?\b|\bmarkers\b"
    r"|\bnotebooks\b|\bcuffs\b|\bcomputers?\b(?!\s+(?:class|skills|help|teach))|\bsupplies\b"
    r"|\bmashiin\w*|\bmaashin\w*|\bnoi\b|\bchao\b|\bgao\b|\bdau an\b|أواني|ملابس|بطانيات|ल्यापटप"
    # v21: shelf food, snacks and personal care, in the languages served
    r"|\bsnacks?\b|\bcrackers\b|\bpopcorn\b|\bgranola\b|\bjuice\b|\bmilk\b|\bpeanut\s+butter\b"
    r"|\bsoup\b|\btuna\b|\bsalmon\b|\bchicken\b|\bfruit\b|\bmacaroni\b|\bnoodles\b|\bramen\b"
    r"|\boatmeal\b|\bbaby\s+food\b|\bspices\b|\bdeodorant\b|\brazors\b|\btoothbrush\w*"
    r"|\blotion\b|\bunderwear\b|\bscarves\b|\bhand\s+warmers\b|\bfrijoles\b|\bharina\b"
    r"|\baceite\b|\bleche\b|\bgalletas\b|\bcaano\b|\bsonkor\b|\bsaliid\b|\bbaasto\b"
    r"|\bsua\b|\bkhoom\s+noj\b|\bzaub\b|\bmasa\b"
    # v58: Vietnamese household things: a fridge, folding chairs, a washer, a bicycle, a bed
    r"|\btu\s+lanh\b|\b(?:chiec|cai)\s+ghe\b|\bghe\s+(?:xep|ngoi)\b|\bmay\s+giat\b|\bxe\s+dap\b"
    r"|\bgiuong\b|\bchan\s+men\b",
    _I,
)
SKILLED = re.compile(
    r"\binterpret\w*|\btranslat\w*|\blawyers?\b|\battorneys?\b|\bparalegals?\b|\blegal\b"
    # v58: a sound system's operator ("phụ trách âm thanh"), a health educator, law experience
    r"|\bsound\s+(?:system|board|tech\w*|engineer\w*)|\bam\s+thanh\b|\beducators?\b"
    r"|\bimmigration[- ]law\b|\bexcel\b|\bgoogle\s+sheets\b|\bspreadsheets?\b"
    r"|\bnurses?\b|\bdoctors?\b|\bphysicians?\b|\bdentists?\b|\bmedical\b|\bclinician\w*"
    r"|\bpharmacist\w*|\bcounsel\w*|\btherapists?\b|\bsocial workers?\b|\bpsycholog\w*"
    r"|\btutor\w*|\bteach\w*|\binstructors?\b|\bESL\b|\bcitizenship\b|\bmentors?\b"
    r"|\baccountants?\b|\bbookkeep\w*|\bCPA\b|\btax\b|\btaxes\b|\bVITA\b|\bfinancial\b"
    r"|\belectricians?\b|\bplumb\w*|\bcarpent\w*|\bhandy\w*|\brepairs?\b"
    r"|\bcontractors?\b(?!\s+(?:bags?|grade))"  # (v55: not "contractor bags")
    # v55: proofreading, audio editing and sound mixing, dietitians, piano tuners, social
    # media (es), a Vietnamese "hướng dẫn viên" (instructor), Amharic "መምህር" (teacher)
    r"|\bproofread\w*|\bedit\s+(?:audio|video)|\baudio\s+edit\w*|\bsound\s+mixing\b"
    r"|\bdietitians?\b|\bnutritionists?\b|\bpiano\s+tuner\b|\bredes\s+sociales\b"
    r"|\bhuong\s+dan\s+vien\b|መምህር\w*"
    # v56: filming and video editing (vi), a pharmacist (vi), FAFSA help, bike repair (es),
    # Arabic storytelling read fluently, a site builder, a carpenter (so), roofing (hmn), judges
    # with a background in a field (not "bilingual" alone: bilingual volunteers at a desk
    # stay volunteers, as the fixture sites have them)
    r"|\bquay\s+phim\b|\bdung\s+video\b|\bduoc\s+si\b|\bfafsa\b|\breparacion\b|\bstorytell\w*"
    r"|\bfluent\w*|\bwix\b|\bwordpress\b|\bnijaar\w*|\bru\s+tsev\b|\bjudges?\b"
    r"|\bbackground\s+in\b"
    r"|\bmechanics?\b|\bcomputer\w*|\btech\w*|\bwebsite\b|\bweb\b|\bsoftware\b"
    r"|\bgrant ?writ\w*|\bphotograph\w*|\bvideograph\w*|\bgraphic design\w*|\bdesigners?\b"
    r"|\bsocial media\b|\bmarketing\b|\bcoach\w*|\bengineers?\b|\barchitects?\b"
    r"|\bint[eé]rpretes?\b|\btraduct\w*|\babogad\w*|\benfermer\w*|\bm[eé]dicos?\b"
    r"|\btutor\w*|\bmaestr\w*|\bprofesor\w*|\bcontador\w*|\bimpuestos\b|\belectricist\w*"
    r"|\bplomer\w*|\bcarpinter\w*|\bturjum\w*|\bqareen\w*|\bkalkaaliso\b|\bdhakhtar\w*"
    r"|\bmacallin\w*|\bbarbaraa\b|\bneeg txhais lus\b|\bkws\b|\bxib fwb\b|\bkws kho mob\b"
    r"|\bthong dich\b|\bphien dich\b|\bluat su\b|\by ta\b|\bbac si\b|\bgia su\b|\bgiao vien\b"
    r"|\bbarsiisaa\b|\bogeessa\b|\bnarsii\b|\bhakiim\w*|\babukaatoo\b"
    r"|\btababar\w*|\bxisaab\w*|\bqareen\w*|\binjineer\w*|\bkoronto\w*|\bkoodh\w*"
    r"|\bxib\s+fwb\b|\bkws\s+\w+|\bqhia\s+ntawv\b|\bsau\s+ntawv\b"
    r"|\bgiao\s+vien\b|\bke\s+toan\b|\btho\s+\w+|\bthong\s+dich\b|\bday\s+(?:hoc|kem)\b"
    r"|\bmusic\w*|\bmusicos\b|\bcatequist\w*|\bmaestr\w*|\bcoro\b|\bpianist\w*"
    r"|\bdesign\w*|\bwebsite\w*|\bcoding\b|\bpython\b|\bwriter\b|\bwriting\b"
    r"|\bquickbooks\b|\btreasurer\b|\bkeyboard\w*|\borgan(?:ist)?\b|\bguitar\w*|\bdrum\w*"
    r"|\broof\w*|\bsharpen\w*|\bfixers?\b|\bwelder\w*|\bcdl\b|\bmedicare\b|\bpaperwork\b"
    r"|\bentrenador\w*|\barbitr\w*|\breferees?\b|\bturjubaan\w*|\bmacalli\w*|\bbarsiis\w*"
    r"|\bthay\s+co\b|\bday\s+tieng\b|\bnhac\s+cong\b|\bhiika\w*|\bhiikt\w*"
    r"|\blicensed\b|\bcertified\b|\bcertification\b|\bcredential\w*|\bexperienced\b"
    r"|\bskilled\b|\bprofessional\b|\bretired\s+(?:teacher|nurse|doctor|lawyer|engineer)"
    r"|መምህር|አስተማሪ|ሐኪም|ሀኪም|ነርስ|አስተርጓሚ|ሒሳብ|ሂሳብ|ባለሙያ|ኤሌክትሪክ"
    r"|معلم|طبيب|ممرض|محامي|مترجم|محاسب|كهربائي",
    _I,
)
VOLUNTEER = re.compile(
    r"\bvolunteer\w*|\bhelpers?\b|\bhands\b|\bshifts?\b|\bsign ?up\b|\bdrivers?\b|\bdriv\w*"
    r"|\bsort\w*|\bpack\w*|\bcook(?:s|ing)?\b|\bcrew\b|\bteam\b|\baides?\b|\brides?\b"
    r"|\bempac\w*|\bclasific\w*|\brepart\w*|\btransport\w*|\bpuesto\b|\bdishwash\w*|\bserv\w*|\bdeliver\w*|\bmov\w*|\bclean\w*|\bsetup\b"
    r"|\bset up\b|\bgreeters?\b|\bvisit\w*|\bshovel\w*|\bgarden\w*|\bchildcare\b|\bbabysit\w*"
    r"|\bpersonas\s+(?:con|que)\b|\bllevar\b|\bacompa[nñ]ar\b|\bvisitar\b"
    r"|\bvoluntari\w*|\bayuda\w*|\bmutadawac\w*|\bisku xil\w*|\bpab dawb\b|\btuaj pab\b"
    r"|\btsav tsheb\b|\bpab\b|\bdarawal\w*|\bwadis\w*|\bconduc\w*|\bchofer\w*|\blai xe\b"
    r"|\btinh nguyen\b|\btola ooltota\b|\btola\b|\bgargaar\w*|ፈቃደኛ|متطوع"
    r"|سائق|مساعد"  # v37: Arabic "driver(s)", "helper(s)"
    r"|\bescorts?\b|\bchaperon\w*|\bgrill\s+masters?\b",  # v49
    _I,
)


# "Transporte de donaciones", "Sort donated coats": a task on donations is hands-on help.
_TASK = re.compile(r"\b(?:transport\w*|sort\w*|pack\w*|deliver\w*|pick\s*up|drivers?|crew|team"
                   r"|volunteers?|helpers?|empac\w*|clasific\w*|repart\w*|voluntari\w*|unload\w*"
                   r"|load\w*)\b", _I)
# "No experience needed", "we train": the need is open to anyone.
_NO_SKILL = re.compile(r"\bno\s+(?:\w+\s+)?(?:experience|skills?|training|certification|cdl)"
                       r"(?:\s+(?:is\s+|are\s+)?(?:needed|necessary|required))?", _I)


def required_languages(text: str, page_language: str = "") -> list[str]:
    """ISO codes of the languages ``text`` asks for ([] when it asks for none)."""
    folded = fold(text)
    raw = (text or "").lower()
    names: list[str] = []
    for match in _LANG_PATTERN.finditer(folded):
        code = LANGUAGE_WORDS.get(match.group(1).lower())
        if code and code not in names:
            names.append(code)
    for word, code in LANGUAGE_WORDS.items():
        if not word.isascii() and word in raw and code not in names:
            names.append(code)
    interpreting = bool(INTERPRET.search(folded) or INTERPRET.search(raw)
                        or re.search(r"\bbilingu\w*|\blaba\s+luqadood\b|\bsong\s+ngu\b", folded))
    if not names:
        return []
    if interpreting:
        out = [c for c in names]
        if "en" not in out:
            out.append("en")
        if len(out) == 1 and page_language and page_language not in out:
            out.append(page_language)
        return sorted(set(out))
    # A language named beside "speakers", "preferred", "bilingual"… is wanted, too.
    if PREFERRED.search(folded) or re.search(r"\b(?:speak|habl|hadl|hais)\w*", folded):
        return sorted({c for c in names if c != "en"} or set(names))
    return []


V19_KINDS = True  # v19: places are "other"; a title ending in a role is hands-on help
V54_KINDS = True  # v54: know-how, credentials and more goods words (developed on round 54)

# v54: a skill named by knowing how ("someone who knows how to fix", "que sepa reparar",
# Hmong "paub kho" / "paub ua", Somali "yaqaan", Vietnamese "biết sửa", Oromo "beekan"), a
# trade named by its agent ("piano player", "sound operator", "technician"), a health worker
# ("promotoras de salud"), on the folded title (bilingual helpers stay volunteers) (the
# non-English wordings are my own, from dictionaries)
_KNOW_HOW = re.compile(
    r"\bwho\s+knows\s+(?:how\s+to|about)\b|\bknows?\s+(?:how\s+to\s+)?(?:fix|repair|build|wire)\b"
    r"|\bque\s+sepa\w*\b|\bpaub\s+(?:kho|ua|txua|xaws)\b|\byaqaan\w*|\bbiet\s+(?:sua|lam|day)\b"
    r"|\bbeekan?\w*\b|\b(?:piano|organ|guitar|keyboard|violin)\s+players?\b|\boperators?\b"
    r"|\btechnicians?\b|\bservic(?:e|ing)\s+(?:the\s+|our\s+)?(?:furnace|boiler|van|bus|truck)"
    r"|\bpromotor[ae]s?\b", _I)
# v54: a credential the body asks for ("with a Class B CDL", "licensed", "certified"), which
# makes a driver or a helper a skilled need
_CREDENTIAL = re.compile(r"\bclass\s+[abc]\b|\bcdl\b|\blicensed\b|\bcertified\b"
                         r"|\bcertification\s+required\b|\bcredential\w*", _I)
# v54: goods the lists above missed, folded: a crib and a car seat (es), laptops (om "laptooppii"),
# books (vi "sách"), diapers (ar), a bed / a blanket (am), crates and fabric
_MORE_GOODS = re.compile(
    r"\bcunas?\b|\basientos?\s+(?:de|para)\s+(?:carro|auto|coche)\b|\blaptop\w*|\blaptooppii\w*"
    r"|\bsach\b|حفاض|አልጋ|ብርድ\s*ልብስ|\bcrates?\b|\bfabric\b|\brow\s+cover\b"
    r"|\bprinters?\b|\btoner\b|\bvans?\b(?!\s+driver)"
    # v55: passes, stamps and bags given (not "contractor" the trade), wheelchairs, school bags,
    # turkeys, hymnals: "Trailblazer Transit bus passes", "contractor bags", "xe lăn",
    # "Boorsooyinka dugsiga", "الحقائب المدرسية", "Pavos"
    r"|\b(?:bus|transit|ride)\s+(?:pass(?:es)?|cards?)\b|\bpostage\s+stamps?\b"
    r"|\b(?:contractor|trash|garbage)\s+bags?\b|\bxe\s+lan\b|\bboorso\w*|حقيب\w*|حقائب"
    r"|\bpavos?\b|\bturkeys?\b|\bhymnals?\b", _I)
# v54: hands-on verbs the volunteer list missed: hauling, loading, ushers
_MORE_HANDS = re.compile(r"\bhaul\w*|\bunload\w*|\bushers?\b|\bujier[ae]s?\b", _I)

# A place or ground the organization asks for (v19): "Land to lease", "Practice space",
# "A gym for winter practice", "Storage space", "Local de reuniones".
_PLACE = re.compile(
    r"\b(?:land|acres?|(?:practice|meeting|storage|office|shop|classroom|event|program"
    r"|garden|farm|parking)\s+space|gym(?:nasium)?|warehouse|building\s+to\s+(?:rent|lease)"
    r"|to\s+(?:lease|rent)|local\s+(?:de|para)|terreno|espacio|bodega|dhul|meel|av\s+ua\s+teb|chỗ\s+(?:họp|tập)"
    r"|lafa|ardii|መሬት|ቦታ|أرض|مساحة|قاعة)\b")
# The title's last word names who is wanted (v19): "Kindergarten room assistant", "Hallway
# monitor", "Tent crew".
_ROLE_END = re.compile(
    r"\b(?:assistants?|aides?|monitors?|helpers?|crew|hosts?|greeters?|runners?|captains?"
    r"|ushers?|chaperones?|companions?|buddies|buddy|sorters?|packers?|stockers?|servers?"
    r"|cooks?|drivers?|tutors?|mentors?|coaches?|referees?|marshals?|attendants?|cashiers?"
    # v58: "Library book shelvers", "Produce baggers" (not the shelves and bags they handle)
    r"|shelvers|baggers|stackers|loaders|bakers|knitters|quilters|sweepers|shovell?ers|movers"
    r"|readers|callers|visitors|decorators)$")


def kind_of(title: str, description: str = "") -> str:
    """``donation``, ``skilled``, ``volunteer`` or ``other`` for one need."""
    head = fold(title)
    body = _NO_SKILL.sub(" ", fold(f"{title}\n{description}"))
    if SKILLED.search(head) or (V54_KINDS and _KNOW_HOW.search(head)):
        return "skilled"
    if V54_KINDS and _CREDENTIAL.search(body) and not DONATION_GOODS.search(head):
        return "skilled"  # "Monthly pickup: driver" over "… a driver with a Class B CDL"
    if V54_KINDS and _MORE_HANDS.search(head):
        return "volunteer"  # "people with pickup trucks who can haul furniture"
    if V54_KINDS and _MORE_GOODS.search(head) and not VOLUNTEER.search(head):
        return "donation"
    if V19_KINDS and _PLACE.search(head) and not VOLUNTEER.search(head):
        return "other"
    if V19_KINDS and _ROLE_END.search(re.split(r"\s+[—–-]\s+|[:(]", head)[0].strip()):
        return "volunteer"
    if (DONATION.search(head) and not _TASK.search(head)) or (
            DONATION_GOODS.search(head) and not VOLUNTEER.search(head)):
        return "donation"
    if VOLUNTEER.search(head):
        return "volunteer"
    if SKILLED.search(body):
        return "skilled"
    if DONATION.search(body) or DONATION_GOODS.search(body):
        return "donation"
    # A need with no word of any kind is most often hands-on help (what most pages ask for).
    return "volunteer"


def names_a_role(text: str) -> bool:
    """The text names a skill or a hands-on task (not just a thing)."""
    folded = fold(text)
    return bool(SKILLED.search(folded) or VOLUNTEER.search(folded))
