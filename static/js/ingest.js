// Article ingestion pages (templates/admin/ingest/). Loaded as a file: the site's
// content security policy allows no inline script. The server checks everything again;
// this only saves the editor a round trip.
(function () {
  "use strict";

  // Warn before sending an article over the size limit, instead of waiting for the refusal.
  function watchSize() {
    var text = document.getElementById("id_text");
    var files = document.getElementById("id_files");
    var warning = document.getElementById("ingest-size-warning");
    if (!text || !warning) return;
    // The pasted text: the pipeline's limit in characters (code points, as Python counts
    // them); a file: its size, before it is sent.
    var maxChars = parseInt(text.getAttribute("data-max-chars"), 10);
    var maxBytes = files ? parseInt(files.getAttribute("data-max-bytes"), 10) : 0;
    var megabytes = function (n) { return (n / 1000000).toFixed(1) + " MB"; };
    var count = function (n) { return n.toLocaleString("en-US"); };
    function check() {
      var messages = [];
      var chars = Array.from(text.value).length;
      if (chars > maxChars) messages.push("The pasted text is " + count(chars) + " characters long; the limit is " + count(maxChars) + " characters.");
      if (files && files.files) {
        for (var i = 0; i < files.files.length; i++) {
          if (files.files[i].size > maxBytes) messages.push(files.files[i].name + " is " + megabytes(files.files[i].size) + "; the limit is " + megabytes(maxBytes) + ".");
        }
      }
      warning.textContent = messages.join(" ");
      warning.hidden = messages.length === 0;
    }
    text.addEventListener("input", check);
    if (files) files.addEventListener("change", check);
  }

  // Dim a candidate's event fields when it is skipped or cited rather than created.
  function watchActions() {
    document.querySelectorAll(".ingest-candidate").forEach(function (box) {
      function update() {
        var chosen = box.querySelector(".ingest-action input[type=radio]:checked");
        var value = chosen ? chosen.value : "create";
        box.classList.toggle("is-skipped", value === "skip");
        box.classList.toggle("is-citing", value === "cite");
      }
      box.querySelectorAll(".ingest-action input[type=radio]").forEach(function (radio) {
        radio.addEventListener("change", update);
      });
      update();
    });
  }

  // "Quote the text selected in the article": the last text selected inside the article's
  // text becomes the happening's quote (the server checks that it is the article's).
  function pickQuotes() {
    var fulltext = document.querySelector(".ingest-fulltext");
    var details = document.getElementById("article-text");
    if (!fulltext || !details) return;
    var selected = "";
    // The part of the selection inside the article's text (a triple click selects up to
    // the start of what follows); a click elsewhere, which empties it, keeps the last one.
    document.addEventListener("selectionchange", function () {
      var selection = window.getSelection();
      if (!selection || !selection.rangeCount) return;
      var range = selection.getRangeAt(0);
      if (!range.intersectsNode(fulltext)) return;
      var inside = document.createRange();
      inside.selectNodeContents(fulltext);
      if (range.compareBoundaryPoints(Range.START_TO_START, inside) > 0) inside.setStart(range.startContainer, range.startOffset);
      if (range.compareBoundaryPoints(Range.END_TO_END, inside) < 0) inside.setEnd(range.endContainer, range.endOffset);
      var text = inside.toString().trim();
      if (text) selected = text;
    });
    document.querySelectorAll(".ingest-quote-pick").forEach(function (row) {
      var button = row.querySelector("button");
      var status = row.querySelector(".help");
      var target = document.getElementById(button.getAttribute("data-quote-target"));
      if (!target) return;
      row.hidden = false;
      button.addEventListener("click", function () {
        if (selected) {
          target.value = selected.replace(/\s+/g, " ");
          status.textContent = "";
          target.focus();
        } else {
          details.open = true;
          details.scrollIntoView();
          status.textContent = "Select the sentence in the article's text, then press this button again.";
        }
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    watchSize();
    watchActions();
    pickQuotes();
  });
})();
