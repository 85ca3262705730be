// Turnstile page glue: sets up the Emscripten Module before index.js loads,
// and exposes window.turnstile for users and tests:
//   turnstile.ready      Promise, resolves once main() has run and a frame was drawn
//   turnstile.state()    a Promise of the app's state, JSON.parse(ts_state_json()),
//                        once the run under way (if any: runs happen in a
//                        Web Worker, runner.js) and the commands sent before
//                        are done
//   turnstile.stateNow() the state as it is this moment (state.running: a
//                        run is under way)
//   turnstile.command(s) sends a command string to the app (ts_command) once
//                        the commands before it and the run they started are
//                        done; a Promise of when it was sent
//   turnstile.idle()     a Promise of the moment no run is under way
//   turnstile.loadPreset(id), turnstile.setCode(text), turnstile.run()
//                        the code panel: load a preset (and run it), replace
//                        the code (text may span lines), run the code
//   turnstile.log        lines the program printed to stdout/stderr
(function () {
  'use strict';
  var statusEl = document.getElementById('status');
  var canvas = document.getElementById('canvas');
  var readyResolve, readyReject;
  var ready = new Promise(function (res, rej) { readyResolve = res; readyReject = rej; });
  var log = [];
  var failed = null;

  function setStatus(text, isError) {
    if (!statusEl) return;
    statusEl.textContent = text || '';
    statusEl.className = 'ts-status' + (isError ? ' error' : '');
    statusEl.style.display = text ? '' : 'none';
  }

  function fail(what) {
    if (failed) return;
    failed = String(what);
    setStatus('Turnstile failed: ' + failed, true);
    readyReject(new Error(failed));
  }

  // the canvas's own right-click (no menu over the page)
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });

  // WebGL context loss makes the page useless; say so instead of freezing.
  canvas.addEventListener('webglcontextlost', function (e) {
    e.preventDefault();
    setStatus('WebGL context lost; reload the page.', true);
  }, false);

  window.Module = {
    canvas: canvas,
    print: function (text) { log.push(String(text)); console.log(text); },
    printErr: function (text) { log.push(String(text)); console.warn(text); },
    setStatus: function (text) { if (!failed) setStatus(text ? 'Loading Turnstile… ' + text : ''); },
    monitorRunDependencies: function () {},
    onAbort: function (what) { fail(what); },
    postRun: [function () {
      // main() has run (and set up its main loop); let two frames draw.
      requestAnimationFrame(function () {
        requestAnimationFrame(function () {
          if (failed) return;
          setStatus('');
          readyResolve(window.turnstile);
        });
      });
    }],
  };

  window.addEventListener('error', function (e) {
    if (e && e.message && /abort|RuntimeError|wasm/i.test(e.message)) fail(e.message);
  });

  function stateNow() {
    return JSON.parse(window.Module.ccall('ts_state_json', 'string', [], []));
  }
  function idle() {
    return new Promise(function (resolve) {
      (function check() {
        if (!window.Module.ccall('ts_run_pending', 'number', [], [])) resolve();
        else setTimeout(check, 5);
      })();
    });
  }
  // Commands in the order sent, each after the run the one before started.
  var chain = Promise.resolve();

  window.turnstile = {
    ready: ready,
    log: log,
    stateNow: stateNow,
    idle: idle,
    state: function () {
      return chain.then(idle).then(stateNow);
    },
    command: function (cmd) {
      chain = chain.then(idle).then(function () {
        window.Module.ccall('ts_command', null, ['string'], [String(cmd)]);
      });
      return chain;
    },
    loadPreset: function (id) { window.turnstile.command('load_preset ' + id); },
    setCode: function (text) { window.turnstile.command('set_code ' + String(text)); },
    run: function () { window.turnstile.command('run'); },
  };
})();
