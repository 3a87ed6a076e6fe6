/**
 * The names of the trainer's choices, and nothing else, so the page can build menus and check
 * URL values without pulling the training math into the main thread (as ids.ts does for the rest).
 */
export const modelKinds = ['logistic', 'mlp'] as const;
export type ModelKind = (typeof modelKinds)[number];

/** fair: every kind of cat and dog in its usual share; biased: a skewed training sample. */
export const dataVariants = ['fair', 'biased'] as const;
export type DataVariant = (typeof dataVariants)[number];

/** Class 0 and class 1 of the built-in data; the model outputs P(class 1) = P(dog). */
export const animalClasses = ['cat', 'dog'] as const;
export type AnimalClass = (typeof animalClasses)[number];

/** Kinds of animal in the built-in data; the index is what `Dataset.kind` stores. */
export const animalKinds = ['shorthair', 'fold', 'oriental', 'floppy', 'pointy'] as const;
export type AnimalKind = (typeof animalKinds)[number];

/** Picture numbers per sample: [ears, snout, fur, face] (see Dataset.look). */
export const LOOK_SIZE = 4;

/** The two measured features of the built-in data, both scaled to [0, 1]. */
export const animalFeatures = ['ears', 'snout'] as const;
