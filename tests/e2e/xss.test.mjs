// The XSS corpus in a real browser: a guide whose every field a screen shows carries hostile
// payloads (section bodies, headings, title, summary, keywords, speaker notes, country facts and
// their sources, a UI message, search queries), served by `fieldguide serve` and opened in
// Chromium in every view: reader, country profile, referral view, slides, print, search. Fails on
// any script execution (a dialog), any Content-Security-Policy violation (the CSP must be the
// second wall, never the one that stopped something) and any dangerous node left in the page.
// The counts go to artifacts/xss.json and docs/security.md.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, cpSync, readFileSync, writeFileSync, appendFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const BIN = process.env.FIELDGUIDE_BIN || path.join(here, '../../target/debug/fieldguide');
const PORT = Number(process.env.FIELDGUIDE_PORT || '18765') + 2;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ARTIFACTS = process.env.E2E_ARTIFACTS || path.join(here, 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

// ---- The corpus ----

/** Script-capable URLs, spelled the ways filters have been evaded (OWASP's cheat sheet). */
const URLS = [
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'javascript&#58;alert(1)', 'javascript&colon;alert(1)',
  'java\tscript:alert(1)', 'java&#x09;script:alert(1)', 'java&#x0A;script:alert(1)', ' javascript:alert(1)',
  '&#106;avascript:alert(1)', '&#x6A;avascript:alert(1)', '%6aavascript:alert(1)', 'javascript://%0aalert(1)',
  'data:text/html,<script>alert(1)</script>', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>', 'vbscript:msgbox(1)', 'livescript:alert(1)',
];
/** Every form a URL takes in Markdown and in raw HTML. */
const URL_FORMS = [
  (u) => `[link](${u})`, (u) => `![image](${u})`, (u) => `<${u}>`, (u) => `[ref][r]\n\n[r]: ${u}`,
  (u) => `<a href="${u}">a</a>`, (u) => `<img src="${u}">`, (u) => `<iframe src="${u}"></iframe>`,
  (u) => `<form action="${u}"><button>go</button></form>`, (u) => `<svg><a xlink:href="${u}"><text>x</text></a></svg>`,
  (u) => `<math><a href="${u}">x</a></math>`,
];
/** Tags and handlers, namespace confusion, mutation XSS, broken-out attributes. */
const MARKUP = [
  '<script>alert(1)</script>', '<SCRIPT SRC=//example.org/x.js></SCRIPT>', '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '</title><script>alert(1)</script>', '"><script>alert(1)</script>', "'><script>alert(1)</script>",
  '<!--<script>-->alert(1)<!--</script>-->', '<![CDATA[<script>alert(1)</script>]]>',
  '<img src=x onerror=alert(1)>', '<img src=x onerror="alert(1)"/>', '<IMG SRC=x OnErRoR=alert(1)>',
  '<svg onload=alert(1)>', '<svg><script>alert(1)</script></svg>', '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<body onload=alert(1)>', '<details open ontoggle=alert(1)>', '<video><source onerror=alert(1)></video>',
  '<audio src=x onerror=alert(1)>', '<input autofocus onfocus=alert(1)>', '<select autofocus onfocus=alert(1)>',
  '<textarea autofocus onfocus=alert(1)>', '<marquee onstart=alert(1)>x</marquee>', '<object data="javascript:alert(1)">',
  '<embed src="javascript:alert(1)">', '<base href="javascript:alert(1)//">', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel=stylesheet href="javascript:alert(1)">', '<style>@import "javascript:alert(1)";</style>',
  '<div style="background:url(javascript:alert(1))">x</div>', '<a href="#" onclick="alert(1)">click</a>',
  '<svg><style><img src=x onerror=alert(1)></style></svg>', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
  '<template><img src=x onerror=alert(1)></template>', '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<form><button formaction="javascript:alert(1)">x</button></form>', '<isindex type=image src=1 onerror=alert(1)>',
  '<x onclick=alert(1)>x</x>', '" onmouseover="alert(1)', "' onmouseover='alert(1)", '`onmouseover=alert(1)`',
  '<img """><script>alert(1)</script>">', '<<script>alert(1);//<</script>', '<img src="x` `<script>alert(1)</script>"` `>',
  '&lt;script&gt;alert(1)&lt;/script&gt;', '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e', '<a href="jav&#x09;ascript:alert(1)">x</a>',
];
const PAYLOADS = [...URLS.flatMap((u) => URL_FORMS.map((f) => f(u))), ...MARKUP];

// ---- A guide that carries them everywhere ----

const toml = (s) => JSON.stringify(s); // a TOML basic string: JSON's escapes are TOML's

function hostileGuide() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fieldguide-xss-'));
  cpSync(path.join(here, '../fixtures/referral/guide-content'), path.join(dir, 'guide-content'), { recursive: true });
  cpSync(path.join(here, '../../locales'), path.join(dir, 'locales'), { recursive: true });
  const file = path.join(dir, 'guide-content/en/identification.md');
  let text = readFileSync(file, 'utf8');
  text = text
    .replace(/^title = .*$/m, `title = ${toml(`Measure 1 ${MARKUP[8]} ${MARKUP[0]}`)}`)
    .replace(/^summary = .*$/m, `summary = ${toml(`Summary ${MARKUP[9]} ${URLS[0]}`)}\nkeywords = ${JSON.stringify(MARKUP.slice(0, 12))}`);
  const headings = MARKUP.slice(0, 10).map((p, i) => `## Heading ${p} {#x-${i}}\n\nText under a hostile heading.\n`).join('\n');
  const notes = '```notes\n' + MARKUP.slice(0, 20).join('\n') + '\n```\n';
  text += `\n${headings}\n## Every payload {#payloads}\n\n${PAYLOADS.join('\n\n')}\n\n${notes}`;
  writeFileSync(file, text);
  // Country facts: values, notes, who runs it, and a source that is a script URL.
  appendFileSync(path.join(dir, 'guide-content/countries/zz.toml'), `
[[facts]]
key = "shelter"
value = ${toml(`Shelter ${MARKUP[8]} ${MARKUP[11]}`)}
run_by = ${toml(MARKUP[0])}
note = ${toml(`${MARKUP[29]} ${URLS[0]}`)}
source = "https://example.org/fixture/zz/shelter"
as_of = 2026-03-01
checked = 2026-11-29
checked_against = "stored-copy"
source_says = "a shelter"

[[facts]]
key = "email"
value = "Mail (fixture)"
source = "javascript:alert(1)"
as_of = 2026-03-01
checked = 2026-11-29
checked_against = "stored-copy"
source_says = "mail"
`);
  // A UI message (Fluent: no braces in these).
  appendFileSync(path.join(dir, 'locales/en/app.ftl'), `\ncountry-zz = Zedland <img src=x onerror=alert(1)><script>alert(1)</script>\n`);
  return dir;
}

