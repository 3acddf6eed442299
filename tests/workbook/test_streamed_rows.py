#!/usr/bin/env python3
"""A long table whose rows the xlsx facade streams itself (xlsx::Sheet::stream_rows, the path of
a table past kMaxTableRows), read back by two readers. write_streamed_workbook writes the same
workbook twice: streamed.xlsx (rows streamed) and library.xlsx (rows written cell by cell by
libxlsxwriter). openpyxl must read every cell of every sheet of the two alike, values and number
formats, and chosen rows as the rule below gives them, with the row count; LibreOffice must
convert both to CSV, the same text, with the chosen rows shown as expected.

usage: test_streamed_rows.py WRITE_STREAMED_WORKBOOK_BINARY"""
import csv
import datetime
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from workbook_lib import Failures  # noqa: E402  (skips the test when openpyxl is missing)
import openpyxl  # noqa: E402

ROWS = 2500  # the last row: i = 2499, so -3.5 with no decimals, 16 July, 05:03
# As in write_streamed_workbook.cpp.
TEXTS = ["a <b> & \"c\" 'd'", " leading space", "trailing space ", "line\nbreak", "control \x01 here",
         "caf\u00e9 \u2014", "", "=1+1", "[x]", "3.05"]
NUMBERS = [0.1 + 0.2, 1e-7, 1e21, -3.5, 42, 1234567890123456789.0, 1.0 / 3, 123456.789]
NUMBER_FORMATS = {0: "#,##0", 1: "#,##0.0", 2: "#,##0.00"}
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


def expected(i):
    """Row i (from 0) of the table, as openpyxl reads it: (value, number format) per cell."""
    # A number is stored with 16 significant digits ("%.16G", as libxlsxwriter writes it).
    number = float(f"{NUMBERS[i % 8]:.16G}")
    value = ("[x]", "General") if i % 7 == 6 else (number, NUMBER_FORMATS[i % 3])
    minutes = (i * 37) % 1440
    return [(TEXTS[i % 10] or None, "General"), value, (i % 3, "#,##0"),
            (datetime.datetime(2023, 7, 10 + i % 9), "d mmmm yyyy"),
            (datetime.time(minutes // 60, minutes % 60), "hh:mm"), (f"row {i + 1}", "General")]


def cells(path):
    book = openpyxl.load_workbook(path)
    return {ws.title: [[(c.value, c.number_format) for c in row] for row in ws.iter_rows()]
            for ws in book.worksheets}


def main():
    tool = sys.argv[1]
    f = Failures()
    with tempfile.TemporaryDirectory(prefix="icbgen-streamed-") as tmp:
        subprocess.run([tool, tmp, str(ROWS)], check=True)
        streamed = cells(os.path.join(tmp, "streamed.xlsx"))
        library = cells(os.path.join(tmp, "library.xlsx"))
        f.check(list(streamed) == ["Cover", "Contents", "Data"], f"sheets: {list(streamed)}")
        f.check(streamed == library, "openpyxl reads the streamed workbook unlike the library's")
        data = streamed["Data"]
        header = next(n for n, row in enumerate(data) if row and row[0][0] == "Label")
        rows = data[header + 1:]
        f.check(len(rows) == ROWS, f"{len(rows)} data rows, not {ROWS}")
        f.check([c[0] for c in data[header]] == ["Label", "Value", "Decimals", "Date", "Time", "Row"],
                f"header {data[header]}")
        for i in (0, 1, 2, 3, 4, 5, 6, 7, 13, 1000, ROWS - 1):
            got = rows[i] if i < len(rows) else None
            want = expected(i)
            if i % 10 == 4 and got:  # openpyxl leaves Excel's _x0001_ escape as it is
                want[0] = ("control _x0001_ here", "General")
            f.check(got == want, f"row {i + 1}: {got}, not {want}")

        office = shutil.which("libreoffice") or shutil.which("soffice")
        if not office:
            print("LibreOffice is not on PATH: the CSV half is skipped")
        else:
            out = os.path.join(tmp, "csv")
            result = subprocess.run(
                [office, f"-env:UserInstallation=file://{tmp}/lo-profile", "--headless", "--convert-to",
                 CSV_FILTER, "--outdir", out, os.path.join(tmp, "streamed.xlsx"),
                 os.path.join(tmp, "library.xlsx")], capture_output=True, text=True, timeout=600)
            f.check(result.returncode == 0, f"LibreOffice failed: {result.stdout[-500:]}{result.stderr[-500:]}")

            def read(name):
                path = os.path.join(out, name)
                if not f.check(os.path.exists(path), f"no {name} ({sorted(os.listdir(out))})"):
                    return []
                with open(path, encoding="utf-8", newline="") as fh:
                    return list(csv.reader(fh))
            a, b = read("streamed-Data.csv"), read("library-Data.csv")
            f.check(a == b, "LibreOffice reads the streamed Data sheet unlike the library's")
            start = next((n for n, r in enumerate(a) if r and r[0] == "Label"), len(a))
            body = a[start + 1:]
            f.check(len(body) == ROWS, f"LibreOffice: {len(body)} data rows, not {ROWS}")
            want = {
                0: ["a <b> & \"c\" 'd'", "0", "0", "10 July 2023", "00:00", "row 1"],
                1: [" leading space", "0.0", "1", "11 July 2023", "00:37", "row 2"],
                2: ["trailing space ", "1,000,000,000,000,000,000,000.00", "2", "12 July 2023", "01:14",
                    "row 3"],
                3: ["line\nbreak", "-4", "0", "13 July 2023", "01:51", "row 4"],
                5: ["caf\u00e9 \u2014", "1,234,567,890,123,460,000.00", "2", "15 July 2023", "03:05",
                    "row 6"],
                6: ["", "[x]", "0", "16 July 2023", "03:42", "row 7"],
                ROWS - 1: ["3.05", "-4", "0", "16 July 2023", "05:03", f"row {ROWS}"],
            }
            for i, row in want.items():
                got = body[i] if i < len(body) else None
                f.check(got == row, f"LibreOffice row {i + 1}: {got}, not {row}")
    f.finish("streamed rows read back")


if __name__ == "__main__":
    main()
