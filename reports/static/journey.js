/* Site flow (section 5): a box of the picture opens its pages' list; "Show every page"
   draws the full navigation graph (report.js) only when asked. */
(function () {
  "use strict";
  function openGroup(id) {
    var group = document.getElementById(id);
    if (group && group.tagName === "DETAILS") group.open = true;
  }
  document.querySelectorAll("[data-group]").forEach(function (link) {
    link.addEventListener("click", function () { openGroup(link.getAttribute("data-group")); });
  });
  if (location.hash) openGroup(location.hash.slice(1));

  var show = document.querySelector(".jv-show");
  var full = document.getElementById("jv-full");
  if (!show || !full) return;
  show.addEventListener("click", function () {
    var opening = full.hidden;
    full.hidden = !opening;
    show.setAttribute("aria-expanded", String(opening));
    show.textContent = opening ? "Hide the full graph" : show.dataset.label;
    if (opening && window.touchpointShowGraph) window.touchpointShowGraph();
  });
  show.dataset.label = show.textContent;
})();
