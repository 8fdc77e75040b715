/*
 * ipweek: 站内搜索 on the search page (sousuo/). First-party, no dependencies, loaded with "defer" by that page only.
 *
 * The index is static files made by the Java build (ipweek.search.SearchIndex) in the folder named by the form's
 * data-search-index attribute:
 *   manifest.xml  <m n="docs" s="term shards" v="version" d="first doc of each doc shard"><y c l f e/>…</m>
 *   t<n>.xml      <t w="term" t="title postings" b="body postings"/>…   terms whose first char % s == n
 *   d<n>.xml      <p i="id" u="url" h="title" d="date" k="fields">text</p>…
 * A search fetches the manifest, the term shards of its own terms and the document shards of the results shown;
 * every shard URL carries ?v=<version>, so a browser cache never mixes two builds.
 *
 * Terms: overlapping bigrams in runs of Han characters (a lone character stands for itself and, in a query, for
 * every term it starts), lower-case ASCII letter/digit runs. Keep terms() in step with ipweek.search.Tokenizer.
 *
 * Ranking, per document: first whether the title holds every query term, then how much of the query (weighted by
 * rarity) the document holds, then a BM25-like score in which a title hit weighs TITLE_WEIGHT body hits. A quoted
 * phrase must hold all of its terms and is then checked against the stored text.
 *
 * For tests: window.ipweekSearch.run(query, type) resolves to the ranked results ({url, title, type}).
 */
