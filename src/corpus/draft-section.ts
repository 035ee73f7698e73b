/** A section as text only, before it is numbered into an `Article`; what ingest produces and the writer consumes. */
export interface DraftSection {
  readonly title: string;
  readonly paragraphs: readonly string[];
}
