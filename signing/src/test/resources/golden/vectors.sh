#!/usr/bin/env bash
# Recomputes every expected value in this folder with openssl/coreutils only (never with our Java code),
# so the Java tests check our implementation against an independent one. Run from this folder.
# The keys (test-only-*.pem) were generated once and are NOT regenerated here; see README.md.
set -euo pipefail
export LC_ALL=C

# --- SNAP asymmetric: POST /v1.0/debit/payment-host-to-host.htm, signed by the merchant key -----------
# The minified body was written by hand (jq -c would rewrite \/ and \u00e9); the test checks that
# JsonMinifier turns snap-asym-body-pretty.json into exactly snap-asym-body-min.json.
sha256sum snap-asym-body-min.json | cut -d' ' -f1 | tr -d '\n' > snap-asym.body-sha256.hex
printf '%s' "POST:/v1.0/debit/payment-host-to-host.htm:$(cat snap-asym.body-sha256.hex):2024-03-15T10:20:30+07:00" > snap-asym.string-to-sign.txt
openssl dgst -sha256 -sign test-only-merchant-pkcs8.pem snap-asym.string-to-sign.txt | base64 -w0 > snap-asym.signature.b64

# --- SNAP symmetric: POST /v1.0/debit/status.htm with a B2B access token ------------------------------
sha256sum snap-sym-body-min.json | cut -d' ' -f1 | tr -d '\n' > snap-sym.body-sha256.hex
printf '%s' "POST:/v1.0/debit/status.htm:test-only-access-token-gJ8d2kQ:$(cat snap-sym.body-sha256.hex):2024-03-15T10:20:30+07:00" > snap-sym.string-to-sign.txt
openssl dgst -sha512 -hmac 'test-only-client-secret-do-not-use' -binary snap-sym.string-to-sign.txt | base64 -w0 > snap-sym.hmac.b64

# --- SNAP access-token signature: clientId|X-TIMESTAMP -------------------------------------------------
printf '%s' '2024031500000000000001|2024-03-15T10:20:30+07:00' > access-token.string-to-sign.txt
openssl dgst -sha256 -sign test-only-merchant-pkcs8.pem access-token.string-to-sign.txt | base64 -w0 > access-token.signature.b64

# --- Open API envelope, request (DANA's unbind notify, signed by the "DANA" test key) -------------------
openssl dgst -sha256 -sign test-only-dana-pkcs8.pem openapi-request-value.json | base64 -w0 > openapi-request.signature.b64
printf '{"request":%s,"signature":"%s"}' "$(cat openapi-request-value.json)" "$(cat openapi-request.signature.b64)" > openapi-request-envelope.json

# --- Open API envelope, response (the merchant's answer, signed by the merchant key) -------------------
openssl dgst -sha256 -sign test-only-merchant-pkcs8.pem openapi-response-value.json | base64 -w0 > openapi-response.signature.b64
printf '{"response":%s,"signature":"%s"}' "$(cat openapi-response-value.json)" "$(cat openapi-response.signature.b64)" > openapi-response-envelope.json

# --- NICEPAY merchant tokens ---------------------------------------------------------------------------
# remove token: sha256(timeStamp + iMid + userToken + merchantKey)
printf '%s' '20240315102030IONPAYTESTe0478456-6b50-460c-85e0-627a1e22d2e0test-only-merchant-key-0123456789abcdef' | sha256sum | cut -d' ' -f1 | tr -d '\n' > nicepay-remove-token.sha256.hex
# token-deactivated notification: sha256(iMid + userToken + clientUserKey + merchantKey)
printf '%s' 'IONPAYTESTe0478456-6b50-460c-85e0-627a1e22d2e023124532test-only-merchant-key-0123456789abcdef' | sha256sum | cut -d' ' -f1 | tr -d '\n' > nicepay-deactivated-notification.sha256.hex
