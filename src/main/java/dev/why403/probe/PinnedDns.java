package dev.why403.probe;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The HTTP client's only source of addresses: it answers with the addresses the {@link AddressGuard} checked and
 * nothing else, so the client never looks a name up a second time and cannot be steered elsewhere in between.
 */
final class PinnedDns implements DnsResolver {

    private final Map<String, InetAddress[]> pinned = new ConcurrentHashMap<>();

    void pin(String host, List<InetAddress> addresses) {
        pinned.put(host.toLowerCase(Locale.ROOT), addresses.toArray(InetAddress[]::new));
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = pinned.get(host.toLowerCase(Locale.ROOT));
        if (addresses == null) {
            throw new UnknownHostException(host + " was not checked by the address policy");
        }
        return addresses.clone();
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
