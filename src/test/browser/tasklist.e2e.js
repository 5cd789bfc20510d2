// The clerk's Tasklist end to end in headless Chromium (issue 6, "Done means"): a clerk of Stadt Jena logs in with an
// English browser and gets the German Tasklist with the Jena filters and only Jena cases, opens a task whose form shows
// the case, opens the "Akte" tab (documents, mailbox, notes, history, audit trail), downloads a document, adds an
// internal note, and sees the case file page (axe-core: no WCAG 2.1 A/AA violation) and the statistics page. Cockpit
// and Admin are German for the administrator too. A clerk of Erfurt gets 403 for the Jena case file.
// Usage: node src/test/browser/tasklist.e2e.js http://localhost:8080
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createRequire } = require('module');
const { axe, screenshot, minimalPdf, fail, reloadUntil } = require('./lib');

const frontend = createRequire(path.join(process.env.PORTAL_FRONTEND_DIR || path.join(__dirname, '..', '..', 'main', 'frontend'), 'package.json'));
const { chromium } = frontend('playwright-core');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const baseUrl = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const JENA_FILTERS = ['Meine Aufgaben', 'Aufgaben meines Teams', 'Überfällig / heute fällig', 'Nachforderungen mit Antwort'];
const problems = [];

function expect(condition, message) {
  if (!condition) {
    fail(message);
  }
}

