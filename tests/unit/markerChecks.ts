/**
 * One marker for each class across the course: what the figures draw, what the widgets draw, and
 * what the text says they draw. Each reader below turns one kind of source into claims
 * "this animal is drawn as this shape"; tests/unit/classMarkers.test.ts compares them all.
 */
export type Animal = 'cat' | 'dog';
export type Shape = 'triangle' | 'circle';

/** The course's convention: colour as in DESIGN.md (dog blue, cat vermillion), shape as here. */
export const markers: Record<Animal, Shape> = { cat: 'triangle', dog: 'circle' };

export interface Claim {
	animal: Animal;
	shape: Shape;
	/** Where it was read, for the failure message. */
	source: string;
}

const shapeWords: [RegExp, Shape][] = [
	[/\btriangles?\b|三角形/g, 'triangle'],
	[/\bcircles?\b|圓點|圓形/g, 'circle']
];
const animalWords: [RegExp, Animal][] = [
	[/\bcats?\b|貓/gi, 'cat'],
	[/\bdogs?\b|狗/gi, 'dog']
];

function found<T>(clause: string, words: [RegExp, T][]): { at: number; what: T }[] {
	return words
		.flatMap(([re, what]) => [...clause.matchAll(re)].map((m) => ({ at: m.index, what })))
		.sort((a, b) => a.at - b.at);
}

/**
 * Claims made in prose: within one clause, shapes and animals named in equal numbers are paired
 * in order ("triangles cats", "orange circles labelled cat and blue triangles labelled dog").
 */
export function textClaims(text: string, source: string): Claim[] {
	const claims: Claim[] = [];
	for (const clause of text.split(/[;；。，,、:：\n]/)) {
		const shapes = found(clause, shapeWords);
		const animals = found(clause, animalWords);
		if (shapes.length === 0 || shapes.length !== animals.length) continue;
		shapes.forEach((s, i) =>
			claims.push({
				animal: animals[i].what,
				shape: s.what,
				source: `${source}: "${clause.trim()}"`
			})
		);
	}
	return claims;
}

interface Mark {
	shape: Shape | null;
	fill: string | null;
	text: string | null;
	/** Where it starts across: a legend's word lies to the right of its marker. */
	x: number;
}

/** A path of three corners, closed: the figures' triangle marker. */
const triangle = /^M[^MLZ]+L[^MLZ]+L[^MLZ]+Z$/i;

function svgMarks(svg: string): Mark[] {
	const marks: Mark[] = [];
	for (const m of svg.matchAll(
		/<(circle|path|text|rect|line|ellipse)\b([^>]*)>(?:([^<]*)<\/text>)?/g
	)) {
		const [, tag, attrs, content] = m;
		const d = /\bd="([^"]*)"/.exec(attrs)?.[1].replace(/\s+/g, '') ?? '';
		const shape: Shape | null =
			tag === 'circle' ? 'circle' : tag === 'path' && triangle.test(d) ? 'triangle' : null;
		const x = /\b(?:cx|x)="([-\d.]+)"/.exec(attrs)?.[1] ?? /\bd="M\s*([-\d.]+)/.exec(attrs)?.[1];
		marks.push({
			shape,
			fill: /\bfill="([^"]*)"/.exec(attrs)?.[1] ?? null,
			text: tag === 'text' ? (content ?? '').trim() : null,
			x: Number(x ?? NaN)
		});
	}
	return marks;
}

const animalOf = (word: string): Animal | null =>
	/^(cats?|貓)$/i.test(word) ? 'cat' : /^(dogs?|狗)$/i.test(word) ? 'dog' : null;

/**
 * Claims a figure makes: its legend (a marker right before the word "cat" or "dog") and its data
 * (every mark filled like a legend marker is drawn in that marker's class), plus what its title
 * and description say.
 */
export function svgClaims(svg: string, source: string): Claim[] {
	const marks = svgMarks(svg);
	const claims: Claim[] = [];
	marks.forEach((mark, i) => {
		const animal = mark.text === null ? null : animalOf(mark.text);
		const key = marks[i - 1];
		// A word on top of a disc (a label chip, as in sample-bias) is no legend.
		if (!animal || !key?.shape || !(mark.x > key.x)) return;
		claims.push({ animal, shape: key.shape, source: `${source}: legend "${mark.text}"` });
		for (const data of marks)
			if (data !== key && data.shape && data.fill && data.fill === key.fill)
				claims.push({ animal, shape: data.shape, source: `${source}: a mark filled ${data.fill}` });
	});
	for (const m of svg.matchAll(/<(title|desc)>([^<]*)<\/\1>/g))
		claims.push(...textClaims(m[2], `${source} <${m[1]}>`));
	return claims;
}

/**
 * Claims a widget's markup makes: an SVG circle or path whose class names the animal (`dog`,
 * `cat`) or the class index (`c0` cat, `c1` dog: the built-in data's labels, src/lib/math/dataset.ts).
 */
export function svelteClaims(source: string, file: string): Claim[] {
	const claims: Claim[] = [];
	for (const m of source.matchAll(/<(circle|path)\b[^>]*\bclass="[^"]*\b(dog|cat|c0|c1)\b/g)) {
		const animal: Animal = m[2] === 'cat' || m[2] === 'c0' ? 'cat' : 'dog';
		claims.push({ animal, shape: m[1] === 'circle' ? 'circle' : 'triangle', source: file });
	}
	return claims;
}

/** The claims that break the convention, as sentences. */
export function markerProblems(claims: readonly Claim[]): string[] {
	return claims
		.filter((c) => markers[c.animal] !== c.shape)
		.map((c) => `${c.source}: ${c.animal} as a ${c.shape}, not a ${markers[c.animal]}`);
}
