"use strict";
/* Shared by the dashboard and the review pages: decision storage and JSON downloads. */
var MTQA = (function () {
  var PREFIX = "mtqa:decision:";
  var memory = {};
  function store() {
    try { var s = window.localStorage; s.getItem("x"); return s; } catch (e) { return null; }
  }
  function key(docId, fp) { return PREFIX + JSON.stringify([docId, fp]); }
  function get(docId, fp) {
    var s = store(), k = key(docId, fp);
    var raw = s ? s.getItem(k) : memory[k];
    if (!raw) { return null; }
    try { return JSON.parse(raw); } catch (e) { return null; }
  }
  function put(docId, fp, rec) {
    var s = store(), k = key(docId, fp);
    if (rec === null) { if (s) { s.removeItem(k); } delete memory[k]; return; }
    var raw = JSON.stringify(rec);
    if (s) { s.setItem(k, raw); } else { memory[k] = raw; }
  }
  function all() {
    var out = [], s = store(), keys = [];
    if (s) { for (var i = 0; i < s.length; i++) { keys.push(s.key(i)); } }
    else { keys = Object.keys(memory); }
    keys.sort();
    keys.forEach(function (k) {
      if (k && k.indexOf(PREFIX) === 0) {
        try { out.push(JSON.parse(s ? s.getItem(k) : memory[k])); } catch (e) { /* skip */ }
      }
    });
    return out;
  }
  function download(name, obj) {
    var blob = new Blob([JSON.stringify(obj, null, 2) + "\n"], {type: "application/json"});
    var url = URL.createObjectURL(blob);
    var a = document.createElement("a");
    a.href = url; a.download = name; a.style.display = "none";
    document.body.appendChild(a); a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 1000);
  }
  function exportDecisions(name, decisions) {
    download(name, {schema: "mtqa.decisions/1", decisions: decisions});
  }
  return {get: get, put: put, all: all, download: download, exportDecisions: exportDecisions};
})();
