// The root page only sends the reader on (its inline script, before the first paint) or, without
// JavaScript, shows the two languages as links: it loads no app code, which it would only drop.
export const csr = false;
