// The offline page (/offline/): says what this device keeps, saves the whole site (its size first,
// then its progress, cancellable), removes the saved copy, and, when the service worker sent a reader
// here for a page it does not hold (?from=), says so. Saving runs here, with public/js/offline-store.js
// (the worker's own logic); the worker answers what is kept ('status') and removes ('remove').
(function () {
  'use strict';
  function el(name) {
    return document.querySelector('[data-offline-' + name + ']');
  }
  function show(node, on) {
    node.hidden = !on;
  }
  function size(bytes) {
    return bytes >= 1e6 ? (bytes / 1e6).toFixed(1) + ' MB' : Math.max(1, Math.round(bytes / 1e3)) + ' KB';
  }

  var from = new URLSearchParams(location.search).get('from');
  var wanted = from && /^\/(?!\/)/.test(from) ? new URL(from, location.href) : null;
  if (wanted && wanted.origin === location.origin) {
    el('missing-link').href = wanted.href;
    show(el('missing'), true);
  }

  show(el('nojs'), false);
  var unsupported = el('unsupported');
  if (location.protocol === 'file:') {
    unsupported.textContent =
      'You are reading the site from your disk: all of it is here already and reads with no network, so there is nothing to save.';
    return show(unsupported, true);
  }
  if (!('serviceWorker' in navigator) || !('caches' in window) || !self.nkOffline) {
    unsupported.textContent =
      'This browser cannot keep the site for offline reading (it has no service workers, or they are turned off, as in some private windows). You can download the whole site as one zip file from the methodology page and open it from your disk.';
    return show(unsupported, true);
  }

  var store = self.nkOffline;
  var scope = new URL(document.documentElement.getAttribute('data-root') || '/', location.href).href;
  var save = el('save');
  var cancel = el('cancel');
  var remove = el('remove');
  var progress = el('progress');
  var bar = progress.querySelector('progress');
  var progressText = el('progress-text');
  var said = el('said');
  var announce = el('announce');
  var saving = null;

  /** Ask the service worker, once it is active: resolves to { saved, pages }. */
  function ask(message) {
    return navigator.serviceWorker.ready.then(function (registration) {
      return new Promise(function (resolve) {
        var channel = new MessageChannel();
        channel.port1.onmessage = function (event) {
          resolve(event.data);
        };
        registration.active.postMessage(message, [channel.port2]);
      });
    });
  }

  function titleOf(cache, path) {
    return cache
      .match(store.keyOf(path, scope))
      .then(function (hit) {
        return hit ? hit.text() : '';
      })
      .then(function (html) {
        var title = new DOMParser().parseFromString(html, 'text/html').title;
        return title.replace(/ · [^·]+$/, '') || path;
      });
  }

  function listKept(pages) {
    var list = el('kept');
    var shown = pages.slice(0, 50);
    return caches
      .open(store.CACHE)
      .then(function (cache) {
        return Promise.all(
          shown.map(function (path) {
            return titleOf(cache, path);
          }),
        );
      })
      .then(function (titles) {
        list.replaceChildren.apply(
          list,
          titles.map(function (title, i) {
            var item = document.createElement('li');
            var link = document.createElement('a');
            link.href = new URL(shown[i], scope).href;
            link.textContent = title;
            item.append(link);
            return item;
          }),
        );
        if (pages.length > shown.length) {
          var more = document.createElement('li');
          more.textContent = 'and ' + (pages.length - shown.length) + ' more';
          list.append(more);
        }
        show(el('kept-section'), shown.length > 0);
      });
  }

  function render(state) {
    el('summary').textContent = state.saved
      ? 'The whole site is saved on this device: every page reads offline.'
      : state.pages.length
        ? state.pages.length +
          (state.pages.length === 1 ? ' page' : ' pages') +
          ' you read ' +
          (state.pages.length === 1 ? 'is' : 'are') +
          ' kept on this device, besides the home page, search and this page.'
        : 'The home page, search and this page are kept on this device.';
    show(save, !state.saved && !saving);
    show(remove, (state.saved || state.pages.length > 0) && !saving);
    remove.textContent = state.saved ? 'Remove the saved copy' : 'Remove the pages kept';
    show(cancel, Boolean(saving));
    show(progress, Boolean(saving));
    return listKept(state.saved ? [] : state.pages);
  }

  function refresh() {
    return ask('status').then(render);
  }

  save.addEventListener('click', function () {
    saving = new AbortController();
    var lastSaid = 0;
    bar.value = 0;
    progressText.textContent = '';
    announce.textContent = '';
    said.textContent = 'Saving the whole site…';
    render({ saved: false, pages: [] });
    cancel.focus();
    navigator.serviceWorker.ready
      .then(function () {
        return caches.open(store.CACHE);
      })
      .then(function (cache) {
        return store.save(cache, scope, {
          signal: saving.signal,
          onProgress: function (p) {
            bar.max = p.total;
            bar.value = p.bytes;
            var text = 'Saved ' + p.files + ' of ' + p.of + ' files (' + size(p.bytes) + ' of ' + size(p.total) + ').';
            progressText.textContent = text;
            // The bar and its text change with every file; a screen reader hears how far it got every few seconds.
            if (Date.now() - lastSaid > 5000) {
              announce.textContent = text;
              lastSaid = Date.now();
            }
          },
        });
      })
      .then(
        function (fetched) {
          said.textContent =
            'Saved: the whole site reads offline on this device (' +
            fetched.fetched +
            ' files, ' +
            size(fetched.bytes) +
            ' fetched).';
        },
        function (error) {
          said.textContent = saving.signal.aborted
            ? 'Cancelled. What was saved so far stays; saving again fetches only the rest.'
            : 'Saving stopped (' + error.message + '). Saving again fetches only the rest.';
        },
      )
      .then(function () {
        saving = null;
        return refresh();
      })
      .then(function () {
        (save.hidden ? remove : save).focus();
      });
  });

  cancel.addEventListener('click', function () {
    if (saving) saving.abort();
  });

  remove.addEventListener('click', function () {
    ask('remove')
      .then(render)
      .then(function () {
        said.textContent = 'Removed the saved copy. Pages you read from now on are kept as you read them.';
        save.focus();
      });
  });

  show(el('control'), true);
  refresh();
})();
