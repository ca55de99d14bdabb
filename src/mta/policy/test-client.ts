import { connect, type Socket } from 'node:net';

/**
 * A Postfix-like policy client for tests and benchmarks: one persistent connection, requests written as
 * `name=value` lines, answers read back in order.
 */
export class PolicyClient {
  private buffer = '';
  private readonly waiting: ((answer: string) => void)[] = [];
  private closed = false;

  private constructor(readonly socket: Socket) {
    socket.setEncoding('utf8');
    socket.setNoDelay(true);
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      for (;;) {
        const end = this.buffer.indexOf('\n\n');
        if (end < 0) break;
        const answer = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        this.waiting.shift()?.(answer);
      }
    });
    socket.on('close', () => {
      this.closed = true;
      for (const w of this.waiting.splice(0)) w('<closed>');
    });
  }

  static open(port: number, host = '127.0.0.1'): Promise<PolicyClient> {
    return new Promise((resolve, reject) => {
      const s = connect(port, host, () => resolve(new PolicyClient(s)));
      s.once('error', reject);
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Sends raw text and waits for the next answer (`action=…`, or `<closed>`). */
  raw(text: string): Promise<string> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.socket.write(text);
    });
  }

  ask(attrs: Record<string, string>): Promise<string> {
    return this.raw(Object.entries(attrs).map(([k, v]) => `${k}=${v}\n`).join('') + '\n');
  }

  close(): void {
    this.socket.end();
  }
}

/** A realistic RCPT-stage request as Postfix 3.7 sends it. */
export function rcptRequest(o: { sasl?: string; sender: string; recipient: string; client: string; instance: string }): Record<string, string> {
  return {
    request: 'smtpd_access_policy', protocol_state: 'RCPT', protocol_name: 'ESMTP', helo_name: 'pc.example',
    queue_id: '', sender: o.sender, recipient: o.recipient, recipient_count: '0', client_address: o.client,
    client_name: 'unknown', reverse_client_name: 'unknown', instance: o.instance, sasl_method: o.sasl ? 'PLAIN' : '',
    sasl_username: o.sasl ?? '', sasl_sender: '', size: '0', ccert_subject: '', ccert_issuer: '', ccert_fingerprint: '',
    encryption_protocol: '', encryption_cipher: '', encryption_keysize: '0', etrn_domain: '', stress: '', server_address: '127.0.0.1',
    server_port: '587', policy_context: '', compatibility_level: '3.6', mail_version: '3.7.11',
  };
}
