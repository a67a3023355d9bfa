package ca.quorum.documents.infrastructure;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;

import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

import ca.quorum.shared.domain.RuleViolation;

/** Asks an RFC 3161 time-stamp authority for a token over some bytes (SHA-256, with a nonce, certificate asked). */
public final class TimeStampClient {

    private static final SecureRandom NONCES = new SecureRandom();

    private final URI authority;
    private final HttpClient http;

    public TimeStampClient(URI authority) {
        this.authority = authority;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public URI authority() {
        return authority;
    }

    /** A validated token whose imprint is the SHA-256 of {@code data}; refuses when the authority does not grant. */
    public TimeStampToken stamp(byte[] data) {
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256(data),
                new BigInteger(64, NONCES));
        try {
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(authority).timeout(Duration.ofSeconds(15))
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw refused("answered HTTP " + answer.statusCode());
            }
            TimeStampResponse response = new TimeStampResponse(answer.body());
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                throw refused("granted no time-stamp (" + response.getStatusString() + ")");
            }
            return response.getTimeStampToken();
        } catch (IOException | TSPException e) {
            throw refused("could not be used: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused("was interrupted");
        }
    }

    private RuleViolation refused(String why) {
        return new RuleViolation("The time-stamp authority " + authority + " " + why
                + "; nothing was signed. Try again, or ask the administrator to check the time-stamp setting.");
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
