/*
 * Tasklist configuration for "Antragsmanagement Thüringen".
 *
 * Overrides META-INF/resources/webjars/camunda/app/tasklist/scripts/config.js of
 * camunda-webapp-webjar 7.24.0 (our classpath entry wins). The file is an ES module
 * (export default), as shipped with Camunda 7.24. Everything not set here keeps the
 * Camunda default; the shortcuts block below is the shipped default (key bindings
 * unchanged, descriptions translated to German).
 */

export default {
  // header and browser title show "<vendor> <name>"
  app: {
    name: 'Aufgaben',
    vendor: 'Antragsmanagement Thüringen'
  },

  // German only; app/tasklist/locales/de.json ships with the webjar
  locales: {
    availableLocales: ['de'],
    fallbackLocale: 'de'
  },

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
