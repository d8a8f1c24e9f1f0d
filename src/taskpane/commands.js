// The manifest's function file has no functions: the ribbon button only shows the task pane.
// Office still loads commands.html and expects Office.js to be initialised in it. (A file, not
// an inline script, so that the page's Content-Security-Policy allows no inline script.)
if (window.Office) Office.onReady(function () {});
