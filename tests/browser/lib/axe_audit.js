'use strict';
// Runs axe-core in the page for the WCAG 2.2 AA rule set and formats what it finds.
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function runAxe(page) {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async (tags) => {
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({
        target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' '),
        html: n.html,
        summary: n.failureSummary,
      })),
    }));
  }, WCAG_TAGS);
}

const clip = (s, n) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

function formatViolations(violations, { maxNodes = 6 } = {}) {
  return violations
    .map((v) => {
      const lines = [`  ${v.id} [${v.impact}] ${v.help} (${v.nodes.length} element${v.nodes.length === 1 ? '' : 's'})`];
      lines.push(`      ${v.helpUrl}`);
      for (const n of v.nodes.slice(0, maxNodes)) {
        lines.push(`      - ${n.target}`);
        lines.push(`          ${clip(n.html.replace(/\s+/g, ' '), 160)}`);
        const why = (n.summary || '').split('\n').filter((l) => l.trim() && !/^Fix (any|all)/.test(l.trim()));
        if (why.length) lines.push(`          ${clip(why.map((l) => l.trim()).join('; '), 200)}`);
      }
      if (v.nodes.length > maxNodes) lines.push(`      … and ${v.nodes.length - maxNodes} more`);
      return lines.join('\n');
    })
    .join('\n');
}

module.exports = { runAxe, formatViolations, WCAG_TAGS };
