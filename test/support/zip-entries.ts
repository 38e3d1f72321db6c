import { inflateRawSync } from 'node:zlib';

/**
 * The entries of a ZIP file (as Word and Excel write them: stored or deflated), read through its
 * central directory. Enough to read back an Office document's XML in a test.
 */
export function zipEntries(zip: Uint8Array): Map<string, Buffer> {
    const buf = Buffer.from(zip);
    let end = buf.length - 22;
    while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) {
        end--;
    }
    if (end < 0) {
        throw new Error('not a ZIP file');
    }
    const count = buf.readUInt16LE(end + 10);
    let at = buf.readUInt32LE(end + 16);
    const entries = new Map<string, Buffer>();
    for (let i = 0; i < count; i++) {
        const method = buf.readUInt16LE(at + 10);
        const size = buf.readUInt32LE(at + 20);
        const nameLength = buf.readUInt16LE(at + 28);
        const extra = buf.readUInt16LE(at + 30);
        const comment = buf.readUInt16LE(at + 32);
        const local = buf.readUInt32LE(at + 42);
        const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
        const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
        const data = buf.subarray(start, start + size);
        entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
        at += 46 + nameLength + extra + comment;
    }
    return entries;
}
