'use strict';
// What the site should contain: one representative page of every page type, found from the
// content (the source of truth, so a page the renderer forgot shows up as missing) with the
// generated site as a fallback; every HTML page in the site; the metrics that have data; the
// titles of private papers.
const fs = require('node:fs');
const path = require('node:path');

function listDir(dir) {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

const subfolders = (dir) => listDir(dir).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const filesWith = (dir, ext) =>
  listDir(dir).filter((e) => e.isFile() && e.name.endsWith(ext)).map((e) => e.name.slice(0, -ext.length)).sort();

function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

// Top-level scalar keys of a Markdown file's YAML front matter (enough for title, order, part).
function frontMatter(file) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readText(file));
  const keys = {};
  if (!m) return keys;
  for (const line of m[1].split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (kv) keys[kv[1]] = kv[2].replace(/^["']|["']$/g, '').trim();
  }
  return keys;
}

// Every file and folder under `dir`, as paths relative to it with forward slashes.
function walk(dir, prefix = '', out = { files: [], folders: [] }) {
  for (const e of listDir(dir)) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) {
      out.folders.push(rel);
      walk(path.join(dir, e.name), rel, out);
    } else if (e.isFile()) {
      out.files.push(rel);
    }
  }
  out.files.sort();
  out.folders.sort();
  return out;
}

