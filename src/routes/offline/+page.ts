// Written as build/offline.html: the service worker shows it for a page it has not stored while
// the network is down. Plain HTML, so it needs nothing else from the cache to show.
export const trailingSlash = 'never';
export const csr = false;
