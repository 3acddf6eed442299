'use strict';
// Browser tests of the generated website: WCAG 2.2 AA by axe-core, the skip link and keyboard
// focus order, accessible charts with data tables that match the CSV downloads, no sideways
// scrolling on a 390px phone, <html lang> and unique titles, and no private material.
//
//   SITE_DIR=/tmp/browser-site node --test tests/browser/site.test.js
//   node tests/browser/site.test.js /tmp/browser-site
// SITE_DIR (or the first argument) defaults to <project>/site. Optional: SCREENSHOT_DIR to
// save desktop and 390px screenshots of each page type, BROWSER_REPORT to write every
// problem found as a Markdown list, CHROMIUM_PATH (default /usr/bin/chromium), SITE_URL (the
// public address served from SITE_DIR too; default base_url in content/site.yaml),
// BROWSER_ALL_PAGES=1 to run the per-page checks on every HTML page (slow).
const fs = require('node:fs');
const path = require('node:path');
const { describe, test, before, after } = require('node:test');

const { startStaticServer } = require('./lib/static_server');
const { loadInventory } = require('./lib/site_inventory');
const { launchBrowser, newSiteContext, loadPage, PHONE } = require('./lib/browser_session');
const { runAxe, formatViolations } = require('./lib/axe_audit');
const { checkSkipLink, checkFocusOrder } = require('./lib/keyboard');
const { readChartsAndTables, checkChartAndTable } = require('./lib/metric_chart');
const { measureOverflow } = require('./lib/page_overflow');
const { readCsvRecords } = require('./lib/csv');
const { Findings } = require('./lib/findings');

const PROJECT_ROOT = path.resolve(process.env.PROJECT_ROOT || path.join(__dirname, '..', '..'));
const argDir = process.argv.slice(2).find((a) => !a.startsWith('-') && fs.existsSync(a) && fs.statSync(a).isDirectory());
const SITE_DIR = path.resolve(process.env.SITE_DIR || argDir || path.join(PROJECT_ROOT, 'site'));
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR;
const TEST = { timeout: 90_000 };

const inventory = loadInventory({ siteDir: SITE_DIR, projectRoot: PROJECT_ROOT });
const findings = new Findings();
const generated = (rel) => fs.existsSync(path.join(SITE_DIR, rel));
const bullets = (problems) => problems.map((p) => `  - ${p}`).join('\n');

// Fails the test with a readable message (no stack trace: the message says it all).
function failWith(message) {
  const error = new Error(message);
  error.name = 'Failed';
  error.stack = `Failed: ${message}`;
  throw error;
}

function fail(check, page, problems, extra = '') {
  findings.add(check, page, problems);
  failWith(`${page}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${bullets(problems)}${extra}`);
}

const siteBuilt = fs.existsSync(path.join(SITE_DIR, 'index.html'));
if (!siteBuilt) {
  test(`the site has been generated in ${SITE_DIR}`, () => failWith(`no index.html in ${SITE_DIR}: run icbgen build (or set SITE_DIR) first`));
}

