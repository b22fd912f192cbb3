// This file declares every setting the functions read: params and secrets, each with its default and meaning.
// Nothing else reads process.env; values are set per project in functions/.env.<project> or at deploy time.
import { defineSecret, defineString } from 'firebase-functions/params';

/** The add-on's OAuth client ID: the `aud` of the ID tokens Apps Script sends (README: "Deploying the functions"). */
export const addonClientId = defineString('ADDON_OAUTH_CLIENT_ID', {
  description: "The add-on's OAuth client ID (the audience of the ID tokens it sends), e.g. 1234-abc.apps.googleusercontent.com",
});

/** Who may call the functions: comma-separated emails; an entry "@example.org" allows a whole domain. */
export const allowedCallerEmails = defineString('ALLOWED_CALLER_EMAILS', {
  description: 'Comma-separated emails allowed to call the functions; "@your-cil.org" allows everyone at that domain',
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

/** Splits the allow-list param into lower-cased entries. */
export function readEmailList(raw: string): string[] {
  return raw
    .split(/[,\s;]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
}

/** A secret set to "", "none" or "off" means the service is not configured. */
export function readOptionalSecret(raw: string): string | undefined {
  const value = raw.trim();
  return value && !['none', 'off', '-'].includes(value.toLowerCase()) ? value : undefined;
}
