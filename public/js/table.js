// Tables marked data-sortable: sort buttons in the column headers and, when the table has a
// data-filter-label, a text filter. The table works without this script. Classic script, no modules.
(function () {
  'use strict';
  // A cell's sort key: its data-sort when it has one (empty: nothing to sort by, so last), else its text.
  function key(cell) {
    if (!cell) return '';
    var sort = cell.getAttribute('data-sort');
    return (sort !== null ? sort : cell.textContent.trim()).toLowerCase();
  }
  function compare(a, b, numeric) {
    // In a numeric column a key that is no number ("denies") sorts with the empty ones, last.
    if (numeric) {
      a = isNaN(Number(a)) ? '' : a;
      b = isNaN(Number(b)) ? '' : b;
    }
    if (a === b) return 0;
    if (a === '') return 1;
    if (b === '') return -1;
    if (numeric) return Number(a) - Number(b);
    return a < b ? -1 : 1;
  }

  // How a sort order reads in the phone layout's menu, by the kind of column.
  function orderNames(th) {
    if (th.hasAttribute('data-numeric')) return ['lowest first', 'highest first'];
    if (th.hasAttribute('data-date')) return ['oldest first', 'newest first'];
    return ['A to Z', 'Z to A'];
  }

  document.querySelectorAll('table[data-sortable]:not([data-enhanced])').forEach(function (table, n) {
    table.setAttribute('data-enhanced', '');
    var body = table.tBodies[0];
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    // Each row's place in the page's order breaks ties, so rows with equal keys (or none) keep it.
    Array.prototype.forEach.call(body.rows, function (row, i) {
      row.setAttribute('data-order', String(i));
    });
    var menu = document.createElement('select');
    function sortBy(column, ascending) {
      var th = headers[column];
      var numeric = th.hasAttribute('data-numeric');
      headers.forEach(function (h) {
        h.removeAttribute('aria-sort');
      });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      menu.value = column + (ascending ? ':asc' : ':desc');
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var ka = key(a.cells[column]);
        var kb = key(b.cells[column]);
        var c = compare(ka, kb, numeric);
        if (!ascending && ka !== '' && kb !== '') c = -c;
        return c || Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
      });
      rows.forEach(function (row) {
        body.appendChild(row);
      });
    }
    var unsorted = document.createElement('option');
    unsorted.value = '';
    unsorted.textContent = 'as listed';
    menu.appendChild(unsorted);
    headers.forEach(function (th, column) {
      if (th.hasAttribute('data-nosort')) return;
      var name = th.textContent.trim();
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = name;
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        sortBy(column, th.getAttribute('aria-sort') !== 'ascending');
      });
      orderNames(th).forEach(function (order, k) {
        var option = document.createElement('option');
        option.value = column + (k === 0 ? ':asc' : ':desc');
        option.textContent = name + ', ' + order;
        menu.appendChild(option);
      });
    });
    // The phone layout shows each row as a card with no header row, so the sort is a menu there.
    var sorter = document.createElement('label');
    sorter.className = 'table-sort';
    sorter.textContent = 'Sort by';
    menu.id = 'table-sort-' + n;
    sorter.setAttribute('for', menu.id);
    sorter.appendChild(menu);
    menu.addEventListener('change', function () {
      if (!menu.value) return;
      var parts = menu.value.split(':');
      sortBy(Number(parts[0]), parts[1] === 'asc');
    });
    var wrap = document.createElement('div');
    wrap.className = 'controls';
    wrap.appendChild(sorter);
    table.parentNode.insertBefore(wrap, table);

    var label = table.getAttribute('data-filter-label');
    if (!label) return;
    var field = document.createElement('label');
    field.textContent = label;
    var input = document.createElement('input');
    input.type = 'search';
    input.id = 'table-filter-' + n;
    field.setAttribute('for', input.id);
    field.appendChild(input);
    var count = document.createElement('p');
    count.setAttribute('role', 'status');
    count.className = 'meta';
    wrap.appendChild(field);
    wrap.appendChild(count);
    input.addEventListener('input', function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      Array.prototype.forEach.call(body.rows, function (row) {
        var text = row.textContent.toLowerCase();
        var match = words.every(function (w) {
          return text.indexOf(w) !== -1;
        });
        row.hidden = !match;
        if (match) shown++;
      });
      count.textContent = words.length ? shown + ' of ' + body.rows.length + ' rows shown' : '';
    });
  });
})();
