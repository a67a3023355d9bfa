package ca.quorum.documents.infrastructure;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A real certificate authority and RFC 3161 time-stamp authority on a loopback port, for tests: {@code POST /tsa}
 * answers time-stamp queries, {@code GET /crl} serves the CA's current (empty) CRL. Plain sockets, so it also runs
 * inside WildFly for the integration tests.
 */
public final class LocalAuthority implements AutoCloseable {

    private final KeyPair caKeys = Certificates.rsa();
    private final X509Certificate ca;
    private final KeyPair tsaKeys = Certificates.rsa();
    private final X509Certificate tsa;
    private final ServerSocket server;
    private final Thread loop;
    private final AtomicLong serial = new AtomicLong(1);
    public final AtomicInteger stamps = new AtomicInteger();

    public LocalAuthority() throws IOException {
        Instant now = Instant.now();
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        ca = Certificates.issue("CN=Quorum Test CA,O=Quorum Tests", caKeys, null, null, now.minusSeconds(3600),
                now.plus(Duration.ofDays(365)), Certificates.Purpose.CA, Optional.empty());
        tsa = Certificates.issue("CN=Quorum Test TSA,O=Quorum Tests", tsaKeys, caKeys.getPrivate(), ca,
                now.minusSeconds(3600), now.plus(Duration.ofDays(365)), Certificates.Purpose.TIME_STAMPING,
                Optional.empty());
        loop = new Thread(this::serve, "local-authority");
        loop.setDaemon(true);
        loop.start();
    }

    public String tsaUrl() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/tsa";
    }

    public String crlUrl() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/crl";
    }

    public X509Certificate ca() {
        return ca;
    }

    /** A document-signing key and certificate issued by this CA, valid in the given window. */
    public Certificates.KeyAndChain signer(String subject, Instant notBefore, Instant notAfter, boolean withCrl) {
        KeyPair keys = Certificates.rsa();
        X509Certificate certificate = Certificates.issue(subject, keys, caKeys.getPrivate(), ca, notBefore, notAfter,
                Certificates.Purpose.DOCUMENT_SIGNING, withCrl ? Optional.of(crlUrl()) : Optional.empty());
        return new Certificates.KeyAndChain(keys.getPrivate(), List.of(certificate, ca));
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(10_000);
                answer(socket);
            } catch (IOException | RuntimeException e) {
                // the next connection gets a fresh start
            }
        }
    }

    private void answer(Socket socket) throws IOException {
        InputStream in = new BufferedInputStream(socket.getInputStream());
        String requestLine = line(in);
        int length = 0;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            if (header.toLowerCase().startsWith("content-length:")) {
                length = Integer.parseInt(header.substring(15).strip());
            }
        }
        byte[] body = in.readNBytes(length);
        OutputStream out = socket.getOutputStream();
        try {
            if (requestLine.startsWith("POST /tsa")) {
                reply(out, 200, "application/timestamp-reply", timeStamp(body));
            } else if (requestLine.startsWith("GET /crl")) {
                reply(out, 200, "application/pkix-crl", crl());
            } else {
                reply(out, 404, "text/plain", new byte[0]);
            }
        } catch (Exception e) {
            reply(out, 500, "text/plain", String.valueOf(e.getMessage()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private byte[] timeStamp(byte[] query) throws Exception {
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", tsaKeys.getPrivate(), tsa),
                new JcaDigestCalculatorProviderBuilder().build()
                        .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.3.6.1.4.1.55555.1.1"));
        tokens.addCertificates(new JcaCertStore(List.of(tsa, ca)));
        stamps.incrementAndGet();
        return new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED)
                .generate(new TimeStampRequest(query), BigInteger.valueOf(serial.getAndIncrement()), new Date())
                .getEncoded();
    }

    private byte[] crl() throws Exception {
        Date now = new Date();
        X509v2CRLBuilder builder = new X509v2CRLBuilder(
                X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()), now);
        builder.setNextUpdate(new Date(now.getTime() + 86_400_000L));
        return builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKeys.getPrivate())).getEncoded();
    }

    private static void reply(OutputStream out, int status, String type, byte[] body) throws IOException {
        out.write(("HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
