package dev.danakit.sandbox.twin;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Money sent by merchants in memory: top-ups of customers' DANA balances and transfers to bank accounts. Each has
 * its own DANA reference number and the history of its statuses, which the status inquiries answer.
 */
public final class Transfers {

    /** What was sent, named by the SNAP service code of the operation that sent it. */
    public enum Kind {
        /** Transfer to DANA (top-up), service 38. */
        TOPUP("38"),
        /** Transfer to bank, service 43. */
        BANK("43");

        private final String serviceCode;

        Kind(String serviceCode) {
            this.serviceCode = serviceCode;
        }

        /** @return the service code of the sending operation, as the status inquiry's {@code serviceCode} names it */
        public String serviceCode() {
            return serviceCode;
        }
    }

    /**
     * One status a transfer had.
     *
     * @param status the status
     * @param at since when
     */
    public record StatusChange(Orders.Status status, Instant at) {
    }

    /**
     * One top-up or transfer. Its history grows under the transfer's own lock.
     *
     * @param clientId the merchant
     * @param kind top-up or bank transfer
     * @param partnerReferenceNo the merchant's reference of this transfer
     * @param referenceNo DANA's reference number of this transfer
     * @param amount the amount sent, {@code {"value","currency"}}
     * @param createdTime when DANA accepted it
     * @param history its statuses, oldest first; the accessor answers a copy
     */
    public record Transfer(String clientId, Kind kind, String partnerReferenceNo, String referenceNo, JsonNode amount,
                           Instant createdTime, List<StatusChange> history) {

        /** @return its statuses, oldest first */
        @Override
        public synchronized List<StatusChange> history() {
            return List.copyOf(history);
        }

        /** @return its latest status */
        public synchronized Orders.Status status() {
            return latest().status();
        }

        /** @return when it reached its latest status */
        public synchronized Instant finishedTime() {
            return latest().at();
        }

        synchronized void move(Orders.Status status, Instant at) {
            history.add(new StatusChange(status, at));
        }

        private StatusChange latest() {
            return history.get(history.size() - 1);
        }
    }

    private final Clock clock;
    private final References<Transfer> references = new References<>();

    public Transfers(Clock clock) {
        this.clock = clock;
    }

    /**
     * A transfer DANA accepted and completed at once, as DANA's sandbox does: INIT, then SUCCESS.
     *
     * @param clientId the merchant
     * @param kind top-up or bank transfer
     * @param partnerReferenceNo the merchant's reference
     * @param amount {@code {"value","currency"}}
     * @return the transfer, with a reference number of its own
     */
    public Transfer send(String clientId, Kind kind, String partnerReferenceNo, JsonNode amount) {
        return send(clientId, kind, partnerReferenceNo, amount, Orders.Status.SUCCESS);
    }

    /**
     * A transfer DANA accepted and finished at once with the given outcome: INIT, then {@code outcome}.
     *
     * @param clientId the merchant
     * @param kind top-up or bank transfer
     * @param partnerReferenceNo the merchant's reference
     * @param amount {@code {"value","currency"}}
     * @param outcome its final status (SUCCESS, or FAILED when the bank refuses it)
     * @return the transfer, with a reference number of its own
     */
    public Transfer send(String clientId, Kind kind, String partnerReferenceNo, JsonNode amount,
            Orders.Status outcome) {
        Instant now = clock.instant();
        Transfer transfer = new Transfer(clientId, kind, partnerReferenceNo,
                references.next(now) + kind.serviceCode(), amount, now,
                new ArrayList<>());
        transfer.move(Orders.Status.INIT, now);
        transfer.move(outcome, now);
        references.put(owner(clientId, kind), partnerReferenceNo, transfer.referenceNo(), transfer);
        return transfer;
    }

    /**
     * @param clientId the merchant
     * @param kind top-up or bank transfer
     * @param partnerReferenceNo its reference, or {@code null}
     * @param referenceNo DANA's reference, or {@code null}
     * @return the merchant's transfer of that kind named by either reference
     */
    public Optional<Transfer> find(String clientId, Kind kind, String partnerReferenceNo, String referenceNo) {
        return references.find(owner(clientId, kind), partnerReferenceNo, referenceNo)
                .filter(t -> t.clientId().equals(clientId) && t.kind() == kind);
    }

    /**
     * Moves a transfer to another status (what DANA's back office or the bank does later, e.g. a failed transfer).
     *
     * @param transfer the transfer
     * @param status its new status
     */
    public void move(Transfer transfer, Orders.Status status) {
        transfer.move(status, clock.instant());
    }

    /** A merchant's top-ups and its transfers to bank have references of their own. */
    private static String owner(String clientId, Kind kind) {
        return clientId + '\n' + kind;
    }
}
