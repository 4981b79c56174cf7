"use strict";
/* The dashboard: sorting and filtering the article table, exporting every stored decision. */
(function () {
  var table = document.getElementById("docs");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  function value(row, col, numeric) {
    var v = row.cells[col].getAttribute("data-v");
    if (v === null) { v = row.cells[col].textContent; }
    if (!numeric) { return v.toLowerCase(); }
    return v === "" ? NaN : parseFloat(v);
  }
  headers.forEach(function (th, col) {
    var b = th.querySelector("button");
    if (!b) { return; }
    b.addEventListener("click", function () {
      var numeric = th.getAttribute("data-type") === "num";
      var asc = th.getAttribute("aria-sort") !== "ascending";
      headers.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var keyed = rows.map(function (r, i) { return [value(r, col, numeric), i, r]; });
      keyed.sort(function (x, y) {
        var a = x[0], b2 = y[0];
        var an = numeric && isNaN(a), bn = numeric && isNaN(b2);
        if (an || bn) { return an === bn ? x[1] - y[1] : (an ? 1 : -1); }  /* blanks last */
        var c = a < b2 ? -1 : a > b2 ? 1 : 0;
        return (asc ? c : -c) || x[1] - y[1];
      });
      var frag = document.createDocumentFragment();
      keyed.forEach(function (k) { frag.appendChild(k[2]); });
      body.appendChild(frag);
      rows = keyed.map(function (k) { return k[2]; });
      document.getElementById("sort-state").textContent =
        "Sorted by " + b.textContent + (asc ? ", ascending" : ", descending");
    });
  });
  var q = document.getElementById("q"), gate = document.getElementById("gate"), sev = document.getElementById("sev");
  function filter() {
    var text = q.value.trim().toLowerCase(), g = gate.value, s = sev.value, shown = 0;
    rows.forEach(function (r) {
      var ok = (!text || r.getAttribute("data-search").indexOf(text) >= 0) &&
        (!g || r.getAttribute("data-gate") === g) &&
        (!s || Number(r.getAttribute("data-" + s)) > 0);
      r.hidden = !ok; if (ok) { shown++; }
    });
    document.getElementById("shown").textContent = "Showing " + shown + " of " + rows.length + " articles";
  }
  [q, gate, sev].forEach(function (el) { el.addEventListener("input", filter); el.addEventListener("change", filter); });
  document.getElementById("export-all").addEventListener("click", function () {
    var all = MTQA.all();
    MTQA.exportDecisions("mtqa-decisions.json", all);
    document.getElementById("export-state").textContent = all.length + " decision" + (all.length === 1 ? "" : "s") + " exported";
  });
  filter();
})();
