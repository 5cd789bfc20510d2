/*
 * Tasklist configuration for "Antragsmanagement Thüringen".
 *
 * Overrides META-INF/resources/webjars/camunda/app/tasklist/scripts/config.js of
 * camunda-webapp-webjar 7.24.0 (our classpath entry wins). The file is an ES module
 * (export default), as shipped with Camunda 7.24. Everything not set here keeps the
 * Camunda default; the shortcuts block below is the shipped default (key bindings
 * unchanged, descriptions translated to German).
 *
 * customScripts are loaded by Tasklist with import() from app/tasklist/<path>.js; their
 * default export is a plugin (or a list of plugins) with id, pluginPoint, priority,
 * render(node, { api, taskId }) and properties.label.
 */

export default {
  // header and browser title show "<vendor> <name>"
  app: {
    name: 'Aufgaben',
    vendor: 'Antragsmanagement Thüringen'
  },

  // German only, whatever the browser's language: the only available locale is the
  // fallback; app/tasklist/locales/de.json ships with the webjar
  locales: {
    availableLocales: ['de'],
    fallbackLocale: 'de'
  },

  // German date formats (moment.js); the shipped German locale file would give
  // "29 November 2026 14:05" and "29/11/2026"
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD.MM.YY HH:mm',
    normal: 'DD.MM.YYYY HH:mm',
    long: 'dddd, D. MMMM YYYY, HH:mm [Uhr]',
    short: 'DD.MM.YYYY'
  },

  // the "Akte" tab beside the task form (plugin point tasklist.task.detail) and the
  // link to the statistics page in the header (tasklist.navbar.action)
  customScripts: ['scripts/antrag/akte-tab'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'übernimmt die ausgewählte Aufgabe'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'setzt den Fokus auf den ersten Filter der Liste'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'setzt den Fokus auf die erste Aufgabe der Liste'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'setzt den Fokus auf das erste Eingabefeld im Aufgabenformular'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'öffnet den Dialog zum Starten eines Prozesses'
    }
  }
};
