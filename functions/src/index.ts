// This file is the functions package's entry: it only re-exports the deployed handlers.
export { proximity } from './handlers/proximity';
export { intake, reconcile, reconcileScheduled } from './intake/intake-function';
