export { load } from '../lessonPage';
