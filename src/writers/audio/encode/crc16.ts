/**
 * CRC-16/ARC (polynomial 0x8005, bits reflected, starting at 0): the checksum LAME puts in its
 * tag twice, once over the header frame and once over the music. It takes a running value, so a
 * stream can be summed chunk by chunk as it is encoded.
 */
const TABLE = Uint16Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
  return crc;
});

export function crc16(bytes: Uint8Array, crc = 0): number {
  let value = crc;
  for (const byte of bytes) value = (value >>> 8) ^ (TABLE[(value ^ byte) & 0xff] as number);
  return value;
}
