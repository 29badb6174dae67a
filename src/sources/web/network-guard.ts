/**
 * Which addresses a fetch may connect to. newsgraph fetches URLs that feeds and pages name, so a
 * hostile feed could point it at the machine's own services or the cloud's metadata endpoint
 * (server-side request forgery). Unless allowed, private, loopback, link-local, multicast and
 * reserved addresses are refused: checked on the address a name resolves to, at connection time
 * (the connection uses the address that was checked, so a name that resolves differently a
 * second time gains nothing), for the first URL and every redirect.
 *
 * The ranges are IANA's special-purpose registries (RFC 6890 and its updates): protocol
 * constants, so they live here rather than in data/.
 */
import { lookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { Agent } from 'undici';

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

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** dns.lookup that fails when any address the name has is private: a name with one public and one private address is refused. */
function checkedLookup(hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback): void {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((entry) => isPrivateAddress(entry.address));
    if (refused !== undefined) return callback(new PrivateAddressError(hostname, refused.address) as NodeJS.ErrnoException, []);
    if ((options as LookupAllOptions).all === true) return callback(null, addresses);
    const [first] = addresses;
    return first === undefined ? callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []) : callback(null, first.address, first.family);
  });
}

/** The dispatcher of every fetch that may not reach private addresses: each connection resolves through checkedLookup. */
export const publicOnlyAgent = new Agent({ connect: { lookup: checkedLookup as never } });

/** The dispatcher of fetches that may reach any address (--allow-private: a crawl of one's own intranet, tests). */
export const anyAddressAgent = new Agent();
