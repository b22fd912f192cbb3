// This file tells which of our functions an add-on request is for, by its address: the local one the workbench
// pre-fills, or a deployed one (…/proximity on cloudfunctions.net, https://proximity-… on Cloud Run; the same for plan).

/** The proximity address pre-filled in Settings for a local run when the coordinator has none (never saved). */
export const LOCAL_PROXIMITY_URL = 'http://localhost/workbench/proximity';

function isCallTo(name: 'proximity' | 'plan', address: string): boolean {
  try {
    const url = new URL(address);
    return new RegExp(`/${name}/?$`).test(url.pathname) || url.hostname.startsWith(`${name}-`);
  } catch {
    return false;
  }
}

export const isProximityCall = (address: string) => address === LOCAL_PROXIMITY_URL || isCallTo('proximity', address);
export const isPlanCall = (address: string) => isCallTo('plan', address);
