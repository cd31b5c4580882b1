// Entry point of dist/server.js, started by the VS Code client over IPC (or --stdio).
import { startServer } from './server';

startServer();
