package dev.danakit.callbacks.delivery;

import dev.danakit.callbacks.ledger.LedgerClaim;
import dev.danakit.callbacks.ledger.LedgerUnavailableException;
import dev.danakit.callbacks.ledger.NotificationId;
import dev.danakit.callbacks.ledger.NotificationLedger;
import dev.danakit.protocol.refusals.Refusal;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs a merchant's handler at most once per notification and acknowledges only what was processed.
 *
 * <ul>
 *   <li>first delivery: the handler runs; its answer is returned only after the ledger recorded it;</li>
 *   <li>redelivery of a processed notification: the success answer, without running the handler;</li>
 *   <li>handler throws, or the ledger cannot record: {@link Refusal.Kind#NOT_PROCESSED}, the
 *       sender's retryable error, and nothing is recorded;</li>
 *   <li>handler returns a non-success answer (e.g. Open API {@code F}): passed through, nothing recorded.</li>
 * </ul>
 */
public final class ExactlyOnce {

    private static final System.Logger LOG = System.getLogger(ExactlyOnce.class.getName());

    private final NotificationLedger ledger;

    /** @param ledger where processed notifications are recorded */
    public ExactlyOnce(NotificationLedger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /**
     * How one kind of callback is answered.
     *
     * @param <T> the generated response model
     * @param succeeded whether an answer acknowledges the notification (e.g. {@code resultStatus == S})
     * @param outcome the short summary recorded in the ledger for a successful answer
     * @param alreadyProcessed the answer to a redelivery of a processed notification
     */
    public record Answers<T>(Predicate<T> succeeded, Function<T, String> outcome,
            Supplier<T> alreadyProcessed) {
    }

    /**
     * Delivers one notification to the handler, exactly once.
     *
     * @param id the notification's identity
     * @param handler runs the merchant's implementation and returns its (completed) answer
     * @param answers how answers are judged and made
     * @param <T> the response model
     * @return the answer to send
     * @throws Refusal NOT_PROCESSED when the sender must deliver again
     */
    public <T> T deliver(NotificationId id, Supplier<T> handler, Answers<T> answers) {
        try (LedgerClaim claim = ledger.claim(id)) {
            if (claim.alreadyProcessed()) {
                return answers.alreadyProcessed().get();
            }
            T answer = runHandler(id, handler);
            if (answers.succeeded().test(answer)) {
                claim.recordProcessed(answers.outcome().apply(answer));
            }
            return answer;
        } catch (LedgerUnavailableException e) {
            LOG.log(System.Logger.Level.WARNING, "ledger unavailable for a " + id.kind() + " notification: "
                    + e.getMessage());
            throw new Refusal(Refusal.Kind.NOT_PROCESSED, null);
        }
    }

    private static <T> T runHandler(NotificationId id, Supplier<T> handler) {
        try {
            return handler.get();
        } catch (Refusal e) {
            throw e;
        } catch (RuntimeException | Error e) {
            // The merchant's own failure: logged for them, never shown to the sender.
            LOG.log(System.Logger.Level.WARNING, "handler failed for a " + id.kind() + " notification", e);
            throw new Refusal(Refusal.Kind.NOT_PROCESSED, null);
        }
    }
}
