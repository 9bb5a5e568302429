// The copy buttons: "Cite this" and the calendar's address (export_links.html). Without
// JavaScript a button stays hidden and its text is there to select; with it, one click
// copies the button's data-citation, written by the server (the citation and its
// numbered sources, or the calendar feed's address).
(function () {
  "use strict";
  // Pages swapped in by htmx bring this script again: wire the listeners once.
  if (window.peaceprocCiteThis) {
    window.peaceprocCiteThis();
    return;
  }
  function copy(button) {
    var text = button.getAttribute("data-citation") || "";
    var status = button.parentNode.querySelector(".cite-this-copied");
    function done(message) {
      if (status) { status.textContent = message; }
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(
        function () { done("Copied."); },
        function () { done("Could not copy: select the text above instead."); }
      );
    } else {
      done("Copying needs a secure (https) page: select the text above instead.");
    }
  }
  function init() {
    var buttons = document.querySelectorAll(".cite-this-copy");
    for (var i = 0; i < buttons.length; i++) {
      if (buttons[i].dataset.citeReady) { continue; }
      buttons[i].dataset.citeReady = "1";
      buttons[i].hidden = false;
      buttons[i].addEventListener("click", function (event) { copy(event.currentTarget); });
    }
  }
  window.peaceprocCiteThis = init;
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
  // The timeline swaps parts of pages with htmx: wire buttons that arrive later.
  document.addEventListener("htmx:afterSettle", init);
})();
