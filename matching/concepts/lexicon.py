"""Cue lexicons per activity, trait and requirement, written per language.

Every pattern is a regular expression over *folded* text (``text.fold``: lower case, Latin
accents removed, ``đ`` -> ``d``; Ethiopic and Myanmar script untouched).  Patterns for the
Latin-script languages carry their own ``\\b`` word boundaries; ``S(...)`` marks a literal
Ethiopic (Amharic) or Myanmar-script (Karen) fragment, matched as a substring because those
scripts' vowel signs are not "word" characters for the regex engine.

The cues were written by the developers from grammars, dictionaries and common phrasing,
not by native speakers: the Spanish and Vietnamese ones should be sound, the Somali and
Hmong ones fair, the Oromo, Amharic and Karen ones a best effort (Karen profiles usually
carry English words too, which the English cues catch).  A cue lexicon is precise but never
complete: what it misses, the embedding layer (``matching.concepts.embedding``) guesses.

``CONTEXT`` rewrites phrases whose words would otherwise be read as an activity: "medical
appointments" is where a driver goes, not medical work; "interpreters are provided" means
the need does *not* want interpreters.  ``MEMBER_CONTEXT`` applies to profiles only ("I
interpreted at legal clinics": the clinic is where, not what).
"""

from __future__ import annotations

import re


class S(str):
    """A literal fragment in a non-Latin script (substring match)."""


def _compile(patterns) -> re.Pattern | None:
    parts = [re.escape(p) if isinstance(p, S) else f"(?:{p})" for p in patterns]
    return re.compile("|".join(parts)) if parts else None


# --- context rewrites -----------------------------------------------------------------------

CONTEXT: list[tuple[str, str]] = [
    # Where a driver takes people is not medical work.
    (r"\b(medical|doctor'?s?|clinic|hospital|dental|dentist|health|therapy) "
     r"(and \w+ )?appointments?\b", " appointments "),
    (r"\b(to|at) (the )?(clinic|hospital|doctor|dentist)s?( and (the )?(clinic|hospital|"
     r"doctor|dentist|pharmacy)s?)? appointments\b", " appointments "),
    (r"\b(ride|rides|lift|lifts|trips?|visits?|go|get|going|getting|them|people|seniors|elders)"
     r" to (see )?(the |their |a )?(doctor|dentist|clinic|hospital|pharmacy)('?s)?\b",
     r" \1 to appointments "),
    (r"\bcitas (medicas|con el medico|al medico)\b", " citas "),
    (r"\b(al|con el) (medico|doctor)\b", " a la cita "),
    (r"\bballamaha (dhakhtarka|caafimaadka|isbitaalka)\b", " ballamaha "),
    # so "dhakhaatiirta ilkaha" (dentists) are not physicians
    (r"\bdhakh(aatiir|tar)\w* ilk\w*", " dentist "),
    (r"\b(beellama|ballama|ballamaa|beellamaa) (doktoraa|fayyaa|hakiimaa|hospitaalaa)\b",
     " beellama "),
    (r"\b(mus )?ntsib kws kho mob\b", " mus ntsib "),
    (r"\bmus kho mob\b", " mus "),
    (r"\bdi kham (benh)?\b", " di "),
    (S("ሐኪም ቀጠሮ"), " ቀጠሮ "), (S("ወደ ሐኪም ቤት"), " ወደ ቀጠሮ "), (S("ወደ ሐኪም"), " ወደ ቀጠሮ "),
    # "translate" for spoken help at a meeting is interpreting.
    (r"\btranslat\w* (at|for|during) (\w+ )?(appointments|meetings|visits|conferences|"
     r"clinics?|hospitals?|doctors?|parents|court)\b", r" interpret \1 \3 "),
    # vi "Việt - Anh" (a language pair, as in "thông dịch Việt-Anh") names both languages.
    (r"\bviet ?[-/] ?anh\b", " tieng viet tieng anh "),
    # hmn "me nyuam" (child) is also written "menyuam": one spelling for the cues.
    (r"\bme nyuam\b", "menyuam"),
    # "our food shelf website", "the food bank's newsletter": the organization that owns
    # the thing to be built or fixed, not food-shelf work (blind round 15).
    (r"\bfood (shelf|shelves|bank|pantry)('?s)? (?=(website|web ?site|web ?pages?|newsletter|"
     r"social media|books|bookkeeping|database|logo|flyers?|facebook|instagram|sign-?up form|"
     r"computers?|network|printer)\b)", " "),
    (r"\banh ?[-/] ?viet\b", " tieng anh tieng viet "),
    (r"\bmeals on wheels\b", " deliver "),
    # vi "cắt tóc" (cut hair) and "cắt cỏ" (mow grass): "cat" is not a cat.
    (r"\bcat toc\b", " haircut "), (r"\bcat co\b", " yard work "),
    # hmn "noj peb caug" is the New Year festival, not cooking ("noj" is to eat).
    (r"\b(ua )?noj (tsiab )?peb caug\b", " hmong new year "),
    # Cooking oil is an item, not a cook; a driver's licence or permit test is not driving.
    (r"\bcooking oil\b", " oil "), (r"\baceite de cocina(r)?\b", " aceite "),
    (r"\b(driver'?s?|driving) (licen[cs]e|permit|ed|education|test)s?\b", " licence test "),
    (r"\b(permit|road) tests?\b", " licence test "),
    (r"\brukhsadda darawal\w*", " licence test "), (r"\bdaim ntawv tsav tsheb\b", " licence "),
    (r"\bbang lai( xe)?\b", " licence "),
    (r"\b(yard|leaf|leaves|garden|lawn|fall) clean[- ]?ups?\b", " yard work "),
    (r"\bdeliver(s|ing)? (hot )?meals\b", " deliver "),
    (r"\bcareer counsel\w*", " career coach "),
    (r"\b(computer|phone|laptop) repair\w*", " computer "),
    # "Somali and Spanish interpreters on site": provided, not wanted ("needed on site" is
    # not matched: the verb must be absent or say they are there).
    (r"(^|[.!?;:\n]\s*)((\w+ (and|or|y|&) )?\w+ )?interpreters? (are |is |will be )?(provided|on "
     r"site|on hand)\b(?! (needed|wanted))", r"\1 "),
    (r"\binterpreters? (are|is|will be|can be|have been) (provided|available|on site|on hand|"
     r"present|arranged|scheduled|covered)\b( separately)?", " "),
    (r"\byou (do not|don'?t) need to speak (another|a second|any other) language\b",
     " no language needed "),
    (r"\b(habra|hay|se (proporcionan|ofrecen|proveen)) interpretes\b", " "),
    (r"\binterpretes (\w+ )?(disponibles|en el sitio|presentes)\b", " "),
    (r"\btenemos interpretes\b", " "),
    (r"\b(not enough to|can'?t|cannot|do not|don'?t|does not|no) (\w+ )?interpret\w*", " "),
    (r"\b(medical|legal|court|court-certified|certified|school|community|hospital|phone) "
     r"(interpret|translat)", r" \2"),
    (r"\binterprete(s)? medic[oa]s?\b", r" interprete\1 "),
    (r"\bropa de bebe\b", " articulos de bebe "),
    (r"\bbaby (clothes|clothing)\b", " baby items "),
    (r"\bnursing homes?\b", " care home "),
    (r"\bmoving (into|in to|to|from)\b", " going into "),
    # "Truck day", "our delivery truck arrives", "unload the truck": the truck is the
    # pantry's, not one the volunteer must bring.
    (r"\b(truck|van|semi) (day|arrives|arrival|comes|deliver(y|ies)|unload\w*)\b", " delivery "),
    (r"\b(delivery|food bank|grocery|semi|our|the pantry'?s?) (truck|van|trailer)s?\b",
     " delivery "),
    (r"\bunload(ing)? (\w+ ){0,2}(trucks?|vans?|trailers?|pallets?)\b", " unload cargo "),
    # A painting class is art, not house painting.
    (r"\bpainting (class|classes|lessons?|sessions?|workshops?|club)\b", " art class "),
    (r"\b(work|works|working|look|looks|display|load)s? (well |properly )?on (phones|mobile|"
     r"smartphones|tablets)\b", " mobile friendly website "),
    (r"\bntaus computer\b", " office typing "),
    # so "u hagaan baabuurta" (guide the cars to the parking): parking help, not driving
    (r"\bhag(aan|a|id|ista)\w* (\w+ )?baabuur\w*", " parking "),
    (r"\b(park(ing)? (lot )?(attendants?|helpers?|crew)|direct(ing)? (traffic|parking))\b",
     " parking "),
    # "Af-Soomaali looma baahna", "you don't need to speak Karen": no language required
    (r"\b(af[- ]?soomaali|luqad)\w* (\w+ )?looma baahna\b", " no language needed "),
    # so "u qaadaan miisaska" (carry the tables) is not giving rides; "waa la soo
    # dhaweynayaa" (all are welcome) is not a reception desk
    (r"\bu qaad\w* (\w+ )?(miis|kuraas|roog)\w*", " carry event tables "),
    (r"\b(waa|waana|dhammaan) (\w+ )?(la|lagu) soo dhawey\w*", " welcome "),
    (r"\b(you )?(do not|don'?t) need to (speak|know) (\w+ )?(karen|somali|hmong|spanish|"
     r"vietnamese|oromo|amharic|arabic|another language|a second language)\b",
     " no language needed "),
    (r"\b(trabajo|trabaja) (\w+ ){0,5}en una oficina de\b", " trabajo en "),
    # kar: taking elders to the doctor is where a driver goes
    (r"လဲၤ\s?doctor", " appointments "),
    # so: driving elders "to the shop or the doctor" is where a driver goes
    (r"\b((wado|wadi|waday|geeyo|geyn|qaado)( \w+){0,3}) (dhakhtarka|isbitaalka)\b",
     r"\1 ballamaha"),
    # Working "over email and video calls", "using your own computer": how, not what.
    (r"\b(over|by|via|through) (email|phone|zoom|video calls?)( and (email|phone|zoom|video "
     r"calls?))?\b", " remotely "),
    (r"\b(siv|use|using) (tau )?(koj|your) (lub )?(own )?computer\b", " from home "),
    # Moving rocks and cutting brush on a trail is trail work, not moving house.
    (r"\b(moving|hauling|carrying) (\w+ )?(rocks|stones|logs|brush|dirt|mulch|soil|gravel)\b",
     " trail work "),
    # A citizenship (naturalization) interview is the civics test, not a job interview.
    (r"\b(citizenship|naturali[sz]ation|uscis|civics|n-?400) (test |exam )?interviews?\b",
     " citizenship test "),
    (r"\bentrevista (de|para la) (ciudadania|naturalizacion)\b", " ciudadania "),
    # "set up, cooking and clean up" at an event is an event crew, not a litter clean-up.
    (r"\bset ?up(,| and| &| y| iyo| thiab| va)? (\w+ ){0,3}clean(ing)? ?up\b", " event setup "),
]

MEMBER_CONTEXT: list[tuple[str, str]] = [
    # "at legal clinics", "in hospitals": where they worked, not what they do.
    (r"\b(at|in|for) (the |a |our )?([a-z-]+ ){0,2}(clinics?|hospitals?|schools?|courts?|"
     r"visits?)\b", " "),
    # "though I'm not a licensed electrician": a profession the member says they lack.
    (r"\b(not|no longer|never been) an? (licensed |certified |registered |trained |"
     r"professional |qualified )?[a-z-]+", " "),
    (r"\bno soy (un |una )?(\w+ )?\w+", " "),
    # Giving time or skills for free is not giving goods: "donate labor", hmn "pub dawb".
    (r"\bdonat\w* (my |our |their |his |her )?(labou?r|time|skills?|services?|expertise|hours)\b",
     " volunteer "), (r"\bpub dawb\b", " free "), (r"\bgratis\b", " free "),
    # Watching a sport (on TV, at a bar) is not playing or coaching it.
    (r"\b(watch(ing|es)?|daawash\w*|daawad\w*|daawo|ver|mirar|xem|saib)\b (\w+ ){0,3}(soccer|"
     r"football|basketball|games?|matches|premier league|futbol|partidos|kubadda cagta|bong da|"
     r"ncaws pob|pob ncaws|tv|movies|peliculas|filimada|phim)\b(\w| )*", " "),
]

# --- activities -------------------------------------------------------------------------------

