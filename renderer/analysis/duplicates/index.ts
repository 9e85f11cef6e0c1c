// Duplicate-paragraph check: exact and near copies, each reported against its earliest original.
export { findDuplicates } from './find-duplicates';
export { DuplicateCheck } from './duplicate-check';
