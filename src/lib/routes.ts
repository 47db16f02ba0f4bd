/** The screens of the app, read from the URL hash so that any static server can host it. */
export type Route =
  | { screen: 'profile'; profileId: string | null }
  | { screen: 'assessments' }
  | { screen: 'new-assessment'; profileId: string | null }
  | { screen: 'assessment'; assessmentId: string }
  | { screen: 'assessment-details'; assessmentId: string }
  | { screen: 'gaps'; assessmentId: string }
  | { screen: 'report'; assessmentId: string }
  | { screen: 'plan'; assessmentId: string }
  | { screen: 'reviews'; assessmentId: string }
  | { screen: 'review-mode' }
  | { screen: 'backup' }
  | { screen: 'organisation' };

const idPattern = '([a-z0-9-]+)';

/** Reads the hash; anything it does not know is the first screen with no profile chosen. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/$/, '');
  let match: RegExpExecArray | null;
  // Any #/profiles/… address names a profile; an unknown one gets a "not found" notice on the screen.
  if ((match = /^\/profiles\/(.+)$/.exec(path))) return { screen: 'profile', profileId: decodeURIComponent(match[1] ?? '').toLowerCase() };
  if (path === '/assessments') return { screen: 'assessments' };
  if (path === '/backup') return { screen: 'backup' };
  if (path === '/organisation') return { screen: 'organisation' };
  if (path === '/review') return { screen: 'review-mode' };
  if (path === '/assessments/new') return { screen: 'new-assessment', profileId: null };
  if ((match = new RegExp(`^/assessments/new/${idPattern}$`).exec(path))) return { screen: 'new-assessment', profileId: match[1] ?? null };
  if ((match = new RegExp(`^/assessments/${idPattern}/details$`).exec(path))) return { screen: 'assessment-details', assessmentId: match[1] ?? '' };
  if ((match = new RegExp(`^/assessments/${idPattern}/gaps$`).exec(path))) return { screen: 'gaps', assessmentId: match[1] ?? '' };
  if ((match = new RegExp(`^/assessments/${idPattern}/report$`).exec(path))) return { screen: 'report', assessmentId: match[1] ?? '' };
  if ((match = new RegExp(`^/assessments/${idPattern}/plan$`).exec(path))) return { screen: 'plan', assessmentId: match[1] ?? '' };
  if ((match = new RegExp(`^/assessments/${idPattern}/reviews$`).exec(path))) return { screen: 'reviews', assessmentId: match[1] ?? '' };
  if ((match = new RegExp(`^/assessments/${idPattern}$`).exec(path))) return { screen: 'assessment', assessmentId: match[1] ?? '' };
  return { screen: 'profile', profileId: null };
}

export const profileHref = (profileId: string) => `#/profiles/${profileId}`;
export const assessmentsHref = () => '#/assessments';
export const newAssessmentHref = (profileId?: string) => (profileId ? `#/assessments/new/${profileId}` : '#/assessments/new');
export const assessmentHref = (assessmentId: string) => `#/assessments/${assessmentId}`;
export const assessmentDetailsHref = (assessmentId: string) => `#/assessments/${assessmentId}/details`;
export const gapsHref = (assessmentId: string) => `#/assessments/${assessmentId}/gaps`;
export const reportHref = (assessmentId: string) => `#/assessments/${assessmentId}/report`;
export const planHref = (assessmentId: string) => `#/assessments/${assessmentId}/plan`;
export const backupHref = () => '#/backup';
export const organisationHref = () => '#/organisation';
export const reviewsHref = (assessmentId: string) => `#/assessments/${assessmentId}/reviews`;
export const reviewModeHref = () => '#/review';

/** Goes to another screen (the hash is the route). */
export function navigate(href: string): void {
  window.location.hash = href;
}
