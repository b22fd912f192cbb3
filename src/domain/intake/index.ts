// This file is the intake domain's public face: forms, readability, normalization, duplicates, rows and accepting.
export * from './form-definition';
export * from './forms';
export * from './readability';
export * from './inert-text';
export * from './intake-issue';
export * from './submission';
export * from './normalized';
export * from './normalize-submission';
export * from './duplicates';
export * from './tab-layout';
export * from './intake-mapping';
export * from './application-row';
export * from './check-in-review';
export * from './place-check';
export * from './prepare-intake';
export * from './accept-application';
