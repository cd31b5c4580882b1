// Preloaded into the language server by the load test (node --expose-gc --require this file): on
// SIGUSR2, collect garbage and print the heap figures on stderr, so the test measures memory that is
// really held, not garbage V8 has not collected yet. It changes nothing else in the server.
process.on('SIGUSR2', () => {
  if (typeof global.gc === 'function') {
    global.gc();
    global.gc();
  }
  process.stderr.write(`caveat-hardening-memory ${JSON.stringify(process.memoryUsage())}\n`);
});
