'use strict';
// A metric page's chart and data table: the SVG needs an accessible name, the table a caption
// and header scopes, and the table's numbers must be the ones in the metric's CSV download.

// Runs in the page: what the main content holds in charts and tables.
function readChartsAndTables() {
  const root = document.querySelector('#maincontent, main') || document.body;
  const text = (el) => (el ? el.textContent : '').trim().replace(/\s+/g, ' ');
  const nameOf = (svg) => {
    const ids = (svg.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
    const labelled = ids.map((id) => text(document.getElementById(id))).join(' ').trim();
    if (labelled) return labelled;
    const label = (svg.getAttribute('aria-label') || '').trim();
    if (label) return label;
    const title = [...svg.children].find((c) => c.tagName.toLowerCase() === 'title');
    return text(title);
  };
  const svgs = [...root.querySelectorAll('svg')].map((svg) => ({
    role: svg.getAttribute('role'),
    name: nameOf(svg),
    hidden: !!svg.closest('[aria-hidden="true"]'),
    size: Math.round(svg.getBoundingClientRect().width) * Math.round(svg.getBoundingClientRect().height),
  }));
  const tables = [...root.querySelectorAll('table')].map((table) => ({
    caption: text(table.caption),
    headers: [...table.querySelectorAll('th')].map((th) => ({ text: text(th), scope: th.getAttribute('scope') })),
    cells: [...table.rows]
      .filter((row) => row.parentElement.tagName !== 'THEAD')
      .flatMap((row, r) => [...row.cells].map((cell) => ({ row: r, tag: cell.tagName.toLowerCase(), text: text(cell) }))),
  }));
  const links = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
  return { svgs, tables, links };
}

// Numbers written in a cell: "1,234", "52.1%", "−3.5"; with how many decimals they show.
function numbersIn(text) {
  const out = [];
  const re = /(?:(?<=^|[\s(])[-\u2212])?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0].replace(/\u2212/, '-').replace(/,/g, '');
    const dot = raw.indexOf('.');
    out.push({ value: Number(raw), decimals: dot === -1 ? 0 : raw.length - dot - 1 });
  }
  return out;
}

const shows = (cellText, value) =>
  numbersIn(cellText).some((n) => Math.abs(n.value - value) <= 0.5 * 10 ** -n.decimals + 1e-9);

const squash = (text) => text.toLowerCase().replace(/\s+/g, ' ').trim();

// Whether a table row's text shows a CSV field: as written, or for periods ("2019-04..2022-10",
// "2018/19") at least every four-digit year in it, so a friendlier period format still counts.
function rowShows(rowText, column, raw) {
  const want = squash(raw);
  if (!want || rowText.includes(want)) return true;
  if (/period|date|year|time/i.test(column)) {
    const years = want.match(/\b(19|20)\d\d\b/g);
    return !!years && years.every((y) => rowText.includes(y));
  }
  return false;
}

// Matches every CSV record with a value to its own table cell, in a row that also shows the
// record's other fields (period, area, breakdown). Returns the records that are missing, and
// those whose value is only found in a row for something else. The download's `unit` column is
// the same on every row and the table says it once, in its header, so it is not looked for in
// each row.
function matchRecords(table, records, columns, valueColumn) {
  const context = columns.filter((c) => c !== valueColumn && !/^(note|notes|source|sources|unit)$/i.test(c));
  const rowText = new Map();
  for (const cell of table.cells) rowText.set(cell.row, `${rowText.get(cell.row) ?? ''} ${squash(cell.text)}`);
  const order = [...table.cells.keys()].sort((a, b) => (table.cells[a].tag === 'td' ? 0 : 1) - (table.cells[b].tag === 'td' ? 0 : 1));
  const used = new Set();
  const missing = [];
  const misplaced = [];
  for (const record of records) {
    const raw = String(record[valueColumn] ?? '').trim();
    if (raw === '' || Number.isNaN(Number(raw))) continue;
    const value = Number(raw);
    const candidates = order.filter((i) => !used.has(i) && shows(table.cells[i].text, value));
    const inRow = candidates.find((i) => context.every((c) => rowShows(rowText.get(table.cells[i].row), c, record[c] ?? '')));
    if (inRow !== undefined) used.add(inRow);
    else if (candidates.length) {
      used.add(candidates[0]);
      misplaced.push(record);
    } else missing.push(record);
  }
  return { missing, misplaced, context };
}

function checkChartAndTable({ svgs, tables, links }, { id, records, columns }) {
  const problems = [];
  const charts = svgs.filter((s) => !s.hidden && s.role === 'img' && s.name);
  if (svgs.length === 0) problems.push('no <svg> chart in the main content');
  else if (charts.length === 0) {
    const seen = svgs.map((s) => `role=${s.role ?? 'none'}${s.hidden ? ' aria-hidden' : ''}${s.name ? ` name="${s.name}"` : ' no name'}`);
    problems.push(`no <svg> with role="img" and an accessible name (aria-label, aria-labelledby or <title>); found: ${seen.join('; ')}`);
  }

  const valueColumn = columns.find((c) => c.toLowerCase() === 'value');
  if (!valueColumn) problems.push(`metrics/${id}/${id}.csv has no "value" column (columns: ${columns.join(', ')})`);
  if (tables.length === 0) {
    problems.push('no data table in the main content');
  } else if (valueColumn) {
    const scored = tables.map((t) => ({ t, ...matchRecords(t, records, columns, valueColumn) }));
    const misses = (x) => x.missing.length * 2 + x.misplaced.length;
    scored.sort((a, b) => misses(a) - misses(b) || (b.t.caption ? 1 : 0) - (a.t.caption ? 1 : 0));
    const { t, missing, misplaced, context } = scored[0];
    const describe = (r) => context.map((c) => `${c}=${r[c]}`).join(', ');
    if (!t.caption) problems.push('the data table has no <caption> (or an empty one)');
    if (t.headers.length === 0) problems.push('the data table has no <th> header cells');
    const noScope = t.headers.filter((h) => !['col', 'row', 'colgroup', 'rowgroup'].includes(h.scope));
    if (noScope.length) problems.push(`header cells without a valid scope: ${noScope.map((h) => `"${h.text}"`).join(', ')}`);
    for (const r of missing) problems.push(`CSV value ${r[valueColumn]} (${describe(r)}) is not in the data table`);
    for (const r of misplaced) problems.push(`CSV value ${r[valueColumn]} is in the data table, but not in a row showing ${describe(r)}`);
  }
  for (const ext of ['csv', 'json']) {
    if (!links.some((href) => href.split(/[?#]/)[0].endsWith(`${id}.${ext}`))) problems.push(`no link to the ${ext.toUpperCase()} download ${id}.${ext}`);
  }
  return problems;
}

module.exports = { readChartsAndTables, checkChartAndTable, numbersIn };
