export { entries, load } from '../lessonPage.server';
