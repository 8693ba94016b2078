package dev.why403.probe;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionOperator;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.RegistryBuilder;

/**
 * Builds the HTTP client of one probe run: addresses only from the pinned DNS, sockets that check the policy, no
 * redirects, cookies, retries, proxies, compression or stored credentials of its own.
 */
final class ProbeClients {

    private ProbeClients() {}

    static CloseableHttpClient open(PinnedDns dns, GuardedSocketFactory sockets, int connections) {
        var connectionManager = new GuardedConnectionManagerBuilder(sockets)
                .setDnsResolver(dns)
                .setMaxConnTotal(connections)
                .setMaxConnPerRoute(connections)
                .build();
        return HttpClients.custom()
                .setConnectionManager(connectionManager)
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableAutomaticRetries()
                .disableContentCompression()
                .build();
    }

    private static final class GuardedConnectionManagerBuilder extends PoolingHttpClientConnectionManagerBuilder {

        private final GuardedSocketFactory sockets;

        GuardedConnectionManagerBuilder(GuardedSocketFactory sockets) {
            this.sockets = sockets;
        }

        @Override
        protected HttpClientConnectionOperator createConnectionOperator(
                SchemePortResolver ports, DnsResolver dns, TlsSocketStrategy tls) {
            var tlsByScheme = RegistryBuilder.<TlsSocketStrategy>create()
                    .register(URIScheme.HTTPS.id, tls)
                    .build();
            return new DefaultHttpClientConnectionOperator(sockets, ports, dns, tlsByScheme);
        }
    }
}
