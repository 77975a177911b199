/* Sends a milestone form as JSON with its Idempotency-Key and CSRF token and shows the API's answer next to the fields. */
(function () {
  'use strict';

  function csrfToken() {
    var match = /(?:^|;\s*)ta_csrf=([^;]*)/.exec(document.cookie);
    return match ? decodeURIComponent(match[1]) : '';
  }

  function valueOf(input) {
    var kind = input.getAttribute('data-kind');
    if (kind === 'checkbox') return input.checked;
    if (input.multiple) return Array.prototype.map.call(input.selectedOptions, function (o) { return o.value; });
    var raw = input.value.trim();
    if (raw === '') return undefined;
    if (kind === 'number') return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    if (kind === 'lines') return raw.split('\n').map(function (line) { return line.trim(); }).filter(Boolean);
    return raw;
  }

  function bodyOf(form) {
    var body = {};
    form.querySelectorAll('[data-field]').forEach(function (input) {
      var name = input.getAttribute('data-field');
      var value = valueOf(input);
      var initial = input.getAttribute('data-initial');
      if (initial === 'null' && input.getAttribute('data-kind') === 'checkbox') initial = 'false';
      if (initial !== null) {
        if (JSON.stringify(value === undefined ? null : value) === initial) return;
        if (value === undefined) value = null;
      } else if (value === undefined || value === false) {
        return;
      }
      var path = name.split('.');
      var target = body;
      path.slice(0, -1).forEach(function (key) { target = target[key] = target[key] || {}; });
      target[path[path.length - 1]] = value;
    });
    if (form.querySelector('[data-initial]') && !body.changes) body.changes = {};
    return body;
  }

  function errorSlot(form, field) {
    var candidates = [field, field.split('.').slice(0, 2).join('.'), field.split('.')[0]];
    for (var i = 0; i < candidates.length; i++) {
      var slot = form.querySelector('[data-error-for="' + candidates[i] + '"]');
      if (slot) return slot;
    }
    return null;
  }

  /** A blank field gets every rule the API checks; "should not be empty" says it best. */
  function relevant(input, messages) {
    var blank = input && !input.multiple && input.type !== 'checkbox' && input.value.trim() === '';
    var missing = messages.filter(function (message) { return /not be empty|must be one of|formatted/.test(message); });
    return blank && missing.length > 0 ? missing.slice(0, 1) : messages;
  }

  function clearErrors(form, summary) {
    form.querySelectorAll('.field-error').forEach(function (slot) { slot.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach(function (input) { input.removeAttribute('aria-invalid'); });
    summary.hidden = true;
    summary.textContent = '';
  }

  function showErrors(form, summary, answer, status) {
    var errors = Array.isArray(answer.errors) ? answer.errors.slice() : [];
    if (status === 404 && errors.length === 0 && form.querySelector('[data-error-for="country"]')) {
      errors.push({ field: 'country', messages: [answer.message] });
    }
    var general = [];
    var first = null;
    errors.forEach(function (error) {
      var slot = errorSlot(form, error.field);
      if (!slot) { general.push(error.messages.join('; ')); return; }
      var input = document.getElementById(slot.id.replace(/-error$/, ''));
      slot.textContent = (slot.textContent ? slot.textContent + '; ' : '') + relevant(input, error.messages).join('; ');
      if (input) { input.setAttribute('aria-invalid', 'true'); first = first || input; }
    });
    if (errors.length === 0) general.push(answer.message || 'The milestone could not be logged (HTTP ' + status + ').');
    if (first) general.unshift('Nothing was logged: please correct the highlighted fields.');
    summary.textContent = general.join(' ');
    summary.hidden = false;
    (first || summary).focus();
  }

  function showSuccess(form, success, answer) {
    var country = answer.country || (answer.countries || [])[0] || (form.querySelector('[data-route="country"]') || {}).value;
    var link = document.createElement('a');
    link.href = form.getAttribute('data-timeline').replace('%7Bcountry%7D', country || '') + '#event-' + answer.eventId;
    link.textContent = 'See it on the timeline';
    var again = document.createElement('a');
    again.href = window.location.pathname + window.location.search;
    again.textContent = 'Log another';
    success.textContent = 'Logged. ';
    if (country) { success.appendChild(link); success.appendChild(document.createTextNode(' · ')); }
    success.appendChild(again);
    success.hidden = false;
    success.focus();
  }

  function setup(form) {
    var summary = document.getElementById('form-summary');
    var success = document.getElementById('form-success');
    var button = form.querySelector('button[type="submit"]');
    var busy = false;

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (busy) return;
      busy = true;
      button.disabled = true;
      clearErrors(form, summary);
      var countryInput = form.querySelector('[data-route="country"]');
      var headers = {
        'Content-Type': 'application/json',
        'Idempotency-Key': form.getAttribute('data-idempotency-key'),
        'X-CSRF-Token': csrfToken()
      };
      if (countryInput && !countryInput.value) {
        busy = false;
        button.disabled = false;
        showErrors(form, summary, { errors: [{ field: 'country', messages: ['Choose a country'] }] }, 400);
        return;
      }
      var endpoint = form.getAttribute('data-endpoint').replace('{country}', encodeURIComponent(countryInput ? countryInput.value : ''));
      fetch(endpoint, { method: 'POST', headers: headers, credentials: 'same-origin', body: JSON.stringify(bodyOf(form)) })
        .then(function (response) {
          return response.json().catch(function () { return {}; }).then(function (answer) {
            if (response.status === 201 || response.status === 200) {
              form.setAttribute('data-logged', 'true');
              showSuccess(form, success, answer);
              return;
            }
            busy = false;
            button.disabled = false;
            showErrors(form, summary, answer, response.status);
          });
        })
        .catch(function () {
          busy = false;
          button.disabled = false;
          showErrors(form, summary, { message: 'The server could not be reached; nothing was logged. Try again.' }, 0);
        });
    });
  }

  document.querySelectorAll('form[data-command]').forEach(setup);
})();
