// The typed refusal a use case answered with, as the client sees it (code and field), or a failed test
// when it answered without refusing or failed in some other way.
import { CodedError } from '@lovecando/shared-util';

export interface Refusal {
  code: string;
  field: string | undefined;
  details: Readonly<Record<string, unknown>> | undefined;
}

const asRefusal = ({ code, field, details }: CodedError<string>): Refusal => ({ code, field, details });

export async function refusalOf(work: Promise<unknown>): Promise<Refusal> {
  try {
    await work;
  } catch (error) {
    if (!(error instanceof CodedError)) throw error;
    return asRefusal(error as CodedError<string>);
  }
  throw new Error('expected a refusal, but the operation succeeded');
}

/** The refusals among the outcomes of operations run at once; any other failure fails the test. */
export function refusalsAmong(outcomes: readonly PromiseSettledResult<unknown>[]): Refusal[] {
  return outcomes.flatMap((outcome) => {
    if (outcome.status === 'fulfilled') return [];
    if (!(outcome.reason instanceof CodedError)) throw outcome.reason;
    return [asRefusal(outcome.reason as CodedError<string>)];
  });
}
