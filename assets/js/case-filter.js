/*
 * ipweek: combines facets on the case library (/anli/) and the GI exhibition (/dlbz/). First-party, no dependencies,
 * loaded with "defer". Without it those pages still work: their facet links lead to one page per facet value.
 *
 *   <form data-filter-for="case-library" data-filter-noun="案例" data-filter-unit="件" hidden> <select name="leixing"> …
 *   <div id="case-library">
 *     <section data-filter-group> <li data-filter-item data-filter-leixing="trademark copyright" …> … </section>
 *     <p data-filter-empty hidden>…</p>
 *   </div>
 *
 * An item is shown when, for every select with a value, its data-filter-<name> lists that value. Each option shows how
 * many items it would leave given the other choices; options that would leave none are disabled. The choice is kept
 * in the address (#leixing=trademark&nian=2025), so it can be bookmarked and shared, and the back button restores it.
 */
(function (doc, win) {
  'use strict';

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  function setUp(form) {
    var target = doc.getElementById(form.getAttribute('data-filter-for'));
    if (!target) {
      return;
    }
    var noun = form.getAttribute('data-filter-noun') || '';
    var unit = form.getAttribute('data-filter-unit') || '个';
    var selects = form.querySelectorAll('select[name]');
    var status = form.querySelector('[data-filter-status]');
    var empty = target.querySelector('[data-filter-empty]');
    var groups = target.querySelectorAll('[data-filter-group]');
    var items = [];
    each(target.querySelectorAll('[data-filter-item]'), function (el) {
      var values = {};
      each(selects, function (s) {
        values[s.name] = (el.getAttribute('data-filter-' + s.name) || '').split(' ');
      });
      items.push({ el: el, values: values });
    });
    each(selects, function (s) {
      each(s.options, function (o) {
        o.setAttribute('data-label', o.textContent.replace(/（\d+）$/, ''));
      });
    });

    function chosen() {
      var out = {};
      each(selects, function (s) {
        if (s.value) {
          out[s.name] = s.value;
        }
      });
      return out;
    }

    function matches(item, choice, except) {
      for (var key in choice) {
        if (key !== except && Object.prototype.hasOwnProperty.call(choice, key)
            && item.values[key].indexOf(choice[key]) < 0) {
          return false;
        }
      }
      return true;
    }

    function apply(updateAddress) {
      var choice = chosen();
      var shown = 0;
      items.forEach(function (item) {
        var ok = matches(item, choice, null);
        item.el.hidden = !ok;
        if (ok) {
          shown++;
        }
      });
      each(groups, function (g) {
        g.hidden = g.querySelector('[data-filter-item]:not([hidden])') === null;
      });
      if (empty) {
        empty.hidden = shown > 0;
      }
      each(selects, function (s) {
        var others = items.filter(function (item) { return matches(item, choice, s.name); });
        each(s.options, function (o) {
          if (!o.value) {
            return;
          }
          var n = others.filter(function (item) { return item.values[s.name].indexOf(o.value) >= 0; }).length;
          o.textContent = o.getAttribute('data-label') + '（' + n + '）';
          o.disabled = n === 0 && s.value !== o.value;
        });
      });
      var any = Object.keys(choice).length > 0;
      if (status) {
        status.textContent = any ? '显示' + shown + unit + noun + '，共' + items.length + unit
            : '共' + items.length + unit + noun;
      }
      if (updateAddress && win.history && win.history.replaceState) {
        var hash = Object.keys(choice).map(function (k) {
          return encodeURIComponent(k) + '=' + encodeURIComponent(choice[k]);
        }).join('&');
        win.history.replaceState(null, '', hash ? '#' + hash : win.location.pathname + win.location.search);
      }
    }

    function fromAddress() {
      var wanted = {};
      win.location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
        var parts = pair.split('=');
        if (parts.length === 2) {
          wanted[decodeURIComponent(parts[0])] = decodeURIComponent(parts[1]);
        }
      });
      each(selects, function (s) {
        var value = wanted[s.name] || '';
        var known = Array.prototype.some.call(s.options, function (o) { return o.value === value; });
        s.value = known ? value : '';
      });
    }

    form.addEventListener('change', function () { apply(true); });
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    form.addEventListener('reset', function () {
      win.setTimeout(function () { apply(true); }, 0);
    });
    win.addEventListener('hashchange', function () {
      fromAddress();
      apply(false);
    });
    each(doc.querySelectorAll('.facet-nav-links'), function (nav) {
      nav.hidden = true;
    });
    form.hidden = false;
    fromAddress();
    apply(false);
  }

  each(doc.querySelectorAll('form[data-filter-for]'), setUp);
}(document, window));
