/* peaceproc — the timeline's behaviour on top of server-rendered HTML.
 *
 * Everything here is an enhancement: without JavaScript every control is a link or a
 * form that reloads the page. With it, htmx swaps #timeline and the detail panel, and
 * this file adds: filters that apply on change, the detail panel's focus handling,
 * arrow-key movement between items (one tab stop per timeline), and zoom/pan by
 * keyboard, mouse wheel, drag, swipe and pinch. Each zoom or pan asks the server for a
 * new window (zoom/at in the URL), so the address bar always reproduces what is shown.
 */
(function () {
  "use strict";

  document.documentElement.classList.add("js");

  // Months shown by each zoom level (mirrors peaceproc/site/filters.py ZOOM_MONTHS).
  var ZOOM_MONTHS = { "4y": 48, year: 12, quarter: 3, month: 1 };
  var ZOOM_LEVELS = ["all", "4y", "year", "quarter", "month"];
  var DAY = 86400000;

  var opener = null; // the element that opened the detail panel, to return focus to
  var focusAfterSwap = null; // what to focus once #timeline is replaced

  function $(selector, root) { return (root || document).querySelector(selector); }
  function $all(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }

  function parseDay(text) {
    var parts = text.split("-");
    return Date.UTC(+parts[0], +parts[1] - 1, +parts[2]);
  }
  function formatDay(time) { return new Date(time).toISOString().slice(0, 10); }

  /* -- requests ------------------------------------------------------------------- */

  function loadTimeline(url, focus) {
    focusAfterSwap = focus || null;
    var timeline = $("#timeline");
    if (!timeline || !window.htmx) { window.location.href = url; return; }
    window.htmx.ajax("GET", url, { source: timeline, target: "#timeline", swap: "outerHTML" });
  }

  function windowUrl(zoom, start) {
    var url = new URL(window.location.href);
    url.searchParams.delete("page");
    url.searchParams.set("zoom", zoom);
    if (zoom === "all" || !start) { url.searchParams.delete("at"); } else { url.searchParams.set("at", formatDay(start)); }
    return url.pathname + url.search;
  }

  /* -- the window: where a point on the lanes is in time ------------------------------ */

  function windowOf(lanes) {
    var start = parseDay(lanes.dataset.windowStart);
    var end = parseDay(lanes.dataset.windowEnd) + DAY;
    var grid = $(".lane-grid", lanes) || lanes;
    var box = grid.getBoundingClientRect();
    return { zoom: lanes.dataset.zoom, start: start, end: end, left: box.left, width: box.width || 1 };
  }

  function timeAt(win, clientX) {
    var fraction = Math.min(Math.max((clientX - win.left) / win.width, 0), 1);
    return win.start + fraction * (win.end - win.start);
  }

  function zoomAround(lanes, steps, centre, focus) {
    var win = windowOf(lanes);
    // No wider than the server allows: with from/to set, it offers no zoom out past them.
    if (steps < 0 && !lanes.dataset.zoomOut) { return; }
    var index = Math.min(Math.max(ZOOM_LEVELS.indexOf(win.zoom) + steps, 0), ZOOM_LEVELS.length - 1);
    var zoom = ZOOM_LEVELS[index];
    if (zoom === win.zoom) { return; }
    if (zoom === "all") { loadTimeline(windowUrl("all"), focus); return; }
    var span = ZOOM_MONTHS[zoom] * 30.44 * DAY;
    loadTimeline(windowUrl(zoom, centre - span / 2), focus);
  }

  function panBy(lanes, milliseconds, focus) {
    var win = windowOf(lanes);
    if (win.zoom === "all") { return; }
    loadTimeline(windowUrl(win.zoom, win.start + milliseconds), focus);
  }

  /* -- keyboard: one tab stop per timeline, arrows between items --------------------- */

  // The marks drawn in the current layout (a mark counted in a group's badge is not).
  function marksOf(container) {
    return $all(".mark", container).filter(function (mark) { return mark.getClientRects().length > 0; });
  }

  // A window with no marks makes the lanes themselves the tab stop, so that focus stays
  // in the timeline and + − and Shift+arrows keep working there.
  function setRoving(lanes, active) {
    var marks = marksOf(lanes);
    lanes.tabIndex = marks.length ? -1 : 0;
    if (!marks.length) { return; }
    active = active && marks.indexOf(active) >= 0 ? active : marks[0];
    marks.forEach(function (mark) { mark.tabIndex = mark === active ? 0 : -1; });
  }

  function moveTo(lanes, mark) {
    if (!mark) { return; }
    setRoving(lanes, mark);
    mark.focus();
  }

  function nearestIn(lane, day) {
    var best = null;
    var bestDistance = Infinity;
    marksOf(lane).forEach(function (mark) {
      var distance = Math.abs(parseDay(mark.dataset.first) - day);
      if (distance < bestDistance) { best = mark; bestDistance = distance; }
    });
    return best;
  }

  function onLanesKey(event) {
    var lanes = event.currentTarget;
    var mark = event.target.closest(".mark");
    var win = windowOf(lanes);
    var key = event.key;
    if (key === "+" || key === "=") { event.preventDefault(); zoomAround(lanes, 1, mark ? parseDay(mark.dataset.first) : (win.start + win.end) / 2, "lanes"); return; }
    if (key === "-" || key === "_") { event.preventDefault(); zoomAround(lanes, -1, mark ? parseDay(mark.dataset.first) : (win.start + win.end) / 2, "lanes"); return; }
    if (event.shiftKey && (key === "ArrowLeft" || key === "ArrowRight")) {
      event.preventDefault();
      panBy(lanes, (key === "ArrowLeft" ? -0.5 : 0.5) * (win.end - win.start), "lanes");
      return;
    }
    if (!mark) { return; }
    var lane = mark.closest(".lane");
    var inLane = marksOf(lane);
    var index = inLane.indexOf(mark);
    var rows = $all(".lane", lanes).filter(function (l) { return marksOf(l).length; });
    var laneIndex = rows.indexOf(lane);
    if (key === "ArrowRight") { event.preventDefault(); moveTo(lanes, inLane[index + 1]); }
    else if (key === "ArrowLeft") { event.preventDefault(); moveTo(lanes, inLane[index - 1]); }
    else if (key === "Home") { event.preventDefault(); moveTo(lanes, inLane[0]); }
    else if (key === "End") { event.preventDefault(); moveTo(lanes, inLane[inLane.length - 1]); }
    else if (key === "ArrowDown" || key === "ArrowUp") {
      var next = rows[laneIndex + (key === "ArrowDown" ? 1 : -1)];
      if (next) { event.preventDefault(); moveTo(lanes, nearestIn(next, parseDay(mark.dataset.first))); }
    }
  }

  /* -- mouse, touch and pen: drag or swipe to pan, wheel or pinch to zoom ------------- */

  function setUpGestures(lanes) {
    var pointers = {};
    var drag = null;
    var pinch = null;
    var wheel = { zoom: 0, pan: 0, x: 0, timer: null };
    var suppressClick = false;

    function distance() {
      var ids = Object.keys(pointers);
      var a = pointers[ids[0]];
      var b = pointers[ids[1]];
      return { d: Math.hypot(a.x - b.x, a.y - b.y), x: (a.x + b.x) / 2 };
    }

    lanes.addEventListener("pointerdown", function (event) {
      if (event.button !== 0 || event.target.closest(".window-nav, .hint, .legend")) { return; }
      pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
      var count = Object.keys(pointers).length;
      if (count === 1) { drag = { x: event.clientX, y: event.clientY, moved: false }; }
      if (count === 2) { drag = null; pinch = { start: distance().d, x: distance().x }; }
    });
    lanes.addEventListener("pointermove", function (event) {
      if (!pointers[event.pointerId]) { return; }
      pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
      if (drag && Math.abs(event.clientX - drag.x) > 8 && Math.abs(event.clientX - drag.x) > Math.abs(event.clientY - drag.y)) {
        drag.moved = true;
        lanes.classList.add("dragging");
        $all(".lane-grid, .axis-grid", lanes).forEach(function (grid) {
          grid.style.transform = "translateX(" + (event.clientX - drag.x) + "px)"; // CSSOM, allowed by the CSP
        });
      }
    });
    function end(event) {
      if (!pointers[event.pointerId]) { return; }
      var win = windowOf(lanes);
      if (pinch && Object.keys(pointers).length === 2) {
        var ratio = distance().d / (pinch.start || 1);
        var centre = timeAt(win, pinch.x);
        pinch = null;
        if (ratio > 1.25) { zoomAround(lanes, 1, centre); } else if (ratio < 0.8) { zoomAround(lanes, -1, centre); }
      } else if (drag && drag.moved) {
        suppressClick = true;
        var shift = -((event.clientX - drag.x) / win.width) * (win.end - win.start);
        if (win.zoom === "all") { resetDrag(); } else { panBy(lanes, shift); }
      }
      delete pointers[event.pointerId];
      if (!Object.keys(pointers).length) { drag = null; }
    }
    function resetDrag() {
      lanes.classList.remove("dragging");
      $all(".lane-grid, .axis-grid", lanes).forEach(function (grid) { grid.style.transform = ""; });
    }
    lanes.addEventListener("pointerup", end);
    lanes.addEventListener("pointercancel", function (event) { delete pointers[event.pointerId]; drag = null; pinch = null; resetDrag(); });
    // A drag ends with a click on whatever was under the pointer; it must not open it.
    lanes.addEventListener("click", function (event) {
      if (suppressClick) { event.preventDefault(); event.stopPropagation(); suppressClick = false; }
    }, true);

    lanes.addEventListener("wheel", function (event) {
      var horizontal = event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY);
      if (!event.ctrlKey && !event.metaKey && !horizontal) { return; } // plain wheel scrolls the page
      event.preventDefault();
      if (horizontal) { wheel.pan += event.shiftKey ? event.deltaY : event.deltaX; } else { wheel.zoom += event.deltaY; }
      wheel.x = event.clientX;
      clearTimeout(wheel.timer);
      wheel.timer = setTimeout(function () {
        var win = windowOf(lanes);
        if (Math.abs(wheel.zoom) > 20) {
          zoomAround(lanes, wheel.zoom < 0 ? 1 : -1, timeAt(win, wheel.x));
        } else if (Math.abs(wheel.pan) > 30) {
          panBy(lanes, (wheel.pan / win.width) * (win.end - win.start));
        }
        wheel.zoom = 0; wheel.pan = 0;
      }, 200);
    }, { passive: false });
  }

  /* -- the detail panel ------------------------------------------------------------- */

  function markSelected(href) {
    $all(".is-selected").forEach(function (el) { el.classList.remove("is-selected"); });
    if (!href) { return; }
    $all("#timeline [data-panel]").forEach(function (link) {
      if (link.getAttribute("href") === href) { (link.closest(".entry") || link).classList.add("is-selected"); }
    });
  }

  /* The panel has a URL: opening an item pushes ?open=<its page>, Back closes the panel,
     Forward opens it again, and the server renders that URL with the panel open. */

  function urlWithPanel(href) {
    var url = new URL(window.location.href);
    if (href) { url.searchParams.set("open", href); } else { url.searchParams.delete("open"); }
    return url.pathname + url.search;
  }

  function loadPanel(href) {
    var panel = $("#detail-panel");
    if (!panel || !window.htmx) { return; }
    panel.hidden = false;
    markSelected(href);
    window.htmx.ajax("GET", href, { target: "#detail-body", swap: "innerHTML" });
  }

  function closePanel(fromHistory) {
    var panel = $("#detail-panel");
    if (!panel || panel.hidden) { return; }
    panel.hidden = true;
    if (!fromHistory) {
      // Back to the entry before the panel opened, else the same entry without it.
      if (history.state && history.state.panel) { history.back(); } else { history.replaceState(history.state, "", urlWithPanel(null)); }
    }
    $("#detail-body").innerHTML = "";
    markSelected(null);
    if (opener && document.body.contains(opener)) { opener.focus(); }
    opener = null;
  }

  /* -- labels: the server chose each from estimated text widths; a label the fonts here
     make too long for its room falls back to the short label, then to the tooltip. -- */

  function isCut(label) {
    return label.scrollWidth > label.clientWidth + 1;
  }

  function fitLabels(lanes) {
    // Reads first, then writes: one layout per pass, however many marks.
    var marks = $all(".mark.fit-short, .mark.fit-none", lanes);
    marks.forEach(function (mark) { mark.classList.remove("fit-short", "fit-none"); });
    var cut = $all(".mark", lanes).filter(function (mark) {
      var label = $(".label", mark);
      return label && isCut(label);
    });
    var shortened = cut.filter(function (mark) {
      var short = $(".label .short", mark);
      return short && short.textContent;
    });
    shortened.forEach(function (mark) { mark.classList.add("fit-short"); });
    var still = shortened.filter(function (mark) { return isCut($(".label", mark)); });
    cut.forEach(function (mark) {
      if (shortened.indexOf(mark) < 0 || still.indexOf(mark) >= 0) {
        mark.classList.remove("fit-short");
        mark.classList.add("fit-none");
      }
    });
  }

  /* -- tooltips inside the viewport --------------------------------------------------- */

  // A mark's tooltip opens from the mark (leftwards past three fifths of the lanes, see
  // marks.py); on a narrow screen it may still run past an edge. Once shown, it is moved
  // back inside by a custom property the stylesheet turns into a translation (CSSOM, not
  // a style attribute: the CSP allows it).
  var TIP_MARGIN = 4;
  function keepTipInView(event) {
    var mark = event.target.closest && event.target.closest(".lanes .mark");
    var tip = mark && $(".tip", mark);
    if (!tip) { return; }
    tip.style.removeProperty("--tip-dx");
    var box = tip.getBoundingClientRect();
    if (!box.width) { return; }
    var right = document.documentElement.clientWidth - TIP_MARGIN;
    var dx = box.right > right ? right - box.right : 0;
    if (box.left + dx < TIP_MARGIN) { dx = TIP_MARGIN - box.left; }
    if (dx) { tip.style.setProperty("--tip-dx", Math.round(dx) + "px"); }
  }
  document.addEventListener("focusin", keepTipInView);
  document.addEventListener("mouseover", keepTipInView);

  var resizeTimer = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () {
      $all(".lanes").forEach(function (lanes) {
        fitLabels(lanes);
        setRoving(lanes, $(".mark[tabindex='0']", lanes));  // the layout may have changed
      });
    }, 150);
  });

  /* -- settled: <html data-settled> ------------------------------------------------
     Present while the page has nothing of this file's left to do: it is set up, no htmx
     request is in flight (a swap, the panel, a Back/Forward reload), no swapped content
     is still settling and no label fitting waits for its idle callback. A request
     removes it as it is sent; whatever finishes last puts it back. Whoever must know
     that the page is ready (the browser tests) waits for it, not for an idle network.
     Requests are counted by their own XMLHttpRequest's loadstart/loadend, so one never
     sent (a Back that only closes the panel) is never waited for. */
  var busy = 1; // the page itself, until DOMContentLoaded has set it up
  function markSettled() {
    var html = document.documentElement;
    if (!busy && !html.hasAttribute("data-settled") && !$(".htmx-swapping, .htmx-settling")) { html.setAttribute("data-settled", ""); }
  }
  function beginWork() { busy++; document.documentElement.removeAttribute("data-settled"); }
  function endWork() { busy--; markSettled(); }
  function trackRequest(event) {
    var xhr = event.detail.xhr;
    xhr.addEventListener("loadstart", beginWork);
    xhr.addEventListener("loadend", endWork); // after htmx's onload, which swapped
  }
  document.addEventListener("htmx:beforeRequest", trackRequest);
  document.addEventListener("htmx:historyCacheMiss", trackRequest);
  document.addEventListener("htmx:afterSettle", markSettled);

  function whenIdle(work) {
    beginWork();
    (window.requestIdleCallback || function (f) { setTimeout(f, 1); })(function () {
      try { work(); } finally { endWork(); }
    });
  }

  /* -- wiring ------------------------------------------------------------------------- */

  function setUp(root) {
    var lanes = $(".lanes", root) || (root.matches && root.matches(".lanes") ? root : null);
    if (lanes && !lanes.dataset.ready) {
      lanes.dataset.ready = "1";
      setRoving(lanes);
      lanes.addEventListener("keydown", onLanesKey);
      lanes.addEventListener("focusin", function (event) {
        var mark = event.target.closest(".mark");
        if (mark) { setRoving(lanes, mark); }
      });
      setUpGestures(lanes);
      whenIdle(function () { fitLabels(lanes); });
    }
    var timeline = $("#timeline");
    if (timeline && root.contains && root.contains(timeline) || root === timeline) {
      var note = $("#no-track-note");
      if (note && noTrackChosen) { note.hidden = false; }
      noTrackChosen = false;
      var status = $("#timeline-status");
      if (status && timeline.dataset.status) { status.textContent = timeline.dataset.status; }
      var panel = $("#detail-panel");
      if (panel && !panel.hidden && opener) { markSelected(opener.getAttribute("href")); }
    }
  }

  var windowReset = false; // a new round or date range gets a window fitted to it
  // Every track unchecked sends no track, which means the default lanes: the page says so.
  var noTrackChosen = false;

  document.addEventListener("change", function (event) {
    var form = event.target.form;
    if (!form || form.id !== "filters") { return; }
    if (event.target.hasAttribute("data-resets-window")) { windowReset = true; }
    if (event.target.name === "track") { noTrackChosen = !$all("input[name=track]:checked", form).length; }
    // Checkboxes and lists apply at once; typed dates and search apply on Enter or Apply.
    if (event.target.type === "checkbox" || event.target.tagName === "SELECT") {
      form.requestSubmit();
    }
  });

  // The form holds the filters only. Other changes (tracks, kinds, a participant, a
  // search) keep the window being looked at, read from the address bar; without
  // JavaScript the form's window is fitted afresh, which is never wrong.
  document.addEventListener("htmx:configRequest", function (event) {
    if (!event.detail.elt || event.detail.elt.id !== "filters") { return; }
    if (!windowReset) {
      var current = new URLSearchParams(window.location.search);
      ["zoom", "at"].forEach(function (name) {
        if (current.has(name)) { event.detail.parameters[name] = current.get(name); }
      });
    }
    windowReset = false;
  });

  document.addEventListener("click", function (event) {
    var link = event.target.closest("[data-panel]");
    if (link) { opener = link; }
    if (event.target.closest("#panel-close")) { event.preventDefault(); closePanel(false); }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { closePanel(false); }
  });

  document.addEventListener("htmx:beforeRequest", function (event) {
    var target = event.detail.target;
    if (target && target.id === "detail-body") {
      var panel = $("#detail-panel");
      panel.hidden = false;
      opener = event.detail.elt;
      markSelected(opener.getAttribute("href"));
    }
  });

  // Back from an open panel to the page it opened over: htmx would ask the server for
  // that page again (it keeps no snapshots); the page is still here, so just close.
  var panelBase = null;
  document.addEventListener("htmx:historyCacheMiss", function (event) {
    if (panelBase && event.detail.path === panelBase) {
      event.preventDefault();
      panelBase = null;
      closePanel(true);
    }
  });

  window.addEventListener("popstate", function (event) {
    if (event.state && event.state.htmx) { return; } // htmx restores its own entries
    var open = new URL(window.location.href).searchParams.get("open");
    if (open) { loadPanel(open); } else { closePanel(true); }
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    var source = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (target && target.id === "detail-body" && source && source.hasAttribute("data-panel")) {
      var href = source.getAttribute("href");
      if (new URL(window.location.href).searchParams.get("open") !== href) {
        if (!(history.state && history.state.panel)) { panelBase = window.location.pathname + window.location.search; }
        history.pushState({ panel: href }, "", urlWithPanel(href));
      }
    }
    if (target && target.id === "detail-body") {
      var title = $("#detail-title", target);
      if (title) { title.focus(); }
    }
  });

  document.addEventListener("htmx:afterSettle", function (event) {
    var timeline = $("#timeline");
    if (!timeline || !focusAfterSwap) { return; }
    if (focusAfterSwap === "lanes") {
      var first = $(".lanes .mark[tabindex='0']") || $(".lanes .mark");
      (first || $(".lanes")).focus();
    }
    if (focusAfterSwap === "counts") { $("#counts").focus(); }
    focusAfterSwap = null;
  });

  // The filter drawer (narrow screens) stays as it was across a swap of #timeline: a box
  // ticked or a list changed applies at once, and the reader may go on choosing. "Apply
  // filters" (or Enter in a date or the search box, which submits through it) closes it
  // and takes the reader to the counts of what matched (t12a, finding 10: at 375 px the
  // open drawer covered the results); the page drawn opens it again for filters it could
  // not use, as it does without JavaScript.
  var drawerOpen = null;
  var applied = false;
  document.addEventListener("submit", function (event) {
    if (event.target.id === "filters" && event.submitter) { applied = true; }
  }, true);
  document.addEventListener("htmx:beforeSwap", function (event) {
    var drawer = $("#filters-drawer");
    if (drawer && event.detail.target && event.detail.target.id === "timeline") { drawerOpen = drawer.open; }
  });
  document.addEventListener("htmx:afterSwap", function () {
    var drawer = $("#filters-drawer");
    if (drawer && drawerOpen !== null && !applied) { drawer.open = drawerOpen || drawer.open; }
    if (drawer && applied && !drawer.open) { focusAfterSwap = "counts"; }
    drawerOpen = null;
    applied = false;
  });

  // A swapped #timeline (filters, zoom, pan, Back/Forward) or the first page load.
  document.addEventListener("htmx:load", function (event) { setUp(event.detail.elt); });
  document.addEventListener("DOMContentLoaded", function () { setUp(document); endWork(); });

  // Zoom and pan links keep focus on the timeline's controls after the swap.
  document.addEventListener("htmx:beforeRequest", function (event) {
    var elt = event.detail.elt;
    if (elt && elt.id && /^(zoom-|pan-)/.test(elt.id)) { focusAfterSwap = null; }
  });

  window.peaceproc = { loadTimeline: loadTimeline, closePanel: closePanel };
})();
