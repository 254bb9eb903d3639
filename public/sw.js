// Visitationsguide service worker: precaches the versioned app shell so the guide opens with no network.
// scripts/post_build.py stamps VERSION and PRECACHE at build time; this file is never edited by hand
// in dist/.
//
// Snapshots (data/*.json) are not handled here: the app validates each one and keeps the last good
// snapshot in Cache Storage itself, so an invalid file can never become "the cached one".
const VERSION = 'dev';
const PRECACHE = [];
const SHELL = `vg-shell-${VERSION}`;

self.addEventListener('install', (event) => {
  // cache: 'reload' bypasses the HTTP cache so a new version never precaches old files.
  event.waitUntil(
    caches.open(SHELL).then((cache) => cache.addAll(PRECACHE.map((p) => new Request(p, { cache: 'reload' })))),
  );
});

// A new version waits until the page asks it to take over, so an open page never runs old code
// against a new shell or the reverse.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('vg-shell-') && key !== SHELL) await caches.delete(key);
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
  if (request.mode === 'navigate') {
    // A page of the shell (the guide, the accessibility statement) comes from this version's shell, so
    // page and code always match; any other address in scope opens the guide.
    event.respondWith((async () => {
      const page = relative === '' ? undefined : await caches.match(request, { ignoreSearch: true });
      return page ?? (await caches.match(new URL('index.html', scope).href)) ?? fetch(request);
    })());
    return;
  }
  event.respondWith(caches.match(request, { ignoreSearch: true }).then((hit) => hit ?? fetch(request)));
});
