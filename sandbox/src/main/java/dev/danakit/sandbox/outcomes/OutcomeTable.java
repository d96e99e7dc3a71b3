package dev.danakit.sandbox.outcomes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.danakit.protocol.operations.OperationTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sandbox README's table of every documented outcome and the input that asks for it, computed from the rules
 * and the specs (which request fields an operation has), so that the table and the sandbox cannot disagree.
 */
public final class OutcomeTable {

    /**
     * One row: an operation's code and the inputs that produce it.
     *
     * @param spec spec file
     * @param operationId operation
     * @param code the code
     * @param message DANA's message
     * @param inputs each a documented input, e.g. {@code originalPartnerReferenceNo 4035705…}
     */
    public record Row(String spec, String operationId, String code, String message, List<String> inputs) {
    }

    /** The specs do not change while a sandbox runs; parsing them dominates building the table. */
    private static final java.util.Map<String, JsonNode> SPECS = new java.util.concurrent.ConcurrentHashMap<>();

    private OutcomeTable() {
    }

    /**
     * @param rules the sandbox's rules
     * @param loader where the specs ({@code openapi/}) are
     * @return one row per code of every DANA-side operation
     */
    public static List<Row> rows(OutcomeRules rules, ClassLoader loader) {
        return rows(rules, loader, null);
    }

    /**
     * @param rules the sandbox's rules
     * @param loader where the specs ({@code openapi/}) are
     * @param servedPaths the paths of the operations a sandbox serves, or {@code null} for every operation
     * @return one row per code of every DANA-side operation served
     */
    public static List<Row> rows(OutcomeRules rules, ClassLoader loader, Set<String> servedPaths) {
        List<Row> rows = new ArrayList<>();
        OperationTable operations = OperationTable.dana();
        for (Map.Entry<String, List<OutcomeCatalogue.Code>> op : rules.catalogue().all().entrySet()) {
            List<OutcomeCatalogue.Code> codes = op.getValue();
            if (codes.isEmpty()) {
                continue;
            }
            OutcomeCatalogue.Code first = codes.get(0);
            if (servedPaths != null && !operations.find(first.spec(), first.operationId())
                    .map(operation -> servedPaths.contains(operation.path())).orElse(false)) {
                continue;
            }
            Set<String> fields = requestFields(loader, first.spec(), first.operationId());
            for (OutcomeCatalogue.Code code : codes) {
                rows.add(new Row(code.spec(), code.operationId(), code.code(), code.message(),
                        inputs(rules, code, fields)));
            }
        }
        return rows;
    }

    /** @return the table in Markdown, one line per row */
    public static String markdown(List<Row> rows) {
        StringBuilder out = new StringBuilder("| spec | operation | code | message | how to get it |\n|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(row.spec()).append(" | ").append(row.operationId()).append(" | `")
                    .append(row.code()).append("` | ").append(row.message()).append(" | ")
                    .append(String.join("; ", row.inputs())).append(" |\n");
        }
        return out.toString();
    }

    static List<String> inputs(OutcomeRules rules, OutcomeCatalogue.Code code, Set<String> fields) {
        List<String> inputs = new ArrayList<>();
        if (code.success()) {
            inputs.add("any valid request");
            return inputs;
        }
        if (code.snap()) {
            String serviceCode = code.code().substring(3, 5);
            for (OutcomeRules.Account account : rules.accounts()) {
                String field = "amount".equals(account.field()) ? amountField(fields) : account.field();
                if (field != null && fields.contains(field)
                        && code.code().equals(account.httpStatus() + serviceCode + account.caseCode())) {
                    inputs.add("`" + field + ("amount".equals(account.field()) ? ".value" : "") + "` = `"
                            + account.value() + "` (DANA's UAT)");
                }
            }
            for (String field : OutcomeRules.REFERENCE_FIELDS) {
                if (fields.contains(field)) {
                    inputs.add("`" + field + "` starting `" + code.code() + "`");
                    break;
                }
            }
            String amountField = amountField(fields);
            if (amountField != null) {
                OutcomeRules.amountFor(code.code()).ifPresent(v -> inputs.add("`" + amountField + ".value` = `" + v + "`"));
            }
        }
        inputs.add("`POST /sandbox/outcomes` `{\"spec\":\"" + code.spec() + "\",\"operationId\":\"" + code.operationId()
                + "\",\"code\":\"" + code.code() + "\"}`");
        return inputs;
    }

    private static String amountField(Set<String> fields) {
        return OutcomeRules.AMOUNT_FIELDS.stream().filter(fields::contains).findFirst().orElse(null);
    }

    /** The top-level request fields of the operation (the union of a oneOf's forms). */
    static Set<String> requestFields(ClassLoader loader, String spec, String operationId) {
        JsonNode tree = SPECS.computeIfAbsent(spec, name -> {
            try (InputStream in = loader.getResourceAsStream("openapi/" + name)) {
                return in == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
                        : new ObjectMapper(new YAMLFactory()).readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Set<String> fields = new LinkedHashSet<>();
        tree.path("paths").forEach(path -> path.forEach(op -> {
            if (operationId.equals(op.path("operationId").asText())) {
                collect(tree, op.path("requestBody").path("content").path("application/json").path("schema"), fields, 0);
            }
        }));
        return fields;
    }

    private static void collect(JsonNode tree, JsonNode schema, Set<String> fields, int depth) {
        if (depth > 5) {
            return;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (ref.startsWith("#")) {
                collect(tree, tree.at(ref.substring(1)), fields, depth + 1);
            }
            return;
        }
        schema.path("properties").fieldNames().forEachRemaining(fields::add);
        for (String composed : List.of("oneOf", "anyOf", "allOf")) {
            schema.path(composed).forEach(part -> collect(tree, part, fields, depth + 1));
        }
    }
}
