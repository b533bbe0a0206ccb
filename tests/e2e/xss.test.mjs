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
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { URLS, MARKUP, PAYLOADS, hostileGuide, dangerous } from './xss-corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const BIN = process.env.FIELDGUIDE_BIN || path.join(here, '../../target/debug/fieldguide');
const PORT = Number(process.env.FIELDGUIDE_PORT || '18765') + 2;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ARTIFACTS = process.env.E2E_ARTIFACTS || path.join(here, 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

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
  // Glossary terms whose names and definitions carry payloads, in the tooltip of a term link.
  await page.locator('article a.term').first().hover();
  await page.waitForSelector('#tooltip:not([hidden])');
  await look('glossary tooltip');
  await page.locator('article a.term').first().focus();
  await page.evaluate(() => { location.hash = '#/glossary'; });
  await page.waitForSelector('article h1');
  await look('glossary');
  // The rights leaflet, as shown to the person, on screen and on paper.
  await page.evaluate(() => { location.hash = '#/person/en'; });
  await page.waitForSelector('article.leaflet');
  await look('leaflet');
  await page.emulateMedia({ media: 'print' });
  await look('leaflet, print');
  await page.emulateMedia({ media: 'screen' });
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

  // The look can fail: a CSP violation made on purpose is seen, and so is a node left in.
  const control = await page.evaluate(() => new Promise((done) => {
    document.addEventListener('securitypolicyviolation', () => done(true), { once: true });
    document.body.append(Object.assign(document.createElement('img'), { src: 'https://example.org/csp-control.png' }));
    setTimeout(() => done(false), 2000);
  }));
  assert.ok(control, 'a CSP violation made on purpose is reported');
  await page.evaluate(() => { window.__csp.splice(0); document.body.append(Object.assign(document.createElement('div'), { onclick: null })); document.body.lastChild.setAttribute('onclick', 'x'); });
  assert.ok((await page.evaluate(dangerous)).length > 0, 'a node with an on* attribute is found');
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
