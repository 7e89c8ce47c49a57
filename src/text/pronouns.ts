// English pronouns, lowercase, one table for every reader that must tell a pronoun from a name: the events finder (a
// pronoun is no actor), the figure attribution (a pronoun is no source), the summaries (a sentence opening with one
// leans on the sentence before it) and the headline choice. Each use takes these lists and adds its extras in sight.

/** Personal pronouns in their subject form. */
export const PERSONAL_PRONOUNS = ['i', 'you', 'he', 'she', 'it', 'we', 'they'] as const;

/** The object and possessive forms of the third-person pronouns for people ("him", "their"): with he, she and they,
 *  the words that refer back to a person named earlier. */
export const THIRD_PERSON_FORMS = { he: ['him', 'his'], she: ['her'], they: ['them', 'their'] } as const;

/** Possessive determiners ("its failure", "our side"). */
export const POSSESSIVE_DETERMINERS = ['my', 'your', 'his', 'her', 'its', 'our', 'their'] as const;

/** Demonstrative pronouns. */
export const DEMONSTRATIVE_PRONOUNS = ['this', 'that', 'these', 'those'] as const;

/** Relative pronouns that head a clause's subject ("which", "who"; "that" is among the demonstratives). */
export const RELATIVE_PRONOUNS = ['which', 'who'] as const;

/** Indefinite pronouns that stand for people or things without naming them ("some", "others", "both"). */
export const INDEFINITE_PRONOUNS = ['one', 'some', 'others', 'both', 'all'] as const;

/** The pronouns that refer back to a person, all forms: he, him, his; she, her; they, them, their. */
export const PERSON_PRONOUNS: readonly string[] = Object.entries(THIRD_PERSON_FORMS).flatMap(([p, forms]) => [p, ...forms]);

