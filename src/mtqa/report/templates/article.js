"use strict";
/* The review page: filters, notes on hover and focus, keyboard navigation, decisions. */
(function () {
  var data = JSON.parse(document.getElementById("mtqa-data").textContent);
  var byN = {};
  data.findings.forEach(function (f) { byN[f.n] = f; });
  var items = Array.prototype.slice.call(document.querySelectorAll("li.fitem"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.hl"));
  var tip = document.getElementById("tip");
  var visible = {};
  var current = -1;

  function fids(el) { return (el.getAttribute("data-f") || "").split(" ").filter(Boolean).map(Number); }
  function itemOf(n) { return document.getElementById("item-f" + n); }
  function status(f) {
    var d = MTQA.get(data.doc_id, f.fingerprint);
    return d ? (d.decision === "accept" ? "accepted" : "dismissed") : f.status;
  }

  /* ---- filters ---- */
  function applyFilters() {
    var sevs = {};
    document.querySelectorAll("input.f-sev").forEach(function (c) { sevs[c.value] = c.checked; });
    var cat = document.getElementById("f-cat").value;
    var rule = document.getElementById("f-rule").value;
    var conf = parseFloat(document.getElementById("f-conf").value);
    var showDismissed = document.getElementById("f-dismissed").checked;
    document.getElementById("f-conf-out").textContent = conf.toFixed(2);
    var shown = 0;
    data.findings.forEach(function (f) {
      var st = status(f);
      var ok = sevs[f.severity] !== false && (!cat || f.category === cat) && (!rule || f.code === rule) &&
        (f.confidence === null || f.confidence >= conf - 1e-9) && (showDismissed || st !== "dismissed");
      visible[f.n] = ok;
      var li = itemOf(f.n);
      li.hidden = !ok;
      li.classList.toggle("st-dismissed", st === "dismissed");
      li.classList.toggle("st-accepted", st === "accepted");
      if (ok) { shown++; }
    });
    marks.forEach(function (m) {
      var ns = fids(m);
      var on = ns.filter(function (n) { return visible[n]; });
      m.classList.toggle("off", on.length === 0);
      m.classList.toggle("dismissed", on.length > 0 && on.every(function (n) { return status(byN[n]) === "dismissed"; }));
      m.tabIndex = on.length ? 0 : -1;
      if (on.length) { m.setAttribute("aria-describedby", on.map(function (n) { return "desc-f" + n; }).join(" ")); }
      else { m.removeAttribute("aria-describedby"); }
    });
    document.getElementById("shown").textContent =
      "Showing " + shown + " of " + data.findings.length + " findings";
  }
  document.querySelectorAll(".toolbar input, .toolbar select").forEach(function (el) {
    el.addEventListener("input", applyFilters);
    el.addEventListener("change", applyFilters);
  });

  /* ---- notes on hover and keyboard focus ---- */
  function showTip(m) {
    var ns = fids(m).filter(function (n) { return visible[n]; });
    if (!ns.length) { hideTip(); return; }
    while (tip.firstChild) { tip.removeChild(tip.firstChild); }
    ns.forEach(function (n) {
      var src = document.getElementById("desc-f" + n);
      var c = src.cloneNode(true); c.removeAttribute("id"); tip.appendChild(c);
    });
    tip.hidden = false;
    var r = m.getBoundingClientRect();
    var top = r.bottom + 6, left = Math.max(8, Math.min(r.left, window.innerWidth - tip.offsetWidth - 8));
    if (top + tip.offsetHeight > window.innerHeight - 8) { top = Math.max(8, r.top - tip.offsetHeight - 6); }
    tip.style.top = top + "px"; tip.style.left = left + "px";
  }
  function hideTip() { tip.hidden = true; }
  marks.forEach(function (m) {
    m.addEventListener("mouseenter", function () { showTip(m); });
    m.addEventListener("mouseleave", function () { if (document.activeElement !== m) { hideTip(); } });
    m.addEventListener("focus", function () { showTip(m); });
    m.addEventListener("blur", hideTip);
    m.addEventListener("click", function () { var ns = fids(m).filter(function (n) { return visible[n]; }); if (ns.length) { select(ns[0], false); } });
  });
  window.addEventListener("scroll", function () {
    var a = document.activeElement;
    if (a && a.matches && a.matches("mark.hl")) { showTip(a); } else { hideTip(); }
  }, {passive: true});

  /* ---- moving between findings ---- */
  function markOf(n) {
    return document.querySelector("td.tgt mark[data-f~='" + n + "']:not(.off)") ||
      document.querySelector("td.src mark[data-f~='" + n + "']:not(.off)");
  }
  function select(n, focus) {
    document.querySelectorAll(".current").forEach(function (el) { el.classList.remove("current"); el.removeAttribute("aria-current"); });
    current = n;
    var li = itemOf(n);
    li.classList.add("current"); li.setAttribute("aria-current", "true");
    li.scrollIntoView({block: "nearest"});
    var m = markOf(n);
    if (m) {
      m.classList.add("current");
      if (focus) { m.focus({preventScroll: true}); m.scrollIntoView({block: "center"}); }
    } else if (focus) {
      var f = byN[n];
      var row = f && f.anchor ? document.getElementById(f.anchor) : null;
      if (row) { row.scrollIntoView({block: "center"}); }
      li.querySelector("button.jump").focus();
    }
  }
  function step(dir) {
    var order = data.findings.map(function (f) { return f.n; }).filter(function (n) { return visible[n]; });
    if (!order.length) { return; }
    var i = order.indexOf(current);
    i = i < 0 ? (dir > 0 ? 0 : order.length - 1) : (i + dir + order.length) % order.length;
    select(order[i], true);
  }
  document.querySelectorAll("button.jump").forEach(function (b) {
    b.addEventListener("click", function () { select(Number(b.getAttribute("data-n")), true); });
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { hideTip(); return; }
    var t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    if (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA" || t.isContentEditable)) { return; }
    if (e.key === "j" || e.key === "n") { step(1); e.preventDefault(); }
    else if (e.key === "k" || e.key === "p") { step(-1); e.preventDefault(); }
    else if ((e.key === "a" || e.key === "d") && current > 0) {
      decide(current, e.key === "a" ? "accept" : "dismiss"); e.preventDefault();
    }
  });

  /* ---- decisions ---- */
  function render(n) {
    var f = byN[n], li = itemOf(n), d = MTQA.get(data.doc_id, f.fingerprint);
    li.querySelector("button.accept").setAttribute("aria-pressed", String(!!d && d.decision === "accept"));
    li.querySelector("button.dismiss").setAttribute("aria-pressed", String(!!d && d.decision === "dismiss"));
    var st = status(f);
    li.querySelector(".state").textContent = st === "open" ? "" : st;
    if (d && document.activeElement !== li.querySelector("input.comment")) { li.querySelector("input.comment").value = d.comment || ""; }
  }
  function decide(n, decision) {
    var f = byN[n], li = itemOf(n), old = MTQA.get(data.doc_id, f.fingerprint);
    if (old && old.decision === decision) { MTQA.put(data.doc_id, f.fingerprint, null); }
    else {
      MTQA.put(data.doc_id, f.fingerprint, {
        doc_id: data.doc_id, fingerprint: f.fingerprint, code: f.code, decision: decision,
        comment: li.querySelector("input.comment").value, source_text: f.source_text || "",
        target_text: f.target_text || "", decided_at: new Date().toISOString()
      });
    }
    render(n); applyFilters();
  }
  items.forEach(function (li) {
    var n = Number(li.getAttribute("data-n"));
    li.querySelector("button.accept").addEventListener("click", function () { select(n, false); decide(n, "accept"); });
    li.querySelector("button.dismiss").addEventListener("click", function () { select(n, false); decide(n, "dismiss"); });
    li.querySelector("input.comment").addEventListener("change", function (e) {
      var f = byN[n], d = MTQA.get(data.doc_id, f.fingerprint);
      if (d) { d.comment = e.target.value; d.decided_at = new Date().toISOString(); MTQA.put(data.doc_id, f.fingerprint, d); }
    });
    render(n);
  });
  document.getElementById("export").addEventListener("click", function () {
    var out = [];
    data.findings.forEach(function (f) { var d = MTQA.get(data.doc_id, f.fingerprint); if (d) { out.push(d); } });
    var safe = String(data.doc_id).replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 60) || "article";
    MTQA.exportDecisions("mtqa-decisions-" + safe + ".json", out);
    document.getElementById("export-state").textContent = out.length + " decision" + (out.length === 1 ? "" : "s") + " exported";
  });
  applyFilters();
})();
