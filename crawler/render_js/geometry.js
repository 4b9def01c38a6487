// Measure every CTA candidate at the current viewport and write the result into a
// data-tp-geom attribute (JSON, one key per viewport), so page.content() carries it
// to the same extractor that reads raw HTML. Candidates follow crawler/extract.py:
// <button>, input[type=submit|button|image], <a>/<area> with role=button or a class
// word btn/button/cta/call-to-action. Returns the page's load time in ms.
async (key) => {
  const classWords = /(?:^|[\s_-])(btn|button|cta|call-to-action)(?:$|[\s_-])/i;
  const width = window.innerWidth;
  const fold = window.innerHeight;
  const isCandidate = (el) => {
    const tag = el.tagName.toLowerCase();
    if (tag === "button") return true;
    if (tag === "input") {
      const type = (el.getAttribute("type") || "text").toLowerCase();
      return type === "submit" || type === "button" || type === "image";
    }
    return (el.getAttribute("role") || "").toLowerCase() === "button"
      || classWords.test(el.getAttribute("class") || "");
  };
  for (const el of document.querySelectorAll("button, input, a, area")) {
    if (!isCandidate(el)) continue;
    const box = el.getBoundingClientRect();
    const visible = box.width > 0 && box.height > 0
      && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    const x = box.left + window.scrollX;
    const y = box.top + window.scrollY;
    // "Above the fold": the middle of the element is inside the first screen.
    const midX = x + box.width / 2;
    const midY = y + box.height / 2;
    let geometry = {};
    try {
      geometry = JSON.parse(el.getAttribute("data-tp-geom") || "{}");
    } catch (e) {
      geometry = {};
    }
    geometry[key] = {
      x: Math.round(x), y: Math.round(y), w: Math.round(box.width), h: Math.round(box.height),
      visible: visible,
      above_fold: visible && midY >= 0 && midY <= fold && midX >= 0 && midX <= width,
    };
    el.setAttribute("data-tp-geom", JSON.stringify(geometry));
  }
  const nav = performance.getEntriesByType("navigation")[0];
  return nav ? Math.round(nav.loadEventEnd || nav.domContentLoadedEventEnd || nav.duration) : null;
}
