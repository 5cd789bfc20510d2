// The citizen portal end to end in headless Chromium (issue 4, "Done means"): find the Bewohnerparkausweis by
// search, enter a Jena postcode, fill the form, upload a PDF, save a draft and resume it, submit (double click),
// get a case number, open the tracking link, see the status change after the clerk acts, pay on the e-payment
// page, download the notice. Then keyboard-only submission and the layout at 360 px. axe-core (WCAG 2.1 A/AA)
// must report zero violations on every page of ours; no CSP violation or script error may occur.
// Usage: node src/test/browser/portal.e2e.js http://localhost:8080
'use strict';
const { launch, axe, screenshot, minimalPdf, clerk, reloadUntil, tabTo, fail, problems } = require('./lib');

const baseUrl = (process.argv[2] || 'http://localhost:8080').replace(/\/$/, '');
const jena = clerk(baseUrl, 'jena.sb', 'Jena-Demo-1');

function expect(condition, message) {
  if (!condition) {
    fail(message);
  }
}

/** Clicks a form-js radio or checkbox until it is checked (form-js commits typed text with a short debounce). */
async function choose(locator) {
  for (let i = 0; i < 5; i++) {
    await locator.click();
    await locator.page().waitForTimeout(200);
    if (await locator.isChecked()) {
      return;
    }
  }
  fail('could not check ' + locator);
}

async function fillApplication(page, lastName) {
  await page.getByLabel('Vorname').fill('Jan');
  await page.getByLabel('Nachname').fill(lastName);
  await page.getByLabel('Straße').fill('Löbdergraben');
  await page.getByLabel('Hausnummer').fill('12a');
  await page.getByLabel('Postleitzahl').fill('07743');
  await page.getByLabel('Wohnort').fill('Jena');
  await page.getByLabel('E-Mail-Adresse (freiwillig)').fill('jan@example.org');
  await page.getByLabel('Amtliches Kennzeichen').fill('J-AB 123');
  await page.waitForTimeout(400);
  await choose(page.getByLabel('Ich bin Halterin/Halter des Fahrzeugs'));
  await choose(page.getByLabel('Ich versichere, dass meine Angaben vollständig und richtig sind.'));
}

