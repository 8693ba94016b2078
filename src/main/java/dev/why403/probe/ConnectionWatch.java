package dev.why403.probe;

import java.net.InetSocketAddress;

/** Told of every connection the prober is about to open; tests use it to prove that refused targets see none. */
@FunctionalInterface
interface ConnectionWatch {

    ConnectionWatch NONE = address -> {};

    void connecting(InetSocketAddress address);
}
