/**
 * Stage 6, dates: chrono-node configured for reports (date/chrono.ts, with the stage's own parsers and
 * refiners), dates read per sentence (date/mentions.ts), given to figures by their sentence, report, list or
 * reference date (date/assign.ts); the reference date itself from the caller or the document (date/reference.ts).
 */
export { assignDates } from './date/assign.js';
export { findDates, type DateContext, type DateMention } from './date/mentions.js';
export { documentReference, parseReference } from './date/reference.js';
