// Share links on the page: the fragment (#s=1.… or #preset=NAME) is decoded by
// the app itself (src/app/link.cpp: the same code as `turnstile run --link`),
// so the page and the CLI accept and refuse exactly the same links. This file
// only moves fragments between the address bar, the app and the clipboard.
//   turnstile.linkFragment()  the fragment of what is shown now
//   turnstile.linkURL()       this page's URL with that fragment
//   turnstile.copyLink()      puts linkURL() on the clipboard and in the address bar
//   turnstile.openLink(frag)  opens a fragment as if the page had been loaded with it
(function () {
  'use strict';
  var ts = window.turnstile;
  var lastOpened = null;

  function fragmentOf(hash) { return hash.charAt(0) === '#' ? hash.slice(1) : hash; }

  function openLink(frag) {
    frag = fragmentOf(frag || '');
    lastOpened = frag;
    if (!frag) return;
    // The app refuses an oversized fragment too, but it must not even be
    // copied into wasm memory: say so from here.
    var max = ts.stateNow().link_max_fragment || 262144;
    if (frag.length > max) {
      ts.command('link_error the link is too long (' + Math.floor(frag.length / 1024) +
                 ' KiB; at most ' + Math.floor(max / 1024) + ' KiB)');
      return;
    }
    ts.command('open_link ' + frag);
  }

  ts.openLink = openLink;
  ts.linkFragment = function () {
    return window.Module.ccall('ts_link_fragment', 'string', [], []);
  };
  ts.linkURL = function () {
    return location.href.split('#')[0] + '#' + ts.linkFragment();
  };
  ts.copyLink = function () {
    var url = ts.linkURL();
    lastOpened = fragmentOf(url.slice(url.indexOf('#')));
    history.replaceState(null, '', url);
    if (navigator.clipboard && navigator.clipboard.writeText) return navigator.clipboard.writeText(url).then(function () { return url; });
    return Promise.resolve(url);
  };

  ts.ready.then(function () {
    if (location.hash) openLink(location.hash);
    // Editing the fragment by hand (or following another link) reloads.
    window.addEventListener('hashchange', function () {
      var frag = fragmentOf(location.hash);
      if (frag !== lastOpened) openLink(frag);
    });
  });
})();
