// The 404 page is served at whatever address was missing, so its links are root-absolute ("/claims/").
// Opened from disk (file://), those point at the disk's root: this makes them relative to the page,
// which is dist/404.html, and points folders at their index.html. Its own address is relative, so it
// loads only where 404.html is at the site's root: from disk, or over http, where it does nothing.
(function () {
  'use strict';
  if (location.protocol !== 'file:') return;
  function local(url) {
    var match = /^\/([^?#]*)(.*)$/.exec(url);
    if (!match || url.charAt(1) === '/') return null;
    var path = match[1];
    if (path === '' || path.charAt(path.length - 1) === '/') path += 'index.html';
    return path + match[2];
  }
  function fix() {
    [
      ['a[href^="/"]', 'href'],
      ['link[href^="/"]', 'href'],
      ['img[src^="/"]', 'src'],
      ['form[action^="/"]', 'action'],
    ].forEach(function (pair) {
      document.querySelectorAll(pair[0]).forEach(function (el) {
        var url = local(el.getAttribute(pair[1]));
        if (url) el.setAttribute(pair[1], url);
      });
    });
  }
  fix();
  document.addEventListener('DOMContentLoaded', fix);
})();
