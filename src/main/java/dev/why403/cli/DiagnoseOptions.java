package dev.why403.cli;

import dev.why403.observation.HttpResponse.Header;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of {@link Diagnose}: a URL and its options, or the problem with them. */
record DiagnoseOptions(
        String url,
        String method,
        List<Header> headers,
        boolean allowPrivateNetworks,
        Path knowledgeDir,
        Path rulesDir) {

    static final String USAGE = """
            usage: diagnose [--method GET|HEAD|OPTIONS] [--header 'Name: value']... [--allow-private-networks]
                            [--knowledge-dir knowledge] [--rules-dir rules] URL
            Probes URL with the knowledge's probe plan and prints the ranked causes of its 403, with the evidence,
            the vendor reference ids and the fixes. Header values are used for this run only and never printed.""";

    static DiagnoseOptions parse(String... args) {
        String url = null;
        String method = "GET";
        List<Header> headers = new ArrayList<>();
        boolean allowPrivate = false;
        Path knowledge = Path.of("knowledge");
        Path rules = Path.of("rules");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--method" -> method = value(args, ++i, arg);
                case "--header" -> headers.add(header(value(args, ++i, arg)));
                case "--allow-private-networks" -> allowPrivate = true;
                case "--knowledge-dir" -> knowledge = Path.of(value(args, ++i, arg));
                case "--rules-dir" -> rules = Path.of(value(args, ++i, arg));
                default -> url = positional(url, arg);
            }
        }
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("give the URL to probe");
        }
        return new DiagnoseOptions(url, method, headers, allowPrivate, knowledge, rules);
    }

    private static String positional(String known, String arg) {
        if (arg.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + arg);
        }
        if (known != null) {
            throw new IllegalArgumentException("give one URL only");
        }
        return arg;
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    // The message names the header but never repeats its value: it may be a credential.
    private static Header header(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("a header is 'Name: value'");
        }
        return new Header(
                line.substring(0, colon).strip(), line.substring(colon + 1).strip());
    }
}