(function (win, doc) {
  'use strict';

  var PAGE_SIZE = 10;
  var MAX_RESULTS = 200;
  var TITLE_WEIGHT = 3;
  var PHRASE_CHECKS = 60;
  var SNIPPET_CHARS = 90;

  var form = doc.querySelector('form[data-search-index]');
  if (!form) {
    return;
  }
  var base = form.getAttribute('data-search-index');
  var input = doc.getElementById('search-q');
  var status = doc.getElementById('search-status');
  var list = doc.getElementById('search-results');
  var more = doc.getElementById('search-more');

  var manifest = null;
  var shards = {};
  var docShards = {};

  // --- Terms (keep in step with Tokenizer.java) -------------------------------------------------------------

  function isHan(c) {
    return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
  }

  function isWord(c) {
    return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  }

  function normalize(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) {
        c -= 0xfee0;
      }
      if (c >= 65 && c <= 90) {
        c += 32;
      }
      out += String.fromCharCode(c);
    }
    return out;
  }

  function terms(text) {
    var s = normalize(text);
    var out = [];
    var i = 0;
    while (i < s.length) {
      var j = i;
      if (isHan(s.charCodeAt(i))) {
        while (j < s.length && isHan(s.charCodeAt(j))) {
          j++;
        }
        if (j - i === 1) {
          out.push(s.charAt(i));
        }
        for (var k = i; k + 1 < j; k++) {
          out.push(s.substr(k, 2));
        }
        i = j;
      } else if (isWord(s.charCodeAt(i))) {
        while (j < s.length && isWord(s.charCodeAt(j))) {
          j++;
        }
        out.push(s.substring(i, Math.min(j, i + 24)));
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  // A query is a list of parts: quoted phrases and words between spaces, each with its distinct terms.
  function parse(query) {
    var parts = [];
    var re = /["“”「」]([^"“”「」]*)["“”「」]?|([^\s"“”「」]+)/g;
    var m;
    while ((m = re.exec(query)) !== null) {
      var text = m[1] !== undefined ? m[1] : m[2];
      var list = unique(terms(text));
      if (list.length) {
        parts.push({ text: normalize(text).replace(/\s+/g, ''), phrase: m[1] !== undefined, terms: list });
      }
    }
    return parts;
  }

  function unique(list) {
    var seen = {};
    return list.filter(function (t) {
      if (seen[t]) {
        return false;
      }
      seen[t] = true;
      return true;
    });
  }

  // --- Index files ---------------------------------------------------------------------------------------------

  function fetchXml(url, fresh) {
    return fetch(url, fresh ? { cache: 'no-cache' } : {}).then(function (r) {
      if (!r.ok) {
        throw new Error(url + ': ' + r.status);
      }
      return r.text();
    }).then(function (text) {
      return new DOMParser().parseFromString(text, 'application/xml').documentElement;
    });
  }

  function loadManifest() {
    if (!manifest) {
      manifest = fetchXml(base + 'manifest.xml', true).then(function (m) {
        var types = [];
        var ys = m.getElementsByTagName('y');
        for (var i = 0; i < ys.length; i++) {
          types.push({ code: ys[i].getAttribute('c'), label: ys[i].getAttribute('l'),
            from: +ys[i].getAttribute('f'), to: +ys[i].getAttribute('e') });
        }
        var starts = m.getAttribute('d');
        return { docs: +m.getAttribute('n'), shards: +m.getAttribute('s'), version: m.getAttribute('v'),
          types: types, docStarts: starts ? starts.split(',').map(Number) : [] };
      });
    }
    return manifest;
  }

  function decode(text, counts) {
    var out = [];
    if (!text) {
      return out;
    }
    var id = 0;
    var items = text.split(',');
    for (var i = 0; i < items.length; i++) {
      var colon = items[i].indexOf(':');
      id += parseInt(colon < 0 ? items[i] : items[i].substring(0, colon), 36);
      out.push(counts ? [id, colon < 0 ? 1 : +items[i].substring(colon + 1)] : id);
    }
    return out;
  }

  function termShard(m, n) {
    if (!shards[n]) {
      shards[n] = fetchXml(base + 't' + n + '.xml?v=' + m.version).then(function (s) {
        var map = {};
        var ts = s.getElementsByTagName('t');
        for (var i = 0; i < ts.length; i++) {
          map[ts[i].getAttribute('w')] = ts[i];
        }
        return map;
      });
    }
    return shards[n];
  }

  // The postings of a term: {title: [ids], body: [[id, count]]}; a lone Han character takes every term it starts.
  function postings(m, term) {
    return termShard(m, term.charCodeAt(0) % m.shards).then(function (map) {
      var found = [];
      if (term.length === 1 && isHan(term.charCodeAt(0))) {
        for (var w in map) {
          if (Object.prototype.hasOwnProperty.call(map, w) && w.charAt(0) === term) {
            found.push(map[w]);
          }
        }
      } else if (Object.prototype.hasOwnProperty.call(map, term)) {
        found.push(map[term]);
      }
      var title = {};
      var body = {};
      found.forEach(function (el) {
        decode(el.getAttribute('t'), false).forEach(function (id) {
          title[id] = true;
        });
        decode(el.getAttribute('b'), true).forEach(function (p) {
          body[p[0]] = (body[p[0]] || 0) + p[1];
        });
      });
      return { title: title, body: body };
    });
  }

  function docShardOf(m, id) {
    var lo = 0;
    var hi = m.docStarts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (m.docStarts[mid] <= id) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  function storedDoc(m, id) {
    var n = docShardOf(m, id);
    if (!docShards[n]) {
      docShards[n] = fetchXml(base + 'd' + n + '.xml?v=' + m.version).then(function (s) {
        var map = {};
        var ps = s.getElementsByTagName('p');
        for (var i = 0; i < ps.length; i++) {
          map[ps[i].getAttribute('i')] = { url: ps[i].getAttribute('u'), title: ps[i].getAttribute('h'),
            date: ps[i].getAttribute('d') || '', fields: ps[i].getAttribute('k') || '', text: ps[i].textContent };
        }
        return map;
      });
    }
    return docShards[n].then(function (map) {
      return map[id];
    });
  }

  function typeOf(m, id) {
    for (var i = 0; i < m.types.length; i++) {
      if (id >= m.types[i].from && id < m.types[i].to) {
        return m.types[i];
      }
    }
    return null;
  }

  // --- Ranking -------------------------------------------------------------------------------------------------

  function rank(m, parts, lists) {
    var scores = {};
    var total = 0;
    var k = 0;
    parts.forEach(function (part) {
      part.terms.forEach(function () {
        var p = lists[k++];
        var df = Object.keys(p.body).length + Object.keys(p.title).filter(function (id) {
          return !p.body[id];
        }).length;
        var idf = Math.log(1 + (m.docs - df + 0.5) / (df + 0.5));
        total += idf;
        var ids = unique(Object.keys(p.body).concat(Object.keys(p.title)));
        ids.forEach(function (id) {
          var s = scores[id] || (scores[id] = { id: +id, score: 0, cover: 0, titleTerms: 0, parts: [] });
          var tf = p.body[id] || 0;
          s.score += idf * ((tf * 2.2) / (tf + 1.2) + (p.title[id] ? TITLE_WEIGHT : 0));
          s.cover += idf;
          if (p.title[id]) {
            s.titleTerms++;
          }
        });
      });
    });
    var termCount = lists.length;
    var results = [];
    for (var id in scores) {
      if (Object.prototype.hasOwnProperty.call(scores, id)) {
        var s = scores[id];
        s.cover = total > 0 ? s.cover / total : 0;
        s.inTitle = s.titleTerms === termCount;
        results.push(s);
      }
    }
    // Phrases need all of their terms.
    var offset = 0;
    parts.forEach(function (part) {
      if (part.phrase) {
        var from = offset;
        results = results.filter(function (s) {
          for (var i = from; i < from + part.terms.length; i++) {
            if (!lists[i].body[s.id] && !lists[i].title[s.id]) {
              return false;
            }
          }
          return true;
        });
      }
      offset += part.terms.length;
    });
    results.sort(function (a, b) {
      return (b.inTitle - a.inTitle) || (b.cover - a.cover) || (b.score * b.cover - a.score * a.cover) || (a.id - b.id);
    });
    return results.slice(0, MAX_RESULTS);
  }

  // Quoted phrases: keep the results whose stored text holds every phrase as written (spaces ignored).
  function checkPhrases(m, parts, results) {
    var phrases = parts.filter(function (p) {
      return p.phrase;
    });
    if (!phrases.length) {
      return Promise.resolve(results);
    }
    var checked = results.slice(0, PHRASE_CHECKS);
    return Promise.all(checked.map(function (r) {
      return storedDoc(m, r.id);
    })).then(function (stored) {
      return checked.filter(function (r, i) {
        var d = stored[i];
        var hay = d ? normalize(d.title + ' ' + d.text + ' ' + d.fields).replace(/\s+/g, '') : '';
        return phrases.every(function (p) {
          return hay.indexOf(p.text) >= 0;
        });
      });
    });
  }

  function search(query) {
    var parts = parse(query);
    if (!parts.length) {
      return Promise.resolve({ parts: parts, results: [], manifest: null });
    }
    return loadManifest().then(function (m) {
      var all = [];
      parts.forEach(function (part) {
        part.terms.forEach(function (t) {
          all.push(postings(m, t));
        });
      });
      return Promise.all(all).then(function (lists) {
        return checkPhrases(m, parts, rank(m, parts, lists));
      }).then(function (results) {
        return { parts: parts, results: results, manifest: m };
      });
    });
  }

  // --- Showing results -----------------------------------------------------------------------------------------

  // Spans of `text` to highlight: each part as written, or failing that each of its terms.
  function spans(text, parts) {
    var norm = normalize(text);
    var out = [];
    parts.forEach(function (part) {
      var needles = norm.indexOf(part.text) >= 0 && part.text ? [part.text] : part.terms;
      needles.forEach(function (n) {
        var at = norm.indexOf(n);
        while (n && at >= 0) {
          out.push([at, at + n.length]);
          at = norm.indexOf(n, at + n.length);
        }
      });
    });
    out.sort(function (a, b) {
      return a[0] - b[0] || b[1] - a[1];
    });
    var merged = [];
    out.forEach(function (s) {
      var last = merged[merged.length - 1];
      if (last && s[0] <= last[1]) {
        last[1] = Math.max(last[1], s[1]);
      } else {
        merged.push([s[0], s[1]]);
      }
    });
    return merged;
  }

  // Appends `text` to `el` with <mark> around the spans that lie within [from, to).
  function appendMarked(el, text, parts, from, to) {
    var at = from;
    spans(text, parts).forEach(function (s) {
      var a = Math.max(s[0], from);
      var b = Math.min(s[1], to);
      if (a >= b || a < at) {
        return;
      }
      el.appendChild(doc.createTextNode(text.substring(at, a)));
      var mark = doc.createElement('mark');
      mark.textContent = text.substring(a, b);
      el.appendChild(mark);
      at = b;
    });
    el.appendChild(doc.createTextNode(text.substring(at, to)));
  }

  function snippet(el, d, parts) {
    var text = d.text || d.fields;
    var found = spans(text, parts);
    var start = found.length ? Math.max(0, found[0][0] - 20) : 0;
    var end = Math.min(text.length, start + SNIPPET_CHARS);
    if (start > 0) {
      el.appendChild(doc.createTextNode('…'));
    }
    appendMarked(el, text, parts, start, end);
    if (end < text.length) {
      el.appendChild(doc.createTextNode('…'));
    }
  }

  function item(m, r, d, parts) {
    var li = doc.createElement('li');
    li.className = 'search-result';
    var type = typeOf(m, r.id);
    var label = doc.createElement('span');
    label.className = 'search-type';
    label.textContent = type ? type.label : '';
    var h = doc.createElement('h2');
    h.className = 'search-title';
    var a = doc.createElement('a');
    a.href = root() + d.url;
    appendMarked(a, d.title, parts, 0, d.title.length);
    h.appendChild(label);
    h.appendChild(doc.createTextNode(' '));
    h.appendChild(a);
    li.appendChild(h);
    var p = doc.createElement('p');
    p.className = 'search-snippet';
    snippet(p, d, parts);
    li.appendChild(p);
    if (d.date) {
      var meta = doc.createElement('p');
      meta.className = 'search-meta';
      var time = doc.createElement('time');
      time.dateTime = d.date;
      time.textContent = d.date;
      meta.appendChild(time);
      li.appendChild(meta);
    }
    return li;
  }

  // The site root, relative to this page: the index folder is <root>sousuo/index/.
  function root() {
    return base.replace(/sousuo\/index\/$/, '');
  }

  var shown = { results: [], count: 0, parts: [], manifest: null };
  var serial = 0;

  function filtered(m, results, type) {
    if (!type) {
      return results;
    }
    return results.filter(function (r) {
      var t = typeOf(m, r.id);
      return t && t.code === type;
    });
  }

  function showMore() {
    var m = shown.manifest;
    var next = shown.results.slice(shown.count, shown.count + PAGE_SIZE);
    var mine = serial;
    return Promise.all(next.map(function (r) {
      return storedDoc(m, r.id);
    })).then(function (docs) {
      if (mine !== serial) {
        return;
      }
      docs.forEach(function (d, i) {
        if (d) {
          list.appendChild(item(m, next[i], d, shown.parts));
        }
      });
      shown.count += next.length;
      more.hidden = shown.count >= shown.results.length;
    });
  }

  function selectedType() {
    var checked = form.querySelector('input[name="type"]:checked');
    return checked ? checked.value : '';
  }

  function update(push) {
    var query = input.value.trim();
    var type = selectedType();
    var mine = ++serial;
    var params = new URLSearchParams();
    if (query) {
      params.set('q', query);
    }
    if (type) {
      params.set('type', type);
    }
    var url = win.location.pathname + (params.toString() ? '?' + params : '');
    if (push) {
      win.history.replaceState(null, '', url);
    }
    if (!query) {
      list.textContent = '';
      more.hidden = true;
      status.textContent = '';
      return Promise.resolve();
    }
    status.textContent = '正在搜索…';
    return search(query).then(function (found) {
      if (mine !== serial) {
        return;
      }
      var m = found.manifest;
      var results = m ? filtered(m, found.results, type) : [];
      shown = { results: results, count: 0, parts: found.parts, manifest: m };
      list.textContent = '';
      if (!results.length) {
        status.textContent = '没有找到与“' + query + '”相关的内容。请换一个词，或减少关键词。';
        more.hidden = true;
        return;
      }
      var label = type && m ? (m.types.filter(function (t) {
        return t.code === type;
      })[0] || {}).label : '';
      status.textContent = '找到 ' + results.length + (results.length >= MAX_RESULTS ? '+' : '') + ' 条'
        + (label ? label : '') + '结果';
      return showMore();
    }).catch(function () {
      if (mine === serial) {
        status.textContent = '搜索索引加载失败，请稍后再试，或通过网站地图浏览。';
      }
    });
  }

  var timer = null;
  input.addEventListener('input', function () {
    win.clearTimeout(timer);
    timer = win.setTimeout(function () {
      update(true);
    }, 250);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    win.clearTimeout(timer);
    update(true);
  });
  form.addEventListener('change', function (event) {
    if (event.target.name === 'type') {
      update(true);
    }
  });
  more.addEventListener('click', function () {
    var first = shown.count;
    showMore().then(function () {
      var link = list.children[first] && list.children[first].querySelector('a');
      if (link) {
        link.focus();
      }
    });
  });

  var params = new URLSearchParams(win.location.search);
  input.value = params.get('q') || '';
  var wanted = params.get('type') || '';
  var radio = form.querySelector('input[name="type"][value="' + wanted.replace(/[^a-z]/g, '') + '"]');
  if (radio) {
    radio.checked = true;
  }
  if (input.value) {
    update(false);
  }

  win.ipweekSearch = {
    run: function (query, type) {
      return search(query).then(function (found) {
        var m = found.manifest;
        var results = m ? filtered(m, found.results, type || '') : [];
        return Promise.all(results.slice(0, 20).map(function (r) {
          return storedDoc(m, r.id);
        })).then(function (docs) {
          return docs.map(function (d, i) {
            return { url: d.url, title: d.title, type: typeOf(m, results[i].id).code };
          });
        });
      });
    },
    terms: terms
  };
}(window, document));
