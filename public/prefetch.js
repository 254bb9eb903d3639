// Starts the download of the figures while the app's wasm is still loading, so the two overlap
// (issue 9: at 10,000 offers the file is 9 MB). The app decides which file it shows
// (src/domain/link.rs) and takes this download only when it asks for the very same path
// (src/data/mod.rs, start_fetch); otherwise it is never read. Only a plain path on this server is
// fetched: the test below is at least as strict as the app's `is_same_origin_path`, and the page's
// Content-Security-Policy (connect-src 'self') refuses any other origin anyway. The query in the
// fragment (#group=…&age=…) is never part of the request.
'use strict';
(() => {
  const asked = new URLSearchParams(window.location.search).get('snapshot');
  const plain = (path) => path.length > 0 && path.length <= 512 && path.trim() === path
    && !path.startsWith('//') && !/[:\\\u0000-\u001f\u007f-\u009f]/.test(path);
  if (asked !== null && !plain(asked)) return;
  const path = asked ?? 'data/snapshot.json';
  const response = fetch(path, { cache: 'no-cache' });
  // A failure is the app's to report when it reads the response; none is logged here.
  response.catch(() => {});
  window.__vgSnapshotFetch = { path, response };
})();