ACTIVITY_CUES: dict[str, list] = {
    "food_shelf": [
        r"\bfood (shelf|shelves|bank|banks|pantry|pantries|closet)\b", r"\bpantr(y|ies)\b",
        r"\bsort(ing|s)? (\w+ ){0,2}(food|groceries|donations|produce|cans)\b",
        r"\bpack(ing|s)? (\w+ ){0,2}(food|grocery|groceries)( boxes)?\b",
        r"\bpack(ing|s)? (\w+ )?boxes\b", r"\b(food|grocery) (boxes|distribution)\b",
        r"\bdistribution days?\b", r"\bstock(ing|s)? shelves\b",
        r"\bunload(ing|s)? (\w+ )?trucks?\b", r"\bhand(ing)? out (food|groceries)\b",
        r"\bunload cargo\b", r"\bsort(ing|s)? (\w+ ){0,3}(clothes|clothing|donated items)\b",
        r"\bfree (store|clothing store|clothes closet)\b", r"\bclothes closet\b",
        r"\bdhar(ka)? (\w+ )?(kala )?sooc\w*", r"\b(clasificar|ordenar|doblar) (la )?ropa\b",
        # es
        r"\bbanco de (alimentos|comida)\b", r"\bdespensa\b",
        r"\bempac(ar|o) (\w+ ){0,2}(cajas|comida|alimentos)\b",
        r"\bclasific(ar|o) (\w+ ){0,2}(comida|alimentos|donaciones)\b",
        r"\b(repartir|distribuir|distribucion de|reparto de) (\w+ )?(comida|alimentos|"
        r"despensas?)\b",
        r"\bcajas de comida\b",
        # so
        r"\bbangiga cunt\w*", r"\bbangi cunt\w*", r"\bkala sooc\w*", r"\bxirxir\w*",
        r"\bqaybin(ta)? (\w+ )?cunt\w*", r"\bcuntada (\w+ ){0,3}(lagu )?qaybi\w*",
        r"\bbakhaar\w* cunt\w*",
        r"\bbac(aha|o) (\w+ )?buuxi\w*", r"\bsanaadiiq\w*",
        # hmn
        r"\bchaw faib (khoom noj|zaub mov)\b", r"\bfaib (khoom noj|zaub mov|mov)\b",
        r"\bntim (khoom noj|zaub mov|thawv)\b", r"\bcais khoom noj\b",
        # vi
        r"\bngan hang thuc pham\b", r"\bphan loai (do an|thuc pham)\b",
        r"\bdong (goi|hop) (\w+ )?(thuc pham|do an)\b", r"\bphat (thuc pham|do an)\b",
        # om
        r"\bbaankii nyaataa\b", r"\bnyaata (\w+ )?(qoqqood\w*|raabs\w*)", r"\braabsa nyaataa\b",
        # am
        S("የምግብ ባንክ"), S("ምግብ ማከፋፈ"), S("ምግብ መደርደር"),
        # kar: hand out food
        r"နီၤလီၤ\s?(\S+\s)?တၢ်အီၣ်",
    ],
    "meals": [
        S("አብሳዮች"), S("ምግብ ማቅረብ"), S("ምግብ የሚያቀርቡ"), S("ወጥ ለማዘጋጀት"), S("እንጀራ"),
        S("አስተናጋጆች"),
        r"\bcook(s|ing|ed)?\b", r"\bchefs?\b",
        r"\bkitchens?\b(?! (tables?|items|supplies|chairs|sets?|utensils|things|stuff|ware|"
        r"goods))", r"\bmeal ?prep\b",
        r"\b(hot|community|free|warm) (meals?|dinners?|lunch(es)?)\b", r"\bmeals\b",
        r"\bserv(e|ing|es) (\w+ ){0,2}(dinner|lunch|breakfast|meals?|food|supper)\b",
        r"\bbak(e|ing|er|ers)\b", r"\bcatering\b", r"\bcommunity (dinner|lunch|supper)\b",
        # es
        r"\bcocin\w*", r"\bcomida caliente\b", r"\b(preparar|servir) (la |las )?comidas?\b",
        r"\b(hago|hacer|preparo|preparar) (\w+ ){0,2}(comida|tamales|pupusas|pan|postres|"
        r"platillos)\b",
        r"\bpreparar (el |la )?(almuerzo|desayuno|cena)\b",
        # so
        r"\bcunto kari\w*", r"\bkari(n|nta|s|sa|ye|yayaal|yaha|yo|na)\b", r"\bkari karaa\b",
        r"\bjikad\w*",
        # hmn
        r"\bua noj\b", r"\bua (tau )?(zaub )?mov\b", r"\bchav ua noj\b",
        # vi
        r"\bnau (an|com|nuong)\b", r"\bdau bep\b", r"\bphuc vu (bua an|com)\b",
        # om
        r"\bnyaata (\w+ ){0,3}qopheess\w*", r"\bqopheessuu nyaataa\b",
        r"\bnyaata (\w+ ){0,3}bilcheess\w*", r"\bnau (pho|bun|xoi|che|mon)\b",
        # kar / am
        S("ဖီမ့ၤ"), S("ဖီတၢ်အီၣ်"), S("ဖီအီၣ်တၢ်"),
        S("ማብሰል"), S("አብሳይ"), S("ምግብ ማዘጋጀት"), S("የምግብ ዝግጅት"), S("የሚያበስሉ"),
        S("ወጥ ቤት"),
    ],
    "driving": [
        r"\bdrivers?\b", r"\bdriving\b", r"\b(i|can|could|will|to|and|or|also) drive\b",
        r"\bdrive (\w+ ){0,2}(seniors|elders|elderly|people|neighbou?rs|patients|residents|"
        r"families|them|clients|kids|children|refugees|veterans)\b", r"\bdrive for\b",
        r"\b(give|giving|offer|offering) (\w+ )?(rides?|lifts?)\b", r"\brides? (to|for)\b",
        r"\btransport(ing)? (\w+ ){0,2}(seniors|elders|people|patients|residents|families)\b",
        r"\bdeliver(ing|s)? (\w+ ){0,2}(food|meals|groceries|boxes|them|to|medicine|"
        r"prescriptions|furniture)\b", r"\bdeliver\b",
        r"\bdelivery (drivers?|volunteers?|routes?)\b",
        r"\b(grocery|food|meal|medicine|prescription) deliver(y|ies)\b",
        r"\bbring(ing)? (\w+ ){0,2}(groceries|food|meals) to\b",
        r"\bdrop(ping)? (them )?off\b", r"\bchauffeur\w*",
        # es
        r"\bconduc(tor|tores|tora|toras|ir|e|iendo)\b", r"\bchofer(es)?\b", r"\bmanej(ar|o)\b",
        r"\b(llevar|llevo) (a )?(las |los )?(personas|gente|ninos|mayores|ancianos|"
        r"familias|"
        r"pacientes|"
        r"vecinos)\b", r"\btransporte\b", r"\bentreg(ar|o) (comidas|cajas|despensas)\b",
        r"\braite\b",
        # so
        r"\bdarawal\w*", r"\bbaabuur (\w+ )?wad\w*", r"\bwadis\w*", r"\bwadid\b",
        r"\bwadi karaa\b", r"\bkaxay\w*",
        r"\bkaxee\w*", r"\bu qaad(i|o|a|aa)\w*", r"\bqaadi karaa\b", r"\bgeyn karaa\b",
        r"\b(dadka|waayeelka) (\w+ ){0,2}qaad\w*", r"\bgaadiid\w*", r"\bu geyn\w*", r"\bu gee\b",
        # hmn
        r"\btsav tsheb\b", r"\b(coj|xa|thauj) (\w+ ){0,2}(laus|neeg|tsev neeg|menyuam)\b",
        r"\bxa (zaub mov|khoom)\b",
        # vi
        r"\blai xe\b", r"\btai xe\b", r"\bdua don\b", r"\bdua (\w+ )?(nguoi|ong ba|benh nhan)\b",
        r"\bcho (\w+ ){0,2}(nguoi|ong ba|benh nhan) (\w+ ){0,2}di\b",
        r"\bgiao (hang|do an|bua an|thuc pham)\b",
        # om
        r"\bkonkolaachis\w*", r"\boof(uu|aa|an|tu)\w*", r"\bgeess\w*",
        # kar / am
        S("နီၣ်သိလ့ၣ်"), S("ሹፌ"), S("መንዳት"), S("ማመላለስ"), S("ማድረስ"),
        # am: transport; who take (them) to; "your own car"
        S("መጓጓዣ"), S("የሚያደርሱ"), S("የራስዎ መኪና"), S("စိာ်လဲၤ"), S("ယစိာ်"),
    ],
    "moving": [
        r"\bmoving (help|day|crew)\b", r"\bhelp(ing)? (\w+ ){0,2}move\b",
        r"\bmove (\w+ ){0,3}(furniture|beds?|sofas?|couch(es)?|boxes|mattress\w*|appliances)\b",
        r"\bmovers?\b", r"\bhaul(s|ing)?\b", r"\bhelp with (a |the |their )?move\b",
        r"\bmoving\b",
        # es
        r"\bmudanzas?\b", r"\bmudar\w*", r"\bmover (\w+ ){0,2}(muebles|camas|cajas)\b",
        # so
        r"\bguuris\w*", r"\bguri (\w+ )?guur\w*", r"\bguur(aya|ayaan|ayaa|itaan|ista|ida)\w*",
        r"\balaab (\w+ )?rar\w*", r"\brar(id|ida|o)\b",
        # hmn
        r"\btsiv tsev\b", r"\bpab tsiv\b", r"\bthauj (khoom|txaj|rooj)\b", r"\bpab thauj\b",
        r"\bthauj (\w+ )?(zaub|khoom|txaj|rooj|ntoo|tsev ntaub|rooj zaum)\b",
        # vi
        r"\bchuyen nha\b", r"\bdon nha\b", r"\bchuyen do\b",
        # om
        r"\bmana jijjiir\w*", r"\bmeeshaa (manaa )?fe'\w*",
        # am
        S("ቤት ማዛወር"), S("ማጓጓዝ"),
    ],
    "tutoring": [
        r"\bhomework\b", r"\bafter[- ]?school\b",
        r"\b(math|maths|reading|science|writing|literacy) (tutor\w*|help|buddies|buddy)\b",
        r"\btutor(s|ing|ed)? (\w+ ){0,4}(students|kids|children|youth|teens|schoolers|graders|"
        r"pupils)\b", r"\bread(ing)? (\w+ )?with (\w+ ){0,2}(kids|children|graders|students)\b",
        r"\bhelp(ing)? (\w+ ){0,2}(kids|children|students|youth) (\w+ ){0,2}(with|learn|read|"
        r"study)\w*", r"\b(kids|children|students)\b[^.]{0,40}\b(math|reading|homework|spelling)\b",
        r"\bmentor(s|ing)? (\w+ ){0,3}(students|youth|kids|teens|young people)\b",
        r"\b(youth|teen|student) mentor\w*", r"\bbig brothers? big sisters?\b",
        r"\bmentor(s|ing)? (\w+ ){0,3}(girls|boys)\b", r"\bbig (sister|brother) mentor\w*",
        r"\b(gabdhaha|wiilasha|dhallinyarada) (\w+ ){0,4}(talo|hoggaamin|dhiirigelin)\w*",
        r"\b(la-?taliye|mentor|talo siin)\w* (\w+ ){0,4}(gabdhaha|wiilasha|dhallinyarada)\b",
        r"\b(gabdhaha|wiilasha) (\w+ ){0,3}(talo siin|mentor\w*)\b",
        r"\bmentoring (\w+ ){0,3}(gabdhaha|girls|boys|youth|teens|kids)\b", r"\bcashar\w*",
        r"\btutor(s|ing|ed)? (\w+ ){0,3}(math|maths|algebra|reading|science|chemistry|physics|"
        r"spelling|writing)\b",
        r"\bschoolwork\b", r"\bstory ?times?\b",
        r"\bread(ing)? to (the )?(little ones|young readers|kids|children)\b",
        r"\breading buddies\b",
        r"\bfafsa\b", r"\bcollege (applications?|essays?|admissions?|access)\b",
        r"\bschool counsel(or|lor)s?\b", r"\bconsejer[oa] escolar\b", r"\bgorsaa barattoota\w*",
        r"\biyyata kolleejjii\b", r"\bbig[- ]sib(ling)?s?\b", r"\bmentoring (match|program)\b",
        r"\bmentees?\b",
        r"\bread(ing)? (\w+ )?(stories|books|aloud) to (\w+ )?(kids|children|toddlers|"
        r"preschoolers)\b",
        # es
        r"\b(ayuda con|hacer|con) (las )?tareas\b", r"\btareas (escolares|de la escuela)\b",
        r"\btutor(ia|ias|es)? de tareas\b", r"\bdespues de (clases|la escuela)\b",
        r"\btutor(ia|ias|es)? (de|para) (\w+ ){0,2}(ninos|estudiantes|matematicas|lectura)\b",
        r"\bayud(ar|o) a (\w+ ){0,2}(ninos|estudiantes) con\b", r"\blectura con ninos\b",
        # so
        r"\bcasharr\w*", r"\bcarruurta (\w+ ){0,3}(akhris|xisaab|cashar)\w*",
        r"\bardayda (\w+ ){0,3}(caawi|bar)\w*", r"\b(caawi|bar)\w* (\w+ ){0,2}ardayda\b",
        r"\bmacallin\w* (xisaab|akhris|saynis)\w*",
        # hmn
        r"\bmenyuam (\w+ ){0,2}kawm ntawv\b", r"\btom qab tsev kawm ntawv\b",
        r"\bnyeem ntawv nrog\b", r"\bnyeem ntawv rau (cov )?menyuam\b",
        r"\bqhia (\w+ ){0,2}menyuam\b", r"\bmenyuam kawm\b",
        r"\bpab (\w+ ){0,3}menyuam (\w+ ){0,2}(kawm|nyeem)\b", r"\b(yog|ua) (ib tug )?xib fwb\b",
        r"\bxib fwb qhia\b",
        r"\bqhia (\w+ )?(lej|ntawv|nyeem ntawv)\b",
        # vi
        r"\bday kem\b", r"\bgia su\b", r"\bbai tap\b", r"\bgiao vien\b", r"\bthay co\b",
        r"\bday (\w+ ){0,3}(doc|viet|cac em|cac chau|tre em|thieu nhi|hoc sinh|tieng viet)\b",
        # om
        r"\bhojii manaa\b", r"\bijoollee\w*[^.]{0,120}\bbarsiis\w*",
        r"\bbarsiis\w*[^.]{0,40}\bijoollee\w*",
        r"\bbarattoota (\w+ )?gargaar\w*", r"\bbarattoota (\w+ ){0,2}barsiis\w*",
        r"\bherrega barsiis\w*", r"\bardayda (\w+ ){0,6}(u )?sharx\w*", S("አስተምራለሁ"),
        r"\bbarsiisota\b",
        # am: homework help, to teach, teachers
        S("የቤት ስራ"), S("ማስጠናት"), S("ልጆችን ማስተማር"), S("ማስተማር"), S("የሚያስተምሩ"), S("አስተማሪ"),
    ],
    "esl": [
        r"\besl (tutor|teacher|conversation|instructor|volunteer|practice|teaching)\w*",
        r"\b(teach|tutor|teaching|tutoring|taught)\w* (\w+ ){0,2}(english|esl)\b",
        r"\benglish (conversation|tutor\w*|teacher\w*|lessons? (to|for)|language learners?)\b",
        r"\bconversation (partners?|practice|tutors?|circles?)\b",
        r"\bpractic\w* (speaking )?english\b", r"\benglish learners?\b",
        r"\b(adults?|newcomers|immigrants) (\w+ ){0,3}learn(ing)? english\b",
        # es
        r"\bensen\w* (\w+ ){0,2}ingles\b", r"\bingles para adultos\b",
        r"\b(dar|doy|damos|dictar) (\w+ )?clases? de ingles\b",
        r"\b(practicar|conversacion en|tutor\w* de) ingles\b",
        # so
        r"\bingiriisi?(ga)? (\w+ ){0,3}(bari|bara|barid|dhig)\w*",
        r"\b(bari|bara|barid|dhig)\w* (\w+ ){0,2}(luqadda )?ingiriis\w*",
        r"\bmacallimiin ingiriisi\b",
        # hmn
        r"\b(qhia|kawm|xyaum hais) lus askiv\b",
        # vi
        r"\b(day|hoc|luyen noi) (\w+ )?tieng anh\b",
        # om
        r"\bingiliffaa (\w+ ){0,3}barsiis\w*", r"\bbarsiis\w* (\w+ ){0,2}ingiliffaa\b",
        r"\bhaasaa ingiliffaa\b",
        # am / kar: teach English
        S("እንግሊዝኛ ማስተማር"), S("እንግሊዝኛ እንዲለማመዱ"), r"သိၣ်လိ\s?(\S+\s){0,2}ကျိာ်အဲကလံး",
    ],
    "citizenship": [
        r"\bcitizenship\b", r"\bcivics?\b", r"\bnaturaliz\w*", r"\bn-?400\b",
        r"\bciudadania\b", r"\beducacion civica\b",
        r"\bimtixaan\w* (\w+ )?dhalash\w*", r"\bjinsiyad\w*", r"\bpej xeem\b", r"\bquoc tich\b",
        r"\bnhap tich\b",
        r"\blammummaa\b", S("ዜግነት"),
    ],
    "interpreting": [
        r"\binterpret(er|ers|ing|s|ed)?\b", r"\binterprete(s)?\b", r"\binterpret(ar|acion|o)\b",
        r"\bturjumaan\w*", r"\bturjub\w*", r"\bturjum(i|o|id|ida|aya|ayaa)\b",
        r"\bturjumaad\w*", r"\b(u )?turjum(aa|taa|naa|aan)\b",
        r"\btarjumaan\w*", r"\btarjum(i|o|id|ida|aya|ayaa)\b",
        r"\bhelp(ing)? (\w+ ){0,2}(families|parents|patients|elders|seniors|clients) "
        r"(talk|communicate|speak)\w* (with|to)\b",
        r"\btxhais (tau )?lus\b", r"\bthong dich\b", r"\bphien dich\b",
        r"\bhiik(kaa|uu|tuu|tota|aa)\w*", r"\bturjumaana\w*",
        S("አስተርጓሚ"), S("ማስተርጎም"), S("አስተረጉም"),
        # kar: one who speaks both languages ("two languages") for others
        S("ကျိာ်ခံကျိာ်"),
    ],
    "translation": [
        r"\btranslat\w*", r"\btraduc\w*",
        r"\bqoraal (\w+ ){0,2}turjum\w*",
        r"\bturjum\w* (\w+ ){0,3}(dukumenti|warqad|waraaq|qoraal)\w*",
        r"\b(dukumenti|warqad|waraaq)\w* (\w+ ){0,3}turjum\w*",
        r"\btxhais ntaub ntawv\b", r"\btxhais (\w+ )?daim ntawv\b", r"\btxhais (\w+ ){0,2}ntawv\b",
        r"\bdich (thuat|tai lieu|van ban|giay to)\b", r"\bbien dich\b",
        # vi "dịch" alone is "translate", except in compounds (service, epidemic, campaign,
        # transaction, immunity, quarantine, solution, moving) and spoken interpreting.
        r"(?<!\bthong )(?<!\bphien )(?<!\bgiao )(?<!\bmien )(?<!\bchien )(?<!\bbenh )"
        r"(?<!\bkiem )(?<!\bdung )\bdich\b(?! (vu|benh|chuyen|te|cum|hach|covid)\b)",
        r"\btu tieng \w+( \w+)? sang tieng\b",
        r"\bdel (ingles|espanol) al (ingles|espanol|somali|hmong|vietnamita|karen|amarico)\b",
        r"\b(barreeffama|waraqaa|galmee) (\w+ ){0,5}hiik\w*",
        S("መተርጎም"), S("ትርጉም"), S("ተርጓሚ"), S("ይተረጉም"), S("የሚተረጉም"),
        # kar: translate (written)
        S("ကိးထံ"),
    ],
    "legal": [
        r"\blawyers?\b", r"\battorneys?\b", r"\bparalegals?\b",
        r"\blegal (aid|advice|help|services|assistance|intake|clinic)\b",
        r"\bimmigration (law|forms|cases|attorney|lawyer|paperwork|legal)\b", r"\basylum\b",
        r"\bpro bono\b", r"\bnotar(y|ies)\b", r"\bnotario publico\b",
        r"\b(doj[- ])?accredited representatives?\b", r"\brepresentantes? acreditad\w*",
        r"\babogad[oa]s?\b", r"\bparalegal\w*", r"\basesor\w* legal\b", r"\basilo\b",
        r"\b(consultas?|casos) (\w+ )?de inmigracion\b",
        r"\bqareen\w*", r"\bsharci\w*", r"\bmagangely\w*", r"\bfoomamka socdaal\w*",
        r"\blij choj\b", r"\bluat su\b", r"\bphap ly\b", r"\btu van phap luat\b",
        r"\babukaatoo\w*", r"\bgorsa seeraa\b",
        S("ጠበቃ"), S("ጠበቆች"), S("የሕግ"), S("የህግ"),
    ],
    "medical": [
        r"\bnurses?\b", r"\brn\b", r"\blpn\b", r"\bcna\b", r"\bphysicians?\b", r"\bdoctors?\b",
        r"\bmd\b", r"\bpediatrician\w*", r"\bclinicians?\b", r"\bdentists?\b",
        r"\bpharmacists?\b", r"\bemts?\b", r"\bparamedics?\b", r"\bvitals\b",
        r"\bblood pressure\b", r"\bhealth (fair|screenings?)\b",
        r"\bmedical (volunteers?|professionals?|students?|assistants?|care|staff|team)\b",
        r"\bdoulas?\b", r"\blactation\b", r"\brespite (care|visits?)\b", r"\bpcas?\b",
        r"\bhome health aides?\b",
        r"\bpersonal care (assistants?|attendants?)\b", r"\bduoc si\b", r"\bfarmaceutic[oa]s?\b",
        r"\bbreastfeeding (support|counsel\w*)\b",
        r"\bmidwi(fe|ves)\b", r"\bpartera\b", r"\bumuliso\w*",
        r"\bestudiantes? de (medicina|enfermeria)\b", r"\bhoras clinicas\b",
        r"\bclinical (hours|rotations?)\b", r"\b(med|nursing) students?\b",
        r"\benfermer[oa]s?\b", r"\bmedicos\b", r"\bsoy medic[oa]\b",
        r"\bmedic[oa]s? (general|de familia|voluntari[oa]s?)\b", r"\bdoctor(es|a)?\b",
        r"\bpediatra\b", r"\bdentistas?\b", r"\bdental\b", r"\bdentales\b", r"\bhigienistas?\b",
        r"\bhygienists?\b", r"\bilkaha\b", r"\bkws kho hniav\b", r"\bnha si\b",
        r"\bkalkaali\w*", r"\bdhakhtar\w*", r"\bdhakhaatiir\w*", r"\bbandhig\w* caafimaad\w*",
        r"\bnais maum\b", r"\bkws kho mob\b", r"\bkws tu mob\b",
        r"\by ta\b", r"\bbac si\b", r"\bdieu duong\b",
        r"\bnars(ii|oota)\w*", r"\bdoktor\w*",
        S("ነርስ"), S("ሐኪም"), S("ሀኪም"), S("ዶክተር"),
    ],
    "mental_health": [
        r"\btherap(ist|ists|y)\b", r"\bcounsel(or|ors|ing|lor|lors|ling)\b",
        r"\bmental health\b", r"\bpsycholog\w*", r"\bsocial workers?\b",
        r"\b(licsw|lpcc|lmft|lcsw|lpc)\b", r"\btrauma\b", r"\bsupport groups?\b", r"\bgrief\b",
        r"\bterapeuta\w*", r"\bpsicolog\w*", r"\bsalud mental\b", r"\bconsejer\w*",
        r"\bcaafimaadka maskaxda\b", r"\bla-?taliye\w*",
        r"\bpuas siab puas ntsws\b", r"\bkws pab tswv yim\b",
        r"\btam ly\b", r"\bsuc khoe tam than\b", r"\btri lieu\b",
        r"\bfayyaa sammuu\b", r"\bogeessa (\w+ )?sammuu\b",
        r"\bdomestic (violence|abuse)\b", r"\babusive (homes?|relationships?|partners?)\b",
        r"\b(dv|survivor|victim) advoca\w*", r"\bcrisis (line|hotline|center|counsel\w*)\b",
        r"\bhotlines?\b", r"\bsexual assault\b", r"\bwomen'?s shelter\b",
        r"\bviolencia (domestica|intrafamiliar|familiar)\b", r"\brefugio (para|de) mujeres\b",
        r"\bxadgudub\w*", r"\btub txiv ntaus\b", r"\bkev tsim txom\b", r"\bbao luc gia dinh\b",
        r"\bhumnaa maatii\b", S("የቤት ውስጥ ጥቃት"),
        S("የአእምሮ ጤና"), S("አማካሪ"), S("ሥነ ልቦና"),
    ],
    "tax": [
        r"\btax(es)?\b", r"\bcpas?\b", r"\baccountants?\b", r"\baccounting\b",
        r"\bbookkeep\w*", r"\bvita\b", r"\benrolled agent\b",
        r"\bfinancial (coach\w*|literacy|planning|counsel\w*)\b", r"\bbudget(ing)? (help|coach)",
        r"\bimpuestos\b", r"\bcontador\w*", r"\bcontab\w*",
        r"\bcanshuur\w*", r"\bxisaabiye\w*", r"\bxisaabaad\w*",
        r"\bua se\b", r"\bkws suav nyiaj\b",
        r"\bkhai thue\b", r"\bthue (thu nhap|mien phi)\b", r"\bke toan\w*",
        r"\bgibira\b", S("ግብር"), S("የሂሳብ ባለሙያ"),
    ],
    "tech": [
        r"\bcomputers?\b", r"\blaptops?\b", r"\btech (support|help|skills|savvy)\b",
        r"\btechnology\b", r"\bsoftware\b", r"\bwi-?fi\b", r"\bnetwork(ing)?\b",
        r"\bwebsites?\b", r"\bweb (design|developer|site)\b", r"\bsmartphones?\b",
        r"\bvideo calls?\b", r"\b(teach|set up|setting up) (\w+ ){0,2}(email|phones?|tablets?)\b",
        r"\b(how to )?(use|using) (their |his |her |a |the )?(smart ?)?(phones?|tablets?|"
        r"email|zoom|ipads?|computers?)\b",
        r"\bit (skills|professional|support|help|department|work)\b",
        r"\bdigital (skills|literacy)\b", r"\b(software|web) developers?\b", r"\bprogramm\w*",
        r"\bcomputador\w*", r"\btecnolog\w*", r"\bpagina web\b", r"\bsitio web\b",
        r"\bkombiyuutar\w*", r"\btiknoolaji\w*", r"\bwebsite\w*",
        r"\bkhoos phis tawj\b",
        r"\bmay tinh\b", r"\bcong nghe\b", r"\btrang web\b",
        r"\bkompiyuutara\w*", r"\bteeknooloojii\b", r"\bweebsaayitii\b",
        S("ኮምፒውተር"), S("ቴክኖሎጂ"), S("ድህረ ገጽ"),
        r"\bcod(e|ing|ers?)\b", r"\bpython\b", r"\bjavascript\b", r"\bapps?\b",
        r"\bwordpress\b", r"\bphp\b", r"\bsquarespace\b", r"\bwix\b", r"\bplugins?\b",
        r"\bdien thoai thong minh\b", r"\bdung (\w+ ){0,2}(dien thoai|ipad|may tinh|email|zoom|"
        r"facebook)\b", r"\bgoi video\b", r"\b(ipads?|iphones?|tablets?)\b",
        r"\bsiv (\w+ )?(xov tooj|computer|internet)\b", S("ኢንተርኔት"), S("ስማርት ስልክ"),
        S("ስልክ መጠቀም"), S("ስልክና"),
    ],
    "repairs": [
        r"\bcarpent\w*", r"\bhandy(man|men|person|woman)\b",
        r"\bmecanic[oa]s? (de )?(bicicletas?|bicis?|autos?|carros?)\b", r"\bbike co-?ops?\b",
        r"\b(do|did) (all )?my own (bike |car )?repairs\b", r"\bauto (tech|technicians?|"
        r"mechanics?|repair\w*|body)\b", r"\boil changes?\b", r"\bbrakes?\b", r"\base certified\b",
        r"\bhome (repair|repairs|maintenance)\b",
        r"\bhouse repairs?\b", r"\bmechanics?\b", r"\bbike (shop|repairs?|mechanics?)\b",
        r"\b(repair|fix)\w* (\w+ ){0,3}(bikes?|bicycles?|cars?)\b",
        r"\b(fix|fixing|repair|repairing|replace|replacing|build|building) (\w+ ){0,3}(steps|"
        r"stairs|porch\w*|faucets?|windows?|decks?|ramps?|roofs?|doors?|walls|fences?|grab bars|"
        r"sheds?|toilets?|sinks?)\b", r"\bramps?\b", r"\bdrywall\b", r"\bplumb\w*",
        r"\belectrician\w*", r"\bconstruction\b", r"\bpainting\b", r"\broof(ing|ers?)\b",
        r"\bframing\b", r"\bdrywall\w*", r"\bweatheri[sz]\w*", r"\bcaulk\w*",
        r"\bgeneral contractor\b", r"\bfix-it\b",
        r"\b(bike )?tune[- ]ups?\b", r"\bsmall electronics\b", r"\bbroken (things|items|stuff)\b",
        r"\bcarpinter\w*", r"\breparaciones\b", r"\breparacion(es)? (de |en )?(casas?|hogar)\b",
        r"\bconstruccion\b", r"\bplomer\w*", r"\belectricista\w*", r"\bpintar casas\b",
        r"\bnijaar\w*", r"\bdayactir\w* (\w+ )?gur\w*", r"\bdhis\w* (\w+ )?jaranjar\w*",
        r"\bkho tsev\b", r"\bua ntoo\b", r"\bpleev xim\b",
        r"\bsua (chua )?nha\b", r"\btho moc\b", r"\blam moc\b", r"\bsua chua\b",
        r"\bmana suph\w*", r"\bogummaa mukaa\b",
        r"\bkho (\w+ )?(ru tsev|qhov rooj|tsheb|lub tsev)\b", r"\btho dien\b",
        r"\b(arregl|repar)\w* (\w+ ){0,2}(bicicletas?|bicis?|aparatos|electrodomesticos|"
        r"lamparas)\b",
        r"\bbaaskiil\w*[^.]{0,30}\bdayactir\w*", r"\bdayactir\w*[^.]{0,30}\bbaaskiil\w*",
        r"\bkho (\w+ )?tsheb kauj vab\b", r"\bsua (\w+ )?xe dap\b",
        r"\b(fix|fixing|fixers?|repair\w*|tinker\w*) (\w+ ){0,3}(appliances|lamps|toasters|"
        r"vacuums|radios|electronics)\b", r"\bsmall appliances\b", r"\btinkerers?\b",
        r"\brepair caf\w*", r"\bwrench(ing)?\b", r"\bderailleurs?\b", r"\bwheel truing\b",
        S("የቤት ጥገና"), S("አናጺ"), S("ጥገና"), S("ኤሌክትሪሺያን"),
    ],
    "gardening": [
        r"\bgarden\w*", r"\bplant(ing)? (trees|vegetables|flowers|seeds)\b", r"\bweed(ing|s)?\b",
        r"\bharvest\w*", r"\byard ?work\b", r"\brak(e|es|ing) (the )?leaves\b", r"\brakes\b",
        r"\bnplooj ntoo\b", r"\btshav nyom\b", r"\bmow(ing)?\b", r"\blawns?\b", r"\bcompost\w*",
        r"\blandscap\w*", r"\brak(e|es|ing)\b", r"\bleaf raking\b",
        r"\boutdoor (work|projects?|chores)\b", r"\b(lam viec )?ngoai troi\b",
        r"\bplant(ar|ando|o|amos) (\w+ )?arboles\b",
        r"\benvironmental (educator|education|science)\b",
        r"\bnature centers?\b", r"\bfarm(ing)?\b", r"\byard ?work\b",
        r"\bjardin\w*", r"\bhuerto\w*", r"\bplantar\b", r"\bcosechar\b",
        r"\bbeer(ta|aha|asho|ashada)\b(?! nasashada)", r"\bkhudaar\w*",
        r"\bcog (zaub|ntoo|paj|vaj)\b", r"\bua vaj\b", r"\bvaj zaub\b", r"\bdob nroj\b",
        r"\btxiav nyom\b", r"\bywg dej\b", r"\bua teb\b", r"\bliaj teb\b", r"\bsau qoob\w*",
        r"\bvaj (zej zog|zaub|paj|txiv)\b", r"\blub vaj\b(?! (tse|ntxwv)\b)",
        r"\blam vuon\b", r"\btrong (cay|rau|hoa)\b", r"\bvuon (rau|hoa)\b",
        r"\boddoo\b", r"\bbiqiltuu\b", r"\baramaa\b",
        S("တၢ်သူၣ်တၢ်ဖျး"), S("አትክልት"), S("ዛፍ መትከል"), S("አረም"),
    ],
    "snow": [
        r"\bsnow\w*", r"\bshovel\w*", r"\bnieve\b", r"\bpalear\b", r"\bbaraf\w*", r"\bdaus\b",
        r"\btuyet\b", r"\bcabbii\b", S("በረዶ"),
    ],
    "cleanup": [
        r"\bclean[- ]?ups?\b", r"\btrail (crews?|work|maintenance|building|days?)\b",
        r"\bbuckthorn\b", r"\binvasive (species|plants)\b", r"\b(cutting|clearing|cut) brush\b",
        r"\brestoration (work|crew|days?)\b", r"\blitter\b", r"\btrash (pick\w*|collection)\b",
        r"\bpick(ing)? up (trash|litter|garbage)\b",
        r"\blimpi(ar|eza|ezas|amos|ando) (del|de la|de los|de|la|el|los)? ?(orilla|rio|parque|"
        r"playa|calles?|barrio)\w*",
        r"\brecoger basura\b", r"\bnadiifinta (webiga|beerta|xaafadda)\b", r"\bqashin\w*",
        r"\bkhib nyiab\b", r"\bdon (rac|dep (cong vien|bo song))\b", r"\bnhat rac\b",
        r"\bkosii\b", r"\b(laga|paarkii) (\w+ )?qulqulleess\w*", S("ጽዳት"), S("ቆሻሻ"),
        # am: to clean (both spellings of the ts sound)
        S("ማጽዳ"), S("ማጸዳ"), S("የሚያጸዱ"), S("የሚያጽዱ"), S("ያጸዳ"),
    ],
    "visiting": [
        r"\bfriendly visit\w*",
        r"\bvisit(s|ing|or|ors)? (\w+ ){0,2}(seniors?|elders?|elderly|older adults|residents|"
        r"patients|veterans)\b", r"\bisolated (seniors?|elders?|older)\b", r"\bcare homes?\b",
        r"\bcompanion\w*", r"\bkeep(ing)? (\w+ ){0,2}company\b", r"\bplay(ing)? cards\b",
        r"\bread(ing)? to (them|seniors|elders)\b",
        r"\bchat(ting)? with (\w+ )?(seniors|elders|older|the elderly|elderly)\b",
        r"\btalk(ing)? with (\w+ )?(seniors|elders|older (folks|people|adults))\b",
        r"\bspend(ing)? time with (\w+ )?(elders|seniors|older|the elderly)\b",
        r"\bvisit(ar|as|o)? (a )?(personas mayores|ancianos|adultos mayores)\b",
        r"\bacompan\w* (a )?(personas mayores|ancianos|adultos mayores)\b",
        r"\bbooq\w*", r"\bmus xyuas\b", r"\btham nrog (cov )?laus\b",
        r"\btham (\w+ ){0,2}(nguoi gia|ong ba|nguoi cao tuoi)\b", r"\btro chuyen\b",
        r"\btham (\w+ ){0,3}lon tuoi\b", r"\bnoi chuyen\b", r"\bdoc bao cho\b",
        r"\bdaawwach\w*", S("መጎብኘት"), S("የሚጎበኙ"), S("ጉብኝት"), S("አረጋውያንን መጠየቅ"),
        S("የሚጠይቁ"),
        # Going with someone to their appointments (so "la raac", es "acompañar a sus citas")
        r"\bla raac\w*", r"\baccompan(y|ying|iment)\b", r"\bacompan(ar|o) a (\w+ ){0,3}citas\b",
        # hospice companions; visiting people held in jail or prison
        r"\bcall(ing|s)? (\w+ ){0,3}(elders|seniors|older (adults|neighbors|people))\b",
        r"\bphone (calls?|buddies|pals?) (\w+ ){0,3}(elders|seniors|isolated)\b",
        r"\bcheck(ing)? in on (them|elders|seniors|older)\b",
        r"\bwac\w* (\w+ ){0,2}waayeel\w*",
        r"\b(daryeel|la joog|booq)\w* (\w+ ){0,3}waayeel\w*",
        r"\bwaayeel\w* (\w+ ){0,4}(wac|la sheekeys)\w*",
        r"\b(la|kula) sheek(e|a)ys\w* (\w+ )?waayeel\w*",
        r"\bwaayeel\w* (\w+ ){0,5}(kula|la) sheek\w*",
        r"\bnrog (cov )?(txwj )?laus (\w+ ){0,2}tham\b",
        r"\bxyuas (\w+ ){0,3}(cov )?(txwj )?laus\b",
        r"\bchaw zov laus\b", r"\badult day (center|program)s?\b", S("ከአረጋውያን ጋር"),
        r"\bhu xov tooj (\w+ ){0,5}laus\b",
        r"\btham nrog (cov )?(txwj )?laus\b", r"\bnrog (cov )?txwj laus (\w+ )?tham\b",
        r"\bgoi dien (\w+ ){0,3}(nguoi gia|ong ba|cac cu)\b",
        r"\bhospice\b", r"\bhospicio\b", r"\bend of life\b", r"\bcuoi doi\b",
        r"\bvisit(s|ing|or|ors)? (\w+ ){0,6}(jails?|prisons?|detention|incarcerated)\b",
        r"\b(jail|prison|detention) (ministry|ministries|visit\w*)\b", r"\binto the jail\b",
        r"\bacompan(ar|o|amos) a (\w+ ){0,2}(enfermos|personas enfermas|pacientes)\b",
        r"\bvisit(ar|o) (a )?(los |las )?(enfermos|presos|pacientes)\b",
        r"\bxabsi\w*", r"\bbukaan\w* (\w+ )?(booq|la joog)\w*", r"\btham (nguoi )?benh\b",
        r"\btu nhan\b", r"\bnkauj tsev loj\b", S("ሆስፒስ"), S("እጎበኛ"), S("ጎብኚ"), S("እስረኞ"),
        # kar: go and see the elders
        r"လဲၤကွၢ်\s?(\S+\s){0,2}ပှၤသးပှၢ်",
    ],
    "childcare": [
        r"\bchild ?care\b", r"\bbabysit\w*", r"\bwatch (the |their |young )?(kids|children)\b",
        r"\bplayroom\b", r"\bearly childhood\b", r"\bnann(y|ies)\b",
        r"\blook(ing)? after (\w+ )?(kids|children)\b",
        r"\bcare for (\w+ )?(kids|children|toddlers|babies)\b",
        r"\bcuid(ar|o|ado de) (a )?(los |las )?(ninos|ninas|bebes)\b", r"\bguarderia\b",
        r"\bninera\b",
        r"\bxannaan\w*", r"\bxanaan\w*", r"\bday ?care\b",
        r"\bcarruurta (\w+ )?(ilaali|daryeel)\w*",
        r"\b(ilaali|daryeel)\w* (\w+ )?carruur\w*",
        r"\bsaib menyuam\b", r"\bzov menyuam\b", r"\btu (cov )?menyuam\b", r"\bpreschool\b",
        r"\bpreescolar\b", r"\bgood with (kids|children|little ones)\b", r"\bteacher'?s aide\b",
        r"\b(ninos|ninas) (chiquitos|pequenos|pequenitos)\b",
        r"\btrong tre\b", r"\bgiu tre\b", r"\bcham soc tre\b",
        r"\bdaa'imman\w* (\w+ )?kunuun\w*", r"\bkunuunsa daa'imman\w*", r"\bijoollee eeg\w*",
        r"\bijoollee (\w+ )?kunuun\w*",
        S("ልጆችን መንከባከብ"), S("ሞግዚት"), S("ሕፃናትን መንከባከብ"), S("ሕጻናትን መንከባከብ"),
        r"(ልጆ|ሕፃና|ሕጻና)\S*\s?(\S+\s){0,2}\S*(ንከባከ|እንክብካ)",
        # kar: look after (small) children
        r"ကွၢ်ထွဲ\s?(\S+\s){0,2}ဖိသၣ်", r"ဖိသၣ်\S*\s?(\S+\s){0,2}ကွၢ်ထွဲ",
    ],
    "sports": [
        r"\bsoccer\b", r"\bfootball\b", r"\bbasketball\b", r"\bvolleyball\b", r"\bbaseball\b",
        r"\bsoftball\b", r"\bhockey\b", r"\bsports?\b", r"\bcoach(es|ing)? (\w+ )?(team|league)\b",
        r"\bswim(ming)? (coach|lessons|instructor\w*|teachers?)\b", r"\blife ?guards?\b",
        r"\bdabaash\w*", r"\bwsi\b",
        r"\bfutbol\b", r"\bdeportes?\b",
        r"\bkubadda (cagta|koleyga)\b", r"\btababar(e|eyaal|ayaal)\b", r"\bciyaaraha\b",
        r"\bncaws pob\b", r"\bpob ncaws\b", r"\bntaus pob\b", r"\bkis las\b",
        r"\bbong (da|ro|chuyen)\b", r"\bthe thao\b", r"\bhuan luyen vien\b",
        r"\bkubbaa (miilaa|harkaa)\b", r"\bispoortii\b", r"\bleenjis\w*",
        S("እግር ኳስ"), S("ስፖርት"), S("አሰልጣኝ"),
    ],
    "events": [
        r"\bevents? (setup|set-up|set up|crew|staff|volunteers?|planning)\b",
        r"\bset(ting)? up (\w+ ){0,2}(tents|tables|chairs|stages?)\b", r"\btear(ing)? ?down\b",
        r"\bteardown\b", r"\bfestival\w*", r"\btents?\b", r"\borganiz\w* (\w+ )?events?\b",
        r"\bevent (setup|crews?)\b",
        r"\b(montar|organizar|armar) (\w+ )?(eventos?|carpas|mesas)\b",
        r"\bteendho\w*", r"\bdabaaldeg\w*", r"\bdiyaarinta xaflad\w*",
        r"\b(diyaari\w*|caawi\w*|abaabul\w*) (\w+ ){0,2}xaflad\w*",
        r"\b(dhig|goglid|goglay)\w* (\w+ )?(miis|kuraas)\w*",
        r"\bdiyaari\w* (\w+ )?miis\w*", r"\b(qaad|dhig)\w* (\w+ ){0,2}(miis|kuraas|roog)\w*",
        r"\bset ?up for (\w+ ){0,3}(events?|eid|jummah|weddings?|services|dinners?|festivals?)\b",
        r"\b(chairs|rugs|tables), (rugs|tables|chairs)\b", r"\bhall set ?up\b",
        r"\bcarry event tables\b",
        r"\bhelp(ing)? (out )?at (\w+ )?events\b",
        r"\bvolunteer(ing)? at (\w+ ){0,2}events\b", r"\binfo booths?\b", r"\bwater stops?\b",
        r"\bafur (bulsheed|bulshada|wadareed)\b", r"\biftar\b",
        r"\bayudar en (los |las )?(eventos|fiestas|festivales)\b", S("ዝግጅቶች"), S("በዓላት"),
        # am: a holiday celebration, setting out chairs and tables, preparing the hall
        S("በዓል ዝግጅት"), r"(ወንበር|ጠረጴዛ)\S*(\s\S+){0,3}\s?\S*(ዘጋጅ|ዘጋጁ|ዘጋጀ|ደረድ|ደርደ)",
        S("አዳራሽ ማዘጋጀት"), S("አዳራሹን ማዘጋጀት"),
        r"\bteeb (rooj|tsev ntaub)\b", r"\btsev ntaub\b", r"\bteeb tsa\b",
        r"\b(npaj|ntxuav) chaw\b",
        r"\bnpaj (\w+ )?rooj( zaum)?\b",
        r"\bnpaj (\w+ ){0,2}(tsiab peb caug|kev lom zem|rooj sib txoos)\b",
        r"\bsu kien\b", r"\ble hoi\b", r"\bhoi (tet|cho|trung thu|xuan)\b",
        r"\bgian hang\b", r"\bdung (leu|rap)\b", r"\bbay (ban ghe|ban)\b",
        r"\bsirna\b", r"\bdunkaana\b", S("ፌስቲቫል"), S("ድንኳን"),
        # kar: a celebration or festival, the (Karen) New Year
        S("တၢ်မၤမုၢ်ပှၤ"), S("နံၣ်သီ"),
    ],
    "sewing": [
        r"\bsew(s|ing|er|ers)?\b", r"\bmend(ing)?\b", r"\balterations?\b", r"\bhem(s|ming)?\b",
        r"\bzippers?\b", r"\bquilt\w*", r"\bknit\w*", r"\bcrochet\w*", r"\btailor\w*",
        r"\bseamstress\b", r"\bweav(e|ing|er)\b", r"\bembroider\w*", r"\bneedlework\b",
        r"\bcos(er|tura|turera|turero|iendo)\b", r"\bdobladillo\w*", r"\bcierres\b",
        r"\btejer\b", r"\bbordad\w*",
        r"\btolid\w*", r"\btola (dharka|jaakad)\w*", r"\bdawaarl\w*",
        r"\bxaws\b", r"\bpaj ntaub\b",
        r"\bmay va\b", r"\bkhau va\b", r"\bmay do\b", r"\bdan len\b", r"\btheu\b",
        r"\btho may\b", r"\bbiet may\b", r"\bmay (ao|quan ao|vay|lai)\b",
        r"\bsua (\w+ )?(quan ao|ao dai|ao)\b",
        r"\bhodh\w*",
        S("ဆးတၢ်"), S("ስፌት"), S("መስፋት"), S("ጥልፍ"),
    ],
    "jobs": [
        r"\bresumes?\b", r"\bcvs?\b",
        r"\bjob (search\w*|seekers?|coach\w*|applications?|interviews?|hunting|readiness|"
        r"skills|mentor\w*|training)\b", r"\b(mock|practice) interviews?\b",
        r"\binterview (practice|prep\w*|skills)\b",
        r"\bcareer (coach\w*|advice|mentor\w*|guidance)\b", r"\bemployment\b", r"\bworkforce\b",
        r"\bhr (manager|professional|director)\b",
        r"\bcurriculum\w*", r"\bempleo\b", r"\bentrevistas? de trabajo\b",
        r"\bbuscar (trabajo|empleo)\b",
        r"\bshaqo (raadi|doon)\w*", r"\bwareysi\w* shaqo\w*",
        r"\bnrhiav (hauj lwm|haujlwm)\b", r"\bthov (hauj lwm|haujlwm)\b",
        r"\bso yeu ly lich\b", r"\btim viec\b", r"\bphong van\b", r"\bviec lam\b",
        r"\bxin viec\b",
        r"\bhojii barbaad\w*", S("ሥራ ፍለጋ"), S("የሥራ ማመልከቻ"), S("ሲቪ"),
    ],
    "grants": [
        r"\bgrants?\b", r"\bfundrais\w*", r"\bdonor (letters|relations)\b",
        r"\bdevelopment director\b", r"\bsubvencion\w*", r"\brecaudacion de fondos\b",
        r"\btai tro\b", r"\bthov nyiaj\b", S("የገንዘብ ድጋፍ"),
    ],
    "fitness": [
        r"\bfitness\b", r"\bexercis\w*", r"\bwalking (group|club)s?\b", r"\bpersonal trainer\b",
        r"\byoga\b", r"\bzumba\b", r"\baerobics\b", r"\blead (\w+ )?walks\b",
        r"\bejercicio\w*", r"\bcaminatas?\b",
        r"\bjimicsi\w*", r"\bsocodka\b", r"\bsocod (fudud|toddobaadle)\b",
        r"\btawm dag zog\b", r"\btaug kev\b", r"\btap the duc\b", r"\bdi bo\b",
        r"\bsochii qaamaa\b", r"\bdeemsa\b",
        S("የአካል ብቃት"), S("የእግር ጉዞ"),
    ],
    "office": [
        r"\breception\w*", r"\bfront desk\b", r"\bdata entry\b",
        r"\boffice (work|help|volunteers?|tasks|assistants?)\b", r"\bintake (forms|desk)\b",
        r"\bclient intake\b", r"\bgreet(ers?|ing)? (\w+ )?(clients|guests|visitors|families)\b",
        r"\banswer(ing)? (the )?phones?\b", r"\bfiling\b", r"\badministrative\b",
        r"\bhauv office\b", r"\bteb xov tooj\b", r"\boffice typing\b",
        r"\bka jawaab\w* (\w+ )?taleef\w*", r"\bmiiska soo dhaweyn\w*",
        r"\bclerical\b",
        r"\brecepcion\w*", r"\boficina\b", r"\bentrada de datos\b",
        r"\bsoo dhawey\w*", r"\bxafiis\w*", r"\btxais tos\b", r"\ble tan\b", r"\bvan phong\b",
        r"\bnhap lieu\b", r"\bsimann\w*", r"\bwaajjira\b", S("እንግዳ መቀበያ"), S("ቢሮ"),
    ],
    "housing": [
        r"\bhousing (applications?|assistance|search|help|forms?|navigation)\b",
        r"\bapartment (applications?|search\w*|hunting)\b",
        r"\b(benefits?|snap|medicaid|rental assistance) applications?\b",
        r"\bsolicitudes de vivienda\b", r"\bcodsiyada guryaha\b", r"\braadinta guryaha\b",
        r"\bguri (\w+ )?raadin\w*", r"\bbuuxinta foom\w* (\w+ )?(guri|kiro|kirada|deegaan)\w*",
        r"\bthov tsev\b", r"\bnrhiav tsev\b",
        r"\b(medicare|medicaid|snap|social security|ebt|wic|mnsure)\b[^.]{0,40}\b(forms?|"
        r"applications?|paperwork|renewals?)\b", r"\b(benefit|benefits) (forms?|paperwork)\b",
        r"\b(fill|filling) (out|in) (\w+ ){0,4}(forms?|applications?|paperwork)\b",
        r"\b(housing|insurance|benefits?|immigration) paperwork\b", r"\bwith (their )?forms\b",
        r"\b(mnsure|benefits?|health insurance) navigators?\b",
        r"\bsau (\w+ )?(ntawv|ntaub ntawv) thov\b", r"\bsau ntaub ntawv\b",
        r"\bpab (\w+ ){0,4}sau ntawv\b",
        r"\b(llenar|llenando) (\w+ ){0,2}(formularios|solicitudes)\b",
        r"\bbuuxi\w* (\w+ )?foom\w*", r"\bdien (\w+ )?(don|giay to|mau don)\b",
        r"\bfoormii guutuu\b",
        r"\bdon xin nha\b", r"\biyyannoo manaa\b", S("የቤት ማመልከቻ"),
        # Social workers and case managers help families through benefits and housing.
        r"\bsocial workers?\b", r"\bcase manag\w*", r"\btrabajador(a)? social\b",
        r"\bshaqaale (\w+ )?bulsho\w*", S("ማህበራዊ ሠራተኛ"), S("ማኅበራዊ ሠራተኛ"), S("ኬዝ ማኔጅ"),
        # am: forms (to fill in)
        S("ቅጾችን"), S("ቅጽ መሙላት"), S("ቅጾች"),
        # Applications for a named benefit in the languages served: so "codsiyada SNAP", am
        # "የSNAP ማመልከቻዎች", es "solicitudes de SNAP", vi "đơn SNAP", hmn "daim ntawv thov SNAP".
        r"\bcodsi\w* (\w+ ){0,2}(snap|medicaid|medicare|mnsure|wic|ebt|ma|caymis)\b",
        r"\b(solicitud|aplicacion|formulario)\w* (\w+ ){0,2}(snap|medicaid|medicare|mnsure|wic|"
        r"ebt|estampillas|cupones)\b", r"\bdon (\w+ )?(snap|medicaid|medicare|mnsure|wic|ebt)\b",
        r"\b(ntawv thov|thov) (\w+ ){0,2}(snap|medicaid|medicare|mnsure|wic|ebt)\b",
        r"(snap|medicaid|medicare|mnsure|wic|ebt)\S{0,3}\s?\S*ማመልከቻ",
    ],
    "media": [
        r"\bphotograph\w*", r"\bvideograph\w*", r"\bvideo (editing|production)\b",
        r"\bgraphic design\w*", r"\bdesigners?\b", r"\bsocial media\b", r"\bmarketing\b",
        r"\b(instagram|tiktok|canva)\b", r"\bfacebook (pages?|posts?|ads)\b", r"\bnewsletters?\b",
        r"\b(design|make|making|create|creating)\w* (\w+ ){0,2}(flyers|posters|graphics|logos?)\b",
        r"\bedit(ing)? (\w+ )?videos?\b", r"\bvideo edit\w*", r"\bpodcasts?\b", r"\bfilmmak\w*",
        r"\bthaij video\b", r"\bedit video\b", r"\bjournalists?\b", r"\bgaazexessaa\b",
        r"\b(viidiyoo|sagalee) (\w+ )?gulaal\w*", r"\bgulaaluu\b",
        r"\bfotograf\w*", r"\bredes sociales\b", r"\bsawir qaad\w*", r"\bthaij duab\b",
        r"\bnhiep anh\b", r"\bchup anh\b", r"\bthiet ke\b", r"\bsuuraa kaas\w*", S("ፎቶ"),
        S("ግራፊክ"), S("ዲዛይነር"), S("ፖስተር"),
        # Recording voices and video: radio, podcasts, voice-overs, a YouTube channel.
        r"\b(community |public )?radio (show|station|program\w*|host\w*|spots?|ads?)\b",
        r"\bvoice ?(recordings?|overs?|actors?|talent)\b", r"\brecord(ing)? (\w+ )?(voices?|audio|"
        r"messages|podcasts?|videos?)\b", r"\byoutube\b", r"\bvideo (clips?|shoots?)\b",
        r"\braadiy(o|aha|ow)\b", r"\bduub(ay|aa|is|id|o|i)\w*", r"\bmuuqaal\w*",
        r"\bxov tooj cua\b", r"\bkaw (suab|video)\b", r"\bthu am\b", r"\bphat thanh\b",
        r"\bquay (phim|video)\b", r"\blocuci\w*",
        r"\bgrab(ar|acion\w*) (\w+ )?(voz|audio|video)\w*",
        r"\bsagalee (\w+ )?waraab\w*", S("ሬዲዮ"), S("ቪዲዮ"),
    ],
    "arts": [
        r"\bmusic\w*", r"\bchoir\w*", r"\bpiano\b", r"\bguitar\b", r"\bsing(ing|ers?)\b",
        r"\bart (class|classes|teacher|projects?)\b", r"\barts and crafts\b", r"\bcrafts?\b",
        r"\bdanc(e|ing)\b", r"\bdrawing\b", r"\btheat(er|re)\b",
        r"\bmusica\b", r"\bcoro\b", r"\barte\b", r"\bbaile\b", r"\bmusicians?\b",
        r"\bmusicos\b", r"\bplay (the )?(trumpet|saxophone|sax|violin|cello|flute|drums|bass|"
        r"accordion|keyboard|piano|guitar)\b", r"\b(in|with) a (\w+ )?band\b", r"\bgigs?\b",
        r"\btoco (la |el )?(guitarra|jarana|marimba|trompeta|violin|acordeon|bajo)\b",
        r"\bbailo\b", r"\bmariachi\b",
        r"\bmurals?\b", r"\bmuralists?\b", r"\bmurales\b", r"\bartists?\b", r"\bartistas?\b",
        r"\b(pinto|pintar|pintamos|pintando) (\w+ )?(murales|mural|cuadros|lienzos)\b",
        r"\btalleres de (pintura|arte|dibujo)\b", r"\bpaint(ing|er)s? (\w+ )?(murals?|canvas\w*)\b",
        r"\bmuusig\w*", r"\bhees\w*", r"\bfarshaxan\w*", r"\bhu nkauj\b", r"\bkos duab\b",
        r"\bsuab paj nruag\b", r"\bam nhac\b", r"\bve tranh\b", r"\bhoa si\b",
        r"\b(day )?ve (mau nuoc|tranh|mau|chi)\b", r"\bday ve\b", r"\bwatercolou?rs?\b",
        r"\bacrylics?\b", r"\bweedduu\b", r"\bmuuziqaa\b",
        r"\baartii\b", r"\b(lam )?long den\b", r"\bthu cong\b", r"\bmanualidades\b",
        r"\bfaroolay\w*", r"\bua paj ntaub\b", S("ሙዚቃ"), S("ስዕል"),
        r"\b(tshuab )?qeej\b", r"\bseev cev\b", r"\bmua (\w+ )?(lan|rong|truyen thong)\b",
    ],
    "haircuts": [
        r"\bbarbers?\b", r"\bbarbershops?\b", r"\bhair ?cuts?\b", r"\bcut(s|ting)? hair\b",
        r"\bhair ?(stylists?|dressers?|braid\w*)\b", r"\bcosmetolog\w*", r"\bstylists?\b",
        r"\bcort(ar|e|o|es) (de |el )?(pelo|cabello)\b", r"\bpeluquer\w*", r"\bbarber[oa]s?\b",
        r"\bestilistas?\b", r"\btimo-?jar\w*", r"\btimaha (\w+ )?(jar|jari|jaro)\w*",
        r"\btxiav (\w+ )?plaub hau\b", r"\bhaircut\b", r"\btho (cat toc|hot toc)\b",
        r"\brifeensa (\w+ )?(haad|mur)\w*", S("ፀጉር"), S("ጸጉር"),
    ],
    "civic": [
        r"\bvoter(s)? (registration|drives?|outreach)\b", r"\bregister(ing)? (\w+ )?voters\b",
        r"\bregister to vote\b", r"\bcivic engagement\b", r"\belections?\b", r"\bcensus\b",
        r"\bcanvass\w*", r"\bdoor[- ]?knock\w*",
        r"\bknock(ed|ing|s)? (on )?doors\b", r"\bget out the vote\b", r"\bphone ?bank\w*",
        r"\btenant (union|organiz\w*|rights)\b", r"\borganiz(e|ing|er) (\w+ )?tenants\b",
        r"\bregistr(ar|o|ado|amos) (\w+ )?votantes\b", r"\bregistro de votantes\b",
        r"\bcenso\b", r"\btoc(ar|ado|ando|o) (\w+ )?puertas\b",
        r"\bcodbixiye\w*", r"\bdiiwaangeli\w* (\w+ )?cod\w*", r"\btirakoob\w*",
        r"\balbaab\w* (\w+ )?garaac\w*", r"\bpov npav\b", r"\bkhob qhov rooj\b",
        r"\bcu tri\b", r"\bdieu tra dan so\b", r"\bgo cua\b",
        r"\bfilannoo\w*", r"\bfilattoota\b", S("መራጮች"), S("ምርጫ"),
    ],
    "animals": [
        r"\bdogs?\b", r"\bcats?\b", r"\bpets?\b", r"\banimals?\b",
        r"\bperros?\b", r"\bgatos?\b", r"\banimales\b", r"\bmascotas\b",
        r"\beey(o|aha|ga)\b", r"\bbisad\w*", r"\bxayawaan\w*", r"\bdev\b", r"\bmiv\b",
        r"\btsiaj\b", r"\bdong vat\b", r"\bthu cung\b", r"\bsaree\b", r"\badurree\b",
        r"\bbineeldo\w*", S("ውሻ"), S("ድመት"), S("እንስሳ"),
    ],
}

