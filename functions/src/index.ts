// This file is the functions package's entry: it only re-exports the deployed handlers.
export { proximity } from './handlers/proximity';
