// Office 2019 (volume-licensed, or retail without WebView2) runs add-ins in Internet Explorer 11
// ("Trident") or Edge Legacy ("EdgeHTML"), which cannot run the pane's scripts. Microsoft
// recommends "a graceful failure message when your add-in is launched in these webviews"
// (learn.microsoft.com/office/dev/add-ins/develop/support-ie-11): this file shows it instead of
// an endless «Загрузка «Сводки»…», and sets window.svodkaOldHost so the pane does not start.
//
// A file of its own, not an inline <script>: the page's Content-Security-Policy allows no inline
// script. Plain ES5 on purpose (no let, arrow functions, Promise or template strings): it is the
// one script that must run in Internet Explorer. Loaded first in <head>.
(function () {
  var ua = window.navigator.userAgent || "";
  // Chromium-based Edge says "Edg/", Edge Legacy "Edge/"; IE 11 says "Trident/".
  var old = /Trident\/|MSIE |\bEdge\/\d/.test(ua) || typeof window.Promise === "undefined";
  if (!old) return;
  window.svodkaOldHost = true;

  function show() {
    var container = document.getElementById("container");
    if (!container) return;
    while (container.firstChild) container.removeChild(container.firstChild);
    var box = document.createElement("div");
    box.className = "boot";
    box.setAttribute("role", "alert");
    var standalone = window.location.href.replace(/[?#].*$/, "").replace(/[^\/]*$/, "standalone.html");
    var first = document.createElement("p");
    first.appendChild(
      document.createTextNode(
        "Эта версия Excel не поддерживает надстройку «Сводка»: нужна Microsoft 365, Excel 2021 или Excel в браузере."
      )
    );
    var second = document.createElement("p");
    second.appendChild(
      document.createTextNode(
        "Можно работать на отдельной странице «Сводки» в современном браузере (Microsoft Edge, Google Chrome, Яндекс Браузер, Firefox): откройте в нём адрес "
      )
    );
    var link = document.createElement("a");
    link.href = standalone;
    link.target = "_blank";
    link.appendChild(document.createTextNode(standalone));
    second.appendChild(link);
    second.appendChild(document.createTextNode(" — страница открывает файл свода .xlsx и сохраняет результат."));
    box.appendChild(first);
    box.appendChild(second);
    container.appendChild(box);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();
