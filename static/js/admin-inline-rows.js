// A row the admin's "Add another" makes is a copy of its inline's empty form. Django's
// inlines.js numbers the copy's ids, names and labels' `for` (`__prefix__` becomes the
// row's number) but leaves the aria-describedby its inputs carry, which then name the
// empty form's help and error ids, not the row's own. Numbered here, from each input's
// own id, on the event inlines.js sends for every added row (stacked or tabular).
(function () {
  "use strict";
  document.addEventListener("formset:added", function (event) {
    var start = "id_" + event.detail.formsetName + "-";
    event.target.querySelectorAll("[aria-describedby*='__prefix__']").forEach(function (input) {
      var number = input.id.indexOf(start) === 0 && /^\d+/.exec(input.id.slice(start.length));
      if (number) {
        input.setAttribute(
          "aria-describedby",
          input.getAttribute("aria-describedby").split("__prefix__").join(number[0])
        );
      }
    });
  });
})();
