'use strict';
// One Chromium (Debian's, never downloaded) for the whole suite, driven by playwright-core.
// Every context only reaches the loopback site server: other requests are aborted and noted.
const { chromium } = require('playwright-core');

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

async function newSiteContext(browser, baseUrl, viewport = DESKTOP) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'en-GB' });
  const origin = new URL(baseUrl).origin;
  context.__externalRequests = [];
  await context.route(
    (url) => url.origin !== origin,
    (route) => {
      context.__externalRequests.push(route.request().url());
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
