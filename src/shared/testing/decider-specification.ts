import { DomainEvent, Recorded } from '../../event-store/event-envelope';

type Decider<Command, Event extends DomainEvent, State> = {
  /** `history` is what `given` recorded, for deciders that also read the stream (a revised milestone's trace). */
  decide: (command: Command, state: State, history: Recorded<Event>[]) => Event[];
  evolve: (state: State, event: Recorded<Event>) => State;
  initialState: () => State;
};

export type GivenEvent<Event extends DomainEvent> = Event & { eventId?: string };

/** given(events).when(command).then(events) | .thenThrows(ErrorClass, /message/) for a pure decider. */
export const DeciderSpecification = {
  for<Command, Event extends DomainEvent, State>(decider: Decider<Command, Event, State>) {
    return (given: GivenEvent<Event>[]) => ({
      when: (command: Command) => {
        const run = () => {
          const history = given.map(toRecorded);
          return decider.decide(command, history.reduce(decider.evolve, decider.initialState()), history);
        };
        return {
          then: (expected: Event[]) => expect(run()).toEqual(expected),
          thenThrows: (errorType: new (...args: never[]) => Error, message?: RegExp) => {
            expect(run).toThrow(errorType);
            if (message) expect(run).toThrow(message);
          },
        };
      },
    });
  },
};

function toRecorded<Event extends DomainEvent>(event: GivenEvent<Event>, index: number): Recorded<Event> {
  return {
    ...event,
    eventId: event.eventId ?? `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    schemaVersion: 1,
    position: index + 1,
    streamName: 'test-stream',
    revision: index,
    metadata: {
      actor: 'test',
      commandId: `command-${index}`,
      correlationId: `command-${index}`,
      causationId: `command-${index}`,
      recordedAt: '2024-12-31T00:00:00.000Z',
    },
  };
}
