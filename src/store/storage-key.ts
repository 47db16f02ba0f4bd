/** The one localStorage key the app writes (its own module, so the tiny start-up script can read it). */
export const storageKey = 'cio-skills-compass';
