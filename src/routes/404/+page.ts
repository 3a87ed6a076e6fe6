// Written as build/404.html, the file static hosts (and the service worker, offline) answer an
// unknown address with. Plain HTML: it needs no app code to say where to go.
export const trailingSlash = 'never';
export const csr = false;
