package io.winback.local;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The options of {@code ./winback local}. The port defaults to {@code WINBACK_PORT}, else 8080, the same default
 * {@code ./winback import} posts to; the host to 127.0.0.1 (this machine only; {@code --host 0.0.0.0} lets a till on
 * the shop's network reach it).
 */
record LocalOptions(int port, String host, Path dataDir, URI awsEndpoint, boolean verbose) {
    static final int DEFAULT_PORT = 8080;
    static final String DEFAULT_HOST = "127.0.0.1";
    static final String USAGE = "usage: ./winback local [--port " + DEFAULT_PORT + "] [--host " + DEFAULT_HOST
            + "] [--data-dir DIR] [--aws-endpoint URL] [--verbose] [--debug]";

    /** The port the local runner listens on unless told otherwise, and so where the importer posts by default. */
    static int defaultPort(Map<String, String> env) {
        String configured = env.get("WINBACK_PORT");
        return configured == null || configured.isBlank() ? DEFAULT_PORT : port(configured, "WINBACK_PORT");
    }

    /** Null when help was asked for. */
    static LocalOptions parse(String[] args, Map<String, String> env) {
        int port = defaultPort(env);
        String host = DEFAULT_HOST;
        Path dataDir = null;
        URI endpoint = null;
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = port(value(args, ++i, "--port"), "--port");
                case "--host" -> host = host(value(args, ++i, "--host"));
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, "--data-dir"));
                case "--aws-endpoint" -> endpoint = endpoint(value(args, ++i, "--aws-endpoint"));
                case "--verbose" -> verbose = true;
                case "-h", "--help" -> {
                    return null;
                }
                default -> throw CliFailure.usage("unknown option " + args[i] + "; " + USAGE);
            }
        }
        return new LocalOptions(port, host, dataDir, endpoint, verbose);
    }

    private static int port(String text, String option) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // worded below
        }
        throw CliFailure.usage(option + " must be a port number from 1 to 65535 (0: any free port), not '" + text
                + "'; e.g. --port 9090");
    }

    /** A name or address this machine can look up; an unknown one is a mistake on the command line. */
    private static String host(String text) {
        try {
            InetAddress.getByName(text);
            return text;
        } catch (UnknownHostException e) {
            throw CliFailure.usage("--host " + text + " is an unknown host (no such name or address); give an address"
                    + " of this machine, e.g. --host 127.0.0.1 (this machine only) or --host 0.0.0.0 (every interface)");
        }
    }

    static URI endpoint(String text) {
        try {
            URI uri = URI.create(text);
            if (uri.getScheme() != null && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // worded below
        }
        throw CliFailure.usage("--aws-endpoint must be a URL such as http://127.0.0.1:5000, not '" + text + "'");
    }

    static String value(String[] args, int i, String option) {
        return value(args, i, option, USAGE);
    }

    /** The value after {@code option}, refused with the command's {@code usage} when there is none. */
    static String value(String[] args, int i, String option, String usage) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw CliFailure.usage(option + " needs a value; " + usage);
        }
        return args[i];
    }
}
