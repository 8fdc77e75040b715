/*
 * ipweek: applies the reader's saved settings before the page is drawn, so large text and high contrast do not
 * flash. Loaded synchronously in <head>; no inline script is needed, so a strict Content-Security-Policy works.
 * Marks <html> with "js" so controls that need JavaScript (hidden by CSS otherwise) appear.
 * The keys and classes must match assets/js/site.js.
 */
(function (root) {
  'use strict';
  var classes = root.classList;
  classes.add('js');
  try {
    var store = window.localStorage;
    var font = store.getItem('ipweek.font');
    if (font === 'large' || font === 'xlarge') {
      classes.add('font-' + font);
    }
    if (store.getItem('ipweek.contrast') === 'high') {
      classes.add('contrast-high');
    }
    var text = store.getItem('ipweek.articleText');
    if (text === 'l' || text === 's') {
      classes.add('article-text-' + text);
    }
  } catch (e) {
    // Storage disabled (private browsing, strict settings): the page keeps its defaults.
  }
}(document.documentElement));
