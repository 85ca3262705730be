// Files out of the page, and the scenario kept across reloads:
//   turnstile.download(name, type, text)  saves text as a file (the app's
//       Export menu calls it: the .py for CPython, the trace, the console)
//   localStorage["turnstile.scenario"]    the share-link fragment of what is
//       shown, written when it changes; a reload without a link in the
//       address bar opens it again (share.js opens links that are there)
(function () {
  'use strict';
  var ts = window.turnstile;
  var KEY = 'turnstile.scenario';

  ts.download = function (name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  };

  function store() {
    try {
      var frag = ts.linkFragment();
      if (frag && localStorage.getItem(KEY) !== frag) localStorage.setItem(KEY, frag);
    } catch (e) { /* storage full or refused (private mode): nothing to keep */ }
  }
  ts.storedScenario = function () {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  };

  ts.ready.then(function () {
    var saved = ts.storedScenario();
    if (!location.hash && saved) ts.command('restore_link ' + saved);
    setInterval(store, 1000);
    window.addEventListener('pagehide', store);
  });
})();
