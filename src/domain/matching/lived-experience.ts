// This file compares the lived experience a consumer asked for with what a mentor is willing to share.
// Tags match when one contains the other as whole words after normalizing ("wheelchair" ~ "wheelchair user",
// "Deaf" ~ "deaf or hard of hearing"), so coordinators need not type the exact same words.
import { normalizeKey } from '../text';

/** The wanted tags (as the consumer wrote them) that the mentor shares. */
export function findSharedLivedExperience(wanted: readonly string[], offered: readonly string[]): string[] {
  return findSharedLivedKeys(wanted, offered.map((tag) => ` ${normalizeKey(tag)} `).filter((key) => key.trim() !== ''));
}

/** The same, with the mentor's tags already normalized and padded (" wheelchair user "). */
export function findSharedLivedKeys(wanted: readonly string[], offeredKeys: readonly string[]): string[] {
  return wanted.filter((tag) => {
    const key = ` ${normalizeKey(tag)} `;
    if (!key.trim()) return false;
    return offeredKeys.some((offer) => offer.includes(key) || key.includes(offer));
  });
}