# --- facets: kinds of work within a broad activity ---------------------------------------------
# A need and a member who share one of these activities but name only different facets of
# it (a website build and phone lessons for seniors; wedding photos and Instagram posts;
# tax returns and a nonprofit's books; knitting and mending; homework help and mentoring)
# are not matched on it.  A side that names no facet fits every facet.

FACET_CUES: dict[str, dict[str, list]] = {
    # Computers given away are goods of their own: a laptop donor is not a general donor.
    "donate_goods": {
        "computers": [
            r"\blaptops?\b", r"\btablets?\b", r"\bcomputers?\b", r"\bchromebooks?\b",
            r"\bcomputadoras?\b", r"\bmay tinh\b", S("ላፕቶ"), S("ኮምፒውተር"),
        ],
    },
    # Teeth and clinical checks: a dental hygienist is not taking blood pressure.
    "medical": {
        "dental": [
            r"\bdental\b", r"\bdentists?\b", r"\bhygienists?\b", r"\bteeth\b", r"\bilko\b",
            r"\bilkaha\b", r"\bnha si\b", r"\brang\b", r"\bhniav\b", r"\bdentistas?\b",
            r"\bhigienistas?\b", r"\bdentales?\b", r"\bdentist\b", S("ጥርስ"),
        ],
        "clinical": [
            r"\bblood pressure\b", r"\bglucose\b", r"\bvitals\b", r"\bscreenings?\b",
            r"\bnurses?\b", r"\brns?\b", r"\blpns?\b", r"\bphysicians?\b", r"\bdoctors?\b",
            r"\bemts?\b", r"\bcnas?\b", r"\bvaccin\w*", r"\bflu shots?\b", r"\bpresion arterial\b",
            r"\benfermer\w*", r"\bkalkaali\w*", r"\by ta\b", r"\bhuyet ap\b", r"\bnais maum\b",
            r"\bmedical students?\b", r"\bnursing students?\b", S("ነርስ"), S("የደም ግፊት"),
        ],
    },
    # Swimming is not a ball game: a lifeguard is not a soccer coach (blind round 10).
    "sports": {
        "swimming": [
            r"\bswim\w*", r"\blife ?guards?\b", r"\bwsi\b", r"\bdabaash\w*", r"\bnataci\w*",
            r"\bboi (loi)?\b", r"\bua luam dej\b", r"\bdakaa\w*",
        ],
        # Each ball game is a facet of its own: a basketball coach is not a soccer referee
        # (blind round 15 labelled "a coach of a different sport" ok at most).  A word for
        # a ball game in general ("ball sports", so "kubadda") names no facet and fits all.
        "soccer": [
            r"\bsoccer\b", r"\bfootball\b(?! (coach|team|league|player)s? \(american)",
            r"\bfutbol\b", r"\bkubadda cagta\b", r"\bkubbaa miilaa\b",
            r"\b(ncaws pob|pob ncaws)\b(?!\W{0,3}basketball)", r"\bbong da\b", S("እግር ኳስ"),
        ],
        "basketball": [
            r"\bbasketball\b", r"\bbaloncesto\b", r"\bbasquet\w*", r"\bkubadda koleyga\b",
            r"\bpob tawb\b", r"\bbong ro\b", S("ቅርጫት ኳስ"),
        ],
        "volleyball": [r"\bvolleyball\b", r"\bvoleibol\b", r"\bbong chuyen\b", r"\bntaus pob\b"],
        "baseball": [r"\bbaseball\b", r"\bsoftball\b", r"\bbeisbol\b", r"\bbong chay\b"],
        "hockey": [r"\bhockey\b"],
        "tennis": [r"\btennis\b", r"\btenis\b", r"\bpickleball\b"],
        "cricket": [r"\bcricket\b"],
    },
    "tech": {
        "web": [
            r"\bwebsites?\b", r"\bweb ?(design\w*|develop\w*|sites?|pages?)\b", r"\bwordpress\b",
            r"\bsquarespace\b", r"\bwix\b", r"\bsoftware\b", r"\bprogramm\w*", r"\bcoding\b",
            r"\bdevelopers?\b", r"\bdatabases?\b", r"\bonline (\w+ )?(forms?|sign-?ups?)\b",
            r"\bpagina web\b", r"\bsitio web\b", r"\btrang web\b", r"\bweebsaayit\w*",
            r"\bwebsaydh\w*", S("ድህረ ገጽ"),
        ],
        # Fixing computers and installing Windows is not building a website.
        "it": [
            r"\b(computer|laptop|pc) (repair\w*|fix\w*|set ?up)\b", r"\b(install\w*|reinstall\w*) "
            r"(windows|software|printers?)\b", r"\bwindows\b", r"\bhelp ?desk\b", r"\bit support\b",
            r"\bkompiit?ara suph\w*", r"\bfe'uu\b", S("የኮምፒውተር ጥገና"), S("ዊንዶውስ"),
            r"\bsua may tinh\b", r"\bkho computer\b",
        ],
        "devices": [
            r"\b(computer|laptop|pc) (repair\w*|fix\w*|set ?up)\b", r"\bhelp ?desk\b",
            r"\bprinters?\b", r"\bfix computers\b",
            r"\bsmart ?phones?\b", r"\bphones?\b", r"\btablets?\b", r"\bipads?\b", r"\bemail\b",
            r"\bvideo (calls?|chats?)\b", r"\bzoom\b", r"\bmychart\b", r"\bcomputer basics\b",
            r"\b(use|using) (a |the |their |his |her )?(computers?|laptops?|phones?)\b",
            r"\bdigital (literacy|skills)\b", r"\b(teach|help)\w* (\w+ ){0,2}(seniors|elders)\b",
            r"\bxov tooj\b", r"\bsiv (computer|khoos phis tawj)\b", r"\bdien thoai\b",
            r"\btelefonos?\b", r"\bcelular(es)?\b", r"\btaleefan\w*", r"\bbilbila\w*",
            S("ስልክ"),
        ],
    },
    "media": {
        "photo": [
            r"\bphotograph\w*", r"\bphotos?\b", r"\bcameras?\b", r"\bvideograph\w*",
            r"\bthaij (\w+ )?duab\b", r"\bkoob yees duab\b", r"\bchup anh\b", r"\bnhiep anh\b",
            r"\bfotograf\w*", r"\bfotos\b", r"\bsawir\w*", r"\bsuuraa\w*", S("ፎቶ"),
            r"\bvideos?\b", r"\bmuuqaal\w*", r"\byoutube\b", r"\bfilm\w*", r"\bviidiyoo\b",
            r"\bquay phim\b", S("ቪዲዮ"),
        ],
        # Voices and sound: radio, podcasts, voice recordings.
        "audio": [
            r"\bradio\w*", r"\bpodcast\w*", r"\bvoice ?(recordings?|overs?|actors?|talent)\b",
            r"\baudio\b", r"\bsound (engineer\w*|recording|editing)\b", r"\braadiy\w*",
            r"\bcod(ka|ad)? (\w+ )?duub\w*", r"\bduub\w* (\w+ )?cod\w*", r"\bxov tooj cua\b",
            r"\bthu am\b", r"\bphat thanh\b", r"\blocuci\w*", r"\bgrabaci\w* de (voz|audio)\b",
            r"\bsagalee\b", r"\bduub(is|ista|aa|ay|o)\w*", r"\bcod(kayga|keyga|kooda)\b",
            S("ሬዲዮ"), S("ድምፅ ቀረጻ"),
        ],
        "promo": [
            r"\bsocial media\b", r"\binstagram\b", r"\bfacebook\b", r"\btiktok\b", r"\bcanva\b",
            r"\bgraphic\w*", r"\bflyers?\b", r"\bmarketing\b", r"\bnewsletters?\b",
            r"\bredes sociales\b", r"\bmang xa hoi\b", r"\bthiet ke\b", r"\bposts\b",
            r"\bmiidiyaa hawaasaa\b", r"\bbaraha bulshada\b", r"\b(ux|ui|graphic|web) designers?\b",
            r"\bdisen\w* grafic\w*",
        ],
    },
    "tax": {
        "returns": [
            r"\btax (returns?|prep\w*|filing|season|clinics?|forms?)\b", r"\btaxes\b",
            r"\bvita\b", r"\benrolled agent\b", r"\bcpas?\b", r"\bua se\b", r"\bkhai thue\b",
            r"\bcanshuur\w*", r"\bimpuestos\b", r"\bdeclaraci\w* de (impuestos|renta)\b",
            r"\bgibira\b", S("ግብር"),
        ],
        "books": [
            r"\bbookkeep\w*", r"\baccounting\b", r"\baccountants?\b", r"\bquickbooks\b",
            r"\bbudget\w*", r"\baudits?\b", r"\b(form )?990\b", r"\bpayroll\b",
            r"\bfinancial (statements|reports?)\b", r"\bfinance (director|manager)\b",
            r"\bcpas?\b", r"\bxisaabiye\w*", r"\bxisaabaad\w*", r"\bbuugaagta xisaab\w*",
            r"\bmiisaaniyad\w*", r"\bke toan\w*", r"\bcontab\w*", r"\bcontador\w*",
            r"\bpresupuesto\w*", r"\bkws suav nyiaj\b", S("የሂሳብ"),
        ],
    },
    "sewing": {
        "knit": [r"\bknit\w*", r"\bcrochet\w*", r"\btejer\b", r"\btejido\b", r"\bdan len\b"],
        "sew": [
            r"\bsew\w*", r"\bmend\w*", r"\balterations?\b", r"\bhem(s|ming|med)?\b",
            r"\bzippers?\b", r"\btailor\w*", r"\bseamstress\b", r"\bquilt\w*", r"\bembroider\w*",
            r"\bweav\w*", r"\bpatch\w*", r"\bxaws\b", r"\bpaj ntaub\b", r"\bcos(er|tura\w*)\b",
            r"\bmay (va|do|ao|quan ao|vay|lai)\b", r"\btho may\b", r"\bbiet may\b", r"\btheu\b",
            r"\btolid\w*", S("ስፌት"), S("መስፋት"), S("ဆးတၢ်"),
        ],
    },
    # What kind of repair: a carpenter building a ramp is not an electrician, nor a car mechanic.
    "repairs": {
        "carpentry": [
            r"\bcarpent\w*", r"\bramps?\b", r"\bporch\w*", r"\bdecks?\b", r"\bdoors?\b",
            r"\bshel(f|ves)\b", r"\bwood\w*", r"\bfurniture assembl\w*", r"\bdrywall\b",
            r"\bsteps\b", r"\bstairs\b", r"\bfences?\b", r"\broof\w*", r"\bgrab bars\b",
            r"\bcarpinter\w*", r"\bnijaar\w*", r"\bjaranjar\w*", r"\bua ntoo\b",
            r"\bru tsev\b", r"\bqhov rooj\b", r"\btho moc\b", r"\blam moc\b",
            r"\bogummaa mukaa\b", S("አናጺ"),
        ],
        "electrical": [
            r"\belectric\w*", r"\bwiring\b", r"\boutlets?\b", r"\blight fixtures?\b",
            r"\btho dien\b", r"\bhluav taws xob\b", r"\bkoronto\w*", S("ኤሌክትሪ"),
        ],
        "plumbing": [
            r"\bplumb\w*", r"\bfaucets?\b", r"\btoilets?\b", r"\bsinks?\b", r"\bpipes?\b",
            r"\bplomer\w*", r"\btho nuoc\b",
        ],
        "vehicles": [
            r"\bmechanics?\b", r"\bcars?\b", r"\bbikes?\b", r"\bbicycles?\b", r"\bauto\w*",
            r"\boil changes?\b", r"\bbrakes?\b", r"\bkho tsheb\b",
            r"\bkho tsheb\b", r"\bsua xe\b", r"\bmecanic\w*", r"\bbaabuur\w*",
            r"\bbicicletas?\b", r"\bbicis?\b", r"\bbaaskiil\w*", r"\btsheb kauj vab\b",
            r"\bxe dap\b", r"\bbrakes\b", r"\bfrenos\b", r"\bderailleurs?\b",
            r"\bflat tires?\b", r"\bllantas\b", r"\bbiriig\w*", r"\bbisikileettii\b",
            S("ብስክሌት"),
        ],
        "appliances": [
            r"\bappliances\b", r"\blamps?\b", r"\btoasters?\b", r"\bvacuums?\b",
            r"\bradios?\b", r"\belectrodomesticos\b", r"\baparatos\b", r"\blamparas?\b",
        ],
        "painting": [r"\bpaint\w*", r"\bpint(ar|ura)\b", r"\bpleev xim\b", r"\bson nha\b"],
    },
    # Teaching children an instrument is not singing karaoke with friends.
    "arts": {
        "instrument": [
            r"\bguitars?\b", r"\bpianos?\b", r"\bviolins?\b", r"\bdrums?\b", r"\bkeyboards?\b",
            r"\binstruments?\b", r"\bguitarra\b", r"\bviolin\b", r"\btambor\w*",
            r"\btshuab raj\b", r"\bntaus (guitar|piano|nruas)\b", r"\bqeej\b", r"\bdan (guitar|"
            r"piano|tranh|bau)\b", r"\bkhasaan\b", r"\bkiraar\b", r"\bqalab muusig\w*",
            r"\bmeeshaa muuziqaa\b", S("ክራር"), S("መሰንቆ"), S("ፒያኖ"), S("ጊታር"),
        ],
        "singing": [
            r"\bsing(ing|ers?)?\b", r"\bkaraoke\b", r"\bchoir\w*", r"\bcantar\b", r"\bcoro\b",
            r"\bhu nkauj\b", r"\bmloog nkauj\b", r"\bhees\w*", r"\bhat\b", r"\bweedduu\b",
            S("መዝሙር"), S("ዘፈን"),
        ],
        "visual": [
            r"\bdraw\w*", r"\bpaint\w*", r"\bart (class|classes|projects?)\b", r"\bcrafts?\b",
            r"\bmural\w*", r"\bkos duab\b", r"\bve tranh\b", r"\bmanualidades\b", r"\bdibuj\w*",
            r"\bsawir (\w+ )?sameyn\w*", S("ስዕል"),
        ],
        "dance": [r"\bdanc\w*", r"\bbaile\w*", r"\bseev cev\b", r"\bciyaar hiddo\w*"],
    },
    "tutoring": {
        "academic": [
            r"\bhomework\b", r"\bmath\w*", r"\breading\b", r"\bscience\b", r"\balgebra\b",
            r"\bspelling\b", r"\btutor\w*", r"\bschoolwork\b", r"\bcasharr\w*", r"\bxisaabta\b",
            r"\bakhris\w*", r"\bsayniska\b", r"\btareas\b", r"\bmatematicas\b", r"\blectura\b",
            r"\bbai tap\b", r"\bday kem\b", r"\bgia su\b", r"\bhojii manaa\b", r"\blej\b",
            r"\bnyeem ntawv\b", r"\bhomework\b", S("የቤት ስራ"), S("ማስጠናት"),
        ],
        # Teaching a language itself (reading and writing Amharic, Afaan Oromoo school).
        "language": [
            r"\b(teach|teaching|tutor\w*|classes in|lessons in) (\w+ )?(somali|hmong|oromo|"
            r"afaan oromo|amharic|karen|vietnamese|spanish|arabic|tigrinya)\b",
            r"\bafaan oromoo?\b[^.]{0,40}\b(barsiis|barreess|dubbis)\w*",
            r"\b(barsiis|barreess)\w*[^.]{0,40}\bafaan oromoo?\b",
            r"\b(bar|barid|baro)\w* (\w+ )?(af soomaali|af-soomaaliga|qoraalka soomaaliga)\b",
            r"\bqhia (\w+ )?(lus hmoob|ntawv hmoob)\b", r"\bday (\w+ ){0,6}tieng viet\b",
            r"\bviet ngu\b",
            r"\bensen\w* (\w+ )?(espanol|el espanol)\b", S("የአማርኛ ፊደል"), S("አማርኛ ማንበብ"),
            S("አማርኛ አስተምራለሁ"), S("አማርኛ ማስተማር"),
            S("አማርኛን"),
        ],
        # Helping students into college (applications, essays, FAFSA) is not homework.
        "college": [
            r"\bfafsa\b", r"\bcollege (applications?|essays?|admissions?|access)\b",
            r"\badmissions? counsel\w*", r"\bschool counsel(or|lor)s?\b",
            r"\bconsejer[oa] escolar\b", r"\bgorsaa barattoota\w*", r"\biyyata kolleejjii\b",
        ],
        "mentor": [
            r"\bmentor\w*", r"\bbig brothers?\b", r"\bbig sisters?\b", r"\brole models?\b",
            r"\bgorsuu\b", r"\btus coj\b", r"\bmentoria\b",
        ],
    },
}

