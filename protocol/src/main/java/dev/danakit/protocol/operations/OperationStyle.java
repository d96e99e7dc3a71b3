package dev.danakit.protocol.operations;

/**
 * How an operation is authenticated and answered: the spec's {@code x-dana-style}, one constant per value.
 */
public enum OperationStyle {
    /** {@code snap-b2b}: SNAP asymmetric {@code X-SIGNATURE} over the body, SNAP headers. */
    SNAP_B2B("snap-b2b", AnswerFormat.SNAP),
    /** {@code snap-b2b2c}: as {@code snap-b2b}, plus the customer's access token. */
    SNAP_B2B2C("snap-b2b2c", AnswerFormat.SNAP),
    /** {@code snap-token}: access-token request, {@code X-CLIENT-KEY} and a signature over {@code clientId|X-TIMESTAMP}. */
    SNAP_TOKEN("snap-token", AnswerFormat.SNAP),
    /** {@code open-api}: DANA Open API envelope, signature over the exact {@code request}/{@code response} bytes. */
    OPEN_API("open-api", AnswerFormat.OPEN_API),
    /** {@code nicepay}: NICEPAY's {@code merchantToken} inside the body. */
    NICEPAY("nicepay", AnswerFormat.NICEPAY);

    private final String specValue;
    private final AnswerFormat answerFormat;

    OperationStyle(String specValue, AnswerFormat answerFormat) {
        this.specValue = specValue;
        this.answerFormat = answerFormat;
    }

    /**
     * @param xDanaStyle the spec's {@code x-dana-style} value, e.g. {@code snap-b2b2c}
     * @return its style
     * @throws IllegalArgumentException for a value that is not one of the five
     */
    public static OperationStyle fromSpec(String xDanaStyle) {
        for (OperationStyle style : values()) {
            if (style.specValue.equals(xDanaStyle)) {
                return style;
            }
        }
        throw new IllegalArgumentException("unknown x-dana-style '" + xDanaStyle + "'");
    }

    /** @return the value as the spec writes it, e.g. {@code snap-b2b} */
    public String specValue() {
        return specValue;
    }

    /** @return how operations of this style are answered */
    public AnswerFormat answerFormat() {
        return answerFormat;
    }

    /** @return whether answers carry a SNAP {@code responseCode} (every {@code snap-*} style) */
    public boolean isSnap() {
        return answerFormat == AnswerFormat.SNAP;
    }
}
