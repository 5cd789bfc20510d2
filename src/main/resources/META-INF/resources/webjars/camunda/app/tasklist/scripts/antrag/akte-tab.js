/*
 * Tasklist plugins of "Antragsmanagement Thüringen" (loaded through customScripts in ../config.js):
 *
 * 1. "Akte" – a tab beside the task form (plugin point tasklist.task.detail) with the case the task works on:
 *    applicant, submitted data, every document (download links), the mailbox, internal notes (with a form to add
 *    one), the status history and the audit trail. The case number is the task's variable "caseNumber" (else the
 *    business key of its process instance); the case comes from GET /api/v1/cases/{caseNumber}, which answers with
 *    the Tasklist login for clerks of the responsible authority only.
 * 2. "Statistik" – a link in the header to the statistics page (plugin point tasklist.navbar.action).
 *
 * Every text from the server is put into the page with textContent / text nodes, never as HTML: what a citizen typed
 * stays text. Links point only to this application's own case file paths.
 */
const CASE_API = '/api/v1/cases/';
const SCRIPTED_REQUEST_HEADER = 'X-Antrag-Request';
const GERMAN_TIME = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Berlin'
});

/** An element with attributes and children; children are nodes or text (never parsed as HTML). */
function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value !== null && value !== undefined && value !== false) {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  });
  children.flat().forEach((child) => {
    if (child === null || child === undefined) {
      return;
    }
    element.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return element;
}

function time(value) {
  return value ? GERMAN_TIME.format(new Date(value)) : '–';
}

function kilobytes(bytes) {
  return (bytes / 1024).toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }) + ' KB';
}

