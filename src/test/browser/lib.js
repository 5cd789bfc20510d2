// Helpers for the portal's browser tests: Debian's Chromium through playwright-core (never a downloaded browser),
// axe-core for WCAG 2.1 A/AA, screenshots, and collection of CSP violations and script errors.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createRequire } = require('module');

// the tools come from the portal's frontend build (src/main/frontend, installed by Maven's npm ci)
const frontend = createRequire(path.join(process.env.PORTAL_FRONTEND_DIR || path.join(__dirname, '..', '..', 'main', 'frontend'), 'package.json'));
const { chromium } = frontend('playwright-core');
const AXE_SOURCE = fs.readFileSync(frontend.resolve('axe-core/axe.min.js'), 'utf8');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SCREENSHOTS = path.join(__dirname, 'screenshots');

const problems = [];

function fail(message) {
  throw new Error(message);
}

async function launch() {
  if (!fs.existsSync(CHROMIUM)) {
    fail(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (see .ci/run)`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'de-DE',
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync']
  });
  context.on('page', watch);
  context.pages().forEach(watch);
  return { context, close: async () => { await context.close(); fs.rmSync(userDataDir, { recursive: true, force: true }); } };
}

/** Records CSP violations and uncaught script errors of every page. */
function watch(page) {
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) {
      problems.push(`CSP on ${page.url()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`Script error on ${page.url()}: ${error.message}`));
}

/** axe-core with the WCAG 2.0/2.1 A and AA rules; any violation fails the test. */
async function axe(page, name) {
  await page.evaluate(AXE_SOURCE); // evaluated by the DevTools protocol: our strict CSP stays on for the page
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] }
  }));
  const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  console.log(`axe ${name}: ${result.violations.length} violations, ${result.passes.length} rules passed`);
  if (violations.length) {
    fail(`axe violations on ${name} (${page.url()}):\n  ${violations.join('\n  ')}`);
  }
}

async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

function minimalPdf() {
  return Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n'
    + 'trailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');
}

/** The engine REST API as a clerk (HTTP Basic), like the Tasklist would do it. */
function clerk(baseUrl, user, password) {
  const auth = 'Basic ' + Buffer.from(`${user}:${password}`).toString('base64');
  async function call(method, url, body) {
    const response = await fetch(baseUrl + url, {
      method, headers: { Authorization: auth, 'Content-Type': 'application/json' }, body: body && JSON.stringify(body)
    });
    if (!response.ok) {
      fail(`${method} ${url} answered ${response.status}: ${await response.text()}`);
    }
    return response.status === 204 ? null : response.json();
  }
  return {
    async openTask(caseNumber, name) {
      for (let i = 0; i < 100; i++) {
        const tasks = await call('GET', `/engine-rest/task?processInstanceBusinessKey=${encodeURIComponent(caseNumber)}&maxResults=20`);
        const task = tasks.find((t) => t.name === name);
        if (task) {
          return task;
        }
        await new Promise((r) => setTimeout(r, 300));
      }
      fail(`No open task "${name}" for ${caseNumber}`);
    },
    complete(task, variables) {
      const body = { variables: {} };
      Object.entries(variables).forEach(([k, v]) => { body.variables[k] = { value: v }; });
      return call('POST', `/engine-rest/task/${task.id}/complete`, body);
    }
  };
}

/** Reloads the page until the element's text matches, as a citizen would. */
async function reloadUntil(page, selector, pattern, seconds = 60) {
  const deadline = Date.now() + seconds * 1000;
  let text = '';
  while (Date.now() < deadline) {
    text = (await page.locator(selector).textContent()) || '';
    if (pattern.test(text)) {
      return text;
    }
    await page.waitForTimeout(1500);
    await page.reload();
  }
  fail(`${selector} did not reach ${pattern}, last "${text}"`);
}

/** Presses Tab until the focused element satisfies the test (keyboard-only use). */
async function tabTo(page, test, arg, description, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const ok = await page.evaluate(test, arg);
    if (ok) {
      return;
    }
  }
  fail(`Could not reach ${description} with the Tab key`);
}

module.exports = { launch, axe, screenshot, minimalPdf, clerk, reloadUntil, tabTo, fail, problems };
