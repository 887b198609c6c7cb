/** Stable codes for the errors the core and adapters raise at start-up. */
export type QaErrorCode =
  | 'KNOWLEDGE_EMPTY'
  | 'KNOWLEDGE_MISSING'
  | 'KNOWLEDGE_UNREADABLE'
  | 'KNOWLEDGE_BINARY'
  | 'KNOWLEDGE_EMPTY_FILE'
  | 'KNOWLEDGE_BAD_SYNONYMS'
  | 'LEXICON_INVALID'
  | 'CONFIG_INVALID'
  | 'TOKEN_REJECTED'
  | 'PLATFORM_UNREACHABLE'
  | 'PORT_IN_USE'
  | 'GATEWAY_CLOSED';

/** An error with a stable `code` and a message that says what to do. */
export class QaError extends Error {
  readonly code: QaErrorCode;

  constructor(code: QaErrorCode, message: string) {
    super(message);
    this.name = 'QaError';
    this.code = code;
  }
}
