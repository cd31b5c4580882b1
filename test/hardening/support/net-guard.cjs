// Preloaded (node --require this file) into the CLI and the language server by the confidentiality
// test. Every way Node offers to reach the network is wrapped: the attempt is appended as one JSON
// line to the file named by CAVEAT_NET_LOG and refused with an error. stdio pipes and Node IPC do
// not go through these functions; local pipe/Unix-socket connections (a `path`, no host) are logged
// as "local" and allowed, because they are not network.
const fs = require('node:fs');

const logFile = process.env.CAVEAT_NET_LOG;
function record(api, detail, local = false) {
  const line = JSON.stringify({ api, detail: String(detail).slice(0, 300), local, pid: process.pid });
  if (logFile) fs.appendFileSync(logFile, `${line}\n`);
  if (local) return;
  const error = new Error(`caveat-hardening: network access refused (${api} ${detail})`);
  error.code = 'ECONNREFUSED';
  throw error;
}

function describe(args) {
  try {
    return JSON.stringify(args, (_k, v) => (typeof v === 'function' ? '[function]' : v));
  } catch {
    return String(args);
  }
}

function isLocalPipe(args) {
  const first = args[0];
  if (Array.isArray(first)) return isLocalPipe(first);
  if (typeof first === 'string' && Number.isNaN(Number(first))) return true; // a path
  return !!first && typeof first === 'object' && typeof first.path === 'string' && first.host === undefined && first.port === undefined;
}

const net = require('node:net');
const originalSocketConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  const local = isLocalPipe(args);
  record('net.Socket.prototype.connect', describe(args), local);
  return originalSocketConnect.apply(this, args);
};
for (const name of ['connect', 'createConnection']) {
  const original = net[name];
  net[name] = function (...args) {
    const local = isLocalPipe(args);
    record(`net.${name}`, describe(args), local);
    return original.apply(this, args);
  };
}

const tls = require('node:tls');
tls.connect = (...args) => record('tls.connect', describe(args));

for (const mod of ['http', 'https']) {
  const m = require(`node:${mod}`);
  m.request = (...args) => record(`${mod}.request`, describe(args));
  m.get = (...args) => record(`${mod}.get`, describe(args));
}

const http2 = require('node:http2');
http2.connect = (...args) => record('http2.connect', describe(args));

const dgram = require('node:dgram');
dgram.createSocket = (...args) => record('dgram.createSocket', describe(args));

const dns = require('node:dns');
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) {
  dns[name] = (...args) => record(`dns.${name}`, describe(args));
  if (dns.promises?.[name]) dns.promises[name] = async (...args) => record(`dns.promises.${name}`, describe(args));
}

if (typeof globalThis.fetch === 'function') {
  globalThis.fetch = async (...args) => record('fetch', describe(args));
}
if (typeof globalThis.WebSocket === 'function') {
  globalThis.WebSocket = (...args) => record('WebSocket', describe(args));
}
