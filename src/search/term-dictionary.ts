/** Interns strings as dense integer ids, so postings and token streams can live in typed arrays. */
export class TermDictionary {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];

  get size(): number {
    return this.terms.length;
  }

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  has(term: string): boolean {
    return this.ids.has(term);
  }

  intern(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  termOf(id: number): string {
    const term = this.terms[id];
    if (term === undefined) throw new RangeError(`No term with id ${id}`);
    return term;
  }

  allTerms(): readonly string[] {
    return this.terms;
  }
}