/** Only links to our own case file (documents and attachments). */
function ownLink(url) {
  return typeof url === 'string' && /^\/akte\/[A-Za-z0-9-]+\/dokumente\/\d+$/.test(url) ? url : null;
}

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    const error = new Error(`${response.status}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

/** The case number of the task: its variable "caseNumber", else the business key of its process instance. */
async function caseNumberOf(api, taskId) {
  const base = `${api.engineApi}/task/${encodeURIComponent(taskId)}`;
  try {
    const variables = await getJson(`${base}/form-variables?variableNames=caseNumber&deserializeValues=false`);
    if (variables.caseNumber && typeof variables.caseNumber.value === 'string') {
      return variables.caseNumber.value;
    }
  } catch (e) {
    // fall back to the business key
  }
  const task = await getJson(base);
  if (!task.processInstanceId) {
    return null;
  }
  const instance = await getJson(`${api.engineApi}/process-instance/${encodeURIComponent(task.processInstanceId)}`);
  return instance.businessKey || null;
}

function section(title, id, ...content) {
  return el('section', { class: 'antrag-akte-section', 'aria-labelledby': id },
    el('h3', { id }, title), ...content);
}

function table(headers, rows, caption) {
  return el('table', { class: 'table table-condensed' },
    caption ? el('caption', { class: 'sr-only' }, caption) : null,
    el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c) => el('td', {}, c))))));
}

function noteForm(caseFile, idPrefix, reload) {
  const textId = `${idPrefix}-note-text`;
  const statusId = `${idPrefix}-note-status`;
  const text = el('textarea', { id: textId, class: 'form-control', rows: 3, maxlength: 4000, required: true });
  const status = el('p', { id: statusId, role: 'status', class: 'help-block' });
  const button = el('button', { type: 'submit', class: 'btn btn-default' }, 'Notiz speichern');
  const form = el('form', { class: 'antrag-note-form' },
    el('label', { for: textId }, 'Neue interne Notiz'), text, button, status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    status.textContent = 'Wird gespeichert …';
    try {
      const response = await fetch(`${CASE_API}${encodeURIComponent(caseFile.caseNumber)}/notes`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', [SCRIPTED_REQUEST_HEADER]: '1' },
        body: JSON.stringify({ text: text.value })
      });
      if (response.ok) {
        status.textContent = 'Notiz gespeichert.';
        await reload();
        return;
      }
      const problem = await response.json().catch(() => ({}));
      status.textContent = problem.message || `Die Notiz wurde nicht gespeichert (${response.status}).`;
    } catch (e) {
      status.textContent = 'Die Notiz wurde nicht gespeichert (keine Verbindung).';
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

function renderCase(container, caseFile, idPrefix, reload) {
  const id = (name) => `${idPrefix}-${name}`;
  const pageLink = el('a', { href: `/akte/${encodeURIComponent(caseFile.caseNumber)}`, target: '_blank', rel: 'noopener' },
    'Akte als eigene Seite öffnen');
  const documents = caseFile.documents.length === 0 ? el('p', {}, 'Keine Dokumente.')
    : el('ul', { class: 'antrag-akte-documents' }, caseFile.documents.map((d) => el('li', {},
      ownLink(d.url) ? el('a', { href: ownLink(d.url), download: true }, d.fileName) : d.fileName,
      ` (${d.kindText}, ${kilobytes(d.sizeBytes)}, ${time(d.createdAt)})`)));
  const messages = caseFile.messages.length === 0 ? el('p', {}, 'Keine Nachrichten.')
    : el('ul', { class: 'list-unstyled' }, caseFile.messages.map((m) => el('li', { class: 'antrag-akte-message' },
      el('strong', {}, m.subject),
      el('div', { class: 'text-muted' }, `${time(m.createdAt)}, ${m.directionText}`),
      el('div', { class: 'antrag-akte-text' }, m.body),
      ownLink(m.documentUrl) ? el('a', { href: ownLink(m.documentUrl), download: true }, 'Anhang herunterladen') : null)));
  const notes = caseFile.notes.length === 0 ? el('p', {}, 'Noch keine Notizen.')
    : el('ol', { class: 'antrag-akte-notes' }, caseFile.notes.map((n) => el('li', {},
      el('div', { class: 'text-muted' }, `${time(n.createdAt)}, ${n.author}`),
      el('div', { class: 'antrag-akte-text' }, n.text))));

  container.replaceChildren(
    el('div', { class: 'antrag-akte-head' },
      el('h2', {}, `Vorgang ${caseFile.caseNumber}`),
      el('p', {}, `${caseFile.service} · ${caseFile.authority}`),
      el('p', {}, el('strong', {}, caseFile.statusText), `, eingegangen am ${time(caseFile.submittedAt)}`),
      el('p', {}, pageLink)),
    section('Antragstellerin / Antragsteller', id('applicant'),
      el('dl', { class: 'dl-horizontal' },
        el('dt', {}, 'Name'), el('dd', {}, caseFile.applicant.name),
        el('dt', {}, 'Anschrift'), el('dd', {}, caseFile.applicant.address),
        el('dt', {}, 'E-Mail'), el('dd', {}, caseFile.applicant.email || '–'),
        el('dt', {}, 'Telefon'), el('dd', {}, caseFile.applicant.phone || '–'))),
    section('Angaben im Antrag', id('data'),
      table(['Feld', 'Angabe'], caseFile.data.map((f) => [f.label, f.value]), 'Angaben im Antrag')),
    section('Dokumente', id('documents'), documents),
    section('Postfach', id('mailbox'), messages),
    section('Interne Notizen', id('notes'),
      el('p', { class: 'text-muted' }, 'Nur für die Sachbearbeitung dieser Behörde sichtbar.'),
      notes, noteForm(caseFile, idPrefix, reload)),
    section('Verlauf', id('history'),
      table(['Zeitpunkt', 'Stand', 'durch'], caseFile.history.map((h) => [time(h.at), h.text, h.actor]), 'Verlauf')),
    section('Protokoll', id('audit'),
      table(['Zeitpunkt', 'wer', 'was', 'Details'],
        caseFile.audit.map((a) => [time(a.at), a.actor, a.action, a.detail || '']), 'Protokoll')));
}

function message(container, text) {
  container.replaceChildren(el('p', { class: 'antrag-akte-message', role: 'status' }, text));
}

async function showCase(container, api, taskId, idPrefix) {
  message(container, 'Akte wird geladen …');
  let caseNumber;
  try {
    caseNumber = await caseNumberOf(api, taskId);
  } catch (e) {
    message(container, 'Die Aufgabe konnte nicht gelesen werden.');
    return;
  }
  if (!caseNumber) {
    message(container, 'Diese Aufgabe gehört zu keinem Vorgang.');
    return;
  }
  const reload = async () => {
    try {
      const caseFile = await getJson(`${CASE_API}${encodeURIComponent(caseNumber)}`);
      renderCase(container, caseFile, idPrefix, reload);
    } catch (e) {
      message(container, e.status === 403 ? 'Keine Berechtigung für diese Akte.'
        : e.status === 404 ? `Akte ${caseNumber} nicht gefunden.`
          : e.status === 401 ? 'Bitte melden Sie sich erneut an.'
            : 'Die Akte konnte nicht geladen werden.');
    }
  };
  await reload();
}

let instances = 0;

/** The tab's stylesheet, next to this file (same origin, allowed by the webapps' CSP). */
function addStylesheet() {
  if (document.getElementById('antrag-akte-css')) {
    return;
  }
  const link = el('link', { id: 'antrag-akte-css', rel: 'stylesheet', href: new URL('akte-tab.css', import.meta.url).href });
  document.head.appendChild(link);
}

const caseFileTab = {
  id: 'antrag.akte',
  pluginPoint: 'tasklist.task.detail',
  // after the form (Tasklist's own form tab has a higher priority), before history and diagram
  priority: 950,
  properties: { label: 'Akte' },
  render(node, { api, taskId }, scope) {
    addStylesheet();
    instances += 1;
    const idPrefix = `antrag-akte-${instances}`;
    const container = el('div', { class: 'antrag-akte', 'aria-live': 'polite' });
    node.appendChild(container);
    let shown = taskId;
    showCase(container, api, taskId, idPrefix);
    // the tab can stay open while the clerk selects another task: follow it
    if (scope && typeof scope.$watch === 'function') {
      scope.$watch('task.id', (current) => {
        if (current && current !== shown) {
          shown = current;
          showCase(container, api, current, idPrefix);
        }
      });
    }
  }
};

const statisticsLink = {
  id: 'antrag.statistik',
  pluginPoint: 'tasklist.navbar.action',
  priority: 10,
  render(node) {
    addStylesheet();
    node.appendChild(el('a', { href: '/statistik', target: '_blank', rel: 'noopener', class: 'antrag-statistik-link' },
      'Statistik'));
  }
};

export default [caseFileTab, statisticsLink];