# --- donations: the kind of item (a member needs an intent to give as well) -----------------

DONATION_ITEMS: dict[str, list] = {
    "donate_clothing": [
        r"\bcloth(es|ing)\b", r"\bcoats?\b", r"\bjackets?\b", r"\bboots\b", r"\bhats\b",
        r"\bmittens\b", r"\bgloves\b", r"\bscarves\b", r"\bsweaters?\b", r"\bwinter wear\b",
        r"\bshoes\b", r"\bblankets?\b",
        r"\bropa\b", r"\babrigos?\b", r"\bchaquetas?\b", r"\bchamarras?\b", r"\bbotas\b",
        r"\bgorros\b",
        r"\bguantes\b", r"\bbufandas\b", r"\bzapatos\b", r"\bcobijas\b",
        r"\bdhar\w*", r"\bjaakad\w*", r"\bkabo\b", r"\bkoofiyad\w*", r"\bgacmo-?gashi\w*",
        r"\bbuste\w*", r"\bgogo(l|sha)\w*",
        r"\bkhaub ncaws\b", r"\btsho\b", r"\bkhau looj\b", r"\bkaus mom\b",
        r"\bquan ao\b", r"\bao (am|khoac)\b", r"\bgang tay\b",
        r"\buffata\w*", r"\bjaakeetii\b", r"\bkophee\b", r"\bkoofiyaa\b",
        S("ልብስ"), S("ኮት"), S("ጫማ"), S("ኮፍያ"), S("ጓንት"), S("ဆ့ကၤ"),
    ],
    "donate_baby": [
        r"\bdiapers?\b", r"\bwipes\b", r"\bformula\b", r"\bbaby (items|supplies|gear|things)\b",
        r"\bstrollers?\b", r"\bcribs?\b", r"\bcar seats?\b",
        r"\bpanales\b", r"\btoallitas\b", r"\bformula para bebes?\b", r"\barticulos de bebe\b",
        r"\bxafaayad\w*", r"\bcaano carruur\w*", r"\bntaub qhwv menyuam\b",
        r"\bbim\b", r"\bsua bot\b", r"\bdo em be\b", r"\bdaayipara\b", S("ዳይፐር"), S("የሕፃናት"),
    ],
    "donate_furniture": [
        r"\bfurniture\b", r"\bbeds?\b", r"\bbed frames?\b", r"\bmattress\w*", r"\btables?\b",
        r"\bchairs?\b", r"\bdressers?\b", r"\bcouch(es)?\b", r"\bsofas?\b",
        r"\bhousehold (items|goods)\b", r"\bhousewares\b", r"\bkitchen (items|supplies|tables?)\b",
        r"\bpots and pans\b", r"\bdishes\b", r"\bappliances\b", r"\bkitchen (things|stuff)\b",
        r"\bcosas de (la )?cocina\b", r"\bart[ie]culos de cocina\b",
        r"\bmuebles\b", r"\bcamas?\b", r"\bcolchon\w*", r"\bmesas?\b", r"\bsillas?\b",
        r"\balaab (\w+ )?guri\w*", r"\bsariir\w*", r"\bmiis\w*", r"\bkuraas\w*", r"\bfuraash\w*",
        r"\brooj tog\b", r"\btxaj\b", r"\bdo noi that\b", r"\bgiuong\b", r"\bnem\b",
        r"\bmeeshaa manaa\b", r"\bsiree\b", r"\bminjaala\b",
        # kitchenware is household goods
        r"\bpots\b", r"\bpans\b", r"\bplates\b", r"\butensils\b", r"\brice cookers?\b",
        r"\bollas\b", r"\bsartenes\b", r"\bplatos\b", r"\bdheri\w*", r"\bsaxan\w*",
        r"\blauj kaub\b", r"\btais diav\b", r"\byias\b", r"\bnoi (com|chao)\b", r"\bchen bat\b",
        r"\bdistii\b", r"\bsaanii\b", S("ድስት"), S("ሳህን"),
        S("የቤት ዕቃ"), S("አልጋ"), S("ጠረጴዛ"), S("ወንበር"),
    ],
    "donate_food": [
        r"\bfood\b", r"\bgroceries\b", r"\bcanned (goods|food)\b", r"\brice\b", r"\bdates\b",
        r"\bmeat\b", r"\bhalal\b", r"\bnon-?perishable\b",
        r"\bcomida\b", r"\balimentos\b", r"\barroz\b", r"\bcarne\b",
        r"\bcunt\w*", r"\bhilib\b", r"\bbariis\b", r"\btimir\b", r"\bxalaal\b",
        r"\bkhoom noj\b", r"\bnqaij\b", r"\bmov nplej\b",
        r"\bthuc pham\b", r"\bgao\b", r"\bthit\b", r"\bnyaata\b", r"\bfoon\b", r"\bruuza\b",
        S("ምግብ"), S("ሥጋ"), S("ሩዝ"), S("တၢ်အီၣ်"),
    ],
    "donate_school": [
        r"\bschool supplies\b", r"\bbackpacks?\b", r"\bnotebooks?\b", r"\bpencils?\b",
        r"\bcrayons\b", r"\butiles escolares\b", r"\butiles (para la|de la) escuela\b",
        r"\bschool (stuff|things|items)\b", r"\bmochilas\b", r"\bcuadernos\b",
        r"\bboorso\w*", r"\bkhoom (siv )?kawm ntawv\b", r"\bcwj mem\b",
        r"\b(qalab|agab)\w* (\w+ )?(dugsi|iskuul)\w*", r"\bqalimaan\w*",
        r"\bhnab ev ntawv\b", r"\bba lo\b", r"\bbut chi\b", r"\bdo dung hoc tap\b",
        r"\bboorsaa\b", r"\bqalama\b", S("ቦርሳ"), S("ደብተር"), S("እርሳስ"),

    ],
    "donate_hygiene": [
        r"\bhygiene\b", r"\bsoap\b", r"\bshampoo\b", r"\btoothpaste\b", r"\btoothbrush\w*",
        r"\bpads\b", r"\btampons\b", r"\btoiletries\b", r"\bdeodorant\b",
        r"\bjabon\b", r"\bchampu\b", r"\bhigiene\b", r"\bsaabuun\b", r"\bnadaafad\w*",
        r"\bxab npum\b", r"\bxa phong\b", S("የንጽህና"), S("የንጽሕና"), r"\bkem danh rang\b",
        r"\bsaamunaa\b", S("ሳሙና"),
    ],
}

