package dev.why403.probe;

/** The kind of network an address belongs to, as far as the prober's safety is concerned. */
public enum AddressClass {
    PUBLIC("a public address"),
    LOOPBACK("a loopback address"),
    PRIVATE("a private network address"),
    SHARED("a carrier-grade NAT address (100.64.0.0/10)"),
    LINK_LOCAL("a link-local address"),
    UNIQUE_LOCAL("an IPv6 unique-local address"),
    MULTICAST("a multicast address"),
    UNSPECIFIED("the unspecified address"),
    BROADCAST("the broadcast address"),
    RESERVED("a reserved or documentation address"),
    CLOUD_METADATA("a cloud metadata service");

    private final String description;

    AddressClass(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
