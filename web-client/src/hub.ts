import { HttpTransportType, HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from '@microsoft/signalr';
import { signal } from '@preact/signals';
import type { CommandOutcome, ExerciseEvent, HubSnapshot, InjectDetail, Outline, PresenceEntry, SectorHistory } from './types';

/** The most events one CatchUp answer holds (the server's ExerciseHub.CatchUpPage). */
export const CATCH_UP_PAGE = 500;

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'disconnected';

/** A command the server refused: show `message` to the user. */
export class CommandRejected extends Error {}

const HUB_PREFIX = /^An unexpected error occurred invoking '[^']*' on the server\.\s*(HubException:\s*)?/;
/** The hub's own refusals start with a rejection code (e.g. "too-many: ..."); people read the reason after it. */
const CODE_PREFIX = /^(not-found|forbidden|conflict|invalid|too-many|unavailable|already-voted|not-a-party|decision-resolved):\s*/;

/** Turns a SignalR invocation error into the text a user should read. */
export function hubErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(HUB_PREFIX, '').replace(CODE_PREFIX, '').trim() || 'The server refused the request.';
}

function isServerRefusal(error: unknown): boolean {
  return error instanceof Error && /HubException:/.test(error.message);
}

/** What the server tells browsers about connecting (GET /api/client-settings). */
interface ClientSettings {
  /** May the client fall back to SignalR's negotiation when a direct WebSocket fails (needs sticky sessions in a cluster)? */
  hubNegotiationFallback: boolean;
}

let settings: Promise<ClientSettings> | undefined;

function clientSettings(): Promise<ClientSettings> {
  settings ??= fetch('/api/client-settings', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? (r.json() as Promise<ClientSettings>) : { hubNegotiationFallback: false }))
    .catch(() => {
      settings = undefined;
      return { hubNegotiationFallback: false };
    });
  return settings;
}

export interface HubCallbacks {
  /** Called after every successful (re)connect; should Join and CatchUp. */
  onConnected: () => Promise<void>;
  onEvents: (events: ExerciseEvent[]) => void;
  /** Called when the connection is lost or cannot be made (perhaps because the sign-in has ended). */
  onLost?: () => void;
}

/**
 * One SignalR connection to /hubs/exercise for one exercise: automatic reconnect while it can, and a slower
 * retry loop after it gives up (or when the first start fails). It opens a WebSocket straight away, without
 * SignalR's negotiate request, so every request of a connection is one socket and any cluster node behind a
 * round-robin proxy can take it. Only when a direct WebSocket cannot be opened and the server allows it
 * (single node, or a cluster behind sticky sessions) does it negotiate, which may pick SSE or long polling.
 */
export class ExerciseHub {
  readonly status = signal<ConnectionStatus>('connecting');
  /** Who is connected to the exercise; the server pushes it to control on every change. */
  readonly presence = signal<PresenceEntry[]>([]);
  private connection: HubConnection;
  private negotiating = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  private attempts = 0;
  /** Idempotency keys of actions not yet answered by the server, so a retry of the same action reuses its key. */
  private readonly pendingKeys = new Map<string, string>();

  constructor(
    readonly exerciseId: string,
    private readonly callbacks: HubCallbacks,
  ) {
    this.connection = this.build(false);
  }

  private build(negotiate: boolean): HubConnection {
    const connection = new HubConnectionBuilder()
      .withUrl('/hubs/exercise', negotiate ? {} : { transport: HttpTransportType.WebSockets, skipNegotiation: true })
      .withAutomaticReconnect()
      .configureLogging(LogLevel.Warning)
      .build();
    connection.on('events', (exerciseId: string, events: ExerciseEvent[]) => {
      if (exerciseId === this.exerciseId && Array.isArray(events)) this.callbacks.onEvents(events);
    });
    connection.on('presence', (exerciseId: string, entries: PresenceEntry[]) => {
      if (exerciseId === this.exerciseId && Array.isArray(entries)) this.presence.value = entries;
    });
    connection.onreconnecting(() => {
      this.status.value = 'reconnecting';
      this.callbacks.onLost?.();
    });
    connection.onreconnected(() => void this.afterConnect());
    connection.onclose(() => {
      if (this.disposed || connection !== this.connection) return;
      this.status.value = 'disconnected';
      this.callbacks.onLost?.();
      this.scheduleRetry();
    });
    return connection;
  }

