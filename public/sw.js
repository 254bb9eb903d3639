// Visitationsguide service worker: precaches the versioned app shell so the guide opens with no network.
// scripts/post_build.py stamps VERSION and PRECACHE at build time; this file is never edited by hand
// in dist/.
//
// Snapshots (data/*.json) are not handled here: the app validates each one and keeps the last good
// snapshot in Cache Storage itself, so an invalid file can never become "the cached one".
//
// The publisher page (publish.html, with its own bundle) is cached apart, in PUBLISHER, and only once it
// has been opened: the guide's first load never fetches it. A snapshot the page has checked waits in
// PREVIEW_CACHE for the guide to open as `?snapshot=publish-preview/snapshot.json`.
const VERSION = 'dev';
const PRECACHE = [];
const PUBLISHER = [];
const SHELL = `vg-shell-${VERSION}`;
const PUBLISHER_CACHE = `vg-publisher-${VERSION}`;
const PREVIEW_CACHE = 'vg-publish-preview';
const PREVIEW = 'publish-preview/snapshot.json';

// cache: 'reload' bypasses the HTTP cache so a new version never precaches old files.
const fresh = (list) => list.map((p) => new Request(p, { cache: 'reload' }));

async function cachePublisher() {
  if (PUBLISHER.length > 0) await (await caches.open(PUBLISHER_CACHE)).addAll(fresh(PUBLISHER));
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    await (await caches.open(SHELL)).addAll(fresh(PRECACHE));
    // Where the publisher page was used, a new version keeps it offline too; failing that is not fatal.
    if ((await caches.keys()).some((k) => k.startsWith('vg-publisher-'))) await cachePublisher().catch(() => {});
  })());
});

// A new version waits until the page asks it to take over, so an open page never runs old code
// against a new shell or the reverse. The publisher page asks to be kept for offline use.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  if (event.data === 'cache-publisher') event.waitUntil(cachePublisher().catch(() => {}));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('vg-shell-') && key !== SHELL) await caches.delete(key);
      if (key.startsWith('vg-publisher-') && key !== PUBLISHER_CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const scope = new URL(self.registration.scope);
  const relative = url.pathname.slice(scope.pathname.length);
  if (relative.startsWith('data/') || relative === 'sw.js') return;
  if (relative === PREVIEW) {
    // Only ever from this browser's cache: a preview is never asked of the server.
    event.respondWith(caches.open(PREVIEW_CACHE).then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((hit) => hit ?? new Response('no preview', { status: 404 })));
    return;
  }
  if (request.mode === 'navigate') {
    // A page of the shell (the guide, the accessibility statement, the publisher page once opened)
    // comes from this version's caches, so page and code always match; the publisher page before its
    // first visit comes from the network; any other address in scope opens the guide.
    event.respondWith((async () => {
      const page = relative === '' ? undefined : await caches.match(request, { ignoreSearch: true });
      if (page) return page;
      if (relative === 'publish.html') return fetch(request);
      return (await caches.match(new URL('index.html', scope).href)) ?? fetch(request);
    })());
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit ?? fetch(request)));
});
