/**
 * fact-claims/report: a review page for extracted claims. Browser-safe and kept out of the core entry point, so
 * an app that only extracts claims does not carry the page's styles and script.
 */
export {
  renderReport, ReportDocumentSchema, ReportFailureSchema,
  type ReportDocument, type ReportFailure, type ReportInput, type ReportOptions,
} from './render.js';
