// A static, client-rendered app: every page is prerendered as a shell and precached for offline use.
export const prerender = true;
export const ssr = false;