// ---- Looking for what must not be there ----

/** In the page: dangerous nodes in the content areas (the app's own <head> scripts excepted). */
function dangerous() {
  const bad = [];
  const risky = /^(javascript|vbscript|livescript):|^data:(?!image\/(png|jpeg|gif|webp);)/;
  const clean = (v) => v.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  for (const n of document.body.querySelectorAll('*')) {
    const tag = n.localName;
    // The app's own forms (the referral view's country pickers, the update dialog) have no
    // action and are outside the places content is rendered into.
    if (tag === 'form' && !n.hasAttribute('action') && !n.closest('article, .slide, #search-results, .referral-step, .fact')) continue;
    if (['script', 'iframe', 'object', 'embed', 'base', 'meta', 'form', 'frame', 'frameset', 'applet', 'link', 'style', 'template', 'noscript'].includes(tag)) bad.push(`<${tag}>`);
    for (const a of n.attributes) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on')) bad.push(`${tag}[${name}]`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'background', 'poster'].includes(name) && risky.test(clean(a.value))) bad.push(`${tag}[${name}=${a.value.slice(0, 30)}]`);
      if (name === 'style' && /url\s*\(|expression\s*\(/i.test(a.value)) bad.push(`${tag}[style]`);
    }
  }
  return bad;
}

let server;
let browser;

before(async () => {
  server = spawn(BIN, ['serve', '--addr', `127.0.0.1:${PORT}`, '--path', hostileGuide()], { stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`${ORIGIN}/api/languages`)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--no-first-run', '--disable-sync'],
  });
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.kill('SIGINT');
});

