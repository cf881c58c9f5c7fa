type JourneyStep = 'create' | 'resume' | 'complete';

const requested = new Set<JourneyStep>();

function step<M>(name: JourneyStep, load: () => Promise<M>): () => Promise<M> {
  return () => {
    requested.add(name);
    return load();
  };
}

/**
 * The journey's steps past running a given session, each its own chunk: an app that only runs
 * sessions it was given never downloads them, and a launcher fetches each one when its option is
 * used, or while the partner's flow runs for the steps that follow it.
 */
export const journeySteps = {
  create: step('create', () => import('../core/session/create-session')),
  resume: step('resume', () => import('../core/session/resume-store')),
  complete: step('complete', () => import('../core/exchange/complete-exchange')),
};

/** Whether a step was asked for on this page (a resume record can only exist here if it was). */
export function wasStepRequested(name: JourneyStep): boolean {
  return requested.has(name);
}

/** Fetches a step's chunk ahead of its use; a failure is reported when the step itself needs it. */
export function preloadJourneyStep(name: JourneyStep): void {
  journeySteps[name]().catch(() => undefined);
}
