// Registers the service worker that keeps the whole site for offline reading (over http(s) only:
// service workers never run from disk), and says so in the footer. A classic script: no modules,
// no inline code, so it also runs under the site's Content-Security-Policy.
(function () {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  var root = document.documentElement.getAttribute('data-root') || '/';
  var status = function (text) {
    var el = document.querySelector('[data-offline-status]');
    if (!el) return;
    el.textContent = text;
    el.hidden = false;
  };
  var hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (hadController) status('Updated: this device now holds the latest version of the site.');
  });
  navigator.serviceWorker
    .register(root + 'sw.js', { scope: root })
    .then(function () {
      return navigator.serviceWorker.ready;
    })
    .then(function () {
      status('This site is saved on this device and reads offline.');
    })
    .catch(function () {
      /* No offline copy: the site still works online. */
    });
})();
