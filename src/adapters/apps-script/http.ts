// This file is the one place the add-on makes HTTP calls: UrlFetchApp with muteHttpExceptions, so every answer comes
// back as a status and a body for the caller to judge (and nothing from the body is ever logged).
import type { HttpPost, HttpReply } from '../../ports/http.port';

export interface HttpRequest {
  method: 'get' | 'post';
  headers: Record<string, string>;
  /** JSON text; omitted for GET. */
  body?: string;
}

export type { HttpReply };

/** A synchronous HTTP call, the shape UrlFetchApp offers. */
export type HttpCall = (url: string, request: HttpRequest) => HttpReply;

export function urlFetch(url: string, request: HttpRequest): HttpReply {
  const params: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions = {
    method: request.method,
    headers: request.headers,
    muteHttpExceptions: true,
    followRedirects: true,
  };
  if (request.body !== undefined) {
    params.contentType = 'application/json';
    params.payload = request.body;
  }
  const response = UrlFetchApp.fetch(url, params);
  return { status: response.getResponseCode(), body: response.getContentText() };
}

/**
 * The one HTTP POST the add-on's clients use. The JSON content type travels as UrlFetchApp's contentType rather than
 * as a header; other header names are sent in their usual spelling ("Authorization").
 */
export const urlPost: HttpPost = (url, request) => {
  const headers = Object.fromEntries(
    Object.entries(request.headers)
      .filter(([name]) => name.toLowerCase() !== 'content-type')
      .map(([name, value]) => [name.toLowerCase().replace(/(^|-)[a-z]/g, (c) => c.toUpperCase()), value]),
  );
  return urlFetch(url, { method: 'post', headers, body: request.body });
};
