'use strict';
// Collects every problem the suite finds, by check and page, and (when BROWSER_REPORT names a
// file) writes them as a Markdown list for the renderer's to-do list.
const fs = require('node:fs');

class Findings {
  constructor() {
    this.items = [];
  }
  add(check, page, problems) {
    for (const p of [].concat(problems)) this.items.push({ check, page, problem: p });
  }
  toMarkdown() {
    if (this.items.length === 0) return '# Browser test findings\n\nNone: every check passed.\n';
    const lines = ['# Browser test findings', ''];
    let check = null;
    const checks = [...new Set(this.items.map((i) => i.check))].sort();
    const sorted = checks.flatMap((c) => this.items.filter((i) => i.check === c));
    for (const { check: c, page, problem } of sorted) {
      if (c !== check) lines.push('', `## ${c}`, '');
      check = c;
      lines.push(`- **${page}**: ${problem.replace(/\n\s*/g, ' ')}`);
    }
    return lines.join('\n') + '\n';
  }
  write(file) {
    if (file) fs.writeFileSync(file, this.toMarkdown());
  }
}

module.exports = { Findings };