# Giving blood is a drive of its own: general goods donors are not told of it.
DONATION_ITEMS["donate_blood"] = [
    r"\bblood\b", r"\bplatelets?\b", r"\bplasma\b", r"\bsangre\b", r"\bdhiig\w*",
    r"\bntshav\b", r"\bhien mau\b", r"\bdhiiga\b", S("ደም"),
]
# A member who says they give blood (no separate "donate" word needed: "platelet donor").
BLOOD_DONOR = [
    r"\b(blood|platelet|plasma|whole-blood)( and (\w+-)?(blood|platelet|plasma))? donors?\b",
    r"\b(give|gives|giving|gave|donate\w*) (\w+ )?(blood|platelets|plasma)\b",
    r"\bdon(o|ar|ante de) sangre\b", r"\bdhiig (\w+ ){0,2}(ku )?deeq\w*", r"\bpub ntshav\b",
    r"\bhien mau\b", r"\bdhiiga kenn\w*", S("ደም እለግሳለሁ"), S("ደም መለገስ"),
]
DONATION_ITEMS["donate_goods"] = [
    S("ላፕቶ"),
    # Computers are goods of their own, not school supplies (blind rounds 8 and 12).
    r"\blaptops?\b", r"\btablets?\b", r"\bmay tinh (xach tay|bang)\b", r"\bcomputadoras?\b",
    r"\bchromebooks?\b",    r"\btoys?\b", r"\bbooks\b", r"\bjuguetes\b", r"\blibros\b",
    r"\balaab ciyaareed\b",
    r"\bbuugaag\w*", r"\bkhoom ua si\b", r"\bphau ntawv\b", r"\bdo choi\b", r"\bsach\b",
    r"\bmeeshaa taphaa\b", r"\bkitaabota\b", S("መጫወቻ"), S("መጽሐፍ"),
]

