package dev.danakit.protocol.operations;

/**
 * The shape in which an operation is answered, and in which its refusals must be written.
 */
public enum AnswerFormat {
    /** SNAP: {@code {"responseCode":"<http><service><case>","responseMessage":...}}, HTTP status = first 3 digits. */
    SNAP,
    /** DANA Open API: a signed {@code {"response":{"head":...,"body":{"resultInfo":...}},"signature":...}}, HTTP 200. */
    OPEN_API,
    /** NICEPAY: {@code {"resultCd":"<4 digits>","resultMsg":...}}. */
    NICEPAY
}
