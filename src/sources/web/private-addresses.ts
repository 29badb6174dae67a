/**
 * Which addresses a fetch may not connect to unless allowed: private, loopback, link-local,
 * multicast and reserved ones (src/sources/web/network-guard.ts applies it at connection time).
 *
 * The ranges are IANA's special-purpose registries (RFC 6890 and its updates): protocol
 * constants, so they live here rather than in data/.
 */
import { BlockList, isIP } from 'node:net';

const PRIVATE_IPV4: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, the cloud metadata endpoint 169.254.169.254 among them
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

const PRIVATE_IPV6: readonly [string, number][] = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local (AWS's metadata endpoint fd00:ec2::254 among them)
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
];

const blocked = new BlockList();
for (const [address, prefix] of PRIVATE_IPV4) blocked.addSubnet(address, prefix, 'ipv4');
for (const [address, prefix] of PRIVATE_IPV6) blocked.addSubnet(address, prefix, 'ipv6');

/** IPv4 addresses written inside IPv6 ones (::ffff:a.b.c.d mapped, 64:ff9b::a.b.c.d NAT64) are judged as the IPv4 address. */
function embeddedIpv4(address: string): string | null {
  const match = /^(?:::ffff:|64:ff9b::)(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i.exec(address);
  if (match === null) return null;
  if (match[1] !== undefined) return match[1];
  const high = Number.parseInt(match[2]!, 16);
  const low = Number.parseInt(match[3]!, 16);
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}

/** Whether `address` (an IP literal) is one fetches must not reach. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').toLowerCase();
  const version = isIP(bare);
  if (version === 4) return blocked.check(bare, 'ipv4');
  if (version !== 6) return false;
  const v4 = embeddedIpv4(bare);
  return v4 !== null ? blocked.check(v4, 'ipv4') : blocked.check(bare, 'ipv6');
}

/** A connection refused because its address is private (the fetch reports it as NG_URL_PRIVATE). */
export class PrivateAddressError extends Error {
  constructor(readonly host: string, readonly address: string) {
    super(`${host} is at ${address}, a private or reserved address`);
    this.name = 'PrivateAddressError';
  }
}
