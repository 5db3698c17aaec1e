// Where sharing finds its peers, decided when the app is built. A deployment with its own signaling
// server sets TANDEM_SIGNALING_URLS (space-separated), e.g. "wss://signal.example.org"; without it the
// app uses the local server `npm start` runs. The same list goes into the Content Security Policy.
const fromEnv = (process.env.TANDEM_SIGNALING_URLS || '').split(/\s+/).filter(Boolean);

/** What new invites carry by default (Settings → Sharing can change it). */
export const defaultSignalingUrls = fromEnv.length > 0 ? fromEnv : ['ws://127.0.0.1:4444'];

/** What the page may connect to: the defaults, and "localhost" for the same local server. */
export const allowedSignalingUrls = fromEnv.length > 0 ? fromEnv : ['ws://127.0.0.1:4444', 'ws://localhost:4444'];

// The relay that keeps sealed copies of boards for when two people are not online together (README,
// "Self-host the relay"). TANDEM_RELAY_URLS (space-separated) sets it; "none" builds an app without one.
const relayFromEnv = (process.env.TANDEM_RELAY_URLS || '').split(/\s+/).filter(Boolean);
const noRelay = relayFromEnv.length === 1 && relayFromEnv[0] === 'none';

/** The relays new invites may name, the first by default (Settings → Sharing can choose another, or none). */
export const defaultRelayUrls = noRelay ? [] : relayFromEnv.length > 0 ? relayFromEnv : ['ws://127.0.0.1:4455'];

/** What the page may connect to for relays: the defaults, and "localhost" for the same local relay. */
export const allowedRelayUrls = noRelay
	? []
	: relayFromEnv.length > 0
		? relayFromEnv
		: ['ws://127.0.0.1:4455', 'ws://localhost:4455'];
