// The system clipboard and dropped files, for the page (the app's own
// clipboard is private to wasm; web_main.cpp routes ImGui's through here):
//   paste event        its text goes into the code panel at the cursor (ts_paste)
//   writeClipboard(s)  ImGui's copy (Ctrl+C/Ctrl+X in the editor and console)
//   drop of a file     a .py (or any text file) replaces the code and runs it
// A canvas is not editable, so a browser may not fire "paste" for Ctrl+V on
// it: the keydown moves the focus to a hidden textarea for that one key, the
// browser pastes there (firing the event), and the focus goes back.
(function () {
  'use strict';
  var ts = window.turnstile;
  var MAX_DROP = 200 * 1024;  // as a share link's code limit (src/app/link.h)
  var canvas = document.getElementById('canvas');

  ts.writeClipboard = function (text) {
    if (navigator.clipboard && navigator.clipboard.writeText)
      navigator.clipboard.writeText(text).catch(function () {});
  };

  var sink = document.createElement('textarea');
  sink.setAttribute('aria-hidden', 'true');
  sink.tabIndex = -1;
  sink.style.cssText = 'position:absolute;left:-1000px;top:0;width:10px;height:10px;opacity:0;';
  document.body.appendChild(sink);

  window.addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && (e.key === 'v' || e.key === 'V') && document.activeElement !== sink) {
      sink.value = '';
      sink.focus();
    }
  }, true);

  window.addEventListener('paste', function (e) {
    var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    e.preventDefault();
    if (document.activeElement === sink && canvas) canvas.focus();
    if (text) window.Module.ccall('ts_paste', null, ['string'], [text]);
  }, true);

  window.addEventListener('dragover', function (e) { e.preventDefault(); });
  window.addEventListener('drop', function (e) {
    e.preventDefault();
    var f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
    if (!f) return;
    if (f.size > MAX_DROP) {
      ts.command('banner The dropped file is too large (' + Math.floor(f.size / 1024) +
                 ' KiB; at most ' + Math.floor(MAX_DROP / 1024) + ' KiB).');
      return;
    }
    f.text().then(function (text) {
      ts.setCode(text);
      ts.run();
    });
  });
})();
