/** Stable codes for the errors the core and adapters raise at start-up. */
export type QaErrorCode =
  | 'KNOWLEDGE_EMPTY'
  | 'KNOWLEDGE_MISSING'
  | 'KNOWLEDGE_UNREADABLE'
  | 'KNOWLEDGE_BINARY'
  | 'KNOWLEDGE_EMPTY_FILE'
  | 'KNOWLEDGE_BAD_SYNONYMS'
  | 'KNOWLEDGE_NO_ARTICLE'
  | 'KNOWLEDGE_BAD_FRONT_MATTER'
  | 'FETCH_BAD_URL'
  | 'FETCH_PRIVATE_ADDRESS'
  | 'FETCH_NOT_FOUND'
  | 'FETCH_HTTP_ERROR'
  | 'FETCH_TIMEOUT'
  | 'FETCH_TOO_LARGE'
  | 'FETCH_TOO_MANY_REDIRECTS'
  | 'FETCH_NOT_HTML'
  | 'FETCH_FAILED'
  | 'ARTICLE_EXISTS'
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
