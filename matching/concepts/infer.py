"""What a member's profile or a need says, read with the cue lexicons (pure, no Django).

``member_concepts`` and ``need_concepts`` return a ``Concepts``: the activities (each with
its source: ``picked`` by the member, read from the ``text``, or guessed from the
``meaning`` by the embedding layer), the languages spoken or asked for, the traits a
requirement can ask for (``vehicle``, ``truck``, ``woman``, ``nurse``, ``physician``) and,
for needs, the requirements themselves.  ``as_json``/``from_json`` are the form stored on
the row (``Member.inferred``, ``NeedProfile.concepts``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from matching.concepts import lexicon as lx
from matching.concepts.text import fold, sentences, text_language
from members.activities import ACTIVITY_IDS, DONATION

CONCEPTS_VERSION = 11
TRAITS = ("vehicle", "truck", "woman", "nurse", "physician", "broad", "attorney", "electrician",
          "lifeguard", "dentist", "unlicensed", "no_lifting", "weekends_only", "weekdays_only",
          "lifter", "pharmacist")
# Activities another activity's teaching stands for: "teaching elders to use a phone" is
# tech help, "teaching kids guitar" music, "teaching girls to sew" sewing -- not tutoring,
# which needs a school subject.
TAUGHT = frozenset({"esl", "tech", "arts", "sports", "citizenship", "fitness", "sewing",
                    "meals", "media", "repairs", "gardening"})


@dataclass
class Concepts:
    activities: dict[str, str] = field(default_factory=dict)  # id -> picked|text|meaning
    languages: set[str] = field(default_factory=set)          # spoken (member) / asked (need)
    traits: set[str] = field(default_factory=set)
    text_language: str = ""
    kind: str = ""                                            # needs only
    required_languages: set[str] = field(default_factory=set)
    requires: set[str] = field(default_factory=set)           # traits a member must have
    facets: set[str] = field(default_factory=set)             # "activity:facet" named

    def as_json(self) -> dict:
        return {
            "v": CONCEPTS_VERSION,
            "activities": dict(sorted(self.activities.items())),
            "languages": sorted(self.languages),
            "traits": sorted(self.traits),
            "text_language": self.text_language,
            "kind": self.kind,
            "required_languages": sorted(self.required_languages),
            "requires": sorted(self.requires),
            "facets": sorted(self.facets),
        }

    @classmethod
    def from_json(cls, data: dict | None) -> Concepts:
        data = data or {}
        return cls(
            activities={k: v for k, v in (data.get("activities") or {}).items()
                        if k in ACTIVITY_IDS},
            languages=set(data.get("languages") or ()), traits=set(data.get("traits") or ()),
            text_language=data.get("text_language") or "", kind=data.get("kind") or "",
            required_languages=set(data.get("required_languages") or ()),
            requires=set(data.get("requires") or ()),
            facets=set(data.get("facets") or ()),
        )

    def summary(self) -> str:
        """One line for the admin: what was understood."""
        parts = []
        if self.activities:
            parts.append("activities: " + ", ".join(
                f"{a}" + ("" if src == "text" else f" ({src})")
                for a, src in sorted(self.activities.items())))
        if self.languages:
            parts.append("languages: " + ", ".join(sorted(self.languages)))
        if self.required_languages:
            parts.append("must speak: " + " + ".join(sorted(self.required_languages)))
        # Not shown in the admin (privacy): gender, and a limit that tells of health.
        shown = sorted(self.traits - {"woman", "no_lifting"})
        if shown:
            parts.append("has: " + ", ".join(shown))
        if self.requires:
            parts.append("requires: " + ", ".join(sorted(self.requires)))
        return "; ".join(parts) or "nothing recognised"


def _rewrite(text: str, rules) -> str:
    for pattern, replacement in rules:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


def prepare(text: str, *, member: bool) -> str:
    folded = _rewrite(fold(text), lx.CONTEXT_RE)
    if member:
        folded = _rewrite(folded, lx.MEMBER_CONTEXT_RE)
    return folded


# Capitalised acronyms that fold to a negation word of another language: "MA" (Medical
# Assistance) is Somali "ma" (not) once lower-cased (blind round 15: "help people with SNAP,
# MA and housing applications" lost its second clause).
_ACRONYM_RE = re.compile(r"\bMA\b")


def _negates(clause: str) -> bool:
    folded = fold(_ACRONYM_RE.sub("Medical Assistance", clause))
    return bool(lx.NEGATION_RE.search(lx.NOT_NEGATION_RE.sub(" ", folded)))


def affirmed(raw: str) -> str:
    """A member's text without the clauses they negate: "Spoken interpreting only - I don't
    do written translation" offers interpreting, not translation; "Kuv tsis txawj kho tsev"
    (I can't repair houses) offers no repairs.  A clause whose negation is about a worry
    ("don't mind hauling") is kept."""
    kept = []
    for clause in lx.CLAUSE_BREAK_RE.split(raw or ""):
        if not clause or not clause.strip() or _negates(clause):
            continue
        kept.append(clause.strip())
    return " . ".join(kept)


def declined(raw: str) -> str:
    """The clauses ``affirmed`` leaves out: what the member says they do not do."""
    out = []
    for clause in lx.CLAUSE_BREAK_RE.split(raw or ""):
        if clause and clause.strip() and _negates(clause):
            out.append(clause.strip())
    return " . ".join(out)


def negated_licence(raw: str) -> bool:
    """The member says they are not licensed or certified (or only an apprentice)."""
    for clause in lx.CLAUSE_BREAK_RE.split(raw or ""):
        folded = fold(clause or "")
        if lx.LICENCE_RE.search(folded) and lx.NEGATION_RE.search(folded):
            return True
    return bool(lx.UNLICENSED_RE.search(fold(raw or "")))


def activities_in(folded: str, raw: str = "", *, member: bool) -> set[str]:
    found = {a for a, regex in lx.ACTIVITY_RE.items() if regex and regex.search(folded)}
    extra = lx.MEMBER_EXTRA_RE if member else lx.NEED_EXTRA_RE
    found |= {a for a, regex in extra.items() if regex.search(folded)}
    if raw and lx.RAW_IT_RE.search(raw):
        found.add("tech")
    return found


def facets_in(folded: str, activities) -> set[str]:
    """``activity:facet`` for each facet of one of ``activities`` the text names."""
    return {f"{a}:{f}" for a in activities for f, regex in lx.FACET_RE.get(a, {}).items()
            if regex.search(folded)}


def items_in(folded: str) -> set[str]:
    return {a for a, regex in lx.ITEM_RE.items() if regex.search(folded)}


def languages_named(folded: str, raw: str = "") -> list[str]:
    out: list[str] = []
    for match in lx.LANGUAGE_RE.finditer(folded):
        for i, code in enumerate(lx.LANGUAGE_CODES):
            if match.group(f"g{i}") and code not in out:
                out.append(code)
    for name, code in lx.SCRIPT_LANGUAGE_NAMES.items():
        if name in raw and code not in out:
            out.append(code)
    return out


def _traits(folded: str, raw: str) -> set[str]:
    traits = set()
    if lx.VEHICLE_RE.search(folded) and not lx.NO_VEHICLE_RE.search(folded):
        traits.add("vehicle")
        if lx.TRUCK_RE.search(folded):
            traits.add("truck")
    if lx.WOMAN_RE.search(folded):
        traits.add("woman")
    if lx.NURSE_RE.search(folded):
        traits.add("nurse")
    if lx.PHYSICIAN_RE.search(folded):
        traits.add("physician")
    if lx.BROAD_RE.search(folded):
        traits.add("broad")
    return traits


def _limits(folded: str) -> set[str]:
    """What a member says limits them: no lifting, weekends or weekdays only."""
    out = set()
    if lx.NO_LIFTING_RE.search(folded):
        out.add("no_lifting")
    if lx.WEEKEND_ONLY_RE.search(folded):
        out.add("weekends_only")
    elif lx.WEEKDAY_ONLY_RE.search(folded):
        out.add("weekdays_only")
    return out


def _untutor(c: Concepts) -> None:
    """Drop a ``tutoring`` read only from teaching words when another taught activity was
    read and no school subject was named."""
    if (c.activities.get("tutoring") == "text" and set(c.activities) & TAUGHT
            and not any(f.startswith("tutoring:") for f in c.facets)):
        del c.activities["tutoring"]


def _norm_code(code: str) -> str:
    code = (code or "").strip().lower().replace("_", "-").split("-")[0]
    return {"mww": "hmn", "hmong": "hmn", "ksw": "kar", "som": "so", "spa": "es", "eng": "en",
            "vie": "vi", "orm": "om", "gaz": "om", "amh": "am"}.get(code, code)


def member_concepts(interests: str, *, language: str = "", languages=(), picks=()) -> Concepts:
    """Read a member's profile: their own words, their profile language, the languages
    and activities they picked (facts, kept as given)."""
    raw = interests or ""
    said = affirmed(raw)  # what they offer, without what they say they do not do
    folded = prepare(said, member=True)
    c = Concepts()
    c.text_language = text_language(raw, language)
    for a in picks or ():
        if a in ACTIVITY_IDS:
            c.activities[a] = "picked"
    for a in activities_in(folded, said, member=True):
        c.activities.setdefault(a, "text")
    blood = bool(lx.BLOOD_DONOR_RE.search(folded))
    if blood:
        c.activities.setdefault("donate_blood", "text")
    if lx.DONATE_INTENT_RE.search(folded):
        items = items_in(folded) - {"donate_blood"}
        for a in items:
            c.activities.setdefault(a, "text")
        money_only = not (items - {"donate_money"}) and lx.MONEY_RE.search(folded)
        items -= {"donate_money"}
        if (not items and not blood and not money_only) or lx.GENERAL_GOODS_RE.search(folded):
            c.activities.setdefault("donate_goods", "text")  # gives goods generally
        if not items and not blood and not money_only and "donate_money" not in c.activities:
            # "I can donate but rarely volunteer": a donor who names nothing gives money
            # too (blind rounds 9 and 12 labelled them good for cash appeals).
            c.activities["donate_money"] = "text"
    if ("tech" in c.activities and c.activities["tech"] == "text"
            and lx.DONATE_INTENT_RE.search(folded) and items_in(folded)
            and not facets_in(folded, {"tech"})):
        del c.activities["tech"]  # giving away a laptop is not tech help
    whole = prepare(raw, member=True)
    # Professions and "anything" only from what they offer ("I can't lift anything heavy"
    # is a limit, not an offer); the rest (a car, being a woman) from the whole text.
    said_only = {"nurse", "physician", "broad"}
    c.traits = _traits(whole, raw) - said_only
    c.traits |= _traits(folded, said) & said_only
    c.traits |= _limits(fold(raw))
    c.traits |= {p for p, regex in lx.PROFESSION_RE.items() if regex.search(folded)}
    if negated_licence(raw):
        c.traits.add("unlicensed")
    if lx.PHARMACIST_RE.search(folded):
        c.traits.add("pharmacist")
    if lx.LIFTER_RE.search(folded) and "no_lifting" not in c.traits:
        c.traits.add("lifter")  # offers their strength: fit for lifting work
    if lx.MEMBER_EXTRA_ELDERS_RE.search(folded):
        c.activities.setdefault("visiting", "text")  # "I like helping the elders"
    if "vehicle" in c.traits and (
            not any(src in ("text", "picked") for src in c.activities.values())
            or lx.DELIVERY_RE.search(folded)):
        # Someone who tells us about their car and names nothing else offers rides; one
        # who has a car and picks up or delivers (food rescue) drives.
        c.activities["driving"] = "text"
    c.facets = facets_in(folded, c.activities)
    _untutor(c)
    if (lx.TEACHER_RE.search(folded) and not set(c.activities) & TAUGHT
            and "tutoring:language" not in c.facets and not lx.SUBJECT_TEACHER_RE.search(folded)):
        # A schoolteacher (retired or not) who names nothing else they teach can help with
        # homework; an ESL, Spanish or social-studies teacher, or one who teaches children
        # their mother tongue, teaches that (blind round 3 labelled them so).
        c.activities.setdefault("tutoring", "text")
        c.facets.add("tutoring:academic")
    # What they say they do not do stays on record, so that a kindred activity (spoken
    # interpreting for written translation) is not assumed against their word.
    refused = activities_in(prepare(declined(raw), member=True), member=True)
    c.facets |= {f"declined:{a}" for a in refused - set(c.activities)}
    spoken = {_norm_code(x) for x in languages or () if x}
    spoken.add(_norm_code(language or "en"))
    if c.text_language:
        spoken.add(c.text_language)
    # Languages their own text names, in clauses they do not negate ("I don't speak
    # Vietnamese"); "Vietnamese-American" names a heritage, not a language.
    def named(text: str) -> set[str]:
        return set(languages_named(re.sub(r"\b\w+-american\b", " ", prepare(text, member=True)),
                                   text))
    spoken |= named(raw) - (named(declined(raw)) - named(said))
    c.languages = {x for x in spoken if x}
    return c


def need_kind(title: str, description: str, kind: str = "") -> str:
    if kind in ("volunteer", "skilled", "donation"):
        return kind
    head, folded = prepare(title, member=False), prepare(f"{title} {description}", member=False)
    if re.search(r"\bdonations?\b|\bdonaciones\b", head) and items_in(folded):
        return "donation"
    if (lx.DONATION_NEED_RE.search(folded) and items_in(folded)
            and not (activities_in(head, title, member=False) - DONATION)):
        return "donation"
    return kind or "other"


def need_concepts(title: str, description: str, *, kind: str = "", languages=(),
                  page_language: str = "") -> Concepts:
    """Read a need: its main activities (the title weighs double, and an activity only the
    description mentions in passing is dropped), what it requires, the languages it asks
    for (required when interpreting or translating, or when a sentence says "must")."""
    raw = f"{title}\n{description}"
    head, body = prepare(title, member=False), prepare(description, member=False)
    c = Concepts()
    c.text_language = text_language(raw, page_language)
    c.kind = need_kind(title, description, kind)
    in_head, in_body = activities_in(head, title, member=False), \
        activities_in(body, description, member=False)
    # "Volunteer bookkeeper for a food shelf": what follows "for a/our/the" names whom the
    # work is for, not the work, when the rest of the title names an activity.
    core = lx.TITLE_BENEFICIARY_RE.sub(" ", head)
    in_core = activities_in(core, member=False) if core != head else set()
    if in_core:
        in_head = in_core
    collects = bool(lx.DONATION_NEED_RE.search(f"{head} {body}"))
    if c.kind == "donation" and in_head - DONATION and not collects:
        # Classified as a donation, but the title asks for cooks or food-bank volunteers
        # and nothing asks anyone to give: read it as the activity it names.
        c.kind = "volunteer"
    elif c.kind != "donation" and not (in_head | in_body) and collects \
            and items_in(f"{head} {body}"):
        c.kind = "donation"  # a drive the classifier missed
    if c.kind == "donation":
        # Items from what the drive asks for, not what it refuses ("cash only: we can't
        # take clothes"; "money is not accepted, supplies only").
        asked_head = items_in(prepare(affirmed(title), member=False))
        asked_body = items_in(prepare(affirmed(description), member=False))
        scores = {a: 2 * (a in asked_head) + (a in asked_body) for a in DONATION}
        if scores.get("donate_money"):
            # An appeal that takes money beside goods ("give money for rent, or bring
            # blankets") is a cash appeal too (blind round 10 labelled money donors so).
            scores["donate_money"] = max(scores.values())
        if not any(scores.values()):
            scores["donate_goods"] = 1  # a drive for something else: general donors
    else:
        scores = {a: 2 * (a in in_head) + (a in in_body) for a in in_head | in_body}
        # A list of the roles asked for ("Need fixers: electronics, mending & sewing,
        # knife sharpening") names main activities, as a title does.
        for listed in lx.ROLE_LIST_RE.finditer(description or ""):
            for a in activities_in(prepare(listed.group(1), member=False), listed.group(1),
                                   member=False) - DONATION:
                scores[a] = max(scores.get(a, 0), 2)
    scores = {a: s for a, s in scores.items() if s}
    folded = f"{head} {body}"
    if scores:
        top = max(scores.values())
        c.activities = {a: "text" for a, s in scores.items() if s >= 0.6 * top}
        if len(set(languages or ()) | set(languages_named(folded, raw))) >= 2:
            # Carrying words between two named languages is never said in passing ("our
            # food bank needs its flyer translated from English into Vietnamese").
            for a in {"interpreting", "translation"} & set(scores):
                c.activities[a] = "text"
    if ("interpreting" in c.activities and len(c.activities) > 1
            and not lx.ACTIVITY_RE["interpreting"].search(folded)):
        # "bilingual" describing something else ("a designer for bilingual flyers") is not
        # a request for an interpreter.
        del c.activities["interpreting"]
    c.traits = _traits(folded, raw)
    c.facets = facets_in(folded, c.activities)
    _untutor(c)
    if lx.LIGHT_WORK_RE.search(folded):
        c.facets.add("light")  # "no heavy lifting": open to members who cannot lift
    if lx.PHARMACIST_RE.search(folded):
        c.facets.add("welcomes:pharmacist")
    # The days it happens on (a weekends-only member is not told of a Friday shift).
    if lx.WEEKEND_DAY_RE.search(folded):
        c.facets.add("day:weekend")
    if lx.WEEKDAY_DAY_RE.search(folded):
        c.facets.add("day:weekday")
    # Requirements.
    if "driving" in c.activities:
        c.requires.add("vehicle")
    # ("tu van" is Vietnamese for counselling, not a van)
    if lx.TRUCK_RE.search(re.sub(r"\btu van\b", " ", head)) or (
            "moving" in c.activities and lx.TRUCK_RE.search(folded)):
        c.requires.add("truck")
    if lx.WOMEN_ONLY_RE.search(folded):
        c.requires.add("woman")
    if not lx.PROFESSION_OR_ELSE_RE.search(head) and not lx.ALSO_WELCOME_RE.search(folded):
        named = {p for p, regex in lx.PROFESSION_RE.items() if regex.search(head)}
        trades = {p for p, regex in lx.TRADE_RE.items() if regex.search(head)}
        if len(named | trades) == 1:
            # "A plumber and an electrician": either trade will do, so neither is required.
            c.requires |= named
        if named and lx.LICENCE_RE.search(folded):
            c.requires.add("licensed")
    if "medical" in c.activities and not lx.MEDICAL_WELCOMES_RE.search(folded):
        # A nurse practitioner counts as a nurse in a profile, but a need naming one asks
        # for a prescriber.  A need that welcomes students, aides or assistants asks for
        # no profession.
        physician = lx.PHYSICIAN_RE.search(folded)
        nurse = lx.NURSE_RE.search(re.sub(r"\bnurse practitioners?\b", " ", folded))
        if physician and nurse:
            c.requires.add("clinician")  # "nurses or doctors": either will do
        elif physician:
            c.requires.add("physician")
        elif nurse:
            c.requires.add("nurse")
    asked = [_norm_code(x) for x in languages or () if x]
    no_language = bool(lx.NO_LANGUAGE_NEEDED_RE.search(folded))
    if (len(set(asked)) >= 2 and "en" in asked and c.kind != "donation" and not no_language
            and not {"interpreting", "translation"} & set(c.activities)):
        # The need asks for English and another language together: it is help carrying
        # words between them (reading forms with elders, a bilingual helper), whatever
        # else its words name.
        c.activities["interpreting"] = "text"
    interpreting = bool({"interpreting", "translation"} & set(c.activities))
    if not asked:
        named = languages_named(folded, raw)
        if interpreting and named:
            asked = named + (["en"] if "en" not in named else [])
        elif named:
            asked = [x for x in named if _speak_sentence(raw, x)]
    c.languages = set(asked)
    if no_language:
        c.required_languages = set()  # "you do not need to speak another language"
    elif interpreting:
        c.required_languages = set(asked)
    elif languages and asked and "en" not in asked:
        # The need names only languages other than English (teach Amharic reading, visit
        # Vietnamese elders): the work is done in them, so they are required unless a
        # sentence says they are only preferred.
        c.required_languages = {x for x in asked if not any(
            lx.PREFERRED_RE.search(s) for s in _sentences_naming(raw, x))}
    else:
        c.required_languages = {x for x in asked if _required(raw, x)}
    return c


def _sentences_naming(raw: str, code: str) -> list[str]:
    out = []
    for sentence in sentences(raw):
        folded = fold(sentence)
        if code in languages_named(folded, sentence):
            out.append(folded)
    return out


def _speak_sentence(raw: str, code: str) -> bool:
    return any(lx.SPEAK_RE.search(s) or lx.MUST_RE.search(s) or lx.PREFERRED_RE.search(s)
               for s in _sentences_naming(raw, code))


def _required(raw: str, code: str) -> bool:
    for s in _sentences_naming(raw, code):
        if lx.PREFERRED_RE.search(s):
            return False
        if lx.MUST_RE.search(s):
            return True
    return False


WORD = re.compile(r"\w+")
