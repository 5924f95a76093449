/**
 * The browser snippet for landing pages, served as /v1/snippet.js. It
 * reads `alg_ref` from the page URL and keeps the first and the latest
 * reference in a first-party cookie (`alg_ref`, Path=/, SameSite=Lax,
 * Secure on https, for the days in the script tag's data-days attribute,
 * 30 by default). A page reports a conversion with
 * `algTrack('registration', { email, name, value })` (calls made before
 * the script loaded are queued in `window.algTrack` as arrays), or by a
 * form with `data-alg-conversion="<kind>"` whose `email` and `name` fields
 * are sent on submit. The body is JSON sent as text/plain, so browsers
 * send it without a CORS preflight, and with keepalive, so it survives
 * the page being left.
 */
export const CONVERSION_SNIPPET = String.raw`(function () {
  'use strict';
  var script = document.currentScript;
  var base = script && script.src ? script.src : location.href;
  var endpoint = new URL('/v1/conversions', base).href;
  var days = Number(script && script.getAttribute('data-days')) || 30;
  var COOKIE = 'alg_ref';
  var REF = /^[0-9A-Za-z]{8,32}(\.[0-9A-Za-z]{8,32})?$/;

  function readTouch() {
    var parts = document.cookie ? document.cookie.split(/;\s*/) : [];
    for (var i = 0; i < parts.length; i++) {
      if (parts[i].indexOf(COOKIE + '=') !== 0) continue;
      try {
        var touch = JSON.parse(decodeURIComponent(parts[i].slice(COOKIE.length + 1)));
        if (touch && REF.test(touch.f) && REF.test(touch.l)) return touch;
      } catch (e) {}
    }
    return null;
  }

  function writeTouch(touch) {
    document.cookie = COOKIE + '=' + encodeURIComponent(JSON.stringify(touch)) +
      '; Max-Age=' + Math.round(days * 86400) + '; Path=/; SameSite=Lax' +
      (location.protocol === 'https:' ? '; Secure' : '');
  }

  var touch = readTouch();
  var incoming = new URLSearchParams(location.search).getAll('alg_ref').pop();
  if (incoming && REF.test(incoming)) {
    touch = { f: touch ? touch.f : incoming, l: incoming, t: Date.now() };
    writeTouch(touch);
  }

  function convert(kind, details) {
    details = details || {};
    if (!touch) return Promise.resolve({ sent: false, reason: 'no alg_ref on this visit or in the cookie' });
    var body = { ref: touch.l, kind: kind };
    if (touch.f !== touch.l) body.firstRef = touch.f;
    if (details.email) body.email = String(details.email);
    if (details.name) body.name = String(details.name);
    if (typeof details.value === 'number') body.value = details.value;
    return fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify(body),
      keepalive: true,
      credentials: 'omit',
      mode: 'cors'
    }).then(function (response) {
      return response.json().then(function (result) {
        result.sent = response.ok;
        result.status = response.status;
        return result;
      });
    });
  }

  function field(form, name) {
    var element = form.elements && form.elements.namedItem ? form.elements.namedItem(name) : null;
    return element && 'value' in element ? element.value : undefined;
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var kind = form && form.getAttribute ? form.getAttribute('data-alg-conversion') : null;
    if (kind) convert(kind, { email: field(form, 'email'), name: field(form, 'name') });
  }, true);

  var queued = Array.isArray(window.algTrack) ? window.algTrack : [];
  var api = function (kind, details) { return convert(kind, details); };
  api.reference = function () { return touch ? { first: touch.f, last: touch.l } : null; };
  window.algTrack = api;
  for (var q = 0; q < queued.length; q++) api.apply(null, queued[q]);
})();
`;
