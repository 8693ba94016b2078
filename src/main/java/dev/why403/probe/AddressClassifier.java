package dev.why403.probe;

import java.net.Inet4Address;
import java.net.InetAddress;

/**
 * Tells which kind of network an address belongs to. IPv6 forms that carry an IPv4 address (mapped, compatible,
 * NAT64, 6to4, Teredo) are judged by the IPv4 address they carry, so that no notation hides a private target.
 */
final class AddressClassifier {

    private AddressClassifier() {}

    static AddressClass classify(InetAddress address) {
        byte[] bytes = address.getAddress();
        return address instanceof Inet4Address ? ipv4(toInt(bytes, 0)) : ipv6(bytes);
    }

    static AddressClass ipv4(int ip) {
        if (ip == 0) {
            return AddressClass.UNSPECIFIED;
        }
        if (ip == -1) {
            return AddressClass.BROADCAST;
        }
        if (isMetadataV4(ip)) {
            return AddressClass.CLOUD_METADATA;
        }
        return ipv4Range(ip);
    }

    private static boolean isMetadataV4(int ip) {
        return ip == v4(169, 254, 169, 254) || ip == v4(100, 100, 100, 200) || ip == v4(168, 63, 129, 16);
    }

    private static AddressClass ipv4Range(int ip) {
        if (in(ip, v4(127, 0, 0, 0), 8)) {
            return AddressClass.LOOPBACK;
        }
        if (in(ip, v4(10, 0, 0, 0), 8) || in(ip, v4(172, 16, 0, 0), 12) || in(ip, v4(192, 168, 0, 0), 16)) {
            return AddressClass.PRIVATE;
        }
        if (in(ip, v4(100, 64, 0, 0), 10)) {
            return AddressClass.SHARED;
        }
        if (in(ip, v4(169, 254, 0, 0), 16)) {
            return AddressClass.LINK_LOCAL;
        }
        if (in(ip, v4(224, 0, 0, 0), 4)) {
            return AddressClass.MULTICAST;
        }
        return isReservedV4(ip) ? AddressClass.RESERVED : AddressClass.PUBLIC;
    }

    private static boolean isReservedV4(int ip) {
        return in(ip, 0, 8)
                || in(ip, v4(192, 0, 0, 0), 24)
                || in(ip, v4(192, 0, 2, 0), 24)
                || in(ip, v4(198, 18, 0, 0), 15)
                || in(ip, v4(198, 51, 100, 0), 24)
                || in(ip, v4(203, 0, 113, 0), 24)
                || in(ip, v4(240, 0, 0, 0), 4);
    }

    private static AddressClass ipv6(byte[] b) {
        if (isMetadataV6(b)) {
            return AddressClass.CLOUD_METADATA;
        }
        if (zeros(b, 0, 12)) {
            return ipv4Compatible(b);
        }
        if (zeros(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return ipv4(toInt(b, 12));
        }
        return ipv6Prefix(b);
    }

    private static AddressClass ipv4Compatible(byte[] b) {
        int last = toInt(b, 12);
        if (last == 0) {
            return AddressClass.UNSPECIFIED;
        }
        return last == 1 ? AddressClass.LOOPBACK : ipv4(last);
    }

    private static AddressClass ipv6Prefix(byte[] b) {
        int first = toInt(b, 0);
        if (first == 0x0064ff9b) {
            // 64:ff9b::/96 translates to the IPv4 address it carries; 64:ff9b:1::/48 is for local use only.
            return zeros(b, 4, 12) ? ipv4(toInt(b, 12)) : AddressClass.PRIVATE;
        }
        if (first >>> 16 == 0x2002) {
            return ipv4((first << 16) | (toInt(b, 4) >>> 16));
        }
        if (first == 0x20010000) {
            return ipv4(~toInt(b, 12));
        }
        return ipv6Range(b, first);
    }

    private static AddressClass ipv6Range(byte[] b, int first) {
        int top = b[0] & 0xff;
        if (top == 0xff) {
            return AddressClass.MULTICAST;
        }
        if ((top & 0xfe) == 0xfc) {
            return AddressClass.UNIQUE_LOCAL;
        }
        if (top == 0xfe && (b[1] & 0xc0) == 0x80) {
            return AddressClass.LINK_LOCAL;
        }
        if (top == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return AddressClass.PRIVATE;
        }
        boolean documentation = first == 0x20010db8;
        boolean discard = first == 0x01000000 && zeros(b, 4, 8);
        return documentation || discard ? AddressClass.RESERVED : AddressClass.PUBLIC;
    }

    private static boolean isMetadataV6(byte[] b) {
        // fd00:ec2::254, the IPv6 address of the EC2 instance metadata service.
        return toInt(b, 0) == 0xfd000ec2 && zeros(b, 4, 14) && b[14] == 0x02 && b[15] == 0x54;
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static int toInt(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }

    private static int v4(int a, int b, int c, int d) {
        return a << 24 | b << 16 | c << 8 | d;
    }

    private static boolean in(int ip, int network, int prefix) {
        int mask = prefix == 0 ? 0 : -1 << (32 - prefix);
        return (ip & mask) == (network & mask);
    }
}
