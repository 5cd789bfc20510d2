/*
 * German validation messages for the form-js viewer 1.8, whose built-in messages are English. Each English message
 * of form-js 1.8.7's validator is mapped to a German sentence; anything unknown gets a general German hint, so no
 * English text ever reaches the citizen. Works in the browser (window.GermanFormMessages) and in Node (tests).
 */
(function (root) {
  'use strict';

  var RULES = [
    [/^Field is required\.$/, function (m, field) {
      return field && field.type === 'checkbox' ? 'Bitte bestätigen Sie dies, um fortzufahren.' : 'Bitte füllen Sie dieses Pflichtfeld aus.';
    }],
    [/^Field must match pattern /, function () {
      return 'Bitte prüfen Sie die Eingabe: Das Format stimmt nicht. Beachten Sie den Hinweis zum Feld.';
    }],
    [/^Field must have minimum value of (.+)\.$/, function (m) { return 'Der Wert muss mindestens ' + number(m[1]) + ' sein.'; }],
    [/^Field must have maximum value of (.+)\.$/, function (m) { return 'Der Wert darf höchstens ' + number(m[1]) + ' sein.'; }],
    [/^Field must have minimum length of (\d+)\.$/, function (m) { return 'Bitte geben Sie mindestens ' + m[1] + ' Zeichen ein.'; }],
    [/^Field must have maximum length of (\d+)\.$/, function (m) { return 'Bitte geben Sie höchstens ' + m[1] + ' Zeichen ein.'; }],
    [/^Field must be a valid\s+international phone number/, function () {
      return 'Bitte geben Sie eine Telefonnummer im internationalen Format an, zum Beispiel +49 361 123456.';
    }],
    [/^Field must be a valid email\.$/, function () { return 'Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@example.de.'; }],
    [/^Value is not a number\.$/, function () { return 'Bitte geben Sie eine Zahl ein.'; }],
    [/^Value is expected to be an integer\.$/, function () { return 'Bitte geben Sie eine ganze Zahl ohne Nachkommastellen ein.'; }],
    [/^Value is expected to have at most (\d+) decimal digits?\.$/, function (m) {
      return 'Bitte geben Sie höchstens ' + m[1] + (m[1] === '1' ? ' Nachkommastelle' : ' Nachkommastellen') + ' ein.';
    }],
    [/^Date and time must both be entered\.$/, function () { return 'Bitte geben Sie Datum und Uhrzeit an.'; }],
    [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, function (m) {
      return 'Bitte wählen Sie einen gültigen Wert. Die nächsten gültigen Werte sind ' + number(m[1]) + ' und ' + number(m[2]) + '.';
    }]
  ];

  function number(text) {
    return String(text).replace('.', ',');
  }

  /** The German message for one English form-js message; field is the form-js component (type, label), if known. */
  function translate(message, field) {
    for (var i = 0; i < RULES.length; i++) {
      var match = RULES[i][0].exec(message);
      if (match) {
        return RULES[i][1](match, field);
      }
    }
    return 'Bitte prüfen Sie diese Eingabe.';
  }

  /**
   * Makes a form-js Form answer in German: wraps its validator, so every message is German before form-js stores
   * and shows it (no English flashes up, screen readers read German). extra(fieldId, value), if given, returns
   * further messages for a field (the server's, as long as the value is the one the server refused).
   */
  function install(form, extra) {
    var validator = form.get('validator');
    var registry = form.get('formFieldRegistry');
    ['validateFieldInstance', 'validateField'].forEach(function (name) {
      var original = validator[name];
      if (typeof original !== 'function') {
        return;
      }
      validator[name] = function (target, value) {
        var errors = original.call(validator, target, value) || [];
        var field = target && target.type ? target : registry.get(target && target.id);
        var german = errors.map(function (m) { return translate(m, field); });
        return extra && field ? german.concat(extra(field.id, value)) : german;
      };
    });
  }

  /**
   * Messages form-js shows without its validator (e.g. of the date and time field): translated where they appear.
   */
  function observe(container) {
    function fix(root) {
      root.querySelectorAll('.fjs-form-field-error li').forEach(function (item) {
        var text = item.textContent;
        if (/^[A-Z][a-z].*[a-z.]$/.test(text) && !/[äöüß]/.test(text) && translate(text) !== 'Bitte prüfen Sie diese Eingabe.') {
          item.textContent = translate(text);
        }
      });
    }
    new MutationObserver(function () { fix(container); }).observe(container, { childList: true, subtree: true });
  }

  var api = { translate: translate, install: install, observe: observe };
  if (typeof module === 'object' && module.exports) {
    module.exports = api;
  } else {
    root.GermanFormMessages = api;
  }
})(typeof self !== 'undefined' ? self : this);
