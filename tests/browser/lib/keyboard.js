'use strict';
// Keyboard checks: the skip link, and a walk through the page with Tab that records where
// focus goes (banner, navigation, main content, footer) and whether each stop shows focus.

// Installed into the page; keeps the focused elements and their focused styles, and counts
// focus events so that each Tab can wait for its own focus change.
function installFocusProbe() {
  const TARGETS = [
    (el) => [el, null],
    (el) => [el, '::before'],
    (el) => [el, '::after'],
    (el) => [el.parentElement, null],
    (el) => [el.nextElementSibling, null],
    (el) => [el.nextElementSibling, '::before'],
    (el) => [el.nextElementSibling, '::after'],
  ];
  const snapshot = (el) =>
    TARGETS.map((pick) => {
      const [target, pseudo] = pick(el);
      if (!target) return null;
      const cs = getComputedStyle(target, pseudo);
      return {
        outline: `${cs.outlineStyle}|${cs.outlineWidth}|${cs.outlineColor}`,
        outlineShows: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && !/rgba\([^)]*,\s*0\)|transparent/.test(cs.outlineColor),
        boxShadow: cs.boxShadow,
        background: cs.backgroundColor,
        border: `${cs.borderTopWidth} ${cs.borderTopStyle} ${cs.borderTopColor}|${cs.borderBottomWidth} ${cs.borderBottomStyle} ${cs.borderBottomColor}`,
      };
    });
  const region = (el) => {
    if (el.closest('#maincontent, main, [role="main"]')) return 'main';
    if (el.closest('footer, [role="contentinfo"]')) return 'footer';
    if (el.closest('nav, [role="navigation"]')) return 'navigation';
    if (el.closest('header, [role="banner"]')) return 'header';
    if (/skip to main content/i.test(el.textContent || '')) return 'skip link';
    return 'other';
  };
  const describe = (el) => {
    let s = el.tagName.toLowerCase();
    if (el.id) s += `#${el.id}`;
    const cls = [...el.classList].slice(0, 2);
    if (cls.length) s += '.' + cls.join('.');
    const text = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('value') || '').trim().replace(/\s+/g, ' ');
    if (text) s += ` "${text.length > 40 ? text.slice(0, 39) + '…' : text}"`;
    return s;
  };
  const FOCUSABLE = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  if (window.__icbFocus) return;
  const probe = {
    // Focus changes seen: focus arriving on an element, or leaving the document (a Tab past
    // the last element). A Tab causes exactly one, so the walk waits for the count to rise.
    events: 0,
    dropped: null, // an element that lost focus because the page removed or moved it
    elements: [],
    focused: [],
    record() {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      let index = this.elements.indexOf(el);
      if (index !== -1) return { index, repeat: true };
      this.elements.push(el);
      this.focused.push(snapshot(el));
      index = this.elements.length - 1;
      const r = el.getBoundingClientRect();
      const onScreen = r.width >= 2 && r.height >= 2 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
      let obscuredBy = null;
      if (onScreen) {
        const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
        const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
        const hit = document.elementFromPoint(x, y);
        if (hit && !el.contains(hit) && !hit.contains(el) && !(el.labels && [...el.labels].some((l) => l.contains(hit)))) obscuredBy = describe(hit);
      }
      return {
        index,
        repeat: false,
        what: describe(el),
        region: region(el),
        tabindex: el.getAttribute('tabindex'),
        onScreen,
        obscuredBy,
      };
    },
    // After the walk: blur, then compare each element's unfocused look with its focused one.
    indicators() {
      document.activeElement?.blur?.();
      return this.elements.map((el, i) => {
        const now = snapshot(el);
        const seen = [];
        this.focused[i].forEach((f, t) => {
          const u = now[t];
          if (!f || !u) return;
          if (f.outlineShows && f.outline !== u.outline) seen.push('outline');
          if (f.boxShadow !== 'none' && f.boxShadow !== u.boxShadow) seen.push('box-shadow');
          if (f.background !== u.background && !/rgba\([^)]*,\s*0\)|transparent/.test(f.background)) {
            seen.push(f.background === 'rgb(255, 235, 59)' ? 'nhsuk yellow background' : 'background');
          }
          if (f.border !== u.border) seen.push('border');
        });
        return [...new Set(seen)];
      });
    },
    mainHasFocusable() {
      const main = document.querySelector('#maincontent, main, [role="main"]');
      return !!main && [...main.querySelectorAll(FOCUSABLE)].some(visible);
    },
  };
  document.addEventListener('focusin', () => probe.events++, true);
  document.addEventListener('focusout', (event) => {
    if (event.relatedTarget) return;
    probe.events++;
    const el = event.target;
    // Checked after the removal or move has finished.
    queueMicrotask(() => {
      if (!el.isConnected || document.activeElement === document.body) probe.dropped = el.isConnected ? null : describe(el);
    });
  }, true);
  window.__icbFocus = probe;
}