/** An English-speaking browser: the webapps must be German anyway. */
async function launch() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tasklist-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'en-US',
    timezoneId: 'Europe/Berlin',
    extraHTTPHeaders: { 'Accept-Language': 'en-US,en;q=0.9' },
    acceptDownloads: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync']
  });
  const watch = (page) => {
    page.on('pageerror', (error) => problems.push(`Script error on ${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text()) && !/\/camunda\//.test(page.url())) {
        problems.push(`CSP on ${page.url()}: ${message.text()}`);
      }
    });
  };
  context.on('page', watch);
  context.pages().forEach(watch);
  return { context, close: async () => { await context.close(); fs.rmSync(userDataDir, { recursive: true, force: true }); } };
}

async function submit(municipality, postalCode, city, lastName) {
  const response = await fetch(`${baseUrl}/api/v1/applications`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      serviceId: '10173', municipality,
      data: { firstName: 'Tessa', lastName, street: 'Löbdergraben', houseNumber: '12a', postalCode, city,
        licensePlate: 'J-TL 2026', vehicleHolder: 'self', declarationTruthful: true },
      attachments: [{ evidence: 'zulassungsbescheinigung', fileName: 'Fahrzeugschein.pdf',
        contentBase64: minimalPdf().toString('base64') }]
    })
  });
  const body = await response.text();
  expect(response.status === 201, `application in ${city} answered ${response.status}: ${body}`);
  return JSON.parse(body).caseNumber;
}

async function login(page, app, user, password) {
  // the webapps occasionally stay on their loading spinner in headless Chromium: reload, as a user would
  for (let attempt = 1; ; attempt++) {
    await page.goto(`${baseUrl}/camunda/app/${app}/default/`);
    try {
      await page.getByPlaceholder('Benutzername').waitFor({ timeout: 20000 });
      break;
    } catch (stillLoading) {
      if (attempt === 4) {
        fail(`${app} did not show its login after 4 attempts`);
      }
    }
  }
  await page.getByPlaceholder('Benutzername').fill(user);
  await page.getByPlaceholder('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

async function dateFormats(page) {
  return page.evaluate(() => {
    const format = window.angular.element(document.body).injector().get('camDateFormat');
    return { normal: format('normal'), short: format('short') };
  });
}

async function tasklist(context, jenaCase, erfurtCase, secondJenaCase) {
  const page = await context.newPage();
  await login(page, 'tasklist', 'jena.sb', 'Jena-Demo-1');
  try {
    await page.locator('.task-filter h4.name').first().waitFor({ timeout: 20000 });
  } catch (stillLoading) {
    await page.reload();
    await page.locator('.task-filter h4.name').first().waitFor({ timeout: 30000 });
  }
  await page.getByText('Aufgaben meines Teams').waitFor();

  // German, branded, German dates, whatever the browser says
  expect((await page.evaluate(() => navigator.language)) === 'en-US', 'the browser speaks English');
  const title = await page.title();
  expect(/Antragsmanagement Thüringen/.test(title), `title: ${title}`);
  expect(await page.getByText('Antragsmanagement Thüringen').first().isVisible(), 'brand in the header');
  expect(await page.getByText('Prozess starten').isVisible(), 'German navigation ("Prozess starten")');
  const formats = await dateFormats(page);
  expect(formats.normal === 'DD.MM.YYYY HH:mm' && formats.short === 'DD.MM.YYYY', `date formats ${JSON.stringify(formats)}`);

  // exactly the Jena filters
  const shown = (await page.locator('.task-filter h4.name a').evaluateAll((links) => links.map((a) =>
    Array.from(a.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim())));
  console.log(`filters: ${shown.join(' | ')}`);
  expect(JSON.stringify([...shown].sort()) === JSON.stringify([...JENA_FILTERS].sort()), `filters shown: ${shown}`);
  await screenshot(page, 'tasklist-01-filter');

  // only Jena cases in the team's list
  await page.getByText('Aufgaben meines Teams').click();
  const card = page.locator('.tasks-list .task', { hasText: jenaCase });
  await card.waitFor({ timeout: 20000 });
  const listText = await page.locator('ol.tasks-list').textContent();
  expect(!listText.includes(erfurtCase), `Erfurt case ${erfurtCase} in the Jena list`);
  expect(!/ERF-\d{4}-\d{6}/.test(listText), 'no Erfurt case number at all in the Jena list');
  expect(listText.includes('Bewohnerparkausweis'), 'service column');
  await screenshot(page, 'tasklist-02-team');

  // the task: its form shows the case
  await card.locator('a').first().click();
  await page.getByText(`Vorgang ${jenaCase}`).waitFor({ timeout: 20000 });
  const plate = await page.getByLabel('Amtliches Kennzeichen').inputValue();
  expect(plate === 'J-TL 2026', `licence plate in the form: ${plate}`);
  expect(await page.getByRole('link', { name: 'Akte öffnen' }).getAttribute('href') === `/akte/${jenaCase}`, 'form links the case file');
  await screenshot(page, 'tasklist-03-formular');

  // the "Akte" tab
  await page.getByRole('link', { name: 'Akte', exact: true }).click();
  const tab = page.locator('.antrag-akte');
  await tab.getByRole('heading', { name: `Vorgang ${jenaCase}` }).waitFor({ timeout: 20000 });
  const tabText = await tab.textContent();
  for (const part of ['Antragstellerin / Antragsteller', 'Angaben im Antrag', 'Dokumente', 'Postfach', 'Interne Notizen',
    'Verlauf', 'Protokoll', 'ANTRAG_EINGEREICHT', 'Antrag wird geprüft']) {
    expect(tabText.includes(part), `"${part}" in the Akte tab`);
  }
  // what the citizen typed is text, never markup
  expect(tabText.includes('Tasklist <b>fett</b>'), 'applicant name shown literally');
  expect(await tab.locator('b').count() === 0, 'no element made from the applicant\'s text');

  // a document link downloads the document
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    tab.getByRole('link', { name: 'Fahrzeugschein.pdf' }).click()
  ]);
  const file = await download.path();
  expect(fs.readFileSync(file).subarray(0, 5).toString('latin1') === '%PDF-', 'downloaded document is the PDF');
  console.log(`downloaded ${download.suggestedFilename()}`);

  // an internal note from the tab
  await tab.getByLabel('Neue interne Notiz').fill('Rückruf der Antragstellerin am Montag <i>wichtig</i>');
  await tab.getByRole('button', { name: 'Notiz speichern' }).click();
  await tab.locator('.antrag-akte-notes').getByText('Rückruf der Antragstellerin am Montag <i>wichtig</i>', { exact: true }).waitFor();
  expect(await tab.locator('i').count() === 0, 'the note is text, not markup');
  await screenshot(page, 'tasklist-04-akte-tab');

  // the open tab follows when the clerk selects another task
  await page.locator('.tasks-list .task', { hasText: secondJenaCase }).locator('a').first().click();
  await tab.getByRole('heading', { name: `Vorgang ${secondJenaCase}` }).waitFor({ timeout: 20000 });

  return page;
}

/** Opens the case's open task from the given filter, reloading until Tasklist lists it, and takes it over. */
async function openAndClaim(page, filter, caseNumber, taskName) {
  // Tasklist occasionally stays on its loading spinner in headless Chromium; like a user, reload and go on
  const deadline = Date.now() + 120000;
  for (;;) {
    try {
      await page.goto(`${baseUrl}/camunda/app/tasklist/default/`);
      const filterEntry = page.locator('.task-filter', { hasText: filter }).first();
      await filterEntry.waitFor({ timeout: 15000 });
      await filterEntry.locator('a').first().click();
      const card = page.locator('.tasks-list .task', { hasText: caseNumber }).filter({ hasText: taskName });
      await card.first().waitFor({ timeout: 5000 });
      await card.first().locator('a').first().click();
      break;
    } catch (notYet) {
      if (Date.now() > deadline) {
        fail(`"${taskName}" of ${caseNumber} did not appear in "${filter}"`);
      }
    }
  }
  await page.getByText(`Vorgang ${caseNumber}`).waitFor({ timeout: 20000 });
  await page.getByText('Diese Aufgabe übernehmen').click();
  await page.getByRole('button', { name: 'Abschließen' }).waitFor({ timeout: 20000 });
}

async function completeTask(page) {
  await page.getByRole('button', { name: 'Abschließen' }).click();
  await page.getByRole('button', { name: 'Abschließen' }).waitFor({ state: 'detached', timeout: 20000 });
}

/**
 * Issue 6, "Done means", second half: the clerk requests a missing document from the task form, the citizen answers
 * in the portal with an upload, the task comes back (filter "Nachforderungen mit Antwort", the answer in the "Akte"
 * tab), the clerk decides, and the notice appears. Service 10040 (a Gemeinde's permit, generic form) in Jena.
 */
async function documentRequest(context) {
  const response = await fetch(`${baseUrl}/api/v1/applications`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ serviceId: '10040', municipality: '16053000',
      data: { firstName: 'Nora', lastName: 'Nachreich', street: 'Markt', houseNumber: '1', postalCode: '07743',
        city: 'Jena', request: 'Bitte um die Genehmigung.', declarationTruthful: true } })
  });
  const submitted = JSON.parse(await response.text());
  expect(response.status === 201, `application 10040 in Jena answered ${response.status}`);
  const caseNumber = submitted.caseNumber;
  const token = submitted.trackingUrl.split('/').pop();
  console.log(`document request case: ${caseNumber}`);

  const page = await context.newPage();
  await openAndClaim(page, 'Aufgaben meines Teams', caseNumber, 'Formelle Prüfung');
  await page.getByLabel('Nein – Unterlagen bei der antragstellenden Person nachfordern').check();
  await page.getByLabel('Was fehlt?').fill('Lageplan im Maßstab 1:500');
  await screenshot(page, 'tasklist-07-nachforderung');
  await completeTask(page);

  // the citizen answers in the portal
  const citizen = await context.newPage();
  await citizen.goto(`${baseUrl}/portal/vorgang/${token}`);
  await reloadUntil(citizen, '#status', /Unterlagen nach/);
  await citizen.setInputFiles('#unterlagen', { name: 'Lageplan.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
  await citizen.getByLabel('Nachricht an die Behörde (freiwillig)').fill('Anbei der Lageplan.');
  await citizen.getByRole('button', { name: 'Unterlagen senden' }).click();
  await reloadUntil(citizen, '#status', /geprüft/);
  await citizen.close();

  // the task comes back with the answer
  await openAndClaim(page, 'Nachforderungen mit Antwort', caseNumber, 'Formelle Prüfung');
  await page.getByRole('link', { name: 'Akte', exact: true }).click();
  const tab = page.locator('.antrag-akte');
  await tab.getByRole('heading', { name: `Vorgang ${caseNumber}` }).waitFor({ timeout: 20000 });
  await tab.getByText('Lageplan.pdf').first().waitFor({ timeout: 20000 });
  expect((await tab.textContent()).includes('Anbei der Lageplan.'), "the citizen's message in the Akte tab");
  await screenshot(page, 'tasklist-08-antwort');
  await page.getByRole('link', { name: 'Formular', exact: true }).click();
  await page.getByLabel('Ja, vollständig – weiter zur inhaltlichen Prüfung').check();
  await completeTask(page);

  // review and decision
  await openAndClaim(page, 'Aufgaben meines Teams', caseNumber, 'Sachliche Prüfung');
  await page.getByLabel('Ja – weiter zur Entscheidung').check();
  await page.getByLabel('Gebühr in EUR nach Gebührenordnung').fill('0');
  await completeTask(page);
  await openAndClaim(page, 'Aufgaben meines Teams', caseNumber, 'Entscheidung');
  await page.getByLabel('Dem Antrag stattgeben').check();
  await completeTask(page);

  // the notice appears in the case file
  const caseFile = await context.newPage();
  await caseFile.goto(`${baseUrl}/akte/${caseNumber}`);
  await reloadUntil(caseFile, 'main', /Bescheid-JEN-\d{4}-\d{6}\.pdf/);
  const noticeLink = caseFile.getByRole('link', { name: /^Bescheid-JEN/ }).first();
  // what the link answers, for the failure message if no download comes (seen once under heavy load in CI)
  const answer = await caseFile.request.get(new URL(await noticeLink.getAttribute('href'), caseFile.url()).toString());
  expect(answer.status() === 200 && /attachment/.test(answer.headers()['content-disposition'] || ''),
    `notice link answered ${answer.status()} ${answer.headers()['content-disposition']}`);
  const [notice] = await Promise.all([caseFile.waitForEvent('download', { timeout: 90000 }), noticeLink.click()]);
  expect(fs.readFileSync(await notice.path()).subarray(0, 5).toString('latin1') === '%PDF-', 'the notice is a PDF');
  console.log(`notice ${notice.suggestedFilename()} after the answered document request`);
  await caseFile.close();
  await page.close();
}

async function caseFilePage(context, jenaCase, erfurtCase) {
  const page = await context.newPage();
  const response = await page.goto(`${baseUrl}/akte/${jenaCase}`);
  expect(response.status() === 200, `case file page answered ${response.status()}`);
  for (const part of ['Interne Notizen', 'Rückruf der Antragstellerin am Montag <i>wichtig</i>', 'NOTIZ_HINZUGEFUEGT', 'Fahrzeugschein.pdf']) {
    expect((await page.locator('main').textContent()).includes(part), `"${part}" on the case file page`);
  }
  await page.getByLabel('Neue Notiz').fill('Zweite Notiz von der Seite');
  await page.getByRole('button', { name: 'Notiz speichern' }).click();
  await page.waitForURL(new RegExp(`/akte/${jenaCase}#notizen$`));
  await page.locator('ol.notes').getByText('Zweite Notiz von der Seite', { exact: true }).waitFor();
  await axe(page, 'Akte');
  await screenshot(page, 'tasklist-05-akte-seite');

  const foreign = await page.goto(`${baseUrl}/akte/${erfurtCase}`);
  expect(foreign.status() === 403, `Erfurt case file for a Jena clerk answered ${foreign.status()}`);

  const statistics = await page.goto(`${baseUrl}/statistik`);
  expect(statistics.status() === 200, `statistics page answered ${statistics.status()}`);
  expect((await page.locator('h2').first().textContent()).includes('Stadt Jena'), 'statistics of Stadt Jena');
  await axe(page, 'Statistik');
  await screenshot(page, 'tasklist-06-statistik');
  await page.close();
}

async function cockpitAndAdminInGerman(context) {
  let page = await context.newPage();
  await login(page, 'cockpit', 'admin', 'Verwaltung-Demo-1');
  await page.getByRole('link', { name: 'Prozesse' }).first().waitFor({ timeout: 20000 });
  const formats = await dateFormats(page);
  expect(formats.normal === 'DD.MM.YYYY HH:mm:ss' && formats.short === 'DD.MM.YYYY', `Cockpit date formats ${JSON.stringify(formats)}`);
  expect(/Antragsmanagement Thüringen/.test(await page.title()), 'Cockpit branded');
  // Admin, with the same login
  await page.close();
  page = await context.newPage(); // a page of its own: the same login, no state left from Cockpit's single-page app
  // any visible "Benutzer" link (the first match in the DOM can be a hidden one of the collapsed menu); the app
  // occasionally stays on its loading spinner in headless Chromium: like a user, reload
  const adminDashboard = (timeout) => page.waitForFunction(() => Array.from(document.querySelectorAll('a')).some((a) =>
    a.textContent.trim() === 'Benutzer' && a.offsetParent !== null), null, { timeout });
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(`${baseUrl}/camunda/app/admin/default/`);
      await adminDashboard(20000);
      break;
    } catch (stillLoading) {
      if (attempt === 4) {
        fail('Admin did not show its dashboard after 4 attempts');
      }
    }
  }
  const adminFormats = await dateFormats(page);
  expect(adminFormats.normal === 'DD.MM.YYYY HH:mm' && adminFormats.short === 'DD.MM.YYYY', `Admin date formats ${JSON.stringify(adminFormats)}`);
  expect(/Antragsmanagement Thüringen/.test(await page.title()), 'Admin branded');
  await page.close();
}

(async () => {
  const stamp = Date.now().toString(36);
  const jenaCase = await submit('16053000', '07743', 'Jena', `Tasklist <b>fett</b>`);
  const secondJenaCase = await submit('16053000', '07743', 'Jena', `Zweitfall-${stamp}`);
  const erfurtCase = await submit('16051000', '99084', 'Erfurt', `Erfurt-${stamp}`);
  console.log(`cases: ${jenaCase}, ${secondJenaCase} (Jena), ${erfurtCase} (Erfurt)`);
  const browser = await launch();
  try {
    await tasklist(browser.context, jenaCase, erfurtCase, secondJenaCase);
    await caseFilePage(browser.context, jenaCase, erfurtCase);
    await documentRequest(browser.context);
  } finally {
    await browser.close();
  }
  const admin = await launch();
  try {
    await cockpitAndAdminInGerman(admin.context);
  } finally {
    await admin.close();
  }
  if (problems.length) {
    fail(`problems in the browser:\n  ${problems.join('\n  ')}`);
  }
  console.log('Tasklist browser test passed');
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
