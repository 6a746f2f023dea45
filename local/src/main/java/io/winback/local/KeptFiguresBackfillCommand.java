package io.winback.local;

import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.ChainsTable;
import io.winback.dynamo.DynamoClients;
import io.winback.dynamo.KeptFiguresBackfill;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

import java.io.PrintStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code ./winback backfill-kept-figures --from D --to D [--table NAME] [--aws-endpoint URL]}: the one-time count
 * of the episodes a shop stored before the campaign report's figures were kept ({@link KeptFiguresBackfill}), run by
 * the operator after the upgrade against the deployed Chains table (the SDK's default credentials and region, as the
 * AWS CLI finds them) or an emulator. Safe beside the running workers and when run again: an episode is counted once.
 */
public final class KeptFiguresBackfillCommand {
    static final String USAGE = "usage: ./winback backfill-kept-figures --from YYYY-MM-DD --to YYYY-MM-DD"
            + " [--table NAME] [--aws-endpoint URL]";

    private KeptFiguresBackfillCommand() {
    }

    public static void main(String[] args) {
        ExitCode code = Cli.run("backfill-kept-figures", args, System.err,
                rest -> command(rest, System.getenv(), System.out,
                        endpoint -> endpoint == null ? DynamoClients.fromEnvironment() : DynamoClients.forEndpoint(endpoint)));
        System.exit(code.code());
    }

    /** The command: {@code clients} gives the DynamoDB client for an endpoint (null: AWS). */
    static ExitCode command(String[] args, Map<String, String> env, PrintStream out,
                            Function<URI, DynamoDbClient> clients) {
        String table = WinbackConfig.from(env).chains().chainsTable();
        String fromText = null;
        String toText = null;
        URI endpoint = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--from" -> fromText = LocalOptions.value(args, ++i, "--from", USAGE);
                case "--to" -> toText = LocalOptions.value(args, ++i, "--to", USAGE);
                case "--table" -> table = LocalOptions.value(args, ++i, "--table", USAGE);
                case "--aws-endpoint" ->
                        endpoint = LocalOptions.endpoint(LocalOptions.value(args, ++i, "--aws-endpoint", USAGE));
                default -> throw CliFailure.usage("unknown option " + args[i] + "; " + USAGE);
            }
        }
        List<String> problems = new ArrayList<>();
        LocalDate from = day(fromText, "--from", problems);
        LocalDate to = day(toText, "--to", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("--to " + to + " is before --from " + from);
        }
        if (!problems.isEmpty()) {
            throw CliFailure.usage(String.join("; ", problems) + "; " + USAGE);
        }
        DynamoDbClient dynamo = clients.apply(endpoint);
        requireChainsTable(dynamo, table, endpoint);
        int counted = new KeptFiguresBackfill(dynamo, table, CapacityMeter.NONE, "backfill").count(from, to);
        out.println("Counted " + counted + " episodes that entered from " + from + " to " + to + " in " + table
                + " (the others were counted already); the kept-figures function adds them to the campaign report"
                + " within a minute or so.");
        return ExitCode.OK;
    }

    /** The table is there and is a Chains table (it has the index of episodes by the day they entered). */
    private static void requireChainsTable(DynamoDbClient dynamo, String table, URI endpoint) {
        String where = endpoint == null ? "in this account and region" : "at " + endpoint;
        try {
            var indexes = dynamo.describeTable(b -> b.tableName(table)).table().globalSecondaryIndexes();
            if (indexes.stream().noneMatch(index -> index.indexName().equals(ChainsTable.BY_START))) {
                throw CliFailure.stopped("table " + table + " " + where + " has no " + ChainsTable.BY_START
                        + " index: it is not a Winback Chains table; give the stack's ChainsTableName output with --table");
            }
        } catch (ResourceNotFoundException e) {
            throw CliFailure.stopped("no table " + table + " " + where
                    + "; give the stack's Chains table with --table (its name is the stack's ChainsTableName output)");
        }
    }

    private static LocalDate day(String text, String option, List<String> problems) {
        if (text == null) {
            problems.add(option + " is required");
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(option + " must be a day as YYYY-MM-DD, not '" + text + "'");
            return null;
        }
    }
}
