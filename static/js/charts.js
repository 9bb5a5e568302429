/* peaceproc — the timeline's two charts (Chart.js 4 with the date-fns adapter).
 *
 * Data comes from the #chart-data JSON the server writes into the swapped #timeline
 * (json_script), so the charts always follow the current filters. Clicking a round's
 * bar filters the timeline to that round through the filter form, exactly as choosing
 * it in the list would. Each chart downloads as a PNG with a white background.
 */
(function () {
  "use strict";

  if (!window.Chart) { return; }
  var Chart = window.Chart;
  Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif';
  Chart.defaults.color = "#3d4650";
  var reducedMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

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

  function alpha(hex, opacity) {
    var n = parseInt(hex.slice(1), 16);
    return "rgba(" + (n >> 16) + "," + ((n >> 8) & 255) + "," + (n & 255) + "," + opacity + ")";
  }

  function filterToRound(slug) {
    var select = document.getElementById("f-round");
    if (!select) { window.location.href = "/?round=" + encodeURIComponent(slug); return; }
    select.value = slug;
    select.dispatchEvent(new Event("change", { bubbles: true })); // site.js applies it
  }

  function roundsChart(canvas, data) {
    var tracks = data.gantt.map(function (lane) { return lane.track; });
    var datasets = data.gantt.map(function (lane) {
      return {
        label: lane.track,
        data: lane.rounds.map(function (r) {
          return { x: [r.start, r.end], y: lane.track, slug: r.slug, title: r.title, dates: r.dates };
        }),
        backgroundColor: alpha(lane.colour, 0.75),
        borderColor: lane.colour,
        borderWidth: 1,
        minBarLength: 4,
        grouped: false,
        barPercentage: 0.7,
        categoryPercentage: 0.9
      };
    });
    // The value axis of a bar chart starts at zero (1970 on a time axis) unless told.
    var days = [];
    data.gantt.forEach(function (lane) {
      lane.rounds.forEach(function (r) { days.push(Date.parse(r.start), Date.parse(r.end)); });
    });
    var first = Math.min.apply(null, days);
    var last = Math.max.apply(null, days);
    var margin = Math.max((last - first) * 0.03, 15 * 86400000);
    return new Chart(canvas, {
      type: "bar",
      data: { labels: tracks, datasets: datasets },
      plugins: [whiteBackground],
      options: {
        indexAxis: "y",
        responsive: true,
        maintainAspectRatio: false,
        animation: reducedMotion ? false : { duration: 300 },
        parsing: { xAxisKey: "x", yAxisKey: "y" },
        scales: {
          x: {
            type: "time",
            min: days.length ? first - margin : undefined,
            max: days.length ? last + margin : undefined,
            time: { tooltipFormat: "d MMM yyyy" },
            ticks: { maxRotation: 0, autoSkipPadding: 12 },
            grid: { color: "#eef0f2" }
          },
          y: { type: "category", labels: tracks, grid: { display: false } }
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: function (items) { return items.length ? items[0].raw.title : ""; },
              label: function (item) { return item.raw.dates + " — click to filter"; }
            }
          }
        },
        onHover: function (event, elements) {
          event.native.target.style.cursor = elements.length ? "pointer" : "default";
        },
        onClick: function (event, elements) {
          if (!elements.length) { return; }
          var element = elements[0];
          filterToRound(datasets[element.datasetIndex].data[element.index].slug);
        }
      }
    });
  }

  function eventsChart(canvas, data) {
    var quarters = data.quarters;
    return new Chart(canvas, {
      type: "bar",
      data: {
        labels: quarters.labels,
        datasets: quarters.series.map(function (series) {
          return {
            label: series.track,
            data: series.counts,
            backgroundColor: alpha(series.colour, 0.8),
            borderColor: series.colour,
            borderWidth: 0
          };
        })
      },
      plugins: [whiteBackground],
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: reducedMotion ? false : { duration: 300 },
        scales: {
          x: { stacked: true, ticks: { autoSkip: true, maxRotation: 0 }, grid: { display: false } },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: "events" } }
        },
        plugins: { legend: { position: "bottom", labels: { boxWidth: 12 } } }
      }
    });
  }

  function draw(root) {
    var script = (root.querySelector && root.querySelector("#chart-data")) || (root.id === "chart-data" ? root : null);
    if (!script) { return; }
    var data = JSON.parse(script.textContent);
    [["rounds-chart", roundsChart], ["events-chart", eventsChart]].forEach(function (pair) {
      var canvas = document.getElementById(pair[0]);
      if (!canvas) { return; }
      var old = Chart.getChart(canvas);
      if (old) { old.destroy(); }
      pair[1](canvas, data);
    });
  }

  function download(button) {
    var canvas = document.getElementById(button.dataset.download);
    var chart = canvas && Chart.getChart(canvas);
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

  // Charts on a swapped-out #timeline are gone with their canvases; release them.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var target = event.detail.target;
    if (!target || target.id !== "timeline") { return; }
    target.querySelectorAll("canvas").forEach(function (canvas) {
      var chart = Chart.getChart(canvas);
      if (chart) { chart.destroy(); }
    });
  });
  document.addEventListener("htmx:load", function (event) { draw(event.detail.elt); });
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-download]");
    if (button) { download(button); }
  });
  if (document.readyState !== "loading") { draw(document); } else { document.addEventListener("DOMContentLoaded", function () { draw(document); }); }
})();
