'use strict';
// Unit tests of the browser suite's own helpers (no browser needed): CSV reading, number
// matching, the chart/table verdicts, the static server, and page discovery.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { describe, test } = require('node:test');

const { parseCsv, readCsvRecords } = require('./lib/csv');
const { numbersIn, checkChartAndTable } = require('./lib/metric_chart');
const { startStaticServer } = require('./lib/static_server');
const { loadInventory } = require('./lib/site_inventory');

describe('csv', () => {
  test('reads quoted fields with commas, doubled quotes and newlines', () => {
    assert.deepEqual(parseCsv('a,b,c\r\n1,"x, ""y""",\n2,"line\nbreak",z\n'), [
      ['a', 'b', 'c'],
      ['1', 'x, "y"', ''],
      ['2', 'line\nbreak', 'z'],
    ]);
  });
  test('keys records by header', () => {
    const { columns, records } = readCsvRecords('\uFEFFperiod,area,value\n2022-08,SEL,162\n');
    assert.deepEqual(columns, ['period', 'area', 'value']);
    assert.deepEqual(records, [{ period: '2022-08', area: 'SEL', value: '162' }]);
  });
});

describe('numbers in table cells', () => {
  test('thousands separators, percentages, minus signs, decimals shown', () => {
    assert.deepEqual(numbersIn('1,234.5 and 52.1% and −3'), [
      { value: 1234.5, decimals: 1 },
      { value: 52.1, decimals: 1 },
      { value: -3, decimals: 0 },
    ]);
  });
  test('a hyphen inside a period is not a minus sign', () => {
    assert.deepEqual(numbersIn('2022-08').map((n) => n.value), [2022, 8]);
  });
});

describe('chart and table verdict', () => {
  const csv = readCsvRecords('period,area,value,note,source\n2022-08,SEL,162,,x\n2022-08,London,158,,x\n2022-08,England,195.25,,x\n');
  const good = {
    svgs: [{ role: 'img', name: 'Spend per head', hidden: false }],
    tables: [{
      caption: 'Mental health spend per head',
      headers: [{ text: 'Area', scope: 'col' }, { text: 'Spend', scope: 'col' }, { text: 'SEL', scope: 'row' }],
      cells: [
        { row: 0, tag: 'th', text: 'SEL' }, { row: 0, tag: 'td', text: '£162' }, { row: 0, tag: 'td', text: 'Aug 2022' },
        { row: 1, tag: 'th', text: 'London' }, { row: 1, tag: 'td', text: '£158' }, { row: 1, tag: 'td', text: '2022-08' },
        { row: 2, tag: 'th', text: 'England' }, { row: 2, tag: 'td', text: '£195.3' }, { row: 2, tag: 'td', text: '2022-08' },
      ],
    }],
    links: ['x.csv', 'x.json'],
  };
  test('a named chart and a captioned, scoped table with every value passes', () => {
    assert.deepEqual(checkChartAndTable(good, { id: 'x', ...csv }), []);
  });
  test('missing name, caption, scope, value and download are each reported', () => {
    const bad = structuredClone(good);
    bad.svgs[0].name = '';
    bad.tables[0].caption = '';
    bad.tables[0].headers[0].scope = null;
    bad.tables[0].cells[3].text = '£159';
    bad.links = ['x.csv'];
    const problems = checkChartAndTable(bad, { id: 'x', ...csv });
    assert.equal(problems.length, 5, problems.join('\n'));
    assert.match(problems.join('\n'), /accessible name[\s\S]*caption[\s\S]*"Area"[\s\S]*158[\s\S]*JSON/);
  });
  test('a value in the row of another area is reported', () => {
    const swapped = structuredClone(good);
    swapped.tables[0].cells[1].text = '£158';
    swapped.tables[0].cells[3].text = '£162';
    const problems = checkChartAndTable(swapped, { id: 'x', ...csv });
    assert.equal(problems.length, 2, problems.join('\n'));
    assert.match(problems[0], /162 is in the data table, but not in a row showing period=2022-08, area=SEL/);
  });
  test('a period may be written out, as long as its years show', () => {
    const ranged = readCsvRecords('period,area,value\n2019-04..2022-10,SEL,52.1\n');
    const table = structuredClone(good);
    table.tables[0].cells = [{ row: 0, tag: 'th', text: 'April 2019 to October 2022' }, { row: 0, tag: 'td', text: 'SEL' }, { row: 0, tag: 'td', text: '52.1%' }];
    assert.deepEqual(checkChartAndTable(table, { id: 'x', ...ranged }), []);
    table.tables[0].cells[0].text = 'October 2022';
    assert.equal(checkChartAndTable(table, { id: 'x', ...ranged }).length, 1);
  });
  test('one table cell cannot stand for two CSV rows', () => {
    const twice = readCsvRecords('period,area,value\n2021,SEL,50\n2022,SEL,50\n');
    const one = structuredClone(good);
    one.tables[0].cells = [{ row: 0, tag: 'th', text: '2021' }, { row: 0, tag: 'td', text: 'SEL' }, { row: 0, tag: 'td', text: '50' }];
    assert.deepEqual(checkChartAndTable(one, { id: 'x', ...twice }), ['CSV value 50 (period=2022, area=SEL) is not in the data table']);
  });
});

