"""Reading an uploaded file into tabs of text cells, or a clear error that says why not.

One entry point, ``read_file(content, filename, encoding)``, for every kind of input:

* CSV (UTF-8 by default; another encoding can be chosen; the delimiter is detected),
* XLSX workbooks (every tab; hyperlinks behind cell text are kept as text),
* HSDS tabular data packages (a ZIP of CSV files with a ``datapackage.json``).

Nothing here touches the database.  Every way a file can be unusable - empty, too large,
not the encoding it claims, a quote never closed, a broken or old-format workbook, a
ZIP that expands too far - raises ``ImportFileError`` with a sentence for the person
who uploaded it.  Limits come from settings (see ``limits()``).
"""

from __future__ import annotations

import codecs
import csv
import datetime
import io
import json
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings

XLSX_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and password-protected .xlsx
ENCODINGS = {
    "utf-8": "UTF-8",
    "windows-1252": "Windows-1252 (Excel on Windows, Western European)",
    "latin-1": "ISO-8859-1 (Latin-1)",
    "utf-16": "UTF-16 (Excel 'Unicode text')",
    "mac-roman": "Mac Roman (old Excel for Mac)",
}
HSDS_TABLES = ("organizations.csv", "phones.csv", "locations.csv", "addresses.csv",
               "services.csv")


class ImportFileError(ValueError):
    """The file as a whole cannot be imported; the message says why, for a person."""


@dataclass(frozen=True)
class Limits:
    max_bytes: int
    max_rows: int
    max_columns: int
    max_expanded_bytes: int


def limits() -> Limits:
    return Limits(
        max_bytes=int(getattr(settings, "ORGANIZATION_IMPORT_MAX_BYTES", 5_000_000)),
        max_rows=int(getattr(settings, "ORGANIZATION_IMPORT_MAX_ROWS", 5_000)),
        max_columns=int(getattr(settings, "ORGANIZATION_IMPORT_MAX_COLUMNS", 100)),
        max_expanded_bytes=int(
            getattr(settings, "ORGANIZATION_IMPORT_MAX_EXPANDED_BYTES", 20_000_000)
        ),
    )


@dataclass
class Sheet:
    """One tab (or one CSV file): rows of text cells, numbered from 1 as the sheet shows."""

    name: str
    rows: list[list[str]]
    notes: list[str] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)


@dataclass
class Workbook:
    kind: str  # "csv", "xlsx" or "hsds"
    filename: str
    sheets: list[Sheet]
    datapackage: dict[str, Any] | None = None

    def sheet(self, name: str) -> Sheet:
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        raise ImportFileError(f"There is no tab called {name!r} in {self.filename}.")


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def detect_kind(content: bytes, filename: str) -> str:
    """"csv", "xlsx" or "hsds" from the bytes (the name only breaks ties)."""
    if content.startswith(OLE_MAGIC):
        raise ImportFileError(
            f"{filename} is an old-format (.xls) or password-protected workbook. Open it "
            "in Excel or Google Sheets and save it as .xlsx (without a password) or CSV."
        )
    if content.startswith(XLSX_MAGIC):
        try:
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError) as exc:
            raise ImportFileError(
                f"{filename} looks like a ZIP file (.xlsx or a data package) but is "
                f"damaged: {exc}."
            ) from exc
        if "[Content_Types].xml" in names:
            return "xlsx"
        base = {Path(name).name for name in names}
        if "datapackage.json" in base or "organizations.csv" in base:
            return "hsds"
        raise ImportFileError(
            f"{filename} is a ZIP file but neither an Excel workbook nor an HSDS data "
            "package (no datapackage.json or organizations.csv inside)."
        )
    if filename.lower().endswith((".xlsx", ".xlsm")):
        raise ImportFileError(f"{filename} is named like an Excel workbook but is not one.")
    if filename.lower().endswith((".ods", ".numbers", ".pdf", ".doc", ".docx", ".json")):
        raise ImportFileError(
            f"{filename}: this kind of file cannot be imported here. Upload a CSV file, an "
            "Excel workbook (.xlsx) or an HSDS data package (.zip)."
        )
    return "csv"