// Waits until the page has finished settling after load: web fonts done, and no DOM changes
// or resize events for three animation frames in a row. The NHS.UK header re-inserts every
// navigation item when its ResizeObserver first reports (one frame after load, later on a
// busy machine), which takes focus away from a navigation link focused before then: walking
// with Tab before that moment made the keyboard test flaky. Frames are counted, not timed.
async function settle(page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    let changes = 0;
    const count = () => changes++;
    const observer = new MutationObserver(count);
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    window.addEventListener('resize', count);
    try {
      for (let quiet = 0, frames = 0; quiet < 3 && frames < 600; frames++) {
        const before = changes;
        await frame();
        quiet = changes === before ? quiet + 1 : 0;
      }
    } finally {
      observer.disconnect();
      window.removeEventListener('resize', count);
    }
  });
}

// Presses Tab and waits for the focus change it causes (a focus event, not a delay). Returns
// false when none came: nothing is left to focus.
async function pressTab(page) {
  const before = await page.evaluate(() => window.__icbFocus.events);
  await page.keyboard.press('Tab');
  try {
    await page.waitForFunction((n) => window.__icbFocus.events > n, before, { polling: 'raf', timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

// Fresh page: the first Tab should focus "Skip to main content"; Enter should then focus
// #maincontent; the Tab after that should land inside the main content (or after it).
async function checkSkipLink(page) {
  const problems = [];
  await settle(page);
  await page.evaluate(installFocusProbe);
  await pressTab(page);
  const first = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent || '').trim().replace(/\s+/g, ' '),
      href: el.getAttribute('href'),
      onScreen: r.width >= 2 && r.height >= 2 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
    };
  });
  if (!first) return ['the first Tab focuses nothing (no focusable elements?)'];
  if (first.tag !== 'a' || !/^skip to main content$/i.test(first.text)) {
    return [`the first Tab focuses <${first.tag}> "${first.text.slice(0, 60)}", not a "Skip to main content" link`];
  }
  if (first.href !== '#maincontent') problems.push(`the skip link's href is "${first.href}", expected "#maincontent"`);
  if (!first.onScreen) problems.push('the focused skip link is not visible on screen');
  const hasTarget = await page.evaluate(() => !!document.getElementById('maincontent'));
  if (!hasTarget) return [...problems, 'the page has no element with id="maincontent"'];

  await page.keyboard.press('Enter');
  try {
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'maincontent', null, { timeout: 2000 });
  } catch {
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      return !el || el === document.body ? 'the page body' : `<${el.tagName.toLowerCase()}${el.id ? ' id=' + el.id : ''}>`;
    });
    problems.push(`Enter on the skip link leaves focus on ${where}, not on #maincontent (give <main id="maincontent"> tabindex="-1" or load the nhsuk skip-link script)`);
  }
  await pressTab(page);
  const next = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    return {
      region: el.closest('#maincontent') ? 'main' : el.closest('header, [role="banner"]') ? 'header' : el.closest('nav') ? 'navigation' : 'other',
      tag: el.tagName.toLowerCase(),
      text: (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 50),
    };
  });
  if (next && (next.region === 'header' || next.region === 'navigation')) {
    problems.push(`after the skip link, the next Tab goes back to the ${next.region} (<${next.tag}> "${next.text}") instead of into the main content`);
  }
  return problems;
}

