// Moving a survey's texts to a translator and back (XLIFF 2.0, CSV), and a whole survey between
// partnerships (JSON). Pure functions over a SurveyDraft, for the server and the dashboard alike: no
// Node API, so the same code runs on Node, on Workers and in the browser.
export { TransferError, type TransferErrorCode, type TransferIssue } from './errors.js';
export { surveyTexts, applyTexts, type TextEntry } from './texts.js';
export { placeholders } from './placeholders.js';
export { type ImportRow, type TextImport } from './apply.js';
export { exportXliff } from './xliff.js';
export { importXliff } from './xliff-read.js';
export { exportCsv, importCsv } from './csv.js';
export {
  exportSurveyJson,
  importSurveyJson,
  surveyFileFormat,
  surveyFileFormatVersion,
} from './survey-json.js';