test(`no script runs, no CSP wall is hit and no dangerous node is left: ${PAYLOADS.length} payloads in every view`, async () => {
  assert.ok(PAYLOADS.length >= 150, `${PAYLOADS.length} payloads`);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route('**/*', (route) => (route.request().url().startsWith(`${ORIGIN}/`) ? route.continue() : route.abort()));
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const executions = [];
  page.on('dialog', (d) => { executions.push(d.message()); d.dismiss().catch(() => {}); });
  context.on('page', (p) => p.on('dialog', (d) => { executions.push(`popup: ${d.message()}`); d.dismiss().catch(() => {}); }));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const found = {};
  const look = async (view) => {
    await page.waitForTimeout(300);
    found[view] = { dangerous: await page.evaluate(dangerous), csp: await page.evaluate(() => window.__csp.splice(0)) };
  };

  await page.goto(`${ORIGIN}/#/identification/payloads`);
  await page.waitForSelector('article h1');
  // The hostile section is what is shown (its payloads as text, or removed by the sanitizer).
  const shown = await page.locator('article').innerText();
  assert.ok(shown.includes('Text under a hostile heading') && shown.includes('Every payload'), 'the hostile section is shown');
  assert.match(await page.locator('article h1').innerText(), /Measure 1/);
  await look('reader');
  await page.hover('article');
  await page.mouse.move(600, 400);
  await look('reader after pointer moves');
  await page.evaluate(() => { location.hash = '#/country-zz'; });
  await page.waitForSelector('.country-facts');
  await look('country profile');
  await page.evaluate(() => { location.hash = '#/referral/se/zz'; });
  await page.waitForSelector('.referral-step');
  await look('referral view');
  await page.emulateMedia({ media: 'print' });
  await look('referral view, print');
  await page.emulateMedia({ media: 'screen' });
  // Slides and speaker notes.
  await page.evaluate(() => { location.hash = '#/identification'; });
  await page.waitForSelector('.section-tools button');
  await page.locator('.section-tools button').first().click();
  await page.waitForSelector('.slide');
  for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
  await look('slides');
  await page.keyboard.press('Escape');
  // Search: payloads typed as queries, and hits whose snippets carry payloads.
  for (const q of ['alert', 'onerror', MARKUP[8], MARKUP[0], URLS[0], '"><svg onload=alert(1)>']) {
    await page.fill('#search-input', q);
    await page.waitForTimeout(250);
  }
  await page.fill('#search-input', 'payload');
  await page.waitForTimeout(400);
  await look('search');
  await context.close();

  const all = Object.values(found);
  const counts = {
    payloads: PAYLOADS.length,
    views: Object.keys(found).length,
    executions: executions.length,
    cspViolations: all.reduce((n, v) => n + v.csp.length, 0),
    dangerousNodes: all.reduce((n, v) => n + v.dangerous.length, 0),
  };
  writeFileSync(path.join(ARTIFACTS, 'xss.json'), JSON.stringify({ engine: 'chromium', counts, found, executions, errors }, null, 2));
  console.log(JSON.stringify(counts));
  assert.deepEqual(executions, [], 'scripts ran');
  for (const [view, f] of Object.entries(found)) {
    assert.deepEqual(f.csp, [], `CSP violations in ${view}`);
    assert.deepEqual(f.dangerous, [], `dangerous nodes in ${view}`);
  }
});
