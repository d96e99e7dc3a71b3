package dev.danakit.protocol.operations;

import dev.danakit.protocol.generated.AuthOperations;
import dev.danakit.protocol.generated.DisbursementOperations;
import dev.danakit.protocol.generated.MerchantCallbacksOperations;
import dev.danakit.protocol.generated.MerchantManagementOperations;
import dev.danakit.protocol.generated.NicepayPayloanOperations;
import dev.danakit.protocol.generated.PaymentGatewayOperations;
import dev.danakit.protocol.generated.QrisOperations;
import dev.danakit.protocol.generated.TransactionHistoryOperations;
import dev.danakit.protocol.generated.WidgetOperations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * DANA's operations, looked up by path or by spec and operationId. Immutable and thread-safe.
 *
 * <p>{@link #dana()} holds every operation of every spec in dana-api, generated at build time from the specs (one
 * generated class per spec); the test of this class holds it to the specs, so a spec missing below fails the
 * build. Every path belongs to exactly one operation.
 */
public final class OperationTable {

    private static final OperationTable DANA = of(Stream.of(AuthOperations.OPERATIONS,
            DisbursementOperations.OPERATIONS, MerchantCallbacksOperations.OPERATIONS,
            MerchantManagementOperations.OPERATIONS, NicepayPayloanOperations.OPERATIONS,
            PaymentGatewayOperations.OPERATIONS, QrisOperations.OPERATIONS, TransactionHistoryOperations.OPERATIONS,
            WidgetOperations.OPERATIONS).flatMap(List::stream).toList());

    private final List<DanaOperation> operations;
    private final Map<String, DanaOperation> byPath;

    private OperationTable(List<DanaOperation> operations) {
        Map<String, DanaOperation> paths = new LinkedHashMap<>();
        for (DanaOperation operation : operations) {
            DanaOperation earlier = paths.putIfAbsent(operation.path(), operation);
            if (earlier != null) {
                throw new IllegalArgumentException("two operations at " + operation.path() + ": " + earlier
                        + " and " + operation);
            }
        }
        this.operations = List.copyOf(operations);
        this.byPath = Map.copyOf(paths);
    }

    /** @return every operation of every spec in dana-api, DANA-side products and merchant callbacks alike */
    public static OperationTable dana() {
        return DANA;
    }

    /**
     * @param operations the operations
     * @return a table of exactly these
     * @throws IllegalArgumentException if two share a path
     */
    public static OperationTable of(Collection<DanaOperation> operations) {
        return new OperationTable(new ArrayList<>(operations));
    }

    /** @return every operation, spec by spec */
    public List<DanaOperation> operations() {
        return operations;
    }

    /** @return the spec files the operations come from, in order of first appearance */
    public List<String> specs() {
        return operations.stream().map(DanaOperation::spec).distinct().toList();
    }

    /**
     * @param specFiles spec files, e.g. {@code widget.yaml}
     * @return a table of the operations of those specs only
     */
    public OperationTable specs(String... specFiles) {
        List<String> wanted = List.of(specFiles);
        return of(operations.stream().filter(op -> wanted.contains(op.spec())).toList());
    }

    /**
     * @param path a relative path exactly as in the spec, e.g. {@code /rest/v1.1/qr/apply-ott}
     * @return the operation at that path
     */
    public Optional<DanaOperation> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /**
     * Finds the operation of a request path that may carry a prefix (a custom base URL, a mount point): the exact
     * path first, else the longest operation path the request path ends with.
     *
     * @param requestPath the path of the request URI
     * @return the operation
     */
    public Optional<DanaOperation> byRequestPath(String requestPath) {
        DanaOperation exact = byPath.get(requestPath);
        if (exact != null) {
            return Optional.of(exact);
        }
        DanaOperation longest = null;
        for (DanaOperation operation : operations) {
            // /payment-gateway/v1.0/debit/cancel.htm also ends with another product's /v1.0/debit/cancel.htm
            if (requestPath.endsWith(operation.path())
                    && (longest == null || operation.path().length() > longest.path().length())) {
                longest = operation;
            }
        }
        return Optional.ofNullable(longest);
    }

    /**
     * @param spec the spec file, e.g. {@code merchant-callbacks.yaml}
     * @param operationId its operationId, e.g. {@code finishNotify}
     * @return the operation
     */
    public Optional<DanaOperation> find(String spec, String operationId) {
        return operations.stream().filter(op -> op.spec().equals(spec) && op.operationId().equals(operationId))
                .findFirst();
    }

    /**
     * @param spec the spec file
     * @param operationId its operationId
     * @return the operation
     * @throws NoSuchElementException if the spec has no such operation
     */
    public DanaOperation operation(String spec, String operationId) {
        return find(spec, operationId).orElseThrow(() -> new NoSuchElementException(spec + " has no operation "
                + operationId));
    }

    @Override
    public String toString() {
        return "OperationTable[" + operations.size() + " operations of " + specs() + "]";
    }
}
