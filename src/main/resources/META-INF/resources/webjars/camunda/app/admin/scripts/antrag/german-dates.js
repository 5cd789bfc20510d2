/*
 * German date formats for Admin ("Antragsmanagement Thüringen"), loaded through customScripts
 * in ../config.js before the app starts.
 *
 * Admin 7.24 has no configuration option for its date formats: its date filter (camDate) uses
 * the provider camDateFormat, which Admin fills with fixed values or the locale's defaults (the
 * shipped de.json says "D MMMM YYYY" and "DD/MM/YYYY"). A configuration block added to the app's
 * AngularJS module "cam.admin" runs after the app's own and sets German formats. If the module
 * is not there (another Camunda version), nothing happens and Admin keeps its formats.
 */
const FORMATS = {
  monthName: 'MMMM',
  day: 'DD',
  abbr: 'DD.MM.YY HH:mm',
  normal: 'DD.MM.YYYY HH:mm',
  long: 'dddd, D. MMMM YYYY, HH:mm [Uhr]',
  short: 'DD.MM.YYYY'
};

try {
  window.angular.module('cam.admin').config(['camDateFormatProvider', (provider) => {
    Object.keys(FORMATS).forEach((name) => provider.setDateFormat(FORMATS[name], name));
  }]);
} catch (e) {
  console.warn('German date formats not set:', e);
}