describe('static server', () => {
  test('serves folders as index.html, 404.html for unknown paths, nothing outside the root', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'icbgen-browser-'));
    fs.mkdirSync(path.join(root, 'a'));
    fs.writeFileSync(path.join(root, 'a', 'index.html'), 'A');
    fs.writeFileSync(path.join(root, '404.html'), 'missing');
    const server = await startStaticServer(root);
    try {
      const a = await fetch(new URL('a/', server.baseUrl));
      assert.equal(a.status, 200);
      assert.match(a.headers.get('content-type'), /text\/html/);
      assert.equal(await a.text(), 'A');
      const missing = await fetch(new URL('nope/index.html', server.baseUrl));
      assert.equal(missing.status, 404);
      assert.equal(await missing.text(), 'missing');
      const escape = await fetch(`${server.baseUrl}..%2f..%2fetc%2fpasswd`);
      assert.equal(escape.status, 404);
      assert.match(server.baseUrl, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    } finally {
      await server.close();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('page discovery from the shipped content', () => {
  const projectRoot = path.resolve(__dirname, '..', '..');
  const inventory = loadInventory({ siteDir: path.join(os.tmpdir(), 'no-such-site'), projectRoot });
  const byKey = Object.fromEntries(inventory.pages.map((p) => [p.key, p.path]));
  test('one page of every type', () => {
    for (const key of ['home', 'strategy', 'priority', 'metrics', 'metric-chart', 'metric-no-data', 'progress',
      'case-studies', 'case-study', 'engagement', 'engagement-page', 'charter', 'meetings', 'meeting', 'paper',
      'pack', 'glossary', 'accessibility', '404']) {
      assert.ok(byKey[key], `no ${key} page`);
    }
    assert.equal(byKey.priority, 'priorities/prevention-and-wellbeing/index.html');
    assert.equal(byKey.meeting, 'meetings/2023-07-24-icp/index.html');
    assert.equal(byKey.pack, 'meetings/2023-07-24-icp/pack.html');
    assert.match(byKey.paper, /^meetings\/2023-07-24-icp\/papers\/[\w-]+\/index\.html$/);
  });
  test('metrics with and without data come from data/metrics', () => {
    const withData = byKey['metric-chart'].split('/')[1];
    const withoutData = byKey['metric-no-data'].split('/')[1];
    assert.ok(fs.existsSync(path.join(projectRoot, 'data', 'metrics', `${withData}.csv`)));
    assert.ok(!fs.existsSync(path.join(projectRoot, 'data', 'metrics', `${withoutData}.csv`)));
    assert.ok(inventory.metricsWithData.includes('bowel-screening-uptake'));
  });
});
