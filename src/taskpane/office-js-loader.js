// Office.js comes from Microsoft's CDN. If that fails (offline, blocked by a proxy), the copy
// shipped in office-js/ is loaded instead. The pane awaits window.svodkaOfficeJs, which says
// where Office.js came from ("cdn", "local") or that there is none ("none": a plain browser).
//
// A file of its own, not an inline <script> with onload/onerror attributes, so that the page's
// Content-Security-Policy allows no inline script at all. It runs just before the CDN <script>
// tag and hears that tag's load or error event in the capture phase (those events do not bubble).
// Plain ES5: it runs before anything else, in whatever web view Office uses.
(function () {
  var CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
  var settled = false;

  window.svodkaOfficeJs = new Promise(function (resolve) {
    window.svodkaOfficeJsLoaded = function (where) {
      if (settled) return;
      settled = true;
      resolve(where);
    };
  });

  function loadLocalOfficeJs(failed) {
    // office.js loads its helper files from the folder of the first <script> whose src names
    // office.js: remove the failed CDN tag so that folder is the local one.
    if (failed && failed.parentNode) failed.parentNode.removeChild(failed);
    var script = document.createElement("script");
    script.src = "office-js/office.js";
    script.onload = function () {
      window.svodkaOfficeJsLoaded("local");
    };
    script.onerror = function () {
      window.svodkaOfficeJsLoaded("none");
    };
    document.head.appendChild(script);
  }

  function isCdnTag(target) {
    return !!target && target.tagName === "SCRIPT" && target.src === CDN_OFFICE_JS;
  }

  document.addEventListener(
    "load",
    function (event) {
      if (isCdnTag(event.target)) window.svodkaOfficeJsLoaded("cdn");
    },
    true,
  );
  document.addEventListener(
    "error",
    function (event) {
      if (isCdnTag(event.target) && !settled) loadLocalOfficeJs(event.target);
    },
    true,
  );
})();
