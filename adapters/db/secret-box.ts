import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** RECTRACK_SECRET_KEY (32 bytes), and the keys it replaced, still good for reading. */
export type SecretKeys = { current: Uint8Array; previous: readonly Uint8Array[] };

/**
 * Seals secrets kept in the database (Slack tokens) with AES-256-GCM. With no key it stores and
 * reads plain text, so a local install needs no setup; with a key it reads plain rows too (written
 * before the key was set) and seals them when they are next written. `context` (the row's id) is
 * bound into the seal, so a sealed value copied into another row does not open.
 */
export type SecretBox = {
  seal(plain: string, context: string): string;
  open(stored: string, context: string): string;
  /** Whether a stored value is already sealed with the current key (or, with no key, needs nothing). */
  isCurrent(stored: string): boolean;
};

const PREFIX = 'enc:v1:';
const IV_BYTES = 12;

/** A short, non-secret name for a key, stored beside what it sealed so the right key is tried. */
function keyId(key: Uint8Array): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

export function createSecretBox(keys: SecretKeys | undefined): SecretBox {
  const byId = new Map<string, Uint8Array>();
  for (const key of keys ? [keys.current, ...keys.previous] : []) byId.set(keyId(key), key);
  const currentId = keys ? keyId(keys.current) : undefined;
  return {
    seal(plain, context) {
      if (!keys || !currentId) return plain;
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', keys.current, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), sealed].map((b) => b.toString('base64url'));
      return `${PREFIX}${currentId}:${parts.join(':')}`;
    },
    open(stored, context) {
      if (!stored.startsWith(PREFIX)) return stored;
      const [id, iv, tag, sealed] = stored.slice(PREFIX.length).split(':');
      const key = byId.get(id ?? '');
      if (!key || iv === undefined || tag === undefined || sealed === undefined) {
        throw new Error(
          'A stored Slack installation is encrypted with a key rectrack was not given: set RECTRACK_SECRET_KEY ' +
            '(or RECTRACK_SECRET_KEY_PREVIOUS) to the key it was saved with.',
        );
      }
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
    isCurrent(stored) {
      return currentId === undefined || stored.startsWith(`${PREFIX}${currentId}:`);
    },
  };
}
