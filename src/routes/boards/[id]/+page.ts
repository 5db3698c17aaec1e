// Boards are client-only: the id comes from the person's own database, not the build.
export const prerender = false;
