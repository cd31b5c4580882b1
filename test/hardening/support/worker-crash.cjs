// Preloaded into `caveat scan` by the worker-fault test (node --require this file; scan worker threads
// load it too). In a scan worker thread only, reading a draft whose name contains "crash-the-worker"
// ends that thread at once (exit code 70), as a crash or running out of memory would; the main thread
// reads it normally.
const fs = require('node:fs');
const { isMainThread } = require('node:worker_threads');

if (!isMainThread) {
  const originalRead = fs.readFileSync;
  fs.readFileSync = function (file, ...rest) {
    if (typeof file === 'string' && file.includes('crash-the-worker')) process.exit(70);
    return originalRead.call(this, file, ...rest);
  };
}
