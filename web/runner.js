// Script runs happen in a Web Worker (run_worker.js, the engine build of
// src/app/engine_main.cpp), so the page keeps drawing while a script runs and
// a script that never ends cannot freeze the tab. The app asks:
//   turnstile.startRun(id, code, file, seed, maxSteps, maxWall)  run this (App::run_code;
//       code: the UTF-8 bytes, a Uint8Array, NULs and all); the
//       answer goes back as ts_run_done(id, bytes) or ts_run_failed(id, why)
//   turnstile.stopRun()                        end the run under way (Stop, or
//       the page's wall-clock budget): the worker is dropped, a fresh one
//       is started for the next run
(function () {
  'use strict';
  var ts = window.turnstile;
  var worker = null;
  var current = 0;  // the id of the run under way, 0 if none

  function deliver(id, bytes) {
    var M = window.Module;
    var p = M._malloc(bytes.length || 1);
    M.HEAPU8.set(bytes, p);
    M.ccall('ts_run_done', null, ['number', 'number', 'number'], [id, p, bytes.length]);
    M._free(p);
  }
  function failed(id, why) {
    window.Module.ccall('ts_run_failed', null, ['number', 'string'], [id, String(why)]);
  }

  function spawn() {
    var w = new Worker('run_worker.js');
    w.onmessage = function (e) {
      var m = e.data;
      if (m.ready || m.id !== current) return;
      current = 0;
      if (m.error) {
        worker = null;  // it closed itself
        failed(m.id, m.error);
      } else {
        deliver(m.id, m.bytes);
      }
    };
    w.onerror = function (e) {
      e.preventDefault();
      w.terminate();
      if (worker === w) worker = null;
      var id = current;
      current = 0;
      if (id) failed(id, e.message || 'the run engine failed');
    };
    return w;
  }

  ts.startRun = function (id, code, file, seed, maxSteps, maxWall) {
    current = id;
    try {
      if (!worker) worker = spawn();
      worker.postMessage({ id: id, code: code, file: file, seed: seed, maxSteps: maxSteps, maxWall: maxWall });
    } catch (e) {
      current = 0;
      failed(id, 'the page could not start its run engine: ' + (e && e.message || e));
    }
  };
  ts.stopRun = function () {
    current = 0;
    if (worker) worker.terminate();
    worker = null;
    try { worker = spawn(); } catch (e) { /* started again on the next run */ }
  };

  // the engine loads while the first preset is shown
  ts.ready.then(function () { if (!worker) { try { worker = spawn(); } catch (e) { /* no workers: runs fail with a reason */ } } });
})();
