/** The parts of wink-bm25-text-search (no types of its own) that the bench and eval use. */
declare module 'wink-bm25-text-search' {
  interface Bm25Search {
    defineConfig(config: { fldWeights: Record<string, number>; bm25Params?: { k1?: number; b?: number; k?: number } }): true;
    /** Tasks run in order on each field's text and on the query; the first receives the text, the rest the token list. */
    definePrepTasks(tasks: Array<(input: never) => unknown>): number;
    addDoc(doc: Record<string, string>, id: string | number): number;
    /** Needs at least three documents. */
    consolidate(): true;
    search(text: string, limit?: number): Array<[string, number]>;
  }
  export default function bm25(): Bm25Search;
}
