// The partnership above the demo networks: its name, words and logo, a board liaison on the
// backbone staff, and two networks that share their learning and show their page to the public,
// so /partnership, /impact and /library tell the story on first run. Written through the services.
import { deflateSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import type { SessionUser } from '../../context.ts';
import type { Db } from '../client.ts';
import { user } from '../schema.ts';
import { setSharesLearning } from '../../services/library.ts';
import { savePartnership, setLogo } from '../../services/partnership.ts';
import { setPublicPage } from '../../services/public-page.ts';
import { accessFor } from './access.ts';

/** A 96×96 PNG: a teal tile with a white needle across it, drawn pixel by pixel (no image library). */
export function demoLogo(): Buffer {
  const size = 96;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let x = 0; x < size; x++) {
      // The needle: a band along the rising diagonal, with its eye near the top right.
      const onNeedle = Math.abs(x + y - size) < 5 && x > 18 && x < 80;
      const eye = (x - 72) ** 2 + (y - 24) ** 2 < 30 && (x - 72) ** 2 + (y - 24) ** 2 > 8;
      const [r, g, b] = onNeedle || eye ? [255, 255, 255] : [15, 118, 110];
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, truecolour, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

export function loadDemoPartnership(db: Db, admin: SessionUser, networks: { k: number; oy: number }, leads: { k: SessionUser; oy: SessionUser }, staffId: string) {
  savePartnership(db, admin, 'en', {
    version: 0,
    name: 'Valley Cradle to Career Partnership',
    description: 'Schools, libraries, clinics, faith communities, employers and families working together so every child in the Valley grows up ready for school, work and life.',
    community: 'the Eastside and Northgate neighbourhoods of the Valley',
    embedOrigins: [],
  });
  setLogo(db, admin, demoLogo());
  db.update(user).set({ partnershipStaff: true }).where(eq(user.id, staffId)).run();
  for (const key of ['k', 'oy'] as const) setSharesLearning(db, leads[key], accessFor(db, leads[key], networks[key]), { enabled: true });
  // Kindergarten Readiness shows its page from its first report (reports.ts); Opportunity Youth too.
  setPublicPage(db, leads.oy, accessFor(db, leads.oy, networks.oy), { enabled: true });
}
