import { closeSync, existsSync, fdatasyncSync, fstatSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { crc32 } from "node:zlib";

// The devnet's durable state: one append-only log of committed blocks (each with the state writes it made),
// one line per record: "<crc32 hex> <json>\n". A line is written with one write(2) before the block is
// answered for, so a killed process loses nothing it acknowledged; a torn last line (power loss mid-write)
// fails its checksum and is cut off on restart, leaving the chain at the last whole block.

export class ChainLog {
  private readonly fd: number;
  private size: number;

  constructor(
    readonly home: string,
    private readonly fsync: boolean,
  ) {
    mkdirSync(home, { recursive: true });
    this.fd = openSync(join(home, "chain.log"), existsSync(join(home, "chain.log")) ? "r+" : "w+");
    this.size = fstatSync(this.fd).size;
  }

  /** Reads every whole record; truncates a torn or corrupt tail. */
  readAll<T>(): T[] {
    const text = readFileSync(join(this.home, "chain.log"), "utf8");
    const records: T[] = [];
    let offset = 0;
    while (offset < text.length) {
      const end = text.indexOf("\n", offset);
      if (end === -1) break;
      const line = text.slice(offset, end);
      const space = line.indexOf(" ");
      const body = line.slice(space + 1);
      if (space !== 8 || crc32(body).toString(16).padStart(8, "0") !== line.slice(0, 8)) break;
      records.push(JSON.parse(body) as T);
      offset = end + 1;
    }
    const whole = Buffer.byteLength(text.slice(0, offset));
    if (whole !== this.size) this.truncate(whole);
    return records;
  }

  /** Byte offset after the last record; a snapshot remembers it to revert to. */
  get offset(): number {
    return this.size;
  }

  append(record: unknown): void {
    const body = JSON.stringify(record);
    const line = Buffer.from(`${crc32(body).toString(16).padStart(8, "0")} ${body}\n`);
    let written = 0;
    while (written < line.length) written += writeSync(this.fd, line, written, line.length - written, this.size + written);
    this.size += line.length;
    if (this.fsync) fdatasyncSync(this.fd);
  }

  truncate(offset: number): void {
    ftruncateSync(this.fd, offset);
    this.size = offset;
    fdatasyncSync(this.fd);
  }

  close(): void {
    fdatasyncSync(this.fd);
    closeSync(this.fd);
  }
}