def read_file(content: bytes, filename: str, encoding: str = "utf-8") -> Workbook:
    """Read an upload; ``ImportFileError`` for anything unusable (nothing is written)."""
    cap = limits()
    filename = Path(filename or "upload").name
    if not content:
        raise ImportFileError(f"{filename} is empty (0 bytes).")
    if len(content) > cap.max_bytes:
        raise ImportFileError(
            f"{filename} is {_mb(len(content))}; the largest file accepted is "
            f"{_mb(cap.max_bytes)}. Split it into smaller files (one tab per file works)."
        )
    kind = detect_kind(content, filename)
    if kind == "xlsx":
        return read_xlsx(content, filename)
    if kind == "hsds":
        return read_hsds_zip(content, filename)
    return Workbook("csv", filename, [read_csv(content, filename, encoding)])


# --- CSV ----------------------------------------------------------------------------------


def decode(content: bytes, filename: str, encoding: str = "utf-8") -> str:
    if encoding not in ENCODINGS:
        raise ImportFileError(f"Unknown encoding {encoding!r}; choose one of "
                              + ", ".join(ENCODINGS) + ".")
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    codec = "utf-8-sig" if encoding == "utf-8" else encoding
    try:
        text = content.decode(codec)
    except UnicodeDecodeError as exc:
        line = content[: exc.start].count(b"\n") + 1
        byte = content[exc.start: exc.start + 1].hex().upper()
        raise ImportFileError(
            f"{filename} is not {ENCODINGS[encoding].split(' (')[0]} text: line {line} has "
            f"the byte 0x{byte}, which that encoding does not allow. Save it as 'CSV UTF-8' "
            "(Excel: File > Save As > CSV UTF-8), or choose the encoding it was saved in."
        ) from exc
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ImportFileError(
            f"{filename} contains binary data (a NUL byte on line {line}); it is not a CSV "
            "text file."
        )
    return text


