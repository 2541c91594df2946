/* TradeGuard progressive enhancements (the pages work without this file).
 *
 * 1. <time class="countdown" datetime="ISO"> keeps its absolute text and gets a live
 *    relative part next to it: "(in 2 d 4 h)" or "(3 h overdue)".
 * 2. <button data-copy="#selector"> copies that element's text to the clipboard.
 * 3. <button data-fill-login data-email="…" data-password="…"> fills the login form.
 * 4. <button data-browser-timezone="#input"> puts the browser's time zone into an input.
 * 5. <form data-confirm="Question?"> asks before submitting.
 * 6. <button data-add-row="#template" data-rows="#container"> appends a copy of the
 *    template, with __i__ replaced by the next row index and __n__ by its number.
 * 7. <input type="file" data-max-bytes="N" data-too-big="Message"> refuses a file over
 *    the limit before it is uploaded (the server checks again).
 * 8. <select data-autosubmit> submits its form when changed (the form keeps a button).
 * 9. An open menu of the top bar (<details class="menu">) closes on a click elsewhere
 *    or on Escape, and opening one closes the others.
 */
(function () {
  "use strict";

  function relativeText(target, now) {
    var seconds = Math.trunc((target - now) / 1000);
    var future = seconds >= 0;
    seconds = Math.abs(seconds);
    var days = Math.floor(seconds / 86400);
    var hours = Math.floor((seconds % 86400) / 3600);
    var minutes = Math.floor((seconds % 3600) / 60);
    var text;
    if (days) text = hours ? days + " d " + hours + " h" : days + " d";
    else if (hours) text = minutes ? hours + " h " + minutes + " min" : hours + " h";
    else if (minutes) text = minutes + " min";
    else return "due now";
    return future ? "in " + text : text + " overdue";
  }

  function updateCountdowns(root) {
    var now = Date.now();
    (root || document).querySelectorAll("time.countdown[datetime]").forEach(function (el) {
      var target = Date.parse(el.getAttribute("datetime"));
      if (isNaN(target)) return;
      var rel = el.nextElementSibling;
      if (!rel || !rel.classList.contains("countdown-rel")) {
        rel = document.createElement("span");
        rel.className = "countdown-rel";
        el.insertAdjacentText("afterend", " ");
        el.parentNode.insertBefore(rel, el.nextSibling.nextSibling);
      }
      var left = target - now;
      var state = left < 0 ? "overdue" : left < 86400000 ? "soon" : "later";
      el.classList.remove("countdown-overdue", "countdown-soon", "countdown-later");
      el.classList.add("countdown-" + state);
      rel.textContent = "(" + relativeText(target, now) + ")";
    });
  }

  function closeMenus(except) {
    document.querySelectorAll("details.menu[open]").forEach(function (menu) {
      if (menu !== except) menu.removeAttribute("open");
    });
  }

  function onClick(event) {
    closeMenus(event.target.closest("details.menu"));
    var copy = event.target.closest("[data-copy]");
    if (copy) {
      var source = document.querySelector(copy.getAttribute("data-copy"));
      if (source && navigator.clipboard) {
        navigator.clipboard.writeText(source.textContent.trim()).then(function () {
          var label = copy.textContent;
          copy.textContent = "Copied";
          setTimeout(function () { copy.textContent = label; }, 2000);
        });
      } else if (source) {
        var range = document.createRange();
        range.selectNodeContents(source);
        var sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
      }
      return;
    }
    var fill = event.target.closest("[data-fill-login]");
    if (fill) {
      var form = document.querySelector("form.login-form");
      if (!form) return;
      form.querySelector("input[name=username]").value = fill.getAttribute("data-email");
      form.querySelector("input[name=password]").value = fill.getAttribute("data-password");
      form.querySelector("button[type=submit]").focus();
      return;
    }
    var add = event.target.closest("[data-add-row]");
    if (add) {
      addRow(add);
      return;
    }
    var tzButton = event.target.closest("[data-browser-timezone]");
    if (tzButton) {
      var input = document.querySelector(tzButton.getAttribute("data-browser-timezone"));
      try {
        if (input) input.value = Intl.DateTimeFormat().resolvedOptions().timeZone;
      } catch (e) { /* very old browser: leave the field alone */ }
    }
  }

  function addRow(button) {
    var template = document.querySelector(button.getAttribute("data-add-row"));
    var rows = document.querySelector(button.getAttribute("data-rows"));
    if (!template || !rows) return;
    var index = rows.querySelectorAll("[data-evidence-row]").length;
    rows.querySelectorAll("[name]").forEach(function (el) {
      var match = /_(\d+)_/.exec(el.getAttribute("name"));
      if (match) index = Math.max(index, parseInt(match[1], 10) + 1);
    });
    var html = template.innerHTML.replace(/__i__/g, String(index)).replace(/__n__/g, String(index + 1));
    rows.insertAdjacentHTML("beforeend", html);
    var added = rows.lastElementChild;
    var first = added && added.querySelector("select, input");
    if (first) first.focus();
  }

  function checkFileSize(input) {
    var max = parseInt(input.getAttribute("data-max-bytes"), 10);
    if (!max || !input.files) return;
    var tooBig = Array.prototype.filter.call(input.files, function (f) { return f.size > max; });
    var message = tooBig.length ? (input.getAttribute("data-too-big") || "Too big") + " (" +
      tooBig.map(function (f) { return f.name; }).join(", ") + ")" : "";
    input.setCustomValidity(message);
    if (message) input.reportValidity();
  }

  function onChange(event) {
    var input = event.target;
    if (!input.matches) return;
    if (input.matches("input[type=file][data-max-bytes]")) checkFileSize(input);
    if (input.matches("select[data-autosubmit]") && input.form) input.form.requestSubmit();
  }

  function onSubmit(event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) event.preventDefault();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-js-only]").forEach(function (el) { el.hidden = false; });
    updateCountdowns(document);
    setInterval(function () { updateCountdowns(document); }, 30000);
  });
  document.addEventListener("click", onClick);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") closeMenus(null);
  });
  document.addEventListener("submit", onSubmit, true);
  document.addEventListener("change", onChange);
  document.addEventListener("htmx:afterSwap", function (event) { updateCountdowns(event.target); });
})();
