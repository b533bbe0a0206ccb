// The XSS corpus, shared by the browser suite (xss.test.mjs: Chromium against `fieldguide serve`)
// and the desktop suite (desktop.mjs: the real Tauri window, WebKitGTK): the payloads, a guide that
// carries them into every field a screen shows, and the look for what must not be left in a page.

import { mkdtempSync, cpSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

// ---- The corpus ----

/** Script-capable URLs, spelled the ways filters have been evaded (OWASP's cheat sheet). */
export const URLS = [
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'javascript&#58;alert(1)', 'javascript&colon;alert(1)',
  'java\tscript:alert(1)', 'java&#x09;script:alert(1)', 'java&#x0A;script:alert(1)', ' javascript:alert(1)',
  '&#106;avascript:alert(1)', '&#x6A;avascript:alert(1)', '%6aavascript:alert(1)', 'javascript://%0aalert(1)',
  'data:text/html,<script>alert(1)</script>', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:image/svg+xml,<svg onload=alert(1)>', 'vbscript:msgbox(1)', 'livescript:alert(1)',
];
/** Every form a URL takes in Markdown and in raw HTML. */
export const URL_FORMS = [
  (u) => `[link](${u})`, (u) => `![image](${u})`, (u) => `<${u}>`, (u) => `[ref][r]\n\n[r]: ${u}`,
  (u) => `<a href="${u}">a</a>`, (u) => `<img src="${u}">`, (u) => `<iframe src="${u}"></iframe>`,
  (u) => `<form action="${u}"><button>go</button></form>`, (u) => `<svg><a xlink:href="${u}"><text>x</text></a></svg>`,
  (u) => `<math><a href="${u}">x</a></math>`,
];
/** Tags and handlers, namespace confusion, mutation XSS, broken-out attributes. */
export const MARKUP = [
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
export const PAYLOADS = [...URLS.flatMap((u) => URL_FORMS.map((f) => f(u))), ...MARKUP];

// ---- A guide that carries them everywhere ----

const toml = (s) => JSON.stringify(s); // a TOML basic string: JSON's escapes are TOML's

export function hostileGuide() {
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
  // (Glossary links first: an unclosed raw <textarea> or <select> among the payloads swallows
  // what follows it, as an HTML parser must.)
  text += `\nSee the [hostile term](glossary:term-0) and [another](glossary:term-8).\n\n${headings}\n## Every payload {#payloads}\n\n${PAYLOADS.join('\n\n')}\n\n${notes}`;
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
  // A glossary whose terms and definitions carry payloads, linked from the hostile section (the
  // term's tooltip shows them), and the rights leaflet ("Show to the person") with payloads.
  const manifest = path.join(dir, 'guide-content/guide.toml');
  writeFileSync(manifest, readFileSync(manifest, 'utf8')
    .replace(/^sections = \[(.*)\]$/m, 'sections = [$1, "glossary", "rights-leaflet"]')
    .replace(/^(\[\[languages\]\])/m, '[roles]\nglossary = "glossary"\nleaflet = "rights-leaflet"\n\n$1'));
  const terms = MARKUP.slice(0, 12).map((p, i) => `## Term ${p} {#term-${i}}\n\nDefinition ${MARKUP[(i + 8) % MARKUP.length]} ${URLS[i % URLS.length]}.\n`);
  writeFileSync(path.join(dir, 'guide-content/en/glossary.md'),
    `+++\nid = "glossary"\ntitle = ${toml(`Glossary ${MARKUP[10]}`)}\nsummary = "Terms (fixture)."\nstatus = "written"\n+++\n\n${terms.join('\n')}`);
  writeFileSync(path.join(dir, 'guide-content/en/rights-leaflet.md'),
    `+++\nid = "rights-leaflet"\ntitle = ${toml(`Your rights ${MARKUP[8]}`)}\nsummary = ${toml(`Leaflet ${MARKUP[0]}`)}\nstatus = "written"\n+++\n\n`
    + `## You can rest {#rest}\n\n${PAYLOADS.slice(0, 40).join('\n\n')}\n\n## Help {#help}\n\n${MARKUP.join('\n\n')}\n`);
  // A UI message (Fluent: no braces in these).
  appendFileSync(path.join(dir, 'locales/en/app.ftl'), `\ncountry-zz = Zedland <img src=x onerror=alert(1)><script>alert(1)</script>\n`);
  return dir;
}

// ---- Looking for what must not be there ----

/** In the page: dangerous nodes in the content areas (the app's own <head> scripts excepted). */
export function dangerous() {
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