def _delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most rows of one width."""
    sample = "\n".join(text.splitlines()[:60])
    best, best_score = ",", -1
    for candidate in (",", ";", "\t"):
        try:
            rows = list(csv.reader(io.StringIO(sample), delimiter=candidate))
        except csv.Error:
            continue
        widths = Counter(len(row) for row in rows if len(row) > 1)
        score = widths.most_common(1)[0][1] if widths else 0
        if score > best_score:
            best, best_score = candidate, score
    return best


_CSV_ERRORS = {
    "unexpected end of data": "a quoted cell is never closed (a \" without its partner)",
    "expected after": "there is text right after a closing quote",
    "field larger than field limit": "a cell is longer than 131,072 characters",
    "new-line character seen in unquoted field": "a line break is inside an unquoted cell",
}


def read_csv(content: bytes, filename: str, encoding: str = "utf-8", *,
             name: str | None = None) -> Sheet:
    text = decode(content, filename, encoding)
    if not text.strip():
        raise ImportFileError(f"{filename} has no text in it (only blank lines).")
    cap = limits()
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    rows: list[list[str]] = []
    try:
        for row in reader:
            if len(rows) >= cap.max_rows:
                raise ImportFileError(
                    f"{filename} has more than {cap.max_rows:,} rows; split it into "
                    "smaller files."
                )
            rows.append([cell.strip() for cell in row[: cap.max_columns]])
    except csv.Error as exc:
        message = str(exc)
        reason = next((why for key, why in _CSV_ERRORS.items() if key in message), message)
        raise ImportFileError(
            f"{filename} is not a well-formed CSV file: {reason} (near line "
            f"{reader.line_num})."
        ) from exc
    return Sheet(name or Path(filename).stem or filename, _trim(rows))


def _trim(rows: list[list[str]]) -> list[list[str]]:
    """Drop empty cells at the end of each row and empty rows at the end of the sheet."""
    out = []
    for row in rows:
        while row and not row[-1]:
            row = row[:-1]
        out.append(row)
    while out and not out[-1]:
        out.pop()
    return out


# --- XLSX ---------------------------------------------------------------------------------


def _check_zip(content: bytes, filename: str) -> zipfile.ZipFile:
    cap = limits()
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportFileError(f"{filename} is damaged (not a readable ZIP archive).") from exc
    expanded = sum(info.file_size for info in infos)
    if expanded > cap.max_expanded_bytes or len(infos) > 2_000:
        raise ImportFileError(
            f"{filename} expands to {_mb(expanded)} in {len(infos)} parts; the limit is "
            f"{_mb(cap.max_expanded_bytes)}. Remove images or unused tabs, or save it as CSV."
        )
    return archive


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value).strip()


def read_xlsx(content: bytes, filename: str) -> Workbook:
    import openpyxl

    cap = limits()
    _check_zip(content, filename).close()
    try:
        # Not read-only: hyperlinks behind cell text are only parsed in the full mode.
        # The expanded size is capped above, which bounds the memory this takes.
        book = openpyxl.load_workbook(io.BytesIO(content), data_only=True)
    except Exception as exc:  # noqa: BLE001 - any parser failure is "not a usable workbook"
        raise ImportFileError(
            f"{filename} could not be read as an Excel workbook ({type(exc).__name__}: "
            f"{str(exc)[:200] or 'no detail'}). Open it in Excel or Google Sheets and save "
            "it again as .xlsx, or export the tab as CSV."
        ) from exc
    sheets = []
    try:
        for ws in book.worksheets:
            sheets.append(_read_worksheet(ws, cap))
    except ImportFileError as exc:
        raise ImportFileError(f"{filename}: {exc}") from exc
    finally:
        book.close()
    if not any(sheet.rows for sheet in sheets):
        raise ImportFileError(f"{filename} has no data in any of its tabs.")
    return Workbook("xlsx", filename, sheets)


def _read_worksheet(ws, cap: Limits) -> Sheet:
    # The cells the file really has (the sheet's dimensions can be inflated by formatting
    # a whole column, and iterating them would create a million empty cells).
    cells = getattr(ws, "_cells", None)
    if cells is None:  # pragma: no cover - an openpyxl without the cell map
        cells = {(c.row, c.column): c for row in ws.iter_rows() for c in row}
    grid: dict[int, dict[int, str]] = {}
    notes: list[str] = []
    dropped_columns = False
    for (row, column), cell in cells.items():
        text = _cell_text(cell.value)
        link = getattr(cell, "hyperlink", None)
        target = getattr(link, "target", None) if link is not None else None
        if target and target not in text and target.startswith(("http://", "https://")):
            text = f"{text}\n{target}" if text else target
        if not text:
            continue
        if column > cap.max_columns:
            dropped_columns = True
            continue
        grid.setdefault(row, {})[column] = text
    if len(grid) > cap.max_rows:
        raise ImportFileError(
            f"tab {ws.title!r} has {len(grid):,} rows with data; at most {cap.max_rows:,} "
            "are accepted. Split it into smaller tabs or files."
        )
    if dropped_columns:
        notes.append(f"columns after the {cap.max_columns}th were ignored")
    last_row = max(grid, default=0)
    rows = []
    for number in range(1, last_row + 1):
        values = grid.get(number, {})
        width = max(values, default=0)
        rows.append([values.get(col, "") for col in range(1, width + 1)])
    return Sheet(ws.title, _trim(rows), notes)


# --- HSDS data package --------------------------------------------------------------------


def read_hsds_zip(content: bytes, filename: str) -> Workbook:
    archive = _check_zip(content, filename)
    files: dict[str, bytes] = {}
    with archive:
        for info in archive.infolist():
            base = Path(info.filename).name
            if info.is_dir() or not base or base in files:
                continue
            if base == "datapackage.json" or base.endswith(".csv"):
                files[base] = archive.read(info)
    return read_hsds_files(files, filename)


def read_hsds_directory(path: str | Path) -> Workbook:
    path = Path(path)
    files = {}
    for name in ("datapackage.json", *HSDS_TABLES):
        if (path / name).is_file():
            files[name] = (path / name).read_bytes()
    return read_hsds_files(files, str(path))


def read_hsds_files(files: dict[str, bytes], filename: str) -> Workbook:
    datapackage = None
    if "datapackage.json" in files:
        try:
            datapackage = json.loads(files["datapackage.json"].decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ImportFileError(
                f"{filename}: datapackage.json is not valid JSON ({exc})."
            ) from exc
        if not isinstance(datapackage, dict) or not isinstance(
            datapackage.get("resources"), list
        ):
            raise ImportFileError(
                f"{filename}: datapackage.json has no list of \"resources\"."
            )
    if "organizations.csv" not in files:
        raise ImportFileError(f"{filename}: the data package has no organizations.csv.")
    sheets = [
        read_csv(files[name], f"{filename}:{name}", name=name)
        for name in HSDS_TABLES
        if name in files and files[name].strip()
    ]
    return Workbook("hsds", Path(filename).name, sheets, datapackage=datapackage)
