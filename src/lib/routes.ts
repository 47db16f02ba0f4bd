/**
 * The screens of the app, read from the URL hash so that any static server can host it (decision 002).
 * Adding a screen is one entry in `patterns`: its route type, matcher and href builder follow from it; the type check
 * then asks for its entry in src/app/screens.tsx (its loader, what it shows, its size budget).
 * A pattern is literal segments and `:name` parameters; a last `:name?` may be left out (it is then null).
 */
const patterns = {
  home: '/',
  profile: '/profiles/:profileId',
  assessments: '/assessments',
  'new-assessment': '/assessments/new/:profileId?',
  assessment: '/assessments/:assessmentId',
  'assessment-details': '/assessments/:assessmentId/details',
  gaps: '/assessments/:assessmentId/gaps',
  report: '/assessments/:assessmentId/report',
  plan: '/assessments/:assessmentId/plan',
  reviews: '/assessments/:assessmentId/reviews',
  'review-mode': '/review/:id?',
  backup: '/backup',
  organisation: '/organisation',
  catalogue: '/catalogue',
} as const satisfies Record<string, `/${string}`>;

type Patterns = typeof patterns;
export type Screen = keyof Patterns;

type SegmentParams<Segment extends string> = Segment extends `:${infer Name}?`
  ? { [K in Name]: string | null }
  : Segment extends `:${infer Name}`
    ? { [K in Name]: string }
    : unknown;
type PathParams<Path extends string> = Path extends `${infer Head}/${infer Rest}` ? SegmentParams<Head> & PathParams<Rest> : SegmentParams<Path>;
type Flatten<T> = { [K in keyof T]: T[K] };
/** The parameters a pattern names, e.g. `{ assessmentId: string }`. */
type RouteParams<S extends Screen> = Flatten<PathParams<Patterns[S]>>;
/** What `href` takes: the parameters, where an optional one may be left out. */
type HrefParams<S extends Screen> = Flatten<
  { [K in keyof RouteParams<S> as null extends RouteParams<S>[K] ? never : K]: string } & {
    [K in keyof RouteParams<S> as null extends RouteParams<S>[K] ? K : never]?: string | null;
  }
>;

/** Where the user is: a screen of the table with its parameters, or an address the app does not know. */
export type Route = { [S in Screen]: Flatten<{ screen: S } & RouteParams<S>> }[Screen] | { screen: 'not-found'; path: string };

interface RouteEntry<S extends Screen> {
  screen: S;
  pattern: Patterns[S];
  href: (...params: keyof RouteParams<S> extends never ? [] : Partial<HrefParams<S>> extends HrefParams<S> ? [HrefParams<S>?] : [HrefParams<S>]) => string;
}

function segmentsOf(pattern: string): string[] {
  return pattern.split('/').filter(Boolean);
}

function entry<S extends Screen>(screen: S): RouteEntry<S> {
  const pattern = patterns[screen];
  return {
    screen,
    pattern,
    href: (...args) => {
      const params: Record<string, string | null | undefined> = args[0] ?? {};
      const path = segmentsOf(pattern).flatMap((segment) => {
        if (!segment.startsWith(':')) return [segment];
        const value = params[segment.replace(/^:|\?$/g, '')];
        return value ? [encodeURIComponent(value)] : [];
      });
      return `#/${path.join('/')}`;
    },
  };
}

/** The route table: `routes.gaps.href({ assessmentId })` builds a link; `parseRoute` reads one back. */
export const routes = Object.fromEntries(Object.keys(patterns).map((screen) => [screen, entry(screen as Screen)])) as { [S in Screen]: RouteEntry<S> };

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The parameters if `segments` fit `pattern`, else null. */
function matchPattern(pattern: string, segments: readonly string[]): Record<string, string | null> | null {
  const parts = segmentsOf(pattern);
  const optionalLast = parts.at(-1)?.endsWith('?') ?? false;
  if (segments.length > parts.length || segments.length < parts.length - (optionalLast ? 1 : 0)) return null;
  const params: Record<string, string | null> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index];
    if (part.startsWith(':')) params[part.replace(/^:|\?$/g, '')] = segment ?? null;
    else if (segment !== part) return null;
  }
  return params;
}

const literalCount = (pattern: string) => segmentsOf(pattern).filter((part) => !part.startsWith(':')).length;
// A literal segment wins over a parameter: `/assessments/new` is the new-assessment screen, not an assessment called "new".
const byLiterals = (Object.keys(patterns) as Screen[]).sort((a, b) => literalCount(patterns[b]) - literalCount(patterns[a]));

/**
 * Reads the hash; never throws. A hash that does not start with `#/` is an in-page anchor, not a route, and
 * gives the first screen; a `#/…` address that no pattern fits, or that does not decode, is `not-found`.
 */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (!path.startsWith('/')) return { screen: 'home' };
  const segments = path.split('/').filter(Boolean).map(decode);
  if (segments.every((segment) => segment !== null)) {
    for (const screen of byLiterals) {
      const params = matchPattern(patterns[screen], segments);
      // The table above is what makes this shape right for `screen`.
      if (params) return { screen, ...params } as Route;
    }
  }
  return { screen: 'not-found', path };
}

/** Goes to another screen (the hash is the route). */
export function navigate(href: string): void {
  window.location.hash = href;
}
