/*
 * The application page: renders the service's Camunda start form with the form-js viewer, in German, shows the
 * server's field errors next to the fields, and sends the form data as JSON together with the evidence files.
 */
(function () {
  'use strict';

  var container = document.getElementById('antragsformular');
  var htmlForm = document.getElementById('antrag');
  if (!container || !htmlForm || !window.FormViewer) {
    return;
  }
  var form = null;
  var componentIdByKey = {};
  var labelByKey = {};

  function parse(text, fallback) {
    try {
      return text ? JSON.parse(text) : fallback;
    } catch (e) {
      return fallback;
    }
  }

  function collect(components) {
    (components || []).forEach(function (c) {
      if (c.key) {
        componentIdByKey[c.key] = c.id;
        labelByKey[c.key] = c.label || c.key;
      }
      collect(c.components);
    });
  }

  function fieldElement(componentId) {
    var prefix = 'fjs-form-' + form._id + '-' + componentId;
    return document.getElementById(prefix) || container.querySelector('[id^="' + prefix + '"]');
  }

  /** The error summary above the form: German messages linked to their fields (WCAG 3.3.1). */
  function showSummary(errors) {
    var box = document.getElementById('fehler-browser');
    var list = document.getElementById('fehlerliste-browser');
    list.textContent = '';
    errors.forEach(function (e) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '#' + e.target;
      link.textContent = e.label + ': ' + e.message;
      link.addEventListener('click', function (event) {
        event.preventDefault();
        var target = document.getElementById(e.target);
        if (target) {
          target.focus();
        }
      });
      item.appendChild(link);
      list.appendChild(item);
    });
    box.hidden = errors.length === 0;
    if (errors.length) {
      box.focus();
    }
  }

  function formErrors(errorsById) {
    var result = [];
    Object.keys(componentIdByKey).forEach(function (key) {
      var id = componentIdByKey[key];
      var messages = errorsById[id];
      if (messages && messages.length) {
        var element = fieldElement(id);
        result.push({ target: element ? element.id : 'antragsformular', label: labelByKey[key], message: messages[0] });
      }
    });
    return result;
  }

  function fileErrors() {
    var result = [];
    htmlForm.querySelectorAll('input[type=file][data-required=true]').forEach(function (input) {
      if (!input.files || input.files.length === 0) {
        result.push({ target: input.id, label: input.getAttribute('data-label'), message: 'Bitte laden Sie diesen Nachweis hoch.' });
      }
    });
    return result;
  }

  async function render() {
    var response = await fetch(container.getAttribute('data-schema-url'), { credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error('form not available');
    }
    var schema = await response.json();
    collect(schema.components);
    var data = parse(container.getAttribute('data-form-data'), {});
    var loading = document.getElementById('formular-laedt');
    if (loading) {
      loading.remove();
    }
    // the server's field errors stay next to their fields until the citizen changes the value it refused
    var serverErrors = parse(container.getAttribute('data-field-errors'), {});
    var serverErrorById = {};
    Object.keys(serverErrors).forEach(function (key) {
      if (componentIdByKey[key]) {
        serverErrorById[componentIdByKey[key]] = { message: serverErrors[key], value: data[key] };
      }
    });
    function serverError(fieldId, value) {
      var error = serverErrorById[fieldId];
      return error && value === error.value ? [error.message] : [];
    }
    form = new window.FormViewer.Form({ container: container, properties: { ariaLabel: 'Antragsformular' } });
    window.GermanFormMessages.install(form, serverError);
    window.GermanFormMessages.observe(container);
    await form.importSchema(schema, data);
    // Enter in a field checks the form instead of sending it
    form.on('submit', function () {});

    var errorsById = {};
    Object.keys(serverErrorById).forEach(function (id) {
      errorsById[id] = [serverErrorById[id].message];
    });
    if (Object.keys(errorsById).length) {
      form._setState({ errors: errorsById });
      setTimeout(function () { form.validate(); }, 0);
      var summary = document.getElementById('fehler');
      if (summary) {
        var list = document.getElementById('fehlerliste');
        formErrors(errorsById).forEach(function (e) {
          var item = document.createElement('li');
          var link = document.createElement('a');
          link.href = '#' + e.target;
          link.textContent = e.label + ': ' + e.message;
          item.appendChild(link);
          list.appendChild(item);
        });
        summary.focus();
      }
    }
  }

  var sending = false;
  htmlForm.addEventListener('submit', function (event) {
    if (!form) {
      event.preventDefault();
      return;
    }
    var draft = event.submitter && event.submitter.value === 'entwurf';
    var state = form._getState();
    if (!draft) {
      var result = form.submit();
      var errors = formErrors(result.errors || {}).concat(fileErrors());
      if (errors.length) {
        event.preventDefault();
        showSummary(errors);
        return;
      }
      document.getElementById('formulardaten').value = JSON.stringify(result.data);
    } else {
      document.getElementById('formulardaten').value = JSON.stringify(state.data || {});
    }
    if (sending) {
      // a second click while the first is on its way: the idempotency key makes it harmless, but there is no need
      event.preventDefault();
      return;
    }
    sending = true;
    // the submitter's name/value must still be sent, so the buttons are disabled only after this event
    setTimeout(function () {
      htmlForm.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
    }, 0);
  });

  render().catch(function () {
    container.textContent = 'Das Formular konnte nicht geladen werden. Bitte laden Sie die Seite neu.';
  });
})();
