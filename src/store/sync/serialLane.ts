// A session's Graph calls go one at a time, so a poll that started before a write was confirmed can never overwrite
// the state that write returned (the tick would flicker off until the next poll).

export type SerialLane = <T>(work: () => Promise<T>) => Promise<T>;

/** Runs each piece of work after the previous one settled (fulfilled or not), in the order they were handed in. */
export function createSerialLane(): SerialLane {
  let lane: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = lane.then(work, work);
    lane = run.catch(() => undefined);
    return run;
  };
}
