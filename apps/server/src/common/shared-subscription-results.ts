import { createSourceEventStream, execute, getOperationAST, print, subscribe, type ExecutionArgs, type ExecutionResult } from 'graphql';
// graphql-js's own mapping of a source stream, the one its `subscribe` uses: `return` goes straight to the source, so unsubscribing never waits for an event.
import { mapAsyncIterator } from 'graphql/execution/mapAsyncIterator.js';

type Result = ExecutionResult | Promise<ExecutionResult>;

/**
 * GraphQL's `subscribe`, except that for subscriptions to one of `fields` the answer to an
 * event is worked out once and sent to every subscriber who asked the same thing. Fifty
 * people in one section each get every keystroke: without this, each keystroke is executed
 * fifty times over. Only for fields whose answer does not depend on who asks (who may
 * subscribe at all is still checked per subscriber, when they subscribe).
 */
export function subscribeSharingResults(fields: ReadonlySet<string>) {
  // Per event: the answer to each operation (its text and variables) asked of it.
  const answered = new WeakMap<object, Map<string, Result>>();

  return async (args: ExecutionArgs) => {
    const selections = getOperationAST(args.document, args.operationName)?.selectionSet.selections ?? [];
    const only = selections.length === 1 ? selections[0] : undefined;
    if (only?.kind !== 'Field' || !fields.has(only.name.value)) return subscribe(args);

    const events = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in events)) return events; // refused: an ExecutionResult with the errors
    const operation = [print(args.document), args.operationName ?? '', JSON.stringify(args.variableValues ?? {})].join('\0');
    return mapAsyncIterator(events, (event): Result => {
      if (typeof event !== 'object' || event === null) return execute({ ...args, rootValue: event });
      let answers = answered.get(event);
      if (!answers) answered.set(event, (answers = new Map()));
      let result = answers.get(operation);
      if (!result) answers.set(operation, (result = execute({ ...args, rootValue: event })));
      return result;
    });
  };
}
