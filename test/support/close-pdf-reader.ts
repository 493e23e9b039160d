import { closePdfReader } from '../../letters/test-support';

// Every test file that reads a PDF back starts its own pdf.js thread (see `readPdf`); it ends with the file. Left running,
// a Jest worker gathered one per file, and its exit after the last file outlasted Jest's half second: "A worker process has
// failed to exit gracefully and has been force exited".
afterAll(() => closePdfReader());
