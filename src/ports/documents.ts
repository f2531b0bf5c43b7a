/** A file a user uploaded or named: its name (for the format) and its bytes. */
export type DocumentFile = { name: string; bytes: Uint8Array };

/** Why a file could not be read, in words for the user; nothing is saved when this happens. */
export type DocumentProblem = {
  code:
    | 'document.unsupported'
    | 'document.empty'
    | 'document.encrypted'
    | 'document.corrupt'
    | 'document.too_large';
  message: string;
};

export type DocumentText = { ok: true; text: string } | ({ ok: false } & DocumentProblem);

/**
 * Turns an uploaded document (.txt, .md, .docx, .pdf) into plain text for the importer. The parsing
 * libraries live behind this port so the core stays free of them.
 */
export type DocumentReader = { read(file: DocumentFile): Promise<DocumentText> };
