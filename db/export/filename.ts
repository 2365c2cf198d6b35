/** The exported file's name rule lives in common/, so the renderer's own documents (DOCX, text) are named alike. */
export { exportFilename } from '../../common/export-filename';
