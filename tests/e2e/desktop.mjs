// Desktop smoke test and measurements: the real Tauri app, under Xvfb, driven through
// tauri-driver 2.1.0 + WebKitWebDriver with plain W3C WebDriver HTTP calls. Opens a section,
// searches, opens a hit, switches language; saves screenshots; measures start-up (launch to
// first content painted) and memory (PSS of the app and its WebKit processes) against the same
// app showing an empty page (`trm-field-guide --blank`).
//
// Env: APP (default ../../target/release/trm-field-guide), DRIVER (default 127.0.0.1:4444, where
//      tauri-driver listens), SHOTS (default ../../docs/screenshots), RESULTS (a JSON file to write),
//      FIELDGUIDE_BIN (the `fieldguide` command, to build the guide update the app installs; the app
//      must be built with the cargo feature `test-keys` to trust its test key).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, existsSync, cpSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { URLS, MARKUP, PAYLOADS, hostileGuide, dangerous } from './xss-corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const APP = path.resolve(process.env.APP || path.join(here, '../../target/release/trm-field-guide'));
const DRIVER = `http://${process.env.DRIVER || '127.0.0.1:4444'}`;
const SHOTS = process.env.SHOTS || path.join(here, '../../docs/screenshots');
const RUNS = Number(process.env.RUNS || 3);
// Where the app caches its search index (Tauri's app_cache_dir on Linux).
const CACHE = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'org.trmfieldguide.desktop');
// Its data folder (installed guides, and the web view's storage: the settings), emptied before
// the first window: settings an earlier run left on this machine (another interface language)
// would change what every scenario sees.
const DATA = path.join(process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local/share'), 'org.trmfieldguide.desktop');
rmSync(DATA, { recursive: true, force: true });
mkdirSync(SHOTS, { recursive: true });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function wd(method, url, body) {
  const res = await fetch(`${DRIVER}${url}`, {
    method, headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${url}: ${JSON.stringify(json.value)}`);
  return json.value;
}

class Session {
  static async start(args = []) {
    const t0 = Date.now();
    const caps = { capabilities: { alwaysMatch: { 'tauri:options': { application: APP, args } } } };
    const value = await wd('POST', '/session', caps);
    const s = new Session(value.sessionId);
    s.t0 = t0;
    return s;
  }
  constructor(id) { this.id = id; this.base = `/session/${id}`; }
  exec(script, args = []) { return wd('POST', `${this.base}/execute/sync`, { script, args }); }
  async find(css) { const v = await wd('POST', `${this.base}/element`, { using: 'css selector', value: css }); return Object.values(v)[0]; }
  click(el) { return wd('POST', `${this.base}/element/${el}/click`, {}); }
  type(el, text) { return wd('POST', `${this.base}/element/${el}/value`, { text }); }
  /** Presses the keys of `text`; `pauseMs` between keys (0: as fast as the driver can). */
  keys(text, pauseMs = 0) {
    const actions = [...text].flatMap((c) => [
      { type: 'keyDown', value: c }, { type: 'keyUp', value: c }, ...(pauseMs ? [{ type: 'pause', duration: pauseMs }] : []),
    ]);
    return wd('POST', `${this.base}/actions`, { actions: [{ type: 'key', id: 'kb', actions }] });
  }
  async until(script, timeout = 10000) {
    const end = Date.now() + timeout;
    for (;;) {
      const v = await this.exec(script);
      if (v) return v;
      if (Date.now() > end) throw new Error(`timed out: ${script}`);
      await sleep(50);
    }
  }
  /** Saves what the X display shows (the app's window), once the page has painted twice more.
   *  Taken with ImageMagick's `import`, not WebDriver's screenshot command: WebKitWebDriver's
   *  screenshot sometimes never answered (after a full-screen presentation, after paused key
   *  actions, after a dozen launches), which hung the suite. */
  async shot(name) {
    await this.exec('return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))');
    const { x, y, width, height } = await wd('GET', `${this.base}/window/rect`);
    execFileSync('import', ['-window', 'root', '-crop', `${width}x${height}+${Math.max(0, x)}+${Math.max(0, y)}`,
      '+repage', path.join(SHOTS, `${name}.png`)]);
  }
  stop() { return wd('DELETE', this.base).catch(() => {}); }
}

/**
 * Opens the presenter window (the `p` key, while presenting) and returns the handles of the main
 * window and of the presenter window; fails when no second window opens.
 */
async function openPresenter(s) {
  const main = await wd('GET', `${s.base}/window`);
  await s.keys('p');
  let handles = [];
  for (let i = 0; i < 100 && handles.length < 2; i++) { handles = await wd('GET', `${s.base}/window/handles`); await sleep(100); }
  const other = handles.find((h) => h !== main);
  assert.ok(other, `the presenter window opened: ${JSON.stringify(handles)}`);
  return { main, other };
}

/** PSS in kB of the app and every process below it (WebKitWebProcess, WebKitNetworkProcess). */
function pss(name = path.basename(APP)) {
  const pids = execFileSync('pgrep', ['-x', name.slice(0, 15)]).toString().trim().split('\n').filter(Boolean);
  const all = new Set(pids);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        const ppid = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ')[1];
        if (all.has(ppid) && !all.has(p)) { all.add(p); grew = true; }
      } catch { /* gone */ }
    }
  }
  let total = 0;
  const parts = {};
  for (const p of all) {
    try {
      const kb = Number(/Pss:\s+(\d+)/.exec(readFileSync(`/proc/${p}/smaps_rollup`, 'utf8'))[1]);
      const comm = readFileSync(`/proc/${p}/comm`, 'utf8').trim();
      parts[comm] = (parts[comm] || 0) + kb;
      total += kb;
    } catch { /* gone */ }
  }
  return { total, parts };
}

async function measure(blank) {
  const s = await Session.start(blank ? ['--blank'] : []);
  const painted = Number(await s.until('return document.body.dataset.ready === "true" && document.body.dataset.paintedAt'));
  // The same, counted in the page from its navigation start (not from the launch, whose time to
  // start the process and the web view varies by hundreds of milliseconds on a busy machine),
  // with the page's start-up marks (app.js, boot.js).
  const page = await s.exec('return { paintedMs: Number(document.body.dataset.paintedAt) - performance.timeOrigin,'
    + ' marks: Object.fromEntries(performance.getEntriesByType("mark").map((e) => [e.name, Math.round(e.startTime)])) }');
  // Search ready: the first query answered from the index (until then it answers "preparing").
  const answered = blank ? 0 : Number(await s.until(
    'return window.__TAURI__.core.invoke("call", {request: {command: "search", q: "interpreter", lang: "en", limit: 1}})'
    + '.then((r) => r.status === "ready" ? Date.now() : false)', 60000));
  await sleep(2000);
  const memory = pss();
  await s.stop();
  await sleep(500);
  return {
    firstPaintMs: painted - s.t0, pageFirstPaintMs: Math.round(page.paintedMs), marks: page.marks,
    searchReadyMs: blank ? null : answered - s.t0,
    pssKb: memory.total, parts: memory.parts,
  };
}

const results = { app: APP, runs: [] };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
results.summary = {};

// The smoke test: a person's path through the real window.
const s = await Session.start();
try {
  await s.until('return document.body.dataset.ready === "true"');
  assert.equal(await s.exec('return location.protocol'), 'tauri:');
  // Open a section from the table of contents.
  await s.click(await s.find('#toc-list a[data-section="reflection-period"]'));
  await s.until('return location.hash === "#/reflection-period" && document.querySelector("article h1").textContent.length > 0');
  await s.shot('app-reader');
  // Search (search ready: time the first query), open a hit.
  const input = await s.find('#search-input');
  await s.click(input);
  const tq = Date.now();
  await s.type(input, 'interpreter');
  await s.until('return document.querySelectorAll("#search-results [role=option]").length > 0');
  results.summary.firstSearchMs = Date.now() - tq;
  await s.shot('app-search');
  await s.exec('const i = document.getElementById("search-input"); i.value = "interpreter"; i.dispatchEvent(new Event("input"))');
  // (Results come in the content language, whatever it was left at: match the anchor.)
  await s.until('return document.getElementById("search-results").dataset.query === "interpreter" && [...document.querySelectorAll("#search-results [role=option]")].some((o) => /interpret/.test(o.dataset.anchor))');
  const hit = await s.exec('const o = document.querySelector("#search-results [role=option]"); return [o.dataset.section, o.dataset.anchor]');
  await s.keys('\uE015\uE007'); // ArrowDown, Enter
  await s.until(`return location.hash.startsWith("#/${hit[0]}")`);
  await s.until('return document.querySelectorAll(".hit-highlight").length > 0 || !' + JSON.stringify(hit[1]));
  await s.shot('app-hit');
  // Switch the content language: the place is kept, the text is Bulgarian.
  await s.exec('const sel = document.getElementById("content-lang"); sel.value = "bg"; sel.dispatchEvent(new Event("change"));');
  await s.until('return document.querySelector("article").lang === "bg"');
  await s.shot('app-bulgarian');
  // Side by side.
  await s.exec('const sel = document.getElementById("parallel-lang"); sel.value = "en"; sel.dispatchEvent(new Event("change"));');
  await s.until('return document.querySelector(".parallel") !== null');
  await s.shot('app-parallel');
  await s.exec('const sel = document.getElementById("parallel-lang"); sel.value = ""; sel.dispatchEvent(new Event("change"));');
  // A command outside the app manifest is refused.
  const refused = await s.exec('return window.__TAURI__.core.invoke("plugin:fs|read_file", {path: "/etc/passwd"}).then(() => "allowed", (e) => "refused: " + e)', []);
  results.summary.foreignCommand = refused;
  // Presentation and the leaflet.
  await s.exec('location.hash = "#/first-contact"');
  await s.until('return document.querySelector("article h1") && location.hash === "#/first-contact"');
  await s.exec('document.querySelector(".section-tools button").focus()');
  await s.keys('\uE007'); // Enter on "Present"
  await s.until('return document.querySelector(".slide") !== null');
  await s.keys('\uE014');
  await s.shot('app-slide');
  // The presenter window (a second Tauri window): notes and timer, following the audience.
  {
    const { main, other } = await openPresenter(s);
    await wd('POST', `${s.base}/window`, { handle: other });
    await s.until('return document.querySelector(".presenter-notes") !== null && /2/.test(document.querySelector(".presenter-head p").textContent)');
    results.summary.presenter = await s.exec('return document.querySelector(".presenter-head p").textContent + " | notes: " + document.querySelector(".presenter-notes").textContent.slice(0, 60)');
    await s.shot('app-presenter');
    await wd('POST', `${s.base}/window`, { handle: main });
  }
  await s.keys('\uE00C');
  results.smoke = 'ok';
} finally {
  await s.stop();
}

// "Show to the person" in a fresh window, as the person would be shown it.
{
  const s = await Session.start();
  try {
    await s.until('return document.body.dataset.ready === "true"');
    await s.exec('location.hash = "#/person"');
    await s.until('return document.querySelector(".endonyms") !== null');
    await s.shot('app-person-chooser');
    await s.click(await s.find('.endonyms a[lang="uk"]'));
    await s.until('return document.querySelector(".leaflet") !== null');
    await s.shot('app-leaflet-uk');
    // A leaflet-only language, right to left, in the font the app bundles for its script.
    await s.exec('location.hash = "#/person/ar"');
    await s.until('return document.querySelector("article.leaflet[lang=ar]") !== null');
    const ar = await s.exec(`return document.fonts.ready.then(() => {
      const a = document.querySelector('article.leaflet');
      return [getComputedStyle(a).direction, [...document.fonts].some((f) => f.family.includes('TRM Arabic') && f.status === 'loaded')];
    })`);
    assert.deepEqual(ar, ['rtl', true], 'the Arabic leaflet: right to left, bundled font loaded');
    await s.shot('app-leaflet-ar');
    results.person = 'ok';
  } finally {
    await s.stop();
  }
}

// A guide update, as an officer installs one: a signed pack of the guide with one contact changed
// (a phone number regrouped: same digits, so the pack passes the content gate), dropped on the
// window; the confirmation shows what it is; after "Install" the changed fact is marked in the
// country profile and the referral view and listed under "What changed"; going back restores the
// built-in guide.
{
  const root = path.join(here, '../..');
  const BIN = process.env.FIELDGUIDE_BIN || path.join(root, 'target/debug/fieldguide');
  rmSync(path.join(DATA, 'guides'), { recursive: true, force: true });
  const work = mkdtempSync(path.join(os.tmpdir(), 'trm-update-'));
  cpSync(path.join(root, 'guide-content'), path.join(work, 'guide-content'), { recursive: true });
  cpSync(path.join(root, 'locales'), path.join(work, 'locales'), { recursive: true });
  const guideToml = path.join(work, 'guide-content/guide.toml');
  const builtIn = /^version = "(\d+)\.(\d+)\.(\d+)"/m.exec(readFileSync(guideToml, 'utf8'));
  const version = `${builtIn[1]}.${builtIn[2]}.${Number(builtIn[3]) + 1}`;
  writeFileSync(guideToml, readFileSync(guideToml, 'utf8').replace(builtIn[0], `version = "${version}"`));
  // The first country whose facts have a local number with a space: join its first two groups.
  let changed = null;
  for (const file of readdirSync(path.join(work, 'guide-content/countries')).sort()) {
    const p = path.join(work, 'guide-content/countries', file);
    const text = readFileSync(p, 'utf8');
    const m = /^local = "(\S+) (\S.*)"$/m.exec(text);
    if (!m) continue;
    writeFileSync(p, text.replace(m[0], `local = "${m[1]}${m[2]}"`));
    changed = { country: path.basename(file, '.toml'), local: `${m[1]}${m[2]}` };
    break;
  }
  assert.ok(changed, 'a country fact with a grouped local number');
  const pack = path.join(work, 'update.trmpack');
  execFileSync(BIN, ['pack', 'build', '--key', path.join(root, 'tests/keys/trusted/test-trusted.key'), '--out', pack,
    '--summary', `A number of ${changed.country.toUpperCase()} written without its first space (test update)`, work], { stdio: 'inherit' });
  results.summary.packBytes = readFileSync(pack).length;

  let s = await Session.start();
  try {
    await s.until('return document.body.dataset.ready === "true"');
    await s.click(await s.find('#btn-settings'));
    await s.until('return !document.getElementById("guide-updates").hidden && /built into/.test(document.getElementById("guide-status").textContent)');
    // Drop the file on the window (as from a file manager).
    await s.exec(`const bytes = Uint8Array.from(atob(arguments[0]), (c) => c.charCodeAt(0));
      const dt = new DataTransfer(); dt.items.add(new File([bytes], 'update.trmpack'));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));`,
    [readFileSync(pack).toString('base64')]);
    await s.until('return document.getElementById("pack-dialog").open');
    const body = await s.exec('return document.getElementById("pack-dialog-body").textContent');
    assert.match(body, new RegExp(`Guide ${version.replace(/\./g, '\\.')} of .*signed by test-trusted.*replaces guide ${builtIn.slice(1).join('\\.')}`));
    await s.shot('app-update-confirm');
    const t0 = Date.now();
    await s.click(await s.find('#pack-dialog-install'));
    await s.until(`return /Guide ${version.replace(/\./g, '\\.')} of .* installed on/.test(document.getElementById("guide-status").textContent)`, 60000);
    results.summary.installFromDropMs = Date.now() - t0;
    await s.click(await s.find('#btn-settings')); // close the settings
    await s.until('return document.getElementById("settings").hidden');
    // What changed: the fact, old -> new.
    await s.exec('location.hash = "#/changes"');
    await s.until(`return [...document.querySelectorAll(".change-fact")].some((li) => li.dataset.country === ${JSON.stringify(changed.country)} && li.querySelector("ins").textContent.includes(${JSON.stringify(changed.local)}))`);
    // Hours and reach in the UI's words (as in the country profile), never a content-file token.
    const item = await s.exec(`return document.querySelector('.change-fact[data-country=${JSON.stringify(changed.country)}] ins').textContent`);
    assert.doesNotMatch(item, /not-stated|\(hours: /, item);
    assert.ok(await s.exec(`return document.querySelector('.change-fact[data-country=${JSON.stringify(changed.country)}] ins .phone-hours') !== null`));
    await s.shot('app-update-what-changed');
    // The country profile marks the fact as changed.
    await s.exec(`document.querySelector('.change-fact[data-country=${JSON.stringify(changed.country)}] a').click()`);
    await s.until('return document.querySelector(".fact.changed .fact-changed") !== null');
    await s.exec('document.querySelector(".fact.changed").scrollIntoView({ block: "center" })');
    await s.shot('app-update-changed-fact');
    // And so does the referral view, with that country chosen.
    await s.exec(`location.hash = "#/referral/${changed.country}/${changed.country}"`);
    await s.until('return document.querySelector(".fact.changed .fact-changed") !== null');
    // The installed guide's search index is built right after the install, in the background;
    // the first start after the update opens it (timed like the start-up measurements).
    const ready = 'return window.__TAURI__.core.invoke("call", {request: {command: "search", q: "interpreter", lang: "en", limit: 1}})'
      + '.then((r) => r.status === "ready" ? Date.now() : false)';
    await s.until(ready, 60000);
    await s.stop();
    s = await Session.start();
    await s.until('return document.body.dataset.ready === "true"');
    results.summary.searchReadyFirstStartAfterUpdateMs = Number(await s.until(ready, 60000)) - s.t0;
    // Still the installed guide after the restart: the changed fact is still marked.
    await s.exec(`location.hash = "#/referral/${changed.country}/${changed.country}"`);
    await s.until('return document.querySelector(".fact.changed .fact-changed") !== null');
    // Going back: the built-in guide again, nothing marked.
    await s.click(await s.find('#btn-settings'));
    await s.until('return !document.getElementById("btn-roll-back").hidden');
    await s.click(await s.find('#btn-roll-back'));
    await s.until('return /built into/.test(document.getElementById("guide-status").textContent)', 60000);
    await s.until('return document.querySelector(".fact.changed") === null');
    results.update = 'ok';
  } finally {
    await s.stop();
    rmSync(path.join(DATA, 'guides'), { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

// Keystroke to results on screen, as the UI measures it (performance entries: to the end of the
// frame that paints them), typing into a fresh window at a fast typist's pace (its own session:
// with the presenter window open, the frames come slower). The keys are X keyboard events
// (xdotool, through the X server, GTK and WebKit as a keyboard's are), not WebDriver's actions,
// which WebKitWebDriver synthesizes inside the app's process (the two measured the same within
// the noise in alternating runs: docs/app.md).
{
  const s = await Session.start();
  try {
    await s.until('return document.body.dataset.ready === "true"');
    await s.exec('location.hash = "#/about"');
    await s.until('return document.querySelector("article h1") !== null');
    // Typed once the index is ready (search ready is measured below): keystrokes answered
    // "preparing" would be measured too, and faster, as they have no list to render.
    await s.until('return window.__TAURI__.core.invoke("call", {request: {command: "search", q: "interpreter", lang: "en", limit: 1}})'
      + '.then((r) => r.status === "ready")', 60000);
    await s.exec('performance.clearMeasures()');
    const queries = ['reflection period', 'zhertva', 'shelter', 'perekladach', 'forundersokning',
      'identification', 'residence permit', 'interpreter', 'trafficking', 'victim support'];
    for (const q of queries) {
      await s.exec('const i = document.getElementById("search-input"); i.value = ""; i.focus()');
      // The app's window gets the X input focus (there is no window manager under Xvfb), then a
      // fast typist's keys: 80 ms a key.
      execFileSync('xdotool', ['search', '--onlyvisible', '--name', '^TRM Field Guide$', 'windowfocus', '--sync']);
      execFileSync('xdotool', ['type', '--delay', '80', q]);
      // The list that answers the whole query, painted (its measure is taken on the next frame).
      await s.until(`return document.getElementById("search-results").dataset.query === ${JSON.stringify(q)}`
        + ' && document.querySelectorAll("#search-results [role=option]").length > 0');
      await s.exec('return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))');
    }
    const keystrokes = await s.exec('return performance.getEntriesByName("search-keystroke-to-results").map((e) => e.duration)');
    const handler = await s.exec('return performance.getEntriesByName("search-handler-to-dom").map((e) => e.duration)');
    // The same lists to the start of their frame (how earlier runs measured), and the keystrokes
    // answered with the list already on screen (nothing rendered: counted apart).
    const toFrame = await s.exec('return performance.getEntriesByName("search-keystroke-to-frame").map((e) => e.duration)');
    const unchanged = await s.exec('return performance.getEntriesByName("search-keystroke-unchanged").map((e) => e.duration)');
    // Every query's last keystroke at least (keystrokes that arrive while a query is answered
    // collapse into one query, measured from the first of them).
    assert.ok(keystrokes.length + unchanged.length >= queries.length,
      `keystroke-to-results measured: ${keystrokes.length} + ${unchanged.length} unchanged`);
    assert.equal(toFrame.length, keystrokes.length, 'both ends measured for every list rendered');
    // Its parts (search.js): key event to our handler, the query's round trip, rendering the
    // list, the wait from the list in the DOM to the next frame, and that frame's work.
    const parts = {};
    for (const part of ['input', 'ipc', 'render', 'frame', 'paint']) {
      const xs = await s.exec(`return performance.getEntriesByName("search-part-${part}").map((e) => e.duration)`);
      parts[part] = { p50Ms: pct(xs, 0.5), p95Ms: pct(xs, 0.95) };
    }
    results.summary.keystrokeToResults = {
      n: keystrokes.length, p50Ms: pct(keystrokes, 0.5), p95Ms: pct(keystrokes, 0.95), p99Ms: pct(keystrokes, 0.99),
      maxMs: Math.max(...keystrokes),
      handlerToDomP50Ms: pct(handler, 0.5), handlerToDomP95Ms: pct(handler, 0.95), parts,
      toFrame: { p50Ms: pct(toFrame, 0.5), p95Ms: pct(toFrame, 0.95), p99Ms: pct(toFrame, 0.99) },
      unchanged: { n: unchanged.length, p50Ms: unchanged.length ? pct(unchanged, 0.5) : null },
    };

    // The web view's own cost of showing a changed list, with no search and no rendering of
    // ours: the last query's list replaced by copies of its nodes (the same size, text and
    // highlights) at the typing pace, measured as search.js measures a keystroke (from the change
    // to the end of the frame that paints it). The keystrokes above cost this plus ours: the key
    // event, the query's round trip, building the list. The list's own nodes are put back.
    const repaint = await s.exec(`return (async () => {
      const list = document.getElementById('search-results');
      const shown = [...list.children];
      const out = { frame: [], paint: [], total: [] };
      for (let i = 0; i < 100; i++) {
        await new Promise((next) => setTimeout(next, 80));
        const changed = performance.now();
        list.replaceChildren(...shown.map((node) => node.cloneNode(true)));
        await new Promise((next) => requestAnimationFrame(() => {
          const frame = performance.now();
          setTimeout(() => {
            const painted = performance.now();
            out.frame.push(frame - changed); out.paint.push(painted - frame); out.total.push(painted - changed);
            next();
          }, 0);
        }));
      }
      list.replaceChildren(...shown);
      return out;
    })()`);
    assert.equal(repaint.total.length, 100, 'every repaint of the list measured');
    results.summary.listRepaint = {
      n: repaint.total.length, p50Ms: pct(repaint.total, 0.5), p95Ms: pct(repaint.total, 0.95),
      p99Ms: pct(repaint.total, 0.99), maxMs: Math.max(...repaint.total),
      frame: { p50Ms: pct(repaint.frame, 0.5), p95Ms: pct(repaint.frame, 0.95) },
      paint: { p50Ms: pct(repaint.paint, 0.5), p95Ms: pct(repaint.paint, 0.95) },
    };

  } finally {
    await s.stop();
  }
}

// A first start (no cached index): a search typed at once answers "being prepared" at once, the
// window keeps painting while the index is built off the main thread, and the results come by
// themselves when it is ready. The longest gap between two frames is the time the window could
// not respond.
{
  rmSync(CACHE, { recursive: true, force: true });
  const s = await Session.start();
  try {
    await s.until('return document.body.dataset.ready === "true"');
    await s.exec(`window.__frames = { last: performance.now(), maxGap: 0 };
      const tick = (t) => { const f = window.__frames; f.maxGap = Math.max(f.maxGap, t - f.last); f.last = t; if (!f.stop) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);`);
    const typedAt = Date.now();
    await s.exec('const i = document.getElementById("search-input"); i.focus(); i.value = "interpreter"; i.dispatchEvent(new Event("input"))');
    const first = await s.until('const l = document.getElementById("search-results"); return l.dataset.query === "interpreter" && l.dataset.status');
    const firstAnswerMs = Date.now() - typedAt;
    if (first === 'preparing') {
      assert.match(await s.exec('return document.querySelector(".search-notice").textContent'), /prepared/);
      await s.shot('app-search-preparing');
    }
    await s.until('return document.getElementById("search-results").dataset.status === "ready"'
      + ' && document.querySelectorAll("#search-results [role=option]").length > 0', 60000);
    const readyMs = Date.now() - typedAt;
    const maxFrameGapMs = await s.exec('window.__frames.stop = true; return window.__frames.maxGap');
    results.summary.firstStartSearch = { firstAnswer: first, firstAnswerMs, resultsMs: readyMs, maxFrameGapMs };
    // The first answer came before the index: at once, not after the build.
    assert.ok(first === 'preparing' || readyMs < 1000, `first answer ${first} after ${firstAnswerMs} ms`);
  } finally {
    await s.stop();
  }
}

// Measurements (fresh processes), blank and guide alternating. The first start has no
// cached search index (it builds and caches it); later starts open the cache.
rmSync(CACHE, { recursive: true, force: true });
for (let i = 0; i < RUNS; i++) {
  results.runs.push({ blank: await measure(true), guide: await measure(false) });
}
const cached = existsSync(CACHE) ? readdirSync(CACHE).filter((n) => /^search-[0-9a-f]{32}$/.test(n)) : [];
assert.equal(cached.length, 1, `the app caches one search index in ${CACHE}: ${cached}`);
Object.assign(results.summary, {
  blankFirstPaintMs: median(results.runs.map((r) => r.blank.firstPaintMs)),
  guideFirstPaintMs: median(results.runs.map((r) => r.guide.firstPaintMs)),
  searchReadyFirstStartMs: results.runs[0].guide.searchReadyMs,
  searchReadyLaterStartsMs: RUNS > 1 ? median(results.runs.slice(1).map((r) => r.guide.searchReadyMs)) : null,
  blankPssMb: median(results.runs.map((r) => r.blank.pssKb)) / 1024,
  guidePssMb: median(results.runs.map((r) => r.guide.pssKb)) / 1024,
  // The spread of the pairs: launch-to-first-content minus the blank window's, per pair.
  firstPaintOverBlankMs: (() => {
    const d = results.runs.map((r) => r.guide.firstPaintMs - r.blank.firstPaintMs);
    return { median: median(d), min: Math.min(...d), max: Math.max(...d), pairs: d.length };
  })(),
  // The same pairs counted from each page's navigation start.
  pageFirstPaintOverBlankMs: (() => {
    const d = results.runs.map((r) => r.guide.pageFirstPaintMs - r.blank.pageFirstPaintMs);
    return {
      median: median(d), min: Math.min(...d), max: Math.max(...d), pairs: d.length,
      blank: median(results.runs.map((r) => r.blank.pageFirstPaintMs)),
      guide: median(results.runs.map((r) => r.guide.pageFirstPaintMs)),
    };
  })(),
});


// The XSS corpus in the real window (WebKitGTK): the same hostile guide as the browser suite's
// (xss-corpus.mjs), shown by the test build's `--test-guide` (no content gate: the sanitizer and
// the CSP are what is tested), in every view and in the presenter window. Script execution is
// caught twice: alert/confirm/prompt replaced by recorders, and any dialog still open (the
// session leaves dialogs alone). The views are re-rendered after the recorders are in place (the
// table of contents by switching the UI language), so nothing rendered before them goes unseen.
// Last, after the measurements: the hostile guide's search index replaces the cached one, and is
// removed at the end.
{
  const guideDir = hostileGuide();
  const s = await Session.start(['--test-guide', guideDir]);
  const found = {};
  const executions = [];
  const hook = `if (!window.__xss) {
      window.__xss = { runs: [], csp: [] };
      for (const f of ['alert', 'confirm', 'prompt', 'print']) window[f] = (m) => { window.__xss.runs.push(f + ': ' + m); };
      document.addEventListener('securitypolicyviolation', (e) => window.__xss.csp.push(e.violatedDirective + ' ' + e.blockedURI));
    }
    return true;`;
  const openDialog = async () => {
    try { executions.push(`dialog: ${await wd('GET', `${s.base}/alert/text`)}`); await wd('POST', `${s.base}/alert/dismiss`, {}); } catch { /* none open */ }
  };
  const look = async (view) => {
    await sleep(300);
    await openDialog();
    const r = await s.exec(`return { dangerous: (${dangerous.toString()})(), csp: window.__xss.csp.splice(0), runs: window.__xss.runs.splice(0) }`);
    executions.push(...r.runs.map((m) => `${view}: ${m}`));
    found[view] = { dangerous: r.dangerous, csp: r.csp };
  };
  try {
    await s.until('return document.body.dataset.ready === "true"');
    await openDialog();
    await s.exec(hook);
    // Re-render the table of contents (titles with payloads) and the chrome under the recorders.
    await s.exec('const sel = document.getElementById("ui-lang"); sel.value = "sv"; sel.dispatchEvent(new Event("change"));');
    await sleep(300);
    await s.exec('const sel = document.getElementById("ui-lang"); sel.value = "en"; sel.dispatchEvent(new Event("change"));');
    await s.exec('location.hash = "#/identification/payloads"');
    await s.until('return document.querySelector("article h1") !== null && /Every payload/.test(document.querySelector("article").textContent)');
    assert.match(await s.exec('return document.querySelector("article h1").textContent'), /Measure 1/);
    await look('reader');
    await s.exec('document.querySelector("article a.term").dispatchEvent(new MouseEvent("mouseover", { bubbles: true })); document.querySelector("article a.term").focus()');
    await s.until('return !document.getElementById("tooltip").hidden');
    await look('glossary tooltip');
    // A view by its address, once what shows it is on screen.
    const visit = async (hash, ready, view) => {
      await s.exec(`location.hash = "${hash}"`);
      await s.until(ready);
      await look(view);
    };
    await visit('#/glossary', 'return location.hash === "#/glossary" && document.querySelector("article h1") !== null', 'glossary');
    await visit('#/country-zz', 'return document.querySelector(".country-facts") !== null', 'country profile');
    await visit('#/referral/se/zz', 'return document.querySelector(".referral-step") !== null', 'referral view');
    await visit('#/person/en', 'return document.querySelector("article.leaflet") !== null', 'leaflet');
    // Search: payloads typed as queries, and hits whose snippets carry payloads.
    await s.exec('location.hash = "#/identification"');
    await s.until('return document.querySelector(".section-tools button") !== null');
    for (const q of ['alert', 'onerror', MARKUP[8], MARKUP[0], URLS[0], '"><svg onload=alert(1)>', 'payload']) {
      await s.exec('const i = document.getElementById("search-input"); i.value = arguments[0]; i.dispatchEvent(new Event("input"))', [q]);
      await sleep(250);
    }
    await s.until('const l = document.getElementById("search-results"); return l.dataset.query === "payload" && l.dataset.status === "ready" && l.querySelectorAll("[role=option]").length > 0', 60000);
    await look('search');
    await s.exec('const i = document.getElementById("search-input"); i.value = ""; i.dispatchEvent(new Event("input"))');
    // Slides with speaker notes, and the presenter window showing those notes.
    await s.exec('document.querySelector(".section-tools button").focus()');
    await s.keys('\uE007');
    await s.until('return document.querySelector(".slide") !== null');
    const { main, other } = await openPresenter(s);
    await wd('POST', `${s.base}/window`, { handle: other });
    await s.until('return document.querySelector(".presenter-notes") !== null');
    await s.exec(hook);
    await wd('POST', `${s.base}/window`, { handle: main });
    for (let i = 0; i < 12; i++) await s.keys('\uE014');
    await look('slides');
    await wd('POST', `${s.base}/window`, { handle: other });
    await look('presenter window');
    await wd('POST', `${s.base}/window`, { handle: main });
    await s.keys('\uE00C');
    // The look can fail here too: a CSP violation made on purpose is seen, and a node left in.
    const control = await s.exec(`return new Promise((done) => {
      document.addEventListener('securitypolicyviolation', () => done(true), { once: true });
      document.body.append(Object.assign(document.createElement('img'), { src: 'https://example.org/csp-control.png' }));
      setTimeout(() => done(false), 2000);
    })`);
    assert.ok(control, 'WebKitGTK reports a CSP violation made on purpose');
    const left = await s.exec(`const d = document.createElement('div'); d.setAttribute('onclick', 'x'); document.body.append(d);
      const n = (${dangerous.toString()})().length; d.remove(); window.__xss.csp.splice(0); return n`);
    assert.ok(left > 0, 'a node with an on* attribute is found');
  } finally {
    await s.stop();
    rmSync(guideDir, { recursive: true, force: true });
    rmSync(CACHE, { recursive: true, force: true });
  }
  const all = Object.values(found);
  results.xss = {
    engine: 'webkitgtk', found, executions,
    counts: {
      payloads: PAYLOADS.length, views: all.length, executions: executions.length,
      cspViolations: all.reduce((n, v) => n + v.csp.length, 0),
      dangerousNodes: all.reduce((n, v) => n + v.dangerous.length, 0),
    },
  };
  results.summary.xss = results.xss.counts;
  assert.deepEqual(executions, [], 'scripts ran in the real window');
  for (const [view, f] of Object.entries(found)) {
    assert.deepEqual(f.csp, [], `CSP violations in ${view} (WebKitGTK)`);
    assert.deepEqual(f.dangerous, [], `dangerous nodes in ${view} (WebKitGTK)`);
  }
}

console.log(JSON.stringify(results.summary, null, 2));
if (process.env.RESULTS) writeFileSync(process.env.RESULTS, JSON.stringify(results, null, 2));