async function citizenJourney(context) {
  const page = await context.newPage();
  const response = await page.goto(`${baseUrl}/portal`);
  const csp = response.headers()['content-security-policy'] || '';
  console.log(`CSP of the portal: ${csp}`);
  expect(/default-src 'self'/.test(csp) && !/unsafe-eval/.test(csp), `Unexpected CSP: ${csp}`);
  await axe(page, 'Startseite');
  await screenshot(page, '01-startseite');

  // find the service by search
  await page.getByLabel('Suchbegriff').fill('Bewohnerparkausweis');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await page.waitForURL(/\/portal\/suche/);
  await axe(page, 'Suchergebnis');
  await screenshot(page, '02-suche');
  await page.getByRole('link', { name: 'Bewohnerparkausweis' }).click();
  await page.waitForURL(/\/portal\/leistungen\/10173/);
  expect((await page.locator('h1').textContent()).includes('Bewohnerparkausweis'), 'service page heading');
  await axe(page, 'Leistungsseite');

  // a postcode that spans several municipalities offers a choice
  await page.getByLabel('Postleitzahl oder Wohnort').fill('07751');
  await page.getByRole('button', { name: 'Zuständigkeit anzeigen' }).click();
  await page.getByText('Zu Ihrer Eingabe gehören mehrere Gemeinden').waitFor();
  await axe(page, 'Leistungsseite mit Gemeindeauswahl');
  // the Jena postcode of the "Done means"
  await page.getByLabel('Postleitzahl oder Wohnort').fill('07743');
  await page.getByRole('button', { name: 'Zuständigkeit anzeigen' }).click();
  await page.locator('#behoerde').waitFor();
  expect((await page.locator('#behoerde').textContent()) === 'Stadt Jena', 'Stadt Jena is responsible');
  const fee = await page.locator('#gebuehr').textContent();
  expect(/Gebühr: 120,00\s€/.test(fee), `fee shown for Jena: ${fee}`);
  await axe(page, 'Leistungsseite mit Zuständigkeit');
  await screenshot(page, '03-leistung-zustaendigkeit');
  await page.getByRole('button', { name: 'Antrag online stellen' }).click();

  // the application form, rendered by form-js
  await page.locator('.fjs-form').waitFor();
  await axe(page, 'Antragsformular');
  await screenshot(page, '04-antrag');
  await page.getByRole('button', { name: 'Antrag absenden' }).click();
  await page.locator('#fehler-browser').waitFor();
  const errors = await page.locator('.fjs-form-field-error').allTextContents();
  expect(errors.length > 0 && errors.every((e) => !/Field|required|must/i.test(e)), `German messages only: ${errors}`);
  expect(errors.some((e) => e.includes('Bitte füllen Sie dieses Pflichtfeld aus.')), `German required message: ${errors}`);
  await axe(page, 'Antragsformular mit Fehlern');
  await screenshot(page, '05-antrag-fehler');

  await fillApplication(page, 'Musterfrau');
  // the server validates again: a postcode of Erfurt does not belong to Jena
  await page.getByLabel('Postleitzahl').fill('99084');
  await page.locator('#nachweis-zulassungsbescheinigung').setInputFiles({ name: 'fahrzeugschein.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
  await page.getByRole('button', { name: 'Antrag absenden' }).click();
  await page.locator('#fehler').waitFor();
  await page.locator('.fjs-form').waitFor();
  const serverError = await page.locator('.fjs-form-field-error').allTextContents();
  expect(serverError.some((e) => e.includes('gehört nicht zu Stadt Jena')), `server's field error next to the field: ${serverError}`);
  await axe(page, 'Antragsformular mit Fehlern des Servers');

  // save a draft and resume it with its link
  await page.getByLabel('Postleitzahl').fill('07743');
  await page.getByRole('button', { name: 'Entwurf speichern' }).click();
  await page.waitForURL(/\/portal\/entwurf\//);
  await page.locator('.fjs-form').waitFor();
  const draftLink = await page.locator('#entwurf-link').getAttribute('href');
  await axe(page, 'Entwurf');
  const resumed = await context.newPage();
  await resumed.goto(draftLink);
  await resumed.locator('.fjs-form').waitFor();
  expect((await resumed.getByLabel('Nachname').inputValue()) === 'Musterfrau', 'draft resumed with its data');
  expect((await resumed.getByLabel('Postleitzahl').inputValue()) === '07743', 'draft keeps the corrected postcode');
  await resumed.close();

  // submit, with a double click
  await page.locator('#nachweis-zulassungsbescheinigung').setInputFiles({ name: 'fahrzeugschein.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
  await page.getByRole('button', { name: 'Antrag absenden' }).dblclick();
  await page.waitForURL(/\/portal\/vorgang\/[A-Za-z0-9_-]{43}\/eingang$/);
  const caseNumber = (await page.locator('#aktenzeichen').textContent()).trim();
  expect(/^JEN-\d{4}-\d{6}$/.test(caseNumber), `case number ${caseNumber}`);
  console.log(`Submitted: ${caseNumber}`);
  await axe(page, 'Eingangsbestätigung');
  await screenshot(page, '06-eingang');
  const [receiptPdf] = await Promise.all([page.waitForEvent('download'), page.locator('#eingangsbestaetigung').click()]);
  const receiptBytes = require('fs').readFileSync(await receiptPdf.path());
  expect(receiptBytes.subarray(0, 5).toString() === '%PDF-', 'Eingangsbestätigung is a PDF');
  const trackingLink = await page.locator('#verfolgungslink').getAttribute('href');

  // the tracking page
  await page.goto(trackingLink);
  await reloadUntil(page, '#status', /Antrag wird geprüft/);
  await axe(page, 'Mein Antrag');
  await screenshot(page, '07-mein-antrag');

  // the clerk acts (Tasklist's engine REST API as jena.sb)
  await jena.complete(await jena.openTask(caseNumber, 'Formelle Prüfung'), { formalCheckPassed: true });
  await jena.complete(await jena.openTask(caseNumber, 'Sachliche Prüfung'), { reviewPassed: true });
  await reloadUntil(page, '#status', /Gebühr ist zu bezahlen/);
  await axe(page, 'Mein Antrag mit offener Gebühr');
  await screenshot(page, '08-gebuehr-offen');

  // pay on the e-payment page and come back
  await page.getByRole('button', { name: /Gebühr von 120,00\s€ jetzt bezahlen/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/portal/'));
  await screenshot(page, '09-epayment');
  const method = page.locator('input[name=method]').first();
  if (await method.count()) {
    await method.check();
  }
  await page.getByRole('button', { name: /Jetzt bezahlen/ }).click();
  // the platform sends the citizen straight back to "Mein Antrag"; where it cannot, it shows a link back
  await page.waitForURL((url) => url.pathname.startsWith('/portal/') || url.pathname.endsWith('/erfolgreich'));
  if (!/\/portal\/vorgang\//.test(page.url())) {
    await page.getByRole('link', { name: 'Zurück zu Ihrem Antrag' }).click();
  }
  await page.waitForURL(/\/portal\/vorgang\/[A-Za-z0-9_-]{43}/);
  await reloadUntil(page, '#status', /Entscheidung wird vorbereitet|Gebühr bezahlt/);

  await jena.complete(await jena.openTask(caseNumber, 'Entscheidung'), { approved: true, permitValidUntil: '2027-11-30' });
  await reloadUntil(page, '#status', /Antrag genehmigt/);
  await axe(page, 'Mein Antrag genehmigt');
  await screenshot(page, '10-genehmigt');
  const history = await page.locator('#verlauf li').allTextContents();
  expect(history.length >= 5, `status history: ${history}`);
  const [notice] = await Promise.all([page.waitForEvent('download'),
    page.locator('#dokumente a[data-title="Bescheid"]').first().click()]);
  const noticeBytes = require('fs').readFileSync(await notice.path());
  expect(noticeBytes.subarray(0, 5).toString() === '%PDF-', 'the notice is a PDF');
  console.log(`Notice downloaded: ${notice.suggestedFilename()} (${noticeBytes.length} bytes)`);
  await page.close();
}

async function keyboardOnly(context) {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/portal/leistungen/10173`);
  await tabTo(page, () => document.activeElement && document.activeElement.id === 'ort', null, 'the place field');
  await page.keyboard.type('07743');
  await page.keyboard.press('Enter');
  await page.locator('#behoerde').waitFor();
  await tabTo(page, () => document.activeElement && document.activeElement.textContent === 'Antrag online stellen', null, 'the apply button');
  await page.keyboard.press('Enter');
  await page.locator('.fjs-form').waitFor();

  const byLabel = (label) => {
    const el = document.activeElement;
    if (!el || !el.id) {
      return false;
    }
    const lab = document.querySelector(`label[for="${el.id}"]`);
    return !!lab && lab.textContent.replace('*', '').trim().startsWith(label);
  };
  const values = [['Vorname', 'Tastatur'], ['Nachname', 'Nutzerin'], ['Straße', 'Markt'], ['Hausnummer', '1'],
    ['Postleitzahl', '07743'], ['Wohnort', 'Jena'], ['Amtliches Kennzeichen', 'J-KB 42']];
  for (const [label, value] of values) {
    await tabTo(page, byLabel, label, label);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(value);
  }
  await tabTo(page, byLabel, 'Ich bin Halterin', 'the holder radio');
  await page.keyboard.press('Space');
  await tabTo(page, byLabel, 'Ich versichere', 'the declaration');
  await page.keyboard.press('Space');
  await tabTo(page, () => document.activeElement && document.activeElement.id === 'nachweis-zulassungsbescheinigung', null, 'the upload');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await chooser.setFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
  await tabTo(page, () => document.activeElement && document.activeElement.id === 'absenden', null, 'the submit button');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/eingang$/);
  const caseNumber = (await page.locator('#aktenzeichen').textContent()).trim();
  expect(/^JEN-\d{4}-\d{6}$/.test(caseNumber), `keyboard-only case number ${caseNumber}`);
  console.log(`Keyboard-only submission: ${caseNumber}`);
  await page.close();
}

async function narrowScreen(context) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 740 });
  for (const [name, url] of [['11-360px-startseite', '/portal'], ['12-360px-leistung', '/portal/leistungen/10173']]) {
    await page.goto(baseUrl + url);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width <= 360, `${url} is ${width}px wide at 360px`);
    await screenshot(page, name);
  }
  await page.getByLabel('Postleitzahl oder Wohnort').fill('07743');
  await page.getByRole('button', { name: 'Zuständigkeit anzeigen' }).click();
  await page.getByRole('button', { name: 'Antrag online stellen' }).click();
  await page.locator('.fjs-form').waitFor();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width <= 360, `application page is ${width}px wide at 360px`);
  await axe(page, 'Antragsformular bei 360 px');
  await screenshot(page, '13-360px-antrag');
  await page.close();
}

async function errorPages(context) {
  const page = await context.newPage();
  const response = await page.goto(`${baseUrl}/portal/vorgang/${'x'.repeat(43)}`);
  expect(response.status() === 404, `unknown token answers 404, got ${response.status()}`);
  const text = await page.locator('body').textContent();
  expect(!/Exception|at de\.|Whitelabel/.test(text), 'no stack trace on the error page');
  await axe(page, 'Fehlerseite');
  await page.close();
}

(async () => {
  const browser = await launch();
  let failed = false;
  try {
    await citizenJourney(browser.context);
    await keyboardOnly(browser.context);
    await narrowScreen(browser.context);
    await errorPages(browser.context);
    if (problems.length) {
      fail(`Problems in the browser:\n  ${problems.join('\n  ')}`);
    }
    console.log('Browser tests: 4 passed, 0 failed');
  } catch (e) {
    failed = true;
    console.error(e.stack || e.message);
    for (const [i, p] of browser.context.pages().entries()) {
      console.error(`open page ${i}: ${p.url()}`);
      await screenshot(p, `failure-${i}`).catch(() => {});
    }
    console.log('Browser tests: failed');
  } finally {
    await browser.close();
  }
  process.exit(failed ? 1 : 0);
})();
