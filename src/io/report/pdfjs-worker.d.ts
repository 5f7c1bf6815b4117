// pdfjs-dist ships no types for its worker module; the reader only imports it for its side
// effect (registering globalThis.pdfjsWorker, see pdf-engine.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown
}
