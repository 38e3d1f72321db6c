/**
 * The one script of the static site, allowed by its hash in the CSP. Pages are complete without it;
 * it adds two things: before printing it opens every collapsed text (so paper shows the narrative in
 * every browser, not only those that print closed `<details>` open through CSS) and closes them
 * again afterwards; on the decision index it shows the filter form (hidden without script) and
 * filters the rows by year, body and a search text.
 */
export const SITE_SCRIPT = String.raw`(function () {
  'use strict';
  var opened = [];
  window.addEventListener('beforeprint', function () {
    var closed = document.querySelectorAll('details:not([open])');
    for (var i = 0; i < closed.length; i++) { closed[i].open = true; opened.push(closed[i]); }
  });
  window.addEventListener('afterprint', function () {
    for (var i = 0; i < opened.length; i++) { opened[i].open = false; }
    opened = [];
  });
  var form = document.getElementById('decision-filter');
  if (!form) { return; }
  form.hidden = false;
  var year = form.querySelector('[name=year]');
  var body = form.querySelector('[name=body]');
  var search = form.querySelector('[name=q]');
  var status = form.querySelector('.filter-status');
  var rows = document.querySelectorAll('tr.decision');
  var template = status ? status.getAttribute('data-template') || '' : '';
  function apply() {
    var words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var text = row.getAttribute('data-search') || '';
      var ok = (!year.value || row.getAttribute('data-year') === year.value) &&
        (!body.value || row.getAttribute('data-body') === body.value) &&
        words.every(function (w) { return text.indexOf(w) >= 0; });
      row.hidden = !ok;
      if (ok) { shown++; }
    }
    if (status) { status.textContent = template.replace('{shown}', String(shown)).replace('{all}', String(rows.length)); }
  }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  apply();
})();`;
