// Paths to the built artifacts that tests exercise (npm test builds them first).
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const ADDON_DIR = path.join(ROOT, 'dist', 'addon');
export const CLI_BIN = path.join(ROOT, 'bin', 'peer-mentoring.js');
