import { startRenderer } from './connect';
import { dolly, dragBy, orbitKey, START, type Orbit } from './orbit';
import type { Colours, FromRenderer, PictureSize } from './protocol';
import { viewChange, type SceneView } from './view';
import { slideLabelFloor } from './labelFloor';
import { pixelRatio } from './webgl';

/**
 * The page's side of the 3D surface: the canvas, the reader's hands on it (drag to turn, pinch
 * or Ctrl + wheel to zoom, tap to pick a start, keys) and its size. The drawing itself runs in a
 * worker on an OffscreenCanvas, so a slow renderer (software WebGL, a weak phone) never blocks
 * the page while a slider is dragged; where a browser cannot draw WebGL in a worker, the same
 * code runs on the page instead. Loaded lazily by View3D.
 */
export interface SceneHandle {
	/** `tag` comes back in the frame events that show this view (protocol.ts). */
	update(view: SceneView, tag?: string): void;
	/** Keyboard orbit: arrows turn the camera, + and − zoom. True when the key was used. */
	key(key: string): boolean;
	dispose(): void;
}

export interface SceneOptions {
	/** A software renderer: no antialiasing and fewer pixels (see webgl.ts). */
	software: boolean;
	/** A tap or click on the surface or the floor map, in weights. */
	onpick(w1: number, w2: number): void;
	/** Shown on a slide: the labels keep the slide's least size (sprites.ts). */
	onSlide?: boolean;
	/**
	 * Drawing failed (no WebGL in the renderer, context lost) or the render worker stopped: the
	 * shell mounts the scene again or shows the 2D map.
	 */
	onlost(): void;
}

export function mount(host: HTMLElement, options: SceneOptions): SceneHandle {
	// The picture: the landscape (drawn by WebGL off screen) with the balls over it, in 2D.
	const canvas = document.createElement('canvas');
	canvas.classList.add('surface-canvas');
	host.append(canvas);
	const size = (): PictureSize => {
		const width = host.clientWidth;
		const height = host.clientHeight;
		const onScreen = host.getBoundingClientRect().height;
		return {
			width,
			height,
			zoom: height ? onScreen / height : 1,
			labelFloor: options.onSlide ? slideLabelFloor(innerHeight) : 0,
			ratio: pixelRatio(options.software, width, height, devicePixelRatio),
			// The balls' 2D lines are cheap at full sharpness, even where WebGL draws on the CPU.
			pictureRatio: pixelRatio(false, width, height, devicePixelRatio)
		};
	};
	const colours = (): Colours => {
		const style = getComputedStyle(host);
		return { ink: style.color || '#333', paper: style.backgroundColor || '#fff' };
	};

	const receive = (msg: FromRenderer) => {
		if (msg.type === 'frame') {
			const { frame, tag, renderMs, gl, drawnAt, labelPx } = msg;
			// The labels are pixels of the picture: the page states their size for the slide tests.
			const px = labelPx.toFixed(1);
			if (host.dataset.labelPx !== px) host.dataset.labelPx = px;
			const detail = { frame, tag, renderMs, gl, drawnAt };
			host.dispatchEvent(new CustomEvent('surface3d:frame', { bubbles: true, detail }));
		} else if (msg.type === 'picked') options.onpick(msg.w1, msg.w2);
		else if (msg.type === 'lost') options.onlost();
	};
	const renderer = startRenderer(canvas, receive, options.onlost);
	let orbit: Orbit = START;
	renderer.send({
		type: 'init',
		canvas,
		software: options.software,
		orbit,
		...size(),
		...colours()
	});
	// The reader's system switching between light and dark: the picture follows the page.
	const scheme = matchMedia('(prefers-color-scheme: dark)');
	const recolour = () => renderer.send({ type: 'colours', ...colours() });
	scheme.addEventListener('change', recolour);

	const turn = (next: Orbit | null) => {
		if (!next) return false;
		orbit = next;
		renderer.send({ type: 'orbit', orbit });
		return true;
	};

	// Pointers down on the view: one turns the camera, two pinch to zoom, a short still press
	// is a tap that sets the start.
	const pointers = new Map<number, { x: number; y: number }>();
	let press: { x: number; y: number; t: number } | null = null;
	const onDown = (e: PointerEvent) => {
		canvas.setPointerCapture?.(e.pointerId);
		pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
		press = pointers.size === 1 ? { x: e.clientX, y: e.clientY, t: e.timeStamp } : null;
	};
	const onMove = (e: PointerEvent) => {
		const last = pointers.get(e.pointerId);
		if (!last) return;
		if (pointers.size === 1) {
			turn(dragBy(orbit, e.clientX - last.x, e.clientY - last.y, host.clientHeight));
		} else if (pointers.size === 2) {
			const other = [...pointers].find(([id]) => id !== e.pointerId)![1];
			const before = Math.hypot(last.x - other.x, last.y - other.y);
			const after = Math.hypot(e.clientX - other.x, e.clientY - other.y);
			if (before > 0) turn(dolly(orbit, after / before));
		}
		pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
	};
	const onUp = (e: PointerEvent) => {
		pointers.delete(e.pointerId);
		const p = press;
		press = null;
		if (!p || e.type !== 'pointerup' || e.timeStamp - p.t > 600) return;
		if (Math.hypot(e.clientX - p.x, e.clientY - p.y) > 6) return;
		const box = canvas.getBoundingClientRect();
		const x = ((e.clientX - box.left) / box.width) * 2 - 1;
		const y = -((e.clientY - box.top) / box.height) * 2 + 1;
		renderer.send({ type: 'pick', x, y });
	};
	// A plain wheel scrolls the lesson past the view; Ctrl + wheel (and a trackpad pinch) zooms.
	const onWheel = (e: WheelEvent) => {
		if (!e.ctrlKey) return;
		e.preventDefault();
		turn(dolly(orbit, Math.pow(0.95, e.deltaY / 40)));
	};
	canvas.addEventListener('pointerdown', onDown);
	canvas.addEventListener('pointermove', onMove);
	canvas.addEventListener('pointerup', onUp);
	canvas.addEventListener('pointercancel', onUp);
	canvas.addEventListener('wheel', onWheel, { passive: false });

	const sendSize = () => renderer.send({ type: 'size', ...size() });
	const resize = new ResizeObserver(sendSize);
	resize.observe(host);
	// A slide is fitted to its window by a transform: a new window size can leave the layout as it
	// was and change only the size on screen, which the labels follow.
	if (options.onSlide) addEventListener('resize', sendSize);

	let sent: SceneView | null = null;
	let sentTag: string | undefined;
	return {
		update(view, tag) {
			const { change, transfer } = viewChange(sent, view);
			// The same picture again (a late answer equal to the last, a re-run effect): no frame,
			// so an idle view stays idle.
			const same =
				sent !== null &&
				tag === sentTag &&
				!change.landscape &&
				!change.balls &&
				!change.start &&
				change.step === sent.step;
			sent = view;
			sentTag = tag;
			if (!same) renderer.send({ type: 'view', change, tag }, transfer);
		},
		key: (key) => turn(orbitKey(orbit, key)),
		dispose() {
			resize.disconnect();
			removeEventListener('resize', sendSize);
			scheme.removeEventListener('change', recolour);
			canvas.removeEventListener('pointerdown', onDown);
			canvas.removeEventListener('pointermove', onMove);
			canvas.removeEventListener('pointerup', onUp);
			canvas.removeEventListener('pointercancel', onUp);
			canvas.removeEventListener('wheel', onWheel);
			renderer.send({ type: 'dispose' });
			renderer.stop();
			canvas.remove();
		}
	};
}
