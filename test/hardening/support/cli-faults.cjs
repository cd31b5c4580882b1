// Preloaded into `caveat scan` by the interruption test (node --require this file). It changes no
// behaviour; it only reports progress and, on request, holds the process in the middle of a write:
//   - every draft read under CAVEAT_FAULT_DIR prints "caveat-fault-read <path>" on stderr;
//   - with CAVEAT_FAULT_HOLD_WRITE=1, a writeFileSync to a temporary file (".tmp") beside the report
//     writes the first half of the content, prints "caveat-fault-holding <path>" and blocks, so the
//     test can kill the process at that exact point.
const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.CAVEAT_FAULT_DIR;
const originalRead = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  const result = originalRead.call(this, file, ...rest);
  if (dir && typeof file === 'string' && path.resolve(file).startsWith(dir)) process.stderr.write(`caveat-fault-read ${file}\n`);
  return result;
};

const originalWrite = fs.writeFileSync;
fs.writeFileSync = function (file, data, ...rest) {
  if (process.env.CAVEAT_FAULT_HOLD_WRITE === '1' && typeof file === 'string' && file.endsWith('.tmp')) {
    const text = String(data);
    originalWrite.call(this, file, text.slice(0, Math.floor(text.length / 2)));
    process.stderr.write(`caveat-fault-holding ${file}\n`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  }
  return originalWrite.call(this, file, data, ...rest);
};
