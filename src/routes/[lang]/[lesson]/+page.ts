export { load } from './lessonPage';
