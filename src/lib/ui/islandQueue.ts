/**
 * Hydrates a lesson's islands (see Island.svelte) a few at a time, each batch in a task of its
 * own, so loading a long lesson never blocks the main thread for long. Islands near the screen
 * go first; the rest follow in page order while the page is otherwise idle.
 */

interface Job {
	host: Element;
	run: () => void;
}

/** Time one task may spend hydrating islands before it yields to the browser (ms). */
const BUDGET_MS = 4;
const queue: Job[] = [];
const near = new Set<Element>();
let observer: IntersectionObserver | undefined;
let pending = false;

/** Queues `run` (which hydrates `host`); returns a function that takes it off the queue. */
export function hydrateSoon(host: Element, run: () => void): () => void {
	const job: Job = { host, run };
	queue.push(job);
	if (!observer && typeof IntersectionObserver !== 'undefined')
		observer = new IntersectionObserver(
			(entries) => {
				for (const e of entries) if (e.isIntersecting) near.add(e.target);
			},
			{ rootMargin: '100% 0px' }
		);
	observer?.observe(host);
	schedule();
	return () => drop(job);
}

function drop(job: Job) {
	const i = queue.indexOf(job);
	if (i >= 0) queue.splice(i, 1);
	observer?.unobserve(job.host);
	near.delete(job.host);
}

function schedule() {
	if (pending || queue.length === 0) return;
	pending = true;
	setTimeout(work, 0);
}

function work() {
	pending = false;
	const start = performance.now();
	try {
		while (queue.length > 0 && performance.now() - start < BUDGET_MS) {
			const job = queue.find((j) => near.has(j.host)) ?? queue[0];
			drop(job);
			job.run();
		}
	} finally {
		// One island that throws must not leave the others asleep.
		schedule();
	}
}
