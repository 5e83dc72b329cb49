/*!
 * flagless embed: <script src="https://HOST/embed.js" data-query="<shareQuery>" async></script>
 * Optional: data-theme="light|dark|auto", data-top="1-5", data-locale="zh" (the widget in Chinese). Replaces each such script with an
 * iframe of HOST/embed and sizes it to its content from the frame's height messages.
 * Plain ES2017, no dependencies. Docs: docs/api.md.
 */
(function () {
  "use strict";
  var SCRIPT = /\/embed\.js(?:[?#].*)?$/;
  var frames = window.__flaglessFrames || (window.__flaglessFrames = {});

  function mount(script) {
    var origin = new URL(script.src, document.baseURI).origin;
    var id = "flagless-embed-" + (Object.keys(frames).length + 1) + "-" + Math.random().toString(36).slice(2, 8);
    var params = new URLSearchParams((script.getAttribute("data-query") || "").replace(/^\?/, ""));
    var theme = script.getAttribute("data-theme");
    var top = script.getAttribute("data-top");
    if (theme) params.set("theme", theme);
    if (top) params.set("top", top);
    if (script.getAttribute("data-locale") === "zh") params.set("lang", "zh");
    params.set("id", id);

    var iframe = document.createElement("iframe");
    iframe.id = id;
    iframe.src = origin + "/embed?" + params.toString();
    iframe.title = script.getAttribute("data-title") || (params.get("lang") === "zh" ? "flagless：推荐的大语言模型" : "flagless: recommended language models");
    iframe.loading = "lazy";
    iframe.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    // The frame's colour scheme matches the widget's theme, so the browser paints no opaque
    // backdrop behind it: the widget's page is transparent and only its rounded card shows.
    var scheme = theme === "light" ? "light" : theme === "dark" ? "dark" : "light dark";
    iframe.style.cssText = "display:block;width:100%;border:0;height:220px;background:transparent;color-scheme:" + scheme;
    frames[id] = { iframe: iframe, origin: origin };
    script.setAttribute("data-flagless-mounted", id);
    script.parentNode.insertBefore(iframe, script);
  }

  function onMessage(event) {
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "flagless:height" || typeof data.id !== "string") return;
    var entry = Object.prototype.hasOwnProperty.call(frames, data.id) ? frames[data.id] : null;
    // Only the frame we made, from the origin we loaded it from, may resize it.
    if (!entry || event.origin !== entry.origin || event.source !== entry.iframe.contentWindow) return;
    var h = Number(data.height);
    if (isFinite(h) && h > 0) entry.iframe.style.height = Math.min(Math.ceil(h), 4000) + "px";
  }

  if (!window.__flaglessListening) {
    window.__flaglessListening = true;
    window.addEventListener("message", onMessage);
  }
  var scripts = document.querySelectorAll("script[data-query]:not([data-flagless-mounted])");
  for (var i = 0; i < scripts.length; i++) {
    if (SCRIPT.test(scripts[i].src)) mount(scripts[i]);
  }
})();
