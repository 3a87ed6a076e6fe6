/**
 * A horizontal swipe on a touch screen: left goes forward, right goes back. Swipes that start
 * on a widget or a form control belong to it (a slider, a chart to click on).
 * Usage: <div use:swipe={{ onnext, onprevious }}>
 */
export function swipe(
	node: HTMLElement,
	params: { onnext: () => void; onprevious: () => void }
): { update(p: typeof params): void; destroy(): void } {
	let current = params;
	let start: { x: number; y: number; id: number } | null = null;
	const ignore = 'input, select, textarea, button, a, summary, .widget, [contenteditable]';

	const down = (e: PointerEvent) => {
		if (e.pointerType !== 'touch' || (e.target as Element).closest(ignore)) return;
		start = { x: e.clientX, y: e.clientY, id: e.pointerId };
	};
	const up = (e: PointerEvent) => {
		if (!start || e.pointerId !== start.id) return;
		const dx = e.clientX - start.x;
		const dy = e.clientY - start.y;
		start = null;
		if (Math.abs(dx) < 50 || Math.abs(dx) < 1.5 * Math.abs(dy)) return;
		if (dx < 0) current.onnext();
		else current.onprevious();
	};
	const cancel = () => (start = null);
	node.addEventListener('pointerdown', down);
	node.addEventListener('pointerup', up);
	node.addEventListener('pointercancel', cancel);
	return {
		update: (p) => (current = p),
		destroy() {
			node.removeEventListener('pointerdown', down);
			node.removeEventListener('pointerup', up);
			node.removeEventListener('pointercancel', cancel);
		}
	};
}
