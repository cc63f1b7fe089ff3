/**
 * What the settings screen uses of the transfer module, loaded on demand: the file schema brings zod,
 * which the rest of the app does not need.
 */
export { buildExport, exportFileName, serialiseExport } from './exportData';
export { applyImport, ImportDecisionError, planImport, type ImportDecision, type ImportPlan, type ImportSummary } from './importData';
export { parseTransferFile, type TransferErrorCode } from './parse';
export type { TransferFile } from './format';
