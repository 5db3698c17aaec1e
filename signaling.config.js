// Where sharing finds its peers, decided when the app is built. A deployment with its own signaling
// server sets TANDEM_SIGNALING_URLS (space-separated), e.g. "wss://signal.example.org"; without it the
// app uses the local server `npm start` runs. The same list goes into the Content Security Policy.
const fromEnv = (process.env.TANDEM_SIGNALING_URLS || '').split(/\s+/).filter(Boolean);

/** What new invites carry by default (Settings → Sharing can change it). */
export const defaultSignalingUrls = fromEnv.length > 0 ? fromEnv : ['ws://127.0.0.1:4444'];

/** What the page may connect to: the defaults, and "localhost" for the same local server. */
export const allowedSignalingUrls = fromEnv.length > 0 ? fromEnv : ['ws://127.0.0.1:4444', 'ws://localhost:4444'];
