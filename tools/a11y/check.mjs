// ipweek: browser checks of a served site, run by ipweek.publish.AccessibilityTest.
//   node check.mjs <pages.json> <result.json>
// pages.json: {"base": "http://127.0.0.1:PORT/ztzl/2026xcz/", "chromium": "/usr/bin/chromium",
//              "pages": [{"kind": "kind-home", "path": "", "status": 200}, …]}
// Writes result.json: axe violations (serious and critical) per page, console errors (CSP included), failed and
// off-site requests, and the keyboard and reading-preference checks. Asserting is the Java test's job.
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [input, output] = process.argv.slice(2);
const { base, chromium: executablePath, pages } = JSON.parse(readFileSync(input, 'utf8'));
const origin = new URL(base).origin;

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const result = { pages: [], console: [], requests: [], keyboard: {}, prefs: {} };

function watch(page) {
  page.on('console', m => { if ((m.type() === 'error' || m.type() === 'warning') && !m.text().startsWith('Failed to load resource')) result.console.push(`${page.url()}: ${m.text()}`); });
  page.on('pageerror', e => result.console.push(`${page.url()}: ${e.message}`));
  page.on('requestfailed', r => result.requests.push(`failed ${r.url()} (${r.failure()?.errorText})`));
  // Error responses inside the site (the deliberate 404 is asked for by path and expected); outside it only the
  // browser's own request for the host site's /favicon.ico, which pages without an icon link cause, is ignored.
  page.on('response', r => {
    const u = r.url();
    if (r.status() >= 400 && !u.endsWith('/no-such-page/') && u !== origin + '/favicon.ico') result.requests.push(`${r.status()} ${u}`);
  });
  page.on('request', r => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) result.requests.push(`off-site ${r.url()}`); });
}

async function axe(page) {
  await page.evaluate(axeSource); // DevTools evaluation: not subject to the page's Content-Security-Policy
  const r = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
    .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ')) }));
}

const focusVisible = () => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(), cls: el.className || '', text: (el.textContent || '').trim().slice(0, 20),
    outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
    shadow: s.boxShadow !== 'none',
    onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight + 2000,
  };
};

try {
  // 1. axe on one page of every kind, at desktop and phone width.
  for (const width of [1280, 375]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    watch(page);
    for (const p of pages) {
      const response = await page.goto(base + p.path, { waitUntil: 'load' });
      const lang = await page.evaluate(() => document.documentElement.lang);
      result.pages.push({ kind: p.kind, path: p.path, width, status: response.status(), expected: p.status, lang,
                          violations: await axe(page) });
    }
    await context.close();
  }

  // 2. Keyboard: the skip link is the first stop and visible; every stop shows a focus indicator.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    watch(page);
    await page.goto(base, { waitUntil: 'load' });
    await page.keyboard.press('Tab');
    const first = await page.evaluate(focusVisible);
    const firstIsSkip = await page.evaluate(() => document.activeElement.matches('a.skip-link[href="#main"]'));
    const stops = [first];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(focusVisible));
    }
    await page.goto(base, { waitUntil: 'load' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const afterSkip = await page.evaluate(() => ({ hash: location.hash, focused: document.activeElement.id }));
    result.keyboard = { firstIsSkip, stops, afterSkip };
    await context.close();
  }

  // 3. Large text and high contrast: set on one page, still set after following a link, axe clean (contrast
  //    included) in that mode, and off again everywhere after switching back.
  {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    watch(page);
    const classes = () => page.evaluate(() => [...document.documentElement.classList].sort());
    await page.goto(base, { waitUntil: 'load' });
    await page.click('button[data-pref="font"][data-value="xlarge"]');
    await page.click('button[data-pref="contrast"]');
    const set = await classes();
    const pressed = await page.evaluate(() => [...document.querySelectorAll('button[data-pref][aria-pressed="true"]')].map(b => b.textContent.trim()));
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('nav a[href*="dongtai"], nav a[href*="huodong"]')]);
    const afterLink = await classes();
    const afterLinkUrl = page.url();
    const highContrastViolations = await axe(page);
    const fontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    await page.goto(base + pages.find(p => p.kind === 'kind-article').path, { waitUntil: 'load' });
    const onArticle = await classes();
    const articleViolations = await axe(page);
    await page.click('button[data-pref="font"][data-value="standard"]');
    await page.click('button[data-pref="contrast"]');
    await page.goto(base, { waitUntil: 'load' });
    const reset = await classes();
    const standardFontSize = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    result.prefs = { set, pressed, afterLink, afterLinkUrl, onArticle, reset, fontSize, standardFontSize,
                     highContrastViolations: highContrastViolations.concat(articleViolations) };
    await context.close();
  }
} finally {
  await browser.close();
  writeFileSync(output, JSON.stringify(result, null, 1));
}
