/**
 * The lower-case words that stand inside a person's name ("Marcelo Rebelo de Sousa", "Joost van
 * Dijkman", "Faraj al-Barassi"): one list for the answerer's name readers and the entity finder.
 * ("do", "dos", "ten" are left out: as English words they stand between capitals too often.)
 */
export const NAME_PARTICLE_WORDS = ['de', 'del', 'della', 'der', 'den', 'di', 'da', 'du', 'van', 'von', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ter'] as const;

/** The particles as a set, for token tests. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLE_WORDS);

/** The particles as a regular-expression alternation (lower case), for patterns over text. */
export const NAME_PARTICLE_ALT = NAME_PARTICLE_WORDS.join('|');
