/*
 * Admin configuration for "Antragsmanagement Thüringen".
 *
 * Overrides META-INF/resources/webjars/camunda/app/admin/scripts/config.js of
 * camunda-webapp-webjar 7.24.0 (our classpath entry wins). ES module, as shipped with
 * Camunda 7.24. The shipped file sets nothing; every option not set here keeps the
 * Camunda default.
 */

export default {
  // header and browser title show "<vendor> <name>"
  app: {
    name: 'Admin',
    vendor: 'Antragsmanagement Thüringen'
  },

  // German only, whatever the browser's language: the only available locale is the
  // fallback; app/admin/locales/de.json ships with the webjar
  locales: {
    availableLocales: ['de'],
    fallbackLocale: 'de'
  },

  // German date formats: Admin 7.24 does not read a dateFormat option (Tasklist does), so
  // this script sets them on the app's date filter (see the file)
  customScripts: ['scripts/antrag/german-dates']
};
