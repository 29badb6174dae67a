/** Lower-case words that may join the proper nouns of one name ("Bank of America", "Fishermen 's Association"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'and', '&', 'de', 'the', 'for', 'on', "'s", '’s', 's', '-', 'du', 'la', 'von', 'van', 'der']);

/** For people, only name particles: "Emperor of the United States" is a title, not a name. */
export const PERSON_NAME_CONNECTORS: ReadonlySet<string> = new Set(['de', 'du', 'la', 'von', 'van', 'der', '-']);