// Walks the page with Tab from the top. `requireRegions` asks for banner, then navigation,
// then main content, in that order (the website's pages; not the print-style board pack).
async function checkFocusOrder(page, { requireRegions = true, maxStops = 250 } = {}) {
  await settle(page);
  await page.evaluate(installFocusProbe);
  const stops = [];
  for (let i = 0; i < maxStops; i++) {
    if (!(await pressTab(page))) break;
    const stop = await page.evaluate(() => window.__icbFocus.record());
    if (!stop || stop.repeat) break;
    stops.push(stop);
  }
  const dropped = await page.evaluate(() => window.__icbFocus.dropped);
  const mainHasFocusable = await page.evaluate(() => window.__icbFocus.mainHasFocusable());
  const indicators = await page.evaluate(() => window.__icbFocus.indicators());
  const problems = [];
  if (dropped) problems.push(`focus was lost: the page removed or moved ${dropped} while it had focus, so Tab started again from the top of the page`);

  if (requireRegions) {
    const first = (region) => stops.findIndex((s) => s.region === region);
    const header = first('header');
    const nav = first('navigation');
    const main = first('main');
    if (header === -1) problems.push('focus never reaches the header (banner): no focusable link in <header>, e.g. the logo/home link');
    if (nav === -1) problems.push('focus never reaches a navigation landmark (<nav>)');
    if (main === -1 && mainHasFocusable) problems.push('focus never reaches the main content');
    if (header !== -1 && nav !== -1 && nav < header) problems.push(`focus reaches the navigation (${stops[nav].what}) before the header (${stops[header].what})`);
    if (main !== -1 && nav !== -1 && main < nav) problems.push(`focus reaches the main content (${stops[main].what}) before the navigation (${stops[nav].what})`);
    if (main !== -1 && header !== -1 && main < header) problems.push(`focus reaches the main content before the header`);
    if (main !== -1) {
      const back = stops.slice(main).find((s) => s.region === 'header');
      if (back) problems.push(`after the main content, focus goes back into the header (${back.what})`);
    }
  }
  for (const s of stops) {
    if (s.tabindex !== null && Number(s.tabindex) > 0) problems.push(`positive tabindex="${s.tabindex}" changes the focus order: ${s.what}`);
  }
  const invisible = stops.filter((s, i) => indicators[i] && indicators[i].length === 0);
  for (const s of invisible.slice(0, 10)) problems.push(`no visible focus indicator (outline, box-shadow or yellow background) on ${s.what} [${s.region}]`);
  if (invisible.length > 10) problems.push(`… and ${invisible.length - 10} more elements without a visible focus indicator`);
  const offScreen = stops.filter((s) => !s.onScreen);
  for (const s of offScreen.slice(0, 5)) problems.push(`focused element is off screen or too small to see: ${s.what} [${s.region}]`);
  const obscured = stops.filter((s) => s.obscuredBy);
  for (const s of obscured.slice(0, 5)) problems.push(`focused element is covered by ${s.obscuredBy}: ${s.what} (WCAG 2.4.11)`);

  const order = stops.map((s, i) => `${String(i + 1).padStart(3)}. [${s.region}] ${s.what}${indicators[i]?.length ? '' : '  <- no visible focus'}`);
  return { problems, stops, order, truncated: stops.length >= maxStops };
}

module.exports = { checkSkipLink, checkFocusOrder, settle };
