/** The screens the app can show, read from the URL hash so any static server can host it. */
export type Route = { screen: 'profile'; profileId: string | null };

/** Reads `#/profiles/<id>`; anything else is the first screen with no profile chosen. */
export function parseRoute(hash: string): Route {
  const match = /^#\/profiles\/([a-z0-9-]+)\/?$/.exec(hash);
  return { screen: 'profile', profileId: match?.[1] ?? null };
}

export function profileHref(profileId: string): string {
  return `#/profiles/${profileId}`;
}