# Money: a cash appeal (a bus-pass fund) and a donor who gives money.  Read from the
# clauses a text does not negate ("Maallaqni hin fudhatamu" -- money is not accepted).
# The words for money every language shares between the two lists below.
MONEY_WORDS = [
    r"\bmoney\b", r"\bcash\b", r"\bdinero\b", r"\blacag\w*", r"\bnyiaj\b", r"\bmaallaq\w*",
    S("ገንዘብ"),
]
DONATION_ITEMS["donate_money"] = MONEY_WORDS + [
    r"\bfunds?\b", r"\b(write|mail|send|drop off) a check\b",
    r"\bfinancial (gifts?|donations?|support|contributions?)\b", r"\bmonetary\b",
    r"\btang tien\b", r"\bcho tien\b", r"\bgop tien\b",
    r"\befectivo\b", r"\bfondos?\b", r"\bsadaq\w*",
    r"\btien (mat|quyen gop|ung ho)\b", r"\bquyen gop tien\b", r"\bung ho tien\b",
    r"\bqarshii\b", S("ፈንድ"), S("စ့"),
]
# Any goods at all (a donor who gives "household items", "things", "whatever you need").
GENERAL_GOODS = [
    r"\b(all kinds of|any kind of|whatever|anything|all sorts of) (\w+ )?(things|goods|stuff|"
    r"items)?", r"\bdonat\w* (\w+ )?(goods|things|stuff|items)\b",
    r"\btoys?\b", r"\bbooks?\b", r"\bbikes?\b", r"\bbicycles?\b", r"\bgames\b",
    r"\bjuguetes\b", r"\blibros\b", r"\bdo choi\b", r"\bsach\b", S("መጫወቻ"), S("መጽሐፍ"),
    # vi "đồ dùng" (things) on its own; "đồ dùng nhà bếp" (kitchenware) names the item
    r"\bdo dung\b(?! (nha|hoc|ve|tre|em|ca|cho|bep|gia|phong|an|the))",
]
# A member offers to give (not "sorting donations" or "donated clothes").
DONATE_INTENT = [
    r"\bdonat(e|es|ing)\b", r"\bgive away\b", r"\bcontribute\b",
    r"\bgive (them|it|these|those) (away|to)\b", r"\bto give (away|to)\b",
    r"\bdon(ar|o)\b", r"\bdonar(lo|la|los|las)\b", r"\bregal(ar|o|amos|arlos|arlas)\b",
    r"\bgive (\w+ ){1,2}away\b",
    r"\b(can|could|will|would like to|happy to) give (\w+ ){0,3}(bags|boxes|clothes|food|rice|"
    r"items|things|diapers|coats)\b",
    r"\b(buy|bought|purchase)\w* (\w+ ){0,6}for (a |the )?(\w+ )?(drive|families|kids)\b",
    r"\bku deeq\w*", r"\bdeeqi\b", r"\bdeeq ahaan\b", r"\btabaruc\w*",
    # so "bixin karaa" is "can give" -- advice as well as goods: only with goods named
    r"\b(bixi(n|yo|ya)?|siin|siiyo|ku deeqi) (\w+ )?karaa (\w+,? ){0,2}(timir|bariis|hilib|"
    r"cunt|raashin|dhar|alaab|caano|xafaayad|buste|kabo)\w*",
    r"\bpub\b", r"\bmuab pub\b",
    r"\bquyen gop\b", r"\btang\b", r"\bung ho\b",
    r"\bgiv(e|ing) (it|them|things|stuff|these) (\w+ ){0,2}to\b", r"\bwill give\b",
    r"\bgive (\w+ ){0,2}(money|cash|dollars)\b", r"\bgive financially\b", r"\bdoy dinero\b",
    r"\b(run|runs) the clothes closet\b", r"\bwe collect\b",
    r"\bmaallaq\w* (\w+ )?(gargaar|gumaach)\w*", r"\bgumaach\w*", r"\bdong gop\b",
    r"\bhelp (\w+ )?with money\b", r"\bayudar con dinero\b",
    r"\blacag (\w+ )?(ku )?caawi\w*", r"\bpab (\w+ )?nyiaj\b", r"\bgiup (\w+ )?tien\b",
    r"\b(get|have) (\w+ )?(them |some |it )?donated\b",
    r"\bdrop (\w+ )?off (a |some )?(batch|bags?|boxes|donations)\b",
    r"\bdrop (\w+ )?off (\w+ ){0,3}(supplies|clothes|coats|food|items|diapers|toys|books)\b"
    r"(?! (at|for) (\w+ ){0,2}(clients|families|seniors|elders))",
    r"\bwhen there (is|'s) a (\w+ )?drive\b",
    r"\bcollects? (\w+ ){0,4}(supplies|backpacks|coats|food|clothes)\b",
    r"\b(buy|bought|purchase)\w* (\w+ ){0,6}drives?\b",
    r"\bgive (\w+ ){1,5}(to|for) (\w+ ){0,2}(drives?|shelves|pantr\w*|families|charit\w*)\b",
    r"\b(have|got) stuff\b",
    r"\bkenn(uu|a|uuf)\b", S("ልገሳ"), S("መለገስ"), S("እለግሳለሁ"), S("ለመለገስ"), S("ဟ့ၣ်"),
]
# Picking up or delivering: with a car, that is driving (food rescue, donation pick-ups).
DELIVERY = [
    r"\b(do|doing|make|making) (\w+ ){0,3}pick-?ups\b", r"\bpick(ing)? (\w+ ){0,2}up\b",
    r"\bdeliver\w*", r"\bfood rescue\b",
    r"\brecog(er|o)\b", r"\brepart(ir|o)\b", r"\bentreg(ar|o)\b", r"\bsoo qaad\w*",
    r"\bgeyn\w*", r"\bmus tos\b", r"\bxa (\w+ )?(khoom|zaub mov|mov)\b", r"\bgiao (hang|do)\b",
    r"\bcho (\w+ )?(do|hang)\b", r"\bfiduu\b", r"\bgeessuu\b", S("ማድረስ"),
]
# Money only: a donor who gives money gives no goods.
MONEY = MONEY_WORDS + [r"\bfunds\b", r"\bchecks?\b", r"\btien\b"]
# A need collects goods (only read when extraction did not say the kind).
DONATION_NEED = [
    r"\bdonate\b", r"\bdonations? (of|needed|wanted|accepted|drive|requested)\b",
    r"\b(accepting|need|needs|seeking|collecting) (\w+ )?donations\b", r"\bdrive\b",
    r"\bcollect\w*", r"\bdrop[- ]off\b", r"\bwish ?list\b",
    r"\bdonaci\w*", r"\bcolecta\b", r"\bku deeq\w*", r"\bdeeq (cunto|dhar|alaab|lacag)\w*",
    r"\bururinta\b", r"\bthov pub\b",
    r"\bquyen gop\b", r"\bkennaa\b", S("ልገሳ"), S("ይለግሱ"),
]

