package dev.why403.probe;

import java.net.InetAddress;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which targets the prober may reach. Public addresses always; the private kinds only when a deployment allows
 * them (an intranet, or tests against a local server). Cloud metadata services, multicast, broadcast, the
 * unspecified address and reserved ranges are never reachable, whatever the setting.
 */
public final class AddressPolicy {

    private static final Set<AddressClass> PRIVATE_NETWORKS = EnumSet.of(
            AddressClass.LOOPBACK,
            AddressClass.PRIVATE,
            AddressClass.SHARED,
            AddressClass.LINK_LOCAL,
            AddressClass.UNIQUE_LOCAL);

    private static final Set<String> METADATA_NAMES = Set.of(
            "metadata",
            "metadata.google.internal",
            "metadata.goog",
            "instance-data",
            "instance-data.ec2.internal",
            "metadata.tencentyun.com",
            "metadata.platformequinix.com");

    private final Set<AddressClass> allowed;

    private AddressPolicy(Set<AddressClass> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    /** Public addresses only: the default of a service on the internet. */
    public static AddressPolicy publicOnly() {
        return new AddressPolicy(EnumSet.of(AddressClass.PUBLIC));
    }

    /** Also loopback, private, carrier-grade NAT, link-local and unique-local networks. */
    public static AddressPolicy allowingPrivateNetworks() {
        EnumSet<AddressClass> classes = EnumSet.copyOf(PRIVATE_NETWORKS);
        classes.add(AddressClass.PUBLIC);
        return new AddressPolicy(classes);
    }

    /** Public addresses and the given private kinds, for example loopback alone for a test server. */
    public static AddressPolicy allowing(AddressClass... privateKinds) {
        EnumSet<AddressClass> classes = EnumSet.of(AddressClass.PUBLIC);
        for (AddressClass kind : privateKinds) {
            if (!PRIVATE_NETWORKS.contains(kind)) {
                throw new IllegalArgumentException(kind + " can never be allowed");
            }
            classes.add(kind);
        }
        return new AddressPolicy(classes);
    }

    public static AddressPolicy of(boolean allowPrivateNetworks) {
        return allowPrivateNetworks ? allowingPrivateNetworks() : publicOnly();
    }

    /** Refuses names that always mean a metadata service or this machine, before any look-up. */
    public Optional<Refusal> checkName(String host) {
        String name = normalise(host);
        if (METADATA_NAMES.contains(name)) {
            return Optional.of(new Refusal(host, "the name of " + AddressClass.CLOUD_METADATA.description()));
        }
        boolean local = name.equals("localhost") || name.endsWith(".localhost");
        if (local && !allowed.contains(AddressClass.LOOPBACK)) {
            return Optional.of(new Refusal(host, "names " + AddressClass.LOOPBACK.description()));
        }
        return Optional.empty();
    }

    public Optional<Refusal> check(String host, InetAddress address) {
        AddressClass kind = AddressClassifier.classify(address);
        if (allowed.contains(kind)) {
            return Optional.empty();
        }
        String target = host.equals(address.getHostAddress()) ? host : host + " (" + address.getHostAddress() + ")";
        return Optional.of(new Refusal(target, "is " + kind.description() + ", which the prober may not reach"));
    }

    private static String normalise(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
