// Progressive enhancements only: every feature works without JavaScript.
document.addEventListener("htmx:configRequest", (event) => {
  const token = document.querySelector("meta[name=csrf-token]");
  if (token) event.detail.headers["X-CSRFToken"] = token.content;
});

// The words this script writes, in the page's language (core/templatetags/chrome.py `site_strings`);
// English when the page does not carry them.
const siteStrings = (() => {
  const english = {
    before: "Before",
    after: "After",
    sliderLabel: "Comparison: slide left for more of the after photo, right for more of the before photo",
    sliderValue: "{value}% before",
    compare: "Compare with a slider",
    sideBySide: "Show side by side",
    pickedTooMany: "{picked} picked: please pick at most {maximum}.",
    picked: "{picked} of at most {maximum} picked.",
  };
  const element = document.getElementById("site-strings");
  if (!element) return english;
  try {
    return { ...english, ...JSON.parse(element.textContent) };
  } catch {
    return english;
  }
})();

function siteString(name, values = {}) {
  return siteStrings[name].replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
}

// Photos: on a case page the before and after images sit side by side; with JavaScript they can also
// be compared with a slider over one another. Graphic cases that are still blurred get no slider.
function photosCompare(root) {
  root.querySelectorAll("[data-ba-compare]:not([data-ba-ready])").forEach((pair) => photosCompareOne(pair));
}

function photosCompareOne(pair) {
  pair.setAttribute("data-ba-ready", "");
  const before = pair.querySelector("[data-ba-role=before] picture");
  const after = pair.querySelector("[data-ba-role=after] picture");
  if (!before || !after) return;

  const slider = document.createElement("div");
  slider.className = "ba-slider";
  slider.hidden = true;
  const base = after.cloneNode(true);
  const overlay = document.createElement("div");
  overlay.className = "ba-slider-before";
  overlay.appendChild(before.cloneNode(true));
  const line = document.createElement("div");
  line.className = "ba-slider-line";
  const tagBefore = document.createElement("span");
  tagBefore.className = "ba-slider-tag ba-slider-tag-before";
  tagBefore.textContent = siteString("before");
  const tagAfter = document.createElement("span");
  tagAfter.className = "ba-slider-tag ba-slider-tag-after";
  tagAfter.textContent = siteString("after");
  slider.append(base, overlay, line, tagBefore, tagAfter);
  // The copies repeat the images shown side by side: hide them from screen readers.
  slider.setAttribute("aria-hidden", "true");
  slider.querySelectorAll("img").forEach((img) => { img.alt = ""; img.loading = "eager"; });

  const range = document.createElement("input");
  range.type = "range";
  range.min = "0";
  range.max = "100";
  range.value = "50";
  range.className = "form-range ba-slider-range";
  range.hidden = true;
  range.setAttribute("aria-label", siteString("sliderLabel"));
  const setSplit = () => {
    slider.style.setProperty("--ba-split", `${range.value}%`);
    range.setAttribute("aria-valuetext", siteString("sliderValue", { value: range.value }));
  };
  range.addEventListener("input", setSplit);
  setSplit();

  const toggle = document.createElement("button");
  toggle.type = "button";
  toggle.className = "btn btn-outline-dark btn-sm ba-view-toggle";
  toggle.textContent = siteString("compare");
  toggle.setAttribute("aria-pressed", "false");
  toggle.addEventListener("click", () => {
    const sliding = slider.hidden;
    slider.hidden = !sliding;
    range.hidden = !sliding;
    pair.hidden = sliding;
    toggle.setAttribute("aria-pressed", String(sliding));
    toggle.textContent = sliding ? siteString("sideBySide") : siteString("compare");
    if (sliding) range.focus();
  });
  pair.after(slider, range, toggle);
}

photosCompare(document);
// The "processing" box is replaced by htmx when the photos are ready.
document.addEventListener("htmx:load", (event) => photosCompare(event.detail.elt));

// Ask page: filter the treatment checkboxes by name and say how many are picked (of at most 5).
document.addEventListener("DOMContentLoaded", () => {
  const picker = document.querySelector("[data-treatment-groups]");
  if (!picker) return;
  const filter = document.querySelector("[data-treatment-filter]");
  const counter = document.querySelector("[data-treatment-count]");
  const boxes = Array.from(picker.querySelectorAll("input[type=checkbox]"));
  const maximum = 5;

  const updateCount = () => {
    const picked = boxes.filter((box) => box.checked).length;
    counter.textContent = picked > maximum
      ? siteString("pickedTooMany", { picked, maximum })
      : siteString("picked", { picked, maximum });
    counter.classList.toggle("text-danger", picked > maximum);
  };
  boxes.forEach((box) => box.addEventListener("change", updateCount));
  updateCount();

  if (filter) {
    filter.hidden = false;
    filter.addEventListener("input", () => {
      const words = filter.value.trim().toLowerCase();
      picker.querySelectorAll(".treatment-group").forEach((group) => {
        let shown = 0;
        group.querySelectorAll(".form-check").forEach((row) => {
          const match = !words || row.textContent.toLowerCase().includes(words);
          row.hidden = !match;
          if (match) shown += 1;
        });
        group.classList.toggle("is-empty", shown === 0);
      });
    });
  }
});

// The page in the reader's own language: offered (never forced) when their browser's first choice
// among the languages we have is not this page's, and they have not chosen a language here before.
(() => {
  if (document.cookie.split("; ").some((cookie) => cookie.startsWith("django_language="))) return;
  const offers = document.querySelectorAll("[data-language-offer]");
  if (!offers.length) return;
  const pageLanguage = document.documentElement.lang;
  for (const preferred of navigator.languages || [navigator.language]) {
    const code = preferred.toLowerCase().split("-")[0];
    if (code === pageLanguage) return;
    const offer = Array.from(offers).find((element) => element.dataset.languageOffer === code);
    if (offer) {
      offer.hidden = false;
      return;
    }
  }
})();
