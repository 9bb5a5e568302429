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

  document.addEventListener("DOMContentLoaded", function () {
    watchSize();
    watchActions();
  });
})();