(siteBuilt ? describe : describe.skip)(`browser: ${SITE_DIR}`, () => {
  let server;
  let browser;
  let desktop;
  let phone;

  before(async () => {
    server = await startStaticServer(SITE_DIR);
    browser = await launchBrowser();
    const site = { siteUrl: process.env.SITE_URL || inventory.siteUrl, siteDir: SITE_DIR };
    desktop = await newSiteContext(browser, server.baseUrl, site);
    phone = await newSiteContext(browser, server.baseUrl, { ...site, viewport: PHONE });
    if (SCREENSHOT_DIR) fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    findings.write(process.env.BROWSER_REPORT);
  });

  // One tab per context, reused: loads `rel` in it and runs `fn(page, loaded)`. A tab that
  // saw a failure is replaced, so one broken page cannot upset the next test.
  const tabs = new Map();
  const resources = new Map(); // page -> resources that did not load, noted by the axe test
  async function withPage(context, rel, fn) {
    if (!tabs.has(context)) tabs.set(context, await context.newPage());
    const page = tabs.get(context);
    try {
      const loaded = await loadPage(page, server.baseUrl, rel);
      if (loaded.status !== 200) failWith(`${rel} answered HTTP ${loaded.status}`);
      return await fn(page, loaded);
    } catch (error) {
      tabs.delete(context);
      await page.close().catch(() => {});
      throw error;
    }
  }

  // BROWSER_ALL_PAGES=1: every HTML page, not only one of each type (slow; not in ctest).
  const representatives = new Set(inventory.pages.map((p) => p.path));
  const extra = process.env.BROWSER_ALL_PAGES
    ? inventory.htmlPages.filter((rel) => !representatives.has(rel))
      .map((rel) => ({ key: rel.replace(/\/index\.html$|\.html$/, '').replace(/\//g, '_'), label: 'Page', path: rel }))
    : [];

  for (const { key, label, path: rel } of [...inventory.pages, ...extra]) {
    const name = `${label} (${rel})`;
    const isPack = key === 'pack' || /(^|\/)pack\.html$/.test(rel);

    describe(name, () => {
      test('is generated', () => {
        if (!generated(rel)) fail('Missing pages', rel, [`${rel} is not generated (expected for the ${label.toLowerCase()} page type)`]);
      });

      test('has no axe-core violations of WCAG 2.2 AA', TEST, async (t) => {
        if (!generated(rel)) return t.skip('not generated');
        const violations = await withPage(desktop, rel, async (page, loaded) => {
          resources.set(rel, loaded.broken);
          if (SCREENSHOT_DIR) await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${key}-desktop.png`), fullPage: true });
          if (loaded.external.length) {
            const hosts = [...new Set(loaded.external.map((u) => new URL(u).host))];
            findings.add('Requests to other sites (blocked by the test)', rel, [`${loaded.external.length} requests to ${hosts.join(', ')}, e.g. ${loaded.external[0]}`]);
          }
          return runAxe(page);
        });
        if (violations.length) {
          findings.add(
            'Axe: WCAG 2.2 AA violations',
            rel,
            violations.map((v) => `\`${v.id}\` [${v.impact}] ${v.help}: ${v.nodes.map((n) => `\`${n.target}\``).slice(0, 5).join(', ')}${v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : ''}`),
          );
          failWith(`${rel}: ${violations.length} axe violation${violations.length === 1 ? '' : 's'}\n${formatViolations(violations)}`);
        }
      });

      test('loads its own stylesheets, scripts and images', TEST, async (t) => {
        if (!generated(rel)) return t.skip('not generated');
        const broken = resources.get(rel) ?? (await withPage(desktop, rel, async (page, l) => l.broken));
        if (broken.length) fail('Broken page resources', rel, broken.map((b) => `resource did not load: ${b}`));
      });

      if (!isPack) {
        test('first Tab focuses "Skip to main content", Enter moves focus to #maincontent', TEST, async (t) => {
          if (!generated(rel)) return t.skip('not generated');
          const problems = await withPage(desktop, rel, (page) => checkSkipLink(page));
          if (problems.length) fail('Keyboard: skip link', rel, problems);
        });
      }

      test(isPack ? 'every focusable element shows visible focus' : 'Tab reaches the header, navigation and main content in order, with visible focus', TEST, async (t) => {
        if (!generated(rel)) return t.skip('not generated');
        const result = await withPage(desktop, rel, (page) => checkFocusOrder(page, { requireRegions: !isPack }));
        if (result.problems.length) {
          const order = result.order.slice(0, 40).join('\n');
          fail('Keyboard: focus order and visible focus', rel, result.problems,
            `\n  focus order (${result.stops.length} stops${result.truncated ? ', stopped early' : ''}):\n${order}`);
        }
      });

      if (key === '404') {
        test('served away from its base URL (stylesheets unreachable), it still has no axe-core violations', TEST, async (t) => {
          if (!generated(rel)) return t.skip('not generated');
          // A context that does not answer the public address: the page's absolute links to
          // its stylesheets fail, as on a preview host or before the domain points at the site.
          const bare = await newSiteContext(browser, server.baseUrl, {});
          try {
            const page = await bare.newPage();
            const loaded = await loadPage(page, server.baseUrl, 'metrics/no-such-metric/index.html');
            if (loaded.status !== 404) failWith(`a missing page answered HTTP ${loaded.status}, not 404`);
            const violations = await runAxe(page);
            if (violations.length) {
              findings.add('Axe: WCAG 2.2 AA violations', `${rel} without its stylesheets`,
                violations.map((v) => `\`${v.id}\` [${v.impact}] ${v.help}`));
              failWith(`${rel} without its stylesheets: ${violations.length} axe violation${violations.length === 1 ? '' : 's'}\n${formatViolations(violations)}`);
            }
          } finally {
            await bare.close();
          }
        });

        test('served for a missing page deep in the site, it still loads its stylesheets and scripts', TEST, async (t) => {
          if (!generated(rel)) return t.skip('not generated');
          const page = await desktop.newPage();
          try {
            const loaded = await loadPage(page, server.baseUrl, 'metrics/no-such-metric/index.html');
            const problems = loaded.broken.map((b) => `resource did not load: ${b} (use links that work from any folder)`);
            const css = await page.evaluate(() => document.styleSheets.length);
            if (css === 0) problems.push('no stylesheet applies');
            if (problems.length) fail('Broken page resources', `${rel} at metrics/no-such-metric/`, problems);
          } finally {
            await page.close();
          }
        });
      }

      test('does not scroll sideways at 390px wide', TEST, async (t) => {
        if (!generated(rel)) return t.skip('not generated');
        const overflow = await withPage(phone, rel, async (page) => {
          if (SCREENSHOT_DIR) await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${key}-390.png`), fullPage: true });
          return page.evaluate(measureOverflow);
        });
        if (overflow.scrollWidth > PHONE.width + 1) {
          fail('390px: horizontal scrolling', rel, [
            `page is ${overflow.scrollWidth}px wide at ${PHONE.width}px` +
              (overflow.offenders.length ? `; sticking out: ${overflow.offenders.join(', ')}` : ''),
          ]);
        }
      });
    });
  }

  describe('metric charts: named SVG and a data table matching the CSV download', () => {
    if (inventory.metricsWithData.length === 0) {
      test('there are metrics with data', () => failWith(`no data/metrics/*.csv under ${PROJECT_ROOT}`));
    }
    for (const id of inventory.metricsWithData) {
      const rel = `metrics/${id}/index.html`;
      test(rel, TEST, async () => {
        const csvRel = `metrics/${id}/${id}.csv`;
        const missing = [rel, csvRel, `metrics/${id}/${id}.json`].filter((f) => !generated(f));
        if (missing.includes(rel) || missing.includes(csvRel)) {
          fail('Metric charts and data tables', rel, missing.map((f) => `${f} is not generated`));
        }
        const { columns, records } = readCsvRecords(fs.readFileSync(path.join(SITE_DIR, csvRel), 'utf8'));
        const seen = await withPage(desktop, rel, (page) => page.evaluate(readChartsAndTables));
        const problems = [
          ...missing.map((f) => `${f} is not generated`),
          ...checkChartAndTable(seen, { id, columns, records }),
        ];
        if (problems.length) fail('Metric charts and data tables', rel, problems);
      });
    }
  });

  describe('every page', () => {
    test('has a valid <html lang> and a non-empty, unique <title>', TEST, async () => {
      // Every page fetched and parsed by the browser's own HTML parser, in one go.
      const pages = await withPage(desktop, 'index.html', (page) =>
        page.evaluate(async (rels) => Promise.all(rels.map(async (rel) => {
          const response = await fetch(rel, { cache: 'no-store' });
          const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
          return { rel, status: response.status, lang: doc.documentElement.getAttribute('lang'), title: doc.title.trim() };
        })), inventory.htmlPages));
      const problems = [];
      const titles = new Map();
      for (const { rel, status, lang, title } of pages) {
        const problem = (text) => {
          findings.add('Language and titles', rel, text);
          problems.push(`${rel}: ${text}`);
        };
        if (status !== 200) {
          problem(`HTTP ${status}`);
          continue;
        }
        if (!lang || !/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang)) problem(`<html lang="${lang ?? ''}"> is missing or not a language tag`);
        if (!title) problem('empty or missing <title>');
        else titles.set(title, [...(titles.get(title) || []), rel]);
      }
      for (const [title, pages] of titles) {
        if (pages.length === 1) continue;
        const text = `title "${title}" is shared by ${pages.length} pages: ${pages.slice(0, 5).join(', ')}${pages.length > 5 ? ', …' : ''}`;
        findings.add('Language and titles', pages[0], text);
        problems.push(text);
      }
      if (problems.length) failWith(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${inventory.htmlPages.length} pages\n${bullets(problems)}`);
    });

    test('sitemap.xml and robots.txt are generated', () => {
      const missing = ['sitemap.xml', 'robots.txt'].filter((f) => !generated(f));
      if (missing.length) fail('Missing pages', 'site root', missing.map((f) => `${f} is not generated`));
    });
  });

  describe('search', () => {
    // Waits for the search page's script to say how many pages match; returns that sentence.
    const searchStatus = (page) => page.waitForFunction(() => {
      const s = document.querySelector('.app-search-status');
      return s && s.textContent && !s.textContent.startsWith('Searching') ? s.textContent : null;
    }, null, { timeout: 30_000 }).then((h) => h.jsonValue());

    test('typing "vaccination" in the header search box reaches a matching metric page by keyboard alone', TEST, async () => {
      await withPage(desktop, 'index.html', async (page) => {
        let focused = '';
        for (let i = 0; i < 15 && focused !== 'search-field'; i++) {
          await page.keyboard.press('Tab');
          focused = await page.evaluate(() => document.activeElement?.id ?? '');
        }
        if (focused !== 'search-field') failWith('Tab never reached the header search box (#search-field)');
        await page.keyboard.type('vaccination');
        await Promise.all([page.waitForURL(/search\/index\.html\?q=vaccination/), page.keyboard.press('Enter')]);
        const status = await searchStatus(page);
        if (!/pages? match/.test(status)) failWith(`the search found nothing: "${status}"`);
        // Tab from the search box to the first result, then Enter.
        const first = await page.evaluate(() => document.querySelector('.app-search-results a')?.href);
        let at = '';
        for (let i = 0; i < 40 && at !== first; i++) {
          await page.keyboard.press('Tab');
          at = await page.evaluate(() => document.activeElement?.href ?? '');
        }
        if (at !== first) failWith(`Tab never reached the first result (${first})`);
        await Promise.all([page.waitForURL((u) => u.href === first), page.keyboard.press('Enter')]);
        const rel = new URL(page.url()).pathname;
        const heading = await page.textContent('h1');
        if (!/^\/metrics\/[a-z0-9-]+\/index\.html$/.test(rel)) failWith(`the first result is ${rel}, not a metric page`);
        if (!/vaccin/i.test(heading)) failWith(`the metric reached, "${heading}", is not about vaccination`);
      });
    });

    // A large site's index is in parts (pagefind/icbgen-parts.json lists all but the first;
    // search_parts.sh builds the shipped site in parts of 20 pages): a page of every part must
    // be found by its title, so no part is left out of a search.
    test('a page of every part of the search index is found by its title', TEST, async () => {
      const zlib = require('node:zlib');
      const bundle = path.join(SITE_DIR, 'pagefind');
      const parts = ['', ...JSON.parse(fs.readFileSync(path.join(bundle, 'icbgen-parts.json'), 'utf8'))];
      const problems = [];
      for (const part of parts) {
        const folder = path.join(bundle, part, 'fragment');
        const names = fs.readdirSync(folder).sort();
        const pages = names.map((n) => JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(folder, n))).subarray(12)))
          .filter((p) => p.meta.title).sort((a, b) => (a.url < b.url ? -1 : 1));
        if (!pages.length) { problems.push(`part "${part}" indexes no page with a title`); continue; }
        const wanted = pages[0];
        await withPage(desktop, `search/index.html?q=${encodeURIComponent(wanted.meta.title)}`, async (page) => {
          await searchStatus(page);
          const found = await page.$$eval('.app-search-results a', (as) => as.map((a) => new URL(a.href).pathname));
          if (!found.some((u) => u.endsWith(wanted.url))) problems.push(`searching "${wanted.meta.title}" (part "${part || 'first'}") does not list ${wanted.url}; it lists ${found.slice(0, 5).join(', ')}`);
        });
      }
      if (problems.length) fail('search', 'search/index.html', problems);
    });

    // Pagefind matches any of the words, so a title's common words ("review") find public pages;
    // the title itself, and each of its words that no public page holds, must find nothing.
    test("searching a private paper's title finds nothing of it", TEST, async (t) => {
      if (inventory.privatePaperTitles.length === 0) return t.skip('this site has no private papers (run it on the privacy fixture: PROJECT_ROOT and SITE_DIR)');
      const publicText = inventory.htmlPages.map((rel) => fs.readFileSync(path.join(SITE_DIR, rel), 'utf8')).join('\n').toLowerCase();
      let searched = 0;
      for (const title of inventory.privatePaperTitles) {
        const unique = title.split(/\s+/).filter((w) => w.length >= 4 && !publicText.includes(w.toLowerCase()));
        for (const query of [title, ...unique]) {
          await withPage(desktop, `search/index.html?q=${encodeURIComponent(query)}`, async (page) => {
            const status = await searchStatus(page);
            const titles = await page.$$eval('.app-search-results a', (as) => as.map((a) => a.textContent));
            if (titles.includes(title)) failWith(`searching "${query}" lists the private paper "${title}"`);
            if (query !== title && !status.startsWith('No pages match')) failWith(`searching "${query}", a word only the private paper "${title}" has, found: ${titles.join('; ')}`);
          });
          searched += 1;
        }
      }
      if (searched <= inventory.privatePaperTitles.length) failWith('no private title has a word of its own to search for: the test proves little');
    });

    test('with JavaScript off, the A to Z on the search page lists every page in sitemap.xml', TEST, async () => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        const url = server.baseUrl + 'search/index.html';
        await page.goto(url);
        const listed = new Set(await page.$$eval('.app-az-list a', (as) => as.map((a) => a.href)));
        const message = await page.isVisible('[data-search-nojs]');
        // A long A to Z is on a page per letter (search/a-z/<letter>/), each split in turn
        // when it is long: follow every letter's pages by rel="next".
        const letters = await page.$$eval('.app-az-letters a', (as) => as.map((a) => a.href).filter((h) => !h.includes('#')));
        for (const letter of letters) {
          let next = letter;
          for (let n = 0; next && n < 1000; n += 1) {
            await page.goto(next);
            for (const href of await page.$$eval('.app-az-list a', (as) => as.map((a) => a.href))) listed.add(href);
            next = await page.$$eval('a[rel="next"]', (as) => (as.length ? as[0].href : null));
          }
        }
        const sitemap = fs.readFileSync(path.join(SITE_DIR, 'sitemap.xml'), 'utf8');
        // The A to Z names each long list once (not its later pages) and not its own letter pages.
        const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
          .filter((loc) => !/\/page\/[1-9][0-9]*\/index\.html$/.test(loc) && !/\/search\/a-z\//.test(loc));
        const base = inventory.siteUrl ?? '';
        const missing = locs.map((loc) => server.baseUrl + loc.slice(base.length)).filter((u) => !listed.has(u));
        if (!locs.length) failWith('sitemap.xml lists no pages');
        if (missing.length) fail('A to Z', 'search/index.html', missing.map((u) => `${u} is not in the A to Z`));
        if (listed.size !== locs.length) failWith(`the A to Z lists ${listed.size} pages, sitemap.xml ${locs.length}`);
        if (!message) failWith('without JavaScript the search page does not say searching needs it');
      } finally {
        await context.close();
      }
    });
  });

  describe('private material stays out of the site', () => {
    test('no private/ folder and no file or folder named private in the site', () => {
      const hits = [...inventory.folders, ...inventory.files].filter((f) => f.split('/').some((part) => /private/i.test(part)));
      if (hits.length) fail('Private material', 'site', hits.map((f) => `${f} is in the public site`));
    });

    test('no file says "part: private" or names a private paper', () => {
      const needles = [{ label: '"part: private"', re: /part:\s*private/i }];
      const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const title of inventory.privatePaperTitles) {
        const html = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
        for (const form of new Set([title, html])) needles.push({ label: `the private paper title "${title}"`, re: new RegExp(escape(form), 'i') });
      }
      const textual = /\.(html?|xml|txt|csv|json|js|css|svg|md)$/i;
      const hits = [];
      for (const rel of inventory.files.filter((f) => textual.test(f))) {
        const text = fs.readFileSync(path.join(SITE_DIR, rel), 'utf8');
        for (const { label, re } of needles) if (re.test(text)) hits.push(`${rel} contains ${label}`);
      }
      if (hits.length) fail('Private material', 'site', hits);
    });
  });
});
