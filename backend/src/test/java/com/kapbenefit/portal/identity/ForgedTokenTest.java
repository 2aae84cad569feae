package com.kapbenefit.portal.identity;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Api.Reply;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every way we know to forge or misuse an access token is refused with 401, whether it arrives
 * as a bearer header or as the session cookie. The control case proves the same claims pass
 * when signed properly, so each refusal is caused by the one thing the case changes.
 */
@MicronautTest(transactional = false)
class ForgedTokenTest {

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;
    @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}")
    String secret;

    Api api;
    String adminId;

    @BeforeEach
    void setUp() {
        api = new Api(httpClient, json);
        adminId = (String) api.get("/api/identity/me", api.accessToken(Api.PLATFORM_ADMIN)).map().get("id");
    }

    record Forgery(String name, Function<ForgedTokenTest, String> token) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Forgery> forgeries() {
        return Stream.of(
                new Forgery("alg=none", t -> new PlainJWT(t.claims().build()).serialize()),
                new Forgery("alg=none with a signature-shaped tail", t -> new PlainJWT(t.claims().build()).serialize() + "c2ln"),
                new Forgery("RS256 signed by an attacker's key", t -> t.signRsa(t.claims().build())),
                new Forgery("HS256 with the wrong key", t -> t.signHmac(t.claims().build(), "an-attacker-secret-that-is-long-enough-to-be-valid!!")),
                new Forgery("tampered payload (role raised)", ForgedTokenTest::tamperedRole),
                new Forgery("expired", t -> t.signHmac(t.claims().expirationTime(Date.from(Instant.now().minusSeconds(60))).build(), t.secret)),
                new Forgery("no exp", t -> t.signHmac(t.claims().expirationTime(null).build(), t.secret)),
                new Forgery("nbf in the future", t -> t.signHmac(t.claims().notBeforeTime(Date.from(Instant.now().plusSeconds(600))).build(), t.secret)),
                new Forgery("wrong issuer", t -> t.signHmac(t.claims().issuer("someone-else").build(), t.secret)),
                new Forgery("no issuer", t -> t.signHmac(t.claims().issuer(null).build(), t.secret)),
                new Forgery("another audience", t -> t.signHmac(t.claims().audience("another-app").build(), t.secret)),
                new Forgery("no audience", t -> t.signHmac(t.claims().audience((String) null).build(), t.secret)),
                new Forgery("oversized", t -> t.signHmac(t.claims().claim("padding", "x".repeat(6000)).build(), "an-attacker-secret-that-is-long-enough-to-be-valid!!")),
                new Forgery("garbage", t -> "not.a.token"));
    }

    @Test
    void theSameClaimsSignedWithTheConfiguredKeyAreAccepted() {
        assertEquals(200, api.get("/api/employers", signHmac(claims().build(), secret)).status());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgeries")
    void aForgedBearerTokenIsRefused(Forgery forgery) {
        Reply reply = api.get("/api/employers", forgery.token().apply(this));
        assertEquals(401, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgeries")
    void aForgedCookieTokenIsRefused(Forgery forgery) {
        Reply reply = api.send(HttpRequest.GET("/api/employers").cookie(Cookie.of("kap_access", forgery.token().apply(this))));
        assertEquals(401, reply.status(), reply.body());
    }

    JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject(adminId)
                .issuer("kap-portal")
                .audience("kap-portal")
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("roles", List.of("PLATFORM_ADMIN"));
    }

    String signHmac(JWTClaimsSet claims, String key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(key.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String signRsa(JWTClaimsSet claims) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(generator.generateKeyPair().getPrivate()));
            return jwt.serialize();
        } catch (JOSEException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A genuine member token whose payload is swapped for one claiming PLATFORM_ADMIN, keeping the signature. */
    String tamperedRole() {
        String genuine = api.accessToken(Api.MEMBER);
        String[] parts = genuine.split("\\.");
        String forgedPayload = Base64URL.encode(claims().build().toString()).toString();
        return parts[0] + "." + forgedPayload + "." + parts[2];
    }
}
