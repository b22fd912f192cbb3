import { announceAround, finalMessage, SAID_BY_NEXT_VIEW } from '../../src/client/announce';

/** A live region as a list of everything said to it, last one last. */
function liveRegion() {
  const said: string[] = [];
  return { said, say: (text: string) => void said.push(text), last: () => said[said.length - 1] };
}

describe('what the live region says around a server call', () => {
  it('follows every loading message with what loaded', async () => {
    const region = liveRegion();
    await announceAround(region.say, async () => [1, 2, 3], { busy: 'Loading applications…', done: (list) => `${list.length} waiting for a decision.` });
    expect(region.said).toEqual(['Loading applications…', '3 waiting for a decision.']);
  });

  it('says the outcome of the action that led to a reload last, in the same message as what reloaded', async () => {
    const region = liveRegion();
    const decided = await announceAround(region.say, async () => ({ message: 'Application R-1 accepted.' }), { busy: 'Saving…', done: SAID_BY_NEXT_VIEW });
    await announceAround(region.say, async () => [], { busy: 'Loading applications…', done: '0 waiting for a decision.', outcome: decided.message });
    expect(region.said).toEqual(['Saving…', 'Loading applications…', 'Application R-1 accepted. 0 waiting for a decision.']);
    expect(region.last()).toMatch(/^Application R-1 accepted\./);
  });

  it('never leaves a loading message standing when the call fails: the region keeps only an earlier outcome', async () => {
    const region = liveRegion();
    const failing = () => Promise.reject(new Error('timed out'));
    await expect(announceAround(region.say, failing, { busy: 'Loading the match…', done: 'Showing match X-1.' })).rejects.toThrow('timed out');
    expect(region.last()).toBe('');
    await expect(announceAround(region.say, failing, { busy: 'Loading the match…', done: 'Showing match X-1.', outcome: 'Match X-1 proposed.' })).rejects.toThrow('timed out');
    expect(region.last()).toBe('Match X-1 proposed.');
  });

  it('lets the answer decide whether the next view says it', async () => {
    const region = liveRegion();
    const done = (consumer: { id: string } | null) => (consumer ? SAID_BY_NEXT_VIEW : 'Put the cursor on a consumer row.');
    await announceAround(region.say, async () => null, { busy: 'Looking at your cursor…', done });
    expect(region.last()).toBe('Put the cursor on a consumer row.');
    await announceAround(region.say, async () => ({ id: 'C-1' }), { busy: 'Looking at your cursor…', done });
    expect(region.last()).toBe('Looking at your cursor…');
  });

  it('joins an outcome and a loaded message without stray spaces', () => {
    expect(finalMessage(undefined, '3 open matches.')).toBe('3 open matches.');
    expect(finalMessage('Match X-1 proposed.', 'Showing match X-1: Proposed.')).toBe('Match X-1 proposed. Showing match X-1: Proposed.');
    expect(finalMessage('Settings saved.', '')).toBe('Settings saved.');
  });
});
