package dev.why403.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    private final List<String> lookedUp = new ArrayList<>();

    private final HostResolver fakeDns = host -> {
        lookedUp.add(host);
        Map<String, String> records = Map.of(
                "intranet.example.test", "10.1.2.3",
                "rebind.example.test", "192.168.0.7",
                "public.example.test", "93.184.215.14");
        String address = records.get(host);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByName(address));
    };

    private TargetCheck check(AddressPolicy policy, String url) {
        return new AddressGuard(policy, fakeDns).check(URI.create(url), url);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/",
                "http://127.1/",
                "http://2130706433/",
                "http://0177.0.0.1/",
                "http://0x7f.0.0.1/",
                "http://0x7f000001/",
                "http://127.0.0.1./",
                "http://[::1]/",
                "http://[::ffff:127.0.0.1]/",
                "http://[::ffff:7f00:1]/",
                "http://[::127.0.0.1]/",
                "http://[64:ff9b::7f00:1]/",
                "http://[2002:7f00:1::]/",
                "http://localhost/",
                "http://api.localhost/",
                "http://10.0.0.1/",
                "http://012.0.0.1/",
                "http://172.16.0.1/",
                "http://172.31.255.255/",
                "http://192.168.1.1/",
                "http://3232235777/",
                "http://100.64.0.1/",
                "http://100.127.255.254/",
                "http://169.254.1.1/",
                "http://[fe80::1]/",
                "http://[fc00::1]/",
                "http://[fd12:3456::1]/",
                "http://224.0.0.1/",
                "http://[ff02::1]/",
                "http://0.0.0.0/",
                "http://0/",
                "http://[::]/",
                "http://255.255.255.255/",
                "http://240.0.0.1/",
                "http://169.254.169.254/latest/meta-data/",
                "http://0xa9fea9fe/",
                "http://[::ffff:169.254.169.254]/",
                "http://[fd00:ec2::254]/",
                "http://metadata.google.internal/computeMetadata/v1/",
                "http://METADATA.GOOGLE.INTERNAL./",
                "http://metadata/",
                "http://100.100.100.200/",
                "http://intranet.example.test/",
                "http://rebind.example.test:8080/x",
                "http://[2001:db8::1]/",
                "http://1.2.3.4.5/",
                "http://256.0.0.1/",
                "ftp://93.184.215.14/",
                "file:///etc/passwd",
                "gopher://93.184.215.14/"
            })
    void refusesEveryPrivateOrSpecialTargetByDefault(String url) {
        assertThat(check(AddressPolicy.publicOnly(), url)).isInstanceOf(TargetCheck.Refused.class);
    }

    @Test
    void allowsPublicAddressesAndNames() {
        AddressPolicy policy = AddressPolicy.publicOnly();

        assertThat(check(policy, "https://93.184.215.14/")).isInstanceOf(TargetCheck.Allowed.class);
        assertThat(check(AddressPolicy.publicOnly(), "https://public.example.test/a"))
                .isEqualTo(new TargetCheck.Allowed("public.example.test", List.of(address("93.184.215.14"))));
    }

    @Test
    void neverLooksUpAddressLiteralsOrForbiddenNames() {
        check(AddressPolicy.publicOnly(), "http://0x7f.0.0.1/");
        check(AddressPolicy.publicOnly(), "http://[::ffff:10.0.0.1]/");
        check(AddressPolicy.publicOnly(), "http://metadata.google.internal/");
        check(AddressPolicy.publicOnly(), "http://localhost/");

        assertThat(lookedUp).isEmpty();
    }

    @Test
    void refusesNameResolvingToPrivateAddressAndSaysWhy() {
        TargetCheck result = check(AddressPolicy.publicOnly(), "http://intranet.example.test/");

        Refusal refusal = ((TargetCheck.Refused) result).refusal();
        assertThat(refusal.target()).isEqualTo("intranet.example.test (10.1.2.3)");
        assertThat(refusal.reason()).contains("private network");
        assertThat(lookedUp).containsExactly("intranet.example.test");
    }

    @Test
    void privateNetworkSettingAllowsIntranetButNeverMetadata() {
        AddressPolicy intranet = AddressPolicy.allowingPrivateNetworks();

        assertThat(check(intranet, "http://intranet.example.test/")).isInstanceOf(TargetCheck.Allowed.class);
        assertThat(check(intranet, "http://127.1/")).isInstanceOf(TargetCheck.Allowed.class);
        assertThat(check(intranet, "http://169.254.169.254/")).isInstanceOf(TargetCheck.Refused.class);
        assertThat(check(intranet, "http://[fd00:ec2::254]/")).isInstanceOf(TargetCheck.Refused.class);
        assertThat(check(intranet, "http://metadata.google.internal/")).isInstanceOf(TargetCheck.Refused.class);
        assertThat(check(intranet, "http://0.0.0.0/")).isInstanceOf(TargetCheck.Refused.class);
    }

    @Test
    void loopbackOnlyPolicyStillRefusesOtherPrivateNetworks() {
        AddressPolicy loopback = AddressPolicy.allowing(AddressClass.LOOPBACK);

        assertThat(check(loopback, "http://127.0.0.1:8080/")).isInstanceOf(TargetCheck.Allowed.class);
        assertThat(check(loopback, "http://10.0.0.1/")).isInstanceOf(TargetCheck.Refused.class);
    }

    @Test
    void refusesUnknownNames() {
        TargetCheck result = check(AddressPolicy.publicOnly(), "https://nowhere.example.test/");

        assertThat(((TargetCheck.Refused) result).refusal().reason()).isEqualTo("the name does not resolve");
    }

    private static InetAddress address(String literal) {
        return IpLiterals.parse(literal).orElseThrow();
    }
}
