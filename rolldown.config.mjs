// The shipped CLI: dist/cli.js and the worker thread's entry bundled with their dependencies into
// dist/bundle/, so a run loads a few files instead of hundreds (start-up about 0.2 s shorter; issue 5).
// Left outside: pdf-parse (loaded only for PDFs; pdf.js finds its worker file by path), piscina (starts
// its own worker file by path) and word-list (gives the path of its word file).
export default {
  input: { cli: 'dist/cli.js', worker: 'dist/batch/worker.js' },
  platform: 'node',
  external: [/^node:/, /^pdf-parse(\/|$)/, /^piscina(\/|$)/, /^word-list(\/|$)/],
  logLevel: 'warn',
  output: { dir: 'dist/bundle', format: 'esm', chunkFileNames: '[name]-[hash].js', cleanDir: true },
};
