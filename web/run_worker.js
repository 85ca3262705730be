// The page's runs happen here, off the page's thread (src/app/engine_main.cpp
// built as engine.js|.wasm): a script that never ends cannot freeze the tab,
// and the page's Stop ends this worker. Messages:
//   in:  {id, code: Uint8Array (UTF-8), file, seed, maxSteps, maxWall}
//   out: {ready: true}                     once the engine has loaded
//        {id, bytes: Uint8Array}           the run (app::encode_run), transferred
//        {id, error: "..."}                the engine itself failed (e.g. out of stack)
'use strict';
importScripts('engine.js');
var engine = null;
var queue = [];

function run(msg) {
  try {
    var lenPtr = engine._malloc(4);
    var code = engine._malloc(msg.code.length || 1);
    engine.HEAPU8.set(msg.code, code);
    var ptr = engine.ccall('ts_engine_run', 'number', ['number', 'number', 'string', 'number', 'number', 'number', 'number'],
                           [code, msg.code.length, msg.file, msg.seed, msg.maxSteps || 0, msg.maxWall || 0, lenPtr]);
    var len = engine.getValue(lenPtr, 'i32');
    engine._free(code);
    engine._free(lenPtr);
    var bytes = engine.HEAPU8.slice(ptr, ptr + len);
    postMessage({ id: msg.id, bytes: bytes }, [bytes.buffer]);
  } catch (e) {
    // A trap leaves the engine unusable: say why, and let the page start a new worker.
    postMessage({ id: msg.id, error: String(e && e.message || e) });
    close();
  }
}

onmessage = function (e) {
  if (engine) run(e.data);
  else queue.push(e.data);
};

TurnstileEngine({
  print: function () {},
  printErr: function (t) { console.warn('engine: ' + t); },
}).then(function (m) {
  engine = m;
  postMessage({ ready: true });
  while (queue.length) run(queue.shift());
});
