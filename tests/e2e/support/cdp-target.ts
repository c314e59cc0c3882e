// A CDP session to one target (popup, tab) tunnelled through Playwright's browser-level
// session with the non-flattened `Target.sendMessageToTarget` mode, because Playwright's
// CDPSession cannot address flattened child sessions and Node 20 has no global WebSocket.
import type { CDPSession } from 'playwright-core';

type Pending = { resolve: (v: any) => void; reject: (e: Error) => void; method: string };
type Listener = (params: any) => void;

export class TargetSession {
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private listeners = new Map<string, Set<Listener>>();
  private detached = false;

  private constructor(
    readonly browserSession: CDPSession,
    readonly targetId: string,
    readonly sessionId: string,
  ) {}

  static async attach(browserSession: CDPSession, targetId: string): Promise<TargetSession> {
    const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId, flatten: false });
    const s = new TargetSession(browserSession, targetId, sessionId);
    browserSession.on('Target.receivedMessageFromTarget' as any, s.onMessage);
    browserSession.on('Target.detachedFromTarget' as any, s.onDetached);
    return s;
  }

  private onMessage = (e: { sessionId: string; message: string }): void => {
    if (e.sessionId !== this.sessionId) return;
    const msg = JSON.parse(e.message);
    if (typeof msg.id === 'number') {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.error) p.reject(new Error(`${p.method}: ${msg.error.message}${msg.error.data ? ` (${msg.error.data})` : ''}`));
      else p.resolve(msg.result);
    } else if (msg.method) {
      for (const l of this.listeners.get(msg.method) ?? []) l(msg.params);
    }
  };

  private onDetached = (e: { sessionId: string }): void => {
    if (e.sessionId !== this.sessionId) return;
    this.cleanup(new Error(`target ${this.targetId} detached (closed?)`));
  };

  private cleanup(err: Error): void {
    if (this.detached) return;
    this.detached = true;
    this.browserSession.off('Target.receivedMessageFromTarget' as any, this.onMessage);
    this.browserSession.off('Target.detachedFromTarget' as any, this.onDetached);
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  get isDetached(): boolean {
    return this.detached;
  }

  async send<T = any>(method: string, params: object = {}): Promise<T> {
    if (this.detached) throw new Error(`${method}: session to ${this.targetId} is detached`);
    const id = this.nextId++;
    const result = new Promise<T>((resolve, reject) => this.pending.set(id, { resolve, reject, method }));
    await this.browserSession
      .send('Target.sendMessageToTarget' as any, { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) })
      .catch((e: Error) => {
        this.pending.get(id)?.reject(e);
        this.pending.delete(id);
      });
    return result;
  }

  on(event: string, listener: Listener): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => set!.delete(listener);
  }

  async detach(): Promise<void> {
    if (this.detached) return;
    const sessionId = this.sessionId;
    this.cleanup(new Error('detached by caller'));
    await this.browserSession.send('Target.detachFromTarget', { sessionId }).catch(() => {});
  }
}
