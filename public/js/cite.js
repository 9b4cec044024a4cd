// Claim pages: copy buttons, today's access date in the citation, and a CSL-JSON download that carries
// it. A classic script (no modules, no inline code) so it runs from file:// and under script-src 'self'.
(function () {
  'use strict';
  var today = new Date();
  var pad = function (n) {
    return (n < 10 ? '0' : '') + n;
  };
  var iso = today.getFullYear() + '-' + pad(today.getMonth() + 1) + '-' + pad(today.getDate());
  var words = today.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  document.querySelectorAll('[data-accessed]').forEach(function (el) {
    el.textContent = words;
    el.setAttribute('data-accessed', iso);
  });

  function say(button, text) {
    var status = button.parentNode.querySelector('[role=status]');
    if (status) status.textContent = text;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      var ok = document.execCommand('copy');
      document.body.removeChild(area);
      if (ok) resolve();
      else reject(new Error('copy refused'));
    });
  }

  document.querySelectorAll('button[data-copy], button[data-copy-from]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var from = button.getAttribute('data-copy-from');
      var text = from
        ? document.getElementById(from).textContent.replace(/\s+/g, ' ').trim()
        : button.getAttribute('data-copy');
      copy(text).then(
        function () {
          say(button, from ? 'Citation copied.' : 'Link copied.');
        },
        function () {
          say(button, 'Could not copy: select the text and copy it by hand.');
        },
      );
    });
  });

  var csl = document.querySelector('a[data-csl]');
  if (csl && window.fetch && window.Blob && location.protocol !== 'file:') {
    csl.addEventListener('click', function (event) {
      event.preventDefault();
      fetch(csl.href)
        .then(function (r) {
          return r.json();
        })
        .then(function (items) {
          items.forEach(function (item) {
            item.accessed = { 'date-parts': [[today.getFullYear(), today.getMonth() + 1, today.getDate()]] };
          });
          var url = URL.createObjectURL(new Blob([JSON.stringify(items, null, 2)], { type: 'application/json' }));
          var a = document.createElement('a');
          a.href = url;
          a.download = csl.getAttribute('download') || 'citation.csl.json';
          document.body.appendChild(a);
          a.click();
          document.body.removeChild(a);
          setTimeout(function () {
            URL.revokeObjectURL(url);
          }, 1000);
        })
        .catch(function () {
          location.href = csl.href;
        });
    });
  }
})();
