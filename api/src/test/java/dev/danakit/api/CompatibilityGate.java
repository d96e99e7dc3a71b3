package dev.danakit.api;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The breaking-change rule of the contract: openapi-diff compares a spec with its released version, and every
 * incompatible change must be recorded in the changelog's next-version section ({@code ## [Unreleased]}) under
 * {@code ### Breaking}, naming the spec file and the operationId of each operation it breaks, in backticks.
 */
final class CompatibilityGate {

    /**
     * The gate's answer for one spec.
     *
     * @param spec the spec's file name
     * @param incompatible whether openapi-diff found an incompatible change
     * @param unrecorded the names the changelog's breaking section still has to mention (empty: the gate passes)
     * @param report openapi-diff's report, in Markdown
     */
    record Verdict(String spec, boolean incompatible, List<String> unrecorded, String report) {
        String failureMessage() {
            return spec + " changed incompatibly since the released contract (api/baseline/" + spec + "). Record it in "
                    + "api/CHANGELOG.md under \"## [Unreleased]\" / \"### Breaking\", naming " + String.join(", ", unrecorded)
                    + ", or make the change compatible. openapi-diff's report:\n\n" + report;
        }
    }

    private CompatibilityGate() {
    }

    static Verdict check(Path released, Path current, String changelog) {
        String spec = current.getFileName().toString();
        ChangedOpenApi diff = OpenApiCompare.fromLocations(released.toAbsolutePath().toString(),
                current.toAbsolutePath().toString());
        if (!diff.isIncompatible()) {
            return new Verdict(spec, false, List.of(), "");
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(spec);
        for (ChangedOperation op : diff.getChangedOperations()) {
            if (op.isIncompatible()) {
                names.add(operationId(op.getOldOperation().getOperationId(), op.getPathUrl()));
            }
        }
        for (Endpoint removed : diff.getMissingEndpoints()) {
            names.add(operationId(removed.getOperation().getOperationId(), removed.getPathUrl()));
        }
        String recorded = breakingSection(changelog);
        List<String> unrecorded = new ArrayList<>();
        for (String name : names) {
            if (!recorded.contains("`" + name + "`")) {
                unrecorded.add("`" + name + "`");
            }
        }
        return new Verdict(spec, true, unrecorded, render(diff));
    }

    /** @return the text under "### Breaking" in the "## [Unreleased]" section, or "" */
    static String breakingSection(String changelog) {
        StringBuilder section = new StringBuilder();
        boolean unreleased = false;
        boolean breaking = false;
        for (String line : changelog.split("\\R")) {
            if (line.startsWith("## ")) {
                unreleased = line.toLowerCase(java.util.Locale.ROOT).startsWith("## [unreleased]");
                breaking = false;
            } else if (line.startsWith("### ")) {
                breaking = unreleased && line.trim().equalsIgnoreCase("### Breaking");
            } else if (breaking) {
                section.append(line).append('\n');
            }
        }
        return section.toString();
    }

    private static String operationId(String id, String path) {
        return id == null ? path : id;
    }

    private static String render(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
