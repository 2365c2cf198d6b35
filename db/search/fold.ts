/** The search key's character folding lives in common/, so the editor's find can fold the same way. */
export * from '../../common/persian-fold';
