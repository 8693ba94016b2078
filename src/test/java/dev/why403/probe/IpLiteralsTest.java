package dev.why403.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpLiteralsTest {

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, 127.0.0.1",
        "127.1, 127.0.0.1",
        "10.1.2, 10.1.0.2",
        "2130706433, 127.0.0.1",
        "0177.0.0.1, 127.0.0.1",
        "0x7f.0.0.1, 127.0.0.1",
        "0X7F.0x0.0.01, 127.0.0.1",
        "0xa9fea9fe, 169.254.169.254",
        "1.2.3.4., 1.2.3.4",
        "[::ffff:127.0.0.1], 127.0.0.1"
    })
    void readsEveryIpv4Notation(String host, String expected) {
        assertThat(IpLiterals.parse(host).map(InetAddress::getHostAddress)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "api.example.test", "0x7f.example", "localhost"})
    void leavesHostNamesToTheResolver(String host) {
        assertThat(IpLiterals.parse(host)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3.4.5", "256.1.1.1", "1.2.65536", "099.0.0.1", "4294967296", "[::zz]", "a.0x"})
    void refusesNumbersThatAreNoAddress(String host) {
        assertThatThrownBy(() -> IpLiterals.parse(host)).isInstanceOf(IllegalArgumentException.class);
    }
}
