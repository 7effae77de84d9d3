// exceljs's zip writer (archiver) stamps each entry with the moment it was added. For
// the same bytes from the same input, every entry's DOS time and date is set to a
// fixed one where the zip keeps them: its central directory and each entry's local
// header (archiver writes no other time field, and no zip64 records below 4 GB). DOS
// times have no time zone, so the bytes are the same in every zone. The file is
// changed in place: its central directory is read, and 4 bytes written per header.
import fs from 'node:fs';

/** 2000-01-01 00:00:00 as a zip's DOS date and time. */
const FIXED_DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const FIXED_DOS_TIME = 0;
const EOCD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

export function fixEntryTimes(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    const size = fs.fstatSync(fd).size;
    // the end record is within the last 22 bytes and a comment of at most 64 KB
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    fs.readSync(fd, tail, 0, tailLength, size - tailLength);
    const eocd = tail.lastIndexOf(EOCD);
    if (eocd < 0) throw new Error(`${file}: the zip has no end record`);
    const entries = tail.readUInt16LE(eocd + 10);
    const cdLength = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    const cd = Buffer.alloc(cdLength);
    fs.readSync(fd, cd, 0, cdLength, cdOffset);
    const stamp = Buffer.alloc(4);
    stamp.writeUInt16LE(FIXED_DOS_TIME, 0);
    stamp.writeUInt16LE(FIXED_DOS_DATE, 2);
    const signature = Buffer.alloc(4);
    let at = 0;
    for (let i = 0; i < entries; i++) {
      if (cd.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: a damaged central directory`);
      stamp.copy(cd, at + 12);
      const local = cd.readUInt32LE(at + 42);
      fs.readSync(fd, signature, 0, 4, local);
      if (signature.readUInt32LE(0) !== 0x04034b50) throw new Error(`${file}: a damaged local header`);
      fs.writeSync(fd, stamp, 0, 4, local + 10);
      at += 46 + cd.readUInt16LE(at + 28) + cd.readUInt16LE(at + 30) + cd.readUInt16LE(at + 32);
    }
    fs.writeSync(fd, cd, 0, cdLength, cdOffset);
  } finally {
    fs.closeSync(fd);
  }
}
