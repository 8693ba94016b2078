package dev.why403.probe;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a URL may be probed: its scheme, its host name, then every address the name resolves to. The
 * addresses it returns are the only ones the prober connects to, so a second look-up can never change them.
 */
final class AddressGuard {

    private static final Set<String> SCHEMES = Set.of("http", "https");

    private final AddressPolicy policy;

    private final HostResolver resolver;

    AddressGuard(AddressPolicy policy, HostResolver resolver) {
        this.policy = policy;
        this.resolver = resolver;
    }

    TargetCheck check(URI url, String shownUrl) {
        if (!SCHEMES.contains(Urls.scheme(url))) {
            return refused(shownUrl, "only http and https URLs are probed");
        }
        String host = Urls.host(url);
        if (host.isEmpty()) {
            return refused(shownUrl, "the URL has no host");
        }
        return checkHost(host);
    }

    private TargetCheck checkHost(String host) {
        Optional<Refusal> byName = policy.checkName(host);
        if (byName.isPresent()) {
            return new TargetCheck.Refused(byName.get());
        }
        try {
            List<InetAddress> addresses = addressesOf(host);
            return checkAddresses(host, addresses);
        } catch (IllegalArgumentException e) {
            return refused(host, e.getMessage());
        } catch (UnknownHostException e) {
            return refused(host, "the name does not resolve");
        }
    }

    private List<InetAddress> addressesOf(String host) throws UnknownHostException {
        Optional<InetAddress> literal = IpLiterals.parse(host);
        if (literal.isPresent()) {
            return List.of(literal.get());
        }
        return resolver.resolve(host);
    }

    private TargetCheck checkAddresses(String host, List<InetAddress> addresses) {
        if (addresses.isEmpty()) {
            return refused(host, "the name has no addresses");
        }
        // One refused address refuses the host: a name that mixes public and private records is not trusted.
        for (InetAddress address : addresses) {
            Optional<Refusal> refusal = policy.check(host, address);
            if (refusal.isPresent()) {
                return new TargetCheck.Refused(refusal.get());
            }
        }
        return new TargetCheck.Allowed(host, addresses);
    }

    private static TargetCheck refused(String target, String reason) {
        return new TargetCheck.Refused(new Refusal(target, reason));
    }
}
