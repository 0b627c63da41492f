"""Test spreadsheets with every shape a community "immigrant resources" workbook has.

No real file is given; these reproduce the shapes described in issue 14: title, notes and
links above the header; trailing empty columns; blank separator rows (55 in one tab);
multi-line cells with one to three URLs; free-text yes/no answers; several phones in a
cell; the same organizations in two tabs with different columns; a prose-only tab with
headings, links and phone numbers inside sentences.  All names, sites and numbers are
invented (example.org, 555-01xx).
"""

from __future__ import annotations

import csv
import io

import openpyxl

TITLE = "Immigrant Resources - Twin Cities (community list, updated March 2025)"

LEGAL = [
    [TITLE, "", "", "", ""],
    ["Notes: we check these every month. Corrections to volunteer@example.org", "", ""],
    ["See also https://resources.example.org/list and the county page", ""],
    ["Not legal advice.", "", ""],
    [],
    ["Organization", "Website", "Phone", "Who they serve", "Services", "Volunteers needed?",
     "Notes", "", "", ""],
    ["Comunidades Latinas Unidas en Servicio (CLUES)",
     "https://www.clues.example.org\nhttps://www.facebook.com/cluesmn\nwww.clues.example.org/es",
     "612-555-0101 / 651-555-0102", "Latino families, immigrants and communities of color",
     "Legal aid, ESL classes", "Yes (volunteer link on site)",
     "Main office on Lake St.", "", "", ""],
    ["Somali Family Legal Center", "somalilegal.example.org", "(612) 555-0103",
     "Somali and Oromo communities", "Know your rights trainings", "No explicit.", ""],
    *[[""] * 7 for _ in range(55)],  # blank separator rows
    ["FOOD AND BASICS"],  # a section heading inside the table
    ["Northside Food Shelf", "https://northsidefood.example.org/", "763.555.0104",
     "Families, seniors", "Food shelf, diapers", "N/A (government program)", ""],
    ["Hennepin County Immigrant Services", "https://www.hennepin.us/immigrants",
     "612-555-0105 ext. 12", "Immigrants and refugees", "Case management",
     "Indirect (through partner agencies)", "County program"],
    ["Mystery Mutual Aid", "", "call 211", "", "", "?", "Ask around"],
    ["", "https://orphan.example.org", "612-555-0106", "", "", "Yes", "no name given"],
    ["Broken Link Collective", "htp:/broken", "612-555-0107", "Youth", "Tutoring", "Yes", ""],
]

FOOD = [
    ["Food and basic needs", "", "", "", "", "", ""],
    ["Shared by the food committee; same groups as the legal tab, other columns", ""],
    ["Name", "Address", "County", "Phone(s)", "Donate link", "ICE resistance focus?", ""],
    ["CLUES", "797 E 7th St\nSt. Paul, MN 55106", "Ramsey County", "612-555-0101",
     "https://www.clues.example.org/donate", "Yes"],
    ["Northside Food Shelf ", "1200 W Broadway Ave, Minneapolis, MN 55411", "Hennepin",
     "763-555-0104\n763-555-0108", "https://northsidefood.example.org/give", "No"],
    [],
    ["Comunidades Latinas Unidas En Servicio", "", "", "651-555-0102", "", ""],
    ["Somali Family Legal Centre", "", "Hennepin", "", "", "Yes"],
    ["East Side Pantry", "900 Payne Ave, St. Paul, MN 55130", "Ramsey", "651-555-0109",
     "https://eastsidepantry.example.org/donate\nhttps://gofund.example.org/eastside", "No"],
]

HOW_TO_HELP = [
    ["How to help"],
    ["Volunteer with CLUES: sign up at https://www.clues.example.org/volunteer or call "
     "612-555-0101. Spanish speakers especially welcome!"],
    [],
    ["Legal observers"],
    ["The Rapid Response Coalition trains legal observers every month, see "
     "https://rapidresponse.example.org/training. Call the hotline at 612-555-0110 to report "
     "ICE activity."],
    ["Somali Family Legal Center needs Somali and Oromo interpreters (no sign-up page yet)."],
    ["Money"],
    ["Give to the bail fund at bailfund.example.org. Checks to PO Box 1, Minneapolis."],
]

TABS = {"Legal help": LEGAL, "Food": FOOD, "How to help": HOW_TO_HELP}


def xlsx_bytes(tabs: dict[str, list[list[str]]] = TABS, *, hyperlink: bool = True) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in tabs.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row or [None])
    if hyperlink:
        # A link behind display text, as people make them in Excel.
        cell = book["Food"]["E9"]
        cell.value = "Donate"
        cell.hyperlink = "https://eastsidepantry.example.org/donate"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def csv_bytes(rows: list[list[str]], *, encoding: str = "utf-8") -> bytes:
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)
