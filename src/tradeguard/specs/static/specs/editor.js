/* Specification editor (specs/edit.html): add, remove and reorder clause cards in the
 * page, show only the fields a clause's target needs, and preselect the usual target for
 * a kind. Without this file the same buttons post to the server, which does the same.
 * The live preview is htmx asking the server (one formatter for the whole product).
 */
(function () {
  "use strict";

  var PREFIX = /(^|[\s_])c-(?:\d+|__prefix__)-/g;
  var ATTRS = ["name", "id", "for", "aria-describedby", "aria-labelledby"];

  function cards(form) {
    return Array.prototype.slice.call(form.querySelectorAll("[data-clause-list] > [data-card]"));
  }

  function renumber(form) {
    var list = cards(form);
    // Renaming radios can briefly put two cards' radios in one group, which unchecks
    // one of them: remember which were checked and check them again afterwards.
    var checked = Array.prototype.slice.call(form.querySelectorAll("input[type=radio]:checked"));
    list.forEach(function (card, i) {
      card.querySelectorAll("*").forEach(function (el) {
        ATTRS.forEach(function (attr) {
          var value = el.getAttribute(attr);
          if (value && value.indexOf("c-") !== -1) {
            el.setAttribute(attr, value.replace(PREFIX, "$1c-" + i + "-"));
          }
        });
        var op = el.getAttribute("data-op");
        if (op) el.value = op + "-" + i;
      });
      var label = card.getAttribute("aria-labelledby");
      if (label) card.setAttribute("aria-labelledby", label.replace(PREFIX, "$1c-" + i + "-"));
      var number = card.querySelector("[data-card-number]");
      if (number) number.textContent = String(i + 1);
      var up = card.querySelector("[data-op=up]");
      var down = card.querySelector("[data-op=down]");
      if (up) up.disabled = i === 0;
      if (down) down.disabled = i === list.length - 1;
    });
    checked.forEach(function (radio) { radio.checked = true; });
    var total = form.querySelector("input[name=c-TOTAL_FORMS]");
    if (total) total.value = String(list.length);
    var count = form.querySelector("[data-card-count]");
    if (count) count.textContent = String(list.length);
  }

  function announce(form, text) {
    var region = form.querySelector("[data-announce]");
    if (region) {
      region.textContent = "";
      setTimeout(function () { region.textContent = text; }, 50);
    }
  }

  function describe(card) {
    var id = card.querySelector("input[name$='-clause_id']");
    var text = card.querySelector("[name$='-text']");
    var parts = [];
    if (id && id.value.trim()) parts.push(id.value.trim());
    if (text && text.value.trim()) parts.push(text.value.trim().slice(0, 60));
    return parts.join(" ");
  }

  function hasInput(card) {
    return Array.prototype.some.call(
      card.querySelectorAll("input[type=text], textarea"),
      function (el) { return el.value.trim() !== ""; }
    );
  }

  function syncCard(card) {
    var type = card.querySelector("select[name$='-target_type']");
    if (type) card.setAttribute("data-target", type.value);
    var mode = card.querySelector("input[name$='-measure_mode']:checked");
    card.setAttribute("data-mode", mode ? mode.value : "tolerance");
  }

  function targetEmpty(card) {
    return !Array.prototype.some.call(
      card.querySelectorAll(".target-fields input[type=text]"),
      function (el) { return el.value.trim() !== ""; }
    );
  }

  function suggestId(card, previous) {
    var input = card.querySelector("input[name$='-clause_id']");
    var before = previous && previous.querySelector("input[name$='-clause_id']");
    if (!input || !before) return;
    var match = /^(.*?)(\d+)$/.exec(before.value.trim());
    if (match) input.placeholder = match[1] + (parseInt(match[2], 10) + 1);
  }

  function onClick(form, event) {
    var button = event.target.closest("[data-op]");
    if (!button || !form.contains(button)) return;
    event.preventDefault();
    var op = button.getAttribute("data-op");
    var list = form.querySelector("[data-clause-list]");
    var card = button.closest("[data-card]");
    if (op === "add") {
      var template = document.getElementById("clause-template");
      var fresh = template.content.firstElementChild.cloneNode(true);
      var last = cards(form).pop();
      list.appendChild(fresh);
      renumber(form);
      suggestId(fresh, last);
      syncCard(fresh);
      if (window.htmx) window.htmx.process(fresh);
      fresh.querySelector("input, textarea, select").focus();
      announce(form, button.getAttribute("data-added") || "");
      return;
    }
    if (!card) return;
    if (op === "remove") {
      var what = describe(card);
      var question = form.getAttribute("data-remove-question") || "";
      if (hasInput(card) && question && !window.confirm(question.replace("%s", what))) return;
      var next = card.nextElementSibling || card.previousElementSibling;
      card.remove();
      renumber(form);
      var focus = next ? next.querySelector("h3") : form.querySelector("[data-op=add]");
      if (focus) {
        if (focus.tagName === "H3") focus.setAttribute("tabindex", "-1");
        focus.focus();
      }
      announce(form, (form.getAttribute("data-removed") || "").replace("%s", what));
      return;
    }
    if (op === "up" && card.previousElementSibling) {
      list.insertBefore(card, card.previousElementSibling);
    } else if (op === "down" && card.nextElementSibling) {
      list.insertBefore(card.nextElementSibling, card);
    } else {
      return;
    }
    renumber(form);
    if (button.disabled) {
      var other = card.querySelector(op === "up" ? "[data-op=down]" : "[data-op=up]");
      if (other && !other.disabled) other.focus();
    } else {
      button.focus();
    }
    var position = cards(form).indexOf(card) + 1;
    announce(
      form,
      (form.getAttribute("data-moved") || "").replace("%s", describe(card)).replace("%d", position)
    );
  }

  function onChange(form, event) {
    var el = event.target;
    var card = el.closest("[data-card]");
    if (!card) return;
    if (/-target_type$/.test(el.name)) {
      el.setAttribute("data-touched", "1");
    } else if (/-kind$/.test(el.name)) {
      var type = card.querySelector("select[name$='-target_type']");
      var defaults = JSON.parse((document.getElementById("kind-targets") || {}).textContent || "{}");
      if (type && !type.hasAttribute("data-touched") && targetEmpty(card) && el.value in defaults) {
        type.value = defaults[el.value];
      }
    }
    syncCard(card);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("spec-editor");
    if (!form) return;
    form.classList.add("js-editor");
    cards(form).forEach(syncCard);
    form.addEventListener("click", function (event) { onClick(form, event); });
    form.addEventListener("change", function (event) { onChange(form, event); });
    var summary = document.getElementById("error-summary");
    if (summary) summary.focus();
  });
})();
