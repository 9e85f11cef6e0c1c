// Boilerplate check: website chrome pasted into a story.
export { findBoilerplate } from './find-boilerplate';
export { BoilerplateCheck } from './boilerplate-check';
