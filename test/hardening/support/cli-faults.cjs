// Preloaded into `caveat scan` by the interruption test (node --require this file; scan worker threads
// load it too). It changes no behaviour; it only reports progress and, on request, holds the process in
// the middle of writing the report:
//   - every draft read under CAVEAT_FAULT_DIR prints "caveat-fault-read <path>" on stderr;
//   - with CAVEAT_FAULT_HOLD_WRITE=1, the write of a temporary file (".tmp") beside the report writes the
//     first half of the content, prints "caveat-fault-holding <path>" and never completes, like a write
//     stuck on a slow disk: the test kills the process at that exact point.
const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.CAVEAT_FAULT_DIR;
const hold = process.env.CAVEAT_FAULT_HOLD_WRITE === '1';
const originalRead = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  const result = originalRead.call(this, file, ...rest);
  // fs.writeSync: a worker thread's process.stderr is relayed by the main thread, late or not at all.
  if (dir && typeof file === 'string' && path.resolve(file).startsWith(dir)) fs.writeSync(2, `caveat-fault-read ${file}\n`);
  return result;
};

const originalWriteSync = fs.writeFileSync;
function writeHalf(file, data) {
  const text = String(data);
  originalWriteSync.call(fs, file, text.slice(0, Math.floor(text.length / 2)));
  process.stderr.write(`caveat-fault-holding ${file}\n`);
}

const isTemporary = (file) => hold && typeof file === 'string' && file.endsWith('.tmp');

// The report is written off the main thread (fs.promises): the pending write keeps the process alive.
const originalWriteFile = fs.promises.writeFile;
fs.promises.writeFile = function (file, data, ...rest) {
  if (!isTemporary(file)) return originalWriteFile.call(this, file, data, ...rest);
  writeHalf(file, data);
  setInterval(() => {}, 1 << 30);
  return new Promise(() => {});
};

// A synchronous write of the report would block the main thread itself (no signal handler could run).
fs.writeFileSync = function (file, data, ...rest) {
  if (!isTemporary(file)) return originalWriteSync.call(this, file, data, ...rest);
  writeHalf(file, data);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
};
