// This file says what the intake looks up on a map for an application, and what the answer means on its row.
// The look-up itself happens outside the domain (the functions geocode through the proximity chain); only its
// outcome comes back in, per response ID.
import { lookupAddress } from '../geo';
import { IssueList, plainText, readZipAnswer } from './answer-readers';
import { IntakeIssue } from './intake-issue';
import { Submission } from './submission';

/**
 * How an applicant's place was found: `found` at street level, `zip-centroid` only as the middle of their ZIP area
 * (enough for matching), `not-found` by any source, `unchecked` when the online sources could not answer in time and
 * the ZIP alone did not place them either.
 */
export type PlaceCheck = 'found' | 'zip-centroid' | 'not-found' | 'unchecked';

/** What is looked up for one application: the address as the add-on sends it to proximity, and the ZIP. */
export interface ApplicationPlace {
  address?: string;
  zip?: string;
}

/** The proximity request caps an address at this length; a longer one is looked up by its ZIP only. */
const MAX_ADDRESS_LENGTH = 500;

/**
 * The place to look up for a mentor or consumer application, or undefined for a check-in or when neither an address
 * nor a readable ZIP was given (the ZIP question already reports that). The address is "street, city", the way the
 * add-on asks the proximity function about a person once accepted, so both share one geocode cache entry.
 */
export function applicationPlace(submission: Submission): ApplicationPlace | undefined {
  if (submission.formKind === 'mentor-check-in') return undefined;
  const address = lookupAddress(plainText(submission.answers.address), plainText(submission.answers.city)) ?? '';
  const zip = readZipAnswer(submission.answers.zip, new IssueList(), false).value ?? '';
  const place: ApplicationPlace = {};
  if (address && address.length <= MAX_ADDRESS_LENGTH) place.address = address;
  if (zip) place.zip = zip;
  return place.address || place.zip ? place : undefined;
}

export const PLACE_NOT_FOUND_MESSAGE = 'We could not find this address or ZIP on a map; check it before matching';
export const PLACE_UNCHECKED_MESSAGE = 'We could not check this address on a map right now; check it before matching';

/** The issue a place check puts on the row; a street-level or ZIP-area match needs none. */
export function placeIssue(check: PlaceCheck | undefined): IntakeIssue | undefined {
  if (check === 'not-found') return { code: 'INTAKE.PLACE_NOT_FOUND', field: 'Address', message: PLACE_NOT_FOUND_MESSAGE };
  if (check === 'unchecked') return { code: 'INTAKE.PLACE_UNCHECKED', field: 'Address', message: PLACE_UNCHECKED_MESSAGE };
  return undefined;
}