  start(): void {
    void this.tryStart();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.retryTimer);
    void this.connection.stop();
  }

  private async tryStart(): Promise<void> {
    if (this.disposed || this.connection.state !== HubConnectionState.Disconnected) return;
    try {
      await this.connection.start();
      await this.afterConnect();
    } catch {
      if (this.disposed) return;
      if (!this.negotiating && (await clientSettings()).hubNegotiationFallback) {
        // A direct WebSocket did not open (a proxy may not pass them): negotiate from the next attempt on.
        this.negotiating = true;
        this.connection = this.build(true);
      }
      this.status.value = 'disconnected';
      this.callbacks.onLost?.();
      this.scheduleRetry();
    }
  }

  private async afterConnect(): Promise<void> {
    this.attempts = 0;
    try {
      await this.callbacks.onConnected();
      this.status.value = 'connected';
    } catch {
      // Join failed (e.g. server restarting): drop the connection and let the retry loop take over.
      this.status.value = 'disconnected';
      await this.connection.stop().catch(() => undefined);
    }
  }

  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    const delay = Math.min(15000, 2000 * 2 ** Math.min(this.attempts, 3));
    this.attempts++;
    this.retryTimer = setTimeout(() => void this.tryStart(), delay);
  }

  /** Reconnect now (for a "retry" button). */
  retryNow(): void {
    this.attempts = 0;
    clearTimeout(this.retryTimer);
    void this.tryStart();
  }

  invoke<T>(method: string, ...args: unknown[]): Promise<T> {
    return this.connection.invoke<T>(method, this.exerciseId, ...args);
  }

  join = () => this.invoke<HubSnapshot>('Join');
  /** Everything after `afterSeq` the caller may see: the server answers in pages, so ask until one is short. */
  catchUp = async (afterSeq: number): Promise<ExerciseEvent[]> => {
    const all: ExerciseEvent[] = [];
    let after = afterSeq;
    for (;;) {
      const page = await this.invoke<ExerciseEvent[]>('CatchUp', after);
      all.push(...page);
      if (page.length < CATCH_UP_PAGE) return all;
      after = page[page.length - 1].seq;
    }
  };
  outline = () => this.invoke<Outline>('GetOutline');
  injects = () => this.invoke<InjectDetail[]>('GetInjects');
  /** The current run's curve of each sector the caller may see, as the server's sector grains keep it. */
  sectorHistories = () => this.invoke<SectorHistory[]>('GetSectorHistories');
  /** Control only: who is connected now (then kept current by "presence" pushes). */
  refreshPresence = async () => {
    this.presence.value = await this.invoke<PresenceEntry[]>('GetPresence');
  };

  /**
   * Runs a keyed command. `action` identifies the user's action (e.g. "ack:inject-3"); if the previous attempt of
   * the same action got no answer (transport failure), its idempotency key is reused. Throws CommandRejected
   * with the server's reason when the command is refused.
   */
  async command(action: string, method: string, ...args: unknown[]): Promise<CommandOutcome> {
    if (this.connection.state !== HubConnectionState.Connected) {
      throw new Error('Not connected to the server — wait for the connection to come back and try again.');
    }
    let key = this.pendingKeys.get(action);
    if (!key) {
      key = crypto.randomUUID();
      this.pendingKeys.set(action, key);
    }
    let outcome: CommandOutcome;
    try {
      outcome = await this.connection.invoke<CommandOutcome>(method, this.exerciseId, ...args, key);
    } catch (error) {
      if (isServerRefusal(error)) {
        this.pendingKeys.delete(action);
        throw new CommandRejected(hubErrorText(error));
      }
      throw new Error(`${hubErrorText(error)} — try again.`);
    }
    this.pendingKeys.delete(action);
    if (outcome && outcome.accepted === false) throw new CommandRejected(outcome.rejection || 'The server refused the command.');
    if (outcome?.events?.length) this.callbacks.onEvents(outcome.events);
    return outcome;
  }
}
