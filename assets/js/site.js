/*
 * ipweek: the reading settings and the print button. First-party, no dependencies, loaded with "defer".
 *
 * Buttons declare what they do:
 *   <button data-pref="font" data-value="large" aria-pressed="false">大</button>          sets a setting
 *   <button data-pref="contrast" data-value="high" data-toggle="normal">高对比度</button>   switches it on and off
 *   <button data-action="print">打印本页</button>
 * A setting is a class on <html> (see PREFS), saved in localStorage so that it holds on every page of the site;
 * assets/js/prefs.js reads it back in <head> on the next page. aria-pressed always tells the current state.
 */
(function (doc) {
  'use strict';

  var root = doc.documentElement;

  // Setting name -> storage key, its values with the class each puts on <html> ('' for none), and the default.
  // Keep in step with assets/js/prefs.js.
  var PREFS = {
    font: { key: 'ipweek.font', values: { standard: '', large: 'font-large', xlarge: 'font-xlarge' }, initial: 'standard' },
    contrast: { key: 'ipweek.contrast', values: { normal: '', high: 'contrast-high' }, initial: 'normal' },
    article: { key: 'ipweek.articleText', values: { m: '', l: 'article-text-l', s: 'article-text-s' }, initial: 'm' }
  };

  function has(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key);
  }

  function current(name) {
    var pref = PREFS[name];
    for (var value in pref.values) {
      if (has(pref.values, value) && pref.values[value] && root.classList.contains(pref.values[value])) {
        return value;
      }
    }
    return pref.initial;
  }

  // Put the class of `value` on <html> and take the setting's other classes off.
  function show(pref, value) {
    for (var v in pref.values) {
      if (has(pref.values, v) && pref.values[v]) {
        if (v === value) {
          root.classList.add(pref.values[v]);
        } else {
          root.classList.remove(pref.values[v]);
        }
      }
    }
  }

  function save(pref, value) {
    try {
      if (value === pref.initial) {
        window.localStorage.removeItem(pref.key);
      } else {
        window.localStorage.setItem(pref.key, value);
      }
    } catch (e) {
      // Storage unavailable: the setting lasts for this page only.
    }
  }

  // Make every setting button's aria-pressed match the settings in force.
  function sync() {
    var buttons = doc.querySelectorAll('button[data-pref]');
    for (var i = 0; i < buttons.length; i++) {
      var name = buttons[i].getAttribute('data-pref');
      if (has(PREFS, name)) {
        var on = current(name) === buttons[i].getAttribute('data-value');
        buttons[i].setAttribute('aria-pressed', on ? 'true' : 'false');
      }
    }
  }

  function buttonOf(node) {
    while (node && node !== doc) {
      if (node.nodeName === 'BUTTON' && (node.hasAttribute('data-pref') || node.hasAttribute('data-action'))) {
        return node;
      }
      node = node.parentNode;
    }
    return null;
  }

  doc.addEventListener('click', function (event) {
    var button = buttonOf(event.target);
    if (!button) {
      return;
    }
    if (button.getAttribute('data-action') === 'print') {
      window.print();
      return;
    }
    var name = button.getAttribute('data-pref');
    var value = button.getAttribute('data-value');
    if (!has(PREFS, name) || !has(PREFS[name].values, value)) {
      return;
    }
    var off = button.getAttribute('data-toggle');
    if (off !== null && current(name) === value) {
      value = off;
    }
    show(PREFS[name], value);
    save(PREFS[name], value);
    sync();
  });

  // A setting changed in another tab of the site: follow it here too.
  window.addEventListener('storage', function (event) {
    for (var name in PREFS) {
      if (has(PREFS, name) && PREFS[name].key === event.key) {
        var value = event.newValue === null ? PREFS[name].initial : event.newValue;
        if (has(PREFS[name].values, value)) {
          show(PREFS[name], value);
          sync();
        }
      }
    }
  });

  sync();
}(document));
