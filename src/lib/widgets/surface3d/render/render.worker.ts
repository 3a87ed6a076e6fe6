/// <reference lib="webworker" />
import { renderHost } from './host';
import type { ToRenderer } from './protocol';

// The 3D surface drawn off the page's thread: rendering, and the read-back a software
// compositor needs, never hold up a slider being dragged.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = renderHost((msg) => scope.postMessage(msg));
scope.onmessage = (e: MessageEvent<ToRenderer>) => handle(e.data);
