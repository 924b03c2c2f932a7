// Entry of the page MSAL Browser v5 returns to after an interactive sign-in outside Teams
// (`https://<TAB_DOMAIN>/auth-redirect.html`, registered in aad.manifest.json). It hands the response to the
// window that started the popup (or, after a redirect, goes back to the app). The page must load nothing else,
// must not be served with a Cross-Origin-Opener-Policy header, and is a module script because the CSP forbids
// inline script. Its HTML entry is auth-redirect.html at the repository root (a second input in vite.config.ts).
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

broadcastResponseToMainFrame().catch((error: unknown) => {
  console.error('Sign-in response could not be handed back to the app', error);
});
