"""The layout rules every workbook must follow (docs/WORKBOOKS.md), checked with openpyxl."""
import re

import openpyxl

from workbook_lib import (FIXED_SHEETS, LABEL_COLUMNS, custom_properties, sheet_charts,
                          table_rows)

NUMBER_LIKE = re.compile(r"^[-+]?\d[\d,]*(\.\d+)?%?$")


def check_layout(path, f, created="2023-07-24"):
    name = path.rsplit("/", 1)[-1]
    wb = openpyxl.load_workbook(path)
    sheets = wb.sheetnames

    # Sheets: unique names of at most 31 characters, Cover first and active, none hidden.
    f.check(len({s.lower() for s in sheets}) == len(sheets), f"{name}: sheet names not unique")
    for s in sheets:
        f.check(len(s) <= 31, f"{name}: sheet name longer than 31 characters: {s}")
    f.check(sheets[:2] == ["Cover", "Contents"], f"{name}: first sheets are {sheets[:2]}")
    f.check(wb.active.title == "Cover", f"{name}: opens on {wb.active.title}, not Cover")
    if "Notes" in sheets:
        f.check(sheets[2] == "Notes", f"{name}: Notes is not the third sheet")

    # Document properties, the language as a custom property.
    p = wb.properties
    for field in ("title", "subject", "creator", "keywords", "description"):
        f.check(bool(getattr(p, field)), f"{name}: document property {field} is empty")
    f.check(p.created is not None and p.created.strftime("%Y-%m-%d") == created,
            f"{name}: created {p.created}, expected {created}")
    f.check(custom_properties(path).get("Language") == "en-GB", f"{name}: no Language custom property")

    table_names = []
    for ws in wb.worksheets:
        where = f"{name}!{ws.title}"
        f.check(ws.sheet_state == "visible", f"{where}: hidden")
        f.check(isinstance(ws["A1"].value, str) and ws["A1"].value.strip(), f"{where}: no title in A1")
        f.check(ws["A2"].value, f"{where}: nothing in A2 (blank sheet?)")
        f.check(not ws.merged_cells.ranges, f"{where}: merged cells {ws.merged_cells.ranges}")
        for sel in ws.sheet_view.selection:
            f.check(sel.activeCell in (None, "A1") and sel.sqref in (None, "A1"),
                    f"{where}: cursor at {sel.activeCell} / {sel.sqref}, not A1")
        for row in ws.iter_rows():
            for cell in row:
                f.check(cell.data_type != "f", f"{where}!{cell.coordinate}: a formula ({cell.value})")

        if ws.title == "Cover":
            f.check(not ws.tables, f"{where}: the cover holds a table")
            continue
        f.check(len(ws.tables) == 1, f"{where}: {len(ws.tables)} tables, expected one")
        for table in ws.tables.values():
            table_names.append(table.name)
            check_table(ws, table, where, f)
    f.check(len(set(t.lower() for t in table_names)) == len(table_names), f"{name}: table names not unique")

    # Contents: a link to every other sheet, each pointing at a sheet that exists.
    if not f.check("Contents" in sheets, f"{name}: no Contents sheet"):
        return wb
    ws = wb["Contents"]
    table = next(iter(ws.tables.values()))
    _, rows = table_rows(ws, table)
    listed = []
    for r in rows:
        link = r[0].hyperlink
        f.check(link is not None and link.location, f"{name}!Contents!{r[0].coordinate}: no internal link")
        if link is not None and link.location:
            target = re.fullmatch(r"'?(.*?)'?!A1", link.location)
            f.check(target and target[1].replace("''", "'") in sheets,
                    f"{name}: contents link {link.location} points at no sheet")
            listed.append(r[0].value)
        f.check(bool(r[1].value), f"{name}!Contents!{r[1].coordinate}: no description")
    f.check(sorted(listed) == sorted(s for s in sheets if s != "Contents"),
            f"{name}: contents lists {listed}")

    # Charts: every sheet that says it has a chart has one with alt text, and no other does.
    charts = sheet_charts(path)
    for ws in wb.worksheets:
        says = str(ws["A2"].value).startswith("This worksheet contains one table and one chart")
        found = charts.get(ws.title, [])
        f.check(len(found) == (1 if says else 0), f"{name}!{ws.title}: {len(found)} charts")
        for alt, xml in found:
            f.check(alt and len(alt) > 20, f"{name}!{ws.title}: chart without alt text")
            f.check("<c:lineChart>" in xml, f"{name}!{ws.title}: not a line chart")
    return wb


def check_table(ws, table, where, f):
    f.check(table.headerRowCount in (None, 1), f"{where}: {table.headerRowCount} header rows")
    f.check(not table.totalsRowCount, f"{where}: a totals row")
    f.check(table.ref.startswith("A"), f"{where}: table {table.ref} does not start in column A")
    header, rows = table_rows(ws, table)
    top = header[0].row
    # The title and the description lines fill every row above the table: no blank rows.
    for r in range(1, top):
        f.check(ws.cell(r, 1).value, f"{where}: row {r} above the table is blank")
    f.check(top >= 3, f"{where}: the table starts at row {top}, with no description line")
    f.check(len(rows) >= 1, f"{where}: an empty table")
    names = [c.name for c in table.tableColumns]
    f.check([h.value for h in header] == names, f"{where}: header cells {[h.value for h in header]} differ from {names}")
    f.check(len(set(names)) == len(names), f"{where}: repeated column names")
    # The Analysis Function guidance advises against frozen panes and filter buttons.
    f.check(not ws.freeze_panes, f"{where}: panes frozen at {ws.freeze_panes}")
    f.check(table.autoFilter is None, f"{where}: the table has filter buttons")
    f.check(all(h.alignment.wrap_text for h in header), f"{where}: header row not wrapped")
    for row in rows:
        f.check(any(c.value not in (None, "") for c in row), f"{where}: blank row {row[0].row} in the table")
        for h, c in zip(header, row):
            f.check(c.value not in (None, ""), f"{where}!{c.coordinate}: empty cell in the table (use [x] or [z])")
            if c.data_type == "n":
                f.check(c.number_format != "General", f"{where}!{c.coordinate}: number without a number format")
            elif c.data_type == "d":
                f.check(c.number_format != "General", f"{where}!{c.coordinate}: date without a format")
            elif isinstance(c.value, str) and h.value not in LABEL_COLUMNS and not h.value.startswith("Period"):
                f.check(not NUMBER_LIKE.match(c.value), f"{where}!{c.coordinate}: number stored as text: {c.value!r}")
    for col in range(len(header)):
        f.check(any(r[col].value not in (None, "") for r in rows), f"{where}: blank column {header[col].value}")
    for col, h in enumerate(header, start=1):
        f.check((ws.column_dimensions[h.column_letter].width or 0) >= 7, f"{where}: column {h.value} too narrow")
