package dev.danakit.sandbox.outcomes;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every code an operation can answer, on demand, the way card networks' test numbers work. Four documented inputs,
 * tried in this order (sandbox README, "Every documented outcome on demand"):
 * <ol>
 *   <li><b>armed</b>: {@code POST /sandbox/outcomes} makes the merchant's next call(s) of an operation answer a
 *       code; the only way for operations without a reference or an amount (Open API, tokens);</li>
 *   <li><b>account</b>: the customer numbers, account numbers and amounts DANA's own UAT scenarios use for a
 *       refusal ({@value #ACCOUNTS}), so DANA's UAT replays here with DANA's answers;</li>
 *   <li><b>reference</b>: a {@code partnerReferenceNo}, {@code originalPartnerReferenceNo} or {@code partnerRefundNo}
 *       that begins with one of the operation's seven-digit codes (DANA's UAT cancels {@code 4035705});</li>
 *   <li><b>amount</b>: an amount whose integer part is the code without its second digit (DANA's UAT refunds
 *       {@code 435815.00} for {@code 4035815}), for codes whose HTTP status has a zero in the middle.</li>
 * </ol>
 * The codes come from {@link OutcomeCatalogue}; a plain success is never forced (any valid request gets it).
 */
public final class OutcomeRules {

    /** The resource with DANA's UAT accounts and amounts. */
    public static final String ACCOUNTS = "dana-sandbox/outcome-accounts.tsv";

    /** The client id that arms an outcome for whichever merchant calls the operation next. */
    public static final String ANY_MERCHANT = "*";

    /** Request fields whose value may start with a code. */
    public static final List<String> REFERENCE_FIELDS =
            List.of("partnerReferenceNo", "originalPartnerReferenceNo", "partnerRefundNo");

    /** Request fields holding the amount of the operation. */
    public static final List<String> AMOUNT_FIELDS = List.of("amount", "refundAmount");

    private static final Pattern SEVEN_DIGITS = Pattern.compile("^(\\d{7})");
    private static final Pattern AMOUNT = Pattern.compile("^(\\d)(\\d{5})\\.00$");

    /** How an outcome was asked for. */
    public enum Trigger { ARMED, ACCOUNT, REFERENCE, AMOUNT }

    /**
     * @param code the code to answer
     * @param trigger the input that asked for it
     */
    public record Decision(OutcomeCatalogue.Code code, Trigger trigger) {
    }

    /**
     * One of DANA's UAT inputs: a request field with this exact value answers {@code httpStatus} + the operation's
     * service code + {@code caseCode}, for operations whose catalogue has that code.
     *
     * @param field {@code customerNumber}, {@code beneficiaryAccountNumber} or {@code amount} (its value)
     * @param value the exact value
     * @param httpStatus e.g. 403
     * @param caseCode e.g. {@code 05}
     * @param note what DANA's UAT calls it
     */
    public record Account(String field, String value, int httpStatus, String caseCode, String note) {
    }

    private final OutcomeCatalogue catalogue;
    private final List<Account> accounts;
    private final ConcurrentMap<String, Deque<String>> armed = new ConcurrentHashMap<>();

    public OutcomeRules(OutcomeCatalogue catalogue, List<Account> accounts) {
        this.catalogue = catalogue;
        this.accounts = List.copyOf(accounts);
    }

    /**
     * @param loader where the catalogue and {@value #ACCOUNTS} are
     * @return the rules of a sandbox
     */
    public static OutcomeRules load(ClassLoader loader) {
        return new OutcomeRules(OutcomeCatalogue.load(loader), accounts(loader));
    }

    /** @return the catalogue the rules draw from */
    public OutcomeCatalogue catalogue() {
        return catalogue;
    }

    /** @return DANA's UAT accounts and amounts */
    public List<Account> accounts() {
        return accounts;
    }

    /**
     * Makes the merchant's next {@code times} calls of the operation answer {@code code}.
     *
     * @param clientId the merchant, or {@value #ANY_MERCHANT} for any
     * @param spec the operation's spec file
     * @param operationId the operation
     * @param code one of its codes in the catalogue
     * @param times how many calls (1 to 100)
     * @throws IllegalArgumentException when the catalogue does not list the code for the operation, or it is a
     *     plain success
     */
    public void arm(String clientId, String spec, String operationId, String code, int times) {
        OutcomeCatalogue.Code found = catalogue.find(spec, operationId, code).orElseThrow(() ->
                new IllegalArgumentException(spec + " " + operationId + " does not answer " + code
                        + "; its codes: " + catalogue.codes(spec, operationId).stream().map(OutcomeCatalogue.Code::code).toList()));
        if (found.success()) {
            throw new IllegalArgumentException(code + " is the plain success: any valid request gets it");
        }
        if (times < 1 || times > 100) {
            throw new IllegalArgumentException("times is 1 to 100");
        }
        Deque<String> queue = armed.computeIfAbsent(armKey(clientId, spec, operationId), k -> new ArrayDeque<>());
        synchronized (queue) {
            for (int i = 0; i < times; i++) {
                queue.addLast(code);
            }
        }
    }

    /**
     * @param clientId the calling merchant
     * @param spec the operation's spec file
     * @param operationId the operation
     * @param request the request body (SNAP) or {@code request.body} (Open API)
     * @return the code to answer instead of the operation's behaviour, if the request asks for one
     */
    public Optional<Decision> decide(String clientId, String spec, String operationId, JsonNode request) {
        for (String armedFor : new String[] {clientId, ANY_MERCHANT}) {
            Deque<String> queue = armed.get(armKey(armedFor, spec, operationId));
            if (queue != null) {
                String code;
                synchronized (queue) {
                    code = queue.pollFirst();
                }
                if (code != null) {
                    return catalogue.find(spec, operationId, code).map(c -> new Decision(c, Trigger.ARMED));
                }
            }
        }
        List<OutcomeCatalogue.Code> codes = catalogue.codes(spec, operationId);
        if (codes.isEmpty() || !codes.get(0).snap()) {
            return Optional.empty();
        }
        String serviceCode = codes.get(0).code().substring(3, 5);
        for (Account account : accounts) {
            String value = "amount".equals(account.field()) ? amountValue(request) : text(request, account.field());
            if (account.value().equals(value)) {
                Optional<OutcomeCatalogue.Code> code = forced(spec, operationId,
                        account.httpStatus() + serviceCode + account.caseCode());
                if (code.isPresent()) {
                    return code.map(c -> new Decision(c, Trigger.ACCOUNT));
                }
            }
        }
        for (String field : REFERENCE_FIELDS) {
            Matcher m = SEVEN_DIGITS.matcher(String.valueOf(text(request, field)));
            if (m.find()) {
                Optional<OutcomeCatalogue.Code> code = forced(spec, operationId, m.group(1));
                if (code.isPresent()) {
                    return code.map(c -> new Decision(c, Trigger.REFERENCE));
                }
            }
        }
        String amount = amountValue(request);
        return codeOfAmount(amount).flatMap(c -> forced(spec, operationId, c)).map(c -> new Decision(c, Trigger.AMOUNT));
    }

    /**
     * @param code a seven-digit code
     * @return the amount that asks for it ({@code 4035815} → {@code 435815.00}), if its second digit is zero
     */
    public static Optional<String> amountFor(String code) {
        return code.length() == 7 && code.charAt(1) == '0'
                ? Optional.of(code.charAt(0) + code.substring(2) + ".00") : Optional.empty();
    }

    static Optional<String> codeOfAmount(String value) {
        Matcher m = value == null ? null : AMOUNT.matcher(value);
        return m != null && m.matches() ? Optional.of(m.group(1) + "0" + m.group(2)) : Optional.empty();
    }

    private Optional<OutcomeCatalogue.Code> forced(String spec, String operationId, String code) {
        return catalogue.find(spec, operationId, code).filter(c -> !c.success());
    }

    private static String amountValue(JsonNode request) {
        for (String field : AMOUNT_FIELDS) {
            JsonNode value = request.path(field).path("value");
            if (value.isTextual()) {
                return value.asText();
            }
        }
        return null;
    }

    private static String text(JsonNode request, String field) {
        JsonNode value = request.path(field);
        return value.isTextual() ? value.asText() : null;
    }

    private static String armKey(String clientId, String spec, String operationId) {
        return clientId + '\n' + spec + '\n' + operationId;
    }

    static List<Account> accounts(ClassLoader loader) {
        List<Account> rows = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(ACCOUNTS)) {
            if (in == null) {
                throw new IllegalStateException(ACCOUNTS + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                rows.add(new Account(f[0], f[1], Integer.parseInt(f[2]), f[3], f.length > 4 ? f[4] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
