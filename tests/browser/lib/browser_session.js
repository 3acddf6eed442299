'use strict';
// One Chromium (Debian's, never downloaded) for the whole suite, driven by playwright-core.
// Every context only reaches the loopback site server: other requests are aborted and noted.
const path = require('node:path');
const { chromium } = require('playwright-core');
const { resolveFile, CONTENT_TYPES } = require('./static_server');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

// A context that reaches only the loopback server. `siteUrl` (the site's public address, as
// in content/site.yaml) is served from `siteDir` too, so pages that use absolute links, such
// as a 404 page, get their own stylesheets and scripts.
async function newSiteContext(browser, baseUrl, { viewport = DESKTOP, siteUrl, siteDir } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'en-GB' });
  const origin = new URL(baseUrl).origin;
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      const url = route.request().url();
      if (siteUrl && siteDir && url.startsWith(siteUrl)) {
        const file = resolveFile(path.resolve(siteDir), '/' + new URL(url).pathname.slice(new URL(siteUrl).pathname.length));
        if (!file) return route.fulfill({ status: 404, body: 'Not found' });
        return route.fulfill({ path: file, contentType: CONTENT_TYPES[path.extname(file).toLowerCase()] });
      }
      return route.abort('blockedbyclient');
    },
  );
  return context;
}

// Navigates `page` to the site-relative path and waits for the load event. Resolves to the
// response status and what went wrong loading the page's own resources.
async function loadPage(page, baseUrl, rel, waitUntil = 'load') {
  const origin = new URL(baseUrl).origin;
  const broken = [];
  const external = [];
  const onResponse = (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') {
      broken.push(`${response.status()} ${response.url().replace(origin + '/', '')}`);
    }
  };
  const onFailed = (request) => {
    const url = request.url();
    if (url.startsWith(origin)) broken.push(`failed ${url.replace(origin + '/', '')}`);
    else if (!url.startsWith('data:')) external.push(url);
  };
  page.on('response', onResponse);
  page.on('requestfailed', onFailed);
  try {
    const response = await page.goto(new URL(rel, baseUrl).href, { waitUntil });
    return { status: response ? response.status() : 0, broken, external };
  } finally {
    page.off('response', onResponse);
    page.off('requestfailed', onFailed);
  }
}

module.exports = { launchBrowser, newSiteContext, loadPage, DESKTOP, PHONE };
