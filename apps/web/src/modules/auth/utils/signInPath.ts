/** The sign-in page, remembering where to come back to. */
export function signInPath(next?: string): string {
  return next ? `/sign-in?${new URLSearchParams({ next }).toString()}` : '/sign-in';
}
