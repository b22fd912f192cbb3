// This file is the functions package's entry: it only re-exports the deployed handlers.
export { proximity } from './handlers/proximity';
export { intake } from './intake/intake-function';
export { reconcile, reconcileScheduled } from './handlers/reconcile';
export { plan } from './handlers/plan';
