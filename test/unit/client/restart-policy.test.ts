import { strict as assert } from 'node:assert';
import { RestartPolicy } from '../../../client/src/restart-policy';

describe('RestartPolicy', () => {
  const minute = 60_000;
  let clock = 0;
  const policy = () => new RestartPolicy({ maxRestarts: 3, windowMs: 3 * minute }, () => clock);
  beforeEach(() => {
    clock = 1_000_000;
  });

  it('restarts after a crash and tells the user', () => {
    assert.deepEqual(policy().onCrash(), { action: 'restart', notify: 'restarted' });
  });

  it('restarts quietly after further crashes within the window: one message, not a stream', () => {
    const p = policy();
    const decisions = [p.onCrash()];
    for (let i = 0; i < 2; i++) {
      clock += 1000;
      decisions.push(p.onCrash());
    }
    assert.deepEqual(
      decisions.map((d) => d.notify),
      ['restarted', undefined, undefined],
    );
    assert.ok(decisions.every((d) => d.action === 'restart'));
  });

  it('gives up, saying so once, when the server crashes more often than allowed within the window', () => {
    const p = policy();
    const decisions = Array.from({ length: 4 }, () => {
      clock += 1000;
      return p.onCrash();
    });
    assert.deepEqual(
      decisions.map((d) => `${d.action}:${d.notify ?? '-'}`),
      ['restart:restarted', 'restart:-', 'restart:-', 'give-up:gave-up'],
    );
  });

  it('forgets crashes older than the window, and tells the user again in a new window', () => {
    const p = policy();
    for (let i = 0; i < 3; i++) {
      clock += 1000;
      p.onCrash();
    }
    clock += 3 * minute;
    assert.deepEqual(p.onCrash(), { action: 'restart', notify: 'restarted' });
    clock += 1000;
    assert.deepEqual(p.onCrash(), { action: 'restart', notify: undefined });
  });

  it('spreads crashes over time without giving up when fewer than the limit fall in any window', () => {
    const p = policy();
    const actions = Array.from({ length: 10 }, () => {
      clock += 2 * minute;
      return p.onCrash().action;
    });
    assert.ok(actions.every((a) => a === 'restart'));
  });

  it('counts afresh after a restart by hand', () => {
    const p = policy();
    for (let i = 0; i < 4; i++) p.onCrash();
    p.reset();
    assert.deepEqual(p.onCrash(), { action: 'restart', notify: 'restarted' });
  });
});
