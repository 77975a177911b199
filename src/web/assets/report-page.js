/* Grows the report frame to the report's height so the page scrolls as one document. */
(function () {
  'use strict';
  var frame = document.getElementById('report-frame');
  if (!frame) return;
  function fit() {
    try {
      var doc = frame.contentDocument;
      if (doc && doc.documentElement) frame.style.height = doc.documentElement.scrollHeight + 24 + 'px';
    } catch (ignored) { /* the frame keeps its default height */ }
  }
  frame.addEventListener('load', fit);
  window.addEventListener('resize', fit);
  fit();
})();
