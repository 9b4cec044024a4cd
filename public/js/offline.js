// Registers the service worker that keeps the pages a reader reads for offline reading, and the whole
// site once saved from /offline/ (over http(s) only: service workers never run from disk), and says so
// in the footer. A classic script: no modules, no inline code, so it also runs under the site's
// Content-Security-Policy.
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
    if (hadController) status('Updated: what this device keeps of the site is now the latest edition.');
  });
  navigator.serviceWorker
    .register(root + 'sw.js', { scope: root })
    .then(function () {
      return navigator.serviceWorker.ready;
    })
    .then(function () {
      status('Pages you read are kept on this device and read offline.');
    })
    .catch(function () {
      /* No offline copy: the site still works online. */
    });
})();
