package dev.why403.probe;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;
import org.apache.hc.client5.http.io.DetachedSocketFactory;

/**
 * Makes the sockets of the prober's HTTP client. Each socket checks the address policy once more just before it
 * connects: the last line of defence, whatever path an address took to get there.
 */
final class GuardedSocketFactory implements DetachedSocketFactory {

    private final AddressPolicy policy;

    private final ConnectionWatch watch;

    GuardedSocketFactory(AddressPolicy policy, ConnectionWatch watch) {
        this.policy = policy;
        this.watch = watch;
    }

    @Override
    public Socket create(Proxy proxy) throws IOException {
        if (proxy != null && proxy.type() != Proxy.Type.DIRECT) {
            throw new IOException("the prober connects directly, never through a proxy");
        }
        return new GuardedSocket();
    }

    private final class GuardedSocket extends Socket {

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            if (!(endpoint instanceof InetSocketAddress address) || address.getAddress() == null) {
                throw new ConnectException("the prober only connects to checked addresses");
            }
            var refusal = policy.check(address.getAddress().getHostAddress(), address.getAddress());
            if (refusal.isPresent()) {
                throw new ConnectException(refusal.get().toString());
            }
            watch.connecting(address);
            super.connect(endpoint, timeout);
        }
    }
}
