/**
 * The least size of a slide's labels in screen pixels, for a screen `screenHeight` pixels high:
 * 24 px on a 1080-pixel projector and 18 px on a 768 one, as for the slide's text. Apart from
 * sprites.ts, which applies it, so that the page's side need not load three.js to know it.
 */
export const slideLabelFloor = (screenHeight: number) => Math.max(18, screenHeight / 45);
