/** The `synonyms` package (WordNet-derived synonym lists by part of speech; no types of its own). */
declare module 'synonyms' {
  const synonyms: ((word: string, type?: string) => Record<string, string[]> | string[] | undefined) & {
    dictionary: Record<string, Record<string, string[]>>;
  };
  export default synonyms;
}