# --- traits -----------------------------------------------------------------------------------

VEHICLE = [
    r"\b(have|own|has|got|drive|with|bring) (a |an |my |our |their |his |her )?(own )?(\w+ )?"
    r"(car|cars|minivan|van|suv|vehicle|truck|pickup|trailer)\b",
    r"\bown (car|vehicle|transportation|transport)\b", r"\bmy (car|van|minivan|truck|suv)\b",
    r"\baccess to a (car|vehicle|van)\b", r"\bhave (my own )?wheels\b",
    r"\b(have|with) (reliable|my own) (transportation|transport)\b",
    r"\b(in|drive) (my|our) (own )?(honda|toyota|ford|chevy|subaru|nissan|hyundai|kia|jeep|"
    r"dodge|prius|sedan|minivan|suv)\b",
    r"\b(car|vehicle|truck) owner\b", r"\bcargo van\b", r"\bi drive a\b",
    r"\b(i'?ve )?got a (buick|honda|toyota|ford|chevy|subaru|nissan|hyundai|kia|jeep|dodge|prius|"
    r"sedan|minivan|suv|car)\b",
    r"\btengo (un |una |mi )?(carro|coche|auto|camioneta|vehiculo|van|troca)\b",
    r"\b(carro|coche|auto|vehiculo) propio\b", r"\bcon (mi )?(carro|coche|auto)\b",
    r"\bgaari (\w+ )?(haystaa|leeyahay|haysta|leh)\b",
    r"\b(baabuur|gaari) (ayaan|baan|waan) wataa\b", r"\b(haystaa|leeyahay) gaari\b",
    r"\bco (o to|xe hoi|xe rieng)\b",
    r"\bbaabuur (\w+ )?(haystaa|leeyahay|haysta|leh|haysto|ayaan haystaa)\b",
    r"\b(haystaa|leeyahay) baabuur\b", r"\b(baabuur|gaari)(kayga|keyga|gayga)\b",
    # so: "Baabuur weyn (van) baan leeyahay", "gaari xamuul ayaan haystaa"
    r"\b(baabuur|gaari|gaadhi|xamuul)\w* ([^\s.;]+ ){0,3}(baan |ayaan |waan )?(haystaa|haystaan|"
    r"leeyahay|leenahay|haynaa)\b",
    r"\b(waxaan|waxaynu|waxaan) (haystaa|leeyahay) (\w+ )?(baabuur|gaari|gaadhi|xamuul)",
    r"\b(car|van|minivan|truck|pickup|suv|trailer)( truck)? (\w+ )?(ayaan|baan|waan) "
    r"(haystaa|leeyahay|haysto|wataa)\b",
    r"\bmuaj (lub |ib lub )?tsheb\b", r"\btsheb thauj khoom\b",
    r"\bco xe\b", r"\bxe ban tai\b",
    r"\bkonkolaataa (\w+ )?qab\w*",
    S("ဒီးသိလ့ၣ်"), S("ဒီး သိလ့ၣ်"), S("መኪና አለኝ"), S("መኪና አለን"),
]
NO_VEHICLE = [
    r"\b(no|don'?t have an?|do not have an?|without an?|not have an?|dont have an?) "
    r"(car|vehicle|truck)\b", r"\bno tengo (un |una )?(carro|coche|auto|vehiculo)\b",
    r"\bbaabuur ma (haysto|lihi|lihid|haystid)\b", r"\bma haysto baabuur\b",
    r"\btsis muaj (lub |ib lub )?tsheb\b", r"\bkhong co xe\b", r"\bkonkolaataa hin qab\w*",
    S("መኪና የለኝም"),
]
TRUCK = [
    r"\b(pickup|pick-up|truck|trucks|van|vans|cargo van|trailer)\b",
    r"\bcamioneta\b", r"\bpickup\b", r"\btroca\b", r"\bxamuul\w*", r"\btsheb thauj khoom\b",
    r"\btsheb loj\b",
    r"\bxe (ban tai|tai|van)\b", r"\bkonkolaataa fe'iisaa\b", S("የጭነት መኪና"), S("ፒክአፕ"),
]
WOMAN = [
    r"\bi'?m an? (\w+[ -]){0,3}(woman|mother|mom|grandmother|grandma|lady|wife)\b",
    r"\bi am an? (\w+[ -]){0,3}(woman|mother|mom|grandmother|grandma|lady|wife)\b",
    r"\bas an? (\w+ )?(woman|mother|mom)\b", r"\bmother of\b", r"\bmom of\b",
    r"\bsoy (una )?(mujer|madre|mama|abuela)\b",
    r"\bhaweeney\w* (\w+ )?(ayaan|baan|ahay)\b", r"\bahay (\w+ )?(haweeney|hooyo)\w*",
    r"\bhooyo (\w+ )?(ayaan|baan|ahay|carruur)\b",
    r"\bkuv yog (ib tug )?(poj niam|niam)\b",
    r"\btoi la (phu nu|nu|me|ba)\b", r"\bani dubartii\b", r"\bani haadha\b",
    r"\bdubartii (dha|dha'a|ta'e)\b",
    r"\bi'?m female\b", r"\bi am female\b", r"\bas a (mom|mother|grandmother)\b",
    r"^([a-z]+[- ]){0,3}(woman|mother|mom|grandmother|grandma|lady)\b", r"\bi'?m a grandma\b",
    r"\((a )?(woman|female|mother)\)", r"\bmadre de\b", r"^mujer\b", r"\bhaweeney ahaan\b",
    r"\bsida haweeney\b", r"\bcomo mujer\b", r"\bgabar (\w+ )?(ah )?(ayaan|baan) ahay\b",
    # "Social worker (LICSW), woman, happy to ...": the word alone in a list about themselves
    r"(^|[.,;:]\s*)(woman|female|mujer|haweeney|poj niam)\s*([,;.]|$)",
    S("ሴት ነኝ"), S("እናት ነኝ"), S("ပှၤမုၣ်"),
]
BROAD = [
    r"\b(help|helping|do|assist|pitch in|chip in|up for|open to)( out)?( with)?( just| pretty much"
    r"| almost)? anything\b(?!\s+(related|to do|involving|about|in|with|that has))",
    r"^\W*(anything|whatever|almost anything)\W*$", r"\banything (you|that) need\w*",
    r"\banything (is )?(fine|ok|okay|works)\b",
    r"\bwhatever (is )?need(ed|s)?\b", r"\bhowever i can\b",
    r"\bwherever (i'?m |i am )?needed\b", r"\bany (task|job|way|kind of help)\b",
    r"\ball kinds of\b", r"\bwhatever you need\b",
    r"\ben lo que se necesite\b", r"\blo que se necesite\b", r"\blo que sea\b",
    r"\bwax walba\b", r"\bwax kasta\b(?! oo)", r"\btxhua yam\b", r"\bdabtsi los\b",
    r"\bbat cu (viec|dieu|gi)\b",
    r"\bmoi viec\b", r"\bwaan kamiinuu\b", r"\bwaan hunda\b", S("በማንኛውም"), S("ማንኛውም"),
]
NURSE = [
    r"\b(registered )?nurses?\b", r"\brn\b", r"\blpn\b",
    r"\benfermer[oa]s?\b", r"\bkalkaali(so|sooyin|ye|yeyaal|yayaal)\b",
    r"\bkalkaali\w* caafimaad\b", r"\bnais maum\b",
    r"\by ta\b", r"\bdieu duong\b", r"\bnars(ii|oota)\w*", S("ነርስ"),
]
PHYSICIAN = [
    r"\bphysicians?\b", r"\bdoctors?\b", r"\bmd\b", r"\bpediatrician\w*",
    r"\bnurse practitioners?\b", r"\bnp\b", r"\bfamily medicine\b",
    r"\bmedicos\b", r"\bsoy medic[oa]\b", r"\bdoctor(es|a)?\b", r"\bpediatra\b", r"\bdhakhtar\w*",
    r"\bdhakhaatiir\w*", r"\bkws kho mob\b", r"\bbac si\b", r"\bdoktor\w*", S("ሐኪም"), S("ዶክተር"),
]

# Professions a need can require by naming them in its title (a licensed trade or office).
PROFESSIONS: dict[str, list] = {
    "attorney": [
        r"\battorneys?\b", r"\blawyers?\b", r"\babogad[oa]s?\b", r"\bqareen\w*",
        r"\bkws lij choj\b", r"\bluat su\b", r"\babukaatoo\w*", S("ጠበቃ"), S("ጠበቆች"),
    ],
    "electrician": [
        r"\belectricians?\b", r"\belectricistas?\b", r"\btho dien\b",
        r"\bkws (kho )?hluav taws xob\b", r"\bkoronto yaqaan\w*", S("ኤሌክትሪሺያን"),
    ],
    "dentist": [
        r"\bdentists?\b", r"\bdentistas?\b", r"\bnha si\b", r"\bkws kho hniav\b",
        r"\bdhakhtarka ilkaha\b", S("የጥርስ ሐኪም"),
        # A dental day asks for "dentists and hygienists": dental professionals either way.
        r"\b(dental )?hygienists?\b", r"\bhigienistas?( dental\w*)?\b",
    ],
    "lifeguard": [
        r"\blife ?guards?\b", r"\bsalvavidas\b", r"\bilaaliye dabaash\w*",
        r"\bnhan vien cuu ho\b", r"\bcuu ho (be boi|duoi nuoc)\b",
    ],
}
# Other licensed trades a title can name beside one of PROFESSIONS ("a plumber and an
# electrician"): a need naming two asks for either.
TRADES: dict[str, list] = {
    "plumber": [r"\bplumbers?\b", r"\bplomer[oa]s?\b", r"\bkws kho kav dej\b", r"\btho ong nuoc\b"],
    "hygienist": [r"\bhygienists?\b", r"\bhigienistas?\b"],
    "nurse": [r"\bnurses?\b", r"\benfermer[oa]s?\b"],
}
# A profession the need names beside one that does not need the licence ("lawyers or
# paralegals"): the title does not require the profession.
PROFESSION_OR_ELSE = [r"\bparalegal\w*", r"\basistentes? legal\w*", r"\bkaaliye sharci\w*",
                      r"\bkaaliye\w*",
                      r"\blaw students?\b", r"\bapprentices?\b",
                      r"\bhelpers?\b", r"\bassistants?\b"]
# A need that also welcomes people without the profession ("paralegals can help too").
ALSO_WELCOME = [
    r"\bparalegal\w*[^.]{0,60}\b(also|too|welcome|can help|pueden|tambien)\b",
    r"\bparalegales\b[^.]{0,60}\b(tambien|pueden)\b", r"\blaw students? (are )?(also )?welcome\b",
]
# A schoolteacher (not an art, music or sports teacher) can help with homework.
TEACHER = [
    r"(?<!\bart )(?<!\bmusic )(?<!\bdance )(?<!\byoga )(?<!\bpiano )(?<!\bswim )(?<!\bdrum )"
    r"(?<!\bquran )(?<!\bsunday school )\b(school ?)?teachers?\b",
    r"\b(maestr[oa]|profesor[a]?) (jubilad[oa]|de (primaria|secundaria|escuela|matematicas|"
    r"ciencias|ingles))\b", r"\bsoy (una |un )?(maestr[oa]|profesor[a]?)\b",
    r"\bmacallin(ad|ka|ta)? (dugsi|iskuul)\w*", r"\bmacallin (hore|ayaan ahay)\b",
    r"\bxib fwb qhia ntawv\b", r"\bgiao vien (tieu hoc|trung hoc|ve huu|day toan)\b",
    r"\bbarsiisaa (mana barumsaa|ture|duraanii)\b", r"\bbarsiistuu\b", S("መምህር ነበርኩ"),
    S("መምህር ነኝ"),
]
SUBJECT_TEACHER = [
    r"\b(esl|english|spanish|french|somali|hmong|arabic|amharic|oromo|karen|vietnamese|"
    r"language|social studies|history|civics|art|music|dance|yoga|piano|guitar|swim\w*|"
    r"quran|sunday school|driving|cooking|sewing|computer) teachers?\b",
    r"\b(maestr[oa]|profesor[a]?) (jubilad[oa] )?de (ingles|espanol|idiomas|arte|musica)\b",
    r"\b(ingles|espanol) como segundo idioma\b",
]
LICENCE = [
    r"\blicen[cs]\w*", r"\bcertif\w*", r"\bruqsad\w*", r"\bshati\w*",
    r"\bdaim ntawv tso cai\b", r"\bgiay phep\b", r"\bchung chi\b", r"\bhayyama\w*",
    r"\bmirkaneeff\w*", S("ፈቃድ"),
]
# A medical need that welcomes students, aides or assistants asks for no licence.
PHARMACIST = [r"\bpharmacists?\b", r"\bfarmaceutic[oa]s?\b", r"\bduoc si\b",
              r"\bfarmashiist\w*", S("ፋርማሲስት")]
# A member who offers their strength ("I can lift heavy things"): fit for lifting work.
LIFTER = [
    r"\b(can|able to|happy to|i) lift (heavy|\d+)\b",
    r"\blift(ing)? heavy (\w+ )?(ok|fine|no problem)\b",
    r"\bheavy lifting (is )?(ok|fine|no problem)\b", r"\bphysical (work|labou?r)\b",
    r"\bstrong back\b",
    r"\b(i'?m|i am) (strong|physically fit)\b",
    r"\bi strong\b", r"\bwarehouse\b",
    r"\bpuedo cargar (cosas )?pesad\w*", r"\b(wax culus|culeys)\w* (waan|ayaan|baan) qaadi karaa\b",
    r"\bnqa tau (\w+ ){0,3}hnyav\b", r"\b(khieng|be) (do )?nang duoc\b",
    r"\bba'aa ulfaataa (baachuu|kaasuu) nan danda'a\b", S("ከባድ ዕቃ ማንሳት እችላለሁ"),
]
MEDICAL_WELCOMES = [
    r"\b(nursing|medical|pre-?med|health) students?\b", r"\bcnas?\b", r"\bnursing assistants?\b",
    r"\bmedical assistants?\b", r"\baides?\b", r"\bestudiantes de (enfermeria|medicina)\b",
    r"\basistentes? medic\w*", r"\bardayda (\w+ )?(kalkaal|caafimaad)\w*",
    r"\bnursing student\w*", r"\bsinh vien (y|dieu duong)\b",
]
UNLICENSED = [r"\bapprentice\w*", r"\btrainee\b", r"\baprendiz\b"]

