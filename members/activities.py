"""The activity taxonomy: what a member can pick, and what matching reads in a need.

Each activity has an id (stable: stored on members' rows and in the reference corpus), a
group, and a label in each language members write in (en, es, so, hmn, vi, om, kar, am),
so a client can render the picks in the member's language (``activityTaxonomy`` in
GraphQL).  The labels were written by the developers, not by native speakers: the Somali,
Hmong, Oromo, Karen and Amharic ones in particular may be imperfect (the Karen labels
carry the English word in brackets for that reason).

``HANDS_ON`` are the activities anyone can do without a skill, a vehicle or a language:
a member who said "anything" hears about these (and only these).
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("en", "es", "so", "hmn", "vi", "om", "kar", "am")
TAXONOMY_VERSION = 3  # 2: haircuts, civic, donate_blood; 3: donate_money


@dataclass(frozen=True)
class Activity:
    id: str
    group: str  # "hands_on" | "skilled" | "donation" | "other"
    labels: dict[str, str]

    def label(self, language: str) -> str:
        return self.labels.get(language) or self.labels["en"]


def _a(id: str, group: str, en: str, es: str, so: str, hmn: str, vi: str, om: str, kar: str,
       am: str) -> Activity:
    return Activity(id, group, {"en": en, "es": es, "so": so, "hmn": hmn, "vi": vi, "om": om,
                                "kar": kar, "am": am})


ACTIVITIES: tuple[Activity, ...] = (
    _a("food_shelf", "hands_on", "Food shelf: sorting and packing food",
       "Banco de alimentos: clasificar y empacar comida",
       "Bangiga cuntada: kala soocid iyo xirxirid", "Chaw faib khoom noj: cais thiab ntim",
       "Ngân hàng thực phẩm: phân loại và đóng gói", "Baankii nyaataa: qoqqooduu fi qopheessuu",
       "တၢ်အီၣ် (food shelf)", "የምግብ ባንክ፡ መደርደርና ማሸግ"),
    _a("meals", "hands_on", "Cooking and serving meals", "Cocinar y servir comidas",
       "Cunto karin iyo u adeegid", "Ua noj ua haus thiab muab mov", "Nấu ăn và phục vụ bữa ăn",
       "Nyaata qopheessuu fi dhiyeessuu", "ဖီမ့ၤ (cooking)", "ምግብ ማብሰልና ማቅረብ"),
    _a("driving", "other", "Driving people or delivering (with a car)",
       "Llevar personas o repartir (con carro)", "Dadka qaadid ama geyn (baabuur)",
       "Tsav tsheb coj neeg los xa khoom", "Lái xe đưa đón hoặc giao hàng",
       "Namoota geessuu ykn raabsuu (konkolaataa)", "နီၣ်သိလ့ၣ် (driving)",
       "ሰዎችን ማመላለስ ወይም ማድረስ (በመኪና)"),
    _a("moving", "other", "Moving help and hauling (truck or van)",
       "Ayuda con mudanzas (camioneta)", "Guuris iyo rarid (gaari xamuul)",
       "Pab tsiv tsev thiab thauj khoom", "Giúp chuyển nhà (xe tải)",
       "Mana jijjiiruu fi fe'uu", "သုးဟံၣ် (moving)", "ዕቃ ማጓጓዝና ቤት ማዛወር"),
    _a("tutoring", "skilled", "Homework help and tutoring children",
       "Ayuda con tareas y tutoría de niños", "Casharrada guriga iyo carruurta wax barid",
       "Pab menyuam kawm ntawv thiab ua homework", "Dạy kèm và giúp trẻ làm bài tập",
       "Hojii manaa fi ijoollee barsiisuu", "မၤစၢၤ ဖိသၣ် (homework, tutoring)",
       "የቤት ስራ እገዛና ልጆችን ማስጠናት"),
    _a("esl", "skilled", "Teaching English to adults (ESL)", "Enseñar inglés a adultos",
       "Dadka waaweyn bar Ingiriisiga", "Qhia lus Askiv rau neeg laus",
       "Dạy tiếng Anh cho người lớn", "Ingiliffaa namoota gurguddoo barsiisuu",
       "သိၣ်လိ ကျိာ်အဲကလံး (ESL)", "ለጎልማሶች እንግሊዝኛ ማስተማር"),
    _a("citizenship", "skilled", "Citizenship test preparation",
       "Preparación para el examen de ciudadanía", "U diyaargarowga imtixaanka dhalashada",
       "Npaj xeem ua pej xeem", "Luyện thi quốc tịch", "Qormaata lammummaatiif qopheessuu",
       "citizenship test", "ለዜግነት ፈተና ማዘጋጀት"),
    _a("interpreting", "skilled", "Interpreting (spoken)", "Interpretación (oral)",
       "Turjubaan (hadal)", "Txhais lus (hais)", "Thông dịch (nói)",
       "Hiikkaa afaanii (dubbii)", "ပှၤကတိၤကျိာ် (interpreting)", "ማስተርጎም (በቃል)"),
    _a("translation", "skilled", "Translating documents (written)",
       "Traducción de documentos (escrita)", "Qoraal turjumid", "Txhais ntaub ntawv",
       "Dịch tài liệu (viết)", "Barreeffama hiikuu", "translation (written)",
       "ሰነዶችን መተርጎም (በጽሑፍ)"),
    _a("legal", "skilled", "Legal help (lawyers, paralegals)",
       "Ayuda legal (abogados, paralegales)", "Caawimaad sharci (qareenno)",
       "Kev pab txog kev cai lij choj", "Hỗ trợ pháp lý (luật sư)",
       "Gargaarsa seeraa (abukaatoo)", "lawyer (legal help)", "የሕግ እገዛ (ጠበቆች)"),
    _a("medical", "skilled", "Medical care (nurses, doctors)",
       "Atención médica (enfermeras, médicos)", "Daryeel caafimaad (kalkaaliso, dhakhtar)",
       "Kho mob (nais maum, kws kho mob)", "Chăm sóc y tế (y tá, bác sĩ)",
       "Kunuunsa fayyaa (narsii, doktora)", "nurse, doctor (medical)", "የሕክምና እንክብካቤ (ነርስ፣ ሐኪም)"),
    _a("mental_health", "skilled", "Counselling and mental health",
       "Consejería y salud mental", "La-talin iyo caafimaadka maskaxda",
       "Kev pab tswv yim txog puas siab puas ntsws", "Tư vấn và sức khỏe tâm thần",
       "Gorsaa fi fayyaa sammuu", "therapist (mental health)", "የአእምሮ ጤና ምክር"),
    _a("tax", "skilled", "Taxes and accounting", "Impuestos y contabilidad",
       "Canshuuraha iyo xisaabaadka", "Ua se thiab suav nyiaj", "Thuế và kế toán",
       "Gibira fi herrega", "tax (accounting)", "ግብርና ሂሳብ"),
    _a("tech", "skilled", "Computers, phones and websites", "Computadoras, teléfonos y sitios web",
       "Kombiyuutar, taleefan iyo website", "Computer, xov tooj thiab website",
       "Máy tính, điện thoại và trang web", "Kompiyuutara, bilbila fi weebsaayitii",
       "computer (tech)", "ኮምፒውተር፣ ስልክና ድህረ ገጽ"),
    _a("repairs", "skilled", "Home repair and carpentry", "Reparaciones y carpintería",
       "Dayactirka guryaha iyo nijaarnimo", "Kho tsev thiab ua ntoo",
       "Sửa nhà và làm mộc", "Mana suphuu fi ogummaa mukaa", "home repair (carpentry)",
       "የቤት ጥገናና አናጺነት"),
    _a("gardening", "hands_on", "Gardening and yard work", "Jardinería y huerto",
       "Beerashada iyo beerta", "Cog zaub thiab ua vaj", "Làm vườn", "Oddoo fi biqiltuu",
       "တၢ်သူၣ်တၢ်ဖျး (garden)", "የአትክልት ሥራ"),
    _a("snow", "hands_on", "Snow shovelling", "Palear nieve", "Baraf ka nadiifin",
       "Khawb daus", "Xúc tuyết", "Cabbii haquu", "snow shovel", "በረዶ መጥረግ"),
    _a("cleanup", "hands_on", "Park and river cleanup", "Limpieza de parques y ríos",
       "Nadiifinta beeraha iyo webiyada", "Khaws khib nyiab", "Dọn dẹp công viên và sông",
       "Paarkii fi laga qulqulleessuu", "clean up (park, river)", "የፓርክና የወንዝ ጽዳት"),
    _a("visiting", "hands_on", "Visiting and keeping company with elders",
       "Visitar y acompañar a personas mayores", "Booqashada iyo la joogidda waayeelka",
       "Mus xyuas thiab tham nrog cov laus", "Thăm hỏi và trò chuyện với người già",
       "Maanguddoota daawwachuu", "လဲၤကွၢ် ပှၤသးပှၢ် (visiting elders)", "አረጋውያንን መጎብኘት"),
    _a("childcare", "skilled", "Childcare", "Cuidado de niños", "Xannaanada carruurta",
       "Saib menyuam yaus", "Trông trẻ", "Daa'imman kunuunsuu", "ကွၢ်ထွဲ ဖိသၣ် (childcare)",
       "ልጆችን መንከባከብ"),
    _a("sports", "skilled", "Coaching sports", "Entrenar deportes", "Tababarka ciyaaraha",
       "Qhia ncaws pob thiab kis las", "Huấn luyện thể thao", "Ispoortii leenjisuu",
       "coach (sports)", "ስፖርት ማሰልጠን"),
    _a("events", "hands_on", "Setting up events", "Montar eventos", "Diyaarinta xafladaha",
       "Npaj thiab teeb rooj sib txoos", "Dựng và dọn sự kiện", "Sirna qopheessuu",
       "event setup", "ዝግጅት ማዘጋጀት"),
    _a("sewing", "skilled", "Sewing, mending and knitting", "Costura, arreglos y tejido",
       "Tolidda iyo dayactirka dharka", "Xaws khaub ncaws thiab paj ntaub", "May vá và đan len",
       "Hodhuu fi suphuu", "ဆးတၢ် (sewing)", "ስፌትና ጥገና"),
    _a("jobs", "skilled", "Job search and resume help", "Búsqueda de empleo y currículum",
       "Shaqo raadinta iyo CV", "Pab nrhiav hauj lwm thiab sau resume",
       "Tìm việc và viết sơ yếu lý lịch", "Hojii barbaaduu fi CV", "resume (job help)",
       "ሥራ ፍለጋና ሲቪ"),
    _a("grants", "skilled", "Grant writing and fundraising", "Redacción de subvenciones",
       "Qorista codsiyada deeqaha", "Sau ntawv thov nyiaj (grant)", "Viết đề xuất xin tài trợ",
       "Iyyannoo maallaqaa barreessuu", "grant writing", "የገንዘብ ድጋፍ ማመልከቻ መጻፍ"),
    _a("fitness", "skilled", "Leading fitness or walking groups",
       "Dirigir grupos de ejercicio o caminata", "Hogaaminta jimicsiga iyo socodka",
       "Coj kev tawm dag zog thiab taug kev", "Hướng dẫn tập thể dục, đi bộ",
       "Sochii qaamaa geggeessuu", "fitness, walking group", "የአካል ብቃት ቡድን መምራት"),
    _a("office", "other", "Reception, office and data entry", "Recepción y oficina",
       "Soo dhaweynta iyo xafiiska", "Txais tos qhua thiab ua hauj lwm hauv chaw ua hauj lwm",
       "Lễ tân và văn phòng", "Simannaa fi waajjira", "front desk (office)",
       "የእንግዳ መቀበያና የቢሮ ሥራ"),
    _a("housing", "other", "Help with housing and benefit applications",
       "Ayuda con solicitudes de vivienda", "Codsiyada guryaha iyo kaalmada",
       "Pab sau ntawv thov tsev nyob", "Giúp điền đơn nhà ở", "Iyyannoo manaa guutuu",
       "housing applications", "የቤት ማመልከቻ እገዛ"),
    _a("media", "skilled", "Photography, design and social media",
       "Fotografía, diseño y redes sociales", "Sawir qaadid iyo naqshad",
       "Thaij duab thiab kos duab", "Nhiếp ảnh và thiết kế", "Suuraa kaasuu fi dizaayinii",
       "photography", "ፎቶግራፍና ዲዛይን"),
    _a("arts", "skilled", "Music and arts", "Música y arte", "Muusig iyo farshaxan",
       "Suab paj nruag thiab kos duab", "Âm nhạc và nghệ thuật", "Muuziqaa fi aartii",
       "music, art", "ሙዚቃና ሥነ ጥበብ"),
    _a("animals", "hands_on", "Animal care", "Cuidado de animales", "Daryeelka xayawaanka",
       "Saib tsiaj", "Chăm sóc động vật", "Bineeldota kunuunsuu", "animals (dogs, cats)",
       "የእንስሳት እንክብካቤ"),
    _a("haircuts", "skilled", "Haircuts (barbers, stylists)",
       "Cortes de pelo (barberos, estilistas)",
       "Timo-jarid (timo-jare)", "Txiav plaub hau", "Cắt tóc", "Rifeensa haaduu",
       "haircut (barber)", "ፀጉር መቆረጥ"),
    _a("civic", "other", "Voter registration, census and door-knocking",
       "Registro de votantes, censo y tocar puertas",
       "Diiwaangelinta codbixiyeyaasha iyo tirakoobka",
       "Sau npe pov npav thiab khob qhov rooj", "Đăng ký cử tri và điều tra dân số",
       "Galmee filannoo fi lakkoofsa uummataa", "voter registration (civic)",
       "የመራጮች ምዝገባና ቆጠራ"),
    _a("donate_clothing", "donation", "Donating clothes and coats", "Donar ropa y abrigos",
       "Ku deeqidda dharka iyo jaakadaha", "Pub khaub ncaws thiab tsho tiv no",
       "Quyên góp quần áo", "Uffata kennuu", "ဟ့ၣ် ဆ့ကၤ (donate clothes)", "ልብስ መለገስ"),
    _a("donate_baby", "donation", "Donating baby items (diapers, formula)",
       "Donar artículos de bebé (pañales)", "Ku deeqidda alaabta ilmaha (xafaayad)",
       "Pub khoom menyuam mos (diapers)", "Quyên góp đồ em bé (tã, sữa)",
       "Meeshaa daa'immanii kennuu", "ဟ့ၣ် diapers (baby items)", "የሕፃናት ዕቃ መለገስ"),
    _a("donate_furniture", "donation", "Donating furniture and household items",
       "Donar muebles y artículos del hogar", "Ku deeqidda alaabta guriga",
       "Pub rooj tog thiab khoom siv hauv tsev", "Quyên góp đồ nội thất",
       "Meeshaa manaa kennuu", "ဟ့ၣ် furniture", "የቤት ዕቃ መለገስ"),
    _a("donate_food", "donation", "Donating food", "Donar comida", "Ku deeqidda cuntada",
       "Pub khoom noj", "Quyên góp thực phẩm", "Nyaata kennuu", "ဟ့ၣ် တၢ်အီၣ် (donate food)",
       "ምግብ መለገስ"),
    _a("donate_school", "donation", "Donating school supplies", "Donar útiles escolares",
       "Ku deeqidda agabka iskuulka", "Pub khoom kawm ntawv", "Quyên góp đồ dùng học tập",
       "Meeshaa barnootaa kennuu", "ဟ့ၣ် school supplies", "የትምህርት ቁሳቁስ መለገስ"),
    _a("donate_hygiene", "donation", "Donating hygiene items", "Donar artículos de higiene",
       "Ku deeqidda alaabta nadaafadda", "Pub khoom ntxuav cev", "Quyên góp đồ vệ sinh",
       "Meeshaa qulqullinaa kennuu", "ဟ့ၣ် soap (hygiene)", "የንጽሕና ዕቃ መለገስ"),
    _a("donate_blood", "donation", "Giving blood", "Donar sangre", "Dhiig ku deeqid",
       "Pub ntshav", "Hiến máu", "Dhiiga kennuu", "ဟ့ၣ် သွံၣ် (blood)", "ደም መለገስ"),
    _a("donate_money", "donation", "Giving money (cash, funds)", "Donar dinero",
       "Lacag ku deeqid", "Pub nyiaj", "Quyên góp tiền", "Maallaqa kennuu",
       "ဟ့ၣ် စ့ (donate money)", "ገንዘብ መለገስ"),
    _a("donate_goods", "donation", "Donating other goods (toys, books, anything useful)",
       "Donar otras cosas (juguetes, libros)",
       "Ku deeqidda alaab kale (alaabta carruurta, buugaag)",
       "Pub lwm yam khoom (khoom ua si, phau ntawv)", "Quyên góp đồ khác (đồ chơi, sách)",
       "Meeshaa biroo kennuu (meeshaa taphaa, kitaabota)", "ဟ့ၣ် (donate) toys, books",
       "ሌሎች ዕቃዎችን መለገስ (መጫወቻ፣ መጽሐፍ)"),
)

BY_ID: dict[str, Activity] = {a.id: a for a in ACTIVITIES}
ACTIVITY_IDS: tuple[str, ...] = tuple(BY_ID)
HANDS_ON: frozenset[str] = frozenset(a.id for a in ACTIVITIES if a.group == "hands_on")
DONATION: frozenset[str] = frozenset(a.id for a in ACTIVITIES if a.group == "donation")


def validate_picks(values) -> list[str]:
    """Known activity ids, de-duplicated in taxonomy order; raises ``ValueError`` naming
    the unknown ones."""
    picked = {str(v).strip() for v in values or []}
    unknown = sorted(picked - set(ACTIVITY_IDS))
    if unknown:
        raise ValueError("unknown activit" + ("ies" if len(unknown) > 1 else "y") + ": "
                         + ", ".join(unknown[:5]))
    return [a for a in ACTIVITY_IDS if a in picked]
