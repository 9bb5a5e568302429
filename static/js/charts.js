/* peaceproc — the timeline's activity chart (Chart.js 4), loaded only when needed.
 *
 * The chart's data comes from the #chart-data JSON the server writes into the swapped
 * #timeline (json_script), so it always follows the current filters and zoom: per period
 * of the visible window, each lane's rounds, meetings and agreements, stacked by track.
 * Chart.js (200 kB) is fetched and run only once the page is interactive and the chart
 * has been scrolled near the viewport, so it never delays the page's first use.
 * The chart downloads as a PNG with a white background.
 */
(function () {
  "use strict";

  var reducedMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var KIND_OPACITY = { round: 0.95, event: 0.55, agreement: 0.25 };
  var loading = null; // the promise of Chart.js, once asked for

  function loadChartJs(src) {
    if (window.Chart) { return Promise.resolve(window.Chart); }
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = src; // same origin: the CSP's script-src 'self' allows it
        script.onload = function () { resolve(window.Chart); };
        script.onerror = reject;
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function alpha(hex, opacity) {
    var n = parseInt(hex.slice(1), 16);
    return "rgba(" + (n >> 16) + "," + ((n >> 8) & 255) + "," + (n & 255) + "," + opacity + ")";
  }

  // Canvases are transparent; a downloaded PNG should not be.
  var whiteBackground = {
    id: "whiteBackground",
    beforeDraw: function (chart) {
      var ctx = chart.ctx;
      ctx.save();
      ctx.globalCompositeOperation = "destination-over";
      ctx.fillStyle = "#ffffff";
      ctx.fillRect(0, 0, chart.width, chart.height);
      ctx.restore();
    }
  };

  function activityChart(Chart, canvas, data) {
    return new Chart(canvas, {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: data.series.map(function (series) {
          return {
            label: series.label,
            data: series.counts,
            stack: series.track,
            backgroundColor: alpha(series.colour, KIND_OPACITY[series.kind] || 0.5),
            borderColor: series.colour,
            borderWidth: series.kind === "round" ? 0 : 1
          };
        })
      },
      plugins: [whiteBackground],
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reducedMotion ? false : { duration: 250 },
        scales: {
          x: { stacked: true, ticks: { autoSkip: true, maxRotation: 0 }, grid: { display: false } },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "per " + data.period } }
        },
        plugins: {
          legend: { position: "bottom", labels: { boxWidth: 12 } },
          tooltip: { filter: function (item) { return item.raw > 0; } }
        }
      }
    });
  }

  // Chart.js gives a legend below the bars at most half the chart's height and cuts the
  // lines past it (on a phone a legend of many tracks takes many lines): the chart's box
  // grows until the legend fits, as tall as the bars at most (CSSOM, as Chart.js sizes
  // its canvas: the CSP allows it).
  function giveLegendRoom(chart) {
    var legend = chart.legend;
    if (!legend || !legend.lineWidths || !legend.legendHitBoxes.length) { return; }
    var padding = legend.options.labels.padding;
    var needed = legend.lineWidths.length * (legend.legendHitBoxes[0].height + padding) + padding;
    if (needed <= legend.height + 1) { return; }
    var box = chart.canvas.parentNode;
    var around = box.getBoundingClientRect().height - chart.height;
    box.style.height = Math.ceil(Math.max(chart.height + needed - legend.height, 2 * needed) + around) + "px";
    chart.resize();
  }

  function draw() {
    var section = document.querySelector(".charts");
    var script = document.getElementById("chart-data");
    var canvas = document.getElementById("activity-chart");
    if (!section || !script || !canvas) { return; }
    var data = JSON.parse(script.textContent);
    loadChartJs(section.dataset.chartjs).then(function (Chart) {
      if (!document.body.contains(canvas)) { return; } // swapped out meanwhile
      Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif';
      Chart.defaults.color = "#3d4650";
      var old = Chart.getChart(canvas);
      if (old) { old.destroy(); }
      giveLegendRoom(activityChart(Chart, canvas, data));
    });
  }

  // Draw when the chart comes near the viewport, once the page has loaded and is idle.
  function whenVisible() {
    var section = document.querySelector(".charts");
    if (!section) { return; }
    if (window.Chart) { draw(); return; } // Chart.js already here: redraw at once
    if (!("IntersectionObserver" in window)) { draw(); return; }
    var observer = new IntersectionObserver(function (entries) {
      if (!entries.some(function (e) { return e.isIntersecting; })) { return; }
      observer.disconnect();
      (window.requestIdleCallback || function (f) { setTimeout(f, 1); })(draw);
    }, { rootMargin: "200px" });
    observer.observe(section);
  }

  function download(button) {
    var canvas = document.getElementById(button.dataset.download);
    var chart = window.Chart && canvas && window.Chart.getChart(canvas);
    if (!chart) { return; }
    chart.canvas.toBlob(function (blob) {
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = button.dataset.filename || "chart.png";
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    }, "image/png");
  }

  // A chart on a swapped-out #timeline is gone with its canvas; release it.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var target = event.detail.target;
    if (!window.Chart || !target || target.id !== "timeline") { return; }
    target.querySelectorAll("canvas").forEach(function (canvas) {
      var chart = window.Chart.getChart(canvas);
      if (chart) { chart.destroy(); }
    });
  });
  document.addEventListener("htmx:load", function (event) {
    if (event.detail.elt && event.detail.elt.id === "timeline") { whenVisible(); }
  });
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-download]");
    if (button) { download(button); }
  });
  if (document.readyState === "complete") { whenVisible(); } else { window.addEventListener("load", whenVisible); }
})();
