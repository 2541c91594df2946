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
 * 9. <button data-copy-text="value"> copies that value (e.g. a full SHA-256).
 * 10. Files (the {% file_card %} tag): links with data-file-viewer="/files/ID/" open the
 *    viewer in a <dialog> (Esc or Close closes it, focus returns to the link); without
 *    this file they open the viewer page. <button data-verify-url data-sha256> downloads
 *    the bytes and says whether their SHA-256 matches; <input type=file
 *    data-verify-local data-sha256> does the same for a copy on the reader's computer.
 *    A thumbnail that fails to load shows the file's kind instead.
 * 11. An open menu of the top bar (<details class="menu">) closes on a click elsewhere
 *    or on Escape, and opening one closes the others.
 *
 * No inline handlers anywhere: the Content-Security-Policy allows scripts from this
 * site's files only (web/middleware.py).
 */
(function () {
  "use strict";

  var countdownWords = null;

  function words() {
    // The page's language (web/templatetags/tg.py countdown_words); English without it.
    if (countdownWords) return countdownWords;
    var el = document.getElementById("countdown-words");
    try { countdownWords = el ? JSON.parse(el.textContent) : null; } catch (e) { countdownWords = null; }
    countdownWords = countdownWords || {
      dh: "%(d)s d %(h)s h", d: "%(d)s d", hm: "%(h)s h %(m)s min", h: "%(h)s h",
      m: "%(m)s min", now: "due now", in: "in %(duration)s", overdue: "%(duration)s overdue"
    };
    return countdownWords;
  }

  function fill(template, values) {
    return template.replace(/%\((\w+)\)s/g, function (all, name) {
      return name in values ? String(values[name]) : all;
    });
  }

  function relativeText(target, now) {
    var w = words();
    var seconds = Math.trunc((target - now) / 1000);
    var future = seconds >= 0;
    seconds = Math.abs(seconds);
    var days = Math.floor(seconds / 86400);
    var hours = Math.floor((seconds % 86400) / 3600);
    var minutes = Math.floor((seconds % 3600) / 60);
    var values = { d: days, h: hours, m: minutes };
    var text;
    if (days) text = fill(hours ? w.dh : w.d, values);
    else if (hours) text = fill(minutes ? w.hm : w.h, values);
    else if (minutes) text = fill(w.m, values);
    else return w.now;
    return fill(future ? w.in : w.overdue, { duration: text });
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

  function hex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }

  function canHash() {
    return !!(window.crypto && window.crypto.subtle && window.isSecureContext !== false);
  }

  function say(el, text, state) {
    if (!el) return;
    el.textContent = text;
    el.classList.remove("hash-ok", "hash-bad");
    if (state) el.classList.add(state);
  }

  function verifyDownload(button) {
    var out = button.parentNode.querySelector(".hash-result");
    var expected = button.getAttribute("data-sha256");
    if (!canHash()) { say(out, button.getAttribute("data-unavailable")); return; }
    button.disabled = true;
    say(out, button.getAttribute("data-working"));
    fetch(button.getAttribute("data-verify-url"), { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.arrayBuffer();
      })
      .then(function (bytes) { return window.crypto.subtle.digest("SHA-256", bytes); })
      .then(function (digest) {
        var actual = hex(digest);
        if (actual === expected) say(out, "✓ " + button.getAttribute("data-match"), "hash-ok");
        else say(out, "✕ " + button.getAttribute("data-mismatch") + " " + actual + ".", "hash-bad");
      })
      .catch(function () { say(out, button.getAttribute("data-failed"), "hash-bad"); })
      .then(function () { button.disabled = false; });
  }

  function verifyLocal(input) {
    var file = input.files && input.files[0];
    if (!file) return;
    var out = input.parentNode.querySelector(".verify-local-result");
    if (!out) {
      out = document.createElement("span");
      out.className = "verify-local-result hash-result";
      out.setAttribute("role", "status");
      input.parentNode.appendChild(out);
    }
    if (!canHash()) { say(out, input.getAttribute("data-unavailable")); return; }
    file.arrayBuffer()
      .then(function (bytes) { return window.crypto.subtle.digest("SHA-256", bytes); })
      .then(function (digest) {
        var same = hex(digest) === input.getAttribute("data-sha256");
        say(out, (same ? "✓ " : "✕ ") + input.getAttribute(same ? "data-match" : "data-mismatch"),
          same ? "hash-ok" : "hash-bad");
      });
  }

  var viewerOpener = null;

  function fileDialog() {
    var dialog = document.getElementById("file-dialog");
    if (!dialog || typeof dialog.showModal !== "function") return null;
    return dialog;
  }

  function openViewer(link) {
    var dialog = fileDialog();
    if (!dialog) return false;
    var url = link.getAttribute("data-file-viewer");
    var body = dialog.querySelector("[data-dialog-body]");
    var page = dialog.querySelector("[data-dialog-page]");
    viewerOpener = link;
    body.innerHTML = "";
    body.setAttribute("aria-busy", "true");
    if (page) page.setAttribute("href", url);
    dialog.showModal();
    dialog.querySelector("[data-dialog-close]").focus();
    fetch(url + (url.indexOf("?") < 0 ? "?" : "&") + "partial=1", {
      credentials: "same-origin", headers: { "HX-Request": "true" }
    })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      })
      .then(function (html) {
        body.innerHTML = html;
        body.querySelectorAll("[data-js-only]").forEach(function (el) { el.hidden = false; });
      })
      .catch(function () {
        body.textContent = dialog.getAttribute("data-failed") || "";
      })
      .then(function () { body.removeAttribute("aria-busy"); });
    return true;
  }

  function closeViewer() {
    var dialog = fileDialog();
    if (dialog && dialog.open) dialog.close();
  }

  function closeMenus(except) {
    document.querySelectorAll("details.menu[open]").forEach(function (menu) {
      if (menu !== except) menu.removeAttribute("open");
    });
  }

  function onClick(event) {
    closeMenus(event.target.closest("details.menu"));
    var copyText = event.target.closest("[data-copy-text]");
    if (copyText) {
      var value = copyText.getAttribute("data-copy-text");
      if (navigator.clipboard && window.isSecureContext !== false) {
        navigator.clipboard.writeText(value).then(function () {
          var label = copyText.textContent;
          copyText.textContent = copyText.getAttribute("data-copied") || label;
          setTimeout(function () { copyText.textContent = label; }, 2000);
        });
      } else {
        window.prompt("SHA-256", value);
      }
      return;
    }
    var verify = event.target.closest("[data-verify-url]");
    if (verify) { verifyDownload(verify); return; }
    var viewer = event.target.closest("[data-file-viewer]");
    if (viewer && !event.ctrlKey && !event.metaKey && !event.shiftKey && event.button === 0) {
      if (openViewer(viewer)) event.preventDefault();
      return;
    }
    if (event.target.closest("[data-dialog-close]")) { closeViewer(); return; }
    var dialog = fileDialog();
    if (dialog && event.target === dialog) { closeViewer(); return; }  // the backdrop
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
    if (input.matches("input[data-verify-local]")) verifyLocal(input);
  }

  function onSubmit(event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) event.preventDefault();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-js-only]").forEach(function (el) { el.hidden = false; });
    var dialog = fileDialog();
    if (dialog) {
      dialog.addEventListener("close", function () {
        dialog.querySelector("[data-dialog-body]").innerHTML = "";  // stops a playing video
        if (viewerOpener) viewerOpener.focus();
        viewerOpener = null;
      });
    }
    updateCountdowns(document);
    setInterval(function () { updateCountdowns(document); }, 30000);
  });
  document.addEventListener("click", onClick);
  document.addEventListener("error", function (event) {
    var img = event.target;
    if (!img || img.tagName !== "IMG" || !img.hasAttribute("data-fallback")) return;
    var icon = document.createElement("span");
    icon.className = "file-icon";
    icon.textContent = img.getAttribute("data-fallback");
    img.replaceWith(icon);
  }, true);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") closeMenus(null);
  });
  document.addEventListener("submit", onSubmit, true);
  document.addEventListener("change", onChange);
  document.addEventListener("htmx:afterSwap", function (event) { updateCountdowns(event.target); });
})();
