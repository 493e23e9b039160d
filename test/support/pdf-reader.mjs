// A worker thread that reads PDFs with pdf.js (Mozilla's reader, independent of the PDFKit that wrote
// them) and answers, per request, the metadata and per page its size and every text item with its
// position from the top left. A worker because pdf.js 4 ships only as an ES module, which Jest's
// CommonJS sandbox cannot load; one long-lived worker so pdf.js and its fonts load once per test file.
import { parentPort } from 'node:worker_threads';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

async function read(data) {
  const doc = await getDocument({ data, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const { info, metadata } = await doc.getMetadata();
    const markInfo = await doc.getMarkInfo();
    const xmp = metadata ? Object.fromEntries(['dc:title', 'dc:creator', 'dc:language', 'pdfaid:part', 'pdfaid:conformance'].map((name) => [name, metadata.get(name)])) : null;
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [, , width, height] = page.view;
      const content = await page.getTextContent();
      const items = content.items
        .filter((item) => 'str' in item)
        .map((item) => ({ str: item.str, x: item.transform[4], y: height - item.transform[5], width: item.width, height: item.height, hasEOL: item.hasEOL }));
      const structTree = await page.getStructTree();
      pages.push({ width, height, items, structure: structTree ? roles(structTree) : [] });
    }
    return { numPages: doc.numPages, info, xmp, marked: markInfo?.Marked === true, pages };
  } finally {
    await doc.destroy();
  }
}

/** The structure element roles of a page's tree, in reading order (Document, P, H1, L, LI, …). */
function roles(node) {
  return [...(node.role ? [node.role] : []), ...(node.children ?? []).flatMap(roles)];
}

parentPort.on('message', ({ id, data }) => {
  read(data).then(
    (result) => parentPort.postMessage({ id, result }),
    (error) => parentPort.postMessage({ id, error: String(error?.message ?? error) }),
  );
});
