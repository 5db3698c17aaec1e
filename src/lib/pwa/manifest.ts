/** The web app manifest: what the home screen and the install prompt show. Used by vite.config.ts. */
export const THEME_COLOR = '#0f5c5c';
export const BACKGROUND_COLOR = '#f7f5ef';

export const webManifest = {
	id: '/',
	name: 'Tandem — therapy and medication in step',
	short_name: 'Tandem',
	description:
		'A private recovery companion: your medication plan, daily check-in, coping tools, therapy notes and shared goals, all kept on your device.',
	start_url: '/',
	scope: '/',
	display: 'standalone' as const,
	orientation: 'any' as const,
	lang: 'en',
	theme_color: THEME_COLOR,
	background_color: BACKGROUND_COLOR,
	categories: ['health', 'medical', 'lifestyle'],
	icons: [
		{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
		{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
		{ src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
	]
};