// Papers presented under a private agenda item of a meeting.yaml (a rough, line-based read).
function privateAgendaPapers(meetingYaml) {
  const ids = new Set();
  const items = readText(meetingYaml).split(/^\s*-\s+title:/m).slice(1);
  for (const item of items) {
    const paper = /^\s+paper:\s*["']?([\w.-]+)/m.exec(item);
    if (paper && /^\s+part:\s*["']?private/m.test(item)) ids.add(paper[1]);
  }
  return ids;
}

function meetingsFacts(contentDir) {
  const meetings = [];
  for (const id of subfolders(path.join(contentDir, 'meetings'))) {
    const dir = path.join(contentDir, 'meetings', id);
    const privateIds = privateAgendaPapers(path.join(dir, 'meeting.yaml'));
    const papers = filesWith(path.join(dir, 'papers'), '.md').map((paperId) => {
      const fm = frontMatter(path.join(dir, 'papers', `${paperId}.md`));
      return { id: paperId, title: fm.title || '', private: fm.part === 'private' || privateIds.has(paperId) };
    });
    meetings.push({ id, papers });
  }
  return meetings;
}

function firstPriority(contentDir, siteDir) {
  const dir = path.join(contentDir, 'strategy', 'priorities');
  const ranked = filesWith(dir, '.md')
    .map((id) => ({ id, order: Number(frontMatter(path.join(dir, `${id}.md`)).order ?? Infinity) }))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return ranked[0]?.id ?? subfolders(path.join(siteDir, 'priorities'))[0] ?? 'prevention-and-wellbeing';
}

function loadInventory({ siteDir, projectRoot }) {
  const contentDir = path.join(projectRoot, 'content');
  const contentOr = (kind) =>
    filesWith(path.join(contentDir, kind), '.md').filter((id) => !id.startsWith('_'))[0] ??
    subfolders(path.join(siteDir, kind))[0];

  const metricIds = filesWith(path.join(contentDir, 'metrics'), '.md');
  const metricsWithData = filesWith(path.join(projectRoot, 'data', 'metrics'), '.csv')
    .filter((id) => metricIds.length === 0 || metricIds.includes(id));
  const metricWithoutData = metricIds.find((id) => !metricsWithData.includes(id));

  const meetings = meetingsFacts(contentDir);
  const meeting = meetings.find((m) => m.papers.some((p) => !p.private)) ?? meetings[0];
  const paper = meeting?.papers.find((p) => !p.private);

  const pages = [];
  const add = (key, label, rel) => pages.push({ key, label, path: rel });
  add('home', 'Home page', 'index.html');
  add('strategy', 'Strategy', 'strategy/index.html');
  add('priority', 'Priority (first)', `priorities/${firstPriority(contentDir, siteDir)}/index.html`);
  add('metrics', 'Metrics index', 'metrics/index.html');
  if (metricsWithData.length) add('metric-chart', 'Metric with a chart', `metrics/${metricsWithData[0]}/index.html`);
  if (metricWithoutData) add('metric-no-data', 'Metric without data', `metrics/${metricWithoutData}/index.html`);
  add('progress', 'Progress', 'progress/index.html');
  add('case-studies', 'Case studies index', 'case-studies/index.html');
  const caseStudy = contentOr('case-studies');
  if (caseStudy) add('case-study', 'Case study', `case-studies/${caseStudy}/index.html`);
  add('engagement', 'Engagement index', 'engagement/index.html');
  const engagement = contentOr('engagement');
  if (engagement) add('engagement-page', 'Engagement', `engagement/${engagement}/index.html`);
  add('charter', 'Charter', 'charter/index.html');
  add('meetings', 'Meetings index', 'meetings/index.html');
  if (meeting) {
    add('meeting', 'Meeting', `meetings/${meeting.id}/index.html`);
    if (paper) add('paper', 'Public paper', `meetings/${meeting.id}/papers/${paper.id}/index.html`);
    add('pack', 'Public board pack', `meetings/${meeting.id}/pack.html`);
  }
  add('decisions', 'Decisions register', 'decisions/index.html');
  const decisionYear = subfolders(path.join(siteDir, 'decisions')).find((d) => /^\d{4}$/.test(d));
  if (decisionYear) add('decisions-year', 'Decisions narrowed to a year', `decisions/${decisionYear}/index.html`);
  add('actions', 'Actions register', 'meetings/actions/index.html');
  add('forward-plan', 'Forward plan', 'meetings/forward-plan/index.html');
  add('search', 'Search and A to Z', 'search/index.html');
  add('areas', 'Areas index', 'areas/index.html');
  const area = subfolders(path.join(siteDir, 'areas'))[0];
  if (area) add('area', 'Area ("How is my area doing")', `areas/${area}/index.html`);
  // A long list split into pages (the shipped site's lists fit on one; ICBGEN_LIST_PAGE_SIZE
  // splits them): a later page, with the pagination component, when there is one.
  if (fs.existsSync(path.join(siteDir, 'metrics', 'page', '2', 'index.html'))) {
    add('metrics-page-2', 'Metrics index, page 2', 'metrics/page/2/index.html');
  }
  if (fs.existsSync(path.join(siteDir, 'progress', 'page', '2', 'index.html'))) {
    add('progress-page-2', 'Progress, page 2 (the table of metrics)', 'progress/page/2/index.html');
  }
  if (fs.existsSync(path.join(siteDir, 'case-studies', 'page', '2', 'index.html'))) {
    add('case-studies-page-2', 'Case studies index, page 2', 'case-studies/page/2/index.html');
  }
  const casePriority = subfolders(path.join(siteDir, 'case-studies', 'priority'))[0];
  if (casePriority) add('case-studies-priority', 'Case studies narrowed to a priority', `case-studies/priority/${casePriority}/index.html`);
  // A long A to Z is on a page per letter.
  const letter = subfolders(path.join(siteDir, 'search', 'a-z'))[0];
  if (letter) add('a-to-z-letter', 'A to Z, one letter', `search/a-z/${letter}/index.html`);
  const status = subfolders(path.join(siteDir, 'metrics', 'status'))[0];
  if (status) add('metrics-status', 'Metrics narrowed to a status', `metrics/status/${status}/index.html`);
  add('glossary', 'Glossary', 'glossary/index.html');
  // Only a site that keeps a register of interests has one (the shipped site does not; the
  // governance fixture, tests/governance/fixtures/interests, does).
  if (fs.existsSync(path.join(siteDir, 'governance', 'interests', 'index.html'))) {
    add('interests', 'Register of interests', 'governance/interests/index.html');
  }
  add('accessibility', 'Accessibility statement', 'accessibility/index.html');
  add('404', 'Page not found (404)', '404.html');

  const { files, folders } = walk(siteDir);
  const baseUrl = /^base_url:\s*["']?([^"'\s#]+)/m.exec(readText(path.join(contentDir, 'site.yaml')))?.[1];
  return {
    siteUrl: baseUrl ? baseUrl.replace(/\/?$/, '/') : undefined,
    pages,
    files,
    folders,
    htmlPages: files.filter((f) => f.endsWith('.html')),
    metricsWithData,
    privatePaperTitles: meetings.flatMap((m) => m.papers.filter((p) => p.private && p.title).map((p) => p.title)),
  };
}

module.exports = { loadInventory, walk };
