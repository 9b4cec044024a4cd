// The offline copy, shared by the service worker (sw.js imports this file) and the offline page: one
// cache holds every file kept, each under its address with "index.html" for a folder and no query,
// each carrying its revision (the first 16 hex digits of its SHA-256, as scripts/offline-manifest.ts
// computes it at build time) in an x-nk-revision header. A file whose revision matches is never
// fetched again: that is how an update fetches only what changed. A classic script (no modules) so
// the worker can import it and it runs under the site's Content-Security-Policy.
(function (global) {
  'use strict';
  var CACHE = 'nk-troops';
  var MANIFEST = 'offline-manifest.json';
  var REVISION = 'x-nk-revision';
  /** Requests the page makes while saving carry this header; the worker lets them through untouched. */
  var SAVING = 'x-nk-saving';
  var PARALLEL = 6;

  /** 'https://x.org/claims/c-1/?q' under scope 'https://x.org/' → 'claims/c-1/index.html'. */
  function pathOf(url, scope) {
    var path = new URL(url).pathname.slice(new URL(scope).pathname.length);
    return path === '' || path.charAt(path.length - 1) === '/' ? path + 'index.html' : path;
  }

  function keyOf(path, scope) {
    return new URL(path, scope).href;
  }

  function revisionOf(bytes) {
    return crypto.subtle.digest('SHA-256', bytes).then(function (hash) {
      return Array.from(new Uint8Array(hash).slice(0, 8), function (b) {
        return (b < 16 ? '0' : '') + b.toString(16);
      }).join('');
    });
  }

  /** Keep a response under `key`, with its revision; resolves to the number of bytes kept. */
  function put(cache, key, response) {
    return response.arrayBuffer().then(function (body) {
      return revisionOf(body).then(function (revision) {
        var headers = new Headers(response.headers);
        headers.delete('content-encoding');
        headers.delete('content-length');
        headers.set(REVISION, revision);
        var kept = new Response(body, { status: response.status, statusText: response.statusText, headers: headers });
        return cache.put(key, kept).then(function () {
          return body.byteLength;
        });
      });
    });
  }

  function cachedRevision(cache, key) {
    return cache.match(key).then(function (hit) {
      return hit ? hit.headers.get(REVISION) : null;
    });
  }

  /**
   * Fetch every entry ([path, revision, size]) the cache does not hold at its revision, six at a time.
   * options.signal cancels; options.onProgress({ files, of, bytes, total }) hears of each file done.
   * Resolves to { fetched, bytes }: what came over the network.
   */
  function sync(cache, scope, entries, options) {
    options = options || {};
    var total = entries.reduce(function (sum, e) {
      return sum + e[2];
    }, 0);
    var done = { files: 0, of: entries.length, bytes: 0, total: total };
    var fetched = { fetched: 0, bytes: 0 };
    var next = 0;
    function one(entry) {
      var key = keyOf(entry[0], scope);
      return cachedRevision(cache, key).then(function (revision) {
        if (revision === entry[1]) return;
        var init = { cache: 'no-cache', headers: {}, signal: options.signal };
        init.headers[SAVING] = '1';
        return fetch(key, init).then(function (response) {
          if (!response.ok) throw new Error(entry[0] + ': ' + response.status);
          return put(cache, key, response).then(function (bytes) {
            fetched.fetched += 1;
            fetched.bytes += bytes;
          });
        });
      });
    }
    function worker() {
      if (next >= entries.length) return Promise.resolve();
      if (options.signal && options.signal.aborted) return Promise.reject(options.signal.reason);
      var entry = entries[next++];
      return one(entry).then(function () {
        done.files += 1;
        done.bytes += entry[2];
        if (options.onProgress) options.onProgress(done);
        return worker();
      });
    }
    var workers = [];
    for (var i = 0; i < PARALLEL; i++) workers.push(worker());
    return Promise.all(workers).then(function () {
      return fetched;
    });
  }

  /** The manifest of the whole site saved in the cache, or null when the whole site is not saved. */
  function savedManifest(cache, scope) {
    return cache.match(keyOf(MANIFEST, scope)).then(function (hit) {
      return hit ? hit.json() : null;
    });
  }

  /**
   * Save the whole site: fetch the current manifest, then every file not held at its revision; the
   * manifest is kept last, so a saved manifest means a complete copy. Resolves to sync's figures.
   */
  function save(cache, scope, options) {
    var init = { cache: 'no-cache', headers: {}, signal: options && options.signal };
    init.headers[SAVING] = '1';
    return fetch(keyOf(MANIFEST, scope), init)
      .then(function (response) {
        if (!response.ok) throw new Error(MANIFEST + ': ' + response.status);
        return response.json();
      })
      .then(function (manifest) {
        return sync(cache, scope, manifest.files, options).then(function (fetched) {
          var body = JSON.stringify(manifest);
          var headers = { 'content-type': 'application/json' };
          return cache.put(keyOf(MANIFEST, scope), new Response(body, { headers: headers })).then(function () {
            return fetched;
          });
        });
      });
  }

  /** Delete every cached file whose path is not one of `paths`. */
  function prune(cache, scope, paths) {
    var keep = new Set(
      paths.map(function (path) {
        return keyOf(path, scope);
      }),
    );
    return cache.keys().then(function (requests) {
      return Promise.all(
        requests
          .filter(function (r) {
            return !keep.has(r.url);
          })
          .map(function (r) {
            return cache.delete(r);
          }),
      );
    });
  }

  /** The cached pages (HTML), as paths. */
  function keptPages(cache, scope) {
    return cache.keys().then(function (requests) {
      return requests
        .map(function (r) {
          return pathOf(r.url, scope);
        })
        .filter(function (path) {
          return /\.html$/.test(path);
        });
    });
  }

  global.nkOffline = {
    CACHE: CACHE,
    MANIFEST: MANIFEST,
    SAVING: SAVING,
    pathOf: pathOf,
    keyOf: keyOf,
    revisionOf: revisionOf,
    put: put,
    sync: sync,
    save: save,
    savedManifest: savedManifest,
    prune: prune,
    keptPages: keptPages,
  };
})(self);
