import { en } from './en';
import { th, type MessageKey } from './th';
import { createTranslator, mergeMessages, type Messages, type Translator } from './translate';

/** The shared messages in both languages, for the screens that load after the first (their English comes with them). */
export const coreMessages: Messages<MessageKey> = { th, en };

/** A feature's messages together with the shared ones; a feature key may not repeat a shared one. */
export function withCoreMessages<Key extends string>(feature: Messages<Key>): Messages<Key | MessageKey> {
  return mergeMessages(coreMessages, feature);
}

/** The shared messages' translator with both languages at once: for code of the later screens outside a component. */
export const translateShared: Translator<MessageKey> = createTranslator(coreMessages);
