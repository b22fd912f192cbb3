// This file sends the functions' log events to Cloud Logging as structured entries (message = event name).
import * as functionsLogger from 'firebase-functions/logger';
import type { Logger } from '../ports/logger.port';

export const cloudLogger: Logger = {
  info: (event, fields) => functionsLogger.info(event, fields),
  warn: (event, fields) => functionsLogger.warn(event, fields),
  error: (event, fields) => functionsLogger.error(event, fields),
};
