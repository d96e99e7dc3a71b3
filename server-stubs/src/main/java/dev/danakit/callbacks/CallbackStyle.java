package dev.danakit.callbacks;

/**
 * How a callback is authenticated and in which format it must be answered.
 */
public enum CallbackStyle {
    /** SNAP: {@code X-TIMESTAMP}/{@code X-SIGNATURE} headers, answers {@code {"responseCode","responseMessage"}}. */
    SNAP,
    /** DANA Open API: signed {@code {"request":...,"signature":...}} envelope, answered with a signed envelope. */
    OPEN_API,
    /** NICEPAY: a {@code merchantToken} inside the body, answers {@code {"resultCd","resultMsg"}}. */
    NICEPAY
}