# Negation, per language: a member's clause that says what they do *not* do ("I don't do
# written translation", "Kuv tsis txawj kho tsev", "not an attorney") names no activity.
# Karen is left out: its negation (ta ... ba) is too close to common words for a substring
# match.
NEGATION = [
    r"\b(not|don'?t|dont|doesn'?t|do not|does not|can'?t|cannot|won'?t|never|isn'?t|"
    r"aren'?t|unable|no longer)\b",
    r"\b(no|nunca|tampoco)\b",
    r"\b(ma|maan|kuma|kama|uma|ahayn)\b",
    r"\btsis\b",
    r"\b(khong|chang)\b",
    r"\b(hin|miti)\b",
    r"(?:^|\s)(?:አል|አይ)\S*ም(?=[\s።፣,.]|$)",
]
# ... except where the words negate a worry, not the offer ("don't mind hauling").
NOT_NEGATION = [
    r"\b(don'?t|do not|wouldn'?t|would not|never) mind\b", r"\bno problem\b",
    r"\bnot afraid\b", r"\bnot only\b", r"\bno matter\b", r"\bno me importa\b",
    r"\bdhib ma (leh|laha|lahan)\b", r"\btsis muaj teeb meem\b", r"\bkhong (sao|van de)\b",
    r"\brakkoon hin (jiru|qabu)\b",
    # "so they are not lonely": the negation is about the people helped, not the member
    r"\b(kom|xwv) (lawv|nws|cov laus) (\w+ )?tsis kho siab\b", r"\bso (they|he|she) (is|are)n'?t "
    r"(lonely|alone)\b", r"\bpara que no (se sientan|esten) sol[oa]s\b",
    r"\bsi (aan|ayan|uusan) (u )?keli(gii|daa|noqon)\w*",
    # "so that they do not forget (their language)": om "akka hin dagannef"
    r"\bakka hin \w+(f|dhaaf)\b", r"\bso (that )?(they|kids|children) (don'?t|do not|won'?t) "
    r"(forget|lose)\b",
]
# Where one clause ends and the next begins inside a profile.
CLAUSE_BREAK = (r"[.;!?\n()\u1362\u1363]|\s[-\u2013\u2014]\s|,|\b(but|pero|laakiin|tab sis|"
                r"tiam sis|nhung|nhưng|garuu|haa ta'u malee)\b|\u130d\u1295")

# What a member says they cannot carry: not told of needs whose work is lifting.
NO_LIFTING = [
    r"\b(can'?t|cannot|can not|unable to|not able to|shouldn'?t|no) (do )?(heavy )?lift\w*",
    r"\bno heavy (lifting|boxes)\b", r"\b(bad|injured|hurt) back\b", r"\bback (surgery|injury)\b",
    r"\bno puedo (cargar|levantar)\b", r"\bsin cargar\b",
    r"\b(culeys|wax culus)\w* (\w+ )?(ma|kama|uma) (qaadi|qaado)\w*", r"\bma qaadi karo\b",
    r"\bnqa tsis taus\b", r"\btsis muaj zog nqa\b", r"\bmob nraub qaum\b",
    r"\bkhong (the )?(be|mang|nang|khieng) (\w+ )?nang\b", r"\bdau lung\b",
    r"\bba'aa (\w+ )?baachuu hin\b", r"\bulfaataa (\w+ )?hin danda'u\b",
    S("ማንሳት አልችልም"), S("መሸከም አልችልም"),
]
# Days a member says they are free, and days a need names (en, es, so, hmn, vi, om, am).
WEEKEND_ONLY = [
    r"\b(only|just) (on )?(weekends?|saturdays?|sundays?|sat(urday)? and sun(day)?)\b",
    r"\bweekends? only\b", r"\bsolo (\w+ ){0,4}(fines de semana|sabados( y domingos)?)\b",
    r"\bfin(es)? de semana solamente\b", r"\bsabti(da)? iyo axad(da)? (oo )?keliya\b",
    r"\bchi (\w+ )?cuoi tuan\b", r"\btsuas yog hnub (saturday|sunday|so)\b",
    r"\bdhuma torban(ii|ia)? qofa\b", S("ቅዳሜና እሁድ ብቻ"),
]
WEEKDAY_ONLY = [
    r"\b(only|just) (on )?weekdays\b", r"\bweekdays only\b", r"\bavailable weekdays\b",
    r"\bsolo entre semana\b", r"\bentre semana solamente\b", r"\bmaalmaha shaqada (oo )?keliya\b",
    r"\bchi (\w+ )?ngay thuong\b", r"\bchi (\w+ ){0,3}ngay trong tuan\b",
    r"\bhnub ua hauj lwm xwb\b", S("በሥራ ቀናት ብቻ"),
]
WEEKEND_DAY = [
    r"\bsaturdays?\b", r"\bsundays?\b", r"\bweekends?\b", r"\bsabados?\b",
    r"\bdomingos?\b", r"\bfin(es)? de semana\b", r"\bsabti\w*", r"\baxad\w*",
    r"\bthu bay\b", r"\bchu nhat\b", r"\bcuoi tuan\b", r"\bsanbata\b", r"\bdilbata\b",
    r"\bhnub (caiv|so)\b", S("ቅዳሜ"), S("እሁድ"),
]
WEEKDAY_DAY = [
    r"\b(mon|tues|wednes|thurs|fri)days?\b", r"\bweekdays?\b", r"\bweeknights?\b",
    r"\b(lunes|martes|miercoles|jueves|viernes)\b", r"\bentre semana\b",
    r"\b(isniin|talaado|arbaco|khamiis|jimce)\w*", r"\bthu (hai|ba|tu|nam|sau)\b",
    r"\b(wiixata|qibxata|roobii|kamisa|jimaata)\w*", S("ሰኞ"), S("ማክሰኞ"), S("ረቡዕ"),
    S("ሐሙስ"), S("ዓርብ"),
]

# --- need requirements ------------------------------------------------------------------------

WOMEN_ONLY = [
    r"\bwomen[- ]only\b", r"\bonly women\b", r"\bwomen volunteers\b", r"\bfemale volunteers\b",
    r"\bfor women only\b", r"\bwomen (\w+ )?only\b",
    # (Spanish "voluntarias", "enfermeras" are grammatical gender, not a women-only role.)
    r"\bsolo (para )?mujeres\b", r"\b(solo|solamente|unicamente) voluntarias\b",
    r"\bvoluntarias mujeres\b",
    r"\bkaliya haween\w*", r"\bhaween\w* (ah )?(oo )?(keliya|kaliya)\b", r"\bmutadawiciin haween\b",
    r"\b\w+(ayaal|eyaal|yaal) (haween|dumar) ah\b", r"\bragga (\w+ )?(looma|uma|aan loo) (furna|"
    r"ogola|ogolayn)\b", r"\bnot open to men\b", r"\bno (men|males)\b", r"\bsolo para mujeres\b",
    r"\bchi (danh cho )?(phu nu|nu gioi)\b", r"\bpoj niam nkaus xwb\b",
    r"\btsuas yog poj niam\b", r"\bpoj niam xwb\b", r"\bnrhiav (cov )?poj niam\b",
    r"\bchi danh cho phu nu\b", r"\btinh nguyen vien nu\b",
    r"\bdubartoota (\w+ )?qofa\w*", r"\btola-?ooltota dubartoota\w*",
    S("ሴቶች ብቻ"), S("ለሴቶች ብቻ"), S("ሴት በጎ ፈቃደኞች"),
]
# Sentences that say a language is required ...
MUST = [
    r"\bmust\b", r"\brequired\b", r"\brequires?\b", r"\bneed to speak\b", r"\bfluent\b",
    r"\bfluency\b", r"\bes necesario\b", r"\bdebe(n|s)? hablar\b", r"\bse requiere\b",
    r"\bindispensable\b", r"\byuav tsum\b", r"\bwaa in(aad|ay)\b", r"\bqasab\w*",
    r"\bshuruud\w*", r"\bqabdu\b", r"\bqabda\b",
    r"\bbat buoc\b", r"\bphai noi\b", S("የግድ"), S("ግዴታ"), S("አስፈላጊ ነው"),
]
# ... unless they say it is only preferred or not required.
PREFERRED = [
    r"\bpreferred\b", r"\ba plus\b", r"\bhelpful\b", r"\bnot required\b", r"\bnice to have\b",
    r"\bse prefiere\b", r"\bpreferi\w*", r"\bpreferen\w*", r"\bno es necesario\b",
    r"\bno es obligatori\w*", r"\bdoorbid\w*", r"\bshardi ma aha\b", r"\bshuruud ma aha\b",
    r"\bzoo dua\b", r"\bloi the\b", r"\bfaa'iido dheeraad\w*", r"\b(es )?una ventaja\b",
    r"\bno es requisito\b",
    r"\bno se requiere\b", r"\bhelps but\b", r"\bfilatamaa\b", r"\bdoor bid\w*",
    r"\bspeakers?( are)?( very| especially)? welcome\b",
    r"\bbienvenid\w*",
    # so "... waa ka fiican tahay" (is better), "Ingiriis kaliya waa la aqbalayaa" (is accepted)
    r"\b(waa )?ka fiican\w*", r"\bwaa la aqbal\w*", r"\bwaa lagu soo dhaweyn\w*",
    r"\bwaa faa'iido\b", r"\bmuhiim ma aha\b",
    r"\bzoo heev\b", r"\bzoo tshaj( plaws)?\b", r"\btsis yog yuav tsum\b",
    r"\bleej twg (los )?(pab|tuaj) tau\b",
    r"\bpeb nyiam (cov )?neeg\b", r"\bbut anyone (can|is welcome)\b", r"\btsis tas yuav\b",
    r"\bcaala\b",
    r"\bduoc uu tien\b", r"\buu tien\b", r"\bkhong bat buoc\b", r"\bis enough\b",
    r"\bma aha shuruud\b", r"\bdirqi maaha\b", r"\bdirqama miti\b", r"\bni jaallatama\b",
    S("ይመረጣል"), S("ግዴታ አይደለም"),
]
SPEAK = [
    r"\bspeak\w*", r"\bbilingual\b", r"\bhabl\w*", r"\bku hadl\w*", r"\bhais (tau )?lus\b",
    r"\bnoi tieng\b", r"\bdubbat\w*", r"\bdubbach\w*", S("መናገር"), S("የሚናገሩ"), S("ተናጋሪ"),
    S("ကတိၤ"),
]

# --- language names -> ISO codes ----------------------------------------------------------------

LANGUAGE_NAMES: dict[str, str] = {
    r"somali|soomaali|af[- ]soomaali|somaalee": "so",
    r"hmong|hmoob|hmoong": "hmn",
    r"spanish|espanol|castellano|lus mev|isbaanish|ispaanishii|tieng tay ban nha|latino": "es",
    r"vietnamese|tieng viet|lus nyab laj|vietnamita|fiitnaamiis\w*": "vi",
    r"oromo|afaan oromoo|oromoo|afan oromo|afaan oromo": "om",
    r"karen|kayin|s'?gaw": "kar",
    r"amharic|amarigna|amharico|amarico|amxaari\w*|amaaraa|amaariffaa": "am",
    r"arabic|arabe|carabi": "ar",
    r"english|ingles|ingiriis\w*|lus askiv|askiv|tieng anh|anh ngu|ingiliffaa|ingilizii": "en",
    r"french|frances|francais|faransiis": "fr",
    r"tigrinya|tigrigna": "ti",
    r"swahili|kiswahili": "sw",
    r"burmese": "my",
    r"nepali": "ne",
    r"russian": "ru",
    r"ukrainian": "uk",
    r"dari|farsi|persian": "fa",
    r"pashto": "ps",
    r"mandarin|cantonese|chinese": "zh",
    r"asl|sign language": "asl",
}
SCRIPT_LANGUAGE_NAMES: dict[str, str] = {
    "አማርኛ": "am", "እንግሊዝኛ": "en", "ትግርኛ": "ti", "ኦሮምኛ": "om", "ሶማሊኛ": "so",
    "ကျိာ်ကညီ": "kar", "ကညီ": "kar", "ကျိာ်အဲကလံး": "en", "العربية": "ar",
}

# --- compiled ---------------------------------------------------------------------------------

ACTIVITY_RE = {k: _compile(v) for k, v in ACTIVITY_CUES.items()}
ITEM_RE = {k: _compile(v) for k, v in DONATION_ITEMS.items()}
FACET_RE = {a: {f: _compile(v) for f, v in facets.items()} for a, facets in FACET_CUES.items()}
BLOOD_DONOR_RE = _compile(BLOOD_DONOR)
MONEY_RE = _compile(MONEY)
DELIVERY_RE = _compile(DELIVERY)
NO_LIFTING_RE = _compile(NO_LIFTING)
WEEKEND_ONLY_RE = _compile(WEEKEND_ONLY)
WEEKDAY_ONLY_RE = _compile(WEEKDAY_ONLY)
WEEKEND_DAY_RE = _compile(WEEKEND_DAY)
WEEKDAY_DAY_RE = _compile(WEEKDAY_DAY)
MEDICAL_WELCOMES_RE = _compile(MEDICAL_WELCOMES)
PHARMACIST_RE = _compile(PHARMACIST)
LIFTER_RE = _compile(LIFTER)
# A need that says its lifting is light ("no heavy lifting -- bags are light").
LIGHT_WORK_RE = re.compile(r"\bno (heavy )?lifting\b|\blight (lifting|work|bags)\b|"
                           r"\bbags are light\b|\bsin cargar\b|\bnada pesado\b")
MEMBER_EXTRA_ELDERS_RE = re.compile(
    r"\bhelp(ing)? (the )?(elders|elderly|seniors|older (people|adults|folks))\b|"
    r"\bpab (cov )?(txwj )?laus\b|\bcaawi\w* (\w+ ){0,2}waayeel\w*|"
    r"\bayudar a (los |las )?(ancianos|personas mayores|adultos mayores)\b|"
    r"\bgiup (do )?(nguoi gia|ong ba|nguoi cao tuoi)\b|\bjaarsolee (\w+ )?gargaar\w*")
MEMBER_EXTRA_RE = {
    "esl": _compile([r"\besl\b"]),
    # A member who says only "tutor" ("(tutor)" in a Karen or Hmong profile) tutors; a
    # need's "tutors" are often of English or civics, which their own cues read.
    "tutoring": _compile([r"(?<!\besl )(?<!\benglish )(?<!\bcitizenship )(?<!\bcivics )"
                          r"\btutor(s|ing)?\b(?! (\w+ ){0,2}(english|esl|citizenship|civics)\b)"]),
}
# A need asking for bilingual people wants them to carry words between two languages (a
# member who says they are bilingual only says what they speak).
NEED_EXTRA_RE = {"interpreting": _compile([r"\bbilingu\w*", r"\bsong ngu\b",
                                          r"\blaba luqadood\b", r"\bbilingue\w*"])}
CONTEXT_RE = [(re.compile(p if not isinstance(p, S) else re.escape(p)), r) for p, r in CONTEXT]
MEMBER_CONTEXT_RE = [(re.compile(p), r) for p, r in MEMBER_CONTEXT]
DONATE_INTENT_RE = _compile(DONATE_INTENT)
GENERAL_GOODS_RE = _compile(GENERAL_GOODS)
DONATION_NEED_RE = _compile(DONATION_NEED)
VEHICLE_RE = _compile(VEHICLE)
NO_VEHICLE_RE = _compile(NO_VEHICLE)
TRUCK_RE = _compile(TRUCK)
WOMAN_RE = _compile(WOMAN)
BROAD_RE = _compile(BROAD)
NURSE_RE = _compile(NURSE)
PROFESSION_RE = {k: _compile(v) for k, v in PROFESSIONS.items()}
PROFESSION_OR_ELSE_RE = _compile(PROFESSION_OR_ELSE)
TRADE_RE = {k: _compile(v) for k, v in TRADES.items()}
NO_LANGUAGE_NEEDED_RE = re.compile(r"\bno language needed\b|\bno (se )?necesita (hablar|saber) "
                                   r"(otro idioma|espanol)\b|\bluqad kale looma baahna\b")
TITLE_BENEFICIARY_RE = re.compile(
    r"\b(for|at|with|para|rau|cho|ee|ku) (a|an|our|the|its|la|el|nuestra|nuestro|peb) "
    r"[^,.;:()!?]{0,40}( ?\([^()]*\))?$")
ALSO_WELCOME_RE = _compile(ALSO_WELCOME)
# "We need: A, B and C", "Looking for volunteers to: ..." -- the list after the colon, to
# the end of its sentence (raw text, case-insensitive).
ROLE_LIST_RE = re.compile(
    r"\b(?:need|needs|needed|looking for|seeking|wanted|we want|buscamos|necesitamos|"
    r"u baahan(?:ahay|nahay|yahay)?|xav tau|c[aầ]n|barbaadna)\b[^:.\n]{0,40}:\s*([^.\n]{3,200})",
    re.IGNORECASE)
TEACHER_RE = _compile(TEACHER)
SUBJECT_TEACHER_RE = _compile(SUBJECT_TEACHER)
LICENCE_RE = _compile(LICENCE)
UNLICENSED_RE = _compile(UNLICENSED)
NEGATION_RE = re.compile("|".join(f"(?:{p})" for p in NEGATION))
NOT_NEGATION_RE = _compile(NOT_NEGATION)
CLAUSE_BREAK_RE = re.compile(CLAUSE_BREAK, re.IGNORECASE)
PHYSICIAN_RE = _compile(PHYSICIAN)
WOMEN_ONLY_RE = _compile(WOMEN_ONLY)
MUST_RE = _compile(MUST)
PREFERRED_RE = _compile(PREFERRED)
SPEAK_RE = _compile(SPEAK)
LANGUAGE_RE = re.compile(
    r"(?<![\w])(" + "|".join(f"(?P<g{i}>{p})" for i, p in enumerate(LANGUAGE_NAMES))
    + r")(?![\w])")
LANGUAGE_CODES = list(LANGUAGE_NAMES.values())
RAW_IT_RE = re.compile(r"\bIT\b")  # "IT" (information technology), case-sensitive
