// This file declares every setting the functions read: params and secrets, each with its default and meaning.
// Nothing else reads process.env; values are set per project in functions/.env.<project> or at deploy time.
import { defineSecret, defineString } from 'firebase-functions/params';
import { setGlobalOptions } from 'firebase-functions/v2/options';

/**
 * The service account every function runs as, in the project being deployed ("name@" is completed with the project's
 * domain by the Firebase CLI). Without one, 2nd-gen functions run as the Compute Engine default service account,
 * PROJECT_NUMBER-compute@developer.gserviceaccount.com, which has Editor on the whole project:
 * https://cloud.google.com/functions/docs/securing/function-identity
 * The coordinator shares the workbook and the forms with peer-mentoring-functions@PROJECT_ID.iam.gserviceaccount.com.
 * Set here, where every handler's params come from, so it is in place before any function is defined.
 */
export const FUNCTIONS_SERVICE_ACCOUNT = 'peer-mentoring-functions';
setGlobalOptions({ serviceAccount: `${FUNCTIONS_SERVICE_ACCOUNT}@` });

/**
 * The add-on's OAuth client IDs: the `aud` of the ID tokens Apps Script sends. Several, comma-separated, so a
 * development copy and the program's own copy can both call (README: "The OAuth client ID").
 */
export const addonClientId = defineString('ADDON_OAUTH_CLIENT_ID', {
  description: "The add-on's OAuth client IDs, comma-separated (the audience of the ID tokens it sends), e.g. 1234-abc.apps.googleusercontent.com",
});

/** Who may call the functions: comma-separated emails; an entry "@example.org" allows a whole domain. */
export const allowedCallerEmails = defineString('ALLOWED_CALLER_EMAILS', {
  description: 'Comma-separated emails allowed to call the functions; "@your-cil.org" allows everyone at that domain (never a public mail domain)',
});

export const proximityMaxLocations = defineString('PROXIMITY_MAX_LOCATIONS', {
  default: '1000',
  description: 'Most origins plus destinations one proximity request may carry',
});

/**
 * "on" sends street addresses (never names) to the free US Census geocoder when Google is not configured or
 * fails. Off by default, so a fresh deployment places people by ZIP centroid and no address leaves Google Cloud.
 */
export const censusGeocoder = defineString('CENSUS_GEOCODER', {
  default: 'off',
  description: 'Use the free US Census geocoder for street addresses: on or off (off = ZIP centroids only, nothing leaves Google Cloud)',
});

/** A Google Maps Platform key with the Geocoding API and Routes API enabled; "none" turns both off. */
export const mapsApiKey = defineSecret('GOOGLE_MAPS_API_KEY');

// Service addresses. Only tests and the emulator change these (to loopback fakes).
export const googleGeocodingUrl = defineString('GOOGLE_GEOCODING_URL', { default: 'https://maps.googleapis.com' });
export const googleRoutesUrl = defineString('GOOGLE_ROUTES_URL', { default: 'https://routes.googleapis.com' });
export const censusGeocoderUrl = defineString('CENSUS_GEOCODER_URL', { default: 'https://geocoding.geo.census.gov' });
export const idTokenCertsUrl = defineString('ID_TOKEN_CERTS_URL', { default: 'https://www.googleapis.com/oauth2/v1/certs' });

/** Limits that are not worth a param: request body size, timeouts and retries of outbound calls. */
export const LIMITS = {
  maxBodyBytes: 1024 * 1024,
  cacheTimeoutMs: 2000,
  providerConcurrency: 8,
  routesConcurrency: 4,
  retry: { attempts: 3, baseDelayMs: 250, maxDelayMs: 4000, timeoutMs: 8000 },
} as const;

/** Reads a positive whole number from a string param, or the fallback when it is not one. */
export function readPositiveInt(raw: string, fallback: number): number {
  const value = Number(raw.trim());
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Splits a comma-separated param into its entries. */
function readList(raw: string): string[] {
  return raw
    .split(/[,\s;]+/)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** The OAuth client IDs in ADDON_OAUTH_CLIENT_ID. */
export function readClientIds(raw: string): string[] {
  return readList(raw);
}

/** Mail services anyone can sign up to: allowing one of these domains would allow strangers. */
const PUBLIC_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'ymail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'aol.com',
  'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.net', 'mail.com', 'yandex.com',
  'zoho.com', 'comcast.net', 'att.net', 'verizon.net', 'sbcglobal.net', 'charter.net', 'cox.net', 'earthlink.net',
]);

/**
 * Splits the allow-list param into lower-cased entries. A whole public mail domain ("@gmail.com") is refused with a
 * sentence, since it would admit every account there; people with such addresses are listed one by one.
 */
export function readEmailList(raw: string): string[] {
  const entries = readList(raw).map((entry) => entry.toLowerCase());
  const open = entries.filter((entry) => entry.startsWith('@') && PUBLIC_MAIL_DOMAINS.has(entry.slice(1)));
  if (open.length > 0) {
    throw new Error(
      `ALLOWED_CALLER_EMAILS lists ${open.join(', ')}, which would let anyone with an account there call the functions: list those people's addresses one by one instead.`,
    );
  }
  return entries;
}

/** A secret set to "", "none" or "off" means the service is not configured. */
export function readOptionalSecret(raw: string): string | undefined {
  const value = raw.trim();
  return value && !['none', 'off', '-'].includes(value.toLowerCase()) ? value : undefined;
}
