/**
 * What this browser's WebGL is, asked once a page with a throwaway canvas before three.js loads:
 * whether there is any (none with --disable-webgl), and whether it is a software renderer
 * (SwiftShader, llvmpipe), which draws every pixel on the CPU and so gets a lighter setup.
 */
export interface WebGLSupport {
	ok: boolean;
	software: boolean;
}

/** The answer for this page: a probe blocks the page for about 130 ms, and a lesson has up to four views. */
let known: WebGLSupport | null = null;

export function probeWebGL(): WebGLSupport {
	known ??= probe();
	return known;
}

function probe(): WebGLSupport {
	try {
		const canvas = document.createElement('canvas');
		const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as
			WebGLRenderingContext | WebGL2RenderingContext | null;
		if (!gl) return { ok: false, software: false };
		const info = gl.getExtension('WEBGL_debug_renderer_info');
		const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : '');
		gl.getExtension('WEBGL_lose_context')?.loseContext();
		return { ok: true, software: /swiftshader|llvmpipe|software/i.test(name) };
	} catch {
		return { ok: false, software: false };
	}
}

/**
 * Device pixels per CSS pixel for the canvas: up to 2 on a GPU; on a software renderer at most
 * 1, and less on a large canvas, so a frame never fills more than about 0.25 megapixels.
 */
export function pixelRatio(
	software: boolean,
	width: number,
	height: number,
	device: number
): number {
	if (!software) return Math.min(device || 1, 2);
	return Math.min(1, Math.sqrt(250_000 / Math.max(1, width * height)));
}
