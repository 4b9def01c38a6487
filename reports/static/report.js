/* touchpoint report: tables, filters and the navigation graph, built from the embedded JSON.
   Every string from the crawled site is set with textContent; innerHTML is never used. */
(function () {
  "use strict";
  /* print: open every collapsed explanation. First, so nothing below can stop it; the print
     CSS (::details-content) does the same where scripts never run. */
  var closed = [];
  window.addEventListener("beforeprint", function () {
    closed = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () { closed.forEach(function (d) { d.open = false; }); });

  var data = JSON.parse(document.getElementById("report-data").textContent);
  var SEVERITIES = ["error", "warning", "notice"];
  var PAGE_SIZE = 200;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  var findingsByUrl = {};
  data.findings.forEach(function (f) {
    (findingsByUrl[f[1]] = findingsByUrl[f[1]] || []).push(f);
  });
  function checkOf(f) { return data.checks[f[0]]; }

  /* ---- page thumbnails (--screenshots) -------------------------------- */
  /* audit.json is untrusted: only an inline base64 JPEG or PNG may become an <img src>
     (never "javascript:", "data:text/html" or a URL the browser would fetch). */
  var SHOT_URI = /^data:image\/(?:jpeg|png);base64,[A-Za-z0-9+\/]+={0,2}$/;
  var SHOT_SIZES = { small: [164, 92], tiny: [48, 27] };
  var shots = (Array.isArray(data.shots) ? data.shots : []).map(function (s) {
    var ok = Array.isArray(s) && typeof s[0] === "string" && typeof s[1] === "string" && SHOT_URI.test(s[1]);
    return ok ? s : null;
  });
  var shotByUrl = Object.create(null);
  shots.forEach(function (s) { if (s) shotByUrl[s[0]] = s[1]; });
  function shotImage(url, size) {
    var uri = shotByUrl[url];
    if (typeof uri !== "string" || !SHOT_URI.test(uri)) return null;
    var img = el("img", "thumb thumb-" + size);
    img.alt = "Screenshot of " + url;
    img.width = SHOT_SIZES[size][0];
    img.height = SHOT_SIZES[size][1];
    img.decoding = "async";
    img.src = uri;
    return img;
  }
  /* the slots the templates left next to findings and path steps */
  document.querySelectorAll("[data-shot]").forEach(function (slot) {
    var s = shots[Number(slot.dataset.shot)];
    var img = s ? shotImage(s[0], "small") : null;
    if (img) slot.appendChild(img); else slot.remove();
  });
  /* the path alone for the audited site's pages, the full URL as the tooltip; a <wbr>
     after each / ? & = - as reports.html.url_breaks puts them (text nodes only) */
  function urlCell(url) {
    var short = data.origin && url.indexOf(data.origin + "/") === 0 ? url.slice(data.origin.length) : url;
    var span = el("span", "url");
    short.split(/(?<=[\/?&=-])(?=.)/).forEach(function (part, i) {
      if (i) span.appendChild(document.createElement("wbr"));
      span.appendChild(document.createTextNode(part));
    });
    span.title = url;
    return span;
  }

  /* ---- sortable, filterable tables ---------------------------------- */

  function DataTable(id, rows, columns, filters) {
    var table = document.getElementById(id);
    var body = table.tBodies[0];
    var controls = document.querySelector('.filters[data-table="' + id + '"]');
    var count = controls.querySelector(".row-count");
    var more = document.querySelector('[data-more="' + id + '"]');
    var state = { key: null, dir: 1, shown: PAGE_SIZE, view: rows };
    var byKey = {};
    columns.forEach(function (c) { byKey[c.key] = c; });

    function apply() {
      var active = [];
      controls.querySelectorAll("[data-filter]").forEach(function (input) {
        var value = input.value.trim().toLowerCase();
        if (value) active.push([filters[input.dataset.filter], value]);
      });
      var view = rows.filter(function (row) {
        return active.every(function (f) { return f[0](row, f[1]); });
      });
      if (state.key) {
        var sortValue = byKey[state.key].sort, dir = state.dir;
        view = view.map(function (row, i) { return [sortValue(row), i, row]; });
        view.sort(function (a, b) {
          var x = a[0], y = b[0];
          if (x === y) return a[1] - b[1];
          if (x === null || x === undefined) return 1;
          if (y === null || y === undefined) return -1;
          return (x < y ? -1 : 1) * dir;
        });
        view = view.map(function (t) { return t[2]; });
      }
      state.view = view;
      draw();
    }

    function draw() {
      var fragment = document.createDocumentFragment();
      state.view.slice(0, state.shown).forEach(function (row) {
        var tr = document.createElement("tr");
        columns.forEach(function (c) {
          var td = el("td", c.num ? "num" : "");
          c.render(row, td);
          tr.appendChild(td);
        });
        fragment.appendChild(tr);
      });
      body.replaceChildren(fragment);
      var shown = Math.min(state.shown, state.view.length);
      count.textContent = shown < state.view.length
        ? "Showing " + shown.toLocaleString() + " of " + state.view.length.toLocaleString()
        : state.view.length.toLocaleString() + " of " + rows.length.toLocaleString() + " rows";
      more.hidden = shown >= state.view.length;
    }

    table.querySelectorAll("th[data-key]").forEach(function (th) {
      th.querySelector("button").addEventListener("click", function () {
        var key = th.dataset.key;
        state.dir = state.key === key ? -state.dir : byKey[key].firstDir || 1;
        state.key = key;
        table.querySelectorAll("th[data-key]").forEach(function (other) {
          other.setAttribute("aria-sort", other === th ? (state.dir > 0 ? "ascending" : "descending") : "none");
        });
        apply();
      });
    });
    controls.querySelectorAll("[data-filter]").forEach(function (input) {
      input.addEventListener("input", function () { state.shown = PAGE_SIZE; apply(); });
    });
    more.addEventListener("click", function () { state.shown += PAGE_SIZE; draw(); });
    apply();
  }

  function text(value) { return value === null || value === undefined ? "" : String(value); }
  function includes(haystack, needle) { return text(haystack).toLowerCase().indexOf(needle) !== -1; }
  function stageTag(index) {
    return el("span", "stage-tag st-" + data.stages[index], data.stageLabels[index]);
  }

  // pages rows: url, title, stage, action, status, depth, ctas, forms, findings, clicks, conversion,
  // broken (audit.model.is_broken: a robots.txt block is not broken), review (the rules were unsure)
  DataTable("pages-table", data.pages, [
    { key: "page", sort: function (r) { return text(r[1] || r[0]).toLowerCase(); }, render: function (r, td) {
      var shot = shotImage(r[0], "tiny");
      if (shot) td.appendChild(shot);
      td.appendChild(el("span", "cell-title", r[1] || "(untitled)"));
      td.appendChild(urlCell(r[0]));
    } },
    { key: "stage", sort: function (r) { return r[2]; }, render: function (r, td) {
      td.appendChild(stageTag(r[2]));
      if (r[12]) td.appendChild(el("span", "review-tag", "review"));
    } },
    { key: "action", sort: function (r) { return r[3]; }, render: function (r, td) {
      td.textContent = text(r[3]).replace(/_/g, " ") + (r[10] ? " (conversion)" : "");
    } },
    { key: "status", num: true, sort: function (r) { return r[4]; }, render: function (r, td) {
      td.textContent = r[4] === null ? "–" : r[4];
      if (r[11]) td.className += " status-bad";
    } },
    { key: "depth", num: true, sort: function (r) { return r[5]; }, render: function (r, td) { td.textContent = r[5] === null ? "–" : r[5]; } },
    { key: "ctas", num: true, firstDir: -1, sort: function (r) { return r[6]; }, render: function (r, td) { td.textContent = r[6]; } },
    { key: "findings", num: true, firstDir: -1, sort: function (r) { return r[8]; }, render: function (r, td) { td.textContent = r[8]; } }
  ], {
    text: function (r, q) { return includes(r[0], q) || includes(r[1], q); },
    stage: function (r, q) { return data.stages[r[2]] === q; },
    health: function (r, q) {
      if (q === "ok") return r[4] !== null && r[4] < 400;
      if (q === "broken") return r[11] === 1;
      if (q === "findings") return r[8] > 0;
      if (q === "review") return r[12] === 1;
      return r[10] === 1;
    }
  });

  // findings rows: check index, url, element, detail
  DataTable("findings-table", data.findings, [
    { key: "severity", sort: function (f) { return SEVERITIES.indexOf(checkOf(f)[2]); }, render: function (f, td) {
      td.appendChild(el("span", "sev sev-" + checkOf(f)[2], checkOf(f)[2]));
    } },
    { key: "check", sort: function (f) { return checkOf(f)[0]; }, render: function (f, td) {
      td.appendChild(el("span", "cell-title", checkOf(f)[1]));
      td.appendChild(el("span", "code", checkOf(f)[0]));
    } },
    { key: "url", sort: function (f) { return f[1]; }, render: function (f, td) { td.appendChild(urlCell(f[1])); } },
    { key: "detail", sort: function (f) { return text(f[3]); }, render: function (f, td) {
      if (f[2]) { td.appendChild(el("code", "element", f[2])); td.appendChild(document.createTextNode(" ")); }
      td.appendChild(el("span", "detail", f[3]));
    } }
  ], {
    text: function (f, q) { return includes(f[1], q) || includes(f[3], q) || includes(f[2], q); },
    severity: function (f, q) { return checkOf(f)[2] === q; },
    check: function (f, q) { return checkOf(f)[0].toLowerCase() === q; }
  });

  /* ---- navigation graph -------------------------------------------- */

  function Graph(canvas, graph) {
    var ctx = canvas.getContext("2d");
    var tip = document.getElementById("graph-tip");
    var panel = document.getElementById("graph-panel");
    var css = getComputedStyle(document.documentElement);
    var colours = data.stages.map(function (s) { return css.getPropertyValue("--" + s).trim() || "#888"; });
    var pagesMode = graph.mode === "pages";
    var nodes = graph.nodes;
    var view = { scale: 1, x: 0, y: 0 }, fit = { scale: 1, x: 0, y: 0 };
    var hover = -1, selected = -1, width = 0, height = 0;

    function stageOf(i) { return pagesMode ? data.pages[i][2] : graph.stages[i]; }
    function radius(i) { return pagesMode ? graph.radius : nodes[i][2]; }
    var bounds = nodes.reduce(function (b, n, i) {
      var r = radius(i) + (pagesMode ? 30 : 60);  /* room for the stage and section labels */
      return [Math.min(b[0], n[0] - r), Math.min(b[1], n[1] - r), Math.max(b[2], n[0] + r), Math.max(b[3], n[1] + r)];
    }, [Infinity, Infinity, -Infinity, -Infinity]);
    var labels = data.stages.map(function (s, k) {
      var members = nodes.filter(function (n, i) { return stageOf(i) === k; });
      if (!members.length) return null;
      var x = members.reduce(function (sum, n) { return sum + n[0]; }, 0) / members.length;
      var top = Math.min.apply(null, nodes.map(function (n, i) {
        return stageOf(i) === k ? n[1] - radius(i) : Infinity;
      }));
      return [data.stageLabels[k], x, top];
    });

    function resize() {
      var ratio = window.devicePixelRatio || 1;
      var w = bounds[2] - bounds[0], h = bounds[3] - bounds[1];
      width = canvas.clientWidth;
      canvas.style.height = Math.round(Math.max(280, Math.min(560, width * h / w))) + "px";
      height = canvas.clientHeight;
      canvas.width = Math.round(width * ratio); canvas.height = Math.round(height * ratio);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      fit.scale = Math.min(width / w, height / h, 4);
      fit.x = (width - w * fit.scale) / 2 - bounds[0] * fit.scale;
      fit.y = (height - h * fit.scale) / 2 - bounds[1] * fit.scale;
      view.scale = fit.scale; view.x = fit.x; view.y = fit.y;
      draw();
    }

    function screen(i) { return [nodes[i][0] * view.scale + view.x, nodes[i][1] * view.scale + view.y]; }

    function draw() {
      ctx.clearRect(0, 0, width, height);
      var zoom = view.scale / fit.scale;
      ctx.lineWidth = 1;
      ctx.strokeStyle = "rgba(70, 84, 104, " + (pagesMode ? 0.1 : 0.12) + ")";
      if (pagesMode) {
        ctx.beginPath();
        graph.edges.forEach(function (e) {
          var a = screen(e[0]), b = screen(e[1]);
          ctx.moveTo(a[0], a[1]); ctx.lineTo(b[0], b[1]);
        });
        ctx.stroke();
      } else {
        graph.edges.forEach(function (e) {
          var a = screen(e[0]), b = screen(e[1]);
          ctx.lineWidth = Math.min(1 + Math.log(e[2]), 6);
          ctx.beginPath(); ctx.moveTo(a[0], a[1]);
          ctx.quadraticCurveTo((a[0] + b[0]) / 2, Math.min(a[1], b[1]) - 40, b[0], b[1]); ctx.stroke();
        });
      }
      ctx.fillStyle = "#7a8494"; ctx.font = "600 11px system-ui, sans-serif"; ctx.textAlign = "center";
      labels.forEach(function (label) {
        if (!label) return;
        ctx.fillText(label[0].toUpperCase(), label[1] * view.scale + view.x, (label[2] - 10) * view.scale + view.y - 8);
      });
      var focus = selected >= 0 ? selected : hover;
      if (focus >= 0) {
        ctx.strokeStyle = "rgba(31, 58, 95, 0.75)"; ctx.lineWidth = 1.5; ctx.beginPath();
        graph.edges.forEach(function (e) {
          if (e[0] !== focus && e[1] !== focus) return;
          var a = screen(e[0]), b = screen(e[1]);
          ctx.moveTo(a[0], a[1]); ctx.lineTo(b[0], b[1]);
        });
        ctx.stroke();
      }
      var size = Math.max(1, Math.sqrt(zoom));
      nodes.forEach(function (n, i) {
        var p = screen(i), r = radius(i) * (pagesMode ? fit.scale * size : view.scale);
        ctx.beginPath(); ctx.arc(p[0], p[1], i === focus ? r + 3 : r, 0, 2 * Math.PI);
        ctx.fillStyle = colours[stageOf(i)]; ctx.fill();
        ctx.lineWidth = i === focus ? 2.5 : 1; ctx.strokeStyle = i === focus ? "#1d2430" : "#ffffff"; ctx.stroke();
        if (!pagesMode) {
          ctx.fillStyle = "#1d2430"; ctx.font = "12px system-ui, sans-serif"; ctx.textAlign = "center";
          ctx.fillText(n[3] + " (" + n[4].toLocaleString() + ")", p[0], p[1] + r + 14);
        }
      });
    }

    function nodeAt(x, y) {
      var best = -1, bestDistance = Infinity;
      var size = Math.max(1, Math.sqrt(view.scale / fit.scale));
      nodes.forEach(function (n, i) {
        var p = screen(i), dx = p[0] - x, dy = p[1] - y, d = dx * dx + dy * dy;
        var r = (pagesMode ? radius(i) * fit.scale * size : radius(i) * view.scale) + 4;
        if (d < r * r && d < bestDistance) { best = i; bestDistance = d; }
      });
      return best;
    }

    function describe(i, container, full) {
      if (pagesMode) {
        var page = data.pages[i];
        container.appendChild(el(full ? "h4" : "strong", "", page[1] || "(untitled)"));
        container.appendChild(urlCell(page[0]));
        if (!full) return;
        var shot = shotImage(page[0], "small");
        if (shot) container.appendChild(shot);
        var meta = el("p", "");
        meta.appendChild(stageTag(page[2]));
        meta.appendChild(document.createTextNode(text(page[3]).replace(/_/g, " ") + " · status " + text(page[4] || "–") + " · depth " + text(page[5] === null ? "–" : page[5])));
        container.appendChild(meta);
        var found = findingsByUrl[page[0]] || [];
        container.appendChild(el("strong", "", found.length ? found.length + " finding" + (found.length > 1 ? "s" : "") : "No findings"));
        var list = el("ul", "");
        found.forEach(function (f) {
          var item = el("li", "");
          item.appendChild(el("span", "sev sev-" + checkOf(f)[2], checkOf(f)[2]));
          item.appendChild(document.createTextNode(" " + checkOf(f)[1] + ": " + text(f[3])));
          list.appendChild(item);
        });
        container.appendChild(list);
      } else {
        var n = nodes[i];
        container.appendChild(el(full ? "h4" : "strong", "", n[3]));
        var line = el("p", "");
        line.appendChild(stageTag(graph.stages[i]));
        line.appendChild(document.createTextNode(n[4].toLocaleString() + " pages, " + n[5].toLocaleString() + " findings"));
        container.appendChild(line);
      }
    }

    var drag = null;
    canvas.addEventListener("mousemove", function (event) {
      var box = canvas.getBoundingClientRect(), x = event.clientX - box.left, y = event.clientY - box.top;
      if (drag) {
        view.x = drag.x + x - drag.startX; view.y = drag.y + y - drag.startY; drag.moved = true; draw(); return;
      }
      var found = nodeAt(x, y);
      if (found !== hover) { hover = found; draw(); }
      if (found < 0) { tip.hidden = true; return; }
      tip.replaceChildren(); describe(found, tip, false);
      tip.style.left = Math.min(x + 14, width - 200) + "px"; tip.style.top = (y + 14) + "px"; tip.hidden = false;
    });
    canvas.addEventListener("mouseleave", function () { hover = -1; tip.hidden = true; drag = null; draw(); });
    canvas.addEventListener("mousedown", function (event) {
      var box = canvas.getBoundingClientRect();
      drag = { startX: event.clientX - box.left, startY: event.clientY - box.top, x: view.x, y: view.y, moved: false };
      canvas.classList.add("dragging");
    });
    canvas.addEventListener("mouseup", function (event) {
      var moved = drag && drag.moved; drag = null; canvas.classList.remove("dragging");
      if (moved) return;
      var box = canvas.getBoundingClientRect();
      select(nodeAt(event.clientX - box.left, event.clientY - box.top));
    });
    function select(i) {
      selected = i;
      if (i >= 0) { panel.replaceChildren(); describe(i, panel, true); }
      draw();
    }
    function zoomAt(factor, x, y) {
      var scale = Math.max(fit.scale * 0.5, Math.min(fit.scale * 40, view.scale * factor));
      view.x = x - (x - view.x) * scale / view.scale; view.y = y - (y - view.y) * scale / view.scale;
      view.scale = scale; draw();
    }
    canvas.addEventListener("wheel", function (event) {
      event.preventDefault();
      var box = canvas.getBoundingClientRect();
      zoomAt(event.deltaY < 0 ? 1.2 : 1 / 1.2, event.clientX - box.left, event.clientY - box.top);
    }, { passive: false });
    document.querySelectorAll("[data-zoom]").forEach(function (button) {
      button.addEventListener("click", function () {
        var how = button.dataset.zoom;
        if (how === "reset") { view.scale = fit.scale; view.x = fit.x; view.y = fit.y; draw(); }
        else zoomAt(how === "in" ? 1.5 : 1 / 1.5, width / 2, height / 2);
      });
    });
    window.addEventListener("resize", resize);
    resize();
    return {
      /* where node i is drawn, in CSS pixels from the canvas's top-left corner */
      position: function (i) { return screen(i); }
    };
  }

  /* drawn when asked for ("Show every page", journey.js): first paint never pays for it */
  window.touchpointShowGraph = function () {
    if (!window.touchpointGraph) window.touchpointGraph = Graph(document.getElementById("graph-canvas"), data.graph);
    return window.touchpointGraph;
  };
})();
