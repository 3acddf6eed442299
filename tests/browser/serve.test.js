'use strict';
// `icbgen serve` in a real browser (docs/SERVE.md): an open page reloads itself after an edit,
// shows the error page while the content has errors and comes back when they are fixed, and
// its warnings panel can be dismissed. Runs serve on a scratch copy of content/ and data/.
//
//   ICBGEN=build/icbgen node --test tests/browser/serve.test.js
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');
const { spawn } = require('node:child_process');
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');

const { launchBrowser } = require('./lib/browser_session');

const PROJECT_ROOT = path.resolve(path.join(__dirname, '..', '..'));
const ICBGEN = path.resolve(process.env.ICBGEN || path.join(PROJECT_ROOT, 'build', 'icbgen'));
const METRIC = 'adult-depression-prevalence';
const TIMEOUT = 20000;

let tmp, serve, baseUrl, browser;

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'icbgen-serve-browser-'));
  for (const folder of ['content', 'data'])
    fs.cpSync(path.join(PROJECT_ROOT, folder), path.join(tmp, folder), { recursive: true });
  serve = spawn(ICBGEN, ['serve', '--root', tmp, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const first = await new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: serve.stdout });
    lines.once('line', resolve);
    serve.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
  assert.match(first, /^serve: http:\/\/127\.0\.0\.1:\d+\/$/);
  baseUrl = first.slice('serve: '.length);
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close();
  if (serve) {
    const exited = new Promise((resolve) => serve.once('exit', resolve));
    serve.kill('SIGTERM');
    await exited;
  }
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

function edit(file, from, to) {
  const full = path.join(tmp, file);
  const text = fs.readFileSync(full, 'utf8');
  assert.ok(text.includes(from), `${file} holds ${from}`);
  fs.writeFileSync(full, text.replace(from, to));
}

test('an open page reloads after an edit, through an error and back', async () => {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}metrics/${METRIC}/`);
  await page.waitForFunction(() => document.querySelector('h1')?.textContent.includes('depression'));
  const h1 = () => page.locator('h1').first().textContent();
  assert.match(await h1(), /Prevalence of depression in adults/);

  edit(`content/metrics/${METRIC}.md`, 'title: Prevalence of depression in adults',
    'title: Prevalence of depression among adults');
  await page.waitForFunction(
    () => document.querySelector('h1')?.textContent.includes('among adults'), null,
    { timeout: TIMEOUT });

  const siteYaml = path.join(tmp, 'content/site.yaml');
  const good = fs.readFileSync(siteYaml, 'utf8');
  fs.writeFileSync(siteYaml, good + 'oops: a: b\n');
  await page.waitForFunction(
    () => document.querySelector('h1')?.textContent.includes('The site has 1 error'), null,
    { timeout: TIMEOUT });
  assert.match(await page.locator('main').textContent(), /content\/site\.yaml:\d+:8/);

  fs.writeFileSync(siteYaml, good);
  await page.waitForFunction(
    () => document.querySelector('h1')?.textContent.includes('among adults'), null,
    { timeout: TIMEOUT });
  await page.close();
});

test('the warnings panel can be dismissed', async () => {
  const page = await browser.newPage();
  await page.goto(baseUrl);
  const panel = page.locator('#icbgen-warnings');
  assert.equal(await panel.count(), 1);
  await panel.getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await page.locator('#icbgen-warnings').count(), 0);
  await page.close();
});
